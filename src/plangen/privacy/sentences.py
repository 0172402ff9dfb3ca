"""Whole sentences, not placeholder soup, in the copies of a reader kept from someone's
whereabouts (held-out plans 133, 134, 137 and 141, reader 29).

A marker cut into a sentence about the person the plan protects still tells the reader
what is around it: "She works early [details not shared] [details not shared] so she can
be home after school" says she works early shifts near home; "Rania has a new mobile
([phone number not shared]) - the old number has been cut off" says she changed it.  So,
after every other holding back, in such a reader's copies:

- a sentence holding a marker goes whole when it is not the reader's own (it names no
  reader, and is not a cell of the reader's own action) and it names the protected
  person (or the child whose whereabouts are kept), or it holds a withheld detail's own
  marker ("[phone number not shared]", "[name not shared]"), or it holds two markers;
- a sentence that is the reader's own, or an action's own words (its row must say what
  it is), keeps its cuts, two markers in a row said once;
- a sentence about hiding where someone is from a reader ("does not want his dad to
  know where he is staying") goes whole, whoever it names.

"Whole" is left out in the family copies and the child's version (the copy says some
details are not in it); in the formal plan and review copy it reads "[details held on
the case record]", once for a run of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from plangen.privacy.holding import pieces
from plangen.privacy.locating import HELD_BACK, HELD_ON_RECORD
from plangen.privacy.routines import names_any
from plangen.privacy.withheld import text_slots

# any marker a copy prints for something kept from its reader
_MARKER = re.compile(r"\[[^\[\]]{0,60}?\b(?:not shared|held on the case record)\]")
# markers that hold back a locating phrase, not a withheld detail itself
_LOCATING = frozenset({HELD_BACK, HELD_ON_RECORD})
# "does not want his dad to know where he is staying", "not want Dad to find out where
# she lives", "never to be told where": someone hiding where they are from a reader
_HIDING = re.compile(
    r"\b(?:not|n't|never)\b[^.;:!?\"\u201c]{0,40}?"
    r"\b(?:know|knows|find out|finds out|tell|told|see)\b[^.;:!?\"\u201c]{0,25}?\bwhere\b",
    re.I,
)


# a sentence that goes on about whoever the last one named: "She would like a flat ..."
_PRONOUN = re.compile(r"\s*(?:she|he|they|her|his|their)\b", re.I)


@dataclass(frozen=True)
class Whose:
    """Who a copy is kept from (``readers``: names, and what the child calls them) and
    whose whereabouts it keeps (``protected``: names, known-as names)."""

    readers: tuple[str, ...]
    protected: tuple[str, ...]


def whose(readers: Iterable[str], protected: Iterable[str]) -> Whose:
    return Whose(tuple(r for r in readers if r), tuple(p for p in protected if p))


def whole_sentences(data: dict[str, Any], said: Whose, *, whole: str | None) -> None:
    """Every free text of a dumped copy with each sentence that would tell the reader
    about the protected person through its markers taken whole (``whole``: the marker
    that stands for it, ``None``: left out)."""
    for place, holder, key in text_slots(data):
        if place[0] in ("core_group", "child", "confidential") or "responsible" in place:
            continue
        doers = holder.get("responsible")
        own = names_any(" ".join(map(str, doers or [])), said.readers)
        # an action's own words say what it is: its row stays, a locating phrase cut
        task = isinstance(doers, list) and key == "text"
        holder[key] = tidied(holder[key], said, whole=whole, own=own, task=task)


def tidied(
    text: str, said: Whose, *, whole: str | None, own: bool = False, task: bool = False
) -> str:
    """``text`` with each sentence that goes whole (module doc) left out or said as
    ``whole``."""
    out: list[str] = []
    gone = ""  # how the last sentence that went ended ("": the last one stayed)
    about = False  # the last sentence naming someone named the protected person
    everyone = (*said.readers, *said.protected)
    for piece, many in _with_sentences(text, said, own=own or task):
        body = piece.rstrip()
        stop = body[-1:] if body[-1:] in (".", ";", "!", "?") else "."
        # "...; the old number has been cut off": a clause naming no one goes with the
        # clause before it
        if gone == ";" and not names_any(piece, everyone):
            gone = stop
            continue
        if _PRONOUN.match(piece):  # "She wants ... Jordan ...": still about her
            pass
        elif names_any(piece, said.readers):
            about = False
        else:
            about = names_any(piece, said.protected)
        if not many and not _goes(piece, said, own=own, about=about, task=task):
            mine = own or task or names_any(piece, said.readers)
            out.append(_once(piece) if mine else piece)
            gone = ""
            continue
        if whole is not None and not gone:
            out.append(whole + ("." if stop == ";" else stop) + piece[len(body) :])
        gone = stop
    kept = "".join(out).strip()
    if not kept and text.strip():
        return whole or HELD_BACK
    return kept[:-1] + "." if kept.endswith(";") else kept  # "X; [gone]." is "X."


def _with_sentences(text: str, said: Whose, *, own: bool) -> list[tuple[str, bool]]:
    """Each clause of ``text``, and whether its sentence (to a full stop, over its ";")
    holds two markers and is not the reader's own: it then goes whole."""
    out: list[tuple[str, bool]] = []
    run: list[str] = []
    for piece in [*pieces(text), ""]:
        if piece:
            run.append(piece)
        if run and (not piece or not piece.rstrip().endswith(";")):
            sentence = "".join(run)
            mine = own or names_any(sentence, said.readers)
            many = not mine and len(_MARKER.findall(sentence)) > 1
            out += [(clause, many) for clause in run]
            run = []
    return out


def _goes(piece: str, said: Whose, *, own: bool, about: bool, task: bool) -> bool:
    if _HIDING.search(piece):
        return True
    markers = _MARKER.findall(piece)
    if not markers or own or names_any(piece, said.readers):
        return False
    if task:  # an action's own words stay, a run of cuts said once: its row says what it is
        return False
    detail = any(marker not in _LOCATING for marker in markers)
    return detail or len(markers) > 1 or about


def _once(piece: str) -> str:
    """A reader's own sentence with its markers said once: from the first to the last
    (what lies between them is cut too)."""
    found = list(_MARKER.finditer(piece))
    if len(found) < 2:
        return piece
    return piece[: found[0].start()] + found[0].group(0) + piece[found[-1].end() :]
