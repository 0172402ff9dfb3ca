"""What three independent chairs read on complete plans 43-72 (issue 14, round 6):
PLAN-14 counting phases, antenatal care and a parenting assessment as the parents'
contacts; PLAN-06 on a "TBC" beside a date that is no end, or on one part of a timescale
that names its own task.  The plans are built here, not read from the held-out files."""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.model import (
    Action,
    CorePerson,
    Meeting,
    Plan,
    PlanKind,
    ProgressStatus,
    ReviewEntry,
    Threshold,
)
from plangen.rules import check
from plangen.rules.base import child_names
from plangen.rules.text import word_lists

from .test_rules import good_plan, outcome, rules_of


def _with(plan: Plan, *members: tuple[str, str]) -> Plan:
    plan.core_group += [CorePerson(name=name, role=role) for name, role in members]
    return plan


def _act(
    plan: Plan, text: str, who: list[str], frequency: str, timescale: str = "3 months"
) -> None:
    outcome(plan).actions.append(
        Action(text=text, responsible=who, frequency=frequency, timescale=timescale)
    )


def it_counts_the_busiest_phase_and_leaves_out_what_is_part_of_another_contact() -> None:
    """A pre-birth plan: "Fortnightly to 36 weeks then weekly" is at most weekly, not
    both; "As part of weekly sessions" is no extra contact; a parenting assessment is
    with the parents though only the worker is named; calls on a day of absence are no
    planned contact."""
    plan = _with(good_plan(), ("Grace Oyelaran", "Specialist Midwife"))
    _act(
        plan,
        "Antenatal care with the specialist midwife including growth scans",
        ["Grace Oyelaran", "Suzi Smith"],
        "Fortnightly to 36 weeks then weekly",
    )
    _act(plan, "Parenting assessment to be completed", ["Harriet Hill"], "Weekly sessions")
    _act(
        plan,
        "Tom to attend alcohol screening and brief intervention",
        ["Tom Smith", "Melanie Andrews"],
        "Weekly for 6 weeks then review",
    )
    _act(
        plan,
        "Support Suzi to apply for a maternity grant",
        ["Harriet Hill", "Suzi Smith"],
        "As part of weekly sessions",
    )
    _act(
        plan,
        "Personalised timetable and first day absence calls to Suzi",
        ["John Stevenson"],
        "Daily (term time)",
    )
    # each parent: methadone programme 1 + parenting assessment 1, and the midwife 1
    # for Suzi, the alcohol worker 1 for Tom = 3 each
    assert "PLAN-14" not in rules_of(check(plan))
    _act(plan, "Home visits to see Betty and her parents", ["Harriet Hill"], "3 times a week")
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert finding.problem.startswith("The plan sets about 6 contacts a week with the parents")
    assert "Fortnightly to 36 weeks then weekly (Grace Oyelaran)" in finding.problem
    assert "Weekly sessions (Harriet Hill)" in finding.problem
    assert "As part of weekly sessions" not in finding.problem
    assert "Daily (term time) (John Stevenson)" not in finding.problem


def it_counts_antenatal_and_parenting_workers_among_the_professionals() -> None:
    """The chair's six professionals on a pre-birth plan: the midwife and the health
    visitor's antenatal contact, and the social worker's parenting assessment, work with
    the parents whoever is named."""
    plan = _with(
        good_plan(),
        ("Grace Oyelaran", "Specialist Midwife"),
        ("Sam Cartwright", "Health Visitor"),
        ("Imran Qureshi", "Perinatal Mental Health Nurse"),
        ("Kerry Ashworth", "Family Support Worker"),
    )
    _act(plan, "Antenatal care and screening", ["Grace Oyelaran", "Suzi Smith"], "Fortnightly")
    _act(plan, "Antenatal contact and perinatal mood screening", ["Sam Cartwright"], "Once")
    _act(plan, "Parenting assessment", ["Harriet Hill"], "Once")
    _act(plan, "Perinatal mental health assessment", ["Imran Qureshi", "Suzi Smith"], "Once")
    assert "PLAN-14" not in rules_of(check(plan))  # five: Melanie Andrews and these four
    _act(plan, "Freedom Programme with Suzi", ["Kerry Ashworth"], "Once")
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    # the finding names the services, so the worker sees whose visits to combine
    assert finding.problem == (
        "6 professionals are working with the parents: Grace Oyelaran (Specialist Midwife), "
        "Harriet Hill (Social Worker), Imran Qureshi (Perinatal Mental Health Nurse), "
        "Kerry Ashworth (Family Support Worker), Melanie Andrews (Addictions Worker), "
        "Sam Cartwright (Health Visitor)."
    )


