"""Stop 30 of issue 14: what a reviewing officer read wrong in the review copies of the
examples and held-out plans 133-142 (reader 29, R1-R35), one test per kind, with the
plan text shortened: a strength that is none, a pronoun for a named child, a count that
leaves out a blank outcome, a message that blames the adults for a referral."""

from __future__ import annotations

from plangen.model import CorePerson, Outcome, PlanKind
from plangen.rules import check, strengths_of
from plangen.rules.strengths import LEAD, MEASURABLE, PARENTS

from .test_rules import good_plan, outcome


def _kinds(plan) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.kind for s in strengths_of(plan)]


def it_praises_no_parents_part_in_an_action_done_to_them() -> None:
    """R1: "The parents' own part is written down ("Stabilise parents on methadone
    Programme")": the addictions worker stabilises them; it is not their part."""
    plan = good_plan()
    outcome(plan).actions[1].responsible = ["John Stevenson"]
    assert PARENTS not in _kinds(plan)
    # the near miss: the parents as the doers
    outcome(plan).actions[0].text = "Parents to attend every methadone review"
    [said] = [s for s in strengths_of(plan) if s.kind == PARENTS]
    assert said.problem == (
        'The parents\' own part is written down ("Parents to attend every methadone review"), '
        "so they know what is expected of them."
    )


def it_praises_no_measure_where_the_outcome_says_nothing_of_success() -> None:
    """R9: "The outcome is about Tyler and can be measured ... so everyone can see when
    it is achieved" beside "There is nothing on what progress or success looks like"."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    assert MEASURABLE in _kinds(plan)
    outcome(plan).success_looks_like = ""
    assert "PLAN-05" in [f.rule for f in check(plan)]
    assert MEASURABLE not in _kinds(plan)


def it_names_the_child_in_the_advice_on_missing_views() -> None:
    """R6: "Betty's views are not recorded. Write what they said" ("they" for a named
    girl)."""
    plan = good_plan()
    plan.child_views = ""
    [found] = [f for f in check(plan) if f.rule == "PLAN-12"]
    assert "what they said" not in found.advice
    assert found.advice == (
        "Write what Betty said, in Betty's own words where possible, and how the child was "
        "seen or heard."
    )


def it_counts_a_blank_outcome_row_among_the_outcomes() -> None:
    """R7: "None of the plan's 4 outcomes has a priority." beside findings on outcome 5,
    a blank row with actions under it."""
    plan = good_plan()
    base = outcome(plan)
    risk = plan.risks[0]
    risk.outcomes = [base.model_copy(update={"priority": None}) for _ in range(4)]
    risk.outcomes.append(Outcome(text="", actions=[base.actions[0]]))
    [found] = [f for f in check(plan) if f.rule == "PLAN-01"]
    assert found.problem == "None of the plan's 5 outcomes (1 of them blank) has a priority."
    risk.outcomes.pop()
    [found] = [f for f in check(plan) if f.rule == "PLAN-01"]
    assert found.problem == "None of the plan's 4 outcomes has a priority."


def it_says_a_referral_for_the_child_is_done_for_them_not_good_for_the_adults() -> None:
    """R31: on "Marcus to be referred to CAMHS": "This is a good outcome for the adults
    ... (for example: clean, fed and at school 95% of the time)" to a 17-year-old."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.child.age = 17
    outcome(plan).text = "Betty to be referred to CAMHS"
    [found] = [f for f in check(plan) if f.rule == "PLAN-02"]
    assert found.problem == "This says what will be done for Betty, but what changes for Betty?"
    assert "clean, fed" not in found.advice
    assert found.advice.endswith(
        "(for example: at school or college 95% of the time and home on time each night)."
    )
    # the adults' own outcome keeps the seed's words
    outcome(plan).text = "Suzi to see her GP about her mood"
    [found] = [f for f in check(plan) if f.rule == "PLAN-02"]
    assert found.problem == "This is a good outcome for the adults, but what changes for Betty?"


def it_praises_the_lead_named_in_the_role_as_the_lead() -> None:
    """Plan 137: the lead given by the role alone was "No lead professional is named"; the
    strength must say the same lead as the rule."""
    plan = good_plan()
    plan.core_group[0] = CorePerson(name="Harriet Hill", role="Lead Professional Social Worker")
    [lead] = [s for s in strengths_of(plan) if s.kind == LEAD]
    assert lead.problem == "One lead professional is named (Harriet Hill)."
