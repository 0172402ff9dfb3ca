"""WordprocessingML written directly: comments, their package plumbing, a small table.

The annotate stage patches the rendered package's parts with lxml (no python-docx load
and save of the whole document): this module builds the elements it adds.  Every
builder is a pure function of its arguments, so the same findings give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_PART = "word/comments.xml"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
CONTENT_TYPES = "[Content_Types].xml"


def element(
    tag: str, attributes: dict[str, str] | None = None, *children: etree._Element
) -> etree._Element:
    """``w:tag`` with ``w:`` attributes and children."""
    made = etree.Element(W + tag, {W + k: v for k, v in (attributes or {}).items()})
    made.extend(children)
    return made


def properties(element: etree._Element, tag: str) -> etree._Element:
    """``element``'s properties child ``tag`` (w:pPr, w:tcPr ...), made first if absent."""
    found = element.find(tag)
    if found is None:
        found = etree.Element(tag)
        element.insert(0, found)
    return found


def property_after(properties: etree._Element, tag: str, after: str) -> etree._Element:
    """The property ``tag`` in ``properties``, made in the schema's order (straight after
    ``after``, or first) if absent."""
    found = properties.find(tag)
    if found is None:
        found = etree.Element(tag)
        before = properties.find(after)
        if before is not None:
            before.addnext(found)
        else:
            properties.insert(0, found)
    return found


def text_run(text: str, *properties: etree._Element) -> etree._Element:
    """``<w:r><w:rPr>...</w:rPr><w:t xml:space="preserve">text</w:t></w:r>``."""
    run = element("r")
    if properties:
        run.append(element("rPr", None, *properties))
    t = etree.SubElement(run, W + "t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def paragraph(
    text: str,
    *,
    style: str | None = None,
    size: int | None = None,
    bold: bool = False,
    keep_next: bool = False,
) -> etree._Element:
    """One paragraph of plain text; ``size`` in half-points; ``keep_next``: on the page
    of what follows it (a heading over its table)."""
    made = element("p")
    settings = ([element("pStyle", {"val": style})] if style else []) + (
        [element("keepNext")] if keep_next else []
    )
    if settings:
        made.append(element("pPr", None, *settings))
    properties = []
    if bold:
        properties.append(element("b"))
    if size:
        properties += [element("sz", {"val": str(size)}), element("szCs", {"val": str(size)})]
    if text:
        made.append(text_run(text, *properties))
    return made


def comment(number: int, text: str, *, author: str, initials: str, dated: dt.datetime) -> str:
    """One ``w:comment`` of the comments part, as Word writes it (XML text)."""
    return (
        f'<w:comment w:id="{number}" w:author={quoteattr(author)} '
        f'w:initials={quoteattr(initials)} w:date="{dated:%Y-%m-%dT%H:%M:%SZ}"><w:p>'
        '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
        '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>'
    )


def next_comment_id(existing: bytes | None) -> int:
    """The first comment id free in a template's own comments part (0 without one)."""
    if not existing:
        return 0
    ids = [int(c.get(W + "id", "-1")) for c in etree.fromstring(existing)]
    return 1 + max(ids, default=-1)


def comments_part(existing: bytes | None, comments: Sequence[str]) -> bytes:
    """The comments part: the template's own comments, if any, then ``comments``."""
    added = f'<w:comments xmlns:w="{W_NS}">' + "".join(comments) + "</w:comments>"
    if not existing:
        return serialise(etree.fromstring(added))
    root = etree.fromstring(existing)
    root.extend(list(etree.fromstring(added)))
    return serialise(root)


def with_comments_relationship(rels: bytes) -> bytes | None:
    """The document's relationships with one to the comments part, or ``None`` when
    it is there already."""
    root = etree.fromstring(rels)
    if any(r.get("Type") == COMMENTS_REL for r in root):
        return None
    taken = {r.get("Id") for r in root}
    number = 1
    while f"rId{number}" in taken:
        number += 1
    etree.SubElement(
        root,
        f"{{{REL_NS}}}Relationship",
        Id=f"rId{number}",
        Type=COMMENTS_REL,
        Target="comments.xml",
    )
    return serialise(root)


def with_comments_type(types: bytes) -> bytes | None:
    """``[Content_Types].xml`` declaring the comments part, or ``None`` when it does."""
    root = etree.fromstring(types)
    if any(o.get("PartName") == "/" + COMMENTS_PART for o in root):
        return None
    etree.SubElement(
        root, f"{{{TYPES_NS}}}Override", PartName="/" + COMMENTS_PART, ContentType=COMMENTS_TYPE
    )
    return serialise(root)


def serialise(root: etree._Element) -> bytes:
    body: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + body


def usable_width(body: etree._Element) -> int:
    """Twips between the margins of the document's last section (A4 portrait if unsaid)."""
    section = body.find(W + "sectPr")
    width, margins = 11906, 2 * 1020
    if section is not None:
        size = section.find(W + "pgSz")
        margin = section.find(W + "pgMar")
        if size is not None and size.get(W + "w", "").isdigit():
            width = int(size.get(W + "w", "0"))
        if margin is not None:
            margins = sum(int(margin.get(W + side, "0") or 0) for side in ("left", "right"))
    return max(width - margins, 2000)


def _cell(value: str, width: int, size: int, bold: bool) -> str:
    properties = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if bold:
        properties = "<w:b/>" + properties
    run = (
        f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
        if value
        else ""
    )
    # a header row is kept with the row after it: LibreOffice drops every row of a table
    # whose repeated header is left alone at the foot of a page (held-out plan 116's
    # review copy printed its findings table with no findings)
    keep = "<w:pPr><w:keepNext/></w:pPr>" if bold else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{keep}{run}</w:p></w:tc>'
    )


def grid_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int], *, size: int = 18
) -> etree._Element:
    """A bordered table: a bold header row repeated on each page, rows that do not split
    across pages, each cell plain text in ``size`` half-points.

    Written as text and parsed once: a long table of findings is hundreds of elements.
    """
    border = 'w:val="single" w:sz="4" w:space="0" w:color="auto"'
    sides = "".join(
        f"<w:{side} {border}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    xml = [
        f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:jc w:val="center"/>'
        f'<w:tblBorders>{sides}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    for index, values in enumerate([header, *rows]):
        repeat = "<w:tblHeader/>" if index == 0 else ""
        xml.append(f"<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>")
        xml += [
            _cell(value, width, size, index == 0)
            for value, width in zip(values, widths, strict=True)
        ]
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return etree.fromstring("".join(xml))
