"""Stop 31 of issue 14: kinds of outcome the free-text rules read wrongly, found by
rewording the development parts' texts (services written short, a meeting that "takes
place", provision assigned or matched, a task named as a noun) and in writers 27 and 30's
development parts (the child's own home life).  Each text is new; each asserts the rules
raised and, where a rule fires, the words that made it fire (``check --explain``)."""

from __future__ import annotations

import pytest

from plangen.rules.reading import Reader
from plangen.rules.text import word_lists

from .test_rules_read_structure import read

ALL = {"PLAN-02", "PLAN-03", "PLAN-04", "PLAN-15"}


def _task(text: str, child: str = "Leo") -> str:
    return Reader(word_lists(), [child]).process(text)


@pytest.mark.parametrize(
    ("text", "raised", "evidence"),
    [
        # a referral written as workers type it short is still a referral
        ("Leo to be ref'd to CAMHS.", ALL, '"ref\'d"'),
        ("CAMHS ref to be made for Leo.", ALL, '"ref"'),
        # a meeting that takes place is a meeting as the outcome, as one "held" is
        ("Core groups to take place monthly.", ALL, '"Core groups to take place"'),
        ("An FGC to take place for Leo's family.", ALL, '"FGC to take place"'),
        # being present at the meetings is attending them
        (
            "Mum to be present at all core groups.",
            {"PLAN-02", "PLAN-03", "PLAN-15"},
            '"be present at all core groups"',
        ),
        # a worker assigned or matched, a befriender or a support plan had, is provision
        (
            "Leo to be matched with a befriender.",
            ALL - {"PLAN-02"},
            '"be matched with a befriender"',
        ),
        ("Leo to be assigned a mentor.", ALL - {"PLAN-02"}, '"be assigned a mentor"'),
        ("Leo has a PSP in place.", ALL - {"PLAN-02"}, '"has a PSP"'),
        # the task named as a noun at the head of the outcome
        ("Completion of Triple P by parents.", ALL, '"Completion of"'),
        # a return home interview had is done to the child, by its short name too
        ("Leo will have an RHI after each missing episode.", ALL, '"RHI"'),
        # a service by its two-letter name, provision had or a place taken up in a service
        ("Leo will receive OT.", ALL - {"PLAN-02"}, '"receive OT"'),
        ("Leo to have a PA.", ALL - {"PLAN-02"}, '"have a PA"'),
        ("Leo to have life story work.", ALL - {"PLAN-02"}, '"have life story work"'),
        ("Leo will be on a reduced timetable.", ALL - {"PLAN-02"}, '"be on a reduced timetable"'),
    ],
)
def it_reads_a_service_or_meeting_however_it_is_written(
    text: str, raised: set[str], evidence: str
) -> None:
    assert read(text) == raised
    assert _task(text) == evidence


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # near misses: the child present at school, a befriender the child goes out with,
        # completing the school year, contact that takes place are no tasks
        ("Leo is present at school every day.", {"PLAN-15"}),
        ("Leo to be matched with a befriender and go out with her twice a month.", {"PLAN-15"}),
        ("Completion of the school year with 95% attendance.", {"PLAN-02", "PLAN-15"}),
        ("Leo's contact with Dad to take place at the family centre.", {"PLAN-04", "PLAN-15"}),
        ("Leo will return home to Mum.", {"PLAN-04", "PLAN-15"}),
        ("Leo will be on time for school every day.", {"PLAN-15"}),
        ("Leo uses the skills from OT to dress himself every morning for 6 weeks.", set()),
    ],
)
def it_leaves_the_near_misses_alone(text: str, raised: set[str]) -> None:
    assert read(text) == raised


def it_reads_the_childs_own_home_life_as_about_the_child() -> None:
    """Writers 27 and 30: "Kai will have a stable home" is about the child (PLAN-04 and 15,
    not PLAN-02); the home's condition, the adults' housework, is still theirs."""
    assert read("Leo will have a stable home") == {"PLAN-04", "PLAN-15"}
    assert read("Leo will have a safe and stimulating home environment.") == {
        "PLAN-04",
        "PLAN-15",
    }
    reader = Reader(word_lists(), ["Leo"])
    assert (
        reader.about_adults("Leo has a tidy home.")
        == 'the change is in the adult: "has a tidy home"'
    )


