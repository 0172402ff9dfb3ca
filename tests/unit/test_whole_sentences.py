"""Whole sentences, not placeholder soup, in a withheld reader's copies (reader 29):
:mod:`plangen.privacy.sentences`, the "at <Name>'s" locator, and PLAN-21's note."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy.locating import HELD_BACK, HELD_ON_RECORD, SOMEONES_HOME, People, locators
from plangen.privacy.sentences import tidied, whose
from plangen.rules import check

PLANS = Path(__file__).resolve().parents[1] / "e2e" / "locating_plans"
SAID = whose(["Gary Holt", "Dad", "dad"], ["Anna Holt", "Poppy Holt"])


@pytest.mark.parametrize(
    "text",
    [
        # about the protected mother, markers in it: what is around them still tells
        f"Anna works early {HELD_BACK} so she can be home after school, and has {HELD_BACK}.",
        f"Anna said she feels safer {HELD_BACK}.",
        # a withheld detail's own marker
        "Anna has a new mobile ([phone number not shared]) - given to school only.",
        # two markers, whoever it is about
        f"Registered {HELD_BACK}; jabs given {HELD_BACK}.",
        # a child's words about hiding where she is from the reader
        'Poppy does not want her dad to know where she lives: "He shouts."',
    ],
)
def it_takes_the_sentence_whole(text: str) -> None:
    assert tidied(f"Gary wants more time. {text}", SAID, whole=None) == "Gary wants more time."
    assert tidied(text, SAID, whole=HELD_ON_RECORD) == f"{HELD_ON_RECORD}."


def it_takes_a_clause_naming_no_one_with_the_clause_before_it() -> None:
    text = "Anna has a new mobile ([phone number not shared]); the old number is cut off."
    assert tidied(text, SAID, whole=None) == HELD_BACK
    # and a sentence going on about her ("She ...") goes with her
    said = f"Anna is here. She would like a flat {HELD_BACK}. Gary agrees."
    assert tidied(said, SAID, whole=None) == "Anna is here. Gary agrees."


def it_keeps_the_readers_own_sentence_with_one_marker() -> None:
    text = f"Gary to have contact {HELD_BACK}, Saturday 10-{HELD_BACK}, and to arrive on time."
    said = tidied(text, SAID, whole=None)
    assert said == f"Gary to have contact {HELD_BACK}, and to arrive on time."
    # a sentence with one marker about no one goes whole all the same: what is left
    # around a cut is the clue (reader 30: "She goes to the gym [held] and Thurs nights")
    other = f"No incidents since {HELD_BACK}."
    assert tidied(other, SAID, whole=None) == HELD_BACK


def it_takes_an_actions_cut_sentence_whole_unless_it_is_the_readers() -> None:
    # reader 30: "Observe Noah [held] and share the daily diary" says where he is seen
    text = f"Jo to walk Poppy {HELD_BACK} each morning and to meet her {HELD_BACK}."
    assert tidied(text, SAID, whole=None, task=True) == HELD_BACK
    assert tidied(text, SAID, whole=HELD_ON_RECORD, task=True) == f"{HELD_ON_RECORD}."
    # the reader's own action keeps what he must do, its markers said once
    said = tidied(text, SAID, whole=None, task=True, own=True)
    assert said == f"Jo to walk Poppy {HELD_BACK}."


def _plan() -> Plan:
    [plan] = read_plans(PLANS / "plan-l7.json")
    assert isinstance(plan, Plan)
    return plan


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Milo stays at Pat's at weekends.", True),
        ("Milo home at Pat's house every Friday.", True),
        ("Milo sleeps at Hana's.", True),
        ("Craig will meet Nadia at Craig's request.", False),  # no home
        ("Milo visits at Craig's.", False),  # the reader's own home
        ("Milo wants to go to Pat's at Christmas.", False),  # a visit, not where he is
    ],
)
def it_finds_someones_home(text: str, home: bool) -> None:
    people = People.of(_plan(), ["Craig Reed"])
    assert (SOMEONES_HOME in locators(text, people)) is home


def it_claims_no_more_than_plangen_holds_back() -> None:
    """PLAN-21's note in the review copy said withheld places "are held back" where the
    father's copy still said she has a new mobile and where the child stays (reader 29,
    'false assurance'): it says what plangen holds back, and asks for the copies to be
    read."""
    plan = _plan()
    [note] = [f for f in check(plan) if f.rule == "PLAN-21" and "can be found" in f.problem]
    assert "hold these details back" not in note.problem
    assert "read those copies before they are sent" in note.problem


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # how the protected mother lives, no marker at all (held-out 133, 134, 141)
        (
            "Kayleigh is 19, a care leaver, with low mood since the birth (EPDS 16 at 8"
            " weeks) and she has moved away from everyone she knows.",
            "",
        ),
        ("Kayleigh's EPDS score goes down from 16; Gary attends.", "Gary attends."),
        ("Weight checks; Anna seen on her own at one visit in three.", "Weight checks."),
        ("Anna wants contact to carry on but not to see Gary herself.", ""),
        ("Gary not to be given Anna's new number.", ""),
        # the reader's own sentence, and one about the child, stay
        ("Gary strangled Anna while she was holding Poppy.", None),
        ("Poppy is at risk of harm (she was in Anna's arms) and to her mental health.", None),
    ],
)
def it_takes_how_she_lives_whole_marker_or_none(text: str, kept: str | None) -> None:
    said = whose(["Gary Holt", "Dad"], ["Anna Holt", "Poppy Holt"], ["Poppy Holt"])
    assert tidied(text, said, whole=None) == (text if kept is None else kept or HELD_BACK)
