"""Stop 30 of issue 14: kinds the chair of held-out plans 133-142 raised (or did not)
and plangen read otherwise, one test per kind with the plan text shortened and renamed.
Each asserts the finding that was wrong is gone and the right one is there, with the
words that made it fire (``check --explain``)."""

from __future__ import annotations

from plangen.model import Action, CorePerson, Outcome, PlanKind, Risk
from plangen.rules import check
from plangen.rules.text import word_lists

from .test_rules import good_plan, outcome


def _found(plan, rule: str):  # type: ignore[no-untyped-def]
    return [f for f in check(plan) if f.rule == rule]


def it_reads_a_parent_named_as_the_subject_as_an_outcome_about_the_adults() -> None:
    """Plan 136: "Donna to see her GP about her mood" drew no PLAN-02 or PLAN-03: the
    reader took "Donna" for nobody.  She is the mother in the core group."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    outcome(plan).text = "Suzi to see her GP about her mood"
    adults = _found(plan, "PLAN-02")
    assert [f.place.where for f in adults] == ["outcome with priority 1"]
    assert adults[0].evidence == 'the subject is "Suzi", not the child'
    task = _found(plan, "PLAN-03")
    assert (
        task and task[0].evidence == 'the task "see her GP", and no change for the child beside it'
    )
    # the near miss: the child seeing the dentist is her care (seed 002), and a change for
    # the child beside the mother's name is about the child
    outcome(plan).text = "Betty sees the dentist every 6 months and has no fillings for a year"
    assert not _found(plan, "PLAN-02") and not _found(plan, "PLAN-03")
    outcome(plan).text = "Betty is in school on time every day while Suzi sees her GP, for 3 months"
    assert not _found(plan, "PLAN-02")


def it_reads_two_parents_by_name_as_the_subject() -> None:
    """Plan 139: the seed's adult outcome written with the parents' names ("Gemma and Ryan
    to be stable on their methadone scripts") drew no PLAN-02."""
    plan = good_plan()
    outcome(plan).text = "Suzi and Tom to be stable on their methadone scripts"
    assert _found(plan, "PLAN-02")[0].evidence == 'the subject is "Suzi", not the child'


def it_reads_a_period_with_no_number_as_no_timescale() -> None:
    """Plan 136: "Next few weeks" passed as a timescale (PLAN-06 missed)."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    outcome(plan).actions[0].timescale = "Next few weeks"
    found = _found(plan, "PLAN-06")
    assert [f.problem for f in found] == [
        '"Next few weeks" is not a timescale (shared by the action below it).'
    ]
    assert found[0].evidence == '"Next few weeks" is a period with no number'
    words = word_lists()
    assert words.vague_timescale("within the coming weeks")
    for timescale in ("Next 6 weeks", "next week", "over the next few weeks, by 30.11.26"):
        assert not words.vague_timescale(timescale)


def it_names_a_blank_outcome_row_with_actions_under_it() -> None:
    """Plan 135: an outcome left blank with two health actions under it was said only as
    actions "linked to no outcome"; the chair raised the blank outcome (PLAN-09)."""
    plan = good_plan()
    health = Action(
        text="Health visitor to visit", responsible=["Harriet Hill"], frequency="Weekly"
    )
    plan.risks[0].outcomes.append(Outcome(text="", actions=[health, health.model_copy()]))
    found = _found(plan, "PLAN-09")
    assert [f.place.where for f in found] == ["risk 1, outcome 2"]
    assert found[0].problem == (
        "This outcome is blank, but 2 actions sit under it: what they should change for "
        "Betty is not written."
    )


def it_asks_what_a_need_of_the_familys_means_for_the_child() -> None:
    """Plan 138: "The family are exhausted - Oli wakes 3-4 times a night" with the need
    for the child blank drew no PLAN-08, because the detail named the child."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.risks[0].risk_to_child = ""
    plan.risks[0].risk_factor = "The family are exhausted - Betty wakes 3-4 times a night"
    found = _found(plan, "PLAN-08")
    assert [f.problem for f in found] == ["The plan does not say what this need means for Betty."]
    plan.risks[0].risk_factor = "Betty wakes 3-4 times a night and the family are exhausted"
    assert not _found(plan, "PLAN-08")


def it_takes_the_risk_to_the_child_written_under_its_label_in_the_risk_cell() -> None:
    """Plan 139 (a trap): "Risk factor: ... Risk to child: ..." in one cell, as seed 002
    lays it out, drew PLAN-08 for a blank risk-to-child cell."""
    plan = good_plan()
    plan.risks[0].risk_to_child = ""
    plan.risks[
        0
    ].risk_factor = (
        "Risk factor: parental substance misuse. Risk to child: Betty is left alone at night."
    )
    assert not _found(plan, "PLAN-08")
    plan.risks[0].risk_factor = "Parental substance misuse; the risk to the child is neglect"
    assert _found(plan, "PLAN-08")


def it_takes_a_lead_named_in_the_role() -> None:
    """Plan 137: "Lead Professional Social Worker" in the role with the flag unset drew
    "No lead professional is named" (PLAN-16)."""
    plan = good_plan()
    plan.core_group[0] = CorePerson(name="Harriet Hill", role="Lead Professional Social Worker")
    assert not _found(plan, "PLAN-16")
    plan.core_group[0] = CorePerson(name="Harriet Hill", role="Social Worker")
    assert [f.problem for f in _found(plan, "PLAN-16")] == ["No lead professional is named."]


def it_counts_no_parents_own_routine_or_relative_as_a_professionals_contact() -> None:
    """Plan 141 (R22): "about 11 contacts a week with Rania (...; Daily (group); Twice
    weekly (course))" counted her own diary ("bring it to core group") and ESOL class;
    plan 139: a grandmother outside the core group ("Daily (Carol Campbell)")."""
    plan = good_plan()
    actions = outcome(plan).actions
    actions[1].frequency = "Weekly"
    actions += [
        Action(
            text="Suzi to keep a sleep diary and bring it to core group",
            responsible=["Suzi Smith"],
            frequency="Daily",
        ),
        Action(text="ESOL Entry 2 course", responsible=["Suzi Smith"], frequency="Twice weekly"),
        Action(
            text="Parents to agree a safety plan; Suzi's mum stays over",
            responsible=["parents", "Jean Smith"],
            frequency="Daily",
        ),
    ]
    assert not _found(plan, "PLAN-14")
    # the near miss: a parent going to a service by its verb is a contact
    actions.append(
        Action(
            text="Suzi to attend her recovery group",
            responsible=["Suzi Smith"],
            frequency="Daily",
        )
    )
    found = _found(plan, "PLAN-14")
    assert found and "Daily (group)" in found[0].problem


def it_reads_the_risk_numbers_with_a_second_risk() -> None:
    """Findings use the plan's own numbering: a CP plan's outcomes are counted down the
    plan ("risk 2, outcome 2"), as the chair's and the intake's numbering read."""
    plan = good_plan()
    plan.risks.append(
        Risk(
            risk_factor="Mum's low mood",
            risk_to_child="Betty worries about mum",
            outcomes=[Outcome(text="Suzi to see her GP about her mood", actions=[])],
        )
    )
    assert [f.place.where for f in _found(plan, "PLAN-02")] == ["risk 2, outcome 2"]


def it_does_not_take_an_achieved_that_comes_before_its_own_period_as_done() -> None:
    """Plan 140 (R33): "... over the next 3 months" marked Achieved on the plan's date hid
    the chair's PLAN-06 on "Tracey to go back to the alcohol service" (no frequency, no
    timescale) under it, and nobody was told the Achieved was early."""
    import datetime as dt

    from plangen.model import ProgressStatus, ReviewEntry

    plan = good_plan()
    outcome(
        plan
    ).text = (
        "Betty sees her dad safely: no contact when he has been drinking, over the next 3 months"
    )
    outcome(plan).actions[0].timescale = ""
    outcome(plan).actions[0].frequency = ""
    outcome(plan).actions[0].text = "Tom to go back to the alcohol service"
    outcome(plan).reviews = [ReviewEntry(date=plan.plan_date, status=ProgressStatus.ACHIEVED)]
    [early] = _found(plan, "PLAN-17")
    assert early.problem == (
        "This outcome is recorded as achieved before the time it must hold for has passed."
    )
    assert early.evidence == (
        'achieved on 01.03.23, but "over the next 3 months" runs to 01.06.23 '
        "(from the plan's date, 01.03.23)"
    )
    assert _found(plan, "PLAN-06")
    # once the 3 months are over, an Achieved is done and nothing lands on it
    outcome(plan).reviews = [ReviewEntry(date=dt.date(2023, 6, 5), status=ProgressStatus.ACHIEVED)]
    assert not _found(plan, "PLAN-17") and not _found(plan, "PLAN-06")
