"""docxtpl's post-processing of a rendered part, done once and only where it is needed.

After Jinja has run, docxtpl turns line breaks, tabs and page breaks in values into
Word's own elements (``resolve_listing``) and fixes table grids whose rows gained or
lost cells (``fix_tables``).  Both are docxtpl's own behaviour, kept as it is, but
``resolve_listing`` rewrites every paragraph with regular expressions and
``fix_tables`` parses the whole part a second time.  Here only the paragraphs that
hold one of those characters are rewritten (by docxtpl's own function, so the result
is the same), and the grid is fixed on the tree already parsed to check the part is
well-formed.
"""

from __future__ import annotations

import re

from docxtpl import DocxTemplate
from lxml import etree

from plangen.render.wordxml import properties, property_after

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a paragraph as docxtpl's resolve_listing finds it: r"<w:p(?: [^>]*)?>.*?</w:p>" (DOTALL)
_PARAGRAPH_START = re.compile(r"<w:p(?: [^>]*)?>")
_TC, _TC_PR, _SPAN = W + "tc", W + "tcPr", W + "gridSpan"
_LISTING = re.compile("[\t\a\n\f]")
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _resolve_listing(xml: str) -> str:
    """docxtpl's ``resolve_listing``, applied to the paragraphs that need it only.

    The paragraphs are those ``_PARAGRAPH`` finds, found with ``str.find`` (a lazy
    ``.*?`` over the whole part cost more than the rest of the post-processing)."""
    if not _LISTING.search(xml):
        return xml
    pieces: list[str] = []
    done = 0  # xml[:done] is in pieces
    at = 0
    while (start := _PARAGRAPH_START.search(xml, at)) is not None:
        end = xml.find("</w:p>", start.end())
        if end < 0:
            break  # no paragraph ends after this one starts: no more matches
        end += len("</w:p>")
        if _LISTING.search(xml, start.start(), end):
            resolved: str = DocxTemplate.resolve_listing(None, xml[start.start() : end])
            pieces += [xml[done : start.start()], resolved]
            done = end
        at = end
    return "".join([*pieces, xml[done:]])


def _cells(row: etree._Element) -> int:
    """Grid columns a row spans (its cells, each counted by its ``gridSpan``)."""
    total = 0
    for cell in row.iterchildren(_TC):
        span = next(
            (found for pr in cell.iterchildren(_TC_PR) for found in pr.iterchildren(_SPAN)),
            None,
        )
        total += int(span.get(W + "val", "1")) if span is not None else 1
    return total


def fix_tables(tree: etree._Element) -> None:
    """docxtpl's ``fix_tables`` on a parsed part: each table's grid gets as many
    columns as its widest row, keeping the table's width."""
    for table in tree.iter(W + "tbl"):
        grid = table.find(W + "tblGrid")
        if grid is None:
            continue
        columns = grid.findall(W + "gridCol")
        rows = list(table.iter(W + "tr"))
        to_add = max((len(row.findall(W + "tc")) - len(columns) for row in rows), default=0)
        if to_add > 0:
            width = sum(float(c.get(W + "w") or 0) for c in columns)
            if width > 0:
                old_average = width / len(columns)
                new_average = width / (len(columns) + to_add)
                for column in columns:
                    column.set(
                        W + "w",
                        str(int(float(column.get(W + "w", "0")) * new_average / old_average)),
                    )
                for _ in range(to_add):
                    etree.SubElement(grid, W + "gridCol", {W + "w": str(int(new_average))})
            columns = grid.findall(W + "gridCol")
        widest = max((_cells(row) for row in rows), default=0)
        to_remove = len(columns) - widest
        if to_remove > 0:
            removed = 0.0
            for column in columns[-to_remove:]:
                removed += float(column.get(W + "w", "0"))
                grid.remove(column)
            left = grid.findall(W + "gridCol")
            extra = int(removed / len(left)) if left else 0
            for column in left:
                column.set(W + "w", str(int(float(column.get(W + "w", "0")) + extra)))


def finish_tree(xml: str) -> etree._Element:
    """A rendered part's text -> its tree, with docxtpl's post-processing done.

    Raises ``ValueError`` when the rendered part is not well-formed XML.
    """
    # the line breaks the template's preparation put before each paragraph (for error
    # messages' line numbers): as re.sub(r"\n<w:p([ >])", r"<w:p\1", xml), faster
    xml = xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
    # docxtpl's "{_{" escape text is left as written: it may be a plan value
    xml = _resolve_listing(xml)
    try:
        tree = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as error:
        raise ValueError(f"the rendered part is not well-formed XML: {error}") from None
    fix_tables(tree)
    return tree


def serialise(tree: etree._Element) -> bytes:
    """A part's tree as the bytes of the part, as docxtpl writes them."""
    body: bytes = etree.tostring(tree, encoding="UTF-8", xml_declaration=False)
    return _DECLARATION + body


SHORT_TABLE = 6  # rows: a table this short is printed whole on one page


def keep_short_tables_whole(document: etree._Element) -> None:
    """Each table of the body with at most :data:`SHORT_TABLE` rows keeps its rows on
    one page (each row's paragraphs keep with the next row): a short table cut by a
    page break leaves a row or two alone on the next page, away from its heading."""
    body = document.find(W + "body")
    if body is None:
        return
    for table in body.iterfind(W + "tbl"):
        rows = table.findall(W + "tr")
        if not 1 < len(rows) <= SHORT_TABLE:
            continue
        for row in rows[:-1]:
            for paragraph in row.iter(W + "p"):
                _keep_next(paragraph)


def _keep_next(paragraph: etree._Element) -> None:
    # the schema's order: pStyle, keepNext, ...
    keep = property_after(properties(paragraph, W + "pPr"), W + "keepNext", W + "pStyle")
    if W + "val" in keep.attrib:
        del keep.attrib[W + "val"]  # on, whatever the template said
