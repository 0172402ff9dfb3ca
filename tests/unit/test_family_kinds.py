"""One test for each kind of sentence the readers found wrong in the family and child
versions: a glossary paraphrase inside a noun phrase, a service's name read as an
order, plain words that only look like an order, "checking of", a plan for brothers
and sisters, and a baby not born yet."""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.family.child import no_child_version
from plangen.family.plain import glossary
from plangen.family.sentences import action_for_child
from plangen.model import Child, CorePerson, Plan, PlanKind

from .test_family_voice import family


def it_keeps_a_term_whose_paraphrase_cannot_take_a_name_before_or_words_after() -> None:
    words = glossary()
    # "PAMS close look at how the child is cared for of Stacey and Lee" was no English
    assert words.plain("PAMS parenting assessment of Stacey and Lee.") == (
        "PAMS parenting assessment of Stacey and Lee."
    )
    assert words.plain("The core group will meet.") == "The group that checks the plan will meet."


def it_puts_no_the_before_plain_words_that_start_with_their_own_determiner() -> None:
    """Betty's family version read "progress to be reviewed at the every meeting to
    check the plan": "every core group" has its own plain words, which need no "the"."""
    words = glossary()
    assert words.plain("3 months - progress to be reviewed at every core group") == (
        "3 months - progress to be reviewed at every meeting to check the plan"
    )
    assert words.plain("Reviewed at each core group.") == (
        "Reviewed at every meeting to check the plan."
    )


def it_drops_of_after_a_checking_word() -> None:
    assert glossary().plain("Monitoring of Leo's presentation.") == "Checking Leo's presentation."


def it_never_reads_a_services_name_as_an_order() -> None:
    said = action_for_child(
        "Stay and Play sessions for Mum and Dad with me at nursery",
        "Mrs Fielding",
        family(),
        actor=None,
        written="Stay and Play sessions for parents at nursery",
    )
    assert said == (
        "Mrs Fielding will help with this: Stay and Play sessions for Mum and Dad with me at "
        "nursery."
    )


def it_reads_plain_words_that_only_look_like_an_order_as_a_thing() -> None:
    said = action_for_child(
        "Talk after any time missing from home",
        "Jordan",
        family(),
        actor=None,
        written="Return home interviews after every missing episode",
    )
    assert said == "Jordan will help with this: talk after any time missing from home."


def _plan(name: str, known_as: str | None = None) -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name=name, known_as=known_as, age=6),
            "plan_date": dt.date(2025, 3, 6),
            "core_group": [
                CorePerson(name="Amara Osei", role="Social Worker", phone="01632 960 045"),
                CorePerson(name="Kirsty Hale", role="Mother"),
                CorePerson(name="Dean Hale", role="Father"),
            ],
            "risks": [
                {
                    "risk_factor": "Dean has hit Kirsty in front of the children.",
                    "risk_to_child": "The children could be hurt.",
                    "outcomes": [
                        {
                            "text": "Tyler and Mia live in a home free from abuse for 6 months.",
                            "actions": [
                                {
                                    "text": "Visit Tyler and Mia at home.",
                                    "responsible": ["Amara Osei"],
                                    "frequency": "Weekly",
                                }
                            ],
                        },
                        {"text": "Tyler is calm at school and feels safe."},
                    ],
                }
            ],
            "child_views": 'Tyler said: "I like school." Mia is too young to say.',
        }
    )


def it_makes_no_childs_version_for_brothers_and_sisters_or_a_baby_not_born_yet() -> None:
    """A child's version speaks as one child (child_who's decision): a plan for two
    children, or for a baby not born yet, gets none, and the reason says why."""
    both = no_child_version(_plan("Tyler Hale and Mia Hale", "Tyler and Mia"))
    assert "more than one child" in both  # no views or ages to tell them apart by
    assert "not born yet" in no_child_version(_plan("Unborn baby Hale"))
    assert no_child_version(_plan("Tyler Hale", "Tyler")) == ""


def _single_mum_plan() -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name="Leo Hart", age=8),
            "plan_date": dt.date(2025, 3, 6),
            "core_group": [
                CorePerson(name="Amara Osei", role="Social Worker"),
                CorePerson(name="Lisa Hart", role="Mother"),
            ],
            "risks": [
                {
                    "risk_factor": "Lisa's depression - Lisa is on antidepressants, struggles to "
                    "get up, and has missed Leo's appointments.",
                    "risk_to_child": "Leo could miss school.",
                    "outcomes": [
                        {
                            "text": "Leo goes to school every day and he is happy there.",
                            "actions": [
                                {
                                    "text": "Lisa will take her medicine and see her doctor.",
                                    "responsible": ["Lisa Hart"],
                                    "frequency": "Daily",
                                },
                                {
                                    "text": "Walk Leo to school.",
                                    "responsible": ["Mum"],
                                    "frequency": "Daily",
                                },
                            ],
                        }
                    ],
                }
            ],
        }
    )


