"""The formal plan and review copy when something is withheld (reader 32, D3, D7): no
row that says a risk is held, no "the [details held ...]" in a Who cell; each on a
minimal plan, read back from the .docx as the core group gets it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from lxml import etree

from plangen.model import Plan
from plangen.outputs import make_files
from plangen.privacy import formal
from plangen.privacy.numbered import HELD_RISK_LINE
from plangen.rules.findings import Finding, Place, Severity
from plangen.settings import Settings

from ..conftest import INPUTS, Run
from ..unit.test_redact32_kinds import _person

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _lead() -> dict[str, Any]:
    worker = _person("Nadia Ford", "Social Worker", "County Hall, Westshire", agency="Westshire")
    return worker | {"lead_professional": True}


def _risk(factor: str, outcome: str, action: str, who: list[str], priority: int) -> dict:
    return {
        "risk_factor": factor,
        "risk_to_child": f"Harm from {factor.lower()}",
        "wellbeing": ["Healthy"],
        "outcomes": [
            {
                "text": outcome,
                "priority": priority,
                "actions": [
                    {
                        "text": action,
                        "responsible": who,
                        "frequency": "Weekly",
                        "timescale": f"By week {priority}",
                    }
                ],
            }
        ],
    }


def _plan(kind: str = "childs-plan", **changes: Any) -> Plan:
    """Tia lives with her mum Jo and stepdad Ken; her second need is kept from Ken."""
    data: dict[str, Any] = {
        "kind": kind,
        "child": {
            "name": "Tia Moss",
            "date_of_birth": "2012-03-01",
            "address": "5 Elm Road, Ashby",
        },
        "plan_date": "2026-11-02",
        "next_review": {"date": "2026-12-01", "details": ""},
        "next_core_group": {"date": "2026-12-01", "details": ""},
        "core_group": [
            _lead(),
            _person("Sam Hart", "School Nurse", agency="Westshire NHS"),
            _person("Jo Moss", "Mother"),
            _person("Ken Hill", "Stepfather"),
        ],
        "risks": [
            _risk("Low mood", "Tia rates her mood 6/10.", "Mood sessions", ["Sam Hart"], 1),
            _risk("Clinic visits", "Tia keeps her clinic dates.", "Go with Tia", ["Sam Hart"], 2),
            _risk("Arguments", "Home is calm 4 weeks in a row.", "Family work", ["Nadia Ford"], 3),
        ],
        "contingency": {
            "plan": "If Tia is hurt, Nadia meets within 5 days.",
            "timescale": "5 days",
        },
        "step_down": "When Tia rates her mood 6/10 for 8 weeks.",
        "child_views": "Tia is happy at school.",
        "family_views": "Jo wants more help.",
        "confidential": [{"about": "plan", "detail": "risk 2", "withheld_from": ["Ken Hill"]}],
    }
    data.update(changes)
    return Plan.model_validate(data)


def _timescale(risk: int, rule: str = "PLAN-06", *also: int) -> Finding:
    def at(index: int) -> Place:
        return Place(("risks", index, "outcomes", 0, "actions", 0, "timescale"), index + 1)

    return Finding(
        rule=rule,
        severity=Severity.WEAKNESS,
        place=at(risk),
        problem=f"Index {risk} has no date.",
        advice="Give a date.",
        also=tuple(at(index) for index in also),
        also_in=", ".join(f"outcome with priority {index + 1}" for index in also),
    )


def _made(plan: Plan, tmp_path: Path, findings: list[Finding]) -> dict[str, bytes]:
    files = make_files(plan, tmp_path, Settings(), findings, versions=["plan", "review"])
    return {path.name: data for path, data in files}


def _text(docx: bytes) -> str:
    document = Document(io.BytesIO(docx))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _anchored(docx: bytes) -> dict[str, str]:
    """Each comment's first words -> the text of the table cell it is anchored in ("" for
    none: the plan as a whole, on the title)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        notes = etree.fromstring(package.read("word/comments.xml"))
    said = {c.get(W + "id"): "".join(c.itertext()) for c in notes.iterfind(W + "comment")}
    where: dict[str, str] = {}
    for reference in body.iter(W + "commentReference"):
        cell = next((a for a in reference.iterancestors(W + "tc")), None)
        text = "".join(t.text or "" for t in cell.iter(W + "t")) if cell is not None else ""
        where[said[reference.get(W + "id")][:40]] = text
    return where


