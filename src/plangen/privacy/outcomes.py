"""What must change for the child, said to a reader kept from someone's whereabouts
without the locating clue cut from it (reader 30): an outcome is what every reader of
the plan must be told, so the part a clue was cut from goes, not the outcome whole.
"""

from __future__ import annotations

import re

from plangen.privacy.sensitive import sensitive

# any marker a copy prints for something kept from its reader
MARKER = re.compile(r"\[[^\[\]]{0,60}?\b(?:not shared|held on the case record)\]")


# " - confirmed by contact centre records, [held] observations and ...": how a change
# is checked, after the change itself
_TAIL = re.compile(r"\s+[-\u2013]\s+")
# the items of a list after a colon: "settled with Dad: sleeps ..., is dry ..., and ..."
_ITEMS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_QUALIFIER = re.compile(r"(?:for|by|until|over|within|during|from|consistently|sustained)\b")


def outcome_core(text: str) -> str:
    """An outcome's text without the parts a locating clue was cut from, so a reader
    kept from someone's whereabouts is still told what must change for the child
    (reader 30: Leanne's "Change 1" and "Change 2" were only "Your social worker will
    talk to you about this part", for a nursery cut from their measures): a tail after
    a dash holding a cut goes ("Noah has no contact at all with Craig Booth for as
    long as he is on the plan - confirmed by [held] records" ends at "plan."), and so
    does each item of a list after a colon holding one.  A text that says anything
    sensitive (Kai's group, his sexuality) is left as it is, to go whole."""
    if not MARKER.search(text) or sensitive(text, about_protected=False, protected=(), own=True):
        return text
    head, *tail = _TAIL.split(text, maxsplit=1)
    if tail and not MARKER.search(head):
        return head.rstrip(" ,;:") + "."
    head, colon, rest = text.partition(": ")
    if not colon or MARKER.search(head):
        return text
    items = _ITEMS.split(rest.strip().rstrip("."))
    # "..., for 2 months running": how long the whole list must hold, said after it
    after = [item for item in items if _QUALIFIER.match(item) and not MARKER.search(item)]
    kept = [item for item in items if not MARKER.search(item) and item not in after]
    if not kept or len(kept) + len(after) == len(items):
        return text
    listed = kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]
    return f"{head}: {', '.join([listed, *after])}."


# "Step down ... when there have been no incidents for 6 months, Leanne has a ...": the
# conditions a plan ends on, listed after "when" or "once"
_WHEN = re.compile(r"\s+(?:when|once|after)\s+", re.I)


def step_down_core(text: str) -> str:
    """A step-down's text without each condition a locating clue was cut from, so a
    reader kept from someone's whereabouts is still told when the plan can end (reader
    32, plan 168: "Step down ... when there have been no incidents for 6 months,
    Leanne has a permanent [held] and Isla is settled [held]" went whole; it reads
    "... when there have been no incidents for 6 months.").  A text with no condition
    left, or no list, is left as it is, to go whole."""
    if not MARKER.search(text):
        return text
    found = _WHEN.search(text)
    if found is None or MARKER.search(text[: found.start()]):
        return text
    head, rest = text[: found.end()], text[found.end() :]
    items = _ITEMS.split(rest.strip().rstrip("."))
    kept = [item for item in items if not MARKER.search(item)]
    if not kept or len(kept) == len(items):
        return text
    listed = kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]
    return f"{head}{listed}."
