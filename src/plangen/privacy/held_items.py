"""What goes with an item held back whole, so that what is left is no clue to it
(reader 32).

- **Its review progress.**  "Change 2: your social worker will talk to you about this
  part", then "At the review, this had not changed yet. This is what we saw: enrolled
  but attended 2 days out of 10" told a father his son was back at college.  An outcome
  held back whole takes its review notes with it: left out of the family copies (the
  date and status stay), and in the formal plan each note reads as the outcome does.
- **Another's routine, in a row left with no words.**  "A worker | Not included in this
  copy. | three times a week" tells a father the nursery days; "Linda Pryce | Not
  included in this copy. | every day" that a grandmother goes somewhere daily.  In the
  copies of a reader kept from someone's whereabouts, an action that is not the
  reader's own and was held back whole is left out when its frequency is a routine
  (daily, on school days, several times a week, on named days); a one-off, weekly or
  monthly row keeps its row, who and by when.
"""

from __future__ import annotations

import re
from typing import Any

from plangen.privacy.holding import pieces
from plangen.privacy.locating import HELD_BACK
from plangen.privacy.outcomes import MARKER
from plangen.privacy.routines import names_any

# how often something is done that says when someone can be found: every day, on
# school days, several times a week, on named days or times of day ("every 2 weeks",
# "weekly" and "monthly" visits by a worker say no one's routine)
_ROUTINE = re.compile(
    r"\b(?:daily|every (?:day|morning|afternoon|evening|night|weekday)|each (?:day|morning)"
    r"|nightly|school days?|term[- ]time|week ?days?|mon(?:day)?\s*[-\u2013]\s*fri(?:day)?"
    r"|(?:twice|two|three|four|five|[2-7]|[2-7] ?x)\s*(?:times\s*)?(?:(?:a|per|each)\s*week|weekly)"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:days?|s)?\b"
    r"|mornings?|afternoons?|evenings?|after school|before school)",
    re.I,
)


def only_markers(text: str) -> bool:
    """Whether ``text`` holds nothing but what was held back."""
    return bool(text.strip()) and not MARKER.sub("", text).strip(" .;,")


def routine(frequency: str) -> bool:
    """Whether an action's frequency says a routine ("three times a week", "Daily")."""
    return _ROUTINE.search(frequency or "") is not None


def reviews_with_outcomes(data: dict[str, Any], whole: str | None) -> None:
    """Each outcome held back whole takes its review notes with it: left out
    (``whole`` None, a family copy or the child's version) or, in the formal plan,
    each note reading ``whole``; a review's date and status stay."""
    for risk in data.get("risks", []):
        for outcome in risk.get("outcomes", []):
            if not outcome.get("reviews") or not only_markers(outcome.get("text") or ""):
                continue
            for review in outcome["reviews"]:  # its date and status say nothing
                review["note"] = whole if whole is not None and review.get("note") else ""


def without_routine_rows(data: dict[str, Any], emptied: list[dict[str, Any]]) -> None:
    """Take out of ``data`` each action of ``emptied`` (held back whole, not the
    reader's own) whose frequency is a routine (module doc)."""
    gone = [action for action in emptied if routine(str(action.get("frequency") or ""))]
    for risk in data.get("risks", []):
        for outcome in risk.get("outcomes", []):
            outcome["actions"] = [
                action
                for action in outcome.get("actions", [])
                if not any(action is other for other in gone)
            ]


def measures_with_outcomes(
    data: dict[str, Any], readers: tuple[str, ...], whole: str | None
) -> None:
    """In a family copy or the child's version, an outcome held back whole takes its
    measures with it, but for what the reader must do: what is looked for says what the
    change was (reader 30: "For change 4, we will look for: Mood scale each keywork
    session; group attendance" under a change Gary was not told).  The formal plan
    keeps them: the core group checks the plan against them."""
    if whole is not None and whole != HELD_BACK:  # the formal plan's marker
        return
    for risk in data.get("risks", []):
        for outcome in risk.get("outcomes", []):
            measures = outcome.get("success_looks_like") or ""
            if not only_markers(outcome.get("text") or "") or only_markers(measures):
                continue
            mine = [p.strip(" ;,.") for p in pieces(measures) if names_any(p, readers)]
            outcome["success_looks_like"] = "; ".join(mine) + "." if mine else whole or ""
