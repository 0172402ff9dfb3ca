"""Stop 32 (reader 32, items D5 and D6): plan-level kinds a CP chair read differently.
Each plan is a minimal one of the same kind as a held-out plan, never its text."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from plangen.model import CorePerson, PlanKind, Withholding
from plangen.outputs import make_files
from plangen.rules import check
from plangen.settings import Settings

from .test_rules import good_plan, outcome


def _raised(rule: str, **changes: str) -> list[str]:
    plan = good_plan()
    for field, value in changes.items():
        setattr(outcome(plan), field, value)
    return [f.problem for f in check(plan) if f.rule == rule]


@pytest.mark.parametrize(
    "period",
    [
        "for the whole time Betty is on the plan",
        "for all the time Betty is subject to the child protection plan",
        "while on the plan",
        "for as long as Betty is on the plan",
    ],
)
def it_reads_the_span_of_the_plan_as_the_period_an_outcome_holds(period: str) -> None:
    """Held-out 163's outcome held "for the whole time baby is on the plan": a period."""
    text = f"Betty has no contact with Dan unless the core group agrees it, {period}."
    assert _raised("PLAN-15", text=text) == []
    # the same outcome with no span is raised
    assert _raised("PLAN-15", text="Betty has no contact with Dan unless agreed.") == [
        "The outcome does not say how long the change must last."
    ]


def it_reads_knowing_how_to_stay_safe_as_no_state_held() -> None:
    """Held-out 165: "knows how to stay safe online" says what the child knows; "stay
    safe" there is no period, though "stays safe" as a state held is."""
    assert _raised("PLAN-15", text="Betty knows how to stay safe online.") == [
        "The outcome does not say how long the change must last."
    ]
    assert _raised("PLAN-15", text="Betty stays safe online and at home.") == []


def _action_cells(text: str, frequency: str, timescale: str) -> list[str]:
    plan = good_plan()
    action = outcome(plan).actions[0]
    action.text, action.frequency, action.timescale = text, frequency, timescale
    action.responsible = ["Harriet Hill"]
    for below in outcome(plan).actions[1:]:  # each with its own timescale, none shared
        below.timescale = "3 months"
    found = [f.place.segments[-1] for f in check(plan) if f.rule == "PLAN-06"]
    return [cell for cell in found if cell in ("frequency", "timescale")]


@pytest.mark.parametrize(
    ("text", "frequency", "timescale", "raised"),
    [
        # a duty that answers a breach has its trigger: "As required" is how often
        ("Serve the order on Dan and monitor breaches", "As required", "By 01/06/23", []),
        ("Monitor bail and tell the SW of any breach", "As required", "By 01/06/23", []),
        ("Police to respond on any breach of the order", "As required", "By 01/06/23", []),
        # monitoring with no event it answers still says nothing of how often
        ("Police to monitor the family", "As required", "By 01/06/23", ["frequency"]),
        # the span of a condition or of the plan is a timescale
        ("Police to act on any breach", "As required", "While bail conditions are in force", []),
        ("Walk Betty to school", "Daily", "For as long as Betty is on the plan", []),
        ("Walk Betty to school", "Daily", "While Betty remains on the plan", []),
        # a condition with no span is not
        ("Walk Betty to school", "Daily", "While needed", ["timescale"]),
    ],
)
def it_reads_an_event_trigger_and_a_defined_span(
    text: str, frequency: str, timescale: str, raised: list[str]
) -> None:
    assert _action_cells(text, frequency, timescale) == raised


@pytest.mark.parametrize(
    ("step_down", "raised"),
    [
        ("When things are better for Betty.", True),
        ("Close the plan when things improve.", True),
        ("Step down when things have improved for Mum and the children.", True),
        ("The plan closes when no longer needed by the family.", True),
        # a change named beside it is something a review can check
        ("When things are better for Betty and she attends 95% for a whole term.", False),
    ],
)
def it_finds_a_step_down_that_names_no_change(step_down: str, raised: bool) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = step_down
    found = [f.problem for f in check(plan) if f.rule == "PLAN-20"]
    assert found == (["The step-down criterion says nothing that can be checked."] * raised)


