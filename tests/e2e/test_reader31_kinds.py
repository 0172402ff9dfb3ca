"""The kinds still in reader 30's copies after stop 30 (held-out plans 143, 146, 147,
151 and 152), on a plan of our own (``locating_plans/plan-l10.json``): Kerry and Ruby
(4) live where Dean, who was violent to Kerry, must not find them.  Every part of every
file Dean may get (his own copy, the family copy, the child's version, the formal plan
and the review copy) is searched for what must not reach him, and the sentence he
should read is asserted:

1. an action with a clue cut from its words goes whole, in the formal plan too: its row
   stays with who, how often and by when ("Observe Noah [held] and share the daily
   diary" told Leanne where Noah is seen every day);
2. what must change for the child is said without the clue, not held back whole
   (Leanne's "Change 1" and "Change 2" said only "Your social worker will talk to you
   about this part of the plan");
3. the reader's own family time keeps its venue ("Your contact with Noah supervised,
   Carmarthen" had lost "at Ty Teulu Contact Centre");
4. a protected mother's mental health, said of no one by name ("Referral to perinatal
   mental health team"), and a new doctor ("Sana will see her new family doctor") go;
5. a reader's own sentence is never cut where its words run on ("If you breach bail or
   turn up emergency accommodation in another area the same day");
6. the child's version does not say where the child stays ("Fiona will visit me at
   the flat").
"""

from __future__ import annotations

import pytest

from plangen.privacy.locating import HELD_BACK
from plangen.privacy.outcomes import outcome_core
from plangen.privacy.sentences import tidied, whole_sentences, whose

from ..leaks import body_text, leaks
from .locating_copies import copies_for, plan_named

READER = "Dean Hale"
WITHHELD = ["brookway", "pn24rt", "penmor", "07700900661", "bluebell", "sianpugh", "valeroad"]
# what is left around a cut, and what he must not be told
CLUES = ["observeruby", "perinatal", "mentalhealthteam", "gointonursery", "dropoff"]
COPIES = ["own", "family", "child", "plan", "review"]
ON_RECORD_ROW = (
    "Part of this action is held on the case record; the lead professional will talk "
    "it through with each person it concerns."
)


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    return copies_for("plan-l10", READER, tmp_path_factory.mktemp("l10"))


@pytest.mark.parametrize("copy", COPIES)
def it_gives_him_no_withheld_detail_and_no_clue(copies: dict[str, list[bytes]], copy: str) -> None:
    assert copies[copy], copy
    for docx in copies[copy]:
        assert leaks(docx, WITHHELD) == []
        assert leaks(docx, CLUES) == []


@pytest.mark.parametrize("copy", ["plan", "review"])
def it_holds_a_cut_action_whole_in_the_formal_plan(
    copies: dict[str, list[bytes]], copy: str
) -> None:
    [docx] = copies[copy]
    text = body_text(docx)
    assert "Observe Ruby [details held on the case record]" not in text
    assert "Observe Ruby" not in text
    assert ON_RECORD_ROW in text
    # what must change reads whole for the core group, the clue taken out
    assert (
        "Ruby has no contact with Dean other than what the core group agrees, for the life "
        "of the plan." in text
    )
    assert (
        "Ruby is settled with Mum: sleeps through 5 nights out of 7 and is dry most nights, "
        "for 2 months running." in text
    )
    # his own family time, where and when
    assert (
        "Dean's contact with Ruby supervised at Pen-y-Bryn Contact Centre, Newbridge - "
        "Saturdays 10am to 12pm" in text
    )


def it_tells_him_what_must_change_and_keeps_his_own_contact(
    copies: dict[str, list[bytes]],
) -> None:
    [own] = copies["own"]
    text = body_text(own)
    assert "Your social worker will talk to you about this part of the plan." not in text
    assert (
        "Change 1: Ruby has no contact with you other than what the group that checks the "
        "plan agrees, for the life of the plan." in text
    )
    assert (
        "Change 2: Ruby is settled with Kerry: sleeps through 5 nights out of 7 and is dry "
        "most nights, for 2 months running." in text
    )
    assert (
        "Your contact with Ruby supervised at Pen-y-Bryn Contact Centre, Newbridge - "
        "Saturdays 10am to 12pm" in text
    )
    # the observing and the referral are rows left out whole: a row "Not included in
    # this copy." told him who does something, and how often (reader 32, stop 33)
    assert "Not included in this copy." not in text


def it_leaves_an_outcome_without_a_clue_as_it_is() -> None:
    text = "Ruby sleeps through 5 nights out of 7 - checked by Mum's diary."
    assert outcome_core(text) == text
    # an outcome saying anything sensitive goes whole, not as what is left of a list
    kai = (
        "Kai feels good about who he is: goes to the [details not shared] weekly, and "
        "rates his mood 6/10"
    )
    assert outcome_core(kai) == kai


SAID = whose(["Gary Muir"], ["Kai Robertson"], ["Kai Robertson"])


def it_takes_a_readers_own_sentence_whole_where_a_cut_runs_on() -> None:
    broken = (
        "If Gary breaches bail or turns up [details not shared] emergency accommodation "
        "in another area the same day."
    )
    assert tidied(broken, SAID, whole=None) == "[details not shared]"
    # a cut at a clause's end is his own sentence still
    kept = "Gary to have contact [details not shared], and to arrive on time."
    assert tidied(kept, SAID, whole=None) == kept


def it_takes_a_new_doctor_whole() -> None:
    text = "Kai to see his new GP. Kai to go to school."
    assert tidied(text, SAID, whole=None) == "Kai to go to school."


def it_says_no_supported_home_in_the_childs_version() -> None:
    said = tidied("Visit Kai at the unit, seen alone.", SAID, whole=None, topics=False)
    assert said == "Visit Kai, seen alone."
    assert "unit" not in said


def it_tells_the_child_what_will_be_better_without_the_clue(
    copies: dict[str, list[bytes]],
) -> None:
    [child] = copies["child"]
    text = body_text(child)
    # the outcome whose check named a contact centre and a nursery was left out whole
    assert (
        "I will only see Dad when my helpers say it is safe, for as long as I have my plan." in text
    )


def it_takes_an_outcomes_measures_with_it_when_it_goes_whole() -> None:
    data = plan_named("plan-l10").model_dump()
    outcome = data["risks"][1]["outcomes"][0]
    outcome["text"] = "Ruby goes to the LGBT family group at least 3 times a month."
    said = whose([READER], ["Kerry Hale", "Ruby Hale"], ["Ruby Hale"])
    whole_sentences(data, said, whole=HELD_BACK)
    assert outcome["text"] == f"{HELD_BACK}."
    # "Sleep diary kept by the health visitor" would say what the change was
    assert outcome["success_looks_like"] == HELD_BACK


def it_takes_a_protected_young_persons_college_and_travel_pass_whole() -> None:
    said = whose(["Tariq Hussain"], ["Sana Hussain"], ["Sana Hussain"])
    text = "Sana attends college at least 90%. EMA and travel pass applications. The FMPO stays in force until 2027."
    assert tidied(text, said, whole=None) == "The FMPO stays in force until 2027."
