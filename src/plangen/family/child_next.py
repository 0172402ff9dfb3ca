"""What happens if things do not get better, when my plan can end, and when the
grown-ups meet next: only what a child of that age needs and can read."""

from __future__ import annotations

import re

from plangen.dates import in_words
from plangen.family.child_actions import is_childs_action
from plangen.family.child_text import Notes, each_when, for_age, two_for_reading, whole_for_child
from plangen.family.child_who import Band
from plangen.family.context import plainly
from plangen.family.plain import Glossary
from plangen.family.pronouns import HE
from plangen.family.sentences import shorter
from plangen.family.split import split_sentences
from plangen.family.voice import Household, upper_first
from plangen.model import Plan


def what_next(
    text: str, who: Household, band: Band, notes: Notes, words: Glossary, *, mine: bool = True
) -> str:
    """The contingency or step-down for the child: every sentence of it, each in my
    voice or, where it cannot be turned safely, in the worker's own words whole, each
    long one as two; without the worker's brackets.  Nothing is cut to the scary half
    or replaced with "they will tell me" (the readers: a child needs to know what will
    happen, and what a meeting is for); only detail a child is not told is left out."""
    plain = re.sub(r"\s*\([^()]*\)", "", plainly(text, words))
    plain = owner_named(plain, who, notes)
    said, _ = whole_for_child(
        shorter(plain),
        who,
        band,
        notes,
        reshape=lambda sentence: each_when(two_for_reading(sentence), band),
    )
    if band is not Band.TEEN:
        said = _without_blame(said, notes)
    if band is Band.TEEN or not mine or _reassures(said):  # every condition; all of it
        return " ".join(said)
    # a younger child reads what will happen to them; the grown-ups' process ("The
    # meeting will consider ...") stays in the family version, unless nothing is left
    units: list[list[str]] = []
    for sentence in said:  # "What if A? Or what if B? Then C." is one
        asked = units and units[-1][-1].startswith(("What if ", "Or what if "))
        if asked and sentence.startswith(("Then ", "Or what if ")):
            units[-1].append(sentence)
        else:
            units.append([sentence])
    about_me = [unit for unit in units if any(is_childs_action(part) for part in unit)]
    if not about_me:
        return " ".join(said)
    for unit in units:
        if unit not in about_me:
            notes.add(
                "Left out of the child's version (not about the child; the family version "
                f'has it): "{" ".join(unit)}"'
            )
    return " ".join(part for unit in about_me for part in unit)


def owner_named(text: str, who: Household, notes: Notes) -> str:
    """ "If Dad passes on where Kyle is, his phone contact stops": the "his" that may be
    Dad's or mine is said as the one the "if" is about, "Dad's phone contact", so the
    rest can be said in my voice (the reader29 chair: Kyle was told his own contact
    stops; kept in the worker's words it named Kyle in his own plan).  Only where the
    child and that grown-up share the pronoun; the draft says so, for the worker to check."""
    names = "|".join(map(re.escape, who.child_names))
    if not names:
        return text
    for relative in who.relatives:
        if relative.gender is None or relative.gender != who.pronoun:
            continue
        owner = "his" if relative.gender == HE else "her"
        spoken = "|".join(re.escape(n) for n in (relative.called, relative.first) if n)
        pattern = re.compile(
            rf"\b((?:[Ii]f|[Ww]hen) ({spoken}) [^,.;?]*\b(?:{names})\b[^,.;?]*, ){owner}\b"
        )
        for found in pattern.finditer(text):
            notes.add(
                f"Read \"{owner}\" as {found.group(2)}'s in the child's version (the plan "
                f'could mean either): "{found.group(0)} ..."; check this is right'
            )
        text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}'s", text)
    return text


# "Or what if Mum has contact with Dad outwith the plan?": what a grown-up in the family
# might do, as what would set off the next step
_A_GROWN_UP_DOES = re.compile(
    r"^(?:Or )?[Ww]hat if (?:Mum|Dad|Mummy|Daddy|Nan|Gran|Grandad|my parents)\b[^?]*\?$"
)


# what the grown-ups' act would set off: a legal or formal step, not keeping me safe
_FORMAL_STEP = re.compile(
    r"\b(?:Children's Reporter|Children's Hearing|court|lawyers|legal|care proceedings|"
    r"away from home|a new plan|removed|looked after)\b",
    re.I,
)


def _without_blame(said: list[str], notes: Notes) -> list[str]:
    """A child under 13 is not told that a grown-up in the family doing something would
    set off a formal step (the readers: "What if Mum has contact with Dad outwith the
    plan? Then a request will be made to the Children's Reporter" frightens, and puts
    the blame on Mum): that question is the worker's to explain in person, and the
    draft says so.  The other questions and what happens then stay."""
    kept: list[str] = []
    sentences = [part.strip() for text in said for part in split_sentences(text)]
    for at, sentence in enumerate(sentences):
        then = next((s for s in sentences[at + 1 :] if s.startswith("Then ")), "")
        if _A_GROWN_UP_DOES.match(sentence) and _FORMAL_STEP.search(then):
            notes.add(
                "Left out of the child's version, for you to explain in person (it could "
                f'read as blaming a parent): "{sentence}"'
            )
            continue
        kept.append(sentence)
    # "What if A?" gone and "Or what if B?" kept: B is now the first question
    out: list[str] = []
    for sentence in kept:
        asked = out and out[-1].endswith("?")
        if sentence.startswith("Or what if ") and not asked:
            sentence = "W" + sentence[4:]
        if sentence.startswith("Then ") and not asked:
            continue  # its question was left out: "Then ..." alone answers nothing
        out.append(sentence)
    return out


_ORDERS = (  # a step-down written as the worker's order, as a sentence about my plan
    (
        re.compile(r"^(?:Deregister and )?(?:[Ss]tep|[Mm]ove) down to\b"),
        "My plan will move down to",
    ),
    (re.compile(r"^Close to\b"), "My plan will close and move to"),
    (re.compile(r"^Close when\b"), "My plan will close when"),
    (re.compile(r"^Close ([^.]{3,40}?)(?= at\b| if\b|\.)"), r"\1 will close"),
    (re.compile(r"^Plan can close\b"), "My plan can close"),
)


def as_sentence(step_down: str) -> str:
    """ "Step down to early family support ..." -> "My plan will move down to ...";
    "Close early family support." -> "Early family support will close."."""
    for order, said in _ORDERS:
        if order.search(step_down):
            return upper_first(order.sub(said, step_down, count=1))
    return step_down


def _reassures(said: list[str]) -> bool:
    """Whether the contingency says what will not happen ("enforcement will not be
    started while Mum is working with the plan"): the child hears all of it, never only
    the frightening half (the readers: Callum and his Deaf mum)."""
    return any(re.search(r"\bwill not\b|\bwon't\b|\bnot be (?:started|taken)\b", s) for s in said)


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
        when = (
            f"on {in_words(meeting.date)}" if meeting.date else "soon (the date is not fixed yet)"
        )
        said.append(f"{people} will {verb} {when}{at}.")
    return " ".join(said)
