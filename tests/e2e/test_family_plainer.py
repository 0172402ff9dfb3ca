"""The family version in plainer words, read back from the .docx: a long sentence of
two things that will happen is two sentences, shortenings and long job titles are
everyday words, and nothing of what will happen is lost."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from ..conftest import ROOT, Run

# a plan from the independent set as a skeleton; every text the tests read is set here
SKELETON = ROOT / "tests" / "family_plans" / "plan-20.json"


def text_of(docx: Path) -> str:
    document = Document(str(docx))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(parts)


@pytest.fixture
def family_of(plangen: Callable[..., Run], tmp_path: Path) -> Callable[..., str]:
    """The family version's text for the skeleton plan with ``changes`` made to it."""

    def make(change: Callable[[dict[str, Any]], None]) -> str:
        plan = json.loads(SKELETON.read_text())
        change(plan)
        intake = tmp_path / "plan.json"
        intake.write_text(json.dumps(plan))
        result = plangen("generate", intake, "--out", "out")
        assert result.exit_code == 0, result.stderr
        [docx] = (tmp_path / "out").rglob("*-family.docx")
        return text_of(docx)

    return make


def contingency(text: str) -> Callable[[dict[str, Any]], None]:
    def change(plan: dict[str, Any]) -> None:
        plan["contingency"]["plan"] = text

    return change


def it_says_two_things_that_will_happen_as_two_sentences(family_of: Callable[..., str]) -> None:
    text = family_of(
        contingency(
            "Kai will go to Nan's that day and the social worker will hold a strategy meeting "
            "within 24 hrs to decide what happens next."
        )
    )
    assert (
        "Kai will go to Nan's that day. "
        "The social worker will also hold a safety meeting of workers within 24 hours. "
        "The meeting will decide what happens next." in text
    )


def it_keeps_what_a_condition_governs_in_its_sentence(family_of: Callable[..., str]) -> None:
    # round 29: "If X, A will ... and B will ..." split read B as happening anyway
    text = family_of(
        contingency(
            "If either parent is found using while caring for Kai, Kai will go to Nan's that "
            "day and the social worker will hold a strategy meeting within 24 hrs to decide "
            "what happens next."
        )
    )
    assert (
        "If either parent is found using while caring for Kai, Kai will go to Nan's that day "
        "and the social worker will hold a safety meeting of workers within 24 hours. "
        "The meeting will decide what happens next." in text
    )


def it_leaves_an_and_inside_the_condition_alone(family_of: Callable[..., str]) -> None:
    written = (
        "If Dean will not agree to the plan and the nursery will not see Kai for a whole "
        "week, a meeting will be held within ten working days."
    )
    assert written in family_of(contingency(written))


def it_leaves_a_short_sentence_and_brackets_alone(family_of: Callable[..., str]) -> None:
    text = family_of(
        contingency(
            "Kai will go to Nan's and Nan will keep him. A meeting will be held within ten "
            "working days (the school will come and the police will be told)."
        )
    )
    assert "Kai will go to Nan's and Nan will keep him." in text
    assert "(the school will come and the police will be told)" in text


def it_writes_shortenings_and_job_titles_in_everyday_words(family_of: Callable[..., str]) -> None:
    def change(plan: dict[str, Any]) -> None:
        actions = plan["risks"][0]["outcomes"][0]["actions"]
        actions[1]["text"] = "Unannounced home visits incl. evening; letter from HV re damp"
        actions[3]["text"] = "Medication review (e.g. with the GP) approx. every 2 wks"

    text = family_of(change)
    # "from HV": a shortening said like a name takes "the" when made plain
    assert (
        "Surprise home visits including evening; letter from the health visitor about damp" in text
    )
    assert "Medicine review (for example with the family doctor) about every 2 weeks" in text
    assert "Amy Nicholson (health visitor)" in text
    # a job title kept by its name is explained in the box
    assert "health visitor | A health visitor is a nurse" in text
    for shortening in ("incl.", "HV", " re ", "e.g.", "approx."):
        assert shortening not in text.split("Words we use")[0], shortening


def it_opens_with_short_plain_sentences(family_of: Callable[..., str]) -> None:
    text = family_of(lambda plan: None)
    assert (
        "It says what needs to change so that Kai is safe and well. It also says who will help."
        in text
    )
    assert (
        "Kai has a child protection plan. This means the workers who help your family are "
        "worried that Kai could come to serious harm. You and the workers must work together "
        "to keep Kai safe." in text
    )
    assert "For change 1, we will look for:" in text and "look for this" not in text


