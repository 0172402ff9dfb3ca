"""The child's version ("My plan") against the kinds an independent CP chair found in
the child's versions of four examples and ten held-out plans (reader29): a meaning
reversed or a grown-up's work said as the child's, a job title eaten by a plain-word
swap, adult inspection words, a helper named with nothing they will do,
the child's own name, and a goal said as a fact.  Each from a plan written for this test."""

from __future__ import annotations

import json
from typing import Any

from plangen.family.child import child_context
from plangen.family.plain import glossary
from plangen.model import Plan

from .test_child_turning import _plan as _skye


def _plan(
    *,
    child: str = "",
    risk: str = "",
    outcome: str = "",
    actions: list[dict[str, Any]] | None = None,
    people: list[dict[str, Any]] | None = None,
    contingency: str = "",
) -> Plan:
    """Skye's plan (test_child_turning), age 11, with another child's name, risk or
    outcome where a test needs one."""
    data = _skye(age=11, actions=actions, people=people, contingency=contingency).model_dump()
    if child:
        data["child"]["name"] = child
    if risk:
        data["risks"][0]["risk_factor"] = risk
    if outcome:
        data["risks"][0]["outcomes"][0]["text"] = outcome
    return Plan.model_validate(data)


def _context(plan: Plan) -> dict[str, Any]:
    return child_context(plan, glossary())


def _printed(context: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in context.items() if k != "notes"}, ensure_ascii=False)


def _helpers(context: dict[str, Any]) -> list[str]:
    return [f"{h['text']} {h['what']}".strip() for h in context["helpers"]]


# 1. a meaning reversed, or a grown-up's work said as mine ------------------------------


def it_never_gives_the_child_a_pronoun_that_may_be_the_other_subjects() -> None:
    """ "If Dad passes on where Kyle is, his phone contact stops": Dad's contact, never
    "my phone contact stops" (Kyle was told he would lose his)."""
    plan = _plan(
        child="Kyle Rennie",
        risk="Lewis has hurt Gemma at home while Kyle hid in his room.",
        outcome="Kyle feels safe at home and at school.",
        contingency="If Lewis passes on where Kyle is, his phone contact stops the same day.",
    )
    said = _context(plan)["if_not"]
    assert "phone contact stops" in said  # not left out: kept in the worker's words
    assert "my phone contact" not in said


def it_never_says_a_grown_ups_tests_or_drinking_work_is_for_me() -> None:
    """ "Nia and Rhian will arrange random breathalysing at visits for me", "Dean will
    have alcohol assessment and key work with me" (Tyler, 11)."""
    plan = _plan(
        people=[{"name": "Dean Powell", "role": "Substance Misuse Worker"}],
        actions=[
            {"text": "Random breathalysing at visits", "responsible": ["Priya Shah"]},
            {"text": "Alcohol assessment and key work", "responsible": ["Dean Powell"]},
        ],
    )
    context = _context(plan)
    for line in _helpers(context) + context["grown_ups"]:
        assert not ("for me" in line and "breathalys" in line), line
        assert not ("with me" in line and "alcohol" in line), line
    assert not any(h.startswith("Dean is my drug") for h in _helpers(context))


# 2. a job title eaten by a plain-word swap ---------------------------------------------


def it_says_a_role_in_words_a_child_understands_never_a_swapped_phrase() -> None:
    plan = _plan(
        people=[
            {"name": "Becky Shaw", "role": "CSE / Missing Worker", "phone": "01632 960 845"},
            {"name": "Olivia Grant", "role": "Lead Professional Social Worker"},
            {"name": "PC Dan Whitfield", "role": "Missing from Home / Exploitation Officer"},
        ],
        actions=[{"text": "Weekly sessions with Skye at school", "responsible": ["Becky Shaw"]}],
    )
    helpers = " ".join(_helpers(_context(plan)))
    assert "Becky is a worker who helps keep me safe." in helpers
    assert "Olivia is my social worker." in helpers
    assert "PC Whitfield is a police officer who helps keep me safe." in helpers
    for broken in ("is my being", "main worker social worker", "is my missing"):
        assert broken not in helpers


# 3. adult inspection words -------------------------------------------------------------


def it_says_what_will_be_better_in_a_childs_words() -> None:
    plan = _plan(
        outcome=(
            "Gemma and Lewis meet Skye's basic needs. Skye is clean, fed, appropriately "
            "dressed and ready to learn, sustained for 3 months."
        ),
        actions=[{"text": "Check presentation and listen to Skye", "responsible": ["Priya Shah"]}],
    )
    printed = _printed(_context(plan))
    for adult in ("basic needs", "appropriately", "ready to learn", "sustained", "presentation"):
        assert adult not in printed, adult


# 4. helpers named and said to do something; my own name; a goal, never a fact ----------


def it_never_names_a_helper_with_nothing_they_will_do() -> None:
    plan = _plan(
        people=[{"name": "Billy Jones", "role": "School Nurse"}],
        actions=[
            {"text": "Remind parents of all health appointments", "responsible": ["Billy Jones"]}
        ],
    )
    [billy] = [h for h in _context(plan)["helpers"] if h["text"].startswith("Billy")]
    assert billy["what"].startswith("Billy will ")


def it_never_uses_the_childs_own_name_where_a_grown_up_of_her_gender_acts() -> None:
    plan = _plan(
        risk="Lewis has hurt Gemma at home while Skye hid in her room.",
        contingency="If Skye goes missing, Gemma will report her missing to police after 1 hour.",
    )
    said = _context(plan)["if_not"]
    assert "Skye" not in said
    assert "report me missing" in said


def it_says_what_will_be_better_as_a_goal_never_as_a_fact() -> None:
    changes = _context(_plan())["changes"]
    assert changes[0]["text"] == "I will feel safe at home and at school."


def it_never_leaves_a_main_worry_out_of_why_i_have_a_plan() -> None:
    """Ruby's attendance, the first and main worry, was missing: at least its topic."""
    plan = _plan(
        risk=(
            "Skye's attendance fell to 82% last term and she was late on 11 days; mornings "
            "at home are rushed and she is upset at the classroom door"
        )
    )
    worries = " ".join(_context(plan)["worries"])
    assert "how often I get to school" in worries or "attendance" in worries
