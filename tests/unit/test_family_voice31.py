"""The family version's voice and meaning, kinds from reader 30 (issue 13), each with
the exact sentence a reader read before and the one they read now.

1. the young person's own copy: "you" was her parents ("Sana said at school that you
   had arranged her marriage", held-out plan 146), and the status named her to herself;
2. an early help plan said "You chose to have it." to a father who would not accept it.
"""

from __future__ import annotations

import datetime as dt

from plangen.family.context import family_context
from plangen.family.plain import glossary
from plangen.model import Child, CorePerson, Meeting, Plan, PlanKind, Risk, Threshold


def young_plan(**changes: object) -> Plan:
    """A plan for Sana, 17, who gets her own copy, with her mother and father."""
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Sana Hussain", age=17),
        plan_date=dt.date(2026, 10, 2),
        next_core_group=Meeting(
            date=dt.date(2026, 10, 22), details="2pm (parents seen separately at 3.30pm)"
        ),
        core_group=[
            CorePerson(name="Fiona Drummond", role="Social Worker", lead_professional=True),
            CorePerson(name="Sana Hussain", role="Young person"),
            CorePerson(name="Nasreen Hussain", role="Mother"),
            CorePerson(name="Tariq Hussain", role="Father"),
        ],
        risks=[
            Risk(
                risk_factor="Sana (17) said at school that parents had arranged her marriage.",
                risk_to_child="Forced marriage.",
            )
        ],
        child_views="Sana: 'I'm not going back.'",
    )
    return plan.model_copy(update=changes)


def test_the_young_persons_own_copy_never_gives_her_parents_part_to_her() -> None:
    context = family_context(young_plan(), glossary(), recipient="Sana Hussain")
    [worry] = context["worries"]
    assert "that you had arranged her marriage" not in worry
    assert "that Nasreen and Tariq had arranged her marriage" in worry
    assert "(you seen separately" not in context["next_meeting"]
    assert "(Nasreen and Tariq seen separately at 3.30pm)" in context["next_meeting"]


def test_the_young_persons_own_copy_tells_her_about_her_own_plan() -> None:
    context = family_context(young_plan(), glossary(), recipient="Sana Hussain")
    assert "You and the workers must work together to keep Sana safe." not in context["status"]
    assert context["status"].startswith(
        "You have a child protection plan. This means the workers are worried that you "
        "could come to serious harm. They will work with you to keep you safe."
    )
    assert "so that you are safe and well." in context["intro"]
    assert context["child_views_heading"] == "What you said"


def test_a_parents_copy_of_the_same_plan_still_speaks_to_the_parent() -> None:
    context = family_context(young_plan(), glossary(), recipient="Nasreen Hussain")
    assert "keep Sana safe" in context["status"]
    assert context["child_views_heading"] == "What Sana said"


def test_an_early_help_plan_is_not_said_to_be_each_parents_choice() -> None:
    plan = young_plan(kind=PlanKind.CHILDS_PLAN, threshold=Threshold.EARLY_HELP)
    status = family_context(plan, glossary())["status"]
    assert "You chose to have it." not in status
    assert status.endswith(
        "This means your family gets extra support early on. It was agreed at the meeting."
    )


def test_the_parents_and_the_young_person_are_not_among_those_helping_the_family() -> None:
    plan = young_plan(
        core_group=[
            *young_plan().core_group,
            CorePerson(name="Gary Muir", role="Stepfather"),
            CorePerson(name="Halina Nowak", role="Paternal grandmother (Nan)"),
        ]
    )
    names = [entry["name"] for entry in family_context(plan, glossary())["people"]]
    assert names == ["Fiona Drummond", "Halina Nowak"]  # was every member, parents too
    own = family_context(plan, glossary(), recipient="Nasreen Hussain")["people"]
    assert [entry["name"] for entry in own] == ["Fiona Drummond", "Halina Nowak"]


def test_betty_smiths_parents_are_not_listed_as_her_helpers() -> None:
    from pathlib import Path

    from plangen.intake import read_plans

    [betty] = read_plans(Path(__file__).parents[2] / "inputs" / "betty-smith.xlsx")
    assert isinstance(betty, Plan)
    names = [entry["name"] for entry in family_context(betty, glossary())["people"]]
    assert "Suzi Smith" not in names and "Tom Smith" not in names
    assert "Harriet Hill" in names


def parents_plan(risk: str, **changes: object) -> Plan:
    """A plan for Noah, 4, with his mother Leanne and his father Daniel."""
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Noah Price", age=4),
        plan_date=dt.date(2026, 9, 3),
        core_group=[
            CorePerson(name="Ffion Rees", role="Social Worker", lead_professional=True),
            CorePerson(name="Daniel Price", role="Father (Noah lives with him)"),
            CorePerson(name="Leanne Price", role="Mother"),
        ],
        risks=[Risk(risk_factor=risk, risk_to_child="Harm to feelings.")],
        child_views="Noah says he likes his bed.",
    )
    return plan.model_copy(update=changes)