def it_speaks_to_the_only_parent_as_you_by_her_name_never_by_her_pronoun() -> None:
    from plangen.family.context import family_context

    context = family_context(_single_mum_plan(), glossary())
    worries = " ".join(context["worries"])
    assert "We are worried about your depression." in worries
    assert "You are on antidepressants, struggle to get up, and have missed" in worries
    action, walk = context["actions"]
    assert walk["who"] == "You"  # "Mum" in her own copy
    # "her" with nobody else before it who could be "her" is hers (issue 13)
    assert action["what"] == "You will take your medicine and see your doctor."
    assert action["who"] == "You"
    assert "Lisa" not in worries


def it_keeps_her_name_and_the_who_cell_where_her_could_be_someone_elses() -> None:
    from plangen.family.context import family_context

    plan = _single_mum_plan()
    plan.risks[0].outcomes[0].actions[0].text = "Lisa will see Amara and tell her how she is."
    action = family_context(plan, glossary())["actions"][0]
    # "her" may be Amara: the sentence keeps her name, and its Who cell says her name
    # too, never "You | Lisa will ..." (one voice a row)
    assert action["what"] == "Lisa will see Amara (your social worker) and tell her how she is."
    assert action["who"] == "Lisa Hart"


def it_keeps_the_name_where_her_could_be_the_childs() -> None:
    from plangen.family.context import family_context

    plan = _single_mum_plan()
    plan.child.name = "Mia Hart"
    plan.risks[0].outcomes[0].actions[0].text = "Lisa will take her to school."
    context = family_context(plan, glossary())
    assert context["actions"][0]["what"] == "Lisa will take her to school."


def it_keeps_a_list_of_conditions_whole() -> None:
    from plangen.family.sentences import shorter

    text = (
        "The plan can close when: Zain has had 12 weeks of good sleep; Mum is getting short "
        "breaks; and the family has a plan for school."
    )
    assert shorter(text) == text  # each condition split off would read as a statement


def it_says_a_harm_written_as_what_happens_without_that() -> None:
    from plangen.family.worries import worry_for_parents

    said = worry_for_parents(
        "Mum and Dad use drugs.", "not getting the care they need (tired, hungry)", family()
    )
    # with the child as its subject: "This can mean not getting ..." had none (issue 13)
    assert "This can mean Kacper not getting the care they need (tired, hungry)." in said


def it_makes_the_child_the_subject_after_if_and_keeps_or_joined_verbs_agreeing() -> None:
    from plangen.family.voice import for_child

    who = family()
    assert for_child("If Kacper self-harms again, or says he is scared, Dad will call.", who) == (
        "If I self-harm again, or say I am scared, Dad will call."
    )
    assert for_child("If Kacper is reported missing again, or is seen with them, ...", who) == (
        "If I am reported missing again, or am seen with them, ..."
    )


def it_never_splits_a_subject_of_two_names() -> None:
    from plangen.family.sentences import two_wills

    text = (
        "If Mum is unwell, Paul will arrange a review and Ellie and Jack will stay with "
        "Grandad for as long as it is needed."
    )
    assert two_wills(text) == text


def it_says_because_before_a_name_and_its_verb() -> None:
    from plangen.family.worries import worry_for_parents

    said = worry_for_parents("Kacper turns 18 on Sunday - he is not in college.", "", family())
    assert said.startswith("We are worried because Kacper turns 18 on Sunday.")
    said = worry_for_parents("Neglect - the home is not clean.", "", family())
    assert said.startswith("We are worried about neglect.")


def it_keeps_a_term_whose_paraphrase_has_its_own_subject_before_of() -> None:
    # "not getting the care they need of Harley's physical care" was no English
    assert glossary().plain("Neglect of Harley's physical care.") == (
        "Neglect of Harley's physical care."
    )


def it_splits_which_so_and_a_dash_between_two_clauses() -> None:
    from plangen.family.joints import at_joints
    from plangen.family.sentences import is_clause

    said = at_joints(
        "Freya feels worthless and trapped at home on most days, which increases her self-harm "
        "at night.",
        is_clause,
    )
    assert said == (
        "Freya feels worthless and trapped at home on most days. This increases her self-harm "
        "at night."
    )


def it_never_splits_a_condition_after_when_into_a_statement() -> None:
    from plangen.family.joints import at_joints
    from plangen.family.sentences import is_clause

    text = (
        "Close early family support when Ruby's attendance has been 95% for a half term, "
        "and Ruby's worry score has stayed at 4/10 or lower for 6 weeks."
    )
    assert at_joints(text, is_clause) == text


