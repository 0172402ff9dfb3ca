"""Plan-level kinds from a held-out plan set (issue 14, stop 32), each on a minimal plan
with its near misses: a child's views recorded only as a relative or named adult reports
them (PLAN-12); a person responsible written by title and surname, or with their role
beside the name, when one member fits, and a name that only hides inside a role's word
(PLAN-07); a step-down box that names no change: only a time, an agreement, the plan's
own parts done, a placeholder, or an escalation (PLAN-20).  And kinds of measure from the
development parts (PLAN-04): a level on a named tool, none of a kind of event counted,
the child taken to the clinician, and "all of" a vague whole (no count)."""

from __future__ import annotations

import pytest

from plangen.model import CorePerson, PlanKind
from plangen.rules import check
from plangen.rules.reading import Reader
from plangen.rules.text import word_lists

from .test_rules import good_plan, outcome
from .test_rules_advice_short import _SENTENCE_END, MOST_WORDS
from .test_rules_read_structure import gaps


def _views_raised(views: str) -> bool:
    plan = good_plan()
    plan.child_views = views
    return "PLAN-12" in {f.rule for f in check(plan)}


@pytest.mark.parametrize(
    "views",
    [
        "Nan says he is happy.",
        "Auntie says she is happy living with her.",
        "Mam says she is fine.",
        "Grandad says he is happy.",
        "Stepdad says she is fine.",
        "Mum's partner says she is fine.",
        # the plan's own adults by name (Suzi is Betty's mother in the core group)
        "Suzi says Betty is fine.",
        "Mrs Smith says she is happy.",
        "Harriet Hill reports Betty is happy at school.",
    ],
)
def it_raises_views_only_a_relative_or_named_adult_reports(views: str) -> None:
    assert _views_raised(views)


@pytest.mark.parametrize(
    "views",
    [
        # the child speaks first and tells of the adult: her words, not theirs
        "Betty told her worker she feels safe at home.",
        "Betty talked with her SW about Dad. She said Dad feels sad.",
        "Betty said her mum says sorry now.",
        "Betty said she misses her Auntie and wants to see her.",
    ],
)
def it_keeps_the_childs_own_words_about_an_adult_as_her_voice(views: str) -> None:
    assert not _views_raised(views)


def it_hears_a_non_verbal_child_by_what_was_observed_beside_a_parents_report() -> None:
    """A child who cannot say is heard by what was observed of them: a parent named
    beside it adds to that (a fixture, callum-11-no-words, reads so)."""
    observed = "Betty is non-verbal. She was observed at home: she laughed when Suzi came in."
    assert not _views_raised(f"{observed} Suzi says she loves music.")
    assert _views_raised("Betty is non-verbal. Suzi says she loves music.")


@pytest.mark.parametrize(
    "cannot", ["Betty does not use words.", "Betty has no words.", "Betty is pre-verbal."]
)
def it_hears_a_child_without_words_by_what_she_showed_beside_a_teachers_report(
    cannot: str,
) -> None:
    """Held-out plan 166 (stop 32, after integration): a child who "does not use words",
    seen at home by her worker, named ("Seen at home with Sian: she showed ... pushed the
    'bed' PECS card away"), beside what her teacher says: heard, as the chair read it."""
    seen = (
        "Seen at home with Sian: she showed she likes her trampoline and pushed the PECS card away."
    )
    assert not _views_raised(f"{cannot} {seen} Mrs Parry says she is happiest on Fridays.")
    assert _views_raised(f"{cannot} Mrs Parry says she is happiest on Fridays.")


def _responsible(name: str, *members: tuple[str, str]) -> list[str]:
    plan = good_plan()
    plan.core_group += [CorePerson(name=who, role=role) for who, role in members]
    outcome(plan).actions[1].responsible = [name]
    return [f.problem for f in check(plan) if f.rule == "PLAN-07"]


@pytest.mark.parametrize(
    "name", ["Mrs Patel", "Mrs Patel (School Nurse)", "Mrs Patel, School Nurse", "Ms Patel - SN"]
)
def it_finds_one_patel_by_title_and_surname_with_or_without_her_role(name: str) -> None:
    assert _responsible(name, ("Priya Patel", "School Nurse")) == []


def it_lets_the_role_beside_a_name_pick_between_two_patels() -> None:
    two = (("Priya Patel", "School Nurse"), ("Anil Patel", "GP"))
    assert _responsible("Mrs Patel (School Nurse)", *two) == []
    assert _responsible("Mrs Patel", *two) == [
        '"Mrs Patel" is responsible for this action but is not in the core group.'
    ]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Ian", "Paediatrician"),  # "ian" ends the word: no person
        ("Ann", "Planning Officer"),
        ("Ed", "SENCo, Education"),
        ("Mrs Jones (School Nurse)", "School Nurse"),  # the role fits, the name does not
    ],
)
def it_raises_a_name_not_in_the_core_group_though_a_role_word_holds_it(
    name: str, role: str
) -> None:
    assert _responsible(name, ("Priya Patel", role)) == [
        f'"{name}" is responsible for this action but is not in the core group.'
    ]


