"""Author plangen's starting Word templates in ``templates/``.

Run once to (re)create them: ``.venv/bin/python scripts/build_templates.py``.  After
that the ``.docx`` files are the source of truth: a council opens them in Word and
changes wording, fonts and logo; the tags ``{{ ... }}`` and ``{%tr ... %}`` are docxtpl
tags (see the README's "Templates" section for every value a template may use).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from plangen.render import package

ROOT = Path(__file__).resolve().parent.parent
HEADER_FILL = "D9E2F3"
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
MARKING = "OFFICIAL-SENSITIVE"  # the Government Security Classification of a plan


def new_document(*, landscape: bool, title: str, body_size: float = 10) -> DocumentObject:
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(body_size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(2)
    for level, size in ((1, body_size + 6), (2, body_size + 2)):
        style = document.styles[f"Heading {level}"]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        style.paragraph_format.space_before = Pt(10)
        style.paragraph_format.space_after = Pt(4)
    template_fonts(document, "Arial")
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, "plangen", "plangen"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.comments = props.subject = props.keywords = ""
    return document


_THEME_FONTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def template_fonts(document: DocumentObject, font: str) -> None:
    """Every style and the document defaults in ``font``, not a theme font.

    python-docx's default template names theme fonts (Calibri, Cambria) for headings
    and defaults; a theme font wins over a named one, so headings printed in the
    theme's fallback instead of the council's font.
    """
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in _THEME_FONTS:
            fonts.attrib.pop(qn(f"w:{attribute}"), None)
        for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(qn(f"w:{attribute}"), font)
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        run = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if run is not None and run.find(qn("w:rFonts")) is None:
            fonts = OxmlElement("w:rFonts")
            for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
                fonts.set(qn(f"w:{attribute}"), font)
            run.insert(0, fonts)


def shade(cell: _Cell, fill: str = HEADER_FILL) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def repeat_as_header(table: Table) -> None:
    row_props = table.rows[0]._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row_props.append(marker)


def write_cell(cell: _Cell, lines: Sequence[str | tuple[str, str]], *, bold: bool = False) -> None:
    """Fill a cell: each line a paragraph; a (label, value) pair is a bold label + value."""
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(line, tuple):
            label, value = line
            paragraph.add_run(label).bold = True
            paragraph.add_run(value)
        else:
            paragraph.add_run(line).bold = bold


def people_table(document: DocumentObject) -> None:
    """The core group / people involved: one row per person (both plans)."""
    grid(
        document,
        [
            "Name",
            "Relationship to child",
            "Agency",
            "Address",
            "E-mail address",
            "Tel. No",
            "Present",
        ],
        [4.0, 4.5, 3.5, 4.5, 4.5, 3.0, 2.0],
        loop_rows(
            "for person in core_group",
            body=[
                ["{{ person.name }}"],
                ["{{ person.role_shown }}"],
                ["{{ person.agency }}"],
                ["{{ person.address }}"],
                ["{{ person.email }}"],
                ["{{ person.phone }}"],
                ["{{ person.present }}"],
            ],
        ),
    )


def grid(
    document: DocumentObject,
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[Sequence[str | tuple[str, str]]]],
) -> Table:
    table = document.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, header in enumerate(headers):
        cell = table.rows[0].cells[index]
        write_cell(cell, [header], bold=True)
        shade(cell)
    for r, row in enumerate(rows, start=1):
        for c, lines in enumerate(row):
            write_cell(table.rows[r].cells[c], lines)
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)  # the grid, which LibreOffice follows
        for row in table.rows:
            row.cells[index].width = Cm(width)  # each cell, which Word follows
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    repeat_as_header(table)
    return table


def loop_rows(
    *opening: str, body: Sequence[Sequence[str | tuple[str, str]]]
) -> list[list[list[str | tuple[str, str]]]]:
    """Rows for nested ``{%tr for %}`` loops around one body row."""
    width = len(body)
    rows: list[list[list[str | tuple[str, str]]]] = []
    for tag in opening:
        rows.append([[f"{{%tr {tag} %}}"]] + [[] for _ in range(width - 1)])
    rows.append([list(cell) for cell in body])
    for _ in opening:
        rows.append([["{%tr endfor %}"]] + [[] for _ in range(width - 1)])
    return rows


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) in ``paragraph``, showing ``shown`` until updated."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def merge_down(table: Table, row: int, column: int, restart: str) -> None:
    """Merge a cell of a loop's row into the one above unless ``restart`` holds: one
    risk cell down all its actions, as in the seed's form."""
    properties = table.rows[row].cells[column]._tc.get_or_add_tcPr()
    merge = OxmlElement("w:vMerge")
    merge.set(qn("w:val"), f"{{% if {restart} %}}restart{{% else %}}continue{{% endif %}}")
    width = properties.find(qn("w:tcW"))
    if width is not None:
        width.addnext(merge)
    else:
        properties.insert(0, merge)


