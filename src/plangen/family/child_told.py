"""What a younger child is told of a grown-up's own change, and which sentences of a
worry are not whole sentences: both left out of, or said gently in, "My plan" (the
reader30 chair's kinds C-AGE and C-VOICE)."""

from __future__ import annotations

import re

from plangen.family.child_text import Notes
from plangen.family.split import split_sentences
from plangen.family.voice import Household

# a worry's sentence with no one doing it: a note's label glued to a fragment ("People
# are worried about cannot cook, no budgeting.", "... about not notified until ..."),
# or a note with no subject ("Punched me Thursday 3 September 2026.", reader30 chair)
_FRAGMENT = re.compile(
    r"^(?:(?:People|The grown-ups|My helpers) are (?:also )?worried about (?:not|cannot|can't|"
    r"no|unable|never)\b|(?!I\b)[A-Z][a-z]+ed me\b|Not [a-z]+ed\b)"
)


_ABOUT_I = re.compile(r"\b(are (?:also )?worried) about (?=I\b)")


def without_fragments(worry: str, notes: Notes) -> str:
    """``worry`` without its sentences that are not whole (each noted for the worker)."""
    kept = []
    for sentence in split_sentences(worry):
        # "The grown-ups are also worried about I missed much of my school" (held-out
        # plan 158): a clause of mine after "worried" is what they are worried that
        sentence = _ABOUT_I.sub(r"\1 that ", sentence)
        if _FRAGMENT.match(sentence.strip()):
            notes.add(f'Left out of "Why I have a plan" (not a whole sentence): "{sentence}"')
        else:
            kept.append(sentence.strip())
    return " ".join(kept)


def grown_ups_part(mine: str, who: Household) -> str:
    """A grown-up's change told to a younger child without its adult detail ("Mum's
    benefits and rent arrears are sorted", "Mum will accept the concerns and work with
    psychology"): "Mum will get help too, to make things better for me."; "" where it
    is not a family member's change."""
    names = sorted({r.called or r.first for r in who.relatives} | {"My parents"}, key=len)
    one = "|".join(re.escape(n) for n in reversed(names) if n)
    lead = re.match(rf"^((?:{one})(?: and (?:{one}))?)(?:['’]s)?\b", mine) if one else None
    return f"{lead.group(1)} will get help too, to make things better for me." if lead else ""
