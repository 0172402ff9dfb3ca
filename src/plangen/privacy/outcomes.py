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
