"""Whose "you" a worker's note means: the family version speaks to the parents as
"you", so a "you" the plan's writer meant for someone else, or a colloquial "at yours",
would tell the parents about themselves what is someone else's.

- "Kirsty to tell you if Dean makes contact": the plan's writer is the worker, so the
  "you" told is the lead worker, by name ("Kirsty will tell Joanne ...");
- "Kacper to stay at yours on Fridays" (in Nan's action) is Nan's home: "at Halina's
  home"; elsewhere "at yours" is "at your home", "at hers" "at her home".

Never inside someone's quoted words, which are theirs as they said them.
"""

from __future__ import annotations

import re

from plangen.family.split import inside_marks

# "at yours", "come to his", "stay at hers any weekend": a home said by its owner alone
_AT_OWNERS = re.compile(
    r"\b(?P<prep>at|to|from|round|over|back to)\s+(?P<whose>yours|hers|his|theirs)\b"
    r"(?=\s*(?:$|[.,;:!?)]|\s(?:on|for|any|every|at|when|if|until|and|or|with|after|before|"
    r"during|overnight|most|some|each|while|until|\d)\b))",
    re.I,
)
_HOME = {"yours": "your", "hers": "her", "his": "his", "theirs": "their"}
# "tell you", "let you know", "ring you": what someone reports to the plan's writer
_TOLD_YOU = re.compile(
    r"\b(?P<verb>tell|let|inform|update|call|ring|phone|text|contact|message|email|e-mail|"
    r"show|report to|speak to|talk to)\s+you\b(?!\s+and\b)",
    re.I,
)


def not_yours(text: str, *, doer: str | None = None, writer: str | None = None) -> str:
    """``text`` with "at yours" said as whose home it is (``doer``'s, where the note is
    one family member's action), and "tell you" as telling ``writer`` (the lead worker's
    first name), where someone named does it."""
    if "you" not in text.lower() and not re.search(r"\b(?:hers|his|theirs)\b", text):
        return text
    inside = inside_marks(text)

    def home(match: re.Match[str]) -> str:
        if inside[match.start()]:
            return match.group(0)
        whose = match["whose"].lower()
        owner = f"{doer}'s" if whose == "yours" and doer else _HOME[whose]
        return f"{match['prep']} {owner} home"

    def told(match: re.Match[str]) -> str:
        if inside[match.start()] or writer is None:
            return match.group(0)
        return f"{match['verb']} {writer}"

    text = _AT_OWNERS.sub(home, text)
    return _TOLD_YOU.sub(told, text) if doer else text


# "Mason told me he likes ...", "He showed me his new bed": the worker who recorded it
_TOLD_ME = re.compile(
    r"\b(?P<verb>told|showed|asked|gave|said to|explained to|wrote to|drew for)\s+me\b", re.I
)


def not_mine(text: str, writer: str | None) -> str:
    """``text`` (views the worker recorded) with the worker's own "me" as the worker
    (``writer``: the lead worker's name, first name used; else "the worker"), never
    inside someone's quoted words: "Mason told me he likes going to his Nain's" was
    left as the worker wrote it in the family version (held-out plan 144)."""
    if "me" not in text:
        return text
    inside = inside_marks(text)
    who = writer.split()[0] if writer else "the worker"
    return _TOLD_ME.sub(lambda m: m.group(0) if inside[m.start()] else f"{m['verb']} {who}", text)


_OWN_WORD = {
    "mother": r"[Mm]um(?:my)?|[Mm]am|[Mm]other",
    "mum": r"[Mm]um(?:my)?|[Mm]am|[Mm]other",
    "father": r"[Dd]ad(?:dy)?|[Ff]ather",
    "dad": r"[Dd]ad(?:dy)?|[Ff]ather",
}


def not_with_self(text: str, role: str, child: str) -> str:
    """``text`` (one family member's action, ``role`` as the intake wrote it) with the
    child's word for her ("with Mum") said as the child where she herself does it:
    "Video call with Mum every evening" in the mother's own action read "Video call
    with Agnieszka every evening" (held-out plan 152)."""
    first = re.match(r"\s*([A-Za-z]+)", role)
    words = _OWN_WORD.get(first.group(1).lower()) if first else None
    if words is None:
        return text
    inside = inside_marks(text)
    return re.sub(
        rf"\b(with|to|from|and)\s+(?:{words})\b(?!['’])",
        lambda m: m.group(0) if inside[m.start()] else f"{m.group(1)} {child}",
        text,
    )
