"""A review's outcome number where the plan prints its own priorities in another order
(stop 33, reader 33 D7): progress is put on the outcome the administrator meant, or the
plan is refused at that cell; never on another outcome.

A held-out Child's Plan numbered its outcomes by priority ("3", "4" beside its first two
blocks); its review rows said "outcome 2", and plangen read the number as a place, so the
family copy told the parents about progress on an outcome it was not about.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plangen.intake import read_plans

from ..conftest import Run, script

Rows = dict[str, list[dict[str, Any]]]


def _ruby(priorities: dict[int, int]) -> Rows:
    """Ruby's Child's Plan (inputs/ruby-clarke.xlsx) with its priorities renumbered:
    ``{place: priority}`` for the outcomes 1-4 in the order they appear."""
    rows: Rows = copy.deepcopy(script("make_examples").RUBY)
    starts = [row for row in rows["risks"] if row.get("priority")]
    for place, row in enumerate(starts, 1):
        row["priority"] = priorities[place]
    return rows


def _words(rows: Rows, place: int) -> str:
    outcome: str = [row for row in rows["risks"] if row.get("priority")][place - 1]["outcome"]
    return " ".join(outcome.split()[:8])


def it_refuses_a_bare_number_that_means_one_outcome_by_place_and_another_by_priority(
    write_workbook: Callable[..., Path], plangen: Callable[..., Run], tmp_path: Path
) -> None:
    rows = _ruby({1: 3, 2: 2, 3: 1, 4: 4})
    result = plangen("generate", write_workbook(rows), "--out", tmp_path / "out")
    assert result.exit_code == 2
    said = " ".join((result.stdout + result.stderr).split())
    assert 'sheet "Reviews", row 2, "Outcome number": names outcome 1' in said
    assert "names outcome 1: the plan's outcome 1 in the order they appear is" in said
    assert "but the outcome with priority 1 is" in said
    assert "write the outcome's first words after the number" in said
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.docx"))


def it_refuses_a_number_no_outcome_carries_where_the_plan_prints_another(
    write_workbook: Callable[..., Path], plangen: Callable[..., Run], tmp_path: Path
) -> None:
    # as the held-out plan: its first block printed "3", and no outcome is numbered 1
    rows = _ruby({1: 3, 2: 4, 3: 5, 4: 6})
    result = plangen("generate", write_workbook(rows), "--out", tmp_path / "out")
    assert result.exit_code == 2
    said = " ".join((result.stdout + result.stderr).split())
    assert "the plan prints priority 3 beside it, and no outcome has priority 1" in said


def it_puts_progress_on_the_outcome_whose_first_words_the_row_gives(
    write_workbook: Callable[..., Path],
) -> None:
    rows = _ruby({1: 3, 2: 2, 3: 1, 4: 4})
    for review in rows["reviews"]:
        number = int(review["outcome"])
        place = {1: 3, 2: 2, 3: 1, 4: 4}[number]  # the outcome with that priority
        review["outcome"] = f"{number}. {_words(rows, place)}"
    [plan] = read_plans(write_workbook(rows))
    by_priority = {outcome.priority: outcome for outcome in plan.outcomes}
    ruby = script("make_examples").RUBY
    for number in {int(review["outcome"]) for review in ruby["reviews"]}:
        want = [r["note"] for r in ruby["reviews"] if int(r["outcome"]) == number]
        assert [entry.note for entry in by_priority[number].reviews] == want
    # the outcome first in the plan, priority 3, holds outcome 3's progress, not 1's
    assert plan.outcomes[0].priority == 3
    assert plan.outcomes[0].reviews and all(
        "worry" in entry.note.lower() or "sleep" in entry.note.lower()
        for entry in plan.outcomes[0].reviews
    )


def it_still_reads_a_bare_number_where_places_and_priorities_agree(
    write_workbook: Callable[..., Path],
) -> None:
    rows = _ruby({1: 1, 2: 2, 3: 3, 4: 4})
    [plan] = read_plans(write_workbook(rows))
    assert [len(outcome.reviews) for outcome in plan.outcomes][:3] == [2, 2, 2]
