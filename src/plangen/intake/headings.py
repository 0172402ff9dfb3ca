"""Headings and sheet names plangen does not know: never ignored without a word.

A column whose heading plangen does not recognise used to be dropped silently, and the
plan came out with that column blank ("Whoo" for "Who", "Risk facter").  Now each one
is compared with every wording plangen accepts for that table:

* close to one (a typing slip, :data:`CLOSE` or nearer, or its words cut short: "Lead
  Prof") it is an input problem, naming the heading it probably means, since a plan
  without that column would be wrong;
* plainly something else ("Notes (admin only)") it is a one-line warning, and the run
  goes on.

Sheets are looked at in :mod:`plangen.intake.sheets`.  Warnings go to the ``plangen``
logger, which the command line prints as ``warning: ...``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from plangen.errors import InputError, Location
from plangen.intake.vocabulary import HeaderMap, display_name, header_names, readings

CLOSE = 0.8  # difflib's ratio from which a heading is taken for a slip of the keyboard
log = logging.getLogger("plangen.intake")


@dataclass(frozen=True)
class Nearest:
    """The accepted wording nearest to a heading, and how near (0 to 1)."""

    key: str  # a field of the table, or a kind of sheet
    wording: str  # the accepted wording it is nearest to
    score: float


def nearest(text: str, options: dict[str, list[str]]) -> Nearest | None:
    """The accepted wording (of ``options``: key -> wordings) nearest to ``text``."""
    best: Nearest | None = None
    for reading in readings(text):
        for key, wordings in options.items():
            for wording in wordings:
                accepted = readings(wording)[0]
                score = SequenceMatcher(None, reading, accepted).ratio()
                # "Timescale agreed", "Frequency of visits"; "Lead Prof", "Freq"
                if _within(accepted, reading) or _shortened(accepted, reading):
                    score = max(score, CLOSE)
                if best is None or score > best.score:
                    best = Nearest(key, wording, score)
    return best


def _within(accepted: str, reading: str) -> bool:
    """Whether a heading is an accepted wording with words added ("Timescale agreed",
    "Agreed frequency of contact"): a wording of one short word ("who", "need") is
    too common to say so."""
    return len(accepted) >= 5 and accepted != reading and f" {accepted} " in f" {reading} "


def _shortened(accepted: str, reading: str) -> bool:
    """Whether a heading is an accepted wording with its words cut short ("Lead Prof"
    for "Lead professional", "Freq" for "Frequency"): each word the start, three
    letters or more, of the accepted word in its place."""
    words, full = reading.split(), accepted.split()
    return (
        reading != accepted
        and len(words) == len(full)
        and all(
            w == f or (len(w) >= 3 and f.startswith(w)) for w, f in zip(words, full, strict=True)
        )
    )


def column_letter(index: int) -> str:
    """0 -> ``A``, 26 -> ``AA``: a workbook column as Excel names it."""
    letters, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def unknown_headings(
    headers: HeaderMap, where: Location, column: Callable[[int], str]
) -> list[InputError]:
    """Problems for the unknown headings near an accepted one, whose field no other
    column gives; a warning for each of the others.  ``column`` names a column index
    as the file does (``F`` in a workbook, ``column 3`` in a Word table)."""
    options = header_names(headers.table)
    problems: list[InputError] = []
    for index, field in sorted(headers.repeated.items()):
        problems.append(
            InputError(
                f'the heading "{headers.label(field)}" is in two columns, '
                f"{column(headers.columns[field])} and {column(index)}; plangen would read "
                "only the first. Keep one column, or rename the other",
                location=where,
            )
        )
    for index, text in sorted(headers.unknown.items()):
        found = nearest(text, options)
        named = f'the heading "{text}" ({column(index)})'
        if found is not None and found.score >= CLOSE and not headers.has(found.key):
            standard = display_name(headers.table, found.key)
            looks = f'"{found.wording}"'
            if readings(found.wording)[0] != readings(standard)[0]:
                looks += f' (a way of writing "{standard}")'
            problems.append(
                InputError(
                    f"{named} is not one plangen knows; it looks like {looks}. Correct it, "
                    "or plangen cannot read what it heads",
                    location=where,
                )
            )
            continue
        hint = f'; the nearest heading plangen knows is "{found.wording}"' if found else ""
        log.warning(
            "%s: %s is not one plangen reads, so that column is ignored%s", where, named, hint
        )
    return problems
