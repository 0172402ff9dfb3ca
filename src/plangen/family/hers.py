"""Whose a "he" or "she" is, in a family member's own copy: the reader's, where it can
only be hers, so that it is turned with her name ("Kirsty will call police if she is at
risk": "you ... you are"); someone else's, or anyone's, where it may not be.

A pronoun is hers only where her name comes before it; where nobody else of her gender
is named or spoken of before it ("her sister", "Mia, who ..."; someone spoken of after
it, "tell the social worker", is not who it means); where no child of her gender may be
meant (an unborn baby is not yet "she"); and never a "She" that opens a clause naming
her ("She worries about Shona all day": Skye).  A pronoun of the other gender is never
hers ("Reece has hit her", in Reece's copy)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plangen.family.pronouns import HE, SHE
from plangen.family.verbs import verbs

if TYPE_CHECKING:
    from plangen.family.household import Household, Relative

FORMS = {SHE: r"she|her|hers|herself", HE: r"he|him|his|himself"}


def first_pronoun(text: str, who: Household, gender: str, name: str) -> int | None:
    """Where the first pronoun of ``gender`` in ``text`` is, but the child's before a
    family word ("his brother", where the child is "he")."""
    for found in re.finditer(rf"\b(?:{FORMS[gender]})\b", text, re.I):
        if not _childs(text, found.start(), who, gender, name) and not _not_hers(
            text, found.start(), name
        ):
            return found.start()
    return None


def _not_hers(text: str, at: int, name: str) -> bool:
    """Whether the pronoun at ``at`` is a "He" or "She" that opens a clause which names
    the reader after it: never hers ("She worries about Shona all day" is Skye)."""
    if not re.match(r"(?:He|She)\b", text[at:]) or not re.search(r"(?:^|[.!?;:]\s+)$", text[:at]):
        return False
    return bool(re.match(rf"[^.!?;]*\b{name}\b", text[at:]))


def _childs(text: str, at: int, who: Household, gender: str, name: str) -> bool:
    """Whether the pronoun at ``at`` is the child's before a family word ("his mum",
    where the child is "he"); never right after the reader and "or" or "and" ("Tariq or
    his family": his)."""
    if who.pronoun != gender:
        return False
    # "Farzana misses Rehana and her sister": after the child in its sentence, the child's
    if re.search(rf"\b{name}\s+(?:and|or)\s+$", text[:at]) and not _child_first(text[:at], who):
        return False
    return bool(re.match(rf"(?:his|her)\s+(?:{_RELATIVE_WORDS})\b", text[at:], re.I))


def _child_first(before: str, who: Household) -> bool:
    """Whether the child is named in the sentence ``before`` ends, before the reader."""
    sentence = re.split(r"[.!?;]\s", before)[-1]
    return any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in who.child_names)


# what the plan may call the reader by, beside her name: "Leo's dad", "his father"
KIN_WORDS = {
    "Dad": r"dad|daddy|father",
    "Mum": r"mum|mummy|mother",
    "Nan": r"nan|nana|nanny|gran|granny|grandma|grandmother",
    "Grandad": r"grandad|grandpa|grandfather",
}
# people a "he" or "she" may be, other than anyone named
_PEOPLE_OF = {
    HE: r"man|men|boy|boys|boyfriend|brother|son|father|dad|daddy|uncle|grandad|grandfather|"
    r"husband|stepdad",
    SHE: r"woman|women|girl|girls|girlfriend|sister|daughter|mother|mum|mummy|aunt|auntie|"
    r"nan|nana|nanny|gran|granny|grandma|grandmother|wife|stepmum",
}
_ANYONE = (  # one person, of either gender ("friends", "adults" are never "he")
    r"partner|ex|friend|landlord|adult|person|someone|somebody|neighbour|"
    r"cousin|sibling|worker|teacher|officer|nurse|doctor|GP|manager|baby"
)
_NOT_AFTER_MY = (
    r"to|and|or|with|about|at|in|on|for|from|if|that|the|a|an|up|out|back|off|when|so|"
    r"because|as|into|by|again|home|all|this|these|some|any|what|how|why|where|who"
)