def it_turns_the_reader_only_where_it_cannot_be_someone_else() -> None:
    from plangen.family.context import free_text
    from plangen.family.reader import the_reader, to_reader
    from plangen.family.voice import household

    plan = _single_mum_plan()
    plan.core_group.append(CorePerson(name="Ron Hart", role="Maternal grandfather"))
    plan.core_group[1].role = "Father"
    plan.core_group[1].name = "Gary Hart"
    who = household(plan, [*free_text(plan), "Leo says he likes school."])
    reader = the_reader(who, "Gary Hart")
    assert reader is not None
    # Ron's "he" is not the reader's: left whole
    said = "Ron said he is happy to help more and Gary agrees."
    assert to_reader(said, who, reader) == said
    # a note with no verb after the name is left whole
    assert to_reader("Gary stable for 11 weeks.", who, reader) == "Gary stable for 11 weeks."
    assert to_reader("Leo texts Gary every night.", who, reader) == "Leo texts you every night."


def it_keeps_mum_and_dad_in_what_the_child_said() -> None:
    from plangen.family.context import family_context

    plan = _single_mum_plan()
    plan.child_views = "Leo said he wants to stay with Mum."
    assert family_context(plan, glossary())["child_views"] == "Leo said he wants to stay with Mum."


def it_leaves_they_after_you_and_someone_whole() -> None:
    from plangen.family.context import free_text
    from plangen.family.reader import the_reader, to_reader
    from plangen.family.voice import household

    plan = _single_mum_plan()
    who = household(plan, free_text(plan))
    reader = the_reader(who, None)
    assert reader is not None
    said = "Lisa and Leo said they like the new flat."
    assert to_reader(said, who, reader) == said


def it_says_has_meant_for_a_harm_that_has_happened() -> None:
    from plangen.family.worries import worry_for_parents

    said = worry_for_parents("Neglect - the home is not clean.", "Kacper has had pain.", family())
    assert said.endswith("This has meant that Kacper has had pain.")


def it_says_per_week_as_a_week() -> None:
    from plangen.family.plain import signs_in_words

    assert signs_in_words("after school, 6 hours/week") == "after school, 6 hours a week"


def it_leaves_the_reader_named_where_the_turn_would_go_wrong() -> None:
    from plangen.family.context import free_text
    from plangen.family.reader import the_reader, to_reader
    from plangen.family.voice import household

    plan = _single_mum_plan()
    who = household(plan, [*free_text(plan), "Leo says he is fine."])
    reader = the_reader(who, None)
    assert reader is not None
    for kept in (
        "Dad hit Lisa while holding Mia, who has a bruise to her forehead.",  # Mia's forehead
        "Leo phones Auntie Lisa.",  # a name with a title
        "Lisa (Mum) is a single parent.",  # 'you (Mum) is'
    ):
        assert to_reader(kept, who, reader) == kept
    assert to_reader("Lisa stays calm and does not shout.", who, reader) == (
        "You stay calm and do not shout."
    )


def it_does_not_repeat_the_review_status_before_what_it_found() -> None:
    from plangen.family.sentences import progress_for_parents
    from plangen.model import Outcome, ProgressStatus, ReviewEntry

    outcome = Outcome(
        text="Leo is safe.",
        reviews=[
            ReviewEntry(
                date=dt.date(2025, 3, 1),
                status=ProgressStatus.SOME_PROGRESS,
                note="partly achieved; no overdose since January",
            )
        ],
    )
    said = progress_for_parents(outcome, family(), "partly achieved; no overdose since January")
    # said as a person tells it, the status word not repeated
    assert (
        said
        == "At the review on 1 March 2025, this had partly happened: no overdose since January."
    )


def it_leaves_weeks_of_a_pregnancy_undated() -> None:
    from plangen.family.context import family_context

    plan = _single_mum_plan()
    plan.child.name = "Unborn baby Hart"
    plan.child.age = None
    plan.risks[0].outcomes[0].actions[0].timescale = "By 28 weeks"
    [first, _] = family_context(plan, glossary())["actions"]
    assert first["by_when"] == "By 28 weeks"


def it_keeps_both_kinds_of_exploitation_that_share_one_noun() -> None:
    """A reader found Abdi's 'at risk of sexual and criminal exploitation' turned into
    'at risk of sexual and being drawn into crime': the sexual exploitation was lost."""
    from plangen.family.context import plainly
    from plangen.family.plain import glossary

    said = plainly("Abdi is at risk of sexual and criminal exploitation.", glossary())
    assert "sexual acts" in said and "crime" in said and "sexual and being" not in said


