"""The child's version in the child's voice (issue 13, child29): each kind of slip seen
on held-out plans, from a sentence of a plan written for this test, turned as "My plan"
turns it.  Plans: ``tests/child_plans/`` (six children written for these kinds)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from plangen.family.child import child_context, no_child_version
from plangen.family.child_who import reading_need
from plangen.family.context import free_text
from plangen.family.half_turned import half_turned, we_not_them
from plangen.family.household import Household, household
from plangen.family.plain import glossary
from plangen.family.voice import for_child
from plangen.model import Plan, PlanKind

PLANS = Path(__file__).resolve().parent.parent / "child_plans"


def _plan(name: str) -> Plan:
    return Plan.model_validate(json.loads((PLANS / name).read_text()))


def _who(plan: Plan) -> Household:
    return household(plan, free_text(plan), by_child=True)


def _with(views: str = "", **child: Any) -> Plan:
    """A plan for Ava Jones (9), her mum Kerry and her aunt Jo, who looks after her."""
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": {"name": "Ava Jones", "age": 9, **child},
            "plan_date": dt.date(2025, 10, 6),
            "core_group": [
                {"name": "Helen Brooks", "role": "Social Worker", "lead_professional": True},
                {"name": "Jo Smith", "role": "Maternal Aunt (kinship carer)"},
                {"name": "Kerry Jones", "role": "Mother"},
                {"name": "Carol Dean", "role": "Maternal Grandmother"},
            ],
            "risks": [
                {
                    "risk_factor": "Ava was left alone at night and she is anxious.",
                    "risk_to_child": "Ava is anxious.",
                    "outcomes": [{"text": "Ava feels safe and she sleeps well."}],
                }
            ],
            "child_views": views,
        }
    )


# 1. half-turned voices


def it_never_leaves_a_verb_of_the_third_person_in_a_list_of_my_verbs() -> None:
    who = _who(_plan("mia-6-court.json"))
    # "wets" is no verb the word list holds: the sentence is not turned at all
    said = for_child("Mia is frightened at home, wets the bed and has been late to school.", who)
    assert said is None
    assert half_turned("I am frightened at home, wets the bed and have been late.")
    # a list of things is not a list of verbs; a verb the list holds is turned
    assert not half_turned("I have toothache and headaches in class.")
    assert not half_turned("I am safe at home and at school, with no visits or calls from Dad.")
    assert for_child("Mia attends school and arrives by 8:45am.", who) == (
        "I attend school and arrive by 8:45am."
    )


def it_says_us_for_my_sister_and_me_never_them() -> None:
    said = "my sister and I are left without a sober adult to care for them and keep them safe."
    assert we_not_them(said) == (
        "my sister and I are left without a sober adult to care for us and keep us safe."
    )
    # another group named in between: theirs
    assert we_not_them("Jack and I see the children and play with them.") == (
        "Jack and I see the children and play with them."
    )
    assert we_not_them("Mia and I worry about Mum and Dad and want them to stop.") == (
        "Mia and I worry about Mum and Dad and want them to stop."
    )


def it_tells_the_worry_of_a_harm_whose_cause_is_left_out_as_a_whole_sentence() -> None:
    plan = _plan("ava-9-kinship.json")
    context = child_context(plan, glossary(None))
    worries = " ".join(context["worries"])
    assert "This has meant" not in worries and "This can mean" not in worries
    assert "I was not looked after well enough and feel very worried" in worries


# 2. pronouns and family members as the child calls them


def it_never_makes_another_persons_her_mine() -> None:
    who = _who(_with())
    said = for_child("Ava said she misses Mummy and wants to see her more.", who)
    assert said is None or "see her more" in said
    assert "my more" not in (said or "") and "me more" not in (said or "")


def it_keeps_what_i_tell_someone_about_me() -> None:
    who = _who(_plan("ellie-15-easy-read.json"))
    said = for_child("Ellie is home by 9pm every night and tells Donna where she is going.", who)
    assert said == "I am home by 9pm every night and tell Mum where I am going."
    # someone else telling me: her "she" may be her own
    assert for_child("Mum tells Ellie where she is going.", who) is None


def it_makes_the_object_of_a_carers_action_me_where_she_is_a_she_as_i_am() -> None:
    who = _who(_with())
    said = for_child("Auntie Jo will take Ava to school and collect her.", who, actor="she")
    assert said == "Auntie Jo will take me to school and collect me."


def it_makes_the_object_of_someone_elses_clause_me_only_when_no_one_else_could_be_it() -> None:
    who = _who(_plan("mia-6-court.json"))
    assert for_child("Kelly walks Mia to school and picks her up.", who) == (
        "Mum walks me to school and picks me up."
    )
    # Carol is named too: "her" may be Carol, so the worker's words stay
    assert for_child("Kelly tells Carol about Mia and thanks her.", who) is None
    ava = _who(_with())
    said = "Ava feels safe, sleeps well, plays with friends and tells Jo when she is worried."
    assert for_child(said, ava) == (
        "I feel safe, sleep well, play with friends and tell Auntie Jo when I am worried."
    )
    assert for_child("Ava is safe, and Kerry tells Jo where she is going.", ava) is None


def it_never_leaves_him_in_what_a_grandad_does_for_a_boy() -> None:
    """A doer who is "he" as the child is: their object "him" is the child's unless
    someone else is named for it to be; days and places are no one."""
    who = _who(_plan("jj-14-exploitation.json"))
    take = "Grandad will take JJ to boxing club on Tuesdays and Thursdays and bring him home."
    assert for_child(take, who, actor="he") == (
        "Grandad will take me to boxing club on Tuesdays and Thursdays and bring me home."
    )
    club = "Grandad will take JJ to Hallam Boxing Club and bring him home."
    assert for_child(club, who, actor="he") == (
        "Grandad will take me to Hallam Boxing Club and bring me home."
    )
    both = "Grandad will take JJ and Sam to the park and bring him home."
    assert for_child(both, who, actor="he") == (
        "Grandad will take me and Sam to the park and bring him home."
    )
    assert for_child("Dad will take JJ to his flat.", who, actor="he") == (
        "Dad will take me to his flat."
    )


def it_names_grandparents_and_aunts_as_the_child_calls_them() -> None:
    who = _who(_with())
    called = {relative.first: relative.called for relative in who.relatives}
    assert called == {"Jo": "Auntie Jo", "Kerry": "Mum", "Carol": "Nan"}
    assert for_child("Carol will have Ava to stay at weekends.", who) == (
        "Nan will have me to stay at weekends."
    )
    assert for_child("Jo Smith takes Ava to school.", who) == "Auntie Jo takes me to school."
    # a name after what the child calls them stays: never "Nanna Nan", "Auntie Auntie Jo"
    assert for_child("Ava likes Nanna Carol and Auntie Jo.", who) == (
        "I like Nanna Carol and Auntie Jo."
    )
    assert for_child("Ava lives with her Nanna, Carol, at weekends.", who) == (
        "I live with my Nanna, Carol, at weekends."
    )


def it_names_a_grandmother_as_nan_never_by_her_first_name() -> None:
    plan = _plan("mia-6-court.json")
    context = child_context(plan, glossary(None))
    grown_ups = " ".join(context["grown_ups"])
    # as Mia calls her in what she said ("Nanna Carol makes the best pancakes")
    assert "Nanna will have me to stay" in grown_ups
    assert "Carol" not in grown_ups
    # what Mia called her stays as the worker wrote it down
    assert "I said Nanna Carol makes the best pancakes." in context["my_views"]


def it_keeps_the_family_versions_names_as_they_were() -> None:
    """The family version names relatives by first name, as its own rules say: what the
    child calls them is for the child's version only."""
    plan = _with()
    family = household(plan, free_text(plan))
    assert {r.first: r.called for r in family.relatives}["Carol"] == ""


