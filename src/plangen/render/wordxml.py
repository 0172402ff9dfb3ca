"""WordprocessingML written directly: comments, their package plumbing, a small table.

The annotate stage patches the rendered package's parts with lxml (no python-docx load
and save of the whole document): this module builds the elements it adds.  Every
builder is a pure function of its arguments, so the same findings give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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
    text: str, *, style: str | None = None, size: int | None = None, bold: bool = False
) -> etree._Element:
    """One paragraph of plain text; ``size`` in half-points."""
    made = element("p")
    if style:
        made.append(element("pPr", None, element("pStyle", {"val": style})))
    properties = []
    if bold:
        properties.append(element("b"))
    if size:
        properties += [element("sz", {"val": str(size)}), element("szCs", {"val": str(size)})]
    if text:
        made.append(text_run(text, *properties))
    return made


def comment(
    number: int, text: str, *, author: str, initials: str, dated: dt.datetime
) -> etree._Element:
    """One ``w:comment`` of the comments part, as Word writes it."""
    reference = element(
        "r",
        None,
        element("rPr", None, element("rStyle", {"val": "CommentReference"})),
        element("annotationRef"),
    )
    body = element(
        "p",
        None,
        element("pPr", None, element("pStyle", {"val": "CommentText"})),
        reference,
        text_run(text),
    )
    return element(
        "comment",
        {
            "id": str(number),
            "author": author,
            "initials": initials,
            "date": dated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        body,
    )


def comments_part(existing: bytes | None) -> etree._Element:
    """The comments part to add to: the template's own, or a new empty one."""
    if existing:
        return etree.fromstring(existing)
    return etree.Element(W + "comments", nsmap={"w": W_NS})


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


def grid_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int], *, size: int = 18
) -> etree._Element:
    """A bordered table: a bold header row repeated on each page, rows that do not split
    across pages, each cell plain text in ``size`` half-points."""
    border = {"val": "single", "sz": "4", "space": "0", "color": "auto"}
    table = element(
        "tbl",
        None,
        element(
            "tblPr",
            None,
            element("tblW", {"w": str(sum(widths)), "type": "dxa"}),
            element(
                "tblBorders",
                None,
                *(
                    element(side, border)
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
                ),
            ),
            element("tblLayout", {"type": "fixed"}),
        ),
        element("tblGrid", None, *(element("gridCol", {"w": str(w)}) for w in widths)),
    )
    for index, values in enumerate([header, *rows]):
        properties = element("trPr", None, element("cantSplit"))
        if index == 0:
            properties.append(element("tblHeader"))
        row = element("tr", None, properties)
        for value, width in zip(values, widths, strict=True):
            cell = element(
                "tc", None, element("tcPr", None, element("tcW", {"w": str(width), "type": "dxa"}))
            )
            cell.append(paragraph(value, size=size, bold=index == 0))
            row.append(cell)
        table.append(row)
    return table
