"""The worker's draft says who needs the plan gone through, quoting the plan's words
that show it; held-out plan 152 (writer30) had the child's views quoted whole there,
with the school and football night withheld from his father.  Now the quote is only the
clause with the need, and a plan that withholds anything is not quoted at all."""

from __future__ import annotations

import json
from pathlib import Path

from plangen.family.context import family_context
from plangen.family.needs import Need, draft_note, reading_needs
from plangen.family.plain import glossary
from plangen.model import Plan

PAPER_PLAN = Path(__file__).parents[1] / "e2e" / "paper_plans" / "plan-116.json"
VIEWS = (
    "Chloe (with a Polish interpreter, seen alone at Angela's 04.11.24): 'I don't want "
    "Dad to know where I live.' She likes Kingsmead and plays football on Tuesdays."
)


def _plan(*, confidential: bool) -> Plan:
    data = json.loads(PAPER_PLAN.read_text(encoding="utf-8"))
    data["child_views"] = VIEWS
    data["core_group"][6]["role"] = "Mother (Polish interpreter required)"
    if not confidential:
        data["confidential"] = []
    return Plan.model_validate(data)


def it_quotes_only_the_clause_that_shows_the_need() -> None:
    plan = _plan(confidential=False)
    plan.core_group[6].role = "Mother"
    said = (
        "Lorraine (with a Polish interpreter, seen at Angela's 04.11.24): 'I don't want "
        "him to know where Chloe is.' Chloe likes Kingsmead and plays football on Tuesdays."
    )
    [need] = [n for n in reading_needs(plan, [said]) if n.name == "Lorraine Reid"]
    assert need.because == "with a Polish interpreter, seen at Angela's 04.11.24"
    assert "Kingsmead" not in draft_note([need]) and "Tuesdays" not in draft_note([need])


def it_quotes_nothing_from_a_plan_that_withholds_anything() -> None:
    note = family_context(_plan(confidential=True), glossary())["read_with"]
    assert note.startswith("This version is not enough on its own.")
    assert "Lorraine Reid with an interpreter who speaks Polish" in note
    assert "the plan says" not in note and "Kingsmead" not in note
    open_note = family_context(_plan(confidential=False), glossary())["read_with"]
    assert "(the plan says: 'Mother (Polish interpreter required)')" in open_note


def it_says_each_need_without_a_quote_when_told_not_to() -> None:
    need = Need("Ewa Zielinska", "with an interpreter who speaks Polish", "at Ewa's")
    assert draft_note([need], quote=False).startswith(
        "This version is not enough on its own. Go through it with Ewa Zielinska with an "
        "interpreter who speaks Polish: read it together"
    )