def it_asks_nothing_of_a_teenagers_own_camhs_safety_plan_but_still_holds_her_places() -> None:
    """Held-out 165: a 15-year-old's new number kept from the stepfather she lives with
    drew PLAN-22 on her CAMHS safety plan, and her copy for him and the formal plan left
    that work out.  It is her own mental-health plan: no PLAN-22.  What locates her (a
    named base, a weekday) is still held back from him (PLAN-21): that held-back
    sentence is also what keeps from him what the intake does not mark (stop 32: taking
    it away printed her girlfriend's name in his copy)."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.core_group += [
        CorePerson(name="Betty Smith", role="Young person", phone="07700 900111"),
        CorePerson(name="Rob Grant", role="Stepfather", address=plan.child.address or ""),
    ]
    plan.confidential = [
        Withholding(about="Betty Smith", detail="phone", withheld_from=["Rob Grant"])
    ]
    action = outcome(plan).actions[0]
    action.text = "CAMHS sessions with Betty (DBT skills) and a safety plan on her phone"
    action.responsible = ["Harriet Hill"]
    assert [f for f in check(plan) if f.rule == "PLAN-22"] == []
    action.text = "Check-in with Betty at the Base at Elf Street Academy on Mondays"
    assert "PLAN-21" in {f.rule for f in check(plan)}


def it_reads_a_mental_health_safety_plan_as_no_protection_from_another() -> None:
    """A child's CAMHS safety plan keeps her safe from herself, not from a parent: it is
    not left out of that parent's copies as how she is kept safe (PLAN-22); a safety
    plan against another still is."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.core_group.append(CorePerson(name="Betty Smith", role="Young person"))
    plan.confidential = [
        Withholding(about="Betty Smith", detail="address", withheld_from=["Tom Smith"])
    ]
    action = outcome(plan).actions[0]
    action.responsible = ["Harriet Hill"]
    action.text = "CAMHS sessions with Betty and a written self-harm safety plan"
    assert [f for f in check(plan) if f.rule == "PLAN-22"] == []
    action.text = "Safety plan with Betty: code word with school, new route home"
    assert [f.rule for f in check(plan) if f.rule == "PLAN-22"] == ["PLAN-22"]


def it_says_every_rule_that_applies_at_a_place_in_one_comment(tmp_path: Path) -> None:
    """Reader 32 item D6: an outcome whose findings were all said in full at another
    outcome carried one bare "See finding n" per rule, and a chair took them as missed.
    One comment there now names each rule and what it means; one rule keeps its
    one-line pointer (issue 14)."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    first = outcome(plan)
    first.text = "Betty is happy."
    first.success_looks_like = ""
    second = first.model_copy(update={"priority": 2, "text": "Betty is settled."})
    plan.risks[0].outcomes.append(second)
    findings = check(plan)
    rules = {f.rule for f in findings if f.as_dict()["also_in"] == "outcome 2"}
    assert rules == {"PLAN-04", "PLAN-05", "PLAN-15"}
    files = make_files(plan, tmp_path, Settings(), findings, versions=["review"])
    [review] = [data for path, data in files if path.name.endswith(".review.docx")]
    comments = [c.text for c in Document(BytesIO(review)).comments]
    # the outcome's own text: PLAN-04 and PLAN-15 in one comment, each said
    [merged] = [text for text in comments if text.startswith("See findings ")]
    assert merged.startswith("See findings 1 and 3: each applies here too. PLAN-04: ")
    assert merged.endswith("PLAN-15: The outcome does not say how long the change must last.")
    # its own success cell: PLAN-05 alone, a one-line pointer
    pointers = [text for text in comments if text.startswith("See finding ")]
    assert pointers == ["See finding 2 (PLAN-05): the same applies here."]


@pytest.mark.parametrize(
    ("response", "only_a_process"),
    [
        # held-out 165: a Child's Plan's step up only considered decides nothing
        ("a Child Protection Planning Meeting will be considered", True),
        ("the core group may consider a CPPM", True),
        # decided, stepping up is the response below child protection
        ("a Child Protection Planning Meeting will be held within 5 working days", False),
    ],
)
def it_reads_a_step_only_considered_as_only_a_process(response: str, only_a_process: bool) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.contingency.plan = f"If Betty goes to A&E again after self-harming, {response}."
    plan.contingency.timescale = "Within 5 working days"
    found = [f.problem for f in check(plan) if f.rule == "PLAN-10"]
    assert found == (["The contingency plan only names a process."] if only_a_process else [])


def it_reads_her_specialists_appointments_with_her_as_where_she_will_be() -> None:
    """Held-out 172: "IDVA support for the mother (Tuesday appointments at the hub)",
    done by the IDVA, told the father she is kept from when and where she would be, and
    drew no PLAN-22: only actions she does herself were read.  Her own specialist's
    work with her is hers; another worker's visit with no day or place is not."""
    plan = good_plan()
    plan.core_group.append(CorePerson(name="Ruth Okoro", role="IDVA", agency="Safer Lives"))
    plan.confidential = [
        Withholding(about="Suzi Smith", detail="address", withheld_from=["Tom Smith"])
    ]
    action = outcome(plan).actions[0]
    action.responsible = ["Ruth Okoro"]
    action.text = "IDVA support for Suzi (Tuesday appointments at the Northgate hub)"
    [found] = [f for f in check(plan) if f.rule == "PLAN-22"]
    assert found.problem.startswith("This says when or where Suzi Smith will be")
    action.text = "IDVA to phone Suzi to check how she is"
    assert [f for f in check(plan) if f.rule == "PLAN-22"] == []


def it_reads_a_meeting_held_to_consider_a_step_as_a_response() -> None:
    """Held-out 169 (a chair's clean entry): a strategy meeting held "to consider a CP
    plan", beside a report to the police, is a response with its purpose."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.contingency.plan = (
        "If Betty goes missing she will be reported to police straight away. If she goes "
        "missing twice in a month, Harriet will hold a strategy meeting within 2 working "
        "days to consider a CP plan."
    )
    plan.contingency.timescale = "Within 2 working days"
    assert [f for f in check(plan) if f.rule == "PLAN-10"] == []
