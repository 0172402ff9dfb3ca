"""plangen generate: the two Child's Plan examples in inputs/, end to end (seed 000)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table

from plangen.intake.cells import split_responsible
from plangen.model import CorePerson, Plan
from plangen.privacy.names import is_family

from ..conftest import INPUTS, Run, as_printed, pdf_text, script, soffice_pdf

RISKS_HEADER = [
    "Priority",
    "Risk or need",
    "Wellbeing indicator",
    "Outcome for the child",
    "What success looks like",
    "Action required",
    "Person responsible",
    "Frequency of contact",
    "Timescale",
]
REVIEWS_HEADER = ["Outcome number", "Review date", "Status", "Progress", "Timescale extended"]
PEOPLE_HEADER = [
    "Name",
    "Relationship to child",
    "Agency",
    "Address",
    "E-mail address",
    "Tel. No",
    "Present",
]


EXAMPLES = script("make_examples")
CASES = {
    "ruby": ("early-help-ruby-clarke.xlsx", EXAMPLES.RUBY, "eh-2024-0117/2024-06-03"),
    "kacper": ("child-in-need-kacper-nowak.xlsx", EXAMPLES.KACPER, "cin-2024-0342/2024-07-01"),
}


class Example:
    """One generated example: its intake rows and the .docx read back."""

    def __init__(self, rows: dict[str, list[dict[str, Any]]], docx: Path) -> None:
        self.rows, self.docx = rows, docx
        self.document: DocumentObject = Document(str(docx))

    @property
    def plan_row(self) -> dict[str, Any]:
        row: dict[str, Any] = self.rows["plan"][0]
        return row

    def table(self, header: list[str]) -> Table:
        """The table whose first row is ``header`` (found by its header, not position)."""
        found = [t for t in self.document.tables if cells(t)[0] == header]
        assert len(found) == 1, f"expected one table headed {header[:2]}..."
        return found[0]

    def outcomes(self) -> list[dict[str, Any]]:
        """The intake's outcomes in plan order, each with its actions."""
        outcomes: list[dict[str, Any]] = []
        for row in self.rows["risks"]:
            if row.get("outcome"):
                outcomes.append({**row, "actions": []})
            outcomes[-1]["actions"].append(row)
        return outcomes