def test_the_workers_label_mother_is_the_mother_by_name_and_you_in_her_own_copy() -> None:
    risk = "Mother's relationship with Craig Booth. Leanne let Craig stay overnight."
    [family] = family_context(parents_plan(risk), glossary())["worries"]
    assert "Mother's relationship" not in family
    assert family.startswith("We are worried about Leanne's relationship with Craig Booth.")
    [own] = family_context(parents_plan(risk), glossary(), recipient="Leanne Price")["worries"]
    assert "Leanne let Craig" not in own
    assert own.startswith(
        "We are worried about your relationship with Craig Booth. You let Craig stay overnight."
    )


def test_the_workers_label_father_is_the_father_by_name_and_you_in_his_own_copy() -> None:
    risk = "Father - history of domestic abuse to Mum."
    [family] = family_context(parents_plan(risk), glossary())["worries"]
    assert "worried about Father" not in family
    assert "We are worried about Daniel (history of abuse at home to Leanne)." in family
    [own] = family_context(parents_plan(risk), glossary(), recipient="Daniel Price")["worries"]
    assert "We are worried about you (history of abuse at home to Leanne)." in own
    kept = family_context(parents_plan("Mother and baby unit place found."), glossary())
    assert "Mother and baby unit place found" in kept["worries"][0]


def test_both_of_you_keeps_its_they_as_you() -> None:
    from plangen.family.voice import for_parents

    from .test_family_voice import family

    said = for_parents(
        "both parents can explain the harm and the law to the SW in their own words and "
        "say they will not allow it, at each visit",
        family(),
    )
    assert "in their own words and say they will not allow it" not in said
    assert said == (
        "both of you can explain the harm and the law to the SW in your own words and "
        "say you will not allow it, at each visit"
    )
    # someone else in the clause could be "they": left as written
    kept = for_parents("Both parents will tell the children they are loved", family())
    assert kept == "Both of you will tell the children they are loved"


def test_mum_and_dad_in_the_family_version_are_you() -> None:
    from plangen.family.voice import for_parents

    from .test_family_voice import family

    said = for_parents("Mum and Dad to set parental controls and check devices", family())
    assert said == "You to set parental controls and check devices"  # was "Anna and Tomasz"
    assert for_parents("Kacper told his mum and dad", family()) == "Kacper told you"
    assert (
        for_parents("Mum and Dad and Nan will meet", family())
        == "Anna and Tomasz and Nan will meet"
    )


def test_a_you_to_note_reads_as_a_sentence_whatever_its_verb() -> None:
    from plangen.family.said_to_do import will_do

    from .test_family_voice import family

    assert will_do("You to set parental controls", family()) == "You will set parental controls"


def test_a_course_for_parents_of_a_kind_is_not_said_to_be_for_the_reader() -> None:
    from plangen.family.voice import for_parents

    from .test_family_voice import family

    said = for_parents(
        "Anna to complete a course adapted for parents with learning disabilities", family()
    )
    assert "adapted for you with learning disabilities" not in said
    assert said.endswith("a course adapted for parents with learning disabilities")


def test_the_workers_own_me_in_the_childs_views_is_the_worker() -> None:
    plan = young_plan(
        child_views="Sana told me she likes college. She showed me her timetable - 'tell me more'."
    )
    views = family_context(plan, glossary())["child_views"]
    assert "told me" not in views and "showed me" not in views
    assert "Sana told Fiona (your social worker) she likes college." in views
    assert "She showed Fiona her timetable - 'tell me more'." in views


def test_a_daily_routine_with_its_days_held_back_is_not_said_to_be_every_day() -> None:
    from plangen.privacy.routines import cut_cleanly

    assert cut_cleanly("Daily (Mon, Tue, Thu)", pregnancy=False) != "Daily"
    assert cut_cleanly("Daily (Mon, Tue, Thu)", pregnancy=False) == "Some days each week"
    assert cut_cleanly("Weekly (Wednesdays)", pregnancy=False) == "Weekly"


def test_two_months_joined_by_a_slash_are_one_period() -> None:
    from plangen.family.in_words import signs_in_words

    said = signs_in_words("attendance 64% in August/September.")
    assert "August or September" not in said
    assert said == "attendance 64% in August and September."
    assert signs_in_words("yes/no") == "yes or no"


def test_a_mothers_own_action_with_mum_is_with_the_child() -> None:
    from plangen.model import Action, Outcome

    action = Action(text="Video call with Mum every evening", responsible=["Leanne Price"])
    plan = parents_plan(
        "Harm.",
        risks=[
            Risk(risk_factor="Harm.", outcomes=[Outcome(text="Noah is settled.", actions=[action])])
        ],
    )
    [row] = family_context(plan, glossary())["actions"]
    assert "Video call with Leanne" not in row["what"]
    assert row["what"].startswith("Video call with Noah every evening")