@pytest.mark.parametrize(
    ("timescale", "evidence"),
    [
        # the date the referral was made is no end for the assessment
        ("TBC - referral made 30.09.26", '"TBC" with no end'),
        # one part of the cell names its own task, and that task has no date
        ("Home visit by 07/11/25; panel date TBC", '"TBC" with no end (panel date TBC)'),
        ("Assessment by 07.02.25; treatment ongoing", '"ongoing" with no end (treatment ongoing)'),
        # a bare vague word beside its end is one timescale; so are two dated tasks
        ("Ongoing; reviewed at the review conference on 12/06/25", ""),
        ("FGC by 21.02.25; viability by 28.02.25", ""),
        ("TBC by 30.09.26", ""),
    ],
)
def it_reads_a_vague_part_of_a_timescale(timescale: str, evidence: str) -> None:
    assert word_lists().vague_timescale(timescale) == evidence


def it_raises_plan_06_on_an_assessment_whose_only_date_is_its_referral() -> None:
    plan = good_plan()
    _act(plan, "Adult assessment for Tom", ["Harriet Hill"], "Once", "TBC - referral made 20.02.23")
    found = [f for f in check(plan) if f.rule == "PLAN-06"]
    assert [f.place.where for f in found] == ["risk 1, outcome 1, action 3, timescale"]
    assert found[0].problem == '"TBC - referral made 20.02.23" is not a timescale.'


@pytest.mark.parametrize(
    ("text", "frequency", "raised"),
    [
        # a count beside "as required" says how often
        ("Check-in with Betty every Monday morning", "Weekly (Mondays) and as required", False),
        ("CPN visits to Tom", "Fortnightly CPN visit; blood tests as directed", False),
        ("Home visits to see Betty", "As required", True),
        # the text says on what occasion it happens
        ("Return home interview after every missing episode", "As required", False),
        ("Check-in with Betty after any absence", "", False),
        ("Check-in with Betty", "", True),
        # a letter of support is a document, written once
        ("Letter of support for the housing transfer; s17 money for a bed", "", False),
    ],
)
def it_reads_how_often_from_a_count_or_an_occasion(text: str, frequency: str, raised: bool) -> None:
    plan = good_plan()
    _act(plan, text, ["Harriet Hill"], frequency, "By 31.03.23")
    found = [f for f in check(plan) if f.rule == "PLAN-06"]
    assert [f.place.segments[-1] for f in found] == (["frequency"] if raised else [])


def it_takes_no_start_date_for_an_outcomes_deadline() -> None:
    """A new outcome, not started at the review that added it, whose first action runs
    "From start of autumn term": that date is when it began, not when it ran out."""
    plan = good_plan()
    outcome(plan).reviews = [
        ReviewEntry(date=dt.date(2023, 3, 1), status=ProgressStatus.NOT_STARTED)
    ]
    outcome(plan).actions[0].timescale = "From start of spring term 04.01.23"
    assert "PLAN-17" not in rules_of(check(plan))
    outcome(plan).actions[0].timescale = "By 04.01.23"
    [finding] = [f for f in check(plan) if f.rule == "PLAN-17"]
    assert finding.problem.startswith("The timescale for this outcome ran out on 04.01.23")


@pytest.mark.parametrize(
    ("contingency", "raised"),
    [
        # the shorthand of a plan: "to stay", a grandparent named as the family calls her
        ("If Suzi becomes unwell again, Betty to stay with Granny; ring the crisis line.", False),
        ("If Suzi becomes unwell again, Granny to stay at the house.", False),
        ("If Suzi becomes unwell again, ring the crisis line and review the plan.", True),
    ],
)
def it_reads_a_contingency_response_written_in_shorthand(contingency: str, raised: bool) -> None:
    plan = good_plan()
    plan.contingency.plan = contingency
    found = [f for f in check(plan) if f.rule == "PLAN-10"]
    assert bool(found) is raised
    if raised:
        assert (
            found[0].problem == "The contingency plan does not give what will happen for the child."
        )


def it_reads_the_childs_initial_as_the_child() -> None:
    """A plan that calls Zayan "Z" throughout: "Z is fed correctly" is about him."""
    plan = good_plan()
    plan.child.name = "Zayan Hussain"
    outcome(plan).text = (
        "Z is fed correctly & gains weight: back up to at least the 25th centile, weighed "
        "every 2 weeks, no drop for 3 months in a row."
    )
    assert "PLAN-02" not in rules_of(check(plan))
    outcome(plan).text = "Mum makes up every feed correctly, for 3 months in a row."
    assert "PLAN-02" in rules_of(check(plan))


