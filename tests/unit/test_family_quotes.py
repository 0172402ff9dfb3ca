"""Single quotes are quotations (writer30's held-out plans quote children the British
way): the words inside are never turned, swapped or lost, and apostrophes inside them
("I'm", "Daddy's") do not end them.  And a child's "What I said" never says "I have not
been asked yet" when the child was asked: they chose not to talk, or their words are
kept private in this copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plangen.family.child import HEARD, child_context
from plangen.family.child_views import NOT_ASKED, NOT_NOW
from plangen.family.plain import glossary
from plangen.family.quotes import quotations
from plangen.model import Plan

PAPER_PLAN = Path(__file__).parents[1] / "e2e" / "paper_plans" / "plan-116.json"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Kai: 'I'm not going back there while he's there.' Wants his flat 'by my 17th'.",
            ["I'm not going back there while he's there.", "by my 17th"],
        ),
        (
            "He said 'Daddy's house got a dog' and 'I want Mummy on Saturday'.",
            ["Daddy's house got a dog", "I want Mummy on Saturday"],
        ),
        ("Mum's and Dad's views; the kids' toys are at Nan's.", []),
        ("‘I’m scared’ she said, and Mum’s fine.", ["I’m scared"]),
        ('She said "I am fine" and “no more”.', ["I am fine", "no more"]),
    ],
)
def it_finds_quotations_in_single_and_double_quotes(text: str, quoted: list[str]) -> None:
    assert quotations(text) == quoted


def _plan(**changes: object) -> Plan:
    data = json.loads(PAPER_PLAN.read_text(encoding="utf-8")) | changes
    return Plan.model_validate(data)


def it_keeps_a_child_s_single_quoted_words_with_apostrophes() -> None:
    plan = _plan(child_views="Chloe: 'I'm not going back there while he's there.'", confidential=[])
    views = child_context(plan, glossary())["my_views"]
    assert views == ["I said: \"I'm not going back there while he's there.\""]


def it_says_the_child_chose_not_to_talk_not_that_nobody_asked() -> None:
    plan = _plan(
        child_views="Chloe was tired at the home visit on 03/09 and did not want to talk; "
        "Lorraine said Chloe 'just wants to be left alone'.",
        confidential=[],
    )
    views = child_context(plan, glossary())["my_views"]
    assert views == [NOT_NOW]
    assert NOT_ASKED not in views


def it_never_says_not_asked_when_the_copy_held_the_child_s_words_back() -> None:
    """Plan 116 withholds the child's address from her father: the views that name
    where she stays go from the child's version, which a parent may read."""
    plan = _plan(
        child_views="Chloe (seen alone at Angela's 04.11.24): 'I'm staying at Angela's "
        "and I like it there.' School say she is settled."
    )
    assert child_context(plan, glossary())["my_views"] == [HEARD]
    open_plan = plan.model_copy(update={"confidential": []})
    assert child_context(open_plan, glossary())["my_views"] == [
        "I said: \"I'm staying at Angela's and I like it there.\""
    ]


def it_never_names_anyone_inside_a_single_quoted_quotation() -> None:
    """Held-out plan 147: "Leanne said in front of Noah 'your dad stole you'" read
    "'your Daniel stole you'" in every family copy."""
    from plangen.family.context import family_context

    plan = _plan(
        family_views="Lorraine said in front of Chloe 'your dad stole you'. Scott says "
        "'I'm not the problem here'.",
        confidential=[],
    )
    said = family_context(plan, glossary())["family_views"]
    assert "'your dad stole you'" in said and "'I'm not the problem here'" in said