def it_reads_work_done_to_the_home_as_no_task() -> None:
    """Writers 6 and 27: "Adaptations to the property to be completed" is a change in the
    child's home, not a service or task given as the outcome (PLAN-03); an assessment or
    a piece of work "to be completed" still is."""
    assert read("Repairs to the house to be completed.") == ALL - {"PLAN-03"}
    assert _task("Repairs to the house to be completed.") == ""
    assert _task("Section 47 enquiry to be completed for Leo.") == '"to be completed"'


def it_reads_an_appointment_booked_by_an_adult_as_a_task() -> None:
    """ "Mum to book a GP appointment" is a task (PLAN-03), as "make a GP appointment" was;
    a young person booking his own appointments is a skill he gains."""
    assert read("Mum to book a GP appointment.") == ALL
    assert _task("Mum to book a GP appointment.") == '"book a GP appointment"'
    assert read("Leo books his own GP appointments.") == {"PLAN-04", "PLAN-15"}


def it_reads_whenever_as_a_standard_held_on_every_occasion() -> None:
    """Writers 27 and 30: "Dad will be sober whenever he has contact with her" holds a
    checkable standard on every occasion (no PLAN-04); a vague standard or a feeling held
    "whenever" is still not measurable."""
    reader = Reader(word_lists(), ["Leo"])
    assert reader.measure("Leo attends school whenever the family is on the site.") == (
        '"Leo attends school whenever"'
    )
    assert "PLAN-04" not in read("Leo's Dad will be sober whenever he has contact with him.")
    assert "PLAN-04" in read("Leo will be reported missing promptly whenever he is late home.")
    assert "PLAN-04" in read("Leo will feel safe whenever he is at home.")


def it_reads_a_routine_health_check_or_booster_had_as_measurable() -> None:
    """Writers 26, 29 and 30: "has his 8-week check", "has his outstanding pre-school
    boosters" are events that can be seen (no PLAN-04), and the child's own care, not a
    service (no PLAN-03); a plan's review had is still a meeting."""
    assert read("Leo has his 8-week check.") == {"PLAN-15"}
    assert read("Leo has his outstanding pre-school boosters and MMR2 by 31/01/27.") == {"PLAN-15"}
    assert _task("Leo will have a 6-week review.") == '"have a 6-week review"'


def it_reads_a_bodily_feeling_alone_as_not_measurable() -> None:
    """Writers 29 and 30: "Connor will not go hungry" names no standard (PLAN-04), as a
    feeling negated does not; with what school sees, it is measurable."""
    assert read("Leo will not go hungry.") == {"PLAN-04", "PLAN-15"}
    assert read("Leo is no longer hungry.") == {"PLAN-04", "PLAN-15"}
    assert "PLAN-04" not in read("Leo has breakfast every day and is not hungry at school.")


def it_reads_safe_from_an_adults_behaviour_as_the_childs_safety() -> None:
    """Writers 1, 27 and 30: "Ruby to be safe from her father's drinking" is about Ruby
    (no PLAN-02), as "safe from parental drug use" is; kept from the adult himself stays
    about the adult."""
    assert read("Leo to be safe from his father's drinking") == {"PLAN-04", "PLAN-15"}
    reader = Reader(word_lists(), ["Leo"])
    assert reader.about_adults("Leo to be safe from his father") == (
        'the change is in the adult: "safe from his father"'
    )


def it_ends_a_passive_at_a_clause_in_the_active_voice() -> None:
    """Writer 30: "Anya is seen and spoken to alone by a trusted adult ... and has told her
    DSL of no new worries ... for 6 consecutive weeks" drew PLAN-02: the last clause, the
    child's own telling, was read as still done to her."""
    text = (
        "Leo is seen and spoken to alone by a trusted adult at school every day and has "
        "told his DSL of no new worries about home for 6 consecutive weeks."
    )
    assert read(text) == set()
    assert read("Leo will be seen by YOT and spoken to alone on every visit") == {
        "PLAN-02",
        "PLAN-15",
    }


def it_reads_a_service_done_only_so_that_the_child_is_safe_as_a_task() -> None:
    """ "Mum to engage with CGL so that Mia is safe" gives the service as the outcome
    (PLAN-03): the child's clause only says why, as it already did for PLAN-02; a
    change for the child beside the service still clears it."""
    assert read("Mum to engage with CGL so that Leo is safe.") == ALL
    assert _task("Mum to engage with CGL so that Leo is safe.") == '"engage"'
    assert "PLAN-03" not in read(
        "Mum to engage with CGL so that Leo is in school on time every day for 3 months."
    )