def it_reads_an_initial_only_as_written() -> None:
    """Not the "s" of "mum's" in a text written in lower case, nor "A" or "I"."""
    plan = good_plan()
    plan.child.name = "Sam Smith"
    outcome(plan).text = "mum's flat is clean and tidy on every visit, for 3 months."
    assert "PLAN-02" in rules_of(check(plan))
    plan.child.name = "Isla Smith"
    assert "I" not in child_names(plan)
    plan.child.name = "Sam Smith"
    assert "S" in child_names(plan)


@pytest.mark.parametrize(
    "text",
    [
        "Betty has her own bed in a warm, dry room free of mould, kept that way through the "
        "winter.",
        "Betty has her own bed in a warm, dry room free of mould through the whole winter.",
    ],
)
def it_reads_a_season_held_as_sustained(text: str) -> None:
    plan = good_plan()
    outcome(plan).text = text
    assert "PLAN-15" not in rules_of(check(plan))


def it_reads_a_review_cppm_as_no_core_group() -> None:
    """A Scottish Child's Plan at child protection: the review CPPM 16 weeks on is
    within the guidance; the 6-weekly meeting is the core group, 4 weeks on, and its
    date missing is the finding (the mid-point reviewing officer, Connor's plan)."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.threshold = Threshold.CHILD_PROTECTION
    plan.next_core_group = Meeting(date=dt.date(2023, 3, 29))
    plan.next_review = Meeting(date=dt.date(2023, 6, 21), details="Review CPPM")
    assert "PLAN-11" not in rules_of(check(plan))
    plan.next_core_group = None
    [finding] = [f for f in check(plan) if f.rule == "PLAN-11"]
    assert finding.place.path == "next_core_group"
    assert finding.problem == "No date is set for the next core group."
    plan.next_core_group = Meeting(date=dt.date(2023, 5, 3))  # 9 weeks
    [finding] = [f for f in check(plan) if f.rule == "PLAN-11"]
    assert finding.problem == "The next core group is 9 weeks after the plan."
    # a review that is itself the core group is the 6-weekly meeting
    plan.next_core_group = None
    plan.next_review = Meeting(date=dt.date(2023, 4, 12), details="Core group / plan review")
    assert "PLAN-11" not in rules_of(check(plan))
    # below child protection the review is the 6-weekly meeting
    plan.next_review = Meeting(date=dt.date(2023, 6, 21), details="Review CPPM")
    plan.threshold = Threshold.CHILD_IN_NEED
    [finding] = [f for f in check(plan) if f.rule == "PLAN-11"]
    assert finding.problem == "The next review is 16 weeks after the plan."


def it_words_its_advice_for_the_plan_in_hand() -> None:
    """The reviewing officer's slips: no "seed 002" in the advice, no fixed date that
    reads as a year away, a full stop after the parents' words, and "every review" for a
    plan with no core group."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.threshold = Threshold.EARLY_HELP
    outcome(plan).text = "Mum stops drinking."
    outcome(plan).actions[0].timescale = "Ongoing"
    outcome(plan).actions.insert(0, Action(text="Refer Suzi to the GP", responsible=["Harriet"]))
    plan.family_views = "Suzi asked if some visits can be joint"
    found = {f.rule + f.place.path: f for f in check(plan)}
    assert "seed" not in found["PLAN-02risks[0].outcomes[0]"].advice
    vague = found["PLAN-06risks[0].outcomes[0].actions[1].timescale"]
    assert "every review" in vague.advice and "core group" not in vague.advice
    blank = found["PLAN-06risks[0].outcomes[0].actions[0].timescale"]
    assert "24.11.25" not in blank.advice
    assert found["PLAN-14family_views"].problem.endswith("asked if some visits can be joint.")
    plan.threshold = Threshold.CHILD_PROTECTION
    [vague] = [f for f in check(plan) if f.place.path.endswith("actions[1].timescale")]
    assert "every core group" in vague.advice


@pytest.mark.parametrize(
    ("frequency", "a_week"),
    [
        # the reviewing officer could not reproduce the pre-birth plan's count
        ("Weekly (6 weeks, Thursdays)", 1.0),
        ("Fortnightly antenatal appointments, weekly from 36 weeks", 1.0),
        ("Weekly, fortnightly after the first 6 weeks", 1.0),
        ("Fortnightly to 36 weeks then weekly", 1.0),
        ("Mon, Wed, Fri", 3.0),
    ],
)
def it_counts_one_phase_at_a_time_and_a_bracket_as_one_clause(
    frequency: str, a_week: float
) -> None:
    plan = good_plan()
    outcome(plan).actions[0].frequency = frequency  # Melanie Andrews with the parents
    outcome(plan).actions.append(
        Action(text="Home visits", responsible=["Harriet Hill"], frequency="Daily")
    )
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert finding.problem.startswith(f"The plan sets about {7 + a_week:g} contacts a week")
