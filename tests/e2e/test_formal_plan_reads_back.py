"""A formal plan read back through the Word-form intake gives the plan it was made
from (where the form carries it: not the worker's plain words for the family
versions, nor who gets their own family copy, nor family members' contact details,
which are never printed).  For every example and family test
plan.  A plan that withholds details is refused by name, never read back short.

This found a risk row cut across pages read back as eight risks (Betty): a row cut by
:mod:`plangen.render.long_rows` is read back as the one row it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.intake.cells import split_responsible
from plangen.model import Plan
from plangen.outputs import make_files
from plangen.privacy import formal
from plangen.privacy.echoes import held_sentences
from plangen.privacy.names import is_family
from plangen.render.long_rows import CONTINUED
from plangen.settings import Settings

from ..conftest import INPUTS, ROOT, betty_rows
from .test_formal_plan_complete import SOURCES, plan_of


def as_the_form_carries(plan: Plan) -> Plan:
    """``plan`` without what a formal plan does not print; a person responsible
    written "Mum and Dad" in a JSON intake is two people on any form."""
    copy = plan.model_copy(deep=True)
    printed = formal(plan).plan.core_group
    for person, shown in zip(copy.core_group, printed, strict=True):
        person.own_copy = False
        if is_family(person):
            # a family member's address, e-mail and phone are never printed: the form
            # carries empty cells, and reading it back gives empty contacts; written in
            # their role too, it reads as the marker there ("Father ([address held on
            # the case record], release date 2026)", plan 24: his address is a prison)
            person.address = person.email = person.phone = ""
            person.role = shown.role
    for risk in copy.risks:
        risk.plain = None
        for outcome in risk.outcomes:
            outcome.plain = None
            for action in outcome.actions:
                action.plain = None
                action.responsible = split_responsible(" & ".join(action.responsible))
    return copy


def formal_plan_file(plan: Plan, out: Path) -> Path:
    files = make_files(plan, out, Settings(), [], versions=["plan"])
    [(path, data)] = [(p, d) for p, d in files if p.name.endswith("-plan.docx")]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def it_reads_a_formal_plan_back_to_the_plan_it_was_made_from(source: Path, tmp_path: Path) -> None:
    plan = plan_of(source)
    path = formal_plan_file(plan, tmp_path)
    if plan.confidential or held_sentences(plan):  # what it holds would be lost
        with pytest.raises(InputError, match="withholds details"):
            read_plans(path)
        return
    [back] = read_plans(path)
    assert isinstance(back, Plan), back
    # family members' contacts were never printed, so none is read back
    read_back = [(p.address, p.email, p.phone) for p in back.core_group if is_family(p)]
    assert set(read_back) <= {("", "", "")}
    assert back.model_dump() == as_the_form_carries(plan).model_dump()


def _long(plan: Plan, *, risk_too: bool = True) -> Plan:
    """``plan`` with its first action (and its first risk) longer than a page."""
    long = plan.model_copy(deep=True)
    step = "see {0} at home each week, on their own, and talk about home and school. "
    action = long.risks[0].outcomes[0].actions[0]
    action.text = "".join(f"Step {n}: " + step.format(plan.child.first_name) for n in range(40))
    risk = long.risks[0]
    if not risk_too:
        return long
    risk.risk_factor = " ".join(f"Worry {n}: {risk.risk_factor}" for n in range(12))
    risk.risk_to_child = " ".join(f"Harm {n}: {risk.risk_to_child}" for n in range(12))
    return long


@pytest.mark.parametrize("example", ["betty-smith.xlsx", "child-in-need-kacper-nowak.xlsx"])
def it_reads_rows_cut_across_pages_back_as_the_one_row_they_were(
    example: str, tmp_path: Path
) -> None:
    """Betty's one risk with an action longer than a page was read back as 8 risks."""
    plan = _long(plan_of(INPUTS / example))
    path = formal_plan_file(plan, tmp_path)
    [back] = read_plans(path)
    assert isinstance(back, Plan), back
    assert len(back.risks) == len(plan.risks)
    assert back.model_dump() == as_the_form_carries(plan).model_dump()
    table = next(t for t in Document(str(path)).tables if "Step 1:" in _text(t))
    cut = [row for row in table.rows if any(c.text.startswith(CONTINUED) for c in row.cells)]
    assert len(cut) >= 3  # the action and the risk both went on over several rows


def it_refuses_words_typed_into_a_continued_row_naming_where(tmp_path: Path) -> None:
    plan = _long(plan_of(INPUTS / "betty-smith.xlsx"), risk_too=False)
    path = formal_plan_file(plan, tmp_path)
    document = Document(str(path))
    table = next(t for t in document.tables if "Step 1:" in _text(t))
    number, row = next(
        (n, row)
        for n, row in enumerate(table.rows, start=1)
        if row.cells[1].text.startswith(CONTINUED) and row.cells[0].text.endswith("(continued)")
    )  # a row holding the rest of the action, under the risk named again
    row.cells[0].text = "Risk factor: a new worry written on the printed form"
    document.save(str(path))
    with pytest.raises(InputError) as refused:
        read_plans(path)
    message = str(refused.value)
    assert 'table "Risks and actions"' in message
    assert f"row {number} goes on from the row above" in message
    assert "column 1 holds words of its own" in message


def _text(table: Table) -> str:
    return " ".join(cell.text for row in table.rows for cell in row.cells)


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Lead Professional Social Worker", "Social Worker"),
        ("Social Worker / Lead Professional", "Social Worker"),
        ("Social Worker (Lead Professional)", "Social Worker"),
        # inside other words: kept as written (it read back "(Named Person / )")
        (
            "Pupil Support Teacher (Named Person / Lead Professional)",
            "Pupil Support Teacher (Named Person / Lead Professional)",
        ),
    ],
)
def it_reads_the_lead_professional_out_of_a_role_without_breaking_it(
    written: str, role: str, write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["people"][0]["role"] = written
    plan = plan_of(write_workbook(rows))
    harriet = plan.core_group[0]
    assert (harriet.role, harriet.lead_professional) == (role, True)
    [back] = read_plans(formal_plan_file(plan, tmp_path))
    assert isinstance(back, Plan), back
    assert back.core_group[0] == harriet


def it_refuses_a_progress_row_whose_outcome_number_and_words_disagree(tmp_path: Path) -> None:
    plan = plan_of(ROOT / "tests/family_plans/plan-67.json")
    path = formal_plan_file(plan, tmp_path)
    document = Document(str(path))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Outcome")
    label = table.rows[1].cells[0]
    assert label.text.startswith("1. Mateus is safe")
    label.paragraphs[0].runs[0].text = label.text.replace("1.", "2.", 1)  # a slip
    document.save(str(path))
    [refused] = read_plans(path)  # this plan's problem, not another outcome's review
    assert isinstance(refused, InputError)
    message = str(refused)
    assert 'table "How we will know, and progress at reviews", row 2, "Outcome"' in message
    assert "names outcome 2, but its words are not the first words of outcome 2" in message
