"""What an independent final reader found in the family and child versions (issue 13), one
test for each kind: a Who cell that disagrees with its action, a legal-step or meeting
swap that lands without its article or verb, a verb joined to the reader's that did not
turn, the workers' "us" in the child's "I", one voice per outcome, a lack said as a
label on the child, a term shown with its joining word, and a known-as name that only
repeats the first name."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from plangen.family.cells import free_text
from plangen.family.child_text import Notes, whole_for_child
from plangen.family.child_who import Band
from plangen.family.context import family_context, words_we_use
from plangen.family.household import household
from plangen.family.plain import glossary
from plangen.family.reader import the_reader
from plangen.family.voice import for_child, for_parents
from plangen.family.worries import meeting_noted, not_a_label, worry_for_parents
from plangen.model import Child, CorePerson, Plan, PlanKind
from plangen.render.context import build_context

from .test_family_voice import family


def _plan(child: str = "Lily Price", *, action: str, responsible: str) -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name=child, age=7),
            "plan_date": dt.date(2025, 6, 9),
            "core_group": [
                CorePerson(name="Amara Osei", role="Social Worker", lead_professional=True),
                CorePerson(name="Steve Harper", role="Recovery worker"),
                CorePerson(name="Donna Price", role="Mother"),
                CorePerson(name="Paul Price", role="Father"),
            ],
            "risks": [
                {
                    "risk_factor": "Donna's drinking.",
                    "risk_to_child": "Lily could be left without a sober adult.",
                    "outcomes": [
                        {
                            "text": "Lily has a sober adult caring for her every day.",
                            "actions": [
                                {
                                    "text": action,
                                    "responsible": [responsible, "Steve Harper"],
                                    "frequency": "Weekly",
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    )


def it_names_the_reader_in_the_who_cell_where_the_action_still_names_her() -> None:
    # "her Antabuse" may be Lily's (a girl): the words stay whole, so the Who cell
    # says "Donna" too, never "You and Steve Harper | Donna will see Steve ..."
    plan = _plan(
        action="Donna will see Steve each week and take her Antabuse.", responsible="Donna"
    )
    [action] = family_context(plan, glossary(), recipient="Donna Price")["actions"]
    assert action["what"].startswith("Donna will see Steve")
    assert action["who"] == "Donna Price and Steve Harper (recovery worker)"


def it_keeps_you_in_the_who_cell_where_the_action_is_turned_to_you() -> None:
    plan = _plan(action="Donna will see Steve each week.", responsible="Donna")
    [action] = family_context(plan, glossary(), recipient="Donna Price")["actions"]
    assert action["what"] == "You will see Steve each week."
    assert action["who"] == "You and Steve Harper (recovery worker)"


def it_turns_a_verb_joined_by_or_to_the_readers_own() -> None:
    plan = _plan(action="Donna will see Steve.", responsible="Donna")
    who = household(plan, free_text(plan))
    who = replace(who, reader=the_reader(who, "Donna Price", plan.core_group))
    said = for_parents(
        "If Donna returns to the relationship or allows Paul into the home, a meeting will "
        "be held within 5 working days.",
        who,
    )
    # was left whole: "If Donna returns ... or allows Paul" in Donna's own copy
    assert said.startswith("If you return to the relationship or allow Paul into the home,")


def it_gives_a_legal_step_said_like_a_name_its_article() -> None:
    words = glossary()
    assert words.plain("A meeting will be held to consider PLO.") == (
        "A meeting will be held to consider the formal stage before court."
    )
    assert words.plain("Claire will refer back to MARAC.") == (
        "Claire will refer back to the safety meeting for people at high risk of abuse."
    )
    # one stage named twice is said once, a letter as what it is
    assert words.plain("Assessment as part of PLO pre-proceedings.") == (
        "Assessment as part of the formal stage before court."
    )
    assert words.plain("The council has issued a PLO pre-proceedings letter.") == (
        "The council has issued a letter saying the council may go to court."
    )
    # a term before a noun keeps its place ("MARAC actions"), explained in the box
    assert words.plain("Safety planning, MARAC actions.") == "Safety planning, MARAC actions."


def it_says_a_meeting_noted_with_its_date_as_a_sentence() -> None:
    who = family()
    plan_date = dt.date(2025, 1, 20)
    fragment = "Safety meeting for people at high risk of abuse on Thursday 12 December 2024."
    assert meeting_noted(fragment, who, plan_date) == (
        "There was a safety meeting for people at high risk of abuse on Thursday 12 December 2024."
    )
    later = "Safety meeting for people at high risk of abuse on Thursday 6 February 2025."
    assert meeting_noted(later, who, plan_date).startswith("There will be a safety meeting")
    heard = "Heard at the safety meeting on Thursday 29 August 2024 and Thursday 30 January 2025."
    assert meeting_noted(heard, who, plan_date) == (
        "The case was heard at the safety meeting on Thursday 29 August 2024 and Thursday "
        "30 January 2025."
    )
    sentence = "The review meeting on Monday 1 January 2024 went well."
    assert meeting_noted(sentence, who, plan_date) == sentence


def it_makes_the_fragment_a_sentence_in_the_family_version() -> None:
    plan = _plan(action="Donna will see Steve.", responsible="Donna")
    plan.risks[0].risk_factor = "Domestic abuse - Paul pushed Donna (08.11.24). MARAC 12.12.24"
    worries = " ".join(family_context(plan, glossary())["worries"])
    assert (
        "There was a safety meeting for people at high risk of abuse on Thursday 12 December "
        "2024." in worries
    )


def it_says_what_the_child_does_not_yet_understand_not_a_label() -> None:
    assert not_a_label("Ollie has no sense of danger and may run into the road") == (
        "Ollie does not yet understand danger and may run into the road"
    )
    assert not_a_label("Ollie lacks awareness of risk") == "Ollie does not yet understand risk"
    # what the child has is never turned into what he lacks
    assert not_a_label("Ollie has a sense of danger") == "Ollie has a sense of danger"
    said = worry_for_parents("Kacper is left alone.", "Kacper has no sense of danger.", family())
    assert "no sense of danger" not in said
    assert "Kacper does not yet understand danger" in said


def it_says_the_workers_us_as_the_people_helping_the_child() -> None:
    who = family()
    assert for_child("Kacper has told us about his worries.", who) == (
        "I have told the people helping me about my worries."
    )
    assert for_child("Kacper will tell us if he feels unsafe.", who) == (
        "I will tell the people helping me if I feel unsafe."
    )
    # whose "our" is cannot be said in the child's voice: the worker's words, whole
    assert for_child("Kacper comes to our office.", who) is None


def it_keeps_an_outcome_in_one_voice() -> None:
    who = family()
    notes = Notes()
    # the first sentence cannot be turned (a note in the passive): the second stays
    # in the worker's words too, never "Kacper found by ... This is so that I sleep"
    lines, worker = whole_for_child(
        "Kacper found by police at the park. This is so that he can sleep.",
        who,
        Band.TEEN,
        notes,
        tell_all=True,
        one_voice=True,
    )
    assert worker
    assert lines == ["Kacper found by police at the park.", "This is so that he can sleep."]


def it_shows_a_term_in_the_box_without_its_joining_word() -> None:
    words = glossary()
    box = words_we_use({"text": "We will make a referral to CAMHS."}, words)
    shown = [entry["term"] for entry in box]
    assert "referral" in shown
    assert "referral to" not in shown


def it_leaves_out_a_known_as_name_that_is_the_first_name() -> None:
    plan = _plan(action="Donna will see Steve.", responsible="Donna")
    plan.child.known_as = "Lily"
    assert build_context(plan)["child"]["known_as"] == ""
    plan.child.known_as = "Lil"
    assert build_context(plan)["child"]["known_as"] == "Lil"
    # a Child's Plan's own "Known as" box keeps what was written (it reads back)
    plan.child.known_as = "Lily"
    plan.kind = PlanKind.CHILDS_PLAN
    assert build_context(plan)["child"]["known_as"] == "Lily"


def it_shows_a_term_in_the_box_without_a_word_before_it() -> None:
    box = words_we_use({"text": "We will meet at every core group."}, glossary())
    assert [entry["term"] for entry in box] == ["core group"]


def it_calls_a_worker_for_a_parent_that_parents_worker() -> None:
    plan = _plan(action="Donna will see Steve.", responsible="Donna")
    plan.core_group[1].role = "Care Coordinator (CPN) for Paul"
    plan.contingency.plan = "If Paul becomes unwell, Steve will arrange a review the same week."
    said = family_context(plan, glossary())["if_not"]
    # was "Steve (your care coordinator for Paul)": whose, said once
    assert "Steve is Paul's care coordinator." in said
    assert "your care coordinator" not in said


def it_puts_the_other_person_first_beside_the_childs_i() -> None:
    who = family("Ellie Nowak", texts=("Ellie says her reading support helps.",))
    said = for_child("Ellie is safe online. She and Anna have agreed phone rules.", who)
    assert said == "I am safe online. Mum and I have agreed phone rules."


def it_gives_a_meeting_said_like_a_name_its_article_after_until() -> None:
    assert glossary().plain("Until RCPC 18.11.25") == (
        "Until the formal meeting to review the plan on 18.11.25"
    )


def it_says_a_review_meeting_and_a_step_down_as_whole_phrases() -> None:
    words = glossary()
    # was "by the review formal meeting about the child's safety"
    assert words.plain("by the review CPPM.") == "by the formal review meeting."
    # a meeting written like a name takes "the" (was "Until formal meeting to review ...")
    assert words.plain("Until review conference 06.05.25").startswith("Until the formal meeting")
    assert words.plain("at core group") == "at the group that checks the plan"
    # was "the plan move down to child who needs extra help when: ..."
    assert words.plain("and step down to CIN when: Nicola has") == (
        "and move down to a plan for extra help when: Nicola has"
    )


def it_keeps_a_referral_for_a_purpose_and_a_kind_of_foster_carer_whole() -> None:
    words = glossary()
    # was "Family Group Conference request for help from explore the wider network"; since
    # stop 32 the service's name keeps its term whole (reader 32: a swap inside a phrase
    # is worse than the term, which the box explains)
    assert words.plain("Family Group Conference referral to explore the wider network") == (
        "Family Group Conference referral to explore the wider network"
    )
    # a private foster carer looks after a child who is not in care
    assert words.plain("Private foster carer (family friend)") == (
        "Private foster carer (family friend)"
    )


def it_says_the_child_and_his_family_as_the_child_would() -> None:
    # was kept whole beside a turned sentence: "Mateus and his family are safe at home.
    # I say I do not feel I have to pay off the 'debt' ..."
    assert for_child("Kacper and his family are safe at home with no threats.", family()) == (
        "My family and I are safe at home with no threats."
    )


def it_keeps_the_child_beside_someone_else_with_or_in_the_workers_words() -> None:
    # was "There are no incidents where me or Ellie are left without a sober adult";
    # "Ellie or I are" would not agree, "Ellie or I am" reads as a slip to a child
    said = for_child("There are no incidents where Kacper or Zofia are left alone.", family())
    assert said is None


def it_turns_the_reader_as_an_object_before_someone_elses_verb() -> None:
    plan = _plan(action="Donna will see Steve.", responsible="Donna")
    who = household(plan, free_text(plan))
    who = replace(who, reader=the_reader(who, "Paul Price", plan.core_group))
    # was left whole in Paul's copy: "Lily has no unplanned contact with Paul and ..."
    said = for_parents(
        "Lily has no unplanned contact with Paul and is never present during abuse; "
        "Paul does not know where the placement is.",
        who,
    )
    assert said == (
        "Lily has no unplanned contact with you and is never present during abuse; "
        "you do not know where the placement is."
    )


def it_keeps_a_term_whose_plain_words_cannot_take_a_plurals_possessive() -> None:
    # was "carers who look after children in care' daily logs"
    assert glossary().plain("Foster carers' daily logs show progress.") == (
        "Foster carers' daily logs show progress."
    )


def it_says_a_readers_home_as_yours_before_a_joining_word() -> None:
    plan = _plan(action="Donna will see Steve.", responsible="Donna")
    who = household(plan, free_text(plan))
    who = replace(who, reader=the_reader(who, "Donna Price", plan.core_group))
    # was "Paul does not stay at your after drinking"
    said = for_parents("Paul does not stay at Donna's after drinking.", who)
    assert said == "Paul does not stay at yours after drinking."


def it_gives_a_note_about_a_baby_not_yet_born_its_verb() -> None:
    plan = _plan("Unborn baby Price", action="Donna will see Steve.", responsible="Donna")
    who = household(plan, free_text(plan))
    said = worry_for_parents("Donna uses cannabis.", "Unborn baby at risk of harm in utero", who)
    # was "This can mean Unborn baby at risk of harm in utero."
    assert "This can mean that the baby is at risk of harm in utero." in said


def it_says_a_harm_that_starts_with_if_as_a_sentence_to_the_child() -> None:
    from plangen.family.worries import worry_for_child

    said, left = worry_for_child(
        "Money worries.",
        "If Anna returns to Tomasz because she has no money, Kacper would live with abuse again",
        family(),
    )
    # was "The grown-ups are worried that If Mum returns to Dad ..."
    assert left == []
    assert "that If" not in said
    assert "If Mum returns to Dad because she has no money, I would live with abuse again." in said
