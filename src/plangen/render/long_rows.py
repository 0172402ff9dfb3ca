"""A table row longer than a page, printed as rows that each fit one.

Every row of a plan's tables is kept whole on its page (``cantSplit``), and each
risk's rows keep together.  A row taller than a page cannot be kept whole: Word and
LibreOffice split it, and the risk (or a Child's Plan's priority and need), merged
down from the row where it starts, shows on the first page only.  So the render
stage estimates each row's height from its text, the column widths and the page, and
cuts a row that would not fit into continuation rows of about 0.7 of a page (the long
text cut between paragraphs, or at a sentence's end, or else between words; the rest
starts "(cont.)", which the Word-form reader joins back): each continuation row names
the risk and every other cell merged down from above again by its first words and
"(continued)", so each page says what its actions are for, and no text is printed
twice in full on one page.

Only rows estimated taller than a page are touched: any other document is byte for
byte what it was.  The estimate errs on the tall side (wide average characters).
"""

from __future__ import annotations

import copy
import itertools
import math
import re

from lxml import etree

from plangen.render.anchors import strip_markers
from plangen.render.wordxml import properties, property_after

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TALL = 0.85  # a row is cut when estimated taller than this part of the page's text area
_PIECE = 0.7  # ... into rows of at most this part each (room for the header and risk)
# a piece ends at a sentence's end when one falls in the last part of its room; else
# between words
_SENTENCE_END = re.compile(r"""[.!?]["')\]]*(?= )""")
_SENTENCE_ROOM = 0.5
_CHAR_EM = 0.55  # average character width, in ems (Arial's is about 0.5)
_LINE_EM = 1.35  # line height, in ems (1.15 spacing of Arial's 1.15 em line)
_CELL_MARGINS = 216  # twips, left and right together
_PARAGRAPH_AFTER = 40  # twips
# every row of every table with a merged cell is measured on each render: the lookups
# walk the tree in C (a path find or an XPath string compiles its path on each call)
_P, _BR, _SZ, _TC = W + "p", W + "br", W + "sz", W + "tc"
_TC_PR, _SPAN, _TC_W = W + "tcPr", W + "gridSpan", W + "tcW"
_TEXT = etree.XPath("string()")


def _int(element: etree._Element | None, attribute: str, default: int) -> int:
    if element is None:
        return default
    try:
        return int(float(element.get(W + attribute, default)))
    except ValueError:
        return default


def _text_area_height(body: etree._Element) -> int | None:
    section = body.find(W + "sectPr")
    if section is None:
        return None
    size, margins = section.find(W + "pgSz"), section.find(W + "pgMar")
    return _int(size, "h", 16838) - _int(margins, "top", 1440) - _int(margins, "bottom", 1440)


def _paragraph_text(paragraph: etree._Element) -> tuple[int, int]:
    """Characters of text, and line breaks, in a paragraph."""
    chars = sum(len(t.text or "") for t in paragraph.iter(W + "t"))
    return chars, sum(1 for _ in paragraph.iter(W + "br"))


def _font_half_points(cell: etree._Element) -> int:
    size = next(cell.iter(_SZ), None)  # as cell.find(".//w:sz")
    return max(_int(size, "val", 20), 8)


class _Measure:
    """Heights in twips of paragraphs in one cell, from its width and font size."""

    def __init__(self, width: int, half_points: int, short: float = 0.0) -> None:
        em = half_points * 10  # twips
        self.per_line = max(int((width - _CELL_MARGINS) / (em * _CHAR_EM)), 8)
        self.line = em * _LINE_EM
        self.short = short  # a height below which the exact height is not needed

    def lines(self, chars: int, breaks: int = 0) -> int:
        return max(math.ceil(chars / self.per_line), 1) + breaks

    def paragraph(self, paragraph: etree._Element) -> float:
        chars, breaks = _paragraph_text(paragraph)
        return self.lines(chars, breaks) * self.line + _PARAGRAPH_AFTER

    def cell(self, cell: etree._Element) -> float:
        paragraphs = list(cell.iterchildren(_P))
        # at most a line per paragraph and break more than the text's own lines: most
        # cells are known to be short without measuring paragraph by paragraph
        chars = len(str(_TEXT(cell)))
        breaks = sum(1 for _ in cell.iter(_BR))
        most = (len(paragraphs) + breaks + chars / self.per_line) * (self.line + _PARAGRAPH_AFTER)
        if most < self.short:
            return most
        return sum(self.paragraph(p) for p in paragraphs)


def _merge(cell: etree._Element) -> str | None:
    """The cell's vertical merge: "restart", "continue", or None when not merged."""
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    if merge is None:
        return None
    return merge.get(W + "val") or "continue"


def _set_merge(cell: etree._Element, value: str) -> None:
    merge = property_after(properties(cell, W + "tcPr"), W + "vMerge", W + "tcW")
    merge.set(W + "val", value)


