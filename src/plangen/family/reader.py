"""The parent who reads the family version is "you", never named to herself: "Lisa will
take her medicine" -> "You will take your medicine" in Lisa's own copy, or in a plan
whose only parent or carer in the core group is Lisa.

A sentence is turned only where the reader is certainly meant: by her name, with no
title before it, a verb after it where it is the subject, and verbs that agree after
the turn; a "she" or "her" of hers only where it can be nobody else's
(:mod:`plangen.family.hers`).  Otherwise it keeps the reader's name, whole: never half
turned.  A text is turned sentence by sentence where one of its sentences cannot be.
Reported words (what the child or the family said) are never turned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from plangen.family.hers import KIN_WORDS, first_pronoun, her_pronouns
from plangen.family.household import CALLED_IN_ROLE, Relative
from plangen.family.pronouns import HE, SHE
from plangen.family.quotes import QUOTATION
from plangen.family.split import split_sentences
from plangen.family.verbs import agree, agreed_with_i, subjectless
from plangen.family.you_whole import YOU_WHO_VERBS, YOUR_NOTHING, pair_theirs, third_left

if TYPE_CHECKING:
    from plangen.family.household import Household
    from plangen.model import CorePerson

_MINE = re.compile(r"\b(?:I|me|my|myself|mine)\b")
_YOURS = (
    (r"\bI am\b", "you are"),
    (r"\bI (?=(?:also |always |never |still |now |not )*)was\b", "you were"),
    (r"\bI wasn't\b", "you weren't"),
    (r"(?<![\d] )\bam\b", "are"),
    (r"\bI\b", "you"),
    (r"\bmy\b", "your"),
    (r"\bmyself\b", "yourself"),
    (r"\bmine\b", "yours"),
    (r"\bme\b", "you"),
)


# what may follow the reader's name for it to be turned: a verb, "to", "and", a
# possessive, a stop; or the name is an object ("text Lisa", "with Lisa")
_VERB_NEXT = re.compile(
    r"['’]s\b|\s*(?:$|[.,;:!?()\-–])|\s+(?:and|or|to|will|would|can|could|may|might|must|"
    r"should|is|was|has|had|does|did|also|always|never|still|now|not|[a-z]+(?:s|ed)|"
    r"said|told|went|came|took|left|got|made|saw|knew|felt|kept|gave|found|"
    # more past forms without "-ed" ("Jordan sent 2 messages", held-out plan 133)
    r"sent|brought|bought|thought|spoke|wrote|rang|ran|hit|put|met|lost|paid|heard|held|"
    r"sat|stood|won|wore|drove|chose|forgot|fell|began|broke|caught|taught|fought|slept|"
    r"spent|sold|became|threw|shook|swore|drank|ate|hid|bit|led|fed|lent|meant|"
    # past forms the same as the present ("Leanne let Craig stay", held-out plan 147)
    r"let|set|cut|shut|hurt|upset)\b"
)


_TITLES = r"Auntie|Aunty|Aunt|Uncle|Nan|Nana|Nanna|Nanny|Grandad|Grandma|Mr|Mrs|Ms|Miss|Dr"
# a verb of the third person left after "you" in its clause: the turn did not agree
# (a verb joined to hers further on, "you ... and is", is :func:`third_left`'s)
_STILL_THIRD = re.compile(
    r"\b[Yy]ou\b(?:\s*\([^)]*\))?\s+(?:is|was|has|does|isn't|wasn't|hasn't|doesn't)\b"
)


# never over a comma: "Kacper misses school when you are unwell, has little time of
# his own and is stressed" (Anna's copy said "and are stressed": Kacper's verb)
_JOINED_BE = re.compile(
    r"((?:^|[.;:!?]\s+|\s[-–]\s+|\b(?:when|if|while|because|until|unless|once)\s+)[Yy]ou\s+"
    r"[^.;:!?(),]*?\b(?:but|and|or)\s+)(is|was|has|does)\b"
)
_PLAIN_BE = {"is": "are", "was": "were", "has": "have", "does": "do"}


_KIN_OF = (
    r"(?:\b(?:his|her|their|the|[A-Z][a-z]+['’]s)\s+)?\b(?:step-?)?(?:dad|father|mum|mother|"
    r"parent|carer|partner|boyfriend|girlfriend|husband|wife|nan|gran|grandmother|grandad|"
    r"grandfather|aunt|uncle)"
)


def the_reader(
    who: Household, recipient: str | None, core_group: Sequence[CorePerson] = ()
) -> Relative | None:
    """Who "you" is in the family version: the family member whose own copy it is, or
    the only parent or carer in the core group.  A step-parent (the role, before any
    brackets, says "Step-father") is given the gender the role shows: one of the
    parents (:func:`parents_said`)."""
    if recipient:
        reader = next((r for r in who.relatives if recipient in (r.name, r.first)), None)
        if reader is None and any(
            p.name == recipient and re.match(r"\s*(?:young person|child)\b", p.role, re.I)
            for p in core_group
        ):
            # the young person's own copy (held-out plan 146: "Sana said at school that
            # you had arranged her marriage" told Sana her parents' part as her own)
            return Relative(recipient, who.child, "", who.pronoun, young=True)
    else:
        carers = [r for r in who.relatives if r.called in ("Mum", "Dad", "")]
        reader = carers[0] if len(carers) == 1 and len(who.relatives) == 1 else None
    role = next((p.role for p in core_group if reader and p.name == reader.name), "")
    if reader is not None and (alias := CALLED_IN_ROLE.search(role)) is not None:
        reader = replace(reader, alias=alias.group(1))
    # "Step-father", and "Father of unborn baby (19)" (held-out plan 143: Reece unsexed)
    step = re.match(
        r"\s*(?:step-?\s*)?(father|dad|mother|mum)\b(?!['’]s)", re.split(r"[(,/–]", role)[0], re.I
    )
    if reader is not None and reader.gender is None and step:
        return replace(reader, gender=HE if step.group(1).lower() in ("father", "dad") else SHE)
    return reader


def parents_said(who: Household) -> tuple[str, str] | None:
    """What "the parents" are in the version (subject or object, possessive): "you" in
    the family version for them all; "you and Anna" in Tomasz's own copy (the plan
    means them both, not him alone); "Nicola and Paul" in the copy of someone who is
    not a parent (never "you"); None where they are not in the core group."""
    reader = who.reader
    if reader is None:
        return "you", "your"
    others = [r.first for r in who.relatives if r is not reader and r.called in ("Mum", "Dad")]
    them = " and ".join(others)
    # a step-parent (the role says "step-father") is one of the parents; Leah, "Dad's
    # partner", or Nan is not: the parents are "Nicola and Paul"
    if reader.young or (
        reader.called not in ("Mum", "Dad") and not (not reader.called and reader.gender)
    ):
        return (them, f"{them}'s") if others else None
    if not others:
        return "you", "your"
    return f"you and {them}", f"your and {them}'s"


def own_words_to_reader(text: str | None, who: Household) -> str | None:
    """The worker's own plain words for an item, as written, but with the reader as
    "you" where they name her ("his dad" in Dean's copy): one voice in one copy."""
    if not text or who.reader is None:
        return text
    return to_reader(text, who, who.reader)


def parents_words(who: Household) -> list[tuple[str, str]]:
    """(what follows "parents" in the pattern, what the words become), the possessive
    first; none where the parents are not "you" (:func:`parents_said`)."""
    said = parents_said(who)
    return [(r"['’]", said[1]), (r"\b", said[0])] if said else []


def tidy_and(text: str) -> str:
    """ "with Kacper and you and Tomasz" -> "with Kacper, you and Tomasz"."""
    return _AND_YOU_AND.sub(r"\1, \2", text)


_AND_YOU_AND = re.compile(r"\b([A-Z][\w'’]*|you) and ([Yy]ou and [A-Z][\w'’]*)\b")


def to_reader(text: str, who: Household, reader: Relative, *, joined: bool = False) -> str:
    """``text`` (quotations already set aside) with the reader as "you": by name, by
    the relationship word the plan uses ("his dad", "Leo's father" in Dean's copy), and
    by a pronoun of hers where nobody else in the text could be meant; as it is where
    a pronoun could be someone else's."""
    # 'whatever keeps her alive': someone's words in single quotes are theirs too
    held = _SINGLE_QUOTED.findall(text)
    masked = _SINGLE_QUOTED.sub(_SINGLE_HOLD, text)
    # her own age after her name, told to her: "Reece (19) has been" (held-out plan 143)
    masked = re.sub(rf"\b({re.escape(reader.first)})\s*\((?:aged\s+)?\d{{1,2}}\)", r"\1", masked)
    # and the worker's word for her with her name: "abuse by stepdad (Gary Muir)" (151)
    names = "|".join(re.escape(n) for n in (reader.name, reader.first))
    masked = re.sub(rf"{_KIN_OF}\s*\((?:{names})\)", lambda _: reader.first, masked)
    if reader.alias:  # "only Nain or Bethan can collect Lowri": the child's word for her
        alone = rf"(?<!\bhis )(?<!\bher )(?<!['’]s )\b{re.escape(reader.alias)}\b"
        aliased = re.sub(alone, lambda _: reader.first, masked)
        if aliased != masked:
            said = to_reader(text, who, replace(reader, alias=""), joined=joined)
            turned = to_reader(
                re.sub(alone, lambda _: reader.first, text),
                who,
                replace(reader, alias=""),
                joined=joined,
            )
            # where it cannot be said to her, "Nain" stays: never her name instead
            mine = rf"\b{re.escape(reader.first)}\b"
            return turned if len(re.findall(mine, turned)) <= len(re.findall(mine, said)) else said
    turned = _to_reader(masked, who, reader)
    if turned in (masked, _relationship_words(masked, who, reader)):  # left whole
        turned = _by_sentence(masked, who, reader, joined=joined)
    if turned.count(_SINGLE_HOLD) != len(held):
        return text
    for words in held:
        turned = turned.replace(_SINGLE_HOLD, words, 1)
    return turned


def _by_sentence(text: str, who: Household, reader: Relative, *, joined: bool) -> str:
    """A text left whole (one sentence cannot be turned: a note with no verb after her
    name, "Mrs Owusu"), turned sentence by sentence, each on its own, where every
    pronoun of her gender comes after her name in its own sentence: a "she" in a
    sentence that does not name her may be hers, and beside a turned sentence would read
    as someone else (texts are joined again later: "you" beside one is half turned).
    ``joined``: the caller makes its sentences one; then none may have a pronoun of hers."""
    name = re.compile(rf"\b(?:{re.escape(reader.name)}|{re.escape(reader.first)})\b")
    sentences = split_sentences(text)
    if len(sentences) < 2 or reader.gender is None:
        return text
    out, at = [], 0
    for sentence in sentences:
        start = text.find(sentence, at)
        if start < 0:
            return text
        called = _relationship_words(sentence, who, reader)  # "his dad": hers too
        mine = name.search(called)
        pronoun = first_pronoun(
            _SINGLE_QUOTED.sub(_blank, called), who, reader.gender, name.pattern
        )
        if pronoun is not None and mine is None and _subjects_own(called, who, reader, pronoun):
            pronoun = None  # "Maryam is the subject of her own CP plan": Maryam's
        if pronoun is not None and (mine is None or mine.start() > pronoun):
            return text  # "Jodie has ... She struggles": the "she" may be hers
        turned = _to_reader(sentence, who, reader) if mine else sentence
        # left whole, the sentence keeps its own words ("his mum", not "Lorraine")
        out += [text[at:start], sentence if turned == called else turned]
        at = start + len(sentence)
    turned = "".join(out) + text[at:]
    # "Ioana says she liked ...; your own scaling": one sentence to the full stop, half
    # turned, where a part of it left whole still has a pronoun of hers
    written = set(_FULL_STOP.split(text))
    for said in [turned] if joined and turned != text else _FULL_STOP.split(turned):
        bare = _SINGLE_QUOTED.sub(_blank, said)
        if (
            said not in written
            # "She worries about you": a "She" before "you" is not hers either
            and first_pronoun(bare, who, reader.gender, rf"(?:{name.pattern}|[Yy]ou)") is not None
        ):
            return text
    # "You and Omar are thankful ... They want ...": "they" is now "you and Omar"
    together = re.search(r"\b(?:you and|and you)\b", turned, re.I)
    return text if together and re.search(r"\b(?:they|them|their)\b", turned, re.I) else turned


def _subjects_own(sentence: str, who: Household, reader: Relative, at: int) -> bool:
    """Whether a pronoun of the reader's gender, in a sentence that does not name her,
    is its subject's: the sentence opens on someone else's name, who may be of her
    gender (not a relative, nor the child, of the other), and nobody else is named before
    the pronoun ("Maryam is the subject of her own CP plan", held-out plan 141, kept
    Rania's whole worry in the third person)."""
    opening = _OPENS_ON_NAME.match(sentence)
    if opening is None or opening.group(1) == reader.first:
        return False
    name = opening.group(1)
    known = name in who.proper or name in who.people or any(r.first == name for r in who.relatives)
    if not known or re.search(r"[A-Z]", sentence[opening.end() : at]):
        return False
    other = [r.first for r in who.relatives if r.gender not in (None, reader.gender)]
    other += [n for n, g in who.gendered if g != reader.gender]
    if who.pronoun not in (None, reader.gender):
        other += [w for n in who.child_names for w in n.split()]
    return name not in other


# "Maryam is ...", "Denise's council tenancy is a 2-bed and she ..." (held-out plan 140)
_OPENS_ON_NAME = re.compile(
    r"\W*([A-Z][a-z][\w-]*)(?:['’]s(?:\s+[a-z]+){1,2})?\s+(?:is|was|has|had|[a-z]+s|[a-z]+ed)\b"
)


def _blank(quoted: re.Match[str]) -> str:
    """Someone's quoted words as spaces: what they say is never the reader's pronoun,
    and what is around them keeps its place."""
    return " " * len(quoted.group(0))


_SINGLE_QUOTED = QUOTATION  # single quotes too, "I'm" inside them
_SINGLE_HOLD = "\ue0f1"
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")
_QUOTE_HOLD = "\ue0e0"  # a quotation held by plangen.family.holds


def _to_reader(text: str, who: Household, reader: Relative) -> str:
    if _MINE.search(text):  # an "I" outside anyone's quoted words: left as written
        return text
    text = _relationship_words(text, who, reader)
    name = rf"(?:{re.escape(reader.name)}|{re.escape(reader.first)})"
    if not re.search(rf"\b{name}\b", text):
        return text
    # "5pm at Auntie Denise's" (her home, as the child calls her): at hers, "at yours"
    text = re.sub(rf"\b(at|to|from)\s+(?:{_TITLES})\s+({name}['’]s)(?!\s+[a-z])", r"\1 \2", text)
    # "Auntie Lorraine", "Mrs Owusu": a name with a title is how others call her
    if re.search(rf"\b(?:{_TITLES})\s+{name}\b", text):
        return text
    # 'states Chelsea "winds him up"': the quotation's verb is hers, and is never turned
    if re.search(rf"\b{name}\s*[{_SINGLE_HOLD}{_QUOTE_HOLD}]", text):
        return text
    # a note with no verb after the name ("Lisa stable for 11 weeks") is left as written
    for found in re.finditer(rf"(?:^|(?<=[.;:!?]\s)|(?<=\s[-–]\s)){name}\b", text):
        if not _VERB_NEXT.match(text, found.end()):
            return text
    said = her_pronouns(text, who, reader, name)
    if said is None:  # a "she" or "her" that may be the child's, a sister's, a nan's
        return text
    # "police attended, Ryan arrested and released": a note's passive, "you were arrested"
    # ("Gary charged - bail cond.": at a sentence's start too, never "You charged")
    said = re.sub(
        rf"(?:(?<=[,;]\s)|(?<=[.!?]\s)|^){name}(?=\s+(?:{_PASSIVE_ONLY})\b(?!\s+(?:the|a|him|her)\b))",
        r"\g<0> was",
        said,
    )
    # "at Nicola's and Paul's", "an ex-partner of Ryan's": hers, "yours"
    # "stay at Chelsea's after drinking": hers, "yours", before a joining word too
    said = re.sub(
        rf"\b{name}['’]s(?=\s+(?:and|or|after|before|when|if|until|while|unless|during|"
        r"overnight|again|on|at|in|for|with|by|from|till|every|each|most|since)(?![\w-])"
        r"|\s*[,.;:)/(]|$)",
        "mine",
        said,
    )
    said = re.sub(
        rf"\bof {name}['’]s(?=\s+(?:is|are|was|were|has|had)\b)", "of mine", said
    )  # never "every one of mine appointments"
    said = re.sub(rf"\b{name}['’]s\b", "my", said)
    said = re.sub(rf"\b{name}\b", "I", said)
    said = subjectless(agreed_with_i(said))
    for pattern, yours in _YOURS:
        said = re.sub(pattern, yours, said)
    # "Amy and you will" -> "you and Amy will"
    said = re.sub(
        rf"(^|[.;:!?]\s+)?\b({'|'.join(re.escape(r.first) for r in who.relatives)}) and you\b",
        lambda m: (
            (m.group(1) or "") + ("You" if m.group(1) is not None else "you") + f" and {m.group(2)}"
        ),
        said,
    )
    # "You and Lee said they love Harley": "they" is now "you" and Lee: theirs is yours
    # only where nobody else could be meant (:func:`_pair_theirs`), else left whole
    if re.search(r"\b(?:you and|and you)\b", said, re.I) and re.search(
        r"\b(?:they|them|their|themselves)\b", said, re.I
    ):
        paired = pair_theirs(said)
        if paired is None:
            return text
        said = paired
    # "You love Connor but is frightened": the verb joined to hers is hers
    said = _JOINED_BE.sub(lambda m: m.group(1) + _PLAIN_BE[m.group(2)], said)
    # "for you, who has relapsing MS and uses a wheelchair": the verbs of "who" are yours
    said = YOU_WHO_VERBS.sub(lambda m: m.group(1) + agree("I " + m.group(2))[2:], said)
    if _STILL_THIRD.search(said):  # "you (Mum) is"
        return text
    # "You say Nicola '...', denies the abuse and want to know"; "you shout at and belittles"
    if third_left(said):
        return text
    # "Kyle home at your by 9pm": a "your" that owns nothing is a half-turned note
    if YOUR_NOTHING.search(said):
        return text
    return re.sub(r"(^|[.!?]\s+)(you|your)\b", lambda m: m.group(1) + m.group(2).capitalize(), said)


# past forms a note uses as passives, with no "was": "Ryan arrested and released on bail"
_PASSIVE_ONLY = "arrested|charged|cautioned|bailed|convicted|sentenced|remanded"


def _apposed(text: str, who: Household, reader: Relative) -> str:
    """ "his gran Isobel", "Kyle's dad Darren", "his mum Tracey": the relationship word
    and the reader's name side by side are one person, said once by her name, so that
    the name is turned alone ("associates of you you" was the two turned one by one)."""
    child = "|".join(re.escape(n) for n in who.child_names)
    whose = rf"(?:(?:{child})['’]s|his|her|their|the)" if child else r"(?:his|her|their|the)"
    name = rf"(?:{re.escape(reader.name)}|{re.escape(reader.first)})"
    return re.sub(
        rf"\b{whose}\s+(?:(?:maternal|paternal)\s+)?(?:{_KIN_ANY})\s+(?={name}\b)",
        "",
        text,
        flags=re.I,
    )


_KIN_ANY = "|".join(
    [*KIN_WORDS.values(), r"aunt|auntie|aunty|uncle|step-?(?:mum|dad|mother|father)"]
)


def _relationship_words(text: str, who: Household, reader: Relative) -> str:
    """The relationship words that mean the reader, as her first name: "Leo saw his dad
    hurt his mum" -> "Leo saw Dean hurt his mum" in Dean's copy ("his" is the child's
    where the plan calls the child "he"; only where she is the one so called)."""
    text = _apposed(text, who, reader)
    words = KIN_WORDS.get(reader.called)
    if not words or who.relative_called(reader.called) is not reader:
        return text
    child = "|".join(re.escape(n) for n in who.child_names)
    pronoun = {HE: "his", SHE: "her"}.get(who.pronoun or "", "")
    whose = rf"(?:{child})['’]s|{pronoun}" if pronoun else rf"(?:{child})['’]s"
    # not "his mum and sister": "his" is the sister's too
    shared = r"(?!\s+and\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z])"
    first = reader.first  # a name is text, never a template ("\\" is a name to hypothesis)
    pattern = rf"\b(?:(?:{whose}|the)\s+)(?:{words})\b{shared}"
    return re.sub(pattern, lambda _: first, text, flags=re.I)
