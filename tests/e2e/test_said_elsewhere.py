"""Stop 33's three leaks on held-out plans, each on a minimal plan (privacy33):

1. a Confidential "risk 3" in a plan that numbers its own needs is the need the plan
   numbers 3, or refused where the number and the count down the plan disagree;
2. a sentence elsewhere that speaks of a withheld item's sensitive topic ("when the baby
   is born in May", of a withheld pregnancy) is held from the same readers;
3. a sentence that says who must not know ("she doesn't want Mum and Dad to know about
   Ruby") is held from them, with what it names elsewhere.

Every zip member of every file the withheld reader gets is searched (:mod:`tests.leaks`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy.echoes import held_sentences

from ..conftest import Run, all_files
from ..leaks import every_copy, receives, squash

MUM, DAD, NAN = "Karen Moss", "Stuart Moss", "Patience Moss"


def _rows(risks: list[dict[str, Any]], confidential: list[dict[str, str]], **plan: str) -> Any:
    return {
        "plan": [
            {
                "kind": "Child's Plan",
                "threshold": "Child in Need",
                "child_name": "Isla Moss",
                "date_of_birth": "Age 15",
                "address": "4 Kiln Row, Dunmore",
                "plan_date": "01.03.26",
                "next_review": "10.04.26",
                "contingency": "If Isla misses school twice in a week, the social worker "
                "will visit the same day.",
                "step_down": "When Isla has been in school every day for 6 weeks.",
                **plan,
            }
        ],
        "people": [
            {
                "name": "Amy Reid",
                "role": "Social Worker",
                "agency": "Social Work",
                "present": "Yes",
                "lead_professional": "Yes",
            },
            {
                "name": "Joe Bell",
                "role": "Guidance Teacher",
                "agency": "Education",
                "present": "Yes",
            },
            {"name": MUM, "role": "Mother", "present": "Yes"},
            {"name": DAD, "role": "Father", "present": "Yes"},
            {"name": NAN, "role": "Grandmother", "present": "Yes"},
        ],
        "risks": risks,
        "confidential": confidential,
    }


def _action(text: str, who: str = "Amy Reid", **more: str) -> dict[str, str]:
    return {
        "action": text,
        "responsible": who,
        "frequency": "Weekly",
        "timescale": "6 weeks",
        **more,
    }


SEXUALITY = "Isla is bisexual and is being sent abusive messages about it by a group at school"
TIRED = "Parents are exhausted by shift work and Isla's care is slipping"
# the form's first block: actions only, no need, no priority; then needs numbered 3, 4
NUMBERED_RISKS = [
    _action("Guidance teacher to meet Isla", "Joe Bell", outcome="Isla feels safe in school"),
    _action("Social worker to visit"),
    {
        "priority": "3",
        "risk_factor": SEXUALITY,
        "outcome": "Isla says she feels safe online, 8/10 for 3 months",
        **_action("Counsellor sessions for Isla", "Joe Bell"),
    },
    {
        "priority": "4",
        "risk_factor": TIRED,
        "outcome": "Isla has a hot meal every evening for 3 months",
        **_action("Family support twice a week"),
    },
]


def _found(files: dict[str, dict[str, str]], reader: str, needles: list[str]) -> list[Any]:
    """(file, part, needle) of each needle in any part of any file ``reader`` gets."""
    found = []
    for name, members in files.items():
        if not receives(name, reader):
            continue
        for part, text in members.items():
            found += [(name, part, n) for n in needles if squash(n) in text]
    return found


def _plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan), plan
    return plan


# -- 1. "risk 3" is the need the plan numbers 3, or refused ---------------------------


def it_refuses_a_risk_number_that_the_plan_numbers_one_way_and_counts_another(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(
        NUMBERED_RISKS, [{"about": "plan", "detail": "risk 3", "withheld_from": f"{MUM}, {DAD}"}]
    )
    result = plangen("generate", write_workbook(rows), "--out", "out", "--verbose")
    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert "Confidential" in said and "row 2" in said and "Detail" in said
    assert "the plan's need numbered 3 is" in said and "Isla is bisexual" in said
    assert "its 3rd need counted down the plan is" in said and "Parents are exhausted" in said
    assert '"priority 3"' in said
    assert all_files(tmp_path / "out") == [] if (tmp_path / "out").exists() else True


def it_holds_the_need_the_plan_numbers_when_written_as_its_priority(
    write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(
        NUMBERED_RISKS,
        [{"about": "plan", "detail": "Priority 3", "withheld_from": f"{MUM}, {DAD}"}],
    )
    plan = _plan(write_workbook(rows))
    files = every_copy(plan, tmp_path, [MUM, DAD])
    for reader in (MUM, DAD):
        assert _found(files, reader, ["bisexual", "abusive messages"]) == []
    # the need the count down the plan would have taken is still printed
    assert (
        squash("Parents are exhausted")
        in files[next(n for n in files if n.endswith("plan.docx"))]["word/document.xml"]
    )


def it_takes_a_risk_number_where_the_number_and_the_count_agree(
    write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    risks = [dict(r) for r in NUMBERED_RISKS[2:]]
    risks[0]["priority"], risks[1]["priority"] = "1", "2"
    rows = _rows(risks, [{"about": "plan", "detail": "need 1", "withheld_from": f"{MUM}, {DAD}"}])
    plan = _plan(write_workbook(rows))
    files = every_copy(plan, tmp_path, [MUM, DAD])
    for reader in (MUM, DAD):
        assert _found(files, reader, ["bisexual"]) == []


@pytest.mark.parametrize(
    ("detail", "words"),
    [
        ("risk 2", "no need in the plan is numbered 2"),
        ("outcome 2", "no outcome in the plan is numbered 2"),
        ("risk 9", "no need in the plan is numbered 9"),
        ("action 9", "the plan has 4 action(s)"),
    ],
)
def it_refuses_a_number_no_item_carries_for_sure(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], detail: str, words: str
) -> None:
    rows = _rows(NUMBERED_RISKS, [{"about": "plan", "detail": detail, "withheld_from": MUM}])
    result = plangen("generate", write_workbook(rows), "--out", "out")
    assert result.exit_code == 2
    assert words in " ".join(result.stderr.split())


def it_refuses_two_needs_with_one_number(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path]
) -> None:
    risks = [dict(r) for r in NUMBERED_RISKS[2:]]
    risks[1]["priority"] = "3"
    rows = _rows(risks, [{"about": "plan", "detail": "risk 3", "withheld_from": MUM}])
    result = plangen("generate", write_workbook(rows), "--out", "out")
    assert result.exit_code == 2
    assert "numbers 2 needs 3" in " ".join(result.stderr.split())


# -- 2. a withheld item's topic said again elsewhere ----------------------------------

PREGNANT = "Mum is 14 weeks pregnant and has hyperemesis, so mornings are hard"
BABY = "She is worried about how mornings will go when the baby is born in May"


def it_holds_a_sentence_on_a_withheld_items_topic_from_the_same_reader(
    write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    risks = [
        {
            "priority": "1",
            "risk_factor": "Isla is late for school most days",
            "outcome": "Isla is in school on time every day for 6 weeks",
            **_action("Alarm clock"),
        },
        {
            "priority": "2",
            "risk_factor": PREGNANT,
            "outcome": "Isla has breakfast every school day for 6 weeks",
            **_action("Midwife to see Mum", "Amy Reid"),
        },
    ]
    rows = _rows(
        risks,
        [{"about": "plan", "detail": "risk 2", "withheld_from": NAN}],
        family_views=f"Karen says Isla is a good girl. {BABY}.",
    )
    plan = _plan(write_workbook(rows))
    files = every_copy(plan, tmp_path, [NAN, MUM])
    assert _found(files, NAN, ["when the baby is born", "born in May", "pregnant"]) == []
    # what is not about the pregnancy stays, and Mum's own copy keeps her own sentence
    assert _found(files, NAN, ["Isla is a good girl"]) != []
    own = {n: f for n, f in files.items() if n.endswith("-for-karen-moss.docx")}
    assert _found(own, MUM, ["when the baby is born in May"]) != []


# -- 3. a sentence that says who must not know ----------------------------------------

RUBY = "She said Ruby helps her eat lunch and she doesn't want Mum and Dad to know about Ruby yet"


@pytest.mark.parametrize(
    "withheld", [[], [{"about": "plan", "detail": "action 1", "withheld_from": NAN}]]
)
def it_holds_a_sentence_that_says_who_must_not_know_from_them_with_what_it_names(
    write_workbook: Callable[..., Path], tmp_path: Path, withheld: list[dict[str, str]]
) -> None:
    risks = [
        {
            "priority": "1",
            "risk_factor": "Isla is not eating at school",
            "outcome": "Isla eats lunch every school day for 6 weeks",
            **_action("Lunch club with Ruby and the guidance teacher", "Joe Bell"),
        },
        {
            "priority": "2",
            "risk_factor": "Isla is bisexual; she is not out at home",
            "outcome": "Isla feels safe in school, 8/10 for 6 weeks",
            **_action("LGBT youth group on Thursdays", "Amy Reid"),
        },
    ]
    rows = _rows(risks, withheld, child_views=f"Isla likes art. {RUBY}.")
    plan = _plan(write_workbook(rows))
    files = every_copy(plan, tmp_path, [MUM, DAD, NAN])
    for reader in (MUM, DAD):
        assert _found(files, reader, ["Ruby", "bisexual", "not out at home", "LGBT"]) == [], reader
        assert _found(files, reader, ["Isla likes art"]) != []
    # "not out at home" keeps it from the whole family; "Mum and Dad" only from them
    assert _found(files, NAN, ["bisexual", "not out at home"]) == []
    own = {n: f for n, f in files.items() if n.endswith("-for-patience-moss.docx")}
    assert _found(own, NAN, ["doesn't want Mum and Dad"]) != []


def it_refuses_the_same_in_a_json_intake_whose_outcomes_carry_their_priority(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(NUMBERED_RISKS, [{"about": "plan", "detail": "priority 3", "withheld_from": MUM}])
    data = _plan(write_workbook(rows)).model_dump(mode="json")
    data["confidential"][0]["detail"] = "risk 3"
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")
    result = plangen("generate", "plan.json", "--out", "out")
    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert "confidential item 1" in said and "the plan's need numbered 3 is" in said
    assert not (tmp_path / "out").exists() or all_files(tmp_path / "out") == []


@pytest.mark.parametrize(
    ("said", "kept_from"),
    [
        ("Isla asked that Ruby is not told what she said about Nan.", []),  # a sister
        ("She does not want her dad to know.", [DAD]),
        ("She asked that her friends are not told.", None),  # no one who gets a copy
        ("No nights away without her parents knowing.", None),  # a rule, no secret
    ],
)
def it_holds_what_must_not_be_known_from_whom_it_names(
    write_workbook: Callable[..., Path], said: str, kept_from: list[str] | None
) -> None:
    rows = _rows(NUMBERED_RISKS[2:], [], child_views=f"Isla likes art. {said}")
    held = [item for item in held_sentences(_plan(write_workbook(rows))) if item.value == said]
    assert [item.withheld_from for item in held] == ([] if kept_from is None else [kept_from])
