"""The reader's own views in her own copy, said to her (reader 32: "What you said:
Dwayne says he wants ..." in Dwayne's own copy; "Lisa said she knows she ..." in
Lisa's).

Views are recorded as reported speech: "Lisa said she knows she 'let Ellie down' when
she stopped her tablets. She found the admission frightening." In reported speech a
"she" after "Lisa said" is Lisa's, and so is the "She" that opens the next sentence,
until someone else is named. The turning of the rest of the version (:mod:`plangen.
family.reader`) cannot know that, and left such views whole, in the third person about
their own reader. Here the reader's run of sentences (from a sentence that opens on her
name to the next that opens on someone else's) has each pronoun of hers said as her
name first ("Lisa said Lisa knows Lisa ..."), which the turning then says as "you"
("You said you know you ..."). A pronoun is taken as hers only where nobody else of
her gender is named before it in the run, outside quotations.

Whatever still names her in the third person after the turning is said as what the
plan records of her, never as a sentence about her (:func:`views_to_reader`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from plangen.family.pronouns import HE, SHE
from plangen.family.quotes import QUOTATION
from plangen.family.split import split_sentences

if TYPE_CHECKING:
    from plangen.family.household import Household, Relative

# her pronouns in reported speech: "Lisa said she ...", "her tablets", "with her"
_FORMS = {
    SHE: r"she|her|hers",
    HE: r"he|his|him",
}
# words for someone of a gender: an object pronoun after one may be theirs ("he loves
# his son and will do anything to see him")
_KIN = {
    SHE: r"daughter|sister|girl|girlfriend|wife|mother|mum|nan|gran|grandmother|aunt|niece|woman",
    HE: r"son|brother|boy|boyfriend|husband|father|dad|grandad|grandfather|uncle|nephew|man",
}
# a word after "her" that shows it is an object, not a possessive ("with her and",
# "told her that", "her."): such a "her" is left as it is
_OBJECT_NEXT = re.compile(
    r"\s*(?:$|[.,;:!?)\-–]|(?:and|or|but|to|that|if|when|about|at|in|on|for|with|from|"
    r"again|more|now|too|so|because|as|up|out|back|down|away|off|into|by)\b)"
)
# a quotation that is a sentence of its own: a capital, then three words or more
_WHOLE = re.compile(r"""["“'‘][A-Z][^\s"”]*(?:\s+\S+){2,}""")
_PRONOUNS = {SHE: ("she", "her"), HE: ("he", "his")}
_OPENING = re.compile(r"\W*([A-Z][a-z][\w'’-]*)")


def views_to_reader(
    views: str, who: Household, turn: Callable[[str], str], lead: str
) -> tuple[str, list[str]]:
    """``views`` in the version's voice (``turn``), with the reader's own run said to
    her (module doc), and the notes for the worker's draft: each sentence of hers that
    could not be said to her.  Such a sentence is never printed about her: her own
    quoted words in it are ("You said: 'I'm doing this for her.'"), and one sentence
    says the plan records more of what she said, and whom (``lead``) to ask."""
    reader = who.reader
    if reader is None or reader.young or reader.gender not in _FORMS or not views:
        return turn(views), []
    ask = lead + ("," if "," in lead else "")  # "your social worker, Tom Birch, about it"
    runs = list(_runs(views, who, reader))
    if not any(mine for _, mine in runs):
        return turn(views), []
    said, notes, untold, told = [], [], False, False
    hers = re.compile(rf"\b(?:{_FORMS[reader.gender]}|him|herself|himself)\b", re.I)
    for sentence, mine in runs:
        if not mine:
            # someone else's words, turned on their own only where no pronoun in them
            # could be the reader's: turned alone, a "she" would read as someone else's
            said.append(sentence if hers.search(_masked(sentence)) else turn(sentence))
            continue
        # "Kerry says: call me on ...": her own words, written without quote marks
        calls = "|".join(re.escape(n) for n in (reader.first, reader.called) if n)
        own = re.match(rf"\W*(?:{calls}) (?:says|said)\s*:\s*(.+)", sentence)
        if own is not None:
            said.append(f"You said: {own.group(1)}")
            told = True
            continue
        named = _named(sentence, _masked(sentence), reader, _others_of_gender(who, reader), who)
        turned = turn(named) if named is not None else sentence
        if named is not None and not _names(turned, reader.first):
            said.append(turned)
            told = True
            continue
        # her own words, where they are a sentence of hers ("I'm not going back"), never a
        # piece of one ("let Ellie down")
        quoted = [q.group(0) for q in QUOTATION.finditer(sentence) if _WHOLE.match(q.group(0))]
        said += [f"You said: {q}" + ("" if q[-2:-1] in ".!?" else ".") for q in quoted]
        told = told or bool(quoted)
        her, she = ("her", "she") if reader.gender == SHE else ("him", "he")
        notes.append(
            f'"{sentence}" is what {reader.first} said; it could not be put to {her} as "you" '
            f"in {reader.first}'s own copy, so it is left out of it (the quoted words are "
            f"kept). Write it as what {she} said to you"
        )
        untold = True
    if untold:
        more = "more of " if told else ""  # nothing of hers is printed: not "more"
        said.append(f"The plan records {more}what you said. You can ask {ask} about it.")
    return " ".join(s for s in said if s), notes


def _masked(sentence: str) -> str:
    return QUOTATION.sub(lambda m: " " * len(m.group(0)), sentence)


def _names(text: str, first: str) -> bool:
    """Whether ``text`` names ``first`` outside quotations."""
    return re.search(rf"\b{re.escape(first)}\b", _masked(text)) is not None


def _runs(views: str, who: Household, reader: Relative) -> list[tuple[str, bool]]:
    """Each sentence of ``views``, and whether it is of the reader's own run: from a
    sentence that opens on her name to the next that opens on anything but a pronoun
    ("She found ..." goes on; "Ron said ...", "Paternal grandmother ..." end it)."""
    assert reader.gender is not None
    speaker = ""
    found = []
    # "Dad said he ...": the plan may call her by what the child calls her
    called = {reader.first}
    if reader.called and who.relative_called(reader.called) is reader:
        called.add(reader.called)
    for sentence in split_sentences(views):
        opening = _OPENING.match(_masked(sentence))
        first = opening.group(1) if opening else ""
        if first.lower() not in _PRONOUNS[reader.gender]:
            speaker = first
        found.append((sentence, speaker in called))
    return found


def _others_of_gender(who: Household, reader: Relative) -> set[str]:
    """The first names of everyone else of the reader's gender (or not known)."""
    names = {r.first for r in who.relatives if r is not reader and r.gender != _other(reader)}
    names |= {n.split()[0] for n, g in who.gendered if g == reader.gender}
    if who.pronoun in (None, reader.gender):
        names |= {n.split()[0] for n in who.child_names if n}
    return names - {reader.first}