def her_pronouns(text: str, who: Household, reader: Relative, name: str) -> str | None:
    """``text`` with the reader's own pronouns as "I", "my", "me" (then turned to "you"
    with her name), where they can only be hers: the reader is named before the first
    one, and nobody else in the text could be "he" or "she" as she is (nobody named,
    no "partner" or "brother").  "his" or "her" before a family word, where the child
    is of the reader's gender, is the child's ("his mum") and stays.  None where a
    pronoun may be someone else's, or the reader's gender is not known."""
    forms = {gender: FORMS[gender] for gender in (HE, SHE)}
    mine = reader.gender
    # "Dean says he wants ...": the "he" of someone's reported words is theirs
    if mine is not None:
        text = re.sub(rf"\b({name}\s+{_SAYS}\s+(?:that\s+)?){_SUBJECT[mine]}\b", r"\1I", text)
    if mine is None:
        return None if re.search(rf"\b(?:{forms[HE]}|{forms[SHE]})\b", text, re.I) else text
    found = [
        m
        for m in re.finditer(rf"\b(?:{forms[mine]})\b", text, re.I)
        # the child's "his mum" is hers where she is the child, in her own copy
        if reader.young or not _childs(text, m.start(), who, mine, name)
    ]
    spots = [m for m in found if not _not_hers(text, m.start(), name)]
    if not spots:
        return text
    if len(spots) < len(found):  # "She worries about Shona and her ...": two of them
        return None
    first = re.search(rf"\b{name}\b", text)
    if first is None:
        return None
    # "Ruby ... says she worries about Lisa": a pronoun before her name, after someone
    # else of her gender named in its sentence, is theirs, and stays as it is
    if first.start() > spots[0].start():
        return None
    # the child of her gender may be meant though not named ("keeps her alive"); an
    # unborn baby is not yet "she".  A "she" that is a subject after her name, with
    # nobody else named or spoken of before it, is hers all the same: "Kayleigh is 19 ...
    # and she has moved away" (held-out plan 133, where the baby is "she" too); a "her"
    # there may be the child's ("Kayleigh responds to her cues") and stays whole
    # (her own copy as the young person: the child she could be taken for is herself)
    shared = not reader.young and (who.pronoun == mine or (who.pronoun is None and not who.unborn))
    if shared and any(not _subject_after_her(text, spot, name) for spot in spots):
        return None
    # someone named or spoken of before the last of her pronouns may be meant by it; one
    # spoken of after it is not ("if she is at risk and tell the social worker")
    # (a "her" right after her name and "with" is hers, whoever came before)
    beside = all(re.search(rf"\b{name}{_BESIDE}", text[: spot.start()]) for spot in spots)
    if not beside and _someone_else(text[: spots[-1].start()], who, reader, mine):
        return None
    out, at = [], 0
    for spot in spots:
        word = spot.group(0)
        mine_form = _MY_FORMS.get(word.lower())
        if mine_form is None:  # "her": "her mum" -> "my mum"; "help her to" -> "me"
            after = re.match(r"\s+([A-Za-z']+)", text[spot.end() :])
            if after is None or re.fullmatch(_NOT_AFTER_MY, after.group(1), re.I):
                mine_form = "me"
            elif _GIVES.search(text[: spot.start()]):
                return None  # "gave her money": hers, or her? left whole
            elif after.group(1).lower() in verbs() and (
                _MAKES.search(text[: spot.start()]) or not _OWNS_AFTER.search(text[: spot.start()])
            ):
                return None  # "help her understand" or "her care"? not sure: left whole
            else:
                mine_form = "my"  # "controls her phone", "for her care": only hers
        out += [text[at : spot.start()], mine_form]
        at = spot.end()
    return "".join(out) + text[at:]


def _subject_after_her(text: str, spot: re.Match[str], name: str) -> bool:
    """Whether a pronoun is a subject in the sentence that names the reader before it,
    and not what she reports ("Kirsty says she is eating well" may be the child); or a
    "her" right after her name and "with", "and" ("Kayleigh and her baby")."""
    before = text[: spot.start()]
    # "support Kayleigh with her budget", "Kayleigh and her baby": hers, right after her
    if re.search(rf"\b{name}{_BESIDE}", before):
        return spot.group(0).lower() in ("her", "his")
    named = list(re.finditer(rf"\b{name}\b", before))
    # "Liam completes DAPP and accepts responsibility for his behaviour": what she
    # answers for is her own, where she is the sentence's one person named (reader 33)
    if _ANSWERS_FOR.search(before) and spot.group(0).lower() in ("her", "his"):
        since = before[named[-1].end() :] if named else ""
        return bool(named) and not re.search(r"[.!?]\s|\b[A-Z][a-z]", since)
    if spot.group(0).lower() not in ("she", "he"):
        return False
    if not named or re.search(r"[.!?]\s", before[named[-1].end() :]):
        return False
    return not re.search(rf"\b{_SAYS}\s+(?:that\s+)?$", before)


_BESIDE = r"\s+(?:with|and|or|from)\s+$"
_ANSWERS_FOR = re.compile(r"\bresponsibility\s+for\s+$", re.I)


