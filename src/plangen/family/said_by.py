"""Whose views the family version's "What ... said" section holds, for its heading.

The heading names the people whose words the section gives ("What Anna, Piotr and
Halina said"), from the family members the views name, in the order they speak; the
reader of a named copy is "you".  Where the views name nobody ("You agree with the
plan"), the heading is the family data's wording for the parents ("What you said").
The wordings are data (``data/family.toml``, ``[headings]``), so a council can change
them; the family template prints ``family_views_heading``.
"""

from __future__ import annotations

import re
from functools import cache

from plangen.family.household import Household
from plangen.family.split import inside_marks
from plangen.family.verbs import family_data


@cache
def _headings() -> dict[str, str]:
    said = family_data().get("headings", {})
    assert isinstance(said, dict)
    return {
        "named": str(said.get("family_views", "What {who} said")),
        "unnamed": str(said.get("family_views_unnamed", "What you said")),
    }


def views_heading(views: str, who: Household) -> str:
    """The heading over the family's views: who said them, as the version calls them."""
    inside = inside_marks(views)
    first_said: dict[str, int] = {}  # each family member's first name -> where first named
    for relative in who.relatives:
        for name in (n for n in (relative.name, relative.first, relative.called) if n):
            at = next(
                (
                    m.start()
                    for m in re.finditer(rf"\b{re.escape(name)}\b", views)
                    if not inside[m.start()]
                ),
                None,
            )
            if at is not None:
                you = who.reader is not None and relative.name == who.reader.name
                first_said.setdefault("you" if you else relative.first, at)
                break
    ordered = sorted(first_said, key=first_said.__getitem__)
    you_spoke = re.search(r"\b(?:You|you)\b", views) is not None
    names = list(ordered)
    if you_spoke and "you" not in names:
        names.insert(0, "you")
    if not names or names == ["you"]:
        return _headings()["unnamed"]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return _headings()["named"].format(who=listed)
