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


def help_by_role(role: str, first: str) -> str:
    """What a helper does for me by the kind of worker they are (``child.toml``
    "role_help"), where none of their actions says it: "Dr Kapoor will look after my
    health." (the reader30 chair: "... will help me with things in my plan", 3 times in
    one version); "" for a role the table does not know."""
    job = f"{first} {role}"  # "PC Hughes", of the "Public Protection Unit"
    said = next((kind for pattern, kind in _table("role_help") if pattern.search(job)), "")
    return f"{first} will {said}." if said else ""


_DONE = {
    "be": "been",
    "check": "checked",
    "get": "got",
    "give": "given",
    "help": "helped",
    "make": "made",
    "spend": "spent",
    "take": "taken",
}


def help_given(text: str, first: str, who: Household) -> str:
    """What one of my helpers has done with or for me, for work whose change the review
    found achieved ("Chloe has helped me stay healthy."): "" when its kind is not known.
    Never "will" (that work is done) and never nothing (the reader29 chair: "Aisha is
    my young carers worker." / "Chloe is my school nurse.", with nothing they do)."""
    said = help_in_my_words(text, first, who, anyone=True)
    done = []
    for found in re.finditer(rf"{re.escape(first)} will (\w+)( [^.]*)\.", said):
        if found.group(1) in _DONE:
            done.append(f"{first} has {_DONE[found.group(1)]}{found.group(2)}.")
    return " ".join(done)


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
