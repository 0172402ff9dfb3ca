"""The child's own help, never left out: the kind of help an action gives the child, in
the child's words, where the action's own words cannot be turned safely ("Direct work
with Sienna on her feelings ..." -> "Hayley will spend time with me on my own"), and
the safety resources the plan gives the child (999, Childline, Kooth, Shout, safe
adults), in fixed words that hold no place, time or name (``child.toml``)."""

from __future__ import annotations

import re
from functools import cache

from plangen.family.child_who import child_data
from plangen.family.split import split_sentences
from plangen.family.voice import Household
from plangen.model import Plan


@cache
def _table(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = child_data()[name]
    assert isinstance(rows, list)
    return tuple((re.compile(str(row["pattern"]), re.I), str(row["said"])) for row in rows)


def _about_me(text: str, who: Household) -> bool:
    names = "|".join(re.escape(n) for n in who.child_names)
    return bool(names and re.search(rf"\b(?:{names})\b", text))


def help_in_my_words(text: str, actors: str, who: Household, *, anyone: bool = False) -> str:
    """What ``actors`` will do with or for me, from the kinds of help ``text`` names,
    when ``text`` is about me (names me, or ``anyone``: my own helper's work, which names
    no grown-up); "" when it names none or is not about me.
    "Hayley will spend time with me on my own. Hayley will make a safety plan with me."
    """
    if not actors or actors == "Someone" or not (anyone or _about_me(text, who)):
        return ""
    if _about_me(actors, who):  # "Tegan & Barnardo's worker": never me and my name
        return ""
    said = [
        f"{actors} will {kind}." for pattern, kind in _table("help_kinds") if pattern.search(text)
    ]
    return " ".join(dict.fromkeys(said))


def safety_lines(plan: Plan, who: Household) -> list[str]:
    """The safety resources the plan gives me, each once, in fixed words: looked for in
    the parts of actions, outcomes and their measures that name me ("Eilidh can say her
    3 safe adults and that she can phone 999"), never in a grown-up's own safety plan
    ("Morag will call 999")."""
    texts = [
        text
        for outcome in plan.outcomes
        for text in (
            outcome.text,
            outcome.success_looks_like or "",
            *(action.text for action in outcome.actions),
        )
    ]
    parts = [
        part
        for text in texts
        for sentence in split_sentences(text)
        for part in re.split(r";\s+", sentence)
        if _about_me(part, who)
    ]
    return [said for pattern, said in _table("safety") if any(pattern.search(p) for p in parts)]
