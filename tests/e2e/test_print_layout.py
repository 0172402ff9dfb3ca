"""Plans as a council prints them: page numbers and classification, the template's font,
no empty rows, a risk's rows kept on one page, and an action longer than a page printed
in rows that each show its risk again."""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table

from plangen.intake import read_plans
from plangen.model import Plan

from ..conftest import INPUTS, Run, betty_rows

BETTY = Path("out/betty-smith/2023-03-01-cp-plan.docx")
KACPER = Path("out/cin-2024-0342/2024-07-01-childs-plan.docx")


@pytest.fixture
def examples(plangen: Callable[..., Run], tmp_path: Path) -> Path:
    result = plangen("generate", INPUTS, "--out", "out", "--versions", "plan,family,child")
    assert result.exit_code == 0, result.stderr
    return tmp_path / "out"


def it_numbers_the_pages_and_names_the_plan_and_its_classification(examples: Path) -> None:
    document = Document(str(examples.parent / BETTY))
    footer = document.sections[0].footer.paragraphs[0]
    fields = [f.get(qn("w:instr")).strip() for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text == "Child Protection Plan: Betty Smith. OFFICIAL-SENSITIVE. Page  of "
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    for docx in examples.rglob("*.docx"):  # the family's copies are numbered too
        fields = Document(str(docx)).sections[0].footer._element.iter(qn("w:fldSimple"))
        assert [f.get(qn("w:instr")).strip() for f in fields] == ["PAGE", "NUMPAGES"], docx


def it_prints_every_heading_in_the_templates_font_not_a_theme_font(examples: Path) -> None:
    for docx in examples.rglob("*.docx"):
        with zipfile.ZipFile(docx) as archive:
            styles = archive.read("word/styles.xml").decode()
        assert not re.search(r"w:(asciiTheme|hAnsiTheme|eastAsiaTheme|cstheme)=", styles), docx
        heading = Document(str(docx)).styles["Heading 1"]
        assert heading.font.name == "Arial", docx


def it_leaves_out_rows_with_nothing_in_them(examples: Path, plangen: Callable[..., Run]) -> None:
    document = Document(str(examples.parent / BETTY))
    labels = [row.cells[0].text for row in document.tables[3].rows]
    assert labels == ["Date of next Core Group"]  # Betty's intake has no contingency or views
    assert plangen("intake-template", "form.docx").exit_code == 0  # the form keeps them all
    form = Document(str(examples.parent / "form.docx"))
    assert [row.cells[0].text for row in form.tables[3].rows] == [
        "Case reference",
        "Contingency plan",
        "Contingency timescale",
        "The child's views",
        "Parents' / carers' views",
        "Date of next Core Group",
    ]


def it_keeps_each_risks_rows_together_on_a_page(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    second = dict(rows["risks"][0], risk_factor="Domestic abuse", risk_to_child="harm")
    third = dict(rows["risks"][0], risk_factor="Housing", risk_to_child="harm")
    rows["risks"] += [second, third]  # 7 rows: a table of 6 or fewer is kept whole
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    table = Document(str(tmp_path / BETTY)).tables[2]

    def keeps(row: int) -> list[bool]:
        found = []
        for paragraph in table.rows[row]._tr.iter(qn("w:p")):
            keep = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
            found.append(keep is not None and keep.get(qn("w:val"), "1") not in ("0", "false"))
        return found

    assert all(keeps(0)), "the header keeps with the first row"
    assert [all(keeps(r)) for r in range(1, len(table.rows))] == [True] * 3 + [False] * 3
    assert all(len(r._tr.xpath("./w:trPr/w:cantSplit")) == 1 for r in table.rows)
    assert len(table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")) == 1


def it_keeps_a_table_of_six_rows_or_fewer_whole(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    """Betty's two risks in 6 rows: every row keeps with the next, so the table is not
    cut by a page break (a risk's last row kept with the next risk's first)."""
    rows = betty_rows()
    rows["risks"] += [dict(rows["risks"][0], risk_factor="Domestic abuse", risk_to_child="harm")]
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    tables = Document(str(tmp_path / BETTY)).tables
    risks = tables[2]
    assert len(risks.rows) == 6
    for table in [t for t in tables if len(t.rows) <= 6]:
        for row in table.rows[:-1]:
            for paragraph in row._tr.iter(qn("w:p")):
                keep = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
                assert keep is not None and keep.get(qn("w:val")) is None


@pytest.mark.soffice
def it_prints_each_childs_plan_outcome_on_the_page_of_its_need(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """Kacper's outcomes table runs over two pages: every action's page shows its need
    and its priority, and the table's header."""
    result = plangen("generate", INPUTS / "child-in-need-kacper-nowak.xlsx", "--pdf")
    assert result.exit_code == 0, result.stderr
    pages = _pages(tmp_path / "outputs" / KACPER.relative_to("out").with_suffix(".pdf"))
    plan = Document(str(tmp_path / "outputs" / KACPER.relative_to("out")))
    table = next(t for t in plan.tables if t.rows[0].cells[0].text == "Priority")
    checked = 0
    for row in table.rows[1:]:
        priority, need, action = (" ".join(row.cells[i].text.split()) for i in (0, 1, 5))
        shown = [page for page in pages if action[:30] in page]
        assert len(shown) == 1, action
        assert need[:40] in shown[0] and "Priority Risk or need" in shown[0], action
        assert re.search(rf"(^| ){priority} ", shown[0]), action
        checked += 1
    assert checked >= 10 and sum("Priority Risk or need" in page for page in pages) >= 2


def _pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``, whitespace made single spaces."""
    pages = []
    for number in range(1, 40):
        run = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
        )
        if run.returncode:
            break
        pages.append(" ".join(run.stdout.split()))
    return pages


_STEP = (
    "visit {child} at home every week, see them on their own, check their bedroom and talk "
    "with them about how things are at home and at school. "
)


def _with_long_action(source: Path, tmp_path: Path, marker: str) -> tuple[Path, Plan]:
    """The first plan of ``source`` with its first action longer than a page and its
    first risk marked with ``marker``, as a JSON intake."""
    [plan] = read_plans(source)
    assert isinstance(plan, Plan)
    risk = plan.risks[0]
    risk.risk_factor = f"{marker} {risk.risk_factor}"
    steps = _STEP.format(child=plan.child.first_name)
    risk.outcomes[0].actions[0].text = "".join(f"Step {n}: {steps}" for n in range(1, 40))
    intake = tmp_path / f"{plan.child.first_name}-long.json"
    intake.write_text(plan.model_dump_json())
    return intake, plan


@pytest.mark.soffice
@pytest.mark.parametrize(
    ("example", "repeated"),
    [
        ("betty-smith.xlsx", "Risk factor: LONGRISK"),
        ("child-in-need-kacper-nowak.xlsx", "Need: LONGRISK"),
    ],
)
def it_repeats_the_risk_and_priority_on_each_page_of_an_action_longer_than_a_page(
    plangen: Callable[..., Run], tmp_path: Path, example: str, repeated: str
) -> None:
    """An action longer than a page is printed over several pages, and every page it
    runs onto shows its risk (and, in a Child's Plan, its priority) again."""
    intake, plan = _with_long_action(INPUTS / example, tmp_path, "LONGRISK")
    result = plangen("generate", intake, "--out", "out", "--versions", "plan,review,pdf")
    assert result.exit_code == 0, result.stderr
    [pdf] = (tmp_path / "out").rglob(f"*-{plan.kind.value}.pdf")
    pages = _pages(pdf)
    steps = [n for n in range(1, 40) if f"Step {n}:" in " ".join(pages)]
    assert steps == list(range(1, 40)), "every step of the action is printed"
    holding = [page for page in pages if re.search(r"Step \d+:", page)]
    assert len(holding) >= 3, "the long action runs over several pages"
    document = Document(str(pdf.with_suffix(".docx")))
    table = next(t for t in document.tables if "Step 1:" in _text(t))
    priority = table.rows[1].cells[0].text.strip()  # a Child's Plan's first column
    for page in holding:
        assert repeated in page, page[:300]
        assert "Identified Risks" in page or "Priority Risk or need" in page
        if plan.kind.value == "childs-plan":
            assert re.search(rf"(^| ){re.escape(priority)} ", page), page[:300]
    # each step reads back from the .docx once: the action cut into rows, nothing lost
    cells = [cell.text for row in table.rows for cell in row.cells]
    assert all(sum(f"Step {n}:" in c for c in dict.fromkeys(cells)) == 1 for n in range(1, 40))


def _text(table: Table) -> str:
    return " ".join(cell.text for row in table.rows for cell in row.cells)


def it_cuts_an_action_longer_than_a_page_into_rows_that_each_show_its_risk(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """Read back from the .docx (no LibreOffice): the long action is in several rows,
    each with the risk beside it; the other risks' rows are as they were."""
    intake, plan = _with_long_action(INPUTS / "betty-smith.xlsx", tmp_path, "LONGRISK")
    assert plangen("generate", intake, "--out", "out", "--versions", "plan").exit_code == 0
    [docx] = (tmp_path / "out").rglob("*-cp-plan.docx")
    table = next(t for t in Document(str(docx)).tables if "Step 1:" in _text(t))
    pieces = [row for row in table.rows if re.search(r"Step \d+:", row.cells[1].text)]
    assert len(pieces) >= 4
    for row in pieces:
        assert row.cells[0].text.startswith("Risk factor: LONGRISK"), row.cells[0].text[:60]
        assert len(row._tr.xpath("./w:trPr/w:cantSplit")) == 1
    steps = " ".join(row.cells[1].text for row in pieces)
    assert [n for n in range(1, 40) if f"Step {n}:" in steps] == list(range(1, 40))
    others = sum(len(outcome.actions) for risk in plan.risks for outcome in risk.outcomes) - 1
    assert len(table.rows) == 1 + len(pieces) + others  # header, the pieces, the rest
