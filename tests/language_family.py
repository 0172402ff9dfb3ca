"""Checks of the family version (and each parent's own copy) that the general checks in
:mod:`tests.language` miss: the kinds of slip an independent parent-educator found in
family versions that the general checks passed (issue 13).  Like the general checker it
shares no code with the rewriting: glossary terms come from the glossary file, verb and
noun forms from lemminflect's word lists.

- ``echo``: a gloss repeated inside its own bracket ("stage before court (formal stage
  before court)");
- ``swap-fit``: glossary words that do not fit where they landed: a noun left hanging
  after them ("being used by others activities"), a date glued to them ("... at high
  risk of abuse Thursday 24 September"), a gerund after "said" ("has said being ..."),
  or swapped in inside a phrase ("... of abuse high risk", "understand being tricked
  ...", "Online being tricked ...", "... from a child served on");
- ``capital``: a sentence that starts in lower case ("you agree Tyler should ...");
- ``voice``: "you" inside a name ("you Against Child Exploitation"), "an ex-partner of
  your", "you arrested", "You: Shane will ...";
- ``own-name``: in a parent's own copy, that parent named outside a quotation beside
  "you" ("Courtney says ..." under "What you said"), or her views reported of her
  ("Dwayne says he wants ...", reader 32);
- ``own-third``: in anyone's own copy, her own first name in any other sentence outside
  a quotation ("Liam on bail", "Change 4: Liam completes DAPP ..." in Liam's copy): the
  copy speaks to its reader as "you" (stop 33);
- ``worry``: "We are worried because" with no verb after it, "This can mean that If",
  "This can mean not ..." (no subject), "This can mean that Reece left ..." (what has
  happened told as what could);
- ``softened``: the plan's formal steps said softly: "moved up to child safety", a
  referral to the Children's Reporter, a court or the police as a "request for help";
- ``note``: an order noted with no verb ("Piotr not to go to ...", "will come alone
  and not to ask"), a change about a family member as a note or as done ("Change 4: You
  to reduce your drinking.", in his own copy "Change 4: You are drug free.");
- ``review-note``: the review's criticism passed to the family ("The plan does not yet
  say how we will know this has happened."): the worker puts the plan right instead;
- ``fragment``: a numbered change of a word or two shown as a sentence ("Change 7:
  Housing.");
- ``frequency``: a frequency turned inside another ("Once, then reviewed 6- once a
  week");
- ``worker``: "your social worker" in a plan whose core group has no social worker
  (an Early Help plan led by a family support worker);
- ``jargon``: a term from :data:`JARGON` (practice words missing from the glossary
  today) left unexplained; ``unused``: a word the "words we use" box explains that the
  rest of the document does not use (outside a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plangen.family.context import is_term_or_kind_of_place
from plangen.family.plain import glossary

# practice words a parent-educator found unexplained in family versions; each must be in
# the "words we use" box wherever the version uses it (matched as written, case and all)
JARGON = (
    "CGL",
    "centile",
    "ASQ-3",
    "trap house",
    "the line",
    "NRM",
    "EDT",
    "Sanctuary scheme",
    "secure welfare",
    "PIP",
    "dosette",
    "PECS",
    "MMR",
    "CAO",
    "DNA'd",
    "DNAs",
    "MHA",
    "ABC chart",
    "PBS",
    "FSW",
)
_JARGON = {
    term: re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", 0 if term.isupper() else re.I)
    for term in JARGON
}
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
PAST_ONLY = {"arrested", "charged", "cautioned", "released", "bailed", "convicted", "sentenced"}
# where a referral goes that makes it a formal step, never a "request for help"
FORMAL_PLACES = r"Children['’]s Reporter|[Rr]eporter|court|police|MARAC|MASH"


@cache
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect

    found: dict[str, tuple[str, ...]] = lemminflect.getAllLemmas(word)
    return found


def _noun_only(word: str) -> bool:
    lemmas = _lemmas(word.lower())
    return "NOUN" in lemmas and not ({"VERB", "AUX", "ADJ", "ADV", "ADP"} & set(lemmas))


@cache
def _plains() -> tuple[str, ...]:
    """The plain words of every glossary term that swaps its term for other words, of
    three words or more (a short one fits most places)."""
    return tuple(
        sorted(
            {
                t.plain
                for t in glossary().terms
                if t.plain.casefold() != t.term.casefold() and len(t.plain.split()) >= 3
            },
            key=len,
            reverse=True,
        )
    )


def check_family(
    sentence: str, *, reader: str | None, others: set[str], young: bool = False
) -> Iterator[tuple[str, str]]:
    """(check, detail) of every family-version slip in one sentence; ``reader`` is the
    first name of the person whose own copy this is; ``others``: other names in the plan;
    ``young``: the reader is the child, whose own outcomes say "You are ..." rightly."""
    outside = _QUOTED.sub(" QUOTE ", sentence)
    for bracket in re.finditer(r"(\w+\s+\w+)\s+\(([^()\[]*)\)", outside):
        if bracket.group(2).lower().endswith(bracket.group(1).lower()):
            yield "echo", bracket.group(0)
    for plain in _plains():
        for found in re.finditer(rf"\b{re.escape(plain)}\b\s+([A-Za-z]+)", outside, re.I):
            after = found.group(1)
            # a noun can hang on a noun ("health service assessment"), not on a clause
            clause = _CLAUSE.search(plain) and after not in _JOINING and _noun_only(after)
            if re.fullmatch(DAYS, after) or clause:
                yield "swap-fit", found.group(0)
    if said := re.search(r"\b(?:has|have|had) said (\w+ing)\b", outside):
        yield "swap-fit", said.group(0)
    if re.match(r"[a-z]", sentence) and not re.match(r"(?:e\.g|i\.e|etc)\b", sentence):
        yield "capital", sentence.split()[0]
    found = re.search(r"\byou (?:[A-Z][a-z]+ ){1,3}(?:[A-Z][a-z]+)", outside)
    if found and not any(name in found.group(0) for name in others):
        yield "voice", found.group(0)
    if found := re.search(r"\byour [A-Z][a-z]+['’]s\b", outside):  # "your Kayla's social worker"
        yield "voice", found.group(0)
    if found := re.search(r"\bof your\s*(?:[.,;:)]|$)", outside):
        yield "voice", found.group(0)
    if found := re.search(rf"\byou ({'|'.join(PAST_ONLY)})\b", outside, re.I):
        yield "voice", found.group(0)
    if found := re.match(r"\s*You:\s+[A-Z]\w+ (?:will|to|is|has)\b", outside):
        yield "voice", found.group(0)
    # the reader named beside "you" in one sentence, or her own views told of her
    named = reader and re.search(rf"\b{re.escape(reader)}\b", outside)
    if named and not outside.startswith("This copy is for") and reader:
        # her reported words alone, still of her in her own copy ("Chloe said: “...”");
        # a sentence with a "she" that could be someone else's is left whole on purpose
        told = re.search(rf"(?:^|[.!?]\s){re.escape(reader)} (?:says|said):?\s+QUOTE", outside)
        # her views reported of her: "Dwayne says he wants ..." in Dwayne's own copy
        views = re.search(
            rf"(?:^|[.!?;]\s){re.escape(reader)} (?:says|said (?:s?he|that)|feels|wants|agrees|"
            r"accepts|thinks|is worried)\b",
            outside,
        )
        if told or views:
            yield "own-name", reader
        # any other sentence of hers that names her: "Liam on bail", "Change 4: Liam
        # completes DAPP" in Liam's own copy (reader 33); her name in a row's "Who" or
        # the people table is a label, not a sentence, and is not read here
        elif not told and not views:
            yield "own-third", reader
    yield from _worry(outside)
    if found := re.search(r"\b(?:mov|step)\w* (?:up|down) to (?:\w+ )?safety\b", outside, re.I):
        yield "softened", found.group(0)
    if found := re.search(rf"\brequests? for help\b[^.;]{{0,60}}\b(?:{FORMAL_PLACES})", outside):
        yield "softened", found.group(0)
    if found := re.fullmatch(r"Change \d+: ([\w'’-]+(?: [\w'’-]+)?)\.", sentence.strip()):
        yield "fragment", found.group(0)
    # "Once, then reviewed 6- once a week": a frequency said inside "6-weekly"
    if found := re.search(r"\b\d{1,2}-\s*(?:once|every|twice)\b", outside):
        yield "frequency", found.group(0)
    # "Piotr not to go to ...": an order noted with no verb; "will come alone and not to
    # ask": the second half of a turned note left as it was written
    if found := re.match(r"\s*(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|You) not to \w+", outside):
        yield "note", found.group(0)
    if found := re.search(r"\bwill\b[^.;]*\band not to (?!be\b)\w+", outside):
        yield "note", found.group(0)
    yield from _in_phrase(outside)
    # "Change 4: You to reduce your drinking.", "Change 4: You are drug free." (in his own
    # copy, read as saying he is): a change about a family member as a note or as done
    people = "|".join(re.escape(n) for n in sorted({*others, reader or "You", "You"}))
    if found := re.match(rf"\s*Change \d+: (?:{people}) to [a-z]+\b", outside):
        yield "note", found.group(0)
    if reader and not young and (found := re.match(r"\s*Change \d+: You are\b", outside)):
        yield "note", found.group(0)
    # the review's criticism of the plan passed to the family: the worker's to put right
    if found := re.search(r"\bThe plan does not yet say\b|\bThis is a step on the way\b", outside):
        yield "review-note", found.group(0)
    # "request for help from be considered": a glossary swap before an infinitive
    if found := re.search(r"\b(?:from|of|for|with|about) be\b", outside):
        yield "swap-fit", found.group(0)


def _in_phrase(outside: str) -> Iterator[tuple[str, str]]:
    """Glossary words swapped in for a term inside a phrase, where they change what it
    says: "safety meeting for people at high risk of abuse high risk" (a modifier),
    "understand being tricked ..." (what is learned), "Online being tricked ..." (a
    team's name), "police warning to stay away from a child served on" (a thing done)."""
    for pattern in _in_phrase_patterns():
        for found in pattern.finditer(outside):
            if not re.match(r"(?:[A-Z][a-z]+\s+)?(?:The|A|An|This)\b", found.group(0)):
                yield "swap-fit", found.group(0)


@cache
def _in_phrase_patterns() -> tuple[re.Pattern[str], ...]:
    """The four readings of :func:`_in_phrase`, each over every plain wording at once
    (compiled once: a pattern per wording overflowed re's cache and took minutes)."""
    words = "|".join(re.escape(plain) for plain in sorted(_plains(), key=len, reverse=True))
    return (
        re.compile(rf"\b(?:{words})\s+(?:high|medium|low|standard)[\s-]+risk\b", re.I),
        re.compile(rf"\b(?:{words})\s+(?:served|issued)\b", re.I),
        re.compile(
            rf"\b(?:understand|understands|learn about|aware of|(?:session|sessions|"
            rf"training|course|work|education)(?: for [\w ]{{1,30}}?)? (?:on|about))\s+"
            rf"(?:{words})\b",
            re.I,
        ),
        # a capitalised word before it, not at the start of a sentence, a line or a
        # bullet ("• No times missing from home" is a list item's first word)
        re.compile(rf"(?<![.!?:;•]\s)(?<!^)(?<!\n)\b[A-Z][a-z]+\s+(?:{words})\b"),
    )


_NOT_COMMON = re.compile(
    rf"(?:{DAYS}|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Mum|Dad|Nan|Nana|Nanny|Gran|Granny|Grandma|"
    r"Grandad|Aunt|Auntie|Uncle|Nain|Taid|I)$"
)


def capital_after_semicolon(text: str, *, names: set[str]) -> Iterator[tuple[str, str]]:
    """ "twice a week; Joint visit with ...": two cells joined, the second keeping the
    capital it had at the start of its cell; a name ("; Megan visits") keeps its own.
    Read in every line of the version, the "How often" column's too."""
    outside = _QUOTED.sub(" QUOTE ", text)
    for found in re.finditer(r";\s+([A-Z][a-z]+)\b(?!\s+[A-Z])", outside):
        word = found.group(1)
        if word in names or _NOT_COMMON.match(word):
            continue
        if _lemmas(word.lower()):  # an everyday word (the plan's names are left above)
            yield "capital", found.group(0)


_JOINING = {"or", "and", "but", "nor", "so", "yet", "if", "as"}
_CLAUSE = re.compile(r"\b(?:that|who|which|how|being|used|when|where)\b")
_PAST = re.compile(r"[a-z]{2,}ed|left|went|took|came|told|ran|stopped|got|lost|said|made|did")


def _worry(outside: str) -> Iterator[tuple[str, str]]:
    found = re.search(r"\bWe are worried because ([^.;]*)", outside)
    if found and not _has_verb(_WORD.findall(found.group(1))):
        yield "worry", found.group(0)
    if found := re.search(r"\bThis can mean (?:that )?(?:If|When|Unless)\b", outside):
        yield "worry", found.group(0)
    if found := re.search(r"\bThis can mean (?:not|never)\b", outside):
        yield "worry", found.group(0)
    # "worried about school attendance 81% last year", "about benefits sanctioned": the
    # worker's notes glued after "about" as if they were a thing
    noted = re.search(
        r"\bWe are worried about (?!these things\b)(?:[^.;:]*?\b(?!(?:of|at|to|by|is|was|are|"
        r"were|from|below|above|under|over|about|around|only|just)\b)[a-z]+ \d[\d.,]*%|"
        r"[a-z]{3,}s [a-z]{3,}ed\b)",
        outside,
    )
    if noted and not _has_verb(_WORD.findall(noted.group(0))[4:]):
        yield "worry", noted.group(0)
    found = re.search(r"\bThis can mean that ([A-Z][a-z]+) ([a-z]+)\b", outside)
    if found and _PAST.fullmatch(found.group(2)):
        yield "worry", found.group(0)


def _has_verb(words: list[str]) -> bool:
    """Whether a clause has a verb: one that is only ever a verb ("drank"), or a word
    that can be one right after a subject ("Ioana scored", "he works"); a gerund
    alone ("your drinking") is not one."""
    subject = re.compile(r"[A-Z][a-z'’]+|he|she|it|they|we|you|I|who|that")
    finite = [(n, w) for n, w in enumerate(words) if not w.lower().endswith("ing")]
    return any(
        _verb(word) or (n and subject.fullmatch(words[n - 1]) and "VERB" in _lemmas(word.lower()))
        for n, word in finite
    )


def _verb(word: str) -> bool:
    lower = word.lower()
    if lower.endswith("n't") or lower in {"is", "are", "was", "were", "has", "have", "had"}:
        return True
    lemmas = _lemmas(lower)
    if "AUX" in lemmas:
        return True
    # a verb that is only a verb here: "drinks" is a noun too, "drank" is not
    return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas


def short_forms(term: object, body: str) -> set[str]:
    """The short forms in capitals ("ICPC") of a glossary term as ``body`` writes them,
    in lower case (as the box's words are read)."""
    pattern = term.pattern  # type: ignore[attr-defined]
    full = term.term.casefold()  # type: ignore[attr-defined]
    return {
        m.group(0).lower()
        for m in pattern.finditer(body)
        if re.fullmatch(r"[A-Z][A-Z0-9&/]+s?", m.group(0)) and m.group(0).casefold() != full
    }


def jargon_in(body: str, explained: set[str]) -> Iterator[str]:
    """Every practice word of :data:`JARGON` in ``body`` not explained in the box."""
    for term, pattern in _JARGON.items():
        if pattern.search(body) and term.lower() not in explained:
            yield term


def unused_in(body: str, explained: set[str]) -> Iterator[str]:
    """Every word the box explains that the rest of the document does not use, outside
    a name of three capitalised words or more ("Specialist Safeguarding Midwife")."""
    lowered = without_names(body)
    patterns = {t.term.lower(): t.pattern for t in glossary().terms}
    for term in explained:
        if re.fullmatch(r".+ \(.+\)", term):  # "icpc (child protection conference)":
            continue  # its two words are in ``explained`` and looked at on their own
        pattern = patterns.get(term) or re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.I)
        if not pattern.search(lowered):  # the term or one of its variants ("each core group")
            yield term


# a name: three words or more in Title Case, joined by "and", "of", "for" or "the"
# (on one line: "Martin Clarke" above "Parent and child foster carer" in the table of
# people is no name "Martin Clarke Parent")
_NAMED = re.compile(r"\b[A-Z][a-z'’]+(?:[ \t]+(?:(?:and|of|for|the)[ \t]+)?[A-Z][a-z'’]+){2,}\b")


def without_names(body: str) -> str:
    """``body`` without names ("Assessment and Intervention Team"): a term said only
    inside a name needs no explaining."""

    def masked(match: re.Match[str]) -> str:  # a name that is a term itself stays
        said = match.group(0)
        return said if is_term_or_kind_of_place(said, glossary()) else " "

    return _NAMED.sub(masked, body)