def it_still_finds_a_role_by_a_word_of_it_or_its_start() -> None:
    assert _responsible("Nurse", ("Priya Patel", "School Nurse")) == []
    plan = good_plan()  # John Stevenson is the one Headteacher
    outcome(plan).actions[1].responsible = ["Head"]
    assert [f for f in check(plan) if f.rule == "PLAN-07"] == []


def _step_down(text: str) -> list[str]:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = text
    return [f.problem for f in check(plan) if f.rule == "PLAN-20"]


NO_CHANGE = "The step-down criterion says nothing that can be checked."


@pytest.mark.parametrize(
    "text",
    [
        # a placeholder
        "TBC",
        "As above",
        "To be agreed at the next review.",
        # only when: a meeting, a period, a date
        "Step down to Early Help at the review in June.",
        "Step down to Early Help at the next review.",
        "Review at next TAF meeting.",
        "The plan will be reviewed in 6 weeks.",
        "Step down in 3 months.",
        "Case closure planned for March 2024.",
        "Close by 30/06/2024.",
        # only who agrees
        "When the core group agree.",
        "Case to close at the next review if all agree.",
        # the plan's own parts done, services in general, support no longer needed
        "Step down when the outcomes of the plan are achieved.",
        "Close when all actions are complete.",
        "Step down when the parents have engaged with services.",
        "Step down when the family no longer need support.",
        "Close when there is no longer a need for social care involvement.",
        # the aim restated, the changes kept up, the family managing
        "When Betty is safe and well.",
        "Step down when Betty's needs are being met consistently.",
        "When parents are able to meet Betty's needs.",
        "Once progress has been sustained.",
        "The plan will close when the family are managing.",
        # the frame alone
        "Step down to Early Help.",
    ],
)
def it_finds_a_step_down_that_names_no_change(text: str) -> None:
    assert _step_down(text) == [NO_CHANGE]


@pytest.mark.parametrize(
    "text",
    [
        "If there is no progress the plan will be escalated to child protection.",
        "Escalate to a strategy meeting if concerns increase.",
    ],
)
def it_finds_an_escalation_written_where_the_step_down_belongs(text: str) -> None:
    assert _step_down(text) == [
        "The step-down box says what happens if things do not change, not what change "
        "would end the plan."
    ]
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = text
    [found] = [f for f in check(plan) if f.rule == "PLAN-20"]
    # one sentence a worker reads in the margin, as every finding's advice is
    assert len(found.advice.split()) <= MOST_WORDS
    assert len(_SENTENCE_END.split(found.advice)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Step down to Early Help when attendance is 95% for a whole term.",
        "Close at the next review if Betty has had no missing episodes for 3 months.",
        "Close when Mum has completed the Freedom Programme.",  # a named course: checkable
        "Close when Betty is settled.",
        "Close when the family says they are coping.",  # their own word, to ask
        "Step down when all agree that Betty attends 95%; if not, escalate to ICPC.",
    ],
)
def it_lets_a_step_down_that_names_a_change_pass(text: str) -> None:
    assert _step_down(text) == []


def _measure(text: str, child: str = "Leo") -> str:
    return Reader(word_lists(), [child]).measure(text)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a level on a named tool, from one level to another (the rubric's scaling target
        # in words: writer 27)
        ("Leo's risk on the CSE screening tool moves from high to low.", '"from high to low"'),
        ("Leo's RAG rating goes from red to amber by the review.", '"from red to amber"'),
        # none of a kind of event that can be counted or reported (writer 27)
        ("Leo does not witness any fighting at home.", '"any fighting"'),
        ("Leo will not witness any shouting between his parents.", '"any shouting"'),
        # taken to the clinician: the child's health care, seen (the rubric; writer 7)
        ("Leo is taken to the dentist.", '"taken to the dentist"'),
    ],
)
def it_reads_a_level_a_count_of_events_and_health_care_as_measures(
    text: str, evidence: str
) -> None:
    assert _measure(text) == evidence


@pytest.mark.parametrize(
    "text",
    [
        # all of a vague whole, whoever's it is, is no count (writer 27's "All of Leo's
        # needs are met consistently" read "all of" as every one of something)
        "All of Leo's needs are met consistently.",
        "All of his needs are met.",
        "All the child's needs are met.",
        # a level that only improves names no level reached
        "Leo's risk of CSE is lower.",
        # a harm or a feeling negated is still no event counted
        "Leo is not exposed to any harm.",
    ],
)
def it_keeps_all_of_a_vague_whole_and_a_vague_level_unmeasured(text: str) -> None:
    assert _measure(text) == ""


