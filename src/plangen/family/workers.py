"""Professionals as a parent knows them: by name and role.  The plan often calls a
worker by first name only ("Sarah will ask ...", "weekly check with Dev"); the first
time the family version does, it says who they are: "Sarah, your family support
worker, will ask ...", "Mrs Ellison, Ruby's class teacher".  Later mentions keep the
first name.  Quotations are the speaker's words and are never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from plangen.family.plain import Glossary
from plangen.model import CorePerson

# the order a parent reads the family version in
READING_ORDER = (
    "intro",
    "status",
    "worries",
    "better",
    "changes",
    "actions",
    "if_not",
    "if_not_when",
    "step_down",
    "next_meeting",
    "child_views",
    "family_views",
)
# workers who work with the family ("your social worker"); others work with the child
_FAMILY_ROLES = re.compile(
    r"social worker|family support|key worker|family worker|early help|lead|practitioner|"
    r"midwife|health visitor|care coordinator|probation|worker for people",
    re.I,
)
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|(?<![\w’'])'[^'\n]*'(?![\w'’])")


@dataclass(frozen=True)
class Worker:
    first: str  # "Sarah", or "Mrs Ellison"
    last: str
    who: str  # "your family support worker", "Ruby's class teacher"


def workers(
    people: list[tuple[CorePerson, bool]], child: str, words: Glossary, family_names: set[str]
) -> list[Worker]:
    # "child" is how the version calls the child ("the baby" before birth: "your")
    """The professionals of the core group (``people``: each with whether it is family)
    that a text may call by a first name (or title and surname) only: one to a name."""
    found: list[Worker] = []
    firsts = [p.name.split()[0] for p, _ in people]
    keep = family_names | {w for p, _ in people for w in p.name.split()}
    for person, family in people:
        parts = person.name.split()
        if family or len(parts) < 2 or not person.role:
            continue
        role = re.sub(r"\s*\([^()]*\)", "", words.plain(person.role)).strip()
        # "Care Coordinator (CPN) for Lisa": names keep their capitals
        role = " ".join(
            w.lower() if w[1:].islower() and w.strip(".,'’s") not in keep else w
            for w in role.split()
        )
        if not role:
            continue
        mine = person.lead_professional or _FAMILY_ROLES.search(role) or " " in child
        whose = "your" if mine else f"{child}'s"
        first = parts[0]
        if first.rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"):
            first = f"{parts[0]} {parts[-1]}"
        elif firsts.count(first) > 1 or first in family_names or len(first) < 3:
            continue
        found.append(Worker(first, parts[-1], f"{whose} {role}"))
    return found


def introduced(context: dict[str, Any], known: list[Worker]) -> dict[str, Any]:
    """``context`` with the first mention of each worker by first name only, in reading
    order, saying who they are."""
    left = {worker.first: worker for worker in known}
    for key in READING_ORDER:
        if key in context and left:
            context[key] = _walk(context[key], lambda text, who="": _introduce(text, left, who))
    return context


def _walk(value: Any, change: Callable[..., str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_walk(v, change) for v in value]
    if isinstance(value, dict):  # an action: "who" is a label, "what" a sentence
        return {**value, "what": change(value["what"], value["who"])} if "what" in value else value
    return value


def _introduce(text: str, left: dict[str, Worker], beside: str = "") -> str:
    """``beside``: the Who cell of an action, which already says who its workers are."""
    for first, worker in list(left.items()):
        if f"{first} {worker.last}" in beside or f" {worker.last} (" in beside:
            continue
        for spot in _mentions(text, worker):
            after = text[spot.end() :]
            before = text[: spot.start()]
            if re.match(r"\s*\(", after):  # "Josh (her PA)": the plan says who he is
                continue
            joined = re.match(r"\s+(?:and|or)\b", after) or re.search(r"\b(?:and|or)\s+$", before)
            if joined or re.match(r"\s*[,/]", after):
                said = f"{first} ({worker.who})"
            elif re.match(r"\s*(?:[.;:!?)]|$)", after):
                said = f"{first}, {worker.who}"
            else:
                said = f"{first}, {worker.who},"
            text = before + said + after
            del left[first]
            break
    return text


def _mentions(text: str, worker: Worker) -> Iterator[re.Match[str]]:
    """Where ``text`` calls ``worker`` by first name alone, outside quotations: not
    "Sarah Okafor", not "Sarah's"."""
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    pattern = rf"\b{re.escape(worker.first)}\b(?!\s+{re.escape(worker.last)}\b)(?!['’]s\b)"
    for match in re.finditer(pattern, text):
        if not any(start <= match.start() < end for start, end in quoted):
            yield match
