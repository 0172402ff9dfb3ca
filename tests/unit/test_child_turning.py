"""The child's version ("My plan") as if written with the child (issue 13, the held-out
readers' "C" items): each kind of slip, from a realistic sentence of a plan written for
this test, read in the child's version's context (what the template prints)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from plangen.family.child import child_context
from plangen.family.child_gaps import has_gap
from plangen.family.plain import glossary
from plangen.family.pronouns import in_first_person
from plangen.model import Plan, PlanKind, Threshold

from ..language import check_sentence


def _plan(
    *,
    age: int = 9,
    views: str = "",
    actions: list[dict[str, Any]] | None = None,
    success: str = "",
    contingency: str = "",
    people: list[dict[str, Any]] | None = None,
) -> Plan:
    """A plan for Skye Rennie, with her mum Gemma and her dad Lewis."""
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": {"name": "Skye Rennie", "age": age},
            "plan_date": dt.date(2026, 3, 2),
            "core_group": [
                {"name": "Priya Shah", "role": "Social Worker", "phone": "01632 960 101"},
                {"name": "Gemma Rennie", "role": "Mother"},
                {"name": "Lewis Rennie", "role": "Father"},
                *(people or []),
            ],
            "risks": [
                {
                    "risk_factor": "Lewis has hurt Gemma at home.",
                    "outcomes": [
                        {
                            "text": "Skye feels safe at home and at school.",
                            "success_looks_like": success,
                            "actions": actions or [],
                        }
                    ],
                }
            ],
            "contingency": {"plan": contingency},
            "child_views": views,
        }
    )


def _context(plan: Plan) -> dict[str, Any]:
    return child_context(plan, glossary())


def _printed(context: dict[str, Any]) -> str:
    """Every text the child's version prints, the worker's notes left out."""
    shown = {k: v for k, v in context.items() if k != "notes"}
    return json.dumps(shown, ensure_ascii=False)


def _helpers(context: dict[str, Any]) -> str:
    return " ".join(f"{h['text']} {h['what']}" for h in context["helpers"])


# 1. turning slips -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("an older man known to her as 'Kai'", "an older man known to me as 'Kai'"),
        ("nobody is there to stop her going out", "nobody is there to stop me going out"),
        ("no questions about her home or school", "no questions about my home or school"),
        ("take her home after school", "take me home after school"),  # a regression guard
    ],
)
def it_says_me_where_her_is_the_object_and_my_where_it_is_whose(written: str, said: str) -> None:
    assert in_first_person(written, "she") == said


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean will have sessions with me, held at The Hive in, not in Kirkby.",
        "I drew Nan, Mum, Finn and in my house of good things.",
        "[name is my health visitor].",
        "Marcus will arrange a Dad not to be told where I live.",
    ],
)
def it_finds_a_gap_or_a_slip_left_by_turning(sentence: str) -> None:
    assert has_gap(sentence)
    hits = check_sentence(sentence, names={"Skye"}, child="Skye", version="child")
    assert "turning" in {hit.check for hit in hits}  # and so does the checker, its own way


def it_does_not_find_a_gap_in_a_sentence_that_ends_in_a_preposition() -> None:
    """A regression guard: a sentence may end in "to" or "on"."""
    for fine in ("Ms Desai will help me feel listened to.", "I can rely on Mum, and Nan."):
        assert not has_gap(fine)
        hits = check_sentence(fine, names={"Skye"}, child="Skye", version="child")
        assert "turning" not in {hit.check for hit in hits}


def it_says_what_is_kept_from_dad_never_arrange_a_dad() -> None:
    plan = _plan(
        age=15,
        actions=[
            {
                "text": "Dad not to be told where Skye is living or studying",
                "responsible": ["Priya Shah"],
            }
        ],
    )
    helpers = _helpers(_context(plan))
    assert "Priya will make sure Dad is not told where I am living or studying." in helpers
    assert "a Dad" not in helpers


def it_leaves_a_sentence_with_a_gap_out_and_tells_the_worker() -> None:
    plan = _plan(
        actions=[
            {
                "text": "Sessions with Skye at the youth centre in [address not shared], not in "
                "Kirkby",
                "responsible": ["Priya Shah"],
            }
        ]
    )
    context = _context(plan)
    assert "in, not in" not in _printed(context)
    assert "Kirkby" not in _printed(context)
    assert any("not in Kirkby" in note for note in context["notes"])  # the draft names it


def it_says_a_person_works_in_a_unit_never_that_they_are_one() -> None:
    plan = _plan(
        people=[
            {
                "name": "PC Stuart Grieve",
                "role": "Domestic Abuse Investigation Unit",
                "agency": "Police Scotland",
            }
        ]
    )
    printed = _printed(_context(plan))
    assert "PC Grieve works in the" in printed
    assert "is my family's" not in printed


# 2. helpers named with the right person ------------------------------------------------


def it_says_whom_a_helper_helps_from_the_action_never_a_guess() -> None:
    plan = _plan(
        people=[
            {"name": "Lorna Bain", "role": "Outreach Worker", "agency": "Women's Aid"},
        ],
        actions=[
            {"text": "Outreach support for Gemma", "responsible": ["Lorna Bain", "Gemma Rennie"]},
            {"text": "Lewis to attend a men's programme", "responsible": ["Lewis Rennie"]},
        ],
    )
    grown_ups = " ".join(_context(plan)["grown_ups"])
    assert "Lorna will help Mum with that." in grown_ups
    assert "help Dad" not in grown_ups and "will help with that" not in grown_ups


def it_keeps_a_careers_adviser_who_works_only_with_me_as_my_helper() -> None:
    plan = _plan(
        age=17,
        people=[{"name": "Tasha Morley", "role": "Personal Adviser / Careers", "phone": "0163"}],
        actions=[
            {"text": "Careers guidance with Skye", "responsible": ["Tasha Morley"]},
            {"text": "Lewis to see his GP", "responsible": ["Lewis Rennie"]},
        ],
    )
    context = _context(plan)
    assert "Tasha is my personal adviser." in _helpers(context)
    assert "Tasha" not in " ".join(context["grown_ups"])


# 3. the child's own help -------------------------------------------------------------


def it_tells_me_the_kind_of_help_where_the_words_cannot_be_turned() -> None:
    plan = _plan(
        actions=[
            {
                "text": "Direct work with Skye on her feelings, what is and is not her "
                "responsibility, and her own safety plan; see Skye alone at school",
                "responsible": ["Priya Shah"],
            }
        ],
        people=[{"name": "Denise Patterson", "role": "Designated Safeguarding Lead"}],
    )
    helpers = _helpers(_context(plan))
    assert "Priya will spend time with me on my own." in helpers
    assert "Priya will make a safety plan with me." in helpers


def it_always_keeps_the_safety_resources_the_plan_gives_me() -> None:
    plan = _plan(
        age=16,
        success="Skye can say her 3 safe adults and that she can phone 999",
        actions=[{"text": "Skye to use Kooth and the Shout text line", "responsible": []}],
    )
    helpers = _helpers(_context(plan))
    assert "If I am in danger, I can phone 999." in helpers
    assert "I can use Kooth online" in helpers
    assert "I can text Shout on 85258" in helpers
    assert "safe adults" in helpers


def it_does_not_give_me_a_grown_ups_own_999() -> None:
    """A regression guard: Mum's own safety plan is not the child's."""
    plan = _plan(contingency="If Lewis comes to the house, Gemma will call 999.")
    assert "phone 999" not in _helpers(_context(plan))


# 4. what I said ------------------------------------------------------------------------


def it_says_plainly_i_have_not_been_asked_when_only_others_views_are_recorded() -> None:
    plan = _plan(views="Mum says Skye doesn't mind helping and likes looking after her.")
    views = _context(plan)["my_views"]
    assert views == ["I have not been asked yet what I think."]
    assert "spent time with me" not in _printed(_context(plan))


def it_leaves_what_i_said_out_when_i_was_seen_but_my_words_are_not_recorded() -> None:
    plan = _plan(views="Skye was seen alone at school on 04.02.26.")
    assert _context(plan)["my_views"] == []


def it_keeps_my_words_told_to_a_teacher_and_leaves_a_workers_report_out() -> None:
    plan = _plan(
        age=14,
        views="Mrs Crabtree says Skye told her she thinks everyone is overreacting. "
        "Jade reports Skye is starting to open up.",
    )
    views = _context(plan)["my_views"]
    assert views == ["I told Mrs Crabtree that I think everyone is overreacting."]


# 5. age ----------------------------------------------------------------------------


def it_gives_a_child_under_8_no_clinical_numbers() -> None:
    plan = _plan(age=6)
    plan.risks[0].outcomes[
        0
    ].text = (
        "Skye is taken to 100% of her health appointments and her weight is back on the 9th centile"
    )
    changes = " ".join(c["text"] for c in _context(plan)["changes"])
    assert "all of my health appointments" in changes
    assert "my weight is back where it should be" in changes
    assert "centile" not in changes and "100" not in changes


def it_does_not_tell_a_child_a_parents_act_would_set_off_a_legal_step() -> None:
    plan = _plan(
        contingency="If Skye's safety cannot be maintained, or if Gemma has contact with "
        "Lewis outwith the plan, a referral will be made to the Children's Reporter."
    )
    context = _context(plan)
    assert "Mum has contact" not in context["if_not"]
    assert "What if my safety cannot be maintained?" in context["if_not"]
    assert any("blaming a parent" in note for note in context["notes"])


def it_keeps_a_danger_the_child_should_know_of() -> None:
    """A regression guard: only a parent's act that would set off a legal step is left
    to the worker; what keeps the child safe stays."""
    plan = _plan(
        age=6,
        contingency="If Lewis tries to find Skye or Gemma, or comes to school, the school "
        "will call the police straight away.",
    )
    assert "What if Dad tries to find me" in _context(plan)["if_not"]


def it_does_not_speak_of_the_grown_ups_in_my_family_to_a_teenager() -> None:
    plan = _plan(age=16)
    plan = plan.model_copy(
        update={"kind": PlanKind.CHILDS_PLAN, "threshold": Threshold.CHILD_IN_NEED}
    )
    explained = {word["term"]: word["explain"] for word in _context(plan)["words_we_use"]}
    assert "agree to it" in explained["child in need plan"]  # the sentence in question
    assert "grown-ups in my family" not in explained["child in need plan"]


def it_leaves_frightening_detail_for_the_worker_to_explain() -> None:
    plan = _plan(age=14)
    plan.risks[
        0
    ].risk_to_child = (
        "This can mean that Skye is at risk of rape and being trafficked to other towns."
    )
    context = _context(plan)
    assert "rape" not in _printed(context) and "traffick" not in _printed(context)


def it_gives_an_outcome_with_no_verb_a_lead_in() -> None:
    """An outcome written as a note ("Paediatric assessment for Theo re ?ASD", writer 26)
    turns to "... for me" with no verb: the child's version says what it is about."""
    from plangen.family.child_changes import _HAS_VERB

    assert not _HAS_VERB().search("Children's assessment for me about ?ASD")
    assert _HAS_VERB().search("I attend school every day")
    assert _HAS_VERB().search("I am safe at home")


def it_turns_a_words_box_list_that_starts_with_the_reader() -> None:
    """Leo's words box said "The core group is them, their social worker and others who
    help my family": the parents' "is you, your social worker" turned word by word."""
    from plangen.family.child_words_box import words_for_child

    said = words_for_child(
        "The core group is you, your social worker and others who help your family.",
        grown_ups="The grown-ups",
    )
    assert said == (
        "The core group is the grown-ups in my family, my social worker and others who "
        "help my family."
    )
