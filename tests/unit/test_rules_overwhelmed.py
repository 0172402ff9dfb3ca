"""PLAN-14, parents likely overwhelmed: one finding a plan, contacts counted for each
parent, and many services visiting the child and family often (issue 14, held out: a
chair raised PLAN-14 on a plan with 6 professionals; a false one where contacts were
modest)."""

from __future__ import annotations

from plangen.model import Action, CorePerson, Plan
from plangen.rules import check

from .test_rules import good_plan, outcome, rules_of


def _work(plan: Plan, role: str, name: str, text: str, frequency: str) -> None:
    plan.core_group.append(CorePerson(name=name, role=role))
    outcome(plan).actions.append(
        Action(text=text, responsible=[name], frequency=frequency, timescale="3 months")
    )


def it_counts_contacts_for_each_parent_not_for_both_together() -> None:
    """Three visits a week with mum and three with dad are modest for each of them."""
    plan = good_plan()  # Melanie Andrews sees both parents weekly
    _work(plan, "IDVA", "Ida Vance", "Safety planning sessions with mum", "Twice weekly")
    _work(plan, "Drug worker", "Dan Worker", "Key work sessions with Tom", "Twice weekly")
    _work(plan, "Family support", "Faye Support", "Parenting work with dad", "Twice weekly")
    assert "PLAN-14" not in rules_of(check(plan))  # Suzi 3, Tom 5
    _work(plan, "Health visitor", "Hana Visitor", "Home visit to see Suzi", "3 times a week")
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert finding.problem.startswith("The plan sets about 6 contacts a week with Suzi (")
    assert "Dan Worker" not in finding.problem


def it_raises_one_finding_with_every_reason() -> None:
    plan = good_plan()
    for n in range(6):
        _work(plan, f"Worker {n}", f"Wyn Worker{n}", "Home visits to the parents", "Weekly")
    plan.family_views = 'Suzi said "it is too many visits".'
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert finding.problem.startswith("The plan sets about 7 contacts a week with the parents (")
    assert "7 professionals are working with the parents: Melanie Andrews (Addictions" in (
        finding.problem
    )
    assert finding.problem.endswith(
        'The parents say the plan is a lot for them: Suzi said "it is too many visits"'
    )


# services that see Betty herself, not her parents (role, name, what, how often)
CHILD_WORK = [
    ("CAMHS practitioner", "Cam Worker", "Therapy sessions for Betty", "Weekly"),
    ("Young carers worker", "Yara Carer", "1:1 key work sessions with Betty", "Weekly"),
    ("School nurse", "Sue Nurse", "Check-ins with Betty at school", "Twice weekly"),
    ("Mentor", "Max Mentor", "Mentoring sessions with Betty", "Weekly"),
]
SALT = ("Speech and language therapist", "Sal Therapist", "SALT with Betty", "Weekly")


def it_sees_many_services_visiting_the_family_often_though_few_see_the_parents() -> None:
    plan = good_plan()
    for role, name, text, frequency in CHILD_WORK:
        _work(plan, role, name, text, frequency)
    # five professionals with Melanie Andrews (the headteacher's daily school days are
    # Betty's own), one of them with the parents
    assert "PLAN-14" not in rules_of(check(plan))
    _work(plan, "Speech and language therapist", "Sal Therapist", "SALT with Betty", "Weekly")
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert finding.problem.startswith(
        "6 professionals work with the family, about 7 contacts a week: "
    )
    assert "Cam Worker (CAMHS practitioner)" in finding.problem
    assert "Sal Therapist (Speech and language therapist)" in finding.problem


def it_does_not_count_six_services_seen_now_and_then_as_overwhelming() -> None:
    plan = good_plan()
    for n in range(5):
        _work(plan, f"Service {n}", f"Sam Service{n}", f"Review with Betty, part {n}", "Monthly")
    assert "PLAN-14" not in rules_of(check(plan))


def it_counts_no_message_child_s_group_or_professionals_liaison_as_family_contact() -> None:
    """Issue 14, held-out plans (stop 29): PLAN-14 counts only contacts between a
    professional and the family.  A text to the child, a group the child goes to and
    professionals among themselves are frequent but meet no one at home."""
    plan = good_plan()
    no_contact = [
        ("Youth worker", "Yan Youth", "Youth worker to text Betty each evening", "Daily"),
        ("Young carers worker", "Yara Carer", "Betty to attend the young carers' group", "Weekly"),
        ("Club leader", "Cleo Leader", "Betty goes to the after-school drama club", "Twice weekly"),
        ("School nurse", "Sue Nurse", "School nurse to liaise with the SW about Betty", "Weekly"),
        ("Attendance officer", "Ada Officer", "School to update the social worker", "Daily"),
        (
            "Health visitor",
            "Hana Visitor",
            "HV and school nurse to meet to discuss Betty",
            "Weekly",
        ),
    ]
    for role, name, text, frequency in no_contact:
        _work(plan, role, name, text, frequency)
    assert "PLAN-14" not in rules_of(check(plan))
    # the same worker visiting the family is a contact, whatever else the action says
    _work(plan, "Family worker", "Fran Worker", "Home visits to mum and update the SW", "Daily")
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert "Fran Worker" in finding.problem


def it_says_what_the_family_count_adds_to_the_parents_count() -> None:
    """R10 (plan 135's review copy): "about 7.5 contacts a week with the parents (...). 6
    professionals work with the family, about 17.5 contacts a week" read as two answers
    to one question; the second now says what it counts."""
    plan = good_plan()
    for role, name, text, frequency in [*CHILD_WORK, SALT]:
        _work(plan, role, name, text, frequency)
    outcome(plan).actions[0].frequency = "Daily"
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert finding.problem.startswith("The plan sets about 7 contacts a week with the parents (")
    assert ". 6 professionals work with the family" not in finding.problem
    assert (
        ". Counting every contact with the family, not only those with the parents, "
        "6 professionals work with the family, about 13 contacts a week: "
    ) in finding.problem
