"""Where a protected parent will be, and how they are kept safe: left out of the copies
of the family members their contact details are withheld from.

When a plan withholds a parent's address or phone (or the whole person) from another
family member, an action that parent carries out at a group, a session, a named place or
on a weekday ("Chelsea to attend 1:1 sessions at Horizons on Tuesdays"), or an action or
outcome naming them with safety measures ("door chain, window locks and a Ring doorbell
fitted at Chelsea's flat"), tells that reader where to find them.  Nothing in the intake
marks it; readers of the family copies judged such copies unsafe to send.  So a family
copy for that reader leaves it out, as if withheld from them, and the review copy says so
(PLAN-22), so that the worker can decide otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from plangen.keys import name_key
from plangen.model import Action, Plan, Withholding
from plangen.privacy.by_role import HER_SPECIALIST as _SPECIALIST
from plangen.privacy.household import lives_with_all
from plangen.privacy.names import is_family
from plangen.privacy.withheld import withheld_places

# The details whose withholding shows that a person is being kept from someone.
_LOCATING = {"", "address", "phone"}
# Set days and places: when and where someone will be (a group, a session at a named
# place, a weekday).
_WHEN_WHERE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bat (?-i:[A-Z])\w+"
    r"|\b(?:group|sessions?|clinic|drop-in|class|course|programme)\b",
    re.I,
)
# How a home or a person is kept safe: a reader who knows it knows where they live.
_SAFE_HOME = re.compile(
    r"\b(?:door chain|window locks?|locks? (?:fitted|changed)|ring doorbell|doorbell camera"
    r"|cctv|panic (?:alarm|button)|personal alarm|target harden\w*|police marker"
    r"|marker (?:on|placed)|safety plan)\b",
    re.I,
)

# A safety plan for a person's own mental health, not for their safety from another
_OWN_HEALTH = re.compile(
    r"\b(?:camhs|self[- ]?harm\w*|suicid\w*|mental health|dbt|cpn|crisis (?:team|plan)"
    r"|urges?|overdose)\b",
    re.I,
)


@dataclass(frozen=True)
class Protected:
    """An outcome or action that says where ``who`` will be, or how they are kept safe."""

    segments: tuple[str | int, ...]  # ("risks", 0, "outcomes", 1[, "actions", 2])
    noun: str  # "outcome" or "action"
    number: int  # counted over the whole plan, as the Confidential sheet counts them
    who: str
    readers: tuple[str, ...]  # the family members it is kept from
    says: str  # "when or where Chelsea Whitfield will be"

    def withholding(self) -> Withholding:
        return Withholding(
            about="plan", detail=f"{self.noun} {self.number}", withheld_from=list(self.readers)
        )


def protected(plan: Plan) -> list[Protected]:
    """Every outcome and action of ``plan`` that says where a protected parent will be
    or how they are kept safe, not already withheld whole."""
    kept = _kept_from(plan)
    return list(_found(plan, kept)) if kept else []


def _found(plan: Plan, kept: dict[str, list[str]]) -> Iterator[Protected]:
    own = withheld_places(plan)
    specialists = _her_specialists(plan)
    outcome_number = action_number = 0
    for r, risk in enumerate(plan.risks):
        for o, outcome in enumerate(risk.outcomes):
            outcome_number += 1
            at: tuple[str | int, ...] = ("risks", r, "outcomes", o)
            said = " ".join([outcome.text, outcome.success_looks_like])
            if not _withheld(at, own):
                for who, names in kept.items():
                    if _first_name(who).search(said) and (
                        _safe_home(said, outcome=True) or _names_any(said, specialists)
                    ):
                        says = f"how {who} is kept safe"
                        yield Protected(at, "outcome", outcome_number, who, tuple(names), says)
                        break
            for a, action in enumerate(outcome.actions):
                action_number += 1
                place = (*at, "actions", a)
                if _withheld(place, own):
                    continue
                found = _about(action, kept, specialists)
                if found:
                    who, says = found
                    yield Protected(place, "action", action_number, who, tuple(kept[who]), says)


def _about(
    action: Action, kept: dict[str, list[str]], specialists: list[str]
) -> tuple[str, str] | None:
    text, responsible = action.text, action.responsible
    said = f"{text} {action.frequency}"
    # her own specialist's work with her is hers too: "IDVA support for Stacey (Tuesday
    # appointments at the hub)" says where she will be (reader 32, held-out 172)
    hers = any(name in specialists for name in responsible)
    for who in kept:
        named = bool(_first_name(who).search(text))
        doer = who in responsible or (hers and named)
        if (doer or named) and _safe_home(said):
            return who, f"how {who} is kept safe"
        if doer and _WHEN_WHERE.search(said):
            return who, f"when or where {who} will be"
    return None


def _her_specialists(plan: Plan) -> list[str]:
    """The name and agency of each domestic-abuse specialist in the core group (an IDVA,
    an outreach worker): work with them is how a protected parent is kept safe, and
    "Roseanne attends sessions" tells the reader she is protected from that she goes
    (reader 31, held-out plan 158)."""
    found = []
    for person in plan.core_group:
        if _SPECIALIST.search(f"{person.role} {person.agency}".replace("\u2019", "'")):
            found += [n for n in (person.name, person.agency) if n.strip()]
    return found


def _names_any(said: str, names: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", said) for name in names)


def _safe_home(said: str, *, outcome: bool = False) -> bool:
    """Whether ``said`` names how someone is kept safe.  In an outcome, "safety plan"
    alone does not count: every domestic-abuse outcome has one, it locates no one, and
    leaving the outcome out would take the other parent's own actions with it.  Nor
    does a safety plan for someone's own mental health (self-harm, CAMHS): it keeps
    them safe from themselves, not from the reader (reader 32, held-out 165)."""
    own_health = bool(_OWN_HEALTH.search(said))
    return any(
        not ((outcome or own_health) and found.group(0).casefold() == "safety plan")
        for found in _SAFE_HOME.finditer(said)
    )


def meets_apart(plan: Plan, recipient: str | None) -> bool:
    """Whether a parent is protected from ``recipient`` (``None``: the family copy, which
    any family member may see): that copy gives no meeting's time or place."""
    kept = _kept_from(plan)
    if recipient is None:
        return bool(kept)
    key = name_key(recipient)
    return any(key in {name_key(name) for name in names} for names in kept.values())


def _withheld(place: tuple[str | int, ...], own: set[tuple[str | int, ...]]) -> bool:
    return any(place[: len(prefix)] == prefix for prefix in own)


def _first_name(who: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(who.split()[0])}\b")


def _kept_from(plan: Plan) -> dict[str, list[str]]:
    """Each family member whose address, phone or whole details are withheld, with the
    family members they are withheld from (every other one when the item names none)."""
    family = [person.name for person in plan.core_group if is_family(person)]
    kept: dict[str, list[str]] = {}
    for item in plan.confidential:
        if item.about not in family or item.detail not in _LOCATING:
            continue  # a professional's withheld details say where they work, not live
        if lives_with_all(plan, item, None):
            continue  # kept from those she lives with: her number, not where she is
        readers = [name for name in (item.withheld_from or family) if name != item.about]
        if readers:
            kept.setdefault(item.about, [])
            kept[item.about] += [name for name in readers if name not in kept[item.about]]
    return kept