def it_calls_a_worker_for_the_child_their_own_in_the_childs_version() -> None:
    """ "Mhairi is Shannon's independent outside helper" in Shannon's own version (a
    held-out plan): a role "(for Shannon)" is the child's own worker, "my"."""
    from plangen.family.child_roles import whose_role

    who = family()
    words = glossary()
    assert whose_role("Independent Advocate (for Kacper)", words, who).startswith("my ")
    assert whose_role("Care Coordinator (for Anna)", words, who).startswith("Mum's ")


def it_keeps_the_childs_name_where_it_is_spoken_of_as_a_name() -> None:
    """ "I said being called me at school" in Robin's version (a held-out plan): the
    chosen name, the most important thing Robin said, is a name there, not the child."""
    from plangen.family.voice import for_child

    said = for_child('Kacper said being called Kacper at school "is the best thing".', family())
    assert said == 'I said being called Kacper at school "is the best thing".'


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # held-out readers: "a supported young your flat", "your evening", "their you argue"
        ("Ruby will live in a supported young parents' flat.", None),
        ("Ruby meets other young parents at the group.", None),
        ("Anna will go to parents' evening.", None),
        ("Ruby and Tyler hear their parents argue.", "Ruby and Tyler hear you argue."),
        ("The parents will attend.", "You will attend."),
    ],
)
def it_turns_only_the_readers_themselves_into_you(written: str, said: str | None) -> None:
    from plangen.family.voice import for_parents

    assert for_parents(written, family("Ruby Walsh")) == (said or written)


def it_keeps_pronouns_spoken_of_as_pronouns() -> None:
    """ "asked to be called Alex and use I or me at school": the pronouns a child
    asks for are words spoken of, not the child (a held-out plan)."""
    from plangen.family.voice import for_child

    said = for_child("Kacper has asked to be called Kacper and use he/him at school.", family())
    assert said == "I have asked to be called Kacper and use he/him at school."


def it_never_takes_a_sisters_her_for_the_mothers_in_a_plan_for_two_children() -> None:
    """ "he arrived at Ruby's school to collect your smelling of alcohol" in Ruby and
    Tyler's mother's copy (a held-out plan): the plan's "he" was Tyler's, so "her" was
    taken for the mother's own; in a plan for brothers and sisters it may be a child's."""
    from dataclasses import replace

    from plangen.family.reader import the_reader, to_reader
    from plangen.family.voice import household

    plan = _plan("Tyler Hale and Mia Hale", "Tyler and Mia")
    who = household(plan, ("Tyler says he likes school.",))
    who = replace(who, reader=the_reader(who, "Kirsty Hale"))
    assert who.reader is not None
    said = to_reader(
        "Dean says Kirsty left in 2022. Dean went to Mia's nursery to collect her drunk.",
        who,
        who.reader,
    )
    assert "collect her" in said and "your" not in said


def it_says_are_and_have_of_brothers_and_sisters() -> None:
    """ "so that Ruby and Tyler is safe and well" (a held-out plan's family copy)."""
    from plangen.family.context import family_context

    said = family_context(_plan("Tyler Hale and Mia Hale", "Tyler and Mia"), glossary())
    assert "Tyler and Mia are safe and well" in said["intro"]
    assert "Tyler and Mia is" not in str(said) and "Tyler and Mia has" not in str(said)


def it_keeps_the_capital_of_a_workers_first_name_at_the_start_of_a_review_note() -> None:
    """Held-out plan 139: "This is what we saw: attendance 75% ...; jean says Harris is
    ..." - "Mrs Jean Fyfe" is in the core group, so "Jean" is a name wherever it stands."""
    from plangen.family.household import household, lower_first

    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Harris Reid", age=3),
        plan_date=dt.date(2026, 11, 2),
        core_group=[
            CorePerson(name="Mrs Jean Fyfe", role="Nursery key worker"),
            CorePerson(name="Gemma Reid", role="Mother"),
        ],
    )
    who = household(plan, ("Jean says Harris is chatting more.",))
    assert lower_first("Jean says Harris is chatting more", who).startswith("Jean says")
    assert lower_first("Attendance is 75%", who) == "attendance is 75%"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # held-out plan 136: "Hannah and Mum will arrange a Finn to go to breakfast club"
        (
            "Finn to go to breakfast club 3 days a week",
            "Hannah will arrange for Finn to go to breakfast club 3 days a week",
        ),
        # ... and "Alan and Priti will care Act needs assessment for Mum"
        (
            "Care Act needs assessment for Mum",
            "Hannah will arrange a Care Act needs assessment for Mum",
        ),
        # a worker named in full still does it ("Olivia Grant" is in the core group)
        ("Olivia Grant to visit me weekly", "Hannah will visit me weekly"),
    ],
)
def it_arranges_for_someone_named_and_never_reads_a_named_thing_as_an_order(
    text: str, said: str
) -> None:
    from plangen.family.child_actions import _sentence

    assert _sentence(text, "Hannah", family(), text) == said
