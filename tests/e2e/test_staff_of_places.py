"""Staff of a place withheld from a reader are said by role only in every copy that
reader gets (reader 31, held-out plans 153, 156, 157, 158: "Mrs Davies (school
counsellor)" and "Mr Qureshi (learning mentor)" in a father's own copy, and the head
teacher's name in the formal plan he receives as a core-group member, though plangen's
own review comment said "a name leads to a school ... as surely").

``locating_plans/plan-l31.json`` keeps the school (and the mother's and child's address)
from Craig; its head teacher is in the core group, its counsellor only in a Who cell.
"""

from __future__ import annotations

from pathlib import Path

from ..leaks import leaks
from .locating_copies import copies_for

READER = "Craig Vale"
NAMES = ["thorley", "davies", "quarrydene"]


def _his(tmp_path: Path) -> dict[str, bytes]:
    found = copies_for("plan-l31", READER, tmp_path)
    assert all(len(each) == 1 for each in found.values()), {c: len(e) for c, e in found.items()}
    return {copy: each[0] for copy, each in found.items()}


def it_says_staff_of_a_withheld_school_by_role_in_every_copy_he_gets(tmp_path: Path) -> None:
    # the review copy too: it goes to the core group, and a rule's comment quoting the
    # Who cell says it by role, as the plan does (stop 32)
    for copy, data in _his(tmp_path).items():
        assert leaks(data, NAMES) == [], copy


def it_keeps_the_work_they_do_said_by_their_role(tmp_path: Path) -> None:
    his = _his(tmp_path)
    # before: "Mrs Davies (school counsellor)" in his Who column, "Ann Thorley" in the
    # formal plan's core group and contingency
    said = ["theschoolcounsellorwillmeetrubyeachweek", "ifyoucometotheschooltheheadteacher"]
    assert leaks(his["own"], said) == said
    assert leaks(his["plan"], ["theschoolcounsellor", "theheadteacherwillcallthepolice"]) == [
        "theschoolcounsellor",
        "theheadteacherwillcallthepolice",
    ]


def it_keeps_her_domestic_abuse_support_from_the_father(tmp_path: Path) -> None:
    """Held-out plan 158 (reader 31): the change was hidden from the father, but his copy
    still said "For change 3, we will look for: Roseanne attends sessions." and "The
    abuse at home outreach worker | Outreach support | once a week"."""
    his = _his(tmp_path)
    gone = ["hanaattendssessions", "outreachsupport", "stopabusewestshire"]
    for copy in ("own", "family"):
        assert leaks(his[copy], gone) == [], copy
    # the mother's own copy keeps her change and its measure
    [hers] = copies_for("plan-l31", "Hana Vale", tmp_path)["own"]
    assert leaks(hers, ["youattendsessions", "outreachsupport"]) == [
        "youattendsessions",
        "outreachsupport",
    ]


def it_keeps_her_diagnosis_and_relapse_signs_from_the_father(tmp_path: Path) -> None:
    """Held-out plan 156 (reader 31): the father she is protected from read "Morag has
    paranoid schizophrenia.", her early warning signs "(not sleeping, talking about the
    television)" and "The crisis plan is written, signed and on the fridge."."""
    his = _his(tmp_path)
    gone = ["bipolar", "notsleeping", "onthefridge"]
    for copy in ("own", "family"):
        assert leaks(his[copy], gone) == [], copy
    # what he must know stays: the police if he comes to the school
    said = ["ifyoucometotheschooltheheadteacherwillcallthepolice"]
    assert leaks(his["own"], said) == said
    [hers] = copies_for("plan-l31", "Hana Vale", tmp_path)["own"]
    assert leaks(hers, gone) == gone