def cells(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.fixture(params=sorted(CASES))
def example(request: pytest.FixtureRequest, plangen: Callable[..., Run], tmp_path: Path) -> Example:
    workbook, rows, stem = CASES[request.param]
    result = plangen("generate", INPUTS / workbook, "--out", "out")
    assert result.exit_code == 0, result.stderr
    docx = Path("out") / f"{stem}-childs-plan.docx"
    assert f"wrote {docx}" in result.stdout
    assert (tmp_path / docx).is_file()
    assert (tmp_path / docx).with_suffix(".json").is_file()
    return Example(rows, tmp_path / docx)


def it_uses_the_childs_plan_template_and_title(example: Example) -> None:
    paragraphs = [p.text for p in example.document.paragraphs if p.text.strip()]
    assert paragraphs[0] == "CHILD'S PLAN"
    footer = example.document.sections[0].footer.paragraphs[0].text
    # "Page X of Y" are fields: python-docx reads the text around them
    assert (
        footer == f"Child's Plan: {example.plan_row['child_name']}. OFFICIAL-SENSITIVE. Page  of "
    )


def it_fills_the_header_table(example: Example) -> None:
    row = example.plan_row
    header = example.table(
        [
            "Child's Name",
            "Known as",
            "DOB",
            "Address",
            "Threshold",
            "Date of plan",
            "Date of next review",
        ]
    )
    assert cells(header)[1] == [
        row["child_name"],
        row["known_as"],
        row["date_of_birth"],
        row["address"],
        row["threshold"],
        row["plan_date"],
        row["next_review"],
    ]


def it_lists_every_person_involved_with_the_lead_professional_shown(example: Example) -> None:
    people = cells(example.table(PEOPLE_HEADER))[1:]
    family = [
        is_family(CorePerson(name=p["name"], role=p["role"], agency=p.get("agency", "")))
        for p in example.rows["people"]
    ]
    # a family member's address, e-mail and phone are never printed (issue 13f)
    expected = [
        [
            person["name"],
            ("Lead Professional " if person.get("lead_professional") == "Yes" else "")
            + person["role"],
            person.get("agency", ""),
            *(["", "", ""] if own else [person.get(d, "") for d in ("address", "email", "phone")]),
            person["present"],
        ]
        for person, own in zip(example.rows["people"], family, strict=True)
    ]
    assert people == expected
    assert any(family) and any(row[3:6] != ["", "", ""] for row in people)
    assert sum(row[1].startswith("Lead Professional") for row in people) == 1


def it_names_only_people_involved_or_parents_as_responsible(example: Example) -> None:
    """Read from the plan as written: every person responsible is in its people table."""
    people = cells(example.table(PEOPLE_HEADER))[1:]
    names = {row[0] for row in people} | {"parents"}
    actions = cells(example.table(RISKS_HEADER))[1:]
    responsible = RISKS_HEADER.index("Person responsible")
    assert len(actions) == sum(len(o["actions"]) for o in example.outcomes())
    for row in actions:
        assert row[responsible], row
        assert set(split_responsible(row[responsible])) <= names, row


def it_writes_each_action_in_its_own_row_under_its_outcome(example: Example) -> None:
    rows = cells(example.table(RISKS_HEADER))[1:]
    expected = [
        [
            str(outcome["priority"]),
            outcome["outcome"],
            outcome["success_looks_like"],
            action["action"],
            action["responsible"],
            action["frequency"],
            action["timescale"],
        ]
        for outcome in example.outcomes()
        for action in outcome["actions"]
    ]
    assert [[row[0], row[3], row[4], *row[5:]] for row in rows] == expected


def it_merges_the_need_and_wellbeing_down_every_row_of_each_need(
    example: Example,
) -> None:
    """Each outcome sits beside its need: one merged cell down all the need's rows."""
    table = example.table(RISKS_HEADER)
    rows = cells(table)[1:]
    starts = [bool(row.get("risk_factor")) for row in example.rows["risks"]]
    expected = []
    need = ("", "")
    for row, start in zip(example.rows["risks"], starts, strict=True):
        if start:
            need = (
                f"Need: {row['risk_factor']}\nImpact on child: {row['risk_to_child']}",
                row["wellbeing"],
            )
        expected.append(need)  # python-docx reads a merged cell's text on every row
    assert [(row[1], row[2]) for row in rows] == expected
    for column in (1, 2):
        merges = [row._tr.tc_lst[column].tcPr.find(qn("w:vMerge")) for row in table.rows[1:]]
        assert [m.get(qn("w:val")) for m in merges] == [
            "restart" if start else "continue" for start in starts
        ]


def it_merges_priority_outcome_and_success_down_the_outcomes_actions(example: Example) -> None:
    table = example.table(RISKS_HEADER)
    first_rows = []
    for outcome in example.outcomes():
        first_rows += [True] + [False] * (len(outcome["actions"]) - 1)
    assert len(first_rows) == len(table.rows) - 1
    for column in (0, 3, 4):
        merges = [row._tr.tc_lst[column].tcPr.find(qn("w:vMerge")) for row in table.rows[1:]]
        for first, merge in zip(first_rows, merges, strict=True):
            assert merge is not None
            assert (merge.get(qn("w:val")) == "restart") is first
    for column in (5, 6, 7):  # the action, person and frequency cells are never merged
        assert all(row._tr.tc_lst[column].tcPr.find(qn("w:vMerge")) is None for row in table.rows)


def it_records_every_review_against_its_outcome_number(example: Example) -> None:
    rows = cells(example.table(REVIEWS_HEADER))[1:]
    expected = sorted(
        (
            [
                str(review["outcome"]),
                review["date"],
                review["status"],
                review["note"],
                review["timescale_extended"],
            ]
            for review in example.rows["reviews"]
        ),
        key=lambda row: int(row[0]),  # stable: each outcome's reviews in the order given
    )
    assert rows == expected
    assert "Yes" in [row[4] for row in rows if row[2] != "Achieved"]  # an extension shown


def it_fills_contingency_step_down_and_views(example: Example) -> None:
    row = example.plan_row
    labelled = [t for t in example.document.tables if cells(t)[0][0] == "Case reference"]
    assert len(labelled) == 1
    assert cells(labelled[0]) == [
        ["Case reference", row["case_ref"]],
        ["Contingency plan", row["contingency"]],
        ["Contingency timescale", row["contingency_timescale"]],
        ["Step down or close", row["step_down"]],
        ["The child's views", row["child_views"]],
        ["Family's views", row["family_views"]],
        ["Date of next review", row["next_review"]],
    ]


def it_reads_its_own_output_back_as_the_same_plan(
    example: Example, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("generate", example.docx, "--out", "again")
    assert result.exit_code == 0, result.stderr
    [again] = [p for p in (tmp_path / "again").rglob("*.json") if ".plangen" not in p.parts]
    original = Plan.model_validate_json(example.docx.with_suffix(".json").read_text())
    reread = Plan.model_validate_json(again.read_text())
    assert reread == as_printed(original)  # family contacts were never printed
    assert again.parent.name == example.docx.parent.name  # same case-reference folder


def column_texts(layout: str, words: str) -> list[str]:
    """The texts of the PDF table cells that start with ``words``, read down their column.

    ``pdftotext -layout`` prints a table line by line across the page, so a cell's lines
    sit among the other cells' lines; each cell is read back from where ``words`` start.
    """
    lines = layout.splitlines()
    texts = []
    for number, line in enumerate(lines):
        column = line.find(words)
        if column < 0:
            continue
        found = []
        for below in lines[number:]:
            piece = below[column:]
            if not piece[:1].strip() or below[max(column - 1, 0) : column].strip():
                break
            found.append(re.split(r"\s{2,}", piece.strip())[0])
        texts.append(" ".join(found))
    return texts


@pytest.mark.soffice
def it_converts_with_libreoffice_and_the_pdf_shows_every_outcome(
    example: Example, tmp_path: Path
) -> None:
    layout = pdf_text(soffice_pdf(example.docx, tmp_path / "pdf"))
    flat = " ".join(layout.split())
    assert "CHILD'S PLAN" in flat
    assert example.plan_row["child_name"] in flat
    for person in example.rows["people"]:
        assert person["name"] in flat
    for outcome in example.outcomes():
        words = outcome["outcome"].split()
        found = column_texts(layout, " ".join(words[:2]))
        assert any(cell.startswith(" ".join(words[:8])) for cell in found), found
