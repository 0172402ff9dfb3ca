"""The leak harness of issue 11: every output a recipient gets, every part of it,
searched for every detail withheld from them, over the examples and over hundreds of
variants of the domestic-abuse example with the withheld details written into its free
text in the ways people write them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.pipeline import make_files
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import INPUTS, Run
from ..leaks import leaks, receives, squash, withheld_needles

LEO_XLSX = INPUTS / "domestic-abuse-leo-harris.xlsx"
BLIND = Path(__file__).resolve().parent.parent / "family_plans"

# How Amy Harris's refuge address (withheld from Dean Harris, and the same as Leo's),
# her mobile, the IDVA (withheld whole) and Leo's date of birth are written in free text.
SPELLINGS = [
    "Flat 2, 18 Harbour Road, Seaton, SE4 9QT",
    "Flat 2,  18 Harbour  Road,  Seaton",
    "18 Harbour Road\nSeaton",
    "Flat 2 18 Harbour Road Seaton SE4 9QT",
    "18 Harbour Rd",
    "Harbour Road",
    "SE4 9QT",
    "SE49QT",
    "se4 9qt",
    "18\u00a0Harbour\u00a0Road",
    "Harbour\u200bRoad",
    "SE4\u200b 9QT",
    "\uff11\uff18 Harbour Road",
    "HARBOUR ROAD",
    "harbour-road",
    "07700 900141",
    "07700900141",
    "+44 7700 900141",
    "07700-900-141",
    "+44 (0)7700 900141",
    "\uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff14\uff11",
    "0770 0900 141",
    "Grace",
    "Okoro",
    "Grace Okoro",
    "the IDVA",
    "Seaton Women's Aid",
    "01632960158",
    "12.05.19",
    "12/05/2019",
    "12th May 2019",
    "Sunday 12 May 2019",
    "2019-05-12",
]
# What Dean Harris must never get, squashed as the harness searches for it.
DEAN_MUST_NOT_SEE = [
    "harbourroad",
    "harbourrd",
    "se49qt",
    "7700900141",
    "okoro",
    "grace",
    "idva",
    "seatonwomensaid",
    "1632960158",
    "12052019",
    "120519",
    "12may2019",
    "20190512",
    squash("Support Amy through the IDVA service and the MARAC"),
]


def _fields(plan: dict[str, Any]) -> list[Callable[[str], None]]:
    """Setters that add a sentence to each of 17 free-text places of the plan."""
    risk = plan["risks"][0]
    outcome = risk["outcomes"][0]
    action = outcome["actions"][0]
    last = plan["risks"][0]["outcomes"][1]["actions"][0]

    def adder(holder: dict[str, Any], key: str) -> Callable[[str], None]:
        def add(sentence: str) -> None:
            holder[key] = f"{holder[key] or ''} {sentence}".strip()

        return add

    meeting = plan["next_core_group"]
    return [
        adder(risk, "risk_factor"),
        adder(risk, "risk_to_child"),
        adder(risk, "plain"),
        adder(outcome, "text"),
        adder(outcome, "success_looks_like"),
        adder(outcome, "plain"),
        adder(action, "text"),
        adder(action, "plain"),
        adder(action, "timescale"),
        adder(last, "frequency"),
        adder(plan["contingency"], "plan"),
        adder(plan["contingency"], "timescale"),
        adder(plan, "child_views"),
        adder(plan, "family_views"),
        adder(plan, "step_down"),
        adder(meeting, "details"),
        adder(last, "text"),
    ]


def leo() -> Plan:
    [plan] = read_plans(LEO_XLSX)
    assert isinstance(plan, Plan)
    return plan


def variants() -> Iterator[tuple[str, Plan]]:
    """One plan per spelling offset: field n gets spelling (n + offset), so every
    spelling lands in every field across the plans (17 x 33 = 561 variants)."""
    base = leo().model_dump(mode="json")
    base["confidential"].append(
        {"about": "child", "detail": "date_of_birth", "withheld_from": ["Dean Harris"]}
    )
    for offset in range(len(SPELLINGS)):
        data = json.loads(json.dumps(base))
        for n, add in enumerate(_fields(data)):
            add(f"Leo and his mum can be found at {SPELLINGS[(n + offset) % len(SPELLINGS)]}.")
        yield f"offset {offset}", Plan.model_validate(data)


def deans_files(plan: Plan, out: Path) -> Iterator[tuple[str, bytes]]:
    """Every file Dean Harris receives: the plan and review copy (he is in the core
    group), the family and child's versions, and his own copy."""
    settings = Settings()
    files = make_files(
        plan,
        out,
        settings,
        check(plan, settings.rules),
        versions=("plan", "review", "family", "child"),
        recipients=["Dean Harris"],
    )
    for path, data in files:
        if path.suffix == ".json" or path.name.endswith(".draft.docx"):
            continue  # the worker's record and draft: never sent
        if "-family-for-" in path.name and not path.name.endswith("-for-dean-harris.docx"):
            continue  # someone else's own copy
        yield path.name, data


def it_finds_nothing_withheld_in_any_of_561_variants(tmp_path: Path) -> None:
    tried = found = 0
    problems = []
    for label, plan in variants():
        for name, data in deans_files(plan, tmp_path):
            tried += 1
            hits = leaks(data, DEAN_MUST_NOT_SEE, name)
            if hits:
                found += 1
                problems.append((label, name, hits))
    assert tried >= 4 * len(SPELLINGS)
    assert problems == [], problems
    assert found == 0
    # the harness sees what it looks for: the professionals-only copy keeps it all
    [(path, whole)] = make_files(plan, tmp_path, Settings(), [], versions=("professionals",))
    seen = leaks(whole, DEAN_MUST_NOT_SEE, path.name)
    assert {"harbourroad", "se49qt", "7700900141", "okoro", "120519"} <= set(seen)


def it_finds_nothing_withheld_in_the_examples_for_any_recipient(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    sources = [LEO_XLSX, *sorted(BLIND.glob("*.json"))]
    for source in sources:
        [plan] = read_plans(source)
        assert isinstance(plan, Plan), source
        recipients = sorted({n for item in plan.confidential for n in item.withheld_from})
        if not plan.confidential:
            continue
        out = tmp_path / source.stem
        args = ["generate", str(source), "--out", str(out)]
        for name in recipients:
            args += ["--for", name]
        result = plangen(*args)
        assert result.exit_code == 0, (source.name, result.stderr)
        made = sorted(out.rglob("*.docx"))
        for recipient in [*recipients, None]:
            secrets = withheld_needles(plan, recipient)
            for docx in made:
                if not receives(docx.name, recipient):
                    continue
                assert leaks(docx, secrets) == [], (source.name, recipient, docx.name)


def it_keeps_the_general_family_copy_free_of_anything_withheld_from_anyone(
    tmp_path: Path,
) -> None:
    plan = leo()
    settings = Settings()
    files = make_files(plan, tmp_path, settings, [], versions=("family", "child"))
    general = [(p, d) for p, d in files if not p.name.endswith(".draft.docx")]
    general = [(p, d) for p, d in general if "-family-for-" not in p.name]
    assert len(general) == 2
    for path, data in general:
        assert leaks(data, DEAN_MUST_NOT_SEE, path.name) == [], path.name
