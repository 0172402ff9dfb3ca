"""What happens if things do not get better, when my plan can end, and when the
grown-ups meet next: only what a child of that age needs and can read."""

from __future__ import annotations

import re

from plangen.dates import in_words
from plangen.family.child_actions import is_childs_action
from plangen.family.child_text import Notes, for_age, sentences_for_child, two_for_reading
from plangen.family.child_who import Band
from plangen.family.context import plainly
from plangen.family.plain import Glossary
from plangen.family.sentences import shorter
from plangen.family.split import split_sentences
from plangen.family.voice import Household
from plangen.model import Plan

_LONGEST = {Band.YOUNG: 28, Band.MIDDLE: 34, Band.TEEN: 45}


def _head_that_fits(sentence: str, longest: int, notes: Notes) -> str:
    """A sentence too long for the child, up to its last ", and ..." part that fits:
    "If I self-harm ..., any adult should call 999 or take me to A&E, and inform ..."
    keeps what the child needs; the rest is in the family version (the draft says so)."""
    if len(sentence.split()) <= longest:
        return sentence
    cuts = [m.start() for m in re.finditer(r",\s+(?:and|then)\s+|;\s+", sentence)]
    for cut in reversed(cuts):
        head = sentence[:cut].rstrip(" ,;")
        if len(head.split()) <= longest and head.count("(") == head.count(")"):
            notes.add(f'Only the first part is in the child\'s version: "{sentence}"')
            return f"{head}."
    return sentence


def what_next(
    text: str, who: Household, band: Band, notes: Notes, words: Glossary, *, mine: bool = True
) -> str:
    """The contingency or step-down for the child: each sentence about me, without the
    worker's brackets, each long one as two; a sentence still too long for the child's
    age, or not about me, stays in the family version (the draft says which)."""
    plain = re.sub(r"\s*\([^()]*\)", "", plainly(text, words))
    said = sentences_for_child(shorter(plain), who, band, notes)
    kept: list[str] = []
    dropped_if = False  # "If A, ... . I will be offered a place" needs its "if"
    for sentence in (two_for_reading(s) for s in said):
        if dropped_if and not sentence.startswith(("If ", "When ", "Unless ")):
            notes.add(f'Left out of the child\'s version (its "if" was left out): "{sentence}"')
            continue
        dropped_if = False
        sentence = _head_that_fits(sentence, _LONGEST[band], notes)
        parts = split_sentences(sentence)
        short = all(len(p.split()) <= _LONGEST[band] for p in parts)
        if short and (is_childs_action(sentence) or not mine):
            if not kept:  # "Jordan will also see me" after a sentence left out
                sentence = re.sub(r"\b(will|may|can) also\b", r"\1", sentence)
            kept.append(sentence)
        else:
            notes.add(
                f'Left out of the child\'s version (long, or not about the child): "{sentence}"'
            )
            dropped_if = sentence.startswith(("If ", "When ", "Unless "))
    return " ".join(kept)


_TIME = re.compile(
    r"\b(?:\d{1,2}[.:]\d{2}\s?[ap]\.?m\.?|\d{1,2}\s?[ap]\.?m\.?|\d{1,2}:\d{2})", re.I
)


_MEETING = re.compile(
    r"\b(?:review|conference|RCPC|CPPM|TAF|CIN|meeting|plan|core group|panel|updated|"
    r"teams|zoom|online|phone|tbc|interpreter|booked|separately|SW)\b",
    re.I,
)


def _place(details: str) -> str:
    """Where a meeting is, without the worker's arrangements: "14:00, Seaton Family
    Centre" -> "Seaton Family Centre"; "CIN review at Mum's house" -> "Mum's house";
    "10am at the family home (...)" -> "my home"; "3.30pm - Teams (Kirsty) / Dean to be
    updated separately" -> "" (online, and the worker's notes)."""
    text = _TIME.sub("", re.sub(r"\([^()]*\)", "", details))
    for chunk in re.split(r"\s[-–/]\s|[,;]", text):
        chunk = re.split(r"\bat\s+", chunk.strip(" ,."), flags=re.I)[-1].strip(" ,.")
        chunk = re.sub(r"^(?:at|in|on)\b\s*", "", chunk, flags=re.I)
        if re.search(r"\b(?:family home|home address|the home)\b|^home$", chunk, re.I):
            return "my home"
        if chunk and len(chunk.split()) <= 6 and not _MEETING.search(chunk):
            return chunk
    return ""


def meetings_for_child(plan: Plan, people: str, band: Band) -> str:
    """When the grown-ups meet next: the date and the time, without the worker's
    arrangements ("Dad to be updated separately")."""
    said: list[str] = []
    for meeting, verb in (
        (plan.next_core_group, "meet again"),
        (plan.next_review, "look at my whole plan again"),
    ):
        if meeting is None:
            continue
        time = _TIME.search(meeting.details)
        at = f" at {for_age(time.group(0), band)}" if time else ""
        place = _place(meeting.details)
        at += f", at {place}" if place else ""
        said.append(f"{people} will {verb} on {in_words(meeting.date)}{at}.")
    return " ".join(said)
