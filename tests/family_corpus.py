"""Every text of the development corpora as a plan's outcome or action, for the
language check of the family and child versions (tests/e2e/test_family_corpus.py).

Only the development parts (``*-dev.toml``) and ``texts.toml`` are read: the
``*-test.toml`` parts are held out for the rules and never read here.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plangen.model import Plan

CORPUS = Path(__file__).parent / "corpus"
# every development part, and the hand-labelled texts; never a held-out *-test.toml
FILES = (*sorted(p.name for p in CORPUS.glob("*-dev.toml")), "texts.toml")
PER_PLAN = 6
DEFAULT_CHILD = "Robin"


def corpus_texts() -> list[dict[str, Any]]:
    """Every text of the development corpora, in file order."""
    texts: list[dict[str, Any]] = []
    for name in FILES:
        texts += tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["text"]
    return texts


def _person(name: str, role: str, **more: Any) -> dict[str, Any]:
    return {
        "name": name,
        "role": role,
        "agency": more.get("agency", ""),
        "address": "",
        "email": "",
        "phone": more.get("phone", ""),
        "present": True,
        "lead_professional": more.get("lead", False),
    }


def _action(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": entry["text"],
        "responsible": [entry.get("who") or "Temi Adeyemi"],
        "frequency": entry.get("frequency", ""),
        "timescale": entry.get("timescale", ""),
        "plain": None,
    }


def _plan(number: int, child: str, entries: list[dict[str, Any]]) -> Plan:
    outcomes = [e for e in entries if e["kind"] == "outcome"]
    actions = [_action(e) for e in entries if e["kind"] == "action"]
    visit = {
        "text": f"Visit {child} at home.",
        "responsible": ["Temi Adeyemi"],
        "frequency": "Fortnightly",
        "timescale": "",
        "plain": None,
    }
    texts = [e["text"] for e in outcomes] or [f"{child} is safe and well at home."]
    risk = {
        "risk_factor": "Neglect - the home is not clean and meals are missed.",
        "risk_to_child": f"{child} could be hungry and unwell.",
        "wellbeing": [],
        "outcomes": [
            {
                "text": text,
                "priority": 1,
                "success_looks_like": "",
                "actions": (actions if n == 0 else []) + [visit],
                "reviews": [],
                "plain": None,
            }
            for n, text in enumerate(texts)
        ],
        "plain": None,
    }
    return Plan.model_validate(
        {
            "kind": "cp-plan",
            "case_ref": f"CORPUS-{number:03d}",
            "child": {
                "name": f"{child} Corpus",
                "known_as": None,
                "address": "",
                "date_of_birth": None,
                "age": 7 if number % 2 else 14,
            },
            "threshold": None,
            "plan_date": "2025-03-06",
            "next_core_group": {"date": "2025-04-10", "details": ""},
            "next_review": None,
            "core_group": [
                _person("Temi Adeyemi", "Social Worker", agency="Children's Services", lead=True),
                _person("Anna Corpus", "Mother"),
                _person("Dean Corpus", "Father"),
            ],
            "risks": [risk],
            "contingency": {"plan": "", "timescale": ""},
            "step_down": "",
            "child_views": "",
            "family_views": "",
            "confidential": [],
        }
    )


def corpus_plans() -> Iterator[Plan]:
    """The corpus texts, a few to a plan, each plan about the child its texts name."""
    by_child: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in corpus_texts():
        by_child[entry.get("child") or DEFAULT_CHILD].append(entry)
    number = 0
    for child, entries in by_child.items():
        for at in range(0, len(entries), PER_PLAN):
            number += 1
            # a plan calls an unborn child "Baby ...": writer 32 labelled "Unborn Ahmed"
            first = "Baby" if child.startswith("Unborn") else child.split()[0]
            yield _plan(number, first, entries[at : at + PER_PLAN])
