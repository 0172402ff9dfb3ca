"""Forgiving recognition of headers, sheet names and cell values, driven by
``data/intake.toml`` so that a council can add its own wording without code."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from plangen.errors import InputError

_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^0-9a-z✓✔]+")
_BRACKETS = re.compile(r"\(([^)]*)\)")


def normalise(text: object) -> str:
    """``"Child’s  Name:"`` -> ``"childs name"``: the form headers are compared in."""
    lowered = _APOSTROPHES.sub("", str(text).lower())
    return _NON_WORD.sub(" ", lowered).strip()


def readings(header: str) -> list[str]:
    """The ways a header or sheet name can be read: whole, without its brackets, inside
    them; each also with "&" as "and" and "/" as "or" ("Risks & actions"), and each as
    :func:`folded`."""
    return list(_readings(str(header)))


# a word's plural "s" (not "ss": "progress", "address"), from four letters: "views"
_PLURAL = re.compile(r"(?<=[a-z]{3})(?<!s)s\b")
_JOINING = re.compile(r"\b(?:and|or)\b")
_THE = re.compile(r"\bthe\b")


def folded(reading: str) -> str:
    """A normalised heading as headings are compared: plural and singular alike, "and"
    and "or" alike, "the" left out.  Councils write one heading many ways: "Parent/carer
    views", "Parents' and carers' views", "Parents or carers views" are one heading."""
    words = _JOINING.sub("or", _PLURAL.sub("", _THE.sub(" ", reading)))
    return " ".join(words.split())


def _readings(header: str) -> tuple[str, ...]:
    # every workbook has much the same headings and sheet names, each read several
    # times: a short one's readings are kept (a hostile file's long ones never are)
    return _kept_readings(header) if len(header) <= _KEPT_UP_TO else _read(header)


_KEPT_UP_TO = 200


@lru_cache(maxsize=2048)
def _kept_readings(header: str) -> tuple[str, ...]:
    return _read(header)


def _read(header: str) -> tuple[str, ...]:
    found: list[str] = []
    for text in (header, header.replace("&", " and ").replace("/", " or ")):
        found += [normalise(text), normalise(_BRACKETS.sub(" ", text))]
        found += [normalise(inner) for inner in _BRACKETS.findall(text)]
    return tuple(r for r in dict.fromkeys(map(folded, found)) if r)


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed ``intake.toml`` shipped with plangen."""
    text = resources.files("plangen.data").joinpath("intake.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def header_names(table: str) -> dict[str, list[str]]:
    """Field -> accepted header wordings for one table (``plan``, ``people`` ...)."""
    names: dict[str, list[str]] = vocabulary()["headers"][table]
    return names


def display_name(table: str, field: str) -> str:
    """The header a person sees for a field: the first wording in the vocabulary."""
    return header_names(table)[field][0]


@dataclass(frozen=True)
class HeaderMap:
    """Which column holds which field, for one table, as found in its header row."""

    table: str
    columns: dict[str, int]  # field -> 0-based column index
    headers: dict[str, str]  # field -> the header text as the file has it
    # 0-based column index -> a heading that is no field's (reported, never just dropped)
    unknown: dict[int, str] = dataclasses.field(default_factory=dict)
    # 0-based column index -> the field an earlier column already gives (two
    # "Timescale" columns): refused, never one of them silently left unread
    repeated: dict[int, str] = dataclasses.field(default_factory=dict)

    def has(self, field: str) -> bool:
        return field in self.columns

    def label(self, field: str) -> str:
        """The header as the user wrote it, or the standard wording if the column is absent."""
        return self.headers.get(field) or display_name(self.table, field)


def match_headers(table: str, cells: Sequence[object]) -> HeaderMap:
    """Map a header row onto the fields of ``table``; headings that are no field's are
    kept in ``unknown`` (see :mod:`plangen.intake.headings`).

    Each field takes the first column whose header matches one of its wordings; a
    column is used for one field only, preferring the field whose wording it matches
    most exactly (whole header before a bracketed part).
    """
    wordings = _wordings(table)
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    unknown: dict[int, str] = {}
    repeated: dict[int, str] = {}
    for index, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        ways = readings(str(cell))
        for reading in ways:
            name = next(
                (f for f, words in wordings.items() if reading in words and f not in columns),
                None,
            )
            if name is not None:
                columns[name] = index
                headers[name] = " ".join(str(cell).split())
                break
        else:
            taken = next((f for r in ways for f, words in wordings.items() if r in words), None)
            if taken is None:
                unknown[index] = " ".join(str(cell).split())
            else:
                repeated[index] = taken
    return HeaderMap(
        table=table, columns=columns, headers=headers, unknown=unknown, repeated=repeated
    )


@cache
def _wordings(table: str) -> Mapping[str, frozenset[str]]:
    """Field -> its header wordings as compared (read once a table)."""
    return MappingProxyType(
        {
            field: frozenset(folded(normalise(w)) for w in words)
            for field, words in header_names(table).items()
        }
    )


def find_name(kind: str, names: Iterable[str]) -> str | None:
    """The first of ``names`` (sheet names, table headings) that is a ``kind`` table."""
    accepted = _sheet_names(kind)
    return next((n for n in names if any(r in accepted for r in _readings(str(n)))), None)


@cache
def _sheet_names(kind: str) -> frozenset[str]:
    return frozenset(folded(normalise(n)) for n in vocabulary()["sheets"][kind])


def choose(kind: str, raw: object, *, what: str) -> str:
    """Read a value from a fixed list (plan type, threshold, status): its canonical key.

    Raises :class:`InputError` listing the accepted values when ``raw`` is none of them.
    """
    options: dict[str, list[str]] = vocabulary()["values"][kind]
    wanted = normalise(raw)
    for key, words, as_compared in _choices(kind):
        if wanted in words or wanted == as_compared:
            return key
    accepted = ", ".join(words[0] for words in options.values())
    raise InputError(f"{quoted(raw)} is not a {what}; use one of: {accepted}")


@cache
def _choices(kind: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Each value of a fixed list (its key), with its wordings and its key as compared
    (read once a list)."""
    options: dict[str, list[str]] = vocabulary()["values"][kind]
    return tuple(
        (key, frozenset(map(normalise, words)), normalise(key)) for key, words in options.items()
    )


def quoted(raw: object) -> str:
    """A value meant for a closed list, shown as written: a plan type or a Yes/No answer
    identifies no one, and a message that hid it would leave the user guessing."""
    written = " ".join(str(raw).split())
    return f'"{written[:77]}..."' if len(written) > 80 else f'"{written}"'


def yes_no(raw: object) -> bool | None:
    """``Yes``/``No`` (and Y, N, ticks, TRUE ...) as a bool; blank as ``None``."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        return raw
    key = choose("yes_no", raw, what="Yes or No answer")
    return key == "yes"


@cache
def parent_relationships() -> frozenset[str]:
    """Relationships that make a core group member a parent or carer."""
    return frozenset(normalise(r) for r in vocabulary()["parents"]["relationships"])


@cache
def family_called() -> Mapping[str, tuple[str, ...]]:
    """What a family calls a relative ("mum") -> the relationships it may name (read
    once: the same mapping for every caller, never changed)."""
    called = vocabulary()["parents"].get("called", {})
    return MappingProxyType(
        {normalise(word): tuple(normalise(r) for r in roles) for word, roles in called.items()}
    )


@cache
def parent_words() -> frozenset[str]:
    """Words in "Person responsible" that stand for the parents and carers."""
    return frozenset(normalise(w) for w in vocabulary()["parents"]["responsible_words"])
