"""The kinds of slip reader 32 found in the family and own copies that were still there
at stop 33 (held-out plans 163-172), each on a minimal plan or context."""

from __future__ import annotations

from typing import Any

from plangen.family.context import family_context
from plangen.family.held_words import CELL, in_words
from plangen.family.plain import glossary
from plangen.model import Plan
from plangen.privacy.locating import HELD_BACK

from ..language import check_sentence


def _plan(**more: Any) -> Plan:
    """Jay (9), his mum Sue, his dad Lee, a social worker."""
    written: dict[str, Any] = {
        "kind": "cp-plan",
        "child": {"name": "Jay Cole", "age": 9},
        "plan_date": "2026-11-02",
        "core_group": [
            {"name": "Sue Cole", "role": "Mother"},
            {"name": "Lee Cole", "role": "Father"},
            {"name": "Amara Osei", "role": "Social Worker", "lead_professional": True},
        ],
        "child_views": "Jay says he misses his dog.",
    }
    return Plan.model_validate(written | more)


def _row(who: str, what: str, often: str = "every day") -> dict[str, str]:
    return {"who": who, "what": what, "how_often": often, "by_when": "Ongoing"}


# --- 1. a row held back whole goes, with its who, how often and by when ---------------


def it_leaves_out_a_row_whose_task_was_held_back_whole() -> None:
    context = {
        "actions": [
            _row("Amara Osei (social worker)", f"{HELD_BACK}."),
            _row("Lee Cole", "Go to the course", "once a week"),
            _row("A worker", CELL),
        ],
        "changes": [],
    }
    worded, held = in_words(context)
    # before: "Amara Osei (social worker) | Not included in this copy. | every day"
    # told the reader that someone has a daily routine
    assert [row["what"] for row in worded["actions"]] == ["Go to the course"]
    assert all(not path.startswith("actions[") for path, _ in held)


def it_keeps_the_drafts_places_on_the_rows_that_stay() -> None:
    context = {
        "actions": [
            _row("Amara Osei", f"{HELD_BACK}."),
            _row("[name not shared]", "Check on Jay at school"),
        ],
    }
    worded, held = in_words(context)
    assert len(worded["actions"]) == 1
    assert held == [("actions[0].who", "[name not shared]")]


def it_tells_no_progress_of_a_change_held_back_whole() -> None:
    context = {
        "changes": [
            {
                "text": f"Change 2: {HELD_BACK}.",
                "progress": "At the review on 18 November 2026, this had not changed yet.",
                "how_we_know": "For change 2, we will look for: Jay goes every day.",
            }
        ]
    }
    worded, _ = in_words(context)
    [change] = worded["changes"]
    assert change["text"].endswith("will talk to you about this part of the plan.")
    assert change["progress"] == "" and change["how_we_know"] == ""


def it_names_the_service_whose_task_a_withheld_worker_does() -> None:
    context = {"actions": [_row("[name not shared]", "The school will monitor behaviour")]}
    worded, _ = in_words(context)
    [row] = worded["actions"]
    # before: "A worker | The school will monitor behaviour"
    assert (row["who"], row["what"]) == ("The school", "Monitor behaviour")


# --- 2. a pronoun left with no one to stand for ---------------------------------------


def it_names_the_child_where_the_worrys_cause_was_held_back() -> None:
    worry = f"We are worried because {HELD_BACK}. This can mean harm. He may be excluded."
    context = {"child_name": "Jay", "worries": [worry]}
    worded, _ = in_words(context, pronoun="he")
    [said] = worded["worries"]
    assert said.endswith("This can mean harm. Jay may be excluded.")
    assert "He may" not in said


def it_leaves_a_pronoun_that_is_not_the_childs_as_it_is() -> None:
    worry = f"We are worried because {HELD_BACK}. This can mean harm. She may be hurt."
    worded, _ = in_words({"child_name": "Jay", "worries": [worry]}, pronoun="he")
    assert worded["worries"][0].endswith("She may be hurt.")
    # a worry whose cause is still there keeps its own "he"
    kept = "We are worried because Jay hits out. He may be excluded."
    worded, _ = in_words({"child_name": "Jay", "worries": [kept]}, pronoun="he")
    assert worded["worries"][0] == kept


# --- 3. the reader's own name, never in the third person in his own copy ---------------


def _his_plan() -> Plan:
    return _plan(
        risks=[
            {
                "risk_factor": "Lee hit Sue in front of Jay. Lee on bail; MARAC high risk.",
                "outcomes": [
                    {
                        "text": "Lee completes DAPP and accepts responsibility for his behaviour.",
                        "actions": [{"text": "DAPP", "responsible": ["Lee Cole"]}],
                    }
                ],
            }
        ]
    )


def it_says_a_note_of_bail_to_him_as_you() -> None:
    [worry] = family_context(_his_plan(), glossary(), recipient="Lee Cole")["worries"]
    # before: "Lee on bail; MARAC high risk." in Lee's own copy
    assert "You are on bail" in worry and "Lee" not in worry
    [generic] = family_context(_his_plan(), glossary())["worries"]
    assert "Lee is on bail" in generic


def it_says_his_own_change_to_him_as_what_he_will_do() -> None:
    [change] = family_context(_his_plan(), glossary(), recipient="Lee Cole")["changes"]
    assert change["text"] == (
        "You will complete DAPP and accept responsibility for your behaviour."
    )
    hits = check_sentence(change["text"], names={"Lee"}, child="Jay", version="family")
    assert not list(hits)


def it_leaves_a_his_that_may_be_someone_elses_as_written() -> None:
    plan = _plan(
        risks=[
            {
                "risk_factor": "Lee shouts.",
                "outcomes": [{"text": "Lee takes Jay to see his nan each week."}],
            }
        ]
    )
    [change] = family_context(plan, glossary(), recipient="Lee Cole")["changes"]
    assert "his nan" in change["text"]


