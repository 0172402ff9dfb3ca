"""A JSON intake read as the workbook is read (held-out plans, stop 29).

Four of ten held-out JSON plans stopped on a review status "Not achieved"; a blank
timescale was read as the one above it; problems were located at
``risks.0.outcomes.0.reviews.0.status``.  Each kind is tested here on the model the
intake gives; what the documents say is in tests/e2e/test_intake_never_silent.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.intake.jsonfile import plans_json
from plangen.model import Plan, ProgressStatus
from plangen.rules import check

from ..conftest import ROOT

SOURCE = ROOT / "tests" / "family_plans" / "plan-08.json"


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SOURCE.read_text())
    return data


def _read(tmp_path: Path, data: dict[str, Any]) -> Plan | InputError:
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(data))
    [found] = read_plans(path)
    return found


def _plan(tmp_path: Path, data: dict[str, Any]) -> Plan:
    found = _read(tmp_path, data)
    assert isinstance(found, Plan), str(found)
    return found


def _problem(tmp_path: Path, data: dict[str, Any]) -> str:
    found = _read(tmp_path, data)
    assert isinstance(found, InputError), "the plan should have been refused"
    return str(found)


def _outcome(data: dict[str, Any]) -> dict[str, Any]:
    outcome: dict[str, Any] = data["risks"][0]["outcomes"][0]
    return outcome


@pytest.mark.parametrize("written", ["Not achieved", "not achieved", "NOT ACHIEVED", "Not met"])
def it_reads_not_achieved_as_its_own_progress_status(tmp_path: Path, written: str) -> None:
    data = _data()
    _outcome(data)["reviews"] = [{"date": "2024-05-16", "status": written}]
    plan = _plan(tmp_path, data)
    [review] = plan.outcomes[0].reviews
    assert review.status is ProgressStatus.NOT_ACHIEVED
    assert review.status not in (ProgressStatus.NO_PROGRESS, ProgressStatus.SOME_PROGRESS)


def it_reads_closed_lists_with_the_workbooks_spellings(tmp_path: Path) -> None:
    data = _data()
    data["kind"] = "CP Plan"
    data["threshold"] = "cin"
    data["core_group"][0]["present"] = "Yes"
    data["risks"][0]["wellbeing"] = "Safe, Nurtured"
    _outcome(data)["reviews"] = [
        {"date": "2024-05-16", "status": "partly achieved", "timescale_extended": "no"}
    ]
    plan = _plan(tmp_path, data)
    assert plan.kind.value == "cp-plan" and plan.threshold is not None
    assert plan.threshold.value == "Child in Need"
    assert plan.core_group[0].present is True
    assert [w.value for w in plan.risks[0].wellbeing] == ["Safe", "Nurtured"]
    assert plan.outcomes[0].reviews[0].status is ProgressStatus.SOME_PROGRESS


def it_refuses_an_unknown_status_with_the_accepted_ones_where_a_person_counts(
    tmp_path: Path,
) -> None:
    data = _data()
    data["risks"][0]["outcomes"][0]["reviews"] = [{"date": "2024-05-16", "status": "Sort of"}]
    said = _problem(tmp_path, data)
    assert (
        'risk 1, outcome 1, review 1, "Status" (risks[1].outcomes[1].reviews[1].status): '
        '"Sort of" is not a progress status; use one of: Not started, No progress, '
        "Not achieved, Some progress, Achieved"
    ) in said
    assert ".0." not in said and "Input should be" not in said


def it_locates_a_model_problem_from_one_with_the_field_in_words(tmp_path: Path) -> None:
    data = _data()
    _outcome(data)["actions"][1]["frequency"] = 7
    said = _problem(tmp_path, data)
    assert (
        'risk 1, outcome 1, action 2, "Frequency of contact" '
        "(risks[1].outcomes[1].actions[2].frequency): should be text"
    ) in said


@pytest.mark.parametrize("blank", ["", None, "   "])
def it_reads_a_blank_timescale_as_none_agreed_not_the_one_above(
    tmp_path: Path, blank: str | None
) -> None:
    data = _data()
    _outcome(data)["actions"][1]["timescale"] = blank
    plan = _plan(tmp_path, data)
    outcome = plan.outcomes[0]
    assert outcome.actions[0].timescale  # a time the row below could have shared
    assert outcome.timescale_of(1) == ""
    assert any(
        f.rule == "PLAN-06" and f.place.path == "risks[0].outcomes[0].actions[1].timescale"
        for f in check(plan)
    ), "a blank timescale is a weakness PLAN-06 names"


@pytest.mark.parametrize(
    "marked",
    [
        {"timescale": "as above"},
        {"timescale": "Same as above"},
        {"timescale": "", "timescale_as_above": True},
    ],
)
def it_shares_the_timescale_above_only_when_it_says_so(
    tmp_path: Path, marked: dict[str, object]
) -> None:
    data = _data()
    _outcome(data)["actions"][1].update(marked)
    outcome = _plan(tmp_path, data).outcomes[0]
    assert outcome.timescale_of(1) == outcome.actions[0].timescale
    assert outcome.shares_timescale(1)


def it_refuses_as_above_on_the_first_action_of_an_outcome(tmp_path: Path) -> None:
    data = _data()
    _outcome(data)["actions"][0]["timescale"] = "as above"
    said = _problem(tmp_path, data)
    assert 'risk 1, outcome 1, action 1, "Timescale"' in said
    assert "there is no timescale above it" in said


def it_reads_its_own_record_back_to_the_same_plan(tmp_path: Path) -> None:
    """The .json written beside a plan says which blanks share the one above
    (``timescale_as_above``), so reading it back gives the same plan."""
    data = _data()
    _outcome(data)["actions"][1]["timescale"] = "as above"
    _outcome(data)["actions"][2]["timescale"] = ""
    plan = _plan(tmp_path, data)
    record = tmp_path / "record.json"
    record.write_text(plans_json([plan]))
    [again] = read_plans(record)
    assert again == plan
    assert Plan.model_validate_json(plans_json([plan])) == plan


@pytest.mark.parametrize(
    ("written", "details"),
    [
        ("TBC", ""),
        ("to be confirmed", ""),
        ({"date": "To be arranged", "details": ""}, ""),
        ({"date": "", "details": ""}, None),
        ("Review conference - date TBC", "Review conference - date TBC"),
    ],
)
def it_reads_a_meeting_to_be_confirmed_as_not_yet_set(
    tmp_path: Path, written: object, details: str | None
) -> None:
    data = _data()
    data["next_core_group"] = written
    meeting = _plan(tmp_path, data).next_core_group
    if details is None:
        assert meeting is None
    else:
        assert meeting is not None and meeting.date is None and meeting.details == details


def it_refuses_a_month_first_timescale_and_the_doubtful_dates_beside_it(
    tmp_path: Path,
) -> None:
    data = _data()
    _outcome(data)["actions"][1]["timescale"] = "By 03/25/2025"
    _outcome(data)["actions"][2]["timescale"] = "By 04/05/2025"
    said = _problem(tmp_path, data)
    assert (
        'action 2, "Timescale"' in said and "is written month first (there is no month 25)" in said
    )
    assert 'action 3, "Timescale"' in said and "could be day first or month first" in said


def it_reads_day_first_dates_that_happen_to_read_both_ways_alone(tmp_path: Path) -> None:
    data = _data()
    _outcome(data)["actions"][1]["timescale"] = "By 04/05/2025"
    assert _plan(tmp_path, data).outcomes[0].actions[1].timescale == "By 04/05/2025"


def _examples() -> list[Path]:
    return sorted((ROOT / "inputs").glob("*.xlsx")) + sorted(SOURCE.parent.glob("plan-*.json"))


@pytest.mark.parametrize("source", _examples(), ids=lambda path: path.name)
def it_says_not_agreed_in_the_family_version_exactly_where_the_formal_plan_is_blank(
    source: Path,
) -> None:
    """Every example and family test plan, and its copy for each named reader: an
    action's "by when" is "Not agreed yet" exactly where the formal plan prints no
    timescale (its own or the merged cell above it), never a date the formal plan
    does not give and never "not agreed" beside one it does."""
    from plangen.family.context import family_context
    from plangen.family.plain import glossary
    from plangen.privacy import redacted

    [plan] = read_plans(source)
    assert isinstance(plan, Plan)
    formal = {
        (outcome.text, action.text): outcome.timescale_of(index)
        for outcome in plan.outcomes
        for index, action in enumerate(outcome.actions)
    }
    # an action found by its own words where its outcome's were held back whole in a
    # withheld reader's copy (reader 30: an outcome with a cut clue goes whole)
    texts = [action for _, action in formal]
    alone = {action: blank for (_, action), blank in formal.items() if texts.count(action) == 1}
    readers = [None, *(p.name for p in plan.core_group if p.own_copy)]
    for reader in readers:
        rows = family_context(plan, glossary(), recipient=reader)["actions"]
        copy = redacted(plan, reader).plan
        actions = [(o.text, a.text) for o in copy.outcomes for a in o.actions]
        assert len(rows) == len(actions)
        checked = [
            (row["by_when"].startswith("Not agreed yet"), not formal.get(key, alone.get(key[1])))
            for row, key in zip(rows, actions, strict=True)
            if key in formal or key[1] in alone  # a row whose words the copy kept whole
        ]
        assert checked, "every plan has a row to check"
        assert all(said == blank for said, blank in checked), (reader, checked)


def it_names_every_field_its_own_record_writes_in_the_schema() -> None:
    """``plangen schema`` lists ``timescale_as_above`` (the .json record writes it) and
    "Not achieved", so a system checking its export against the schema accepts both."""
    schema = Plan.model_json_schema()
    assert "timescale_as_above" in schema["$defs"]["Action"]["properties"]
    assert "Not achieved" in schema["$defs"]["ProgressStatus"]["enum"]
