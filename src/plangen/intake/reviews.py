"""Progress at reviews, read onto the outcomes each row names by number.

A CP Plan's "How we will know, and progress at reviews" table also gives each
outcome's priority and what success looks like, on the outcome's first row, the
outcome merged down its reviews (a merged cell: the outcome of the row above).  A row
whose number and first words disagree, or a measure that disagrees with the risks
table, is a problem where it is, never put on another outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plangen.dates import parse_date
from plangen.errors import InputError, shown
from plangen.intake import cells
from plangen.intake.assemble import _build
from plangen.intake.cells import text
from plangen.intake.tables import Row, Table, is_blank
from plangen.intake.vocabulary import normalise, yes_no
from plangen.model import Outcome, ReviewEntry

if TYPE_CHECKING:
    from plangen.intake.assemble import PlanReader

_REVIEW_PARTS = ("date", "status", "note", "timescale_extended")


def read_reviews(reader: PlanReader, rows: list[Row], outcomes: list[Outcome]) -> None:
    """Progress at reviews, each row naming its outcome by number.  A CP Plan's
    "How we will know" table also gives each outcome's priority and what success
    looks like on its first row, the outcome merged down its reviews."""
    table = reader.tables.get("reviews")
    if table is None:
        return
    number: int | None = None
    # the priorities the risks table printed, before this table adds its own (a CP
    # Plan's "How we will know" table gives them beside the outcome's number)
    printed = [outcome.priority for outcome in outcomes]
    for row in rows:
        merged = table.is_word_table and row.get("outcome") is None and number is not None
        if not merged:  # a merged cell: the outcome of the row above
            number = _outcome_of(reader, table, row, outcomes, printed)
        if number is None:
            continue
        _measure(reader, table, row, outcomes[number - 1])
        if all(is_blank(row.get(name)) for name in _REVIEW_PARTS):
            continue  # an outcome's measure with no review yet
        entry = _build(
            reader,
            row.location,
            ReviewEntry,
            date=reader.field(table, row, "date", parse_date, None),
            status=reader.field(table, row, "status", cells.status, None),
            note=reader.field(table, row, "note", text, ""),
            timescale_extended=bool(reader.field(table, row, "timescale_extended", yes_no, False)),
        )
        if entry is not None:
            outcomes[number - 1].reviews.append(entry)


def _outcome_of(
    reader: PlanReader, table: Table, row: Row, outcomes: list[Outcome], printed: list[int | None]
) -> int | None:
    """The outcome a review row names; a number out of range, or words that are not
    that outcome's (a row moved by hand), is a problem, never another outcome."""
    number, words = reader.field(table, row, "outcome", cells.outcome_number, (None, ""))
    if number is None:
        return None
    if not 1 <= number <= len(outcomes):
        reader.problems.add(
            InputError(
                f"is outcome {number}, but the plan has {len(outcomes)} outcome(s); "
                "number outcomes from 1 in the order they appear"
            ),
            table.cell_location(row, "outcome"),
        )
        return None
    candidates = _meant_by(number, printed)
    if words:
        said = normalise(f"{number}. {words}".removesuffix(" ..."))
        meant = [i for i in candidates if said == normalise(_label(outcomes, i, number))]
        if not meant:
            label = _label(outcomes, candidates[0], number)
            reader.problems.add(
                InputError(
                    f"names outcome {number}, but its words are not the first words of "
                    f"outcome {number} ({shown(label)}); check which outcome this row is "
                    "about and write its number alone"
                ),
                table.cell_location(row, "outcome"),
            )
            return None
        return meant[0] + 1
    if len(candidates) > 1:
        reader.problems.add(
            InputError(_not_sure(number, outcomes, printed, candidates)),
            table.cell_location(row, "outcome"),
        )
        return None
    return candidates[0] + 1


def _meant_by(number: int, printed: list[int | None]) -> list[int]:
    """The outcomes (by index) a review's outcome number can mean: the one in that place
    and, where the plan prints its own priorities in another order ("3" beside its first
    outcome), the one with that priority.  Where the two differ, or the one in that place
    has another priority printed beside it, a bare number is not enough: progress put on
    the wrong outcome tells the family the wrong thing has changed."""
    place = number - 1
    numbered = [i for i, priority in enumerate(printed) if priority == number]
    if numbered and numbered != [place]:
        return [place, numbered[0]]
    if not numbered and printed[place] is not None:
        return [place, place]
    return [place]


def _not_sure(
    number: int, outcomes: list[Outcome], printed: list[int | None], candidates: list[int]
) -> str:
    by_place, other = candidates
    then = (
        f"the outcome with priority {number} is {shown(_label(outcomes, other, number))}"
        if other != by_place
        else f"the plan prints priority {printed[by_place]} beside it, and no "
        f"outcome has priority {number}"
    )
    return (
        f"names outcome {number}: the plan's outcome {number} in the order they appear is "
        f"{shown(_label(outcomes, by_place, number))}, but {then}; write the outcome's first "
        f'words after the number ("{number}. ...") so plangen puts this progress on the '
        "right one"
    )


def _label(outcomes: list[Outcome], index: int, number: int) -> str:
    return outcomes[index].label(number).removesuffix(" ...")


def _measure(reader: PlanReader, table: Table, row: Row, outcome: Outcome) -> None:
    """An outcome's priority and what success looks like, from a review row."""
    for name, convert in (("priority", cells.priority), ("success_looks_like", text)):
        value = reader.field(table, row, name, convert, None)
        if value is None or value == "":
            continue
        held = getattr(outcome, name)
        if held in (None, ""):
            setattr(outcome, name, value)
        elif held != value:
            reader.problems.add(
                InputError(
                    f"says {shown(str(value))}, but the risks table says {shown(str(held))} "
                    "for this outcome; write it in one place"
                ),
                table.cell_location(row, name),
            )
