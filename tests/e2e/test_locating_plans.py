"""Places named as workers name them, kept from a reader kept from someone's
whereabouts (issue 13, the final reader's findings), while that reader's own tasks and
worries stay in their copy.

Three plans in ``locating_plans/``, each with a mother's and child's address kept from
the father: a refuge town named alone ("in kilbarran", "in KB7"), a school named
without its place word ("happy at Hollybank", "HOLLYBANK's"), a club named only after
"to" ("goes to The Hive"), a refuge named without the word ("Larch House"), a new
school, a nursery, a street named alone ("Tenby St").  Every part of every file the
father may receive is searched (:mod:`tests.leaks`): his own copy, the general family
copy, the child's version, the formal plan and the review copy, and their PDFs.
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
from plangen.privacy.protect import protected

from ..conftest import Run, pdf_text
from ..leaks import leaks, squash
from .locating_copies import PLANS, copies_for, plan_named

READER = {"plan-l1": "Gary Pryce", "plan-l2": "Dale Mason", "plan-l3": "Liam Kemp"}

# What tells the father where they are.  Before (on main): Gary's copy held 3 of these
# (hollybank, kilbarran, thehive), Dale's 4, Liam's 3; the formal plans 3, 3 and 2.
NEEDLES = {
    "plan-l1": [
        "hollybank",  # the school, named once as "Hollybank Primary School"
        "kilbarran",  # the refuge's town, in the withheld address
        "brackenfield",  # the street, as "Brackenfield Rd"
        "kb7",  # the outward code, "wants to stay in KB7"
        "thehive",  # where Ellie goes on Tuesdays
        "millane",  # the school's street
        "mrsdoyle",  # the class teacher by title
    ],
    "plan-l2": [
        "larch",  # the refuge, named without the word, and its worker's agency
        "pn3",
        "westbrook",  # the new school, "WESTBROOK", "Westbrook's"
        "phoenix",  # Alfie's football team, named after "to" once
        "castlefields",  # where they train
        "orchardway",
        "845am",
    ],
    "plan-l3": [
        "tenbyst",  # the mother's street, "Tenby St", "tenby street"
        "acorns",  # the nursery, "Little Acorns", "Acorns"
        "kilnlane",
        "millbrook",  # the surgery, named once in full
        "mv43ts",
        "mv4",
        "9am",
    ],
}
# The staff keep their names in the formal plan and review copy (the plan says who is
# responsible for each action): there, these are not needles.
STAFF = {"plan-l1": ["mrsdoyle"], "plan-l2": [], "plan-l3": []}

# What the father must do, or what is said of him, that was lost when a sentence
# went whole: each stays in his own copy, the place cut from it.
HIS_OWN = {
    "plan-l1": [
        "supervisedfamilytimewithellieeveryothersaturday",
        "relate",
        "caringdads",
        "youareworriedthatellieismissingheroldfriends",
        "sayingheissorryandthatthemove",
    ],
    # Alfie's "football on Saturdays" is his routine, not his father's: held back
    "plan-l2": ["dalewillmeettom", "respectprogramme"],
    # his own words, said to him: "You say you are worried Rosie will forget you"
    "plan-l3": ["youwillattendthealcoholservice", "breathtest", "worriedrosiewillforgetyou"],
}


def _his(name: str, tmp_path: Path) -> dict[str, bytes]:
    """The files the father may receive, by what they are (no child's version for a
    child too young: Rosie, 3)."""
    found = copies_for(name, READER[name], tmp_path)
    assert all(len(each) == 1 for copy, each in found.items() if copy != "child")
    return {copy: each[0] for copy, each in found.items() if each}


@pytest.mark.parametrize("name", sorted(READER))
def it_keeps_every_place_from_every_copy_the_father_may_receive(name: str, tmp_path: Path) -> None:
    for copy, data in _his(name, tmp_path).items():
        formal = copy in ("plan", "review")
        needles = [n for n in NEEDLES[name] if not (formal and n in STAFF[name])]
        assert leaks(data, needles) == [], copy


@pytest.mark.parametrize("name", sorted(READER))
def it_keeps_the_fathers_own_tasks_and_worries_in_his_copy(name: str, tmp_path: Path) -> None:
    own = _his(name, tmp_path)["own"]
    assert leaks(own, HIS_OWN[name]) == HIS_OWN[name]
    # every action row is there, with its who, what, how often and by when
    plan = plan_named(name)
    context = family_context(plan, glossary(), recipient=READER[name])
    actions = sum(len(o.actions) for o in plan.outcomes)
    actions -= [found.noun for found in protected(plan)].count("action")
    assert len(context["actions"]) == actions
    for row in context["actions"]:
        assert row["how_often"] and row["by_when"] and row["who"]
        assert row["what"].strip() not in ("[details not shared]", "[details not shared].")


def it_says_a_held_back_phrase_in_the_formal_plan_as_held_on_the_case_record(
    tmp_path: Path,
) -> None:
    plan = _his("plan-l1", tmp_path)["plan"]
    said = "\n".join(
        cell.text
        for table in Document(BytesIO(plan)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "the move [details held on the case record] is not her fault" in said
    # the father's own contact: where he goes is his (and the core group's) to know
    # (reader 30: "Leanne's contact with Noah supervised [held], Carmarthen")
    assert "every other Saturday at the Ashby contact centre, and to arrive on time" in said


def it_keeps_a_name_that_is_no_place(tmp_path: Path) -> None:
    """A father's own referral ("referral to Relate"), his programme, the month: kept
    whole in his copy (a blanket "at/to + capital" rule took them out)."""
    own = _his("plan-l1", tmp_path)["own"]
    text = "\n".join(
        cell.text
        for table in Document(BytesIO(own)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "You will attend the Caring Dads programme and complete all 17 sessions." in text
    assert "Relate" in text


@pytest.mark.soffice
def it_keeps_every_place_from_the_fathers_pdfs(plangen: Callable[..., Run], tmp_path: Path) -> None:
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
        assert len(pdfs) >= 4, [pdf.name for pdf in pdfs]  # no child's version for Rosie
        for pdf in pdfs:
            formal = not ("family" in pdf.name or "child" in pdf.name)
            needles = [n for n in NEEDLES[name] if not (formal and n in STAFF[name])]
            text = squash(pdf_text(pdf))
            assert [n for n in needles if n in text] == [], pdf.name


# Each family test plan that keeps someone's whereabouts from a core-group member, and
# that member.  Before: 20 of their 73 action rows said nothing but "[details not
# shared]" in that member's copy (5 of Craig's 6); now none does.
WITHHELD_FROM = {
    "plan-01": "Imran Khan",
    "plan-08": "Carl Evans",
    "plan-23": "Lee Marshall",
    "plan-32": "Ryan Lewis",
    "plan-33": "Reece Dunmore",
    "plan-35": "Dean Hale",
    "plan-65": "Tariq Iqbal",
    "plan-82": "Lee Morris",
    "plan-88": "Craig Brennan",
    "plan-89": "Stacey Reid",
}


@pytest.mark.parametrize("name", sorted(WITHHELD_FROM))
def it_says_what_each_action_is_in_the_withheld_members_copy(name: str) -> None:
    [plan] = read_plans(PLANS.parent.parent / "family_plans" / f"{name}.json")
    assert isinstance(plan, Plan)
    context = family_context(plan, glossary(), recipient=WITHHELD_FROM[name])
    for row in context["actions"]:
        said = row["what"].replace("[details not shared]", "").strip(" .;,")
        assert len(said.split()) >= 2, row["what"]