# 3. the child's quoted words never rewritten


def it_never_rewrites_a_quotation_to_the_childs_word_for_mum() -> None:
    """A child who says "Mummy" reads "Mummy" in their plan, but what anyone said in
    quotation marks stays as they said it."""
    plan = json.loads((PLANS / "ava-9-kinship.json").read_text())
    plan["child_views"] = 'Ava said: "I miss Mummy."'
    plan["risks"][0]["outcomes"][1]["text"] = (
        'Ava sees her mum safely twice a week and tells Helen "I like seeing Mum".'
    )
    context = child_context(Plan.model_validate(plan), glossary(None))
    changes = " ".join(change["text"] for change in context["changes"])
    assert 'I will see Mummy safely twice a week and tell Helen "I like seeing Mum".' in changes


# 4. under 8: no process language, what would happen said plainly


def it_says_what_would_happen_to_a_young_child_without_the_legal_steps() -> None:
    context = child_context(_plan("mia-6-court.json"), glossary(None))
    said = context["if_not"]
    assert said == (
        "If things do not get better, the grown-ups will meet to decide what to do to keep "
        "me safe. Priya will talk to me about it."
    )
    assert not any(word in said.lower() for word in ("court", "legal", "section", "proceedings"))


# 5. a child who does not use words


def it_says_how_a_child_without_words_showed_their_views() -> None:
    context = child_context(_plan("callum-11-no-words.json"), glossary(None))
    views = context["my_views"]
    assert views[0] == "I showed my helpers what I like and how I feel with my eye-gaze device."
    assert not any(view.startswith("I said") for view in views)


# 6. a very young child


def it_tells_the_worker_how_to_share_a_very_young_childs_plan() -> None:
    why = no_child_version(_plan("poppy-3-too-young.json"))
    assert "under 4" in why and "with the parents" in why and "play" in why


# 7. translation and easy-read


def it_asks_for_a_translation_or_an_easy_read_copy_for_the_child() -> None:
    yusuf = _plan("yusuf-10-arabic.json")
    assert reading_need(yusuf, _who(yusuf).child_names).startswith("translated into Arabic")
    ellie = _plan("ellie-15-easy-read.json")
    assert reading_need(ellie, _who(ellie).child_names) == "made easy-read"
    # a parent's interpreter is the family version's, not the child's
    assert reading_need(_with(), ("Ava Jones", "Ava")) == ""
    notes = child_context(yusuf, glossary(None))["notes"]
    assert any("must be translated into Arabic" in note for note in notes)


# 8. a teenager: what each helper does, said once


def it_says_how_often_once_for_a_teenager() -> None:
    context = child_context(_plan("ellie-15-easy-read.json"), glossary(None))
    rachel = next(h["what"] for h in context["helpers"] if h["what"].startswith("Rachel will"))
    assert "weekly" in rachel and "once a week" not in rachel
