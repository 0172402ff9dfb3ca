"""When someone can be found, kept from a reader kept from their whereabouts (issue 13,
routines and derived dates), while that reader's own days stay in every copy he gets.

Two plans in ``locating_plans/``, each keeping a mother's and child's address from the
father: a pregnant 16-year-old's weekly routine (a drug worker at college "on Wednesday
after her Level 1 Hair & Beauty class", antenatal clinic "every Tuesday"), a due date
given by weeks of pregnancy ("By 36 weeks (Friday 10 January 2025)"), a hospital "(not
Northcote)" (plan-l4); a 7-year-old's week ("Rainbows every Monday", "at Nan's every
Saturday", play therapy "on Tuesday afternoons", "10 sessions by Tuesday 21 April")
(plan-l5).  Every part of every file the father may receive is searched
(:mod:`tests.leaks`): his own copy, the general family copy, the child's version, the
formal plan and the review copy, and their PDFs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from plangen.family.context import family_context
from plangen.family.plain import glossary
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy.locating import HELD_BACK
from plangen.privacy.protect import protected

from ..conftest import Run, pdf_text
from ..leaks import leaks, squash
from .locating_copies import PLANS, copies_for, plan_named

READER = {"plan-l4": "Shaun Rowe", "plan-l5": "Lee Hart"}

# Before (on main): Shaun's copy held 6 of plan-l4's (every day, the Thursday sessions,
# two dates of the pregnancy), the formal plan and review copy 9 (the class, the EDD);
# Lee's copy held 4 of plan-l5's, the formal plan 5, the child's version 1.  Now none.
NEEDLES = {
    "plan-l4": [
        "wednesday",  # the drug worker's day, and her nan's
        "hairbeautyclass",  # "after her Level 1 Hair & Beauty class"
        "mondayaftercollege",  # the social worker's home visits
        "everytuesday",  # the antenatal clinic
        "weeklytuesdays",
        "thursday13february",  # the last of the Thursday sessions
        "100125",  # the EDD, "10.01.25"
        "10january2025",  # the EDD, as 36 weeks
        "weeks8november",  # 28 weeks ("18 November 2024", the next meeting, is no leak)
        "friday8november",
        "notnorthcote",  # the birth is elsewhere
        "easterby",  # where they live, the college, the hospital
        "atangelas",
    ],
    "plan-l5": [
        "tuesdayafternoon",  # play therapy
        "tuesday21april",  # its last session
        "wednesdays",  # at her nan's
        "everysaturday",  # sleeps at Nan's
        "everymonday",  # Rainbows
        # Nan's breakfast-club days, a frequency cell whose action names Lee only to bar
        # him ("Lee not to collect"): held-out plan 161's nursery days reached the father
        "montue",
        "wedmornings",
        "rainbows",
        "quarryclose",
        "heronwalk",
        "dunmere",
    ],
}

# What is the father's own, each in his own copy, and in the formal plan (which he
# receives too): his contact day, his programme, his worry.
HIS_OWN = {
    "plan-l4": ["thursdaycontact", "buildingbetterrelationships", "tiaisnoteatingwell"],
    # (the child's quoted words, "Maisie said 'I like seeing Daddy on Thursdays ...'",
    # are the protected child's: they go from his copies whole, reader 30)
    "plan-l5": ["everythursday", "caringdads", "missingyou"],
}
IN_THE_FORMAL_PLAN = {
    "plan-l4": ["shauntohavethursdaycontact", "keephisthursdaycontact"],
    # (not Maisie's quoted words about Thursdays: the protected child's words go whole)
    "plan-l5": ["leetohavesupervisedcontactwithmaisieeverythursday"],
}


def _his(name: str, tmp_path: Path) -> dict[str, bytes]:
    """The files the father may receive, by what they are."""
    found = copies_for(name, READER[name], tmp_path)
    assert all(len(each) == 1 for each in found.values()), {c: len(e) for c, e in found.items()}
    return {copy: each[0] for copy, each in found.items()}


@pytest.mark.parametrize("name", sorted(READER))
def it_keeps_every_day_and_date_that_finds_them_from_every_copy_the_father_may_receive(
    name: str, tmp_path: Path
) -> None:
    for copy, data in _his(name, tmp_path).items():
        assert leaks(data, NEEDLES[name]) == [], copy


@pytest.mark.parametrize("name", sorted(READER))
def it_keeps_the_fathers_own_days_in_his_copy_and_the_formal_plan(
    name: str, tmp_path: Path
) -> None:
    his = _his(name, tmp_path)
    assert leaks(his["own"], HIS_OWN[name]) == HIS_OWN[name]
    assert leaks(his["plan"], IN_THE_FORMAL_PLAN[name]) == IN_THE_FORMAL_PLAN[name]


@pytest.mark.parametrize("name", sorted(READER))
def it_keeps_each_of_the_fathers_tasks_whole(name: str) -> None:
    plan = plan_named(name)
    context = family_context(plan, glossary(), recipient=READER[name])
    actions = sum(len(o.actions) for o in plan.outcomes)
    actions -= [found.noun for found in protected(plan)].count("action")
    assert len(context["actions"]) == actions
    own = [row for row in context["actions"] if row["who"].startswith("You")]
    assert len(own) == 2
    for row in context["actions"]:
        assert row["how_often"] and row["by_when"] and row["who"]
    for row in own:
        assert HELD_BACK not in row["what"], row["what"]


def it_cuts_a_pregnancy_date_and_a_weekday_cleanly(tmp_path: Path) -> None:
    """What can go without a trace goes: "By 36 weeks", "8 sessions by 13 February
    2025"; the weeks and the deadline stay."""
    plan = _his("plan-l4", tmp_path)["plan"]
    cells = [
        cell.text
        for table in Document(BytesIO(plan)).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert "By 36 weeks" in cells
    assert "From 28 weeks" in cells
    assert "8 sessions by 13 February 2025" in cells
    said = "\n".join(cells)
    # a sentence about Tia, whose whereabouts are kept from her father, that would hold
    # a marker is held whole (reader 29: what is around a marker still tells him)
    assert "her EDD is" not in said and "Tia is booked" not in said
    assert "[details held on the case record]" in said


def it_keeps_the_day_of_the_readers_own_action_in_every_cell_of_it() -> None:
    """plan-35: Dean's own "Weekly group (Wednesdays)" sits in the frequency cell of an
    action whose text names him; the cell is his, its day stays (in a cell on its own
    it named no reader, and was held back)."""
    [plan] = read_plans(PLANS.parent.parent / "family_plans" / "plan-35.json")
    assert isinstance(plan, Plan)
    rows = family_context(plan, glossary(), recipient="Dean Hale")["actions"]
    [dapp] = [row for row in rows if "Choices DAPP" in row["what"]]
    assert "group (Wednesdays)" in dapp["how_often"]


@pytest.mark.soffice
def it_keeps_every_day_and_date_from_the_fathers_pdfs(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    for name, reader in READER.items():
        shutil.copy(PLANS / f"{name}.json", tmp_path / f"{name}.json")
        result = plangen("generate", f"{name}.json", "--out", name, "--for", reader, "--pdf")
        assert result.exit_code == 0, result.stderr
        own = f"for-{reader.lower().replace(' ', '-')}.pdf"
        pdfs = [
            pdf
            for pdf in sorted((tmp_path / name).rglob("*.pdf"))
            if pdf.name.endswith(own)
            or not any(word in pdf.name for word in ("draft", "professionals", "for-"))
        ]
        assert len(pdfs) == 5, [pdf.name for pdf in pdfs]
        for pdf in pdfs:
            text = squash(pdf_text(pdf))
            assert [n for n in NEEDLES[name] if n in text] == [], pdf.name


def it_holds_back_a_timescale_found_again_for_a_row_below_one_taken_out() -> None:
    """A row's blank timescale is the merged cell above it in the formal plan; with the
    row above withheld from the father, his copy finds it again from the original plan,
    where "12 weeks (Friday 10 January 2025)" still gave the EDD."""
    data = plan_named("plan-l4").model_dump()
    outcome = data["risks"][0]["outcomes"][0]
    outcome["text"] = "Tia is safe and has a birth plan she agrees with, for the life of the plan."
    actions = outcome["actions"]
    actions[0]["timescale"] = "12 weeks (Friday 10 January 2025)"
    actions[1].update(text="Mark to see Tia on her own.", timescale="")
    data["confidential"].append(
        {"about": "plan", "detail": "action 1", "withheld_from": ["Shaun Rowe"]}
    )
    plan = Plan.model_validate(data)
    rows = family_context(plan, glossary(), recipient="Shaun Rowe")["actions"]
    [visit] = [row for row in rows if row["who"].startswith("Mark Ellis")]
    assert "10 January" not in visit["by_when"]
    assert visit["by_when"].startswith("12 weeks")