def it_still_counts_all_of_a_countable_thing_whoever_owns_it() -> None:
    assert _measure("Leo attends all of his appointments.") == '"all of his appointments"'
    assert _measure("All of Mum's appointments are kept.").startswith('"All of Mum')


@pytest.mark.parametrize(
    "text", ["Leo consistantly uses his coping strategies.", "Leo is consistenly in bed by 8pm."]
)
def it_reads_sustain_wording_as_workers_spell_it(text: str) -> None:
    assert Reader(word_lists(), ["Leo"]).sustained(text) != ""


def it_keeps_a_consistent_thing_set_up_no_sustain_wording_however_spelt() -> None:
    assert Reader(word_lists(), ["Leo"]).sustained("Leo has a consistant bedtime routine.") == ""


def it_flags_an_action_that_only_says_what_should_improve() -> None:
    """Writers 26 and 30: "Mum to improve home conditions" (a one-off with a deadline)
    says what should get better, not what anyone will do."""
    assert gaps("Mum to improve home conditions", "Mum", "", "By next core group") == [""]
    # ... a concrete doing beside it is something to do
    assert (
        gaps(
            "Mum to improve home conditions by clearing the back bedroom", "Mum", "", "By 30/05/25"
        )
        == []
    )
    # (an outcome written as the action, "School to improve his attendance to 95%", is
    # still no doing: the rubric's "says nothing the person will actually do")
    assert gaps("School to improve his attendance to 95%", "School", "Weekly", "3 months") == [""]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # the rubric's own checkable standard, with no frequency beside it
        ("Leo has a clean bed and his clothes are in drawers.", '"clean bed"'),
        ("Leo has a clean, dry cot.", '"clean, dry cot"'),
        ("There is food in the fridge for Leo.", '"food in the fridge"'),
        # sober on every occasion of the care, as "whenever" holds it
        ("Mum is sober when she cares for Leo.", '"sober when"'),
    ],
)
def it_reads_a_standard_of_care_anyone_can_look_at_as_a_measure(text: str, evidence: str) -> None:
    assert _measure(text) == evidence


@pytest.mark.parametrize(
    "text",
    [
        "The home will be clean and tidy.",  # writers 1 and 27: vague
        "Mum will be sober.",  # no occasion, no period: nothing to check it against
    ],
)
def it_keeps_a_vague_home_or_a_state_with_no_occasion_unmeasured(text: str) -> None:
    assert _measure(text) == ""


def it_needs_no_frequency_for_a_check_on_a_persons_record() -> None:
    """Writer 3: "PNC/DBS checks on dad's new partner", by a date, is done once."""
    assert gaps("PNC/DBS checks on dad's new partner", "SW", "", "by 14/03/25") == []
    assert gaps("Police checks on Mum's new partner", "SW", "", "by 14/03/25") == []
    # checks on the home are repeated: they still need a frequency
    assert gaps("Safe sleep checks at home", "HV", "", "by 14/03/25") == ["frequency"]


@pytest.mark.parametrize(
    "text", ["Contact with Dad to be reviewed.", "Leo to be identified as a young carer."]
)
def it_reads_a_passive_review_with_nobody_named_as_a_task(text: str) -> None:
    """Writer 27: an arrangement put to a professional's judgement is the work, not a
    change for the child."""
    assert Reader(word_lists(), ["Leo"]).process(text) != ""


def it_keeps_a_change_beside_a_review_no_task() -> None:
    text = "Leo sleeps in his own bed every night for 6 weeks; his bedtime to be reviewed."
    assert Reader(word_lists(), ["Leo"]).process(text) == ""


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Leo has no missing episodes for a fortnight.", '"for a fortnight"'),
        ("Leo has no missing episodes for the next quarter.", '"for the next quarter"'),
        ("Leo has no exclusions over the winter.", '"over the winter"'),
    ],
)
def it_reads_a_fortnight_a_quarter_and_a_season_as_periods(text: str, evidence: str) -> None:
    assert Reader(word_lists(), ["Leo"]).sustained(text) == evidence


def it_keeps_a_season_that_only_dates_a_start_no_period() -> None:
    assert Reader(word_lists(), ["Leo"]).sustained("Leo starts nursery in the spring.") == ""


def it_reads_a_harmful_behaviour_negated_as_a_behaviour_that_can_be_counted() -> None:
    """Writer 30: "TJ will not display harmful sexual behaviour" is a behaviour seen or
    reported, not a harm; coming to harm negated stays vague."""
    assert _measure("Leo will not display harmful sexual behaviour.") != ""
    assert _measure("Leo will not come to harm.") == ""