def keep_together(table: Table, row: int, last: str) -> None:
    """Keep a risk's rows on one page: each row's paragraphs keep with the next row
    unless ``last`` holds; the header keeps with the first row."""
    for index, until in ((0, ""), (row, last)):
        for cell in table.rows[index].cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
                if until:
                    keep = paragraph._p.pPr.find(qn("w:keepNext"))
                    keep.set(qn("w:val"), f"{{% if {until} %}}0{{% else %}}1{{% endif %}}")


def footer(document: DocumentObject, text: str, *, marking: str = "") -> None:
    """The footer on every page: the plan's name, its classification, "Page X of Y";
    with a classification, it is printed at the top of every page too."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text + (f". {marking}" if marking else "") + ". Page ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES", "1")
    for element in paragraph._p.iter(qn("w:r")):
        properties = element.get_or_add_rPr()
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "16")
        properties.append(size)
    if marking:
        top = document.sections[0].header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.CENTER
        top.add_run(marking).font.size = Pt(8)


def labelled(
    document: DocumentObject,
    pairs: Sequence[tuple[str, str]],
    *,
    not_in_form: Sequence[str] = (),
) -> Table:
    """A two-column table of label | value: it prints like a form and reads back as one.

    A row whose value is empty is left out of a plan (no blank rows on paper); the
    blank Word form shows every row, to be written in, except the labels in
    ``not_in_form`` (printed when the plan has them; the form reads them when typed).
    """
    rows: list[tuple[str, str] | str] = []
    for label, value in pairs:
        shown = value.removeprefix("{{").removesuffix("}}").strip()
        when = shown if label in not_in_form else f"blank_form or {shown}"
        rows += [f"{{%tr if {when} %}}", (label, value), "{%tr endif %}"]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for row, content in zip(table.rows, rows, strict=True):
        if isinstance(content, str):
            write_cell(row.cells[0], [content])
            continue
        label, value = content
        write_cell(row.cells[0], [label], bold=True)
        shade(row.cells[0])
        write_cell(row.cells[1], [value])
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for index, width in enumerate((6.5, 19.5)):
        table.columns[index].width = Cm(width)
        for row in table.rows:
            row.cells[index].width = Cm(width)
    return table


def cp_plan() -> DocumentObject:
    """The seed 002 layout: header, core group, risks table, contingency, views."""
    document = new_document(landscape=True, title="Child Protection Plan")
    title = document.add_heading("CHILD PROTECTION PLAN", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    grid(
        document,
        ["Child's Name", "DOB", "Address", "Date of plan", "Date of next Core Group"],
        [5.5, 3.5, 8.0, 3.5, 5.5],
        [
            [
                [
                    "{{ child.name }}{% if child.known_as %} (known as "
                    "{{ child.known_as }}){% endif %}"
                ],
                ["{{ child.dob_or_age }}"],
                ["{{ child.address }}"],
                ["{{ plan_date }}"],
                ["{{ next_core_group }}"],
            ]
        ],
    )
    document.add_heading("People responsible for the Plan (Core Group)", level=2)
    people_table(document)
    document.add_heading("Risks and actions", level=2)
    risks = grid(
        document,
        [
            "Identified Risks to child/ren",
            "Action required to reduce risks (Detail tasks to be done)",
            "What is the action expected to achieve? (Anticipated outcome for child)",
            "Person Responsible",
            "Frequency of Contact",
            "Timescale",
        ],
        [5.0, 5.5, 5.5, 3.5, 3.5, 3.0],
        loop_rows(
            "for risk in risks",
            "for outcome in risk.outcomes",
            "for action in outcome.actions",
            body=[
                [
                    ("{% if action.first_in_risk %}Risk factor: ", "{{ risk.risk_factor }}"),
                    ("Risk to child: ", "{{ risk.risk_to_child }}{% if risk.wellbeing %}"),
                    ("Wellbeing: ", "{{ risk.wellbeing }}{% endif %}{% endif %}"),
                ],
                ["{{ action.text }}"],
                ["{% vm %}{{ outcome.text }}"],
                ["{{ action.responsible }}"],
                ["{{ action.frequency }}"],
                ["{{ action.timescale }}"],
            ],
        ),
    )
    body = 1 + 3  # the row inside the three loops
    merge_down(risks, body, 0, "action.first_in_risk")
    merge_down(risks, body, 5, "not action.shares_timescale")
    keep_together(risks, body, "action.last_in_risk")
    progress_table(document, "How we will know, and progress at reviews")
    document.add_heading("Contingency plan and views", level=2)
    rest = labelled(
        document,
        [
            ("Case reference", "{{ case_ref }}"),
            ("Contingency plan", "{{ contingency.plan }}"),
            ("Contingency timescale", "{{ contingency.timescale }}"),
            ("Step down or close", "{{ step_down }}"),
            ("The child's views", "{{ child_views }}"),
            ("Parents' / carers' views", "{{ family_views }}"),
            ("Date of next Core Group", "{{ next_core_group }}"),
            ("Date of next review conference", "{{ next_review }}"),
        ],
        not_in_form=("Step down or close", "Date of next review conference"),
    )
    rest.alignment = WD_TABLE_ALIGNMENT.CENTER  # in line with the tables above it
    footer(document, "Child Protection Plan: {{ child.name }}", marking=MARKING)
    return document


def progress_table(document: DocumentObject, heading: str) -> None:
    """What success looks like for each outcome and the progress recorded at each
    review (seed 000), under ``heading``; left out whole when no outcome has either.
    The outcome, its priority and its measure are merged down its reviews, which
    keep together on a page."""
    document.add_paragraph("{%p if progress_shown %}")
    document.add_heading(heading, level=2)
    table = grid(
        document,
        [
            "Outcome",
            "Priority",
            "What progress / success looks like",
            "Review date",
            "Status",
            "Progress",
            "Timescale extended",
        ],
        [3.4, 2.0, 6.6, 2.2, 2.4, 7.0, 2.4],
        loop_rows(
            "for risk in risks",
            "for outcome in risk.outcomes",
            "for review in outcome.review_rows",
            body=[
                ["{% if review.first %}{{ outcome.label }}{% endif %}"],
                ["{% if review.first %}{{ outcome.priority }}{% endif %}"],
                ["{% if review.first %}{{ outcome.success_looks_like }}{% endif %}"],
                ["{{ review.date }}"],
                ["{{ review.status }}"],
                ["{{ review.note }}"],
                ["{{ review.timescale_extended }}"],
            ],
        ),
    )
    body = 1 + 3
    for column in (0, 1, 2):
        merge_down(table, body, column, "review.first")
    keep_together(table, body, "review.last")  # an outcome's reviews on one page
    document.add_paragraph("{%p endif %}")


def font_size(table: Table, size: float) -> Table:
    """Set every run in ``table`` to ``size`` points (a wide table in smaller print)."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
    return table