def it_leaves_a_risk_held_whole_out_of_the_formal_plan_and_review_copy(tmp_path: Path) -> None:
    findings = [_timescale(1), _timescale(2), _timescale(1, "PLAN-21"), _timescale(1, "PLAN-04", 0)]
    made = _made(_plan(), tmp_path, findings)
    plan, review = made["2026-11-02-childs-plan.docx"], made["2026-11-02-childs-plan.review.docx"]
    for docx in (plan, review):
        text = _text(docx)
        # no row saying a need is held, with its "Healthy" tag or empty cells beside it
        assert HELD_RISK_LINE not in text
        assert "Need: Held on the case record" not in text
        assert "Clinic" not in text and "clinic" not in text
        # the other needs keep their own priorities, as the plan says them
        assert "Tia rates her mood 6/10." in text and "Home is calm 4 weeks in a row." in text
    # the data the copy is made from still holds it: nothing is lost from the record
    assert formal(_plan()).plan.risks[1].risk_to_child == HELD_RISK_LINE
    anchored = _anchored(review)
    # a finding on the third need is on the third need's cell, never on another's
    assert anchored["PLAN-06 (weakness): Index 2 has no date."].startswith("By week 3 [")
    # one only about the need left out goes with it, but PLAN-21's "reword it", which
    # is said on the plan as a whole, in no row of the table
    assert "PLAN-06 (weakness): Index 1 has no date." not in anchored
    assert anchored["PLAN-21 (weakness): Index 1 has no date."] == ""
    # one also about a need shown is said there, its "Also in" naming no priority 2
    assert anchored["PLAN-04 (weakness): Index 1 has no date."].startswith("By week 1")
    assert "priority 2" not in _comments(review)


def _comments(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/comments.xml").decode()


def it_leaves_a_held_risk_out_of_a_cp_plan_too(tmp_path: Path) -> None:
    made = _made(_plan("cp-plan"), tmp_path, [])
    text = _text(made["2026-11-02-cp-plan.docx"])
    assert "Risk factor: Held on the case record" not in text
    assert HELD_RISK_LINE not in text
    assert "Risk factor: Arguments" in text


def it_names_no_role_of_a_worker_held_whole_in_a_who_cell() -> None:
    # Bev works at the refuge where Jo lives, and is kept from Ken whole: "the housing
    # support worker" would say where Jo lives; "the [details held ...]" reads broken
    refuge = "Willow Lodge, 3 Canal Street, Ashby AB4 2RT"
    plan = _plan(
        core_group=[
            _lead(),
            _person("Bev Lang", "Housing Support Worker", refuge, agency="Canal Housing"),
            _person("Jo Moss", "Mother", f"Room 6, {refuge}"),
            _person("Ken Hill", "Stepfather", "9 Dock Street, Porton PT1 2DD"),
        ],
        risks=[
            _risk(
                "Low mood", "Tia rates her mood 6/10.", "Mood work", ["Nadia Ford", "Bev Lang"], 1
            )
        ],
        confidential=[
            {"about": "Jo Moss", "detail": "address", "withheld_from": ["Ken Hill"]},
            {"about": "Bev Lang", "detail": "", "withheld_from": ["Ken Hill"]},
        ],
    )
    [action] = formal(plan).plan.risks[0].outcomes[0].actions
    assert action.responsible == ["Nadia Ford", "[name held on the case record]"]
    assert "housing" not in formal(plan).plan.model_dump_json().lower()


def it_says_a_change_left_out_of_his_copy_as_any_held_detail(tmp_path: Path) -> None:
    files = make_files(_plan(), tmp_path, Settings(), [], versions=[], recipients=["Ken Hill"])
    [his] = [data for path, data in files if path.name.endswith("-for-ken-hill.docx")]
    text = _text(his)
    assert "clinic" not in text.lower()
    # "One part of the plan is not included in this copy" told him there was one
    assert "part of the plan" not in text and "parts of the plan" not in text
    assert "Some details are not in this copy." in text


def it_tells_the_team_how_to_make_the_professionals_copy_but_not_by_default(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    # D1: made only when asked for (an unredacted copy that exists by default is one
    # wrong attachment from the father); the administrator is told how, once per plan
    leo = INPUTS / "domestic-abuse-leo-harris.xlsx"
    result = plangen("generate", leo, "--out", "out", "--versions", "plan")
    assert result.exit_code == 0, result.stderr
    assert "withheld from Dean Harris" in result.stdout
    assert "--versions professionals" in result.stdout
    assert not [p for p in (tmp_path / "out").rglob("*professionals*")]
    # nothing withheld, nothing to say
    quiet = plangen("generate", INPUTS / "betty-smith.xlsx", "--out", "b")
    assert quiet.exit_code in (0, 1) and "--versions professionals" not in quiet.stdout