def it_starts_a_sentence_after_a_full_stop_with_a_capital(family_of: Callable[..., str]) -> None:
    def change(plan: dict[str, Any]) -> None:
        plan["risks"][1]["risk_factor"] = (
            "Parents have no explanation for the bruise. s47 enquiry and police checks ongoing"
        )
        plan["risks"][1]["risk_to_child"] = "Kai's emotional wellbeing"

    text = family_of(change)
    assert "because you have no explanation for the bruise. Formal check on Kai's safety" in text
    assert "This can mean Kai's feelings and mental health." in text


def it_speaks_to_both_parents_as_both_of_you(family_of: Callable[..., str]) -> None:
    text = family_of(lambda plan: None)
    assert "Both of you using crack cocaine" in text and "Both you " not in text
    assert "cared for by you when you are" in text


def it_turns_notes_into_sentences(family_of: Callable[..., str]) -> None:
    def change(plan: dict[str, Any]) -> None:
        plan["risks"][0]["outcomes"][0]["actions"][2]["text"] = "Dean to attend a parenting course"
        plan["risks"][0]["outcomes"][0]["actions"][3]["text"] = "Parents to keep the box locked"
        plan["risks"][1]["risk_factor"] = "Self-harm - Stacey cut her arms in May"
        plan["risks"][1]["risk_to_child"] = "Kai at risk of seeing it"

    text = family_of(change)
    assert "Dean will attend a parenting course" in text
    assert "You will keep the box locked" in text
    assert "We are worried about self-harm. Stacey cut her arms in May." in text
    assert "This can mean that Kai is at risk of seeing it." in text


def it_gives_the_child_a_helpers_job_in_everyday_words(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    plan = json.loads(SKELETON.read_text())
    plan["child"]["date_of_birth"] = "2019-07-09"  # 5: a child under 4 gets no version
    plan["core_group"][1]["role"] = "Paediatric Physiotherapist"
    plan["next_core_group"]["details"] = "Ysgol Glan yr Afon, 2pm"
    (tmp_path / "plan.json").write_text(json.dumps(plan))
    assert plangen("generate", tmp_path / "plan.json", "--out", "out").exit_code == 0
    [child] = (tmp_path / "out").rglob("*-child.docx")
    [family] = (tmp_path / "out").rglob("*-family.docx")
    assert "Rob is my children's physiotherapist." in text_of(child)
    assert "look after me if either parent uses, at weekends." in text_of(child)  # not "Weekends"
    for text in (text_of(child), text_of(family)):
        assert "Glan yr Afon" in text  # a place's name is never "plain words"


def it_says_what_a_meeting_is_for_in_a_sentence_of_its_own(
    family_of: Callable[..., str],
) -> None:
    text = family_of(
        contingency(
            "If Kai is found alone at home again, a strategy meeting will be held within 24 "
            "hours to consider whether Kai should stay with Nan for a while."
        )
    )
    assert (
        "If Kai is found alone at home again, a safety meeting of workers will be held within "
        "24 hours. The meeting will consider whether Kai should stay with Nan for a while." in text
    )


def it_keeps_a_purpose_that_is_someone_elses_with_them(family_of: Callable[..., str]) -> None:
    written = (
        "If Kai misses nursery for a week, the social worker will call a meeting within 10 "
        "working days and ask the council to consider a different plan for Kai."
    )
    assert written in family_of(contingency(written))


def it_tells_a_young_child_what_will_change_and_the_parents_how_it_is_measured(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    plan = json.loads(SKELETON.read_text())
    plan["child"]["date_of_birth"] = "2019-07-09"  # 5: a child under 4 gets no version
    plan["risks"][0]["outcomes"][0]["text"] = (
        "Kai sleeps in his own bed every night: at least 5 nights a week, checked by Nan"
    )
    (tmp_path / "plan.json").write_text(json.dumps(plan))
    assert plangen("generate", tmp_path / "plan.json", "--out", "out").exit_code == 0
    [child] = (tmp_path / "out").rglob("*-child.docx")
    [family] = (tmp_path / "out").rglob("*-family.docx")
    assert "I will sleep in my own bed every night." in text_of(child)  # a goal
    assert "at least 5 nights" not in text_of(child)  # Kai is 5
    assert (
        "Kai sleeps in his own bed every night: at least 5 nights a week, checked by Nan"
        in text_of(family)
    )
