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
    for row in rows:
        merged = table.is_word_table and row.get("outcome") is None and number is not None
        if not merged:  # a merged cell: the outcome of the row above
            number = _outcome_of(reader, table, row, outcomes)
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


def _outcome_of(reader: PlanReader, table: Table, row: Row, outcomes: list[Outcome]) -> int | None:
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
    label = outcomes[number - 1].label(number).removesuffix(" ...")
    if words and normalise(f"{number}. {words}".removesuffix(" ...")) != normalise(label):
        reader.problems.add(
            InputError(
                f"names outcome {number}, but its words are not the first words of "
                f"outcome {number} ({shown(label)}); check which outcome this row is "
                "about and write its number alone"
            ),
            table.cell_location(row, "outcome"),
        )
        return None
    return number


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
