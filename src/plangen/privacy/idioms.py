"""Place words and times used as no place: "before the baby leaves hospital", "home by 8pm".

English says an institution without an article when it means what happens there, not
where it is: a baby "leaves hospital", a mother is "in hospital".  Said so, with no
name, "hospital" finds no one (every baby is born in one), so it is not a locating
detail; "the hospital", "Eastbury General Hospital" and "the antenatal clinic" still
are (reader 32, plan 163: the contingency's "interim care order before the baby leaves
hospital" was held on the case record whole).

A curfew or a bedtime ("is home by 8pm every night", "in bed by 9pm on school nights")
is a time at home, not a time someone can be found somewhere: the sentence that holds
it is what must change for the child, and cutting the time took the whole outcome with
it (reader 32, plans 170 and 171).  A time anywhere else ("collect her at 3.15",
"sessions at 3.30 in school") is still a routine's.
"""

from __future__ import annotations

import re

# the words that take an institution without an article
_BEFORE = re.compile(
    r"(?<![\w-])(?:in|into|from|to|out\s+of|leaves?|left|leaving|discharged?\s+from)\s+$",
    re.I,
)
_INSTITUTIONS = frozenset({"hospital"})


def institution_idiom(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a place-bound service's word, is an institution
    said as what happens there ("leaves hospital"), not as a place."""
    return text[start:end].casefold() in _INSTITUTIONS and bool(_BEFORE.search(text[:start]))


# "home by 8pm", "in bed by 9pm", "indoors before 10pm", "back home by 9"
_AT_HOME_BY = re.compile(
    r"(?<![\w-])(?:(?:back\s+)?home|in\s+bed|indoors|in\s+the\s+house)\s+(?:by|before|at)\s+$",
    re.I,
)


def time_at_home(text: str, start: int) -> bool:
    """Whether the time of day at ``text[start:]`` is a curfew or a bedtime (above)."""
    return bool(_AT_HOME_BY.search(text[:start]))


# "picked up a used needle", "picks up a cold": a thing picked up, not someone collected
# from somewhere (reader 32, plan 170: the risk to the child went from the formal plan);
# "picks up Lowri", "picked up the children", "picked up a friend" are still pick-ups
_PICK_UP = re.compile(r"pick(?:s|ed|ing)?[ -]up", re.I)
_A_THING = re.compile(
    r"\s+an?\s+(?!(?:\w+\s+)?(?:child|children|friend|boy|girl|man|woman|baby|sibling|brother"
    r"|sister|cousin|relative|person|young)\b)\w",
    re.I,
)


def thing_picked_up(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a pick-up word, is said of a thing picked up (above)."""
    return bool(_PICK_UP.fullmatch(text[start:end])) and bool(_A_THING.match(text, end))
