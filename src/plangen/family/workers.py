"""Professionals as a parent knows them: by name and role.  The plan often calls a
worker by first name only ("Sarah will ask ...", "weekly check with Dev"); the first
time the family version does, it says who they are: "Sarah will ask ... Sarah is
your family support worker.", "Mrs Ellison (Ruby's class teacher)".  Later mentions keep the
first name.  Quotations are the speaker's words and are never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from plangen.family.plain import Glossary
from plangen.family.quotes import QUOTATION
from plangen.family.split import inside_marks, split_sentences
from plangen.keys import name_key
from plangen.model import CorePerson, Plan

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
# a school's or the child's own worker, though the role says "lead" ("nursery teacher /
# child safety lead" is the child's teacher, not "your nursery teacher")
_CHILDS_ROLES = re.compile(
    r"teacher|school|nursery|class|head of year|safety lead|safeguarding lead|SENCo|"
    r"camhs|mental health service|youth|paediatric|children's doctor",
    re.I,
)
# a worker for a grown-up, never the child's: "Ruth is Jayden's IDVA", "Shona is Isla's
# refuge support worker" (held-out plans 168, 172: the mother's); whose grown-up the plan
# does not say, so "the IDVA"
_ADULTS_ROLES = re.compile(
    r"\bI[DS]VA\b|refuge|housing|women['’]s aid|drugs?\b|alcohol|substance|recovery|"
    r"\badult|tenancy|perinatal|learning disability|\bLD\b",
    re.I,
)
# "Recovery Coordinator (for Craig)", "Care Coordinator (CPN) for Lisa"
_FOR_WHOM = re.compile(r"\(for ([A-Z][\w'’-]*)\)|\bfor ([A-Z][\w'’-]*)\s*$")


@dataclass(frozen=True)
class Worker:
    first: str  # "Sarah", or "Mrs Ellison"
    last: str
    who: str  # "your family support worker", "Ruby's class teacher"


def workers(
    people: list[tuple[CorePerson, bool]],
    child: str,
    words: Glossary,
    family_names: set[str],
    reader: str | None = None,
    plan: Plan | None = None,
) -> list[Worker]:
    # "child" is how the version calls the child ("the baby" before birth: "your")
    """The professionals of the core group (``people``: each with whether it is family)
    that a text may call by a first name (or title and surname) only: one to a name.
    A worker "(for Kayleigh)" is Kayleigh's, never the child's ("Owen is Kayleigh's
    nurse"), and "the" nurse in the copy of ``reader`` (a first name) when she is Kayleigh.
    So is one whose every action in ``plan`` is to see one family member ("Leila to see
    Fadumo on her own"), whatever the role says (never "Amina's FGM specialist worker")."""
    found: list[Worker] = []
    firsts = [p.name.split()[0] for p, _ in people]
    keep = family_names | {w for p, _ in people for w in p.name.split()}
    for person, family in people:
        parts = person.name.split()
        if family or len(parts) < 2 or not person.role:
            continue
        role = re.sub(r"\s*\([^()]*\)", "", person.role).strip()
        plain = words.plain(role)
        # "CSE Specialist Worker": the plain words of a long term make no role ("being
        # tricked or forced into sexual acts specialist worker"); the term stays, and
        # the "words we use" box explains it
        role = plain if len(plain.split()) <= len(role.split()) + 2 else role
        # "Care Coordinator (CPN) for Lisa": names keep their capitals
        role = " ".join(
            w.lower() if w[1:].islower() and w.strip(".,'’s") not in keep else w
            for w in role.split()
        )
        if not role:
            continue
        mine = (
            person.lead_professional
            or (_FAMILY_ROLES.search(role) and not _CHILDS_ROLES.search(role))
            or " " in child
        )
        whose = "your" if mine else "the" if _ADULTS_ROLES.search(role) else f"{child}'s"
        meant = _FOR_WHOM.search(person.role)
        whom = (meant.group(1) or meant.group(2)) if meant else ""
        if not whom and whose == f"{child}'s" and plan is not None:
            whom = _works_with(person, plan, [p for p, kin in people if kin])
        if whom in family_names:
            # in her own copy "the": the text it lands in may still name her ("She
            # does not want ... but is happy for Carla (the ... worker)"); never "your
            # care coordinator for Lisa"
            whose = "the" if whom == reader else f"{whom}'s"
            role = re.sub(rf"\s+for {re.escape(whom)}$", "", role)
        first = parts[0]
        if first.rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"):
            first = f"{parts[0]} {parts[-1]}"
        elif firsts.count(first) > 1 or first in family_names or len(first) < 3:
            continue
        # "Kayla's Social Worker": the role says whose already (never "your Kayla's
        # social worker"); in Kayla's own copy she is "your" social worker
        owner = re.match(r"([A-Z][\w-]*)['’]s\s+", role)
        if owner:
            said = f"your {role[owner.end() :]}" if owner.group(1) == reader else role
            found.append(Worker(first, parts[-1], said))
            continue
        found.append(Worker(first, parts[-1], f"{whose} {role}"))
    return found


# "to see Fadumo", "visits with Jade", "support Kayleigh": whom an action works with
_WITH = r"\b(?:see|sees|seeing|visit|visits|meet|meets|support|supports|with)\s+(?:{})\b"


def _works_with(person: CorePerson, plan: Plan, relatives: list[CorePerson]) -> str:
    """The first name of the one family member every action of ``person`` works with
    ("Leila to see Fadumo on her own"), when none of them names the child; else ""."""
    names = {name_key(person.name), name_key(person.name.split()[0])}
    texts = [
        action.text
        for risk in plan.risks
        for outcome in risk.outcomes
        for action in outcome.actions
        if names & {name_key(who) for who in action.responsible}
    ]
    # the child's first names ("Amina and Hodan Warsame": Amina, Hodan), not the surname
    child = [w for w in plan.child.name.split()[:-1] if w[:1].isupper()]
    if not texts or any(re.search(rf"\b{re.escape(w)}\b", t) for w in child for t in texts):
        return ""
    found = {
        p.name.split()[0]
        for p in relatives
        if all(re.search(_WITH.format(re.escape(p.name.split()[0])), t) for t in texts)
    }
    return found.pop() if len(found) == 1 else ""


def introduced(context: dict[str, Any], known: list[Worker]) -> dict[str, Any]:
    """``context`` with the first mention of each worker by first name only, in reading
    order, saying who they are."""
    left = {worker.first: worker for worker in known}
    for key in READING_ORDER:
        if key in context and left:
            # in an action's cell or in someone's views, never a sentence of ours
            own = key not in ("actions", "child_views", "family_views")
            context[key] = _walk(
                context[key], lambda text, who="", own=own: _introduce(text, left, who, own=own)
            )
    return context


def _walk(value: Any, change: Callable[..., str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_walk(v, change) for v in value]
    if isinstance(value, dict):  # an action: "who" is a label, "what" a sentence
        return {**value, "what": change(value["what"], value["who"])} if "what" in value else value
    return value


def _introduce(text: str, left: dict[str, Worker], beside: str = "", *, own: bool = True) -> str:
    """``beside``: the Who cell of an action, which already says who its workers are.
    Said in a short sentence after the one that first calls them by first name ("...
    Sarah will ask for more help. Sarah is your family support worker."): the long
    sentences of a plan get no longer; where the text is one phrase (an action),
    in brackets after the name."""
    for first, worker in list(left.items()):
        if f"{first} {worker.last}" in beside or f" {worker.last} (" in beside:
            continue
        for spot in _mentions(text, worker):
            if re.match(r"\s*\(", text[spot.end() :]):  # "Josh (her PA)": the plan says
                continue
            bracketed = f"{first} ({worker.who})"
            if own:
                text = _said_after(text, spot, f"{first} is {worker.who}.", bracketed)
            else:
                text = text[: spot.start()] + bracketed + text[spot.end() :]
            del left[first]
            break
    return text


def _said_after(text: str, spot: re.Match[str], sentence: str, bracketed: str) -> str:
    """``sentence`` after the sentence of ``text`` that holds ``spot``, where that one
    ends with a stop; else ``bracketed`` in place of the name."""
    end = spot.end()
    for piece in split_sentences(text):
        at = text.find(piece)
        if at <= spot.start() < at + len(piece):
            end = at + len(piece)
            break
    quoted = inside_marks(text)
    if (
        text[:end].rstrip().endswith((".", "!", "?"))
        and not re.match(r"\s*[a-z]", text[end:])
        and not quoted[end - 1]  # never inside someone's words
    ):
        return f"{text[:end]} {sentence}{text[end:]}" if text[end:] else f"{text[:end]} {sentence}"
    return text[: spot.start()] + bracketed + text[spot.end() :]


def _mentions(text: str, worker: Worker) -> Iterator[re.Match[str]]:
    """Where ``text`` calls ``worker`` by first name alone, outside quotations: not
    "Sarah Okafor", not "Sarah's"."""
    quoted = [(m.start(), m.end()) for m in QUOTATION.finditer(text)]
    pattern = rf"\b{re.escape(worker.first)}\b(?!\s+{re.escape(worker.last)}\b)(?!['’]s\b)"
    for match in re.finditer(pattern, text):
        if not any(start <= match.start() < end for start, end in quoted):
            yield match