def test_a_change_not_achieved_before_its_deadline_is_not_said_to_be_late() -> None:
    from plangen.family.sentences import progress_for_parents
    from plangen.model import Action, Outcome, ProgressStatus, ReviewEntry

    from .test_family_voice import family

    review = ReviewEntry(
        date=dt.date(2026, 10, 20), status=ProgressStatus.NOT_ACHIEVED, timescale_extended=True
    )
    early = Outcome(
        text="Mason attends the dentist",
        actions=[Action(text="Take Mason to the dentist", timescale="By 31/10/26")],
        reviews=[review],
    )
    said = progress_for_parents(early, family(), "")
    assert "by the time agreed" not in said
    assert said == (
        "At the review on 20 October 2026, this had not happened yet. "
        "The time to do it was made longer at this review."
    )
    late = early.model_copy(
        update={"actions": [Action(text="Take Mason to the dentist", timescale="By 30/09/26")]}
    )
    assert "this had not happened by the time agreed." in progress_for_parents(late, family(), "")


def test_glossary_words_keep_their_meaning_where_they_land() -> None:
    words = glossary()
    # "perplexing presentations" is not "how a person looks, acts and seems"
    fii = words.plain("fabricated or induced illness (perplexing presentations)")
    assert fii == "fabricated or induced illness (symptoms that doctors cannot explain)"
    assert "presentation" not in {term.term for term in words.terms_in(fii)}
    # the police told the mother about a partner: nobody "tells someone they have been harmed"
    said = words.plain("(CSODS disclosure to Leanne done 15/08/26)")
    assert "report of harm" not in said and "disclosure" not in said
    assert said == "(police warning about a person's record to Leanne done 15/08/26)"
    # not a move of house, in a family where the young person has just left home
    moving = words.plain("transition planning with adult services from February 2027")
    assert moving == "planning for moving on with adult services from February 2027"


def test_no_progress_after_the_deadline_is_not_softened_to_not_yet() -> None:
    from plangen.family.sentences import progress_for_parents
    from plangen.model import Action, Outcome, ProgressStatus, ReviewEntry

    from .test_family_voice import family

    late = Outcome(
        text="Rebecca will work with psychology",
        actions=[Action(text="Refer to psychology", timescale="By 22/07/26")],
        reviews=[
            ReviewEntry(
                date=dt.date(2026, 9, 9), status=ProgressStatus.NO_PROGRESS, note="declined again"
            )
        ],
    )
    said = progress_for_parents(late, family(), "declined again")
    assert "this had not changed yet" not in said
    assert (
        said
        == "At the review on 9 September 2026, this had not changed by the time agreed: declined again."
    )


def test_a_father_of_an_unborn_baby_is_told_his_own_part_without_his_age() -> None:
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Unborn baby Brooks"),
        plan_date=dt.date(2026, 10, 14),
        core_group=[
            CorePerson(name="Sophie Hartley", role="Social Worker", lead_professional=True),
            CorePerson(name="Kayla Brooks", role="Mother (aged 16)"),
            CorePerson(name="Reece Dalton", role="Father of unborn baby (19)"),
        ],
        risks=[
            Risk(
                risk_factor="Reece (19) has been controlling and violent to Kayla.",
                risk_to_child="Harm to the baby.",
            )
        ],
    )
    [worry] = family_context(plan, glossary(), recipient="Reece Dalton")["worries"]
    assert "Reece (19) has been" not in worry
    assert "We are worried because you have been controlling and violent to Kayla." in worry


def test_the_workers_word_for_the_reader_with_her_name_is_you() -> None:
    plan = parents_plan("Abuse by stepdad (Daniel Price). Noah is frightened.")
    [own] = family_context(plan, glossary(), recipient="Daniel Price")["worries"]
    assert "stepdad (you)" not in own
    assert own.startswith("We are worried about abuse by you.")


def test_a_doer_said_as_the_readers_own_is_yours_in_her_own_copy() -> None:
    from plangen.model import Action, Outcome

    action = Action(text="Progress the court application", responsible=["Daniel's solicitor"])
    outcome = Outcome(text="Noah is settled.", actions=[action])
    plan = parents_plan("Harm.", risks=[Risk(risk_factor="Harm.", outcomes=[outcome])])
    [own] = family_context(plan, glossary(), recipient="Daniel Price")["actions"]
    assert own["who"] == "Your solicitor"
    [other] = family_context(plan, glossary(), recipient="Leanne Price")["actions"]
    assert other["who"] == "Daniel's solicitor"