# a word before "her" after which it is an object, whatever follows ("gave her money");
# one after which it is an object before a verb ("made her cry", "lets her phone"); one
# after which it owns what follows ("controls her phone", "for her care")
_GIVES = re.compile(
    r"\b(?:give|gives|gave|given|giving|send|sends|sent|show|shows|showed|shown|tell|tells|"
    r"told|offer|offers|offered|buy|buys|bought|lend|lends|lent|owe|owes|owed|pay|pays|paid|"
    r"promise|promises|promised|ask|asks|asked|get|gets|got|bring|brings|brought|call|calls|"
    r"called|find|finds|found|wish|wishes|wished)\s+$",
    re.I,
)
_MAKES = re.compile(
    r"\b(?:let|lets|make|makes|made|help|helps|helped|have|has|had|see|sees|saw|seen|hear|"
    r"hears|heard|watch|watches|watched|feel|feels|felt|letting|making|helping|having|"
    r"seeing|hearing|watching|feeling)\s+$",
    re.I,
)
_OWNS_AFTER = re.compile(
    r"(?:\b(?:of|for|with|about|to|from|in|on|at|by|into|towards|over|under|and|or)|"
    r"\b[a-z]+(?:(?<!s)s|ed|ing))\s+$"  # a preposition; a verb ("controls", "taking")
)
_KIN_OF = {
    HE: {"Dad", "Daddy", "Grandad", "Grandpa", "Uncle"},
    SHE: {"Mum", "Mummy", "Nan", "Nana", "Nanny", "Gran", "Granny", "Grandma", "Aunt", "Auntie"},
}
_WHEN = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Christmas|Easter"
)
_SAYS = (
    r"(?:says|said|feels|felt|thinks|thought|agrees|agreed|accepts|accepted|knows|knew|"
    r"understands|understood|hopes|hoped|admits|admitted|explained|explains)"
)
_SUBJECT = {HE: "he", SHE: "she"}
_MY_FORMS = {
    "he": "I",
    "she": "I",
    "him": "me",
    "his": "my",
    "himself": "myself",
    "herself": "myself",
    "hers": "mine",
}
_RELATIVE_WORDS = "|".join([*KIN_WORDS.values(), r"sister|brother|aunt|uncle|family"])


def _someone_else(text: str, who: Household, reader: Relative, gender: str) -> bool:
    """Whether anyone but the reader in ``text`` could be "he" or "she" as she is."""
    mine = {*reader.name.split(), reader.first}
    text = _PLACE_NAMED.sub(r"\1", text)  # "old school (Ysgol y Foryd)": a place's name
    if re.search(rf"\b(?:{_PEOPLE_OF[gender]}|{_ANYONE})\b", text, re.I):
        return True
    others = {
        w
        for r in who.relatives
        if r is not reader and r.gender not in (None, gender)
        for w in (r.first, r.called)
    }
    others |= {n for n, g in who.gendered if g != gender} | _KIN_OF[SHE if gender == HE else HE]
    # the child, when the plan's "he" is not hers; never in a plan for brothers and
    # sisters, where Ruby may be "her" though Tyler is "he" ("to collect her", in
    # Ruby's mother's copy, is not the mother)
    if who.pronoun not in (None, gender) and not who.siblings:
        # "Ava-Rose" is read as "Ava" below: each part of a hyphened name too
        others |= {w for n in who.child_names for w in re.split(r"[\s-]+", n)}
    named = set(re.findall(r"\b[A-Z][a-z'’]+\b", text)) - mine
    maybe = {w for w in named if w in who.proper or any(w in p.split() for p in who.people)}
    # anyone else named mid-sentence ("while holding Mia, who ..."), known to the plan or not
    maybe |= set(re.findall(r"(?<![.!?:;]\s)(?<!^)(?<=\s)[A-Z][a-z]+\b", text)) - mine
    # and anyone opening a sentence as its subject ("Maryam is the subject of her own")
    maybe |= {
        w
        for w in re.findall(rf"(?:^|(?<=[.!?]\s))([A-Z][a-z'’-]+)\s+{_OPENS_WITH}", text)
        if w not in _NOT_NAMES
    } - mine
    maybe |= {
        w for r in who.relatives if r is not reader for w in (r.first, r.called) if w in named
    }
    return any(w not in others and not _WHEN.fullmatch(w) and not _no_one(w, text) for w in maybe)


_OPENS_WITH = r"(?:is|was|has|had|says|said|will|would|can|does|did)\b"
# a place's name in brackets after what it is: nobody who could be "he" or "she"
_PLACE_NAMED = re.compile(
    r"\b(school|college|nursery|centre|clinic|hospital|unit|refuge|hostel)\s*\([^()]*\)", re.I
)
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "There",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "You",
        "Police",
        "School",
        "Nursery",
        "Contact",
        "Attendance",
        "Home",
        "Everyone",
        "Nobody",
        "Someone",
        "Each",
        "Every",
        "All",
        "Both",
        "Neither",
        "Either",
        "What",
        "Who",
    ]
)


def _no_one(word: str, text: str) -> bool:
    """Whether a capitalised word is no one who could be "she": a language ("speaks
    little English"), or a place, found only after "in", "at", "near", "from", "into"
    ("knows no one in Millbrook": held-out plan 141 kept Rania's worry whole for it)."""
    if _LANGUAGES.fullmatch(word):
        return True
    before = [text[: m.start()] for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(before) and all(_PLACE_BEFORE.search(b) for b in before)


_LANGUAGES = re.compile(
    r"English|Welsh|Gaelic|Polish|Arabic|Urdu|Punjabi|Bengali|Romanian|Portuguese|Spanish|"
    r"French|Somali|Tigrinya|Kurdish|Farsi|Pashto|Turkish|Russian|Ukrainian|Lithuanian|"
    r"Chinese|Mandarin|Cantonese|Hindi|Gujarati|Tamil|Italian|German"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|into|around)\s+(?:the\s+)?$")