def childs_plan() -> DocumentObject:
    """The seed 000 Child's Plan: details, people involved, prioritised outcomes and
    actions, progress at reviews, contingency, step down and views."""
    document = new_document(landscape=True, title="Child's Plan")
    title = document.add_heading("CHILD'S PLAN", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    grid(
        document,
        [
            "Child's Name",
            "Known as",
            "DOB",
            "Address",
            "Threshold",
            "Date of plan",
            "Date of next review",
        ],
        [4.0, 2.6, 2.4, 6.4, 3.0, 2.8, 4.8],
        [
            [
                ["{{ child.name }}"],
                ["{{ child.known_as }}"],
                ["{{ child.dob_or_age }}"],
                ["{{ child.address }}"],
                ["{{ threshold }}"],
                ["{{ plan_date }}"],
                ["{{ next_review }}"],
            ]
        ],
    )
    document.add_heading("People involved", level=2)
    people_table(document)
    document.add_heading("Outcomes and actions (in priority order)", level=2)
    outcomes = grid(
        document,
        [
            "Priority",
            "Risk or need",
            "Wellbeing indicator",
            "Outcome for the child",
            "What success looks like",
            "Action required",
            "Person responsible",
            "Frequency of contact",
            "Timescale",
        ],
        [1.6, 3.6, 2.4, 3.6, 3.6, 3.7, 2.6, 2.3, 2.6],
        loop_rows(
            "for risk in risks",
            "for outcome in risk.outcomes",
            "for action in outcome.actions",
            body=[
                ["{% vm %}{{ outcome.priority }}"],
                [
                    ("{% if action.first_in_risk %}Need: ", "{{ risk.risk_factor }}"),
                    ("Impact on child: ", "{{ risk.risk_to_child }}{% endif %}"),
                ],
                ["{% if action.first_in_risk %}{{ risk.wellbeing }}{% endif %}"],
                ["{% vm %}{{ outcome.text }}"],
                ["{% vm %}{{ outcome.success_looks_like }}"],
                ["{{ action.text }}"],
                ["{{ action.responsible }}"],
                ["{{ action.frequency }}"],
                ["{{ action.timescale }}"],
            ],
        ),
    )
    body = 1 + 3
    merge_down(outcomes, body, 1, "action.first_in_risk")  # the need, down its outcomes
    merge_down(outcomes, body, 2, "action.first_in_risk")
    merge_down(outcomes, body, 8, "not action.shares_timescale")
    keep_together(outcomes, body, "action.last_in_risk")
    font_size(outcomes, 9)
    document.add_heading("Progress at reviews", level=2)
    grid(
        document,
        ["Outcome number", "Review date", "Status", "Progress", "Timescale extended"],
        [2.6, 2.8, 3.2, 13.6, 3.8],
        loop_rows(
            "for risk in risks",
            "for outcome in risk.outcomes",
            "for review in outcome.reviews",
            body=[
                ["{{ outcome.number }}"],
                ["{{ review.date }}"],
                ["{{ review.status }}"],
                ["{{ review.note }}"],
                ["{{ review.timescale_extended }}"],
            ],
        ),
    )
    document.add_heading("Contingency plan, step down and views", level=2)
    rest = labelled(
        document,
        [
            ("Case reference", "{{ case_ref }}"),
            ("Contingency plan", "{{ contingency.plan }}"),
            ("Contingency timescale", "{{ contingency.timescale }}"),
            ("Step down or close", "{{ step_down }}"),
            ("The child's views", "{{ child_views }}"),
            ("Family's views", "{{ family_views }}"),
            ("Date of next review", "{{ next_review }}"),
            ("Date of next core group", "{{ next_core_group }}"),
        ],
        not_in_form=("Date of next core group",),
    )
    rest.alignment = WD_TABLE_ALIGNMENT.CENTER  # in line with the tables above it
    footer(document, "Child's Plan: {{ child.name }}", marking=MARKING)
    return document


def loop_paragraphs(document: DocumentObject, loop: str, value: str, style: str) -> None:
    """``{%p for ... %}`` / one paragraph per item / ``{%p endfor %}``."""
    document.add_paragraph(f"{{%p {loop} %}}")
    document.add_paragraph(value, style=style)
    document.add_paragraph("{%p endfor %}")


def section(document: DocumentObject, condition: str, heading: str, *lines: str) -> None:
    """A heading and its paragraphs, left out whole when ``condition`` is empty."""
    document.add_paragraph(f"{{%p if {condition} %}}")
    document.add_heading(heading, level=2)
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph("{%p endif %}")


def family() -> DocumentObject:
    """The family version: plain headings, plain words, for parents and carers.

    A section with nothing in it is left out (no empty "What Betty said")."""
    document = new_document(landscape=False, title="Our plan", body_size=12)
    document.add_heading("Our plan for {{ child_name }}", level=1)
    document.add_paragraph("{%p if recipient %}")
    document.add_paragraph("This copy is for {{ recipient }}.")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{{ intro }}")
    document.add_paragraph("{{ status }}")
    document.add_heading("What we are worried about", level=2)
    loop_paragraphs(document, "for worry in worries", "{{ worry }}", "List Bullet")
    document.add_paragraph("{%p if better %}")
    document.add_heading("What has got better", level=2)
    loop_paragraphs(document, "for item in better", "{{ item }}", "List Bullet")
    document.add_paragraph("{%p endif %}")
    document.add_heading("What needs to change for {{ child_name }}", level=2)
    document.add_paragraph("{%p for change in changes %}")
    document.add_paragraph("{{ change.text }}", style="List Bullet")
    document.add_paragraph("{%p if change.progress %}")
    document.add_paragraph("{{ change.progress }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_heading("Who will do what, and how often", level=2)
    grid(
        document,
        ["Who", "What they will do", "How often", "By when"],
        [3.8, 6.6, 3.2, 3.8],
        loop_rows(
            "for action in actions",
            body=[
                ["{{ action.who }}"],
                ["{{ action.what }}"],
                ["{{ action.how_often }}"],
                ["{{ action.by_when }}"],
            ],
        ),
    )
    document.add_heading("How we will know things are better", level=2)
    document.add_paragraph("{%p for change in changes %}")
    document.add_paragraph("{%p if change.how_we_know %}")
    document.add_paragraph("{{ change.how_we_know }}", style="List Bullet")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("We will look at how things are going each time we meet.")
    document.add_paragraph("{%p if if_not %}")
    document.add_heading("What happens if things don't change", level=2)
    document.add_paragraph("{{ if_not }}")
    document.add_paragraph("{%p if if_not_when %}")
    document.add_paragraph("{{ if_not_when }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endif %}")
    section(document, "step_down", "When this plan can end", "{{ step_down }}")
    section(document, "next_meeting", "When we will meet next", "{{ next_meeting }}")
    document.add_heading("Who is helping your family", level=2)
    grid(
        document,
        ["Name", "Who they are", "Where they work", "How to contact them"],
        [4.0, 4.6, 4.2, 4.6],
        loop_rows(
            "for person in people",
            body=[
                ["{{ person.name }}"],
                ["{{ person.role }}"],
                ["{{ person.agency }}"],
                ["{{ person.contact }}"],
            ],
        ),
    )
    section(document, "child_views", "{{ child_views_heading }}", "{{ child_views }}")
    section(document, "family_views", "{{ family_views_heading }}", "{{ family_views }}")
    document.add_paragraph("{%p if words_we_use %}")
    document.add_heading("Words we use", level=2)
    grid(
        document,
        ["Word", "What it means"],
        [4.5, 12.9],
        loop_rows(
            "for word in words_we_use",
            body=[["{{ word.term }}"], ["{{ word.explain }}"]],
        ),
    )
    document.add_paragraph("{%p endif %}")
    footer(document, "Our plan for {{ child_name }}")
    return document


def bullets_with_notes(document: DocumentObject, item: str, items: str, note: str) -> None:
    """A bullet for each of ``items`` (its ``text``), with its ``note`` under it when it
    has one ("Ruby gets to school on time" / "She has been late twice since May")."""
    document.add_paragraph(f"{{%p for {item} in {items} %}}")
    document.add_paragraph(f"{{{{ {item}.text }}}}", style="List Bullet")
    document.add_paragraph(f"{{%p if {item}.{note} %}}")
    under_bullet(document.add_paragraph(f"{{{{ {item}.{note} }}}}"))
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")


def under_bullet(paragraph: Paragraph) -> None:
    """Indented to the text of the bullet above, so it reads as part of that item."""
    paragraph.paragraph_format.left_indent = Cm(0.63)
    paragraph.paragraph_format.space_after = Pt(6)


def child() -> DocumentObject:
    """The child's version, "My plan": short, in the child's voice, in large type."""
    document = new_document(landscape=False, title="My plan", body_size=16)
    title = document.add_heading("My plan", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("{{ intro }}")
    document.add_paragraph("{{ status }}")
    document.add_heading("Why I have a plan", level=2)
    loop_paragraphs(document, "for worry in worries", "{{ worry }}", "List Bullet")
    document.add_paragraph("{%p if better %}")
    document.add_heading("What is better already", level=2)
    loop_paragraphs(document, "for item in better", "{{ item }}", "List Bullet")
    document.add_paragraph("{%p endif %}")
    document.add_heading("What will be better for me", level=2)
    bullets_with_notes(document, "change", "changes", "progress")
    document.add_paragraph("{%p if helpers %}")
    document.add_heading("Who is helping me", level=2)
    bullets_with_notes(document, "helper", "helpers", "what")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if grown_ups %}")
    document.add_heading("{{ grown_ups_heading }}", level=2)
    loop_paragraphs(document, "for line in grown_ups", "{{ line }}", "List Bullet")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if my_views %}")
    document.add_heading("What I said", level=2)
    loop_paragraphs(document, "for said in my_views", "{{ said }}", "Normal")
    document.add_paragraph("{%p endif %}")
    document.add_heading("If things do not get better", level=2)
    document.add_paragraph("{{ if_not }}")
    section(document, "step_down", "When my plan can end", "{{ step_down }}")
    document.add_paragraph("{%p if next_meeting %}")
    document.add_heading("What happens next", level=2)
    document.add_paragraph("{{ next_meeting }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if words_we_use %}")
    document.add_heading("Words in my plan", level=2)
    loop_paragraphs(
        document, "for word in words_we_use", "{{ word.term }}: {{ word.explain }}", "List Bullet"
    )
    document.add_paragraph("{%p endif %}")
    footer(document, "My plan: {{ my_name }}")
    return document


TEMPLATES = {
    "cp-plan.docx": cp_plan,
    "childs-plan.docx": childs_plan,
    "family.docx": family,
    "child.docx": child,
}


# Styles a template keeps besides those it uses: what annotate writes (the findings
# heading, comments) and what a council most often reaches for in Word.
KEPT_STYLES = {
    "Normal",
    "Heading1",
    "Heading2",
    "Heading3",
    "Title",
    "TableGrid",
    "ListBullet",
    "ListNumber",
    "Header",
    "Footer",
    "CommentText",
    "CommentReference",
}


def lean_styles(document: DocumentObject) -> None:
    """Only the styles the template uses (and :data:`KEPT_STYLES`), and no Word 2010
    ``stylesWithEffects`` part.

    python-docx's default template carries 164 styles and two style parts, about 0.8 MB
    that LibreOffice reads for every document it converts: a third of a PDF's time.
    Word brings back any built-in style a council applies later.
    """
    body = document.element.xml + "".join(
        section.header._element.xml + section.footer._element.xml for section in document.sections
    )
    used = set(re.findall(r'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', body))
    styles = document.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in styles.iter(qn("w:style"))}
    keep = used | KEPT_STYLES
    keep |= {i for i, style in by_id.items() if style.get(qn("w:default")) in ("1", "true")}
    grown = True
    while grown:  # and every style those are based on, linked to or followed by
        grown = False
        for style_id in list(keep):
            for tag in ("w:basedOn", "w:link", "w:next"):
                found = by_id[style_id].find(qn(tag)) if style_id in by_id else None
                if found is not None and found.get(qn("w:val")) not in keep:
                    keep.add(found.get(qn("w:val")))
                    grown = True
    for style_id, style in by_id.items():
        if style_id not in keep:
            styles.remove(style)
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(r_id)


def main(argv: Sequence[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "templates"
    out.mkdir(parents=True, exist_ok=True)
    for name, build in TEMPLATES.items():
        buffer = BytesIO()
        document = build()
        lean_styles(document)
        document.save(buffer)
        # fixed zip timestamps: rebuilding an unchanged template changes no bytes
        (out / name).write_bytes(package.normalise(buffer.getvalue()))
        print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
