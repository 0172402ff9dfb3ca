"""A council's own intake (practitioner 33): what it wrote is read, or refused with a
word, never dropped or merged.  The files are in ``tests/bad_inputs/`` (made by
``scripts/council_inputs.py``); the messages and exit statuses are checked through the
command by ``tests/e2e/test_bad_inputs.py``, what is read into the plan here."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.intake.children import count_children, dates_in
from plangen.intake.sheets import looks_like
from plangen.intake.vocabulary import find_name
from plangen.intake.workbook import KINDS
from plangen.model import Plan

CORPUS = Path(__file__).resolve().parents[1] / "bad_inputs"


def plan_in(name: str) -> Plan:
    [plan] = read_plans(CORPUS / name)
    assert isinstance(plan, Plan), plan
    return plan


def it_reads_the_core_group_from_a_sheet_named_taf_members() -> None:
    plan = plan_in("sheet-taf-members.xlsx")
    betty = plan_in("heading-step-down-slash.xlsx")  # the same plan, sheets as plangen names them
    assert [p.name for p in plan.core_group] == [p.name for p in betty.core_group]
    assert len(plan.core_group) >= 5


def it_reads_a_councils_spellings_of_the_headings() -> None:
    plan = plan_in("heading-council-spellings.xlsx")
    assert plan.family_views == "Mum and Dad agree the plan"  # "Parent/carer views"
    assert (
        plan.step_down == "Betty attends school 95% for 12 weeks"
    )  # "Step down / closure criteria"
    assert all(person.role for person in plan.core_group)  # "Relationship/Role"
    notes = [r.note for risk in plan.risks for o in risk.outcomes for r in o.reviews]
    assert any(notes)  # "Progress update"


@pytest.mark.parametrize(
    ("heading_row", "kind"),
    [
        (["Name", "Role", "Agency", "Phone"], "people"),
        (["About", "Detail", "Withhold from"], "confidential"),
        (["Outcome", "Action", "Who", "By when"], "risks"),
        (["Outcome no", "Review date", "RAG", "Progress update"], "reviews"),
        (["Child's name", "DOB", "Date of plan", "Address"], "plan"),
    ],
)
def it_knows_a_table_by_its_headings(heading_row: list[str], kind: str) -> None:
    found = looks_like([(1, tuple(heading_row))])
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "heading_row",
    [["Supervision 12/3"], ["Date", "Notes"], ["Name", "Phone"], ["How to fill this in"]],
)
def it_takes_a_sheet_of_notes_for_no_table(heading_row: list[str]) -> None:
    assert looks_like([(1, tuple(heading_row))]) is None


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("Amina and Hodan Warsame", 2),
        ("AMINA AND HODAN WARSAME", 2),
        ("Amina & Hodan Warsame", 2),
        ("Tyler Hale and Mia Hale", 2),
        ("Amina, Hodan and Yusuf Warsame", 3),
        ("Betty Smith", 1),
        ("Anne-Marie Sanders-Smith", 1),
        ("Andrew Sanderson", 1),  # "and" inside a word
        ("SMITH, Betty", 1),  # surname first
        ("Unborn baby of Chelsea and Dean Whitfield", 1),  # named by the parents
        ("Betty Smith (known as Bet and Bets)", 1),
        ("Betty Smith and family", 1),  # no second child's name
    ],
)
def it_counts_the_children_a_name_names(name: str, count: int) -> None:
    assert count_children(name) == count


@pytest.mark.parametrize(
    ("cell", "count"),
    [
        ("Amina 14.02.16, Hodan 03.09.19", 2),
        ("14/02/2016 and 03/09/2019", 2),
        ("14 February 2016 / 3 Sept 2019", 2),
        ("14.02.16", 1),
        ("01.02.10 (age 13)", 1),
        ("EDD 02/12/26", 1),
        ("Age 7", 0),
    ],
)
def it_counts_the_dates_in_a_date_of_birth_cell(cell: str, count: int) -> None:
    assert dates_in(cell) == count


def it_reads_two_children_with_no_date_of_birth_as_one_plan_for_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="plangen.intake"):
        plan = plan_in("two-children-together.xlsx")
    assert plan.child.name == "Amina and Hodan Warsame"
    assert plan.child.date_of_birth is None and plan.child.age is None
    assert "names 2 children" in caplog.text


@pytest.mark.parametrize("name", ["Anne-Marie Sanders-Smith", "SMITH, Betty", "Andrew Sanderson"])
def it_reads_one_childs_name_with_its_age_without_a_word(
    name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = tmp_path / "one.json"
    text = (CORPUS / "two-children-name.json").read_text(encoding="utf-8")
    source.write_text(text.replace("Amina and Hodan Warsame", name), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="plangen.intake"):
        [plan] = read_plans(source)
    assert isinstance(plan, Plan), plan
    assert plan.child.name == name and plan.child.age == 7
    assert "children" not in caplog.text


def it_refuses_two_childrens_dates_of_birth_in_a_word_form() -> None:
    [refused] = read_plans(CORPUS / "two-children-dob.docx")
    assert isinstance(refused, InputError)
    assert "holds 2 dates of birth" in str(refused)
    assert "is not a date" not in str(refused)


@pytest.mark.parametrize(
    ("sheet", "kind"),
    [
        ("TAF members", "people"),
        ("Team around the family", "people"),
        ("Team Around the Child", "people"),
        ("Professionals involved", "people"),
        ("Network", "people"),
        ("Core Group Members", "people"),
        ("Outcomes Plan", "risks"),
        ("Outcomes & actions", "risks"),
        ("Review record", "reviews"),
        ("Confidential info", "confidential"),
    ],
)
def it_reads_a_councils_name_for_a_sheet(sheet: str, kind: str) -> None:
    assert find_name(kind, [sheet]) == sheet


def it_reads_no_sheet_by_a_name_that_could_be_anything() -> None:
    assert not [kind for kind in KINDS if find_name(kind, ["Family Details"])]
