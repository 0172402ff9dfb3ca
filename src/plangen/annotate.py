"""The annotate stage: findings -> Word comments in the margin of a review copy.

Each finding becomes a real comment (python-docx ``add_comment``), authored
"plangen quality check", anchored on the run that shows the value it is about (see
:mod:`plangen.render.anchors`); a finding about something the template does not show
goes on the nearest wider place, and a plan-wide finding on the title.  A summary table
of the findings closes the document.  Comments carry the plan's date, never the clock,
so the review copy is byte-identical from run to run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from io import BytesIO

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from plangen.render import package
from plangen.render.anchors import MARKER, anchor_of, strip_markers
from plangen.render.engine import clean_text
from plangen.rules.findings import Finding, Place, Severity

AUTHOR = "plangen quality check"
INITIALS = "PQ"
SUMMARY_HEADING = "Quality review: what to look at before this plan goes out"


def comment_text(finding: Finding) -> str:
    """``PLAN-06 (weakness): The action has no timescale. Give a date ...``."""
    return f"{finding.rule} ({finding.severity.value}): {finding.message}"


def _paragraphs(document: WordDocument) -> Iterator[Paragraph]:
    for element in document.element.body.iter(qn("w:p")):
        yield Paragraph(element, document._body)


def _anchored_runs(document: WordDocument) -> dict[int, Run]:
    """Anchor number -> the first run showing that value."""
    runs: dict[int, Run] = {}
    for paragraph in _paragraphs(document):
        for run in paragraph.runs:
            for found in MARKER.finditer(run.text):
                runs.setdefault(anchor_of(found.group(0)), run)
    return runs


def _title_run(document: WordDocument) -> Run | None:
    for paragraph in _paragraphs(document):
        if paragraph.text.strip() and paragraph.runs:
            return paragraph.runs[0]
    return None


def _resolve(place: Place, where: dict[str, Run]) -> Run | None:
    """The run for a place: its own value, else the first value inside it, else the
    nearest wider place's."""
    for wider in place.parents():
        path = wider.path
        if path in where:
            return where[path]
        inside = [p for p in where if p.startswith((path + ".", path + "["))] if path else []
        if inside:
            return where[inside[0]]
    return None


def annotate(
    docx: bytes,
    paths: Sequence[str],
    findings: Sequence[Finding],
    *,
    dated: dt.date,
    heading: str = SUMMARY_HEADING,
) -> bytes:
    """The review copy: ``docx`` (rendered with anchors) with each finding as a comment
    and a summary table at the end; every anchor marker removed."""
    document = Document(BytesIO(docx))
    runs = _anchored_runs(document)
    where: dict[str, Run] = {}
    for number, run in sorted(runs.items()):
        where.setdefault(paths[number], run)
    title = _title_run(document)
    stamp = dt.datetime.combine(dated, dt.time(9, 0), tzinfo=dt.UTC)
    for finding in findings:
        anchor = _resolve(finding.place, where) or title
        if anchor is None:
            continue
        # a finding may quote plan text, which may hold characters XML cannot
        comment = document.add_comment(anchor, clean_text(comment_text(finding)), AUTHOR, INITIALS)
        comment._comment_elm.date = stamp
    _summary(document, findings, heading)
    buffer = BytesIO()
    document.save(buffer)
    return _without_markers(buffer.getvalue())


def _summary(document: WordDocument, findings: Sequence[Finding], heading: str) -> None:
    document.add_heading(heading, level=2)
    if not findings:
        document.add_paragraph("plangen found nothing to change in this plan.")
        return
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ("Rule", "Where", "What to do"), strict=True):
        cell.paragraphs[0].add_run(label).bold = True
    for finding in findings:
        cells = table.add_row().cells
        severity = "" if finding.severity is Severity.WEAKNESS else f" ({finding.severity.value})"
        cells[0].text = finding.rule + severity
        cells[1].text = clean_text(finding.place.where)
        cells[2].text = clean_text(finding.message)
    section = document.sections[-1]
    margins = int(section.left_margin or 0) + int(section.right_margin or 0)
    usable = int(section.page_width or 0) - margins
    # the rule column fits its longest word ("READABILITY" must not break)
    rule = 20 if any(len(finding.rule) > 8 for finding in findings) else 12
    widths = (usable * rule // 100, usable * 20 // 100, usable - usable * (rule + 20) // 100)
    for index, width in enumerate(widths):
        table.columns[index].width = width
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row never splits
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def _without_markers(docx: bytes) -> bytes:
    parts = package.read(docx)
    replaced = {}
    for name in parts.names:
        if name.endswith(".xml"):
            text = parts.text(name)
            if MARKER.search(text):
                replaced[name] = strip_markers(text).encode("utf-8")
    return parts.rebuild(replaced)
