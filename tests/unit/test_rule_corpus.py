"""Precision and recall of the free-text rules (PLAN-02, 03, 04, 15) on the labelled
corpus in tests/corpus/, held against the floor in tests/corpus/floor.toml.

Run ``pytest tests/unit/test_rule_corpus.py -s`` to see the figures.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plangen.rules.text import WordLists, word_lists

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXTS: list[dict[str, Any]] = tomllib.loads((CORPUS / "texts.toml").read_text())["text"]
FLOOR: dict[str, dict[str, float]] = tomllib.loads((CORPUS / "floor.toml").read_text())

Heuristic = Callable[[WordLists, dict[str, Any]], bool]
HEURISTICS: dict[str, Heuristic] = {
    "PLAN-02": lambda words, t: words.is_about_adults(t["text"], [t["child"]]),
    "PLAN-03": lambda words, t: words.is_process(t["text"]),
    "PLAN-04": lambda words, t: not words.is_measurable(t["text"]),
    "PLAN-15": lambda words, t: not words.is_sustained(t["text"]),
}


def measure(rule: str) -> tuple[float, float, list[str]]:
    """Precision, recall, and the texts it got wrong, over the corpus's outcomes."""
    words = word_lists()
    tp = fp = fn = 0
    wrong = []
    for text in (t for t in TEXTS if t["kind"] == "outcome"):
        fired, expected = HEURISTICS[rule](words, text), rule in text["rules"]
        tp += fired and expected
        fp += fired and not expected
        fn += expected and not fired
        if fired != expected:
            wrong.append(f"{'false alarm' if fired else 'missed'}: {text['text']}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, wrong


def it_has_enough_labelled_texts_of_both_kinds() -> None:
    outcomes = [t for t in TEXTS if t["kind"] == "outcome"]
    assert len(TEXTS) >= 60
    assert len([t for t in TEXTS if t["kind"] == "action"]) >= 10
    for rule in HEURISTICS:
        positives = sum(rule in t["rules"] for t in outcomes)
        assert positives >= 15 and len(outcomes) - positives >= 15, rule


@pytest.mark.parametrize("rule", sorted(HEURISTICS))
def it_holds_precision_and_recall_at_or_above_the_floor(rule: str) -> None:
    precision, recall, wrong = measure(rule)
    print(f"\n{rule}: precision {precision:.2f}, recall {recall:.2f}")
    for line in wrong:
        print(f"  {line}")
    floor = FLOOR[rule]
    assert floor["precision"] >= 0.9 and floor["recall"] >= 0.8, "the floor itself is too low"
    assert precision >= floor["precision"], wrong
    assert recall >= floor["recall"], wrong


def it_never_reads_an_action_as_an_outcome() -> None:
    """Actions are near misses: the outcome rules are never applied to them."""
    from plangen.model import Action, Child, Outcome, Plan, PlanKind, Risk
    from plangen.rules import check

    actions = [
        Action(text=t["text"], responsible=["parents"], frequency="Weekly", timescale="6 weeks")
        for t in TEXTS
        if t["kind"] == "action"
    ]
    plan = Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Sam Green"),
        plan_date="2024-01-01",  # type: ignore[arg-type]
        risks=[
            Risk(risk_factor="x", risk_to_child="y", outcomes=[Outcome(text="", actions=actions)])
        ],
    )
    assert not {f.rule for f in check(plan)} & set(HEURISTICS)
