"""Never a sentence with a gap in the child's version: a sentence a withheld word was
taken out of ("held at The Hive in, not in Kirkby", "I drew Nan, Mum, Finn and in my
house"), a marker cut in two ("[name is Riley's health visitor]"), or a turn into the
child's voice that slipped ("arrange a Dad", "worried about My emotional health") is
left out whole, and named in the worker's draft for the worker to write it again.

The language checker (tests/language.py) looks for the same kinds of slip in its own
way; this is the rewriting's own last look, so a slip is left out, never printed."""

from __future__ import annotations

import re
from typing import Any

from plangen.family.quotes import QUOTATION
from plangen.family.split import split_sentences

GAP_NOTE = (
    "Left out of the child's version (a word was taken out of it, or it could not be "
    "put in the child's own words cleanly; write your own plain words for the child)"
)

_FAMILY = r"Mum|Dad|Mummy|Daddy|Nan|Nana|Gran|Granny|Grandad|Grandma|Grandpa"
_GAP = re.compile(
    r"[\[\]]"  # a marker, whole or cut in two
    r"|\b(?:in|at|near|from|to), not\b"  # "in, not in Kirkby": the place was taken out
    r"|\b(?:of|from|with|into|the|a|an|my|about)(?:,|\s*[.;:!?]?$)"  # "a home at the."
    r"|(?:[A-Z][\w'’-]+, )+[A-Z][\w'’-]+ and (?:in|at|on|into|of|to)\b"  # "Finn and in"
    rf"|\b[Aa]n? (?:{_FAMILY})\b"  # "arrange a Dad": a family word is a name
    # "up to me safety", "who cares for me assessment": "me" where "my" or a noun's end was
    r"|\b(?:about|to|of|for|from) me (?:assessment|safety|home|school|room|plan|needs|"
    r"health|care|support|views|feelings)\b"
)
# "worried about My emotional health": "my" inside a sentence
_MY_INSIDE = re.compile(r"(?<=[a-z,;] )My\b")
# "This happens every week.": about the sentence before it, and left out with it
_ABOUT_IT = re.compile(r"This (?:happens|goes on|will be done|is so)\b")


# "Priya will work with me on her feelings": the child's own "her" left beside "me",
# with nobody else in the sentence it could be (a family member, a titled worker)
_HALF = {
    "she": (
        re.compile(r"\bher\b"),
        re.compile(r"\b(?:Mum|Mummy|Nan|Nana|Gran|Granny|Grandma|sister|aunt\w*|Mrs|Ms|Miss)\b"),
    ),
    "he": (
        re.compile(r"\bhis\b"),
        re.compile(r"\b(?:Dad|Daddy|Grandad|Grandpa|brother|uncle|Mr)\b"),
    ),
}
_MARKER = re.compile(r"\[[a-z ]+ not shared\]")
_ME = re.compile(r"\b(?:me|my|I)\b")


def has_gap(sentence: str, pronoun: str | None = None) -> bool:
    """Whether ``sentence``, outside the child's own quoted words, has a gap or a slip;
    also a "her" or "his" that could be the child's (``pronoun``; either, when it is
    not known) left half-turned beside "me"."""
    outside = QUOTATION.sub('""', sentence).rstrip()
    # a whole "[name not shared]" marker is said as "Someone" later; a cut one is a gap
    outside = _MARKER.sub("Someone", outside)
    if _GAP.search(outside):
        return True
    if not _ME.search(outside):
        return False
    # the child's pronoun unsure: a "her" or "his" of either could be theirs
    forms = [_HALF[pronoun]] if pronoun in _HALF else list(_HALF.values())
    return any(a.search(outside) and not b.search(outside) for a, b in forms)


def _kept(text: str, notes: list[str], pronoun: str | None) -> tuple[str, bool]:
    """``text`` without its sentences that have a gap, and whether its first one had
    (the sentences after it lean on it: "This happens every week.")."""
    kept: list[str] = []
    first_gone = after_gone = False
    for n, sentence in enumerate(split_sentences(_MY_INSIDE.sub("my", text))):
        sentence = sentence.strip()
        if has_gap(sentence, pronoun) or (after_gone and _ABOUT_IT.match(sentence)):
            notes.append(f'{GAP_NOTE}: "{sentence}"')
            first_gone = first_gone or n == 0
            after_gone = True
            continue
        after_gone = False
        kept.append(sentence)
    return " ".join(kept), first_gone


def _items(items: list[Any], notes: list[str], pronoun: str | None) -> list[Any]:
    """Each item of a list without its sentences with a gap; an item whose opening
    sentence has one is left out whole (what follows it is about it)."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, str):
            text, gone = _kept(item, notes, pronoun)
            if text and not gone:
                out.append(text)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            out.append(item)
            continue
        text, gone = _kept(item["text"], notes, pronoun)
        if gone or not text:
            continue
        changed = {**item, "text": text}
        if isinstance(item.get("what"), str):
            changed["what"] = _kept(item["what"], notes, pronoun)[0]
        out.append(changed)
    return out


# the parts of "My plan" whose sentences are the worker's turned into mine
_LISTS = ("worries", "better", "changes", "helpers", "grown_ups", "my_views")
_TEXTS = ("if_not", "step_down", "next_meeting")


def without_gaps(
    context: dict[str, Any], notes: list[str], pronoun: str | None = None
) -> dict[str, Any]:
    """``context`` with every sentence that has a gap or a slip left out (see the
    module), each named in ``notes`` for the worker's draft; ``pronoun``: the child's."""
    out = dict(context)
    for key in _LISTS:
        if isinstance(out.get(key), list):
            out[key] = _items(out[key], notes, pronoun)
    for key in _TEXTS:
        if isinstance(out.get(key), str):
            out[key] = _kept(out[key], notes, pronoun)[0]
    return out