def _other(reader: Relative) -> str:
    return HE if reader.gender == SHE else SHE


def _of_other_gender(who: Household, reader: Relative) -> set[str]:
    """The first names of everyone known to be of the other gender than the reader."""
    other = _other(reader)
    names = {r.first for r in who.relatives if r.gender == other}
    names |= {n.split()[0] for n, g in who.gendered if g == other}
    if who.pronoun == other:
        names |= {w for n in who.child_names for w in n.split()}
    return names


def _named(
    sentence: str, masked: str, reader: Relative, others: set[str], who: Household
) -> str | None:
    """``sentence`` with each pronoun of the reader's outside quotations said as her name
    ("she" -> "Lisa", "her tablets" -> "Lisa's tablets"; an object "her" is left);
    ``None`` where another person of her gender is named before one of them."""
    assert reader.gender is not None
    pattern = re.compile(rf"\b(?:{_FORMS[reader.gender]})\b", re.I)
    named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(others)) + r")\b")
    out, at = [], 0
    kin = re.compile(rf"\b(?:{_KIN[reader.gender]})s?\b", re.I)
    unlike = _of_other_gender(who, reader)  # "Rosie will forget him": never Rosie
    for found in pattern.finditer(masked):
        word = found.group(0).lower()
        if others and named.search(masked, 0, found.start()):
            return None
        whose = word == "his" or (word == "her" and not _OBJECT_NEXT.match(masked, found.end()))
        # "to see him" after "his son", "talk to him" after "what Tyler said": someone
        # else's, maybe; an object is hers only where she is the only one named before it
        if word in ("him", "her") and not whose:
            before = masked[: found.start()]
            someone = {n for n in re.findall(r"\b[A-Z][a-z][\w'’-]*", before[1:])}
            if kin.search(before) or someone - {reader.first, reader.called} - unlike:
                return None
        said = f"{reader.first}'s" if whose or word == "hers" else reader.first
        out += [sentence[at : found.start()], said]
        at = found.end()
    return "".join(out) + sentence[at:]