def _cells(row: etree._Element, widths: list[int]) -> list[tuple[int, int, etree._Element]]:
    """(grid column, width in twips, cell) for each cell of a row."""
    found, column = [], 0
    for cell in row.iterchildren(_TC):
        span = _int(_property(cell, _SPAN), "val", 1)
        width = sum(widths[column : column + span]) or _int(_property(cell, _TC_W), "w", 1440)
        found.append((column, width, cell))
        column += span
    return found


def _property(cell: etree._Element, tag: str) -> etree._Element | None:
    """A cell's property element ``tag``, as ``cell.find("w:tcPr/" + tag)``."""
    return next((found for pr in cell.iterchildren(_TC_PR) for found in pr.iterchildren(tag)), None)


def split_long_rows(document: etree._Element) -> None:
    """Cut each table row estimated taller than the page into continuation rows that
    repeat the cells merged down from above (the risk, the priority).  Only tables
    with cells merged down are looked at: in any other, a row split across pages
    leaves nothing unsaid (the header row repeats on each page)."""
    body = document.find(W + "body")
    height = _text_area_height(body) if body is not None else None
    if body is None or height is None:
        return
    tall = height * _TALL
    for table in body.iter(W + "tbl"):
        if table.find(f".//{W}vMerge") is None:
            continue  # nothing merged down to show again (a header row repeats anyway)
        widths = [_int(c, "w", 0) for c in table.iterfind(f"{W}tblGrid/{W}gridCol")]
        for row in list(table.iterfind(W + "tr")):
            cells = _cells(row, widths)
            if any(_measure(w, c, tall).cell(c) > tall for _, w, c in cells):
                _split(row, cells, widths, height * _PIECE, tall)


def _measure(width: int, cell: etree._Element, short: float) -> _Measure:
    return _Measure(width, _font_half_points(cell), short)


def _merge_start(row: etree._Element, column: int, widths: list[int]) -> etree._Element | None:
    """The cell a vertical merge at ``column`` of ``row`` starts in, above it."""
    above = row.getprevious()
    while above is not None:
        if above.tag == W + "tr":
            cell = next((c for at, _, c in _cells(above, widths) if at == column), None)
            if cell is None or _merge(cell) is None:
                return None
            if _merge(cell) == "restart":
                return cell
        above = above.getprevious()
    return None


# A cell's text cut onto a new row starts "(cont.)": on a paragraph of its own when the
# cut fell between paragraphs, before the words when it fell inside one.  The Word-form
# reader joins such a piece back onto the row above (a new line, or a space).
CONTINUED = "(cont.)"

Piece = tuple[etree._Element, bool]  # a paragraph, and whether it goes on the one above


def _chunks(cell: etree._Element, measure: _Measure, limit: float) -> list[list[Piece]]:
    """The cell's paragraphs in groups of at most ``limit`` twips, a paragraph too long
    for one group cut between words."""
    groups: list[list[Piece]] = [[]]
    used = 0.0
    for paragraph in cell.iterfind(W + "p"):
        for index, part in enumerate(_cut_paragraph(paragraph, measure, limit)):
            tall = measure.paragraph(part)
            if groups[-1] and used + tall > limit:
                groups.append([])
                used = 0.0
            groups[-1].append((part, index > 0))
            used += tall
    return groups


def _marked(group: list[Piece], first: bool) -> list[etree._Element]:
    """A group's paragraphs, marked "(cont.)" unless it is the cell's first."""
    paragraphs = [paragraph for paragraph, _ in group]
    if first or not group:
        return paragraphs
    paragraph, goes_on = group[0]
    run = paragraph.find(W + "r")
    if goes_on and run is not None:
        run.addprevious(_run_with(run, CONTINUED + " "))
        return paragraphs
    mark = _empty_copy(paragraph)
    mark.append(_run_with(run if run is not None else etree.Element(W + "r"), CONTINUED))
    return [mark, *paragraphs]


def _cut_paragraph(
    paragraph: etree._Element, measure: _Measure, limit: float
) -> list[etree._Element]:
    """The paragraph, or copies of it each holding a run of its words that fits."""
    if measure.paragraph(paragraph) <= limit:
        return [paragraph]
    most = max(int((limit - _PARAGRAPH_AFTER) / measure.line), 1) * measure.per_line
    runs = paragraph.findall(W + "r")
    if any(child.tag not in (W + "pPr", W + "r") for child in paragraph) or any(
        child.tag not in (W + "rPr", W + "t") for run in runs for child in run
    ):
        return [paragraph]  # links, bookmarks, breaks, fields: kept whole, never cut wrongly
    pieces: list[etree._Element] = []
    current = _empty_copy(paragraph)
    room = most
    for run in runs:
        text_element = run.find(W + "t")
        text = text_element.text or "" if text_element is not None else ""
        while len(text) > room:
            cut = _cut_at(text, room)
            if cut <= 0:
                if len(current) > (1 if current.find(W + "pPr") is not None else 0):
                    pieces.append(current)  # start the word on a fresh piece
                    current, room = _empty_copy(paragraph), most
                    continue
                cut = room
            current.append(_run_with(run, text[:cut]))
            pieces.append(current)
            current, room = _empty_copy(paragraph), most
            text = text[cut:].lstrip(" ")
        if text:
            current.append(_run_with(run, text))
            room -= len(text)
    pieces.append(current)
    return [p for p in pieces if p.find(W + "r") is not None] or [paragraph]


