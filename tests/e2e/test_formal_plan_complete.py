"""Nothing the intake gave is lost from the formal plan (issue 15, "nothing lost").

For each example in ``inputs/`` and every family test plan, every value the plan model
holds (the child, the dates, the core group, each risk, outcome, success measure,
review, action, the contingency, step-down and views) is found in the text of the
formal plan's ``word/document.xml``, as many times as the model holds it.  The formal
plan goes to the whole core group, so it is checked against the plan as shared with
them (a withheld detail reads "Held on the case record"); the professionals-only copy
is checked against the whole plan.

Tables are read column by column, so that a row cut across pages (the rest of an
action on the next row, under its risk named again) still reads as one text, its
"(cont.)" mark read as the join it is.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from plangen.intake import read_plans
from plangen.model import Meeting, Plan
from plangen.outputs import make_files
from plangen.privacy import formal
from plangen.privacy.numbered import held_whole
from plangen.render.context import person_role, responsible_text
from plangen.render.long_rows import CONTINUED
from plangen.settings import Settings

from ..conftest import INPUTS, ROOT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOURCES = sorted(INPUTS.glob("*.xlsx")) + sorted((ROOT / "tests/family_plans").glob("plan-*.json"))


def plan_of(source: Path) -> Plan:
    [plan] = read_plans(source)
    assert isinstance(plan, Plan), plan
    return plan


def words(text: str) -> str:
    return " ".join(text.split())


def _cell_text(cell: etree._Element) -> str:
    parts: list[str] = []
    for element in cell.iter(W + "t", W + "br", W + "tab", W + "p"):
        if element.tag == W + "t":
            parts.append(element.text or "")
        else:
            parts.append(" ")
    return "".join(parts)


def _table_text(table: etree._Element) -> str:
    """A table's text column by column (each grid column down its rows)."""
    columns: dict[int, list[str]] = {}
    for row in table.iterfind(W + "tr"):
        at = 0
        for cell in row.iterfind(W + "tc"):
            span = cell.find(f"{W}tcPr/{W}gridSpan")
            columns.setdefault(at, []).append(_cell_text(cell))
            at += int(span.get(W + "val", "1")) if span is not None else 1
    text = " ".join(" ".join(texts) for _, texts in sorted(columns.items()))
    return words(text).replace(f" {CONTINUED} ", " ")


def document_text(docx: bytes) -> str:
    """Every word of the document body: paragraphs in order, tables column by column."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(W + "body")
    assert body is not None
    parts = []
    for block in body:
        if block.tag == W + "tbl":
            parts.append(_table_text(block))
        elif block.tag == W + "p":
            parts.append(_cell_text(block))
    return words(" ".join(parts))


def _date(value: dt.date | None, settings: Settings) -> str:
    return value.strftime(settings.date_format) if value else ""


def _meeting(value: Meeting | None, settings: Settings) -> str:
    if value is None:
        return ""
    return words(f"{_date(value.date, settings)} {value.details}")


def expected_values(plan: Plan, settings: Settings) -> list[tuple[str, str]]:
    """(where in the model, the text it must print as) for every value the plan holds."""
    child = plan.child
    found: list[tuple[str, str]] = [
        ("child.name", child.name),
        ("child.known_as", child.known_as or ""),
        ("child.date_of_birth", _date(child.date_of_birth, settings)),
        ("child.age", "" if child.age is None else str(child.age)),
        ("child.address", child.address or ""),
        ("case_ref", plan.case_ref or ""),
        ("threshold", plan.threshold.value if plan.threshold else ""),
        ("plan_date", _date(plan.plan_date, settings)),
        ("next_core_group", _meeting(plan.next_core_group, settings)),
        ("next_review", _meeting(plan.next_review, settings)),
        ("contingency.plan", plan.contingency.plan),
        ("contingency.timescale", plan.contingency.timescale),
        ("step_down", plan.step_down),
        ("child_views", plan.child_views),
        ("family_views", plan.family_views),
    ]
    for n, person in enumerate(plan.core_group, start=1):
        where = f"core_group {n}"
        found += [
            (f"{where} name", person.name),
            (f"{where} role", person_role(person)),
            (f"{where} agency", person.agency),
            (f"{where} address", person.address),
            (f"{where} email", person.email),
            (f"{where} phone", person.phone),
            (
                f"{where} present",
                "" if person.present is None else ("Yes" if person.present else "No"),
            ),
        ]
    outcome_number = 0
    for r, risk in enumerate(plan.risks, start=1):
        found += [(f"risk {r} factor", risk.risk_factor), (f"risk {r} harm", risk.risk_to_child)]
        found += [(f"risk {r} wellbeing", w.value) for w in risk.wellbeing]
        for outcome in risk.outcomes:
            outcome_number += 1
            where = f"outcome {outcome_number}"
            found += [
                (f"{where} text", outcome.text),
                (f"{where} priority", "" if outcome.priority is None else str(outcome.priority)),
                (f"{where} success_looks_like", outcome.success_looks_like),
            ]
            for v, review in enumerate(outcome.reviews, start=1):
                found += [
                    (f"{where} review {v} date", _date(review.date, settings)),
                    (f"{where} review {v} status", review.status.value),
                    (f"{where} review {v} note", review.note),
                    (f"{where} review {v} extended", "Yes" if review.timescale_extended else "No"),
                ]
            for a, action in enumerate(outcome.actions, start=1):
                found += [
                    (f"{where} action {a} text", action.text),
                    (f"{where} action {a} responsible", responsible_text(action)),
                    (f"{where} action {a} frequency", action.frequency),
                    (f"{where} action {a} timescale", action.timescale),
                ]
    return [(where, words(value)) for where, value in found if words(value)]


def missing_from(text: str, plan: Plan, settings: Settings) -> list[str]:
    """Where in the model each value not printed (as often as the model holds it) is."""
    wanted = expected_values(plan, settings)
    counts = Counter(value for _, value in wanted)
    return [
        f"{where}: {value[:60]!r}" for where, value in wanted if text.count(value) < counts[value]
    ]


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def it_prints_every_value_the_plan_holds(source: Path, tmp_path: Path) -> None:
    plan, settings = plan_of(source), Settings()
    files = dict(make_files(plan, tmp_path, settings, [], versions=["plan", "professionals"]))
    [formal_plan] = [data for path, data in files.items() if path.name.endswith("-plan.docx")]
    shared = formal(plan, held=settings.confidential.held).plan
    # a risk held whole is left out, not a row that says one is held (reader 32)
    gone = held_whole(shared)
    kept = [risk for index, risk in enumerate(shared.risks) if index not in gone]
    shared = shared.model_copy(update={"risks": kept})
    assert missing_from(document_text(formal_plan), shared, settings) == []
    for path, data in files.items():
        if "professionals-only" in path.name:  # the whole plan, nothing withheld
            assert missing_from(document_text(data), plan, settings) == [], path.name
