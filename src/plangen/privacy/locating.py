"""Locating details: free text that tells a reader where someone can be found.

A plan that keeps a mother's address from the father still says, in its own words,
"Jade attends Oakfield Primary", "Mrs Ward (deputy head) will meet her at the gate",
"the Thursday contact at Bramley Family Centre, pick-up 3.15pm", "Dr Patel at Riverside
Surgery".  None of it is the address, and each of them finds her.  So in the copy of a
reader kept from someone's whereabouts (their address, phone or whole details, or the
child's address), every sentence holding a locating detail is held back whole, and each
place-bound professional (a teacher, a GP, a health visitor: :func:`place_bound`) is
given by role only.  What counts as locating is in ``data/privacy.toml``
(``locating_words``, ``place_names``, ``place_bound``); names of the family and the
child are never locating.  When in doubt, held back: a sentence too many is a worker's
phone call, a sentence too few may be a child found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from plangen.model import CorePerson, Plan, Withholding
from plangen.privacy.names import is_family, words

HELD_BACK = "[details not shared]"
# the same, in the formal plan and review copy that go to the whole core group
HELD_ON_RECORD = "[details held on the case record]"

# the details whose withholding keeps a person's whereabouts from a reader
_WHEREABOUTS = {"", "address", "phone", "email"}
# a professional's details that say where they work
_WORK_DETAILS = ("agency", "address", "email", "phone")


def _any_of(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    listed = words()
    suffixes = _any_of(word[:1].upper() + word[1:] for word in listed["place_names"])
    return {
        "a place-bound service": re.compile(
            rf"(?<![\w-])(?:{_any_of(listed['locating_words'])})(?![\w-])", re.I
        ),
        # "Oakfield Primary", "St Anne's", "Flat 4": capitals before a place's own word
        "a named place": re.compile(
            rf"\b(?:[A-Z][\w'&-]*\s+){{1,4}}(?:{suffixes})\b|\bSt\.?\s+[A-Z]|\bFlat\s+\d"
        ),
        "a postcode": re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b"),
        # "3.15pm", "15:30", "9am"; never a date's "24.03.25"
        "a time of day": re.compile(
            r"(?<![\d:/])(?<!\d\.)(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\.?\d|[:/])\s*(?:am|pm)?"
            r"|(?<![\d.:/])(?:1[0-2]|0?[1-9])\s*(?:am|pm)\b",
            re.I,
        ),
    }


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w'-]+)")
_PLACE_BOUND = re.compile(rf"(?<![\w-])(?:{_any_of(words()['place_bound'])})(?![\w-])", re.I)


@dataclass(frozen=True)
class People:
    """Whose names a plan gives: the family's (never locating), and the surnames of
    professionals whose work says nothing of where anyone is."""

    family: frozenset[str]  # every word of a family member's or the child's name
    open_surnames: frozenset[str]  # professionals' surnames that are not place-bound
    names: tuple[str, ...]  # every name, longest first: masked before places are sought

    @classmethod
    def of(cls, plan: Plan) -> People:
        family = {w for n in (plan.child.name, plan.child.known_as or "") for w in n.split()}
        family |= {w for p in plan.core_group if is_family(p) for w in p.name.split()}
        open_surnames = {
            p.name.split()[-1]
            for p in plan.core_group
            if p.name.split() and not is_family(p) and not place_bound(p)
        }
        names = [plan.child.name, plan.child.known_as or ""]
        names += [p.name for p in plan.core_group]
        names += [w for n in names for w in n.split() if len(w) > 2]
        return cls(
            frozenset(family),
            frozenset(open_surnames - family) | frozenset(family),
            tuple(sorted({n for n in names if n}, key=len, reverse=True)),
        )


def place_bound(person: CorePerson) -> bool:
    """Whether a professional's role or agency says where the child or a parent is
    (a school, a GP, a health visitor, a refuge)."""
    return not is_family(person) and bool(
        _PLACE_BOUND.search(f"{person.role} {person.agency}".replace("\u2019", "'"))
    )


def unplaced_role(role: str) -> str:
    """A place-bound professional's role without the words that say where they work:
    "Refuge Support Worker" is a "Support Worker" to a reader kept from the refuge."""
    service = _patterns()["a place-bound service"]
    # a bracket that loses words to it goes whole: "(antenatal contact)" is no "( contact)"
    role = re.sub(
        r"\s*\(([^()]*)\)", lambda m: "" if service.search(m.group(1)) else m.group(0), role
    )
    said = service.sub("", role.replace("\u2019", "'"))
    said = re.sub(r"\s{2,}", " ", said).strip(" ,-/&")
    # nothing left but a bracket ("Health Visitor (for Riley)"): a worker, for Riley
    if not re.sub(r"\([^)]*\)", "", said).strip(" ,-/&"):
        said = f"Worker {said}".strip()
    return said[:1].upper() + said[1:]


def role_as_name(role: str) -> str:
    """How an action's person-responsible cell names a place-bound professional kept
    from its reader: "the deputy head and DSL"."""
    # the role's own words in lower case; a bracket ("(for Riley)") keeps its names
    head, bracket, rest = role.partition("(")
    said = " ".join(w if w.isupper() else w.lower() for w in head.split())
    return f"the {said} {bracket}{rest}".rstrip() if bracket else f"the {said}"


def kept_whereabouts(plan: Plan, items: list[Withholding], recipient: str | None) -> list[str]:
    """Whose whereabouts ``items`` (what a reader's copy leaves out) keep from that
    reader: a family member's address, phone or whole details (not the reader's own),
    the child's address, a professional's agency or base (a school)."""
    family = {p.name for p in plan.core_group if is_family(p)}
    kept: list[str] = []
    for item in items:
        if item.about == "child":
            whose = plan.child.name if item.detail == "address" else ""
        elif item.about == "plan" or item.about == recipient:
            whose = ""
        elif item.about in family:
            whose = item.about if item.detail in _WHEREABOUTS else ""
        else:
            whose = item.about if item.detail in ("", "agency", "address") else ""
        if whose and whose not in kept:
            kept.append(whose)
    return kept


def place_bound_items(plan: Plan, recipient: str | None) -> list[Withholding]:
    """The work details of every place-bound professional, kept from ``recipient``
    (``None``: from every family member) as if the intake withheld them."""
    readers = [recipient] if recipient else []
    return [
        Withholding(about=person.name, detail=detail, withheld_from=readers)
        for person in plan.core_group
        if place_bound(person)
        for detail in _WORK_DETAILS
        if getattr(person, detail).strip()
    ]


def locators(text: str, people: People) -> list[str]:
    """What in ``text`` could tell a reader where someone is, by kind ("a named place",
    "a time of day" ...); empty when nothing does."""
    text = text.replace("\u2019", "'")
    masked = text
    for name in people.names:  # "Helen Park" is a person, not a park
        if name in masked:  # (most texts name few of them: no pattern to run)
            masked = re.sub(rf"\b{re.escape(name)}\b", "someone", masked)
    found = [kind for kind, pattern in _patterns().items() if pattern.search(masked)]
    titled = [m.group(1) for m in _TITLED.finditer(text)]
    if any(surname not in people.open_surnames for surname in titled):
        found.append("a member of staff named by title")
    return found


# Where a sentence or a clause ends: after . ! ? or ; and a space, not after a title or
# an abbreviation, and not inside brackets.
_STOP = re.compile(r"[.!?;][\"\u201d']?\s+")
_NOT_AN_END = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|St|No|Nos|approx|incl|e\.g|i\.e|etc|vs|wk|wks))\.$", re.I
)


def _pieces(text: str) -> list[str]:
    """``text`` cut into sentences and clauses, each with the space after it."""
    pieces, start = [], 0
    for stop in _STOP.finditer(text):
        head = text[start : stop.end()].rstrip()
        after = text[stop.end() : stop.end() + 1]
        quoted = head.count('"') % 2 or head.count("\u201c") != head.count("\u201d")
        if quoted or head.count("(") != head.count(")") or _NOT_AN_END.search(head):
            continue  # never inside brackets or a quotation
        if stop.group(0)[0] == "." and after.islower():
            continue
        pieces.append(text[start : stop.end()])
        start = stop.end()
    pieces.append(text[start:])
    return [p for p in pieces if p]


_REPEATED = {
    marker: re.compile(re.escape(marker) + r"[.!?;]?\s+(?=" + re.escape(marker) + ")")
    for marker in (HELD_BACK, HELD_ON_RECORD)
}


# What can be cut cleanly from a sentence, leaving it true and unlocating: a school's
# own name ("at Oakfield Primary" is "at school": nearly every child goes to one), a
# member of staff's name beside their role ("Mrs Ward (deputy head)" is "the deputy
# head", "her teacher Mr Singh" is "her teacher").
_SCHOOL = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w'&-]*\s+){1,4}(?:Primary|Secondary|Infants|Juniors|Academy"
    r"|High School|Primary School|School|College)\b(?:\s+School)?"
)
_NAME_AND_ROLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'-]+\s+\(([^()]{3,40})\)")
_ROLE_AND_NAME = re.compile(
    r"\b((?:teacher|head|headteacher|tutor|assistant|nurse|senco|mentor|lead|doctor))"
    r",?\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'-]+,?",
    re.I,
)


def _cut(piece: str) -> str:
    """``piece`` with what can be cut cleanly cut (above)."""
    said = _SCHOOL.sub("school", piece)
    said = _NAME_AND_ROLE.sub(lambda m: f"the {m.group(1)}", said)
    said = _ROLE_AND_NAME.sub(r"\1", said)
    return said[:1].upper() + said[1:] if piece[:1].isupper() else said


def held_back(
    text: str, people: People, *, drop: bool = False, marker: str = HELD_BACK
) -> tuple[str, list[str]]:
    """``text`` with each sentence or clause holding a locating detail replaced by
    ``[details not shared]`` (said once for a run of them; left out, with ``drop``), or
    with the locating part cut where it can be cut cleanly, and the kinds of detail
    found."""
    kinds: list[str] = []
    out: list[str] = []
    for piece in _pieces(text):
        found = locators(piece, people)
        if not found:
            out.append(piece)
            continue
        cut = _cut(piece)
        if cut != piece and not locators(cut, people):
            kinds += [kind for kind in found if kind not in kinds]
            out.append(cut)
            continue
        kinds += [kind for kind in found if kind not in kinds]
        if drop:  # the child's version reads around it
            continue
        body = piece.rstrip()
        end = body.rstrip("\"\u201d'")[-1:]
        end = end if end in (".", "!", "?", ";") else ""
        out.append(marker + end + piece[len(body) :])
    said = _REPEATED[marker].sub("", "".join(out))
    if drop and said.rstrip().endswith(";"):  # "X; [held back]." is "X."
        said = said.rstrip()[:-1] + "."
    return said.strip() if drop else said, kinds