def _cut_at(text: str, room: int) -> int:
    """Where to cut ``text`` to keep at most ``room`` characters: at the space after
    the last sentence end in the latter part of the room, else at the last space
    (-1: none)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, room + 1)]
    if ends and ends[-1] >= room * _SENTENCE_ROOM:
        return ends[-1]
    return text.rfind(" ", 0, room + 1)


def _shell(element: etree._Element, properties: str) -> etree._Element:
    """An element of the same kind and attributes, with only its properties child."""
    made = etree.Element(element.tag, {str(k): str(v) for k, v in element.attrib.items()})
    own = element.find(properties)
    if own is not None:
        made.append(copy.deepcopy(own))
    return made


def _empty_copy(paragraph: etree._Element) -> etree._Element:
    return _shell(paragraph, W + "pPr")


def _run_with(run: etree._Element, text: str) -> etree._Element:
    made = _shell(run, W + "rPr")
    element = etree.SubElement(made, W + "t")
    element.text = text
    if text != text.strip():
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return made


def _split(
    row: etree._Element,
    cells: list[tuple[int, int, etree._Element]],
    widths: list[int],
    limit: float,
    tall: float,
) -> etree._Element:
    """Cut ``row`` into continuation rows (the first is ``row`` itself) of at most
    ``limit`` twips each; return the last.  A cell merged down (the risk) is shown
    whole on each, unless it is ``tall`` itself."""
    plans: list[tuple[int, etree._Element, list[list[Piece]] | None]] = []
    count = 1
    for column, width, cell in cells:
        most = limit if _merge(cell) is None else tall
        measure = _measure(width, cell, most)
        plain = all(child.tag in (W + "tcPr", W + "p") for child in cell)  # no inner table
        if plain and measure.cell(cell) > most:
            groups = _chunks(cell, measure, limit)
            count = max(count, len(groups))
            plans.append((column, cell, groups))
        else:
            plans.append((column, cell, None))
    if count == 1:
        return row
    pieces = [row] + [_bare_row(row) for _ in range(count - 1)]
    for column, cell, cut in plans:
        merged = _merge(cell)
        source = (_merge_start(row, column, widths) if merged == "continue" else None) or cell
        for index, piece in enumerate(pieces):
            made = cell if index == 0 else _bare_cell(cell)
            if cut is not None:  # the long text, cut
                _fill(made, _marked(cut[index], index == 0) if index < len(cut) else [])
                if index >= len(cut):
                    _set_merge(made, "continue")
                elif merged is not None or len(cut) < count:
                    _set_merge(made, "restart")
            elif merged is not None:  # the risk, the priority: named again on each piece
                if index > 0 or merged == "continue":
                    _fill(made, _continued(source))
                _set_merge(made, "restart")
            elif index > 0:  # who, how often: once, merged down the pieces
                _fill(made, [])
                _set_merge(made, "continue")
            else:
                _set_merge(made, "restart")
            if index > 0:
                piece.append(made)
    for before, piece in itertools.pairwise(pieces):
        before.addnext(piece)
    return pieces[-1]


_CONTINUED_WORDS = 6


def _continued(source: etree._Element) -> list[etree._Element]:
    """A cell's first words and "(continued)", for a piece of a row below the one that
    shows the whole text: a reader on a new page sees what the row is for, and the
    text is never printed twice in full on one page."""
    first = next((p for p in source.iterfind(W + "p") if p.find(f".//{W}t") is not None), None)
    if first is None:
        return []
    run = first.find(f".//{W}r")
    text = strip_markers("".join(t.text or "" for t in first.iter(W + "t")))
    words = text.split()
    if not words:
        return []  # an empty cell (no wellbeing indicator) stays empty, not "(continued)"
    short = " ".join(words[:_CONTINUED_WORDS]) + (" ..." if len(words) > _CONTINUED_WORDS else "")
    made = _empty_copy(first)
    made.append(
        _run_with(run if run is not None else etree.Element(W + "r"), f"{short} (continued)")
    )
    return [made]


def _bare_row(row: etree._Element) -> etree._Element:
    return _shell(row, W + "trPr")


def _bare_cell(cell: etree._Element) -> etree._Element:
    return _shell(cell, W + "tcPr")


def _fill(cell: etree._Element, paragraphs: list[etree._Element]) -> None:
    """The cell's paragraphs replaced by ``paragraphs`` (an empty one if none: a cell
    must hold a paragraph)."""
    for old in cell.findall(W + "p"):
        cell.remove(old)
    for paragraph in paragraphs or [etree.Element(W + "p")]:
        cell.append(paragraph)