def it_checks_for_the_readers_own_name_in_her_own_copy() -> None:
    from ..language_family import check_family

    def kinds(sentence: str) -> list[str]:
        return [kind for kind, _ in check_family(sentence, reader="Lee", others={"Sue"})]

    assert "own-third" in kinds("Lee on bail; MARAC high risk.")
    assert "own-third" in kinds("Change 4: Lee completes DAPP.")
    assert "own-third" not in kinds("This copy is for Lee Cole.")
    assert "own-third" not in kinds('Sue said: "Lee frightens me."')
    assert "own-third" not in kinds("You are on bail.")


# --- 4. a practice word left in is explained (reader 32, B16) --------------------------


def it_explains_practice_words_a_worker_leaves_in() -> None:
    plan = _plan(
        risks=[
            {
                "risk_factor": "Lee has a conviction for ABH. Jay was found in another "
                "county line.",
                "risk_to_child": "Sue is supported by the Community LD Nurse.",
            }
        ]
    )
    context = family_context(plan, glossary())
    box = {row["term"] for row in context["words_we_use"]}
    assert {"ABH", "county line", "LD"} <= box
    assert "a conviction for ABH" in context["worries"][0]


# --- 5. a harm that only names what is at stake --------------------------------------


def _worry(factor: str, harm: str) -> str:
    """The family version's one worry of a plan with one risk."""
    plan = _plan(risks=[{"risk_factor": factor, "risk_to_child": harm}])
    [worry] = family_context(plan, glossary())["worries"]
    return str(worry)


def it_says_what_a_worry_can_affect_as_a_sentence() -> None:
    worry = _worry(
        "Jay has been missing school.", "Jay's sexual health. He has missed two clinic visits."
    )
    # before: "This can mean that Jay's sexual health."
    assert "This can affect Jay's sexual health. He has missed" in worry
    assert "mean that Jay's" not in worry
    # a sentence that says who must not know is held (privacy/echoes.py), and the harm
    # before it still reads as a sentence
    worry = _worry(
        "Jay has been missing school.", "Jay's sexual health. He does not want his dad to know."
    )
    assert "This can affect Jay's sexual health." in worry
    assert "want his dad" not in worry


def it_gives_a_row_with_nobody_named_the_doer_its_task_names() -> None:
    context = {"actions": [_row("", "You will go to the alcohol service")]}
    worded, _ = in_words(context)
    # before: " | You will go to the alcohol service |  | As soon as possible"
    assert worded["actions"][0]["who"] == "You"


# --- 6. what the child calls the reader is the reader --------------------------------


def it_says_the_childs_word_for_the_reader_to_her_as_you() -> None:
    plan = _plan(
        core_group=[
            {"name": "Eira Price", "role": "Maternal grandmother (Nain), kinship carer"},
            {"name": "Amara Osei", "role": "Social Worker", "lead_professional": True},
        ],
        risks=[
            {
                "risk_factor": "Jay's dad came to school drunk.",
                "outcomes": [
                    {
                        "text": "Jay is safe at school.",
                        "actions": [
                            {
                                "text": "Only Nain or Amara can collect Jay from school",
                                "responsible": ["Amara Osei"],
                            }
                        ],
                    }
                ],
            }
        ],
    )
    [row] = family_context(plan, glossary(), recipient="Eira Price")["actions"]
    # before: "Only Nain or Amara can collect Jay" in Nain's own copy
    assert row["what"].startswith("Only you or Amara can collect Jay")


def it_says_a_list_of_harms_without_that() -> None:
    worry = _worry(
        "Jay has no family doctor.", "Pain, infection and poor sleep; missed immunisations."
    )
    # before: "This can mean that pain, infection and poor sleep; missed immunisations."
    assert "This can mean pain, infection and poor sleep" in worry


def it_reads_a_schools_name_in_brackets_as_no_one_who_could_be_he() -> None:
    plan = _plan(
        risks=[
            {
                "risk_factor": "Lee turned up drunk at Jay's old school (Ysgol y Foryd) "
                'saying he would "take him back".'
            }
        ]
    )
    [worry] = family_context(plan, glossary(), recipient="Lee Cole")["worries"]
    # before: "We are worried because Lee drinks ... saying he would" in Lee's own copy
    assert worry.startswith("We are worried because you turned up drunk")
    assert "saying you would" in worry


def it_explains_no_word_only_a_row_held_back_used() -> None:
    from plangen.family.versions import _still_used

    box = [
        {"term": "DAPP", "explain": "A DAPP is a course."},
        {"term": "MARAC", "explain": "MARAC is a meeting."},
    ]
    # the row that said "DAPP" went whole (in_words): the box keeps only MARAC
    context = {"worries": ["MARAC high risk."], "actions": [], "words_we_use": box}
    assert [row["term"] for row in _still_used(context, glossary())] == ["MARAC"]


def it_keeps_the_childs_word_for_her_where_the_sentence_cannot_be_said_to_her() -> None:
    from dataclasses import replace

    from plangen.family.household import Relative
    from plangen.family.reader import to_reader
    from plangen.family.voice import household

    plan = _plan(core_group=[{"name": "Eira Price", "role": "Maternal grandmother (Nain)"}])
    who = household(plan, [])
    reader = replace(Relative("Eira Price", "Eira", "", "she"), alias="Nain")
    # "her skin" may be the child's: left whole, and "Nain" stays (never "at Eira")
    said = "Jay's sister picks her skin and shouts at Nain."
    assert to_reader(said, who, reader) == said
