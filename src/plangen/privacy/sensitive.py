"""Sentences a reader kept from someone's whereabouts must not get, marker or none
(held-out plans 143-152, reader 30).

Nothing in them need be a withheld detail: what they say is the danger.  Read from the
sentence's structure, who it is about and what kind of thing it says:

- **sexuality**, anyone's ("Kai is gay; not out to anyone except his best friend"), said
  to a reader who may be the one the child is kept from: always goes, the reader's own
  sentence too;
- **taking the protected person to and from somewhere** ("Ewa will drive Kacper to and
  from school"), where they stay ("Visit Sana at the flat"), and who meets them without
  telling the reader (:mod:`plangen.privacy.sentences`' hiding words): a routine to
  follow;
- about the protected person (named first, or "she"/"he" going on about them):
  **safety planning** ("call 999 if ...", "address flagged for urgent response"),
  **where they stay and who knows it**, **what they said or asked** (a quotation, "says",
  "asked for her new number not to be given to her mum");
- **what a family member said** about another ("Nasreen says Khalid is 'the one who
  decides'"): goes from every copy but that family member's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEXUALITY = re.compile(
    r"\b(?:gay|lesbian|bisexual|transgender|trans (?:boy|girl|man|woman|young person)"
    r"|queer|non-binary|sexuality|sexual orientation|lgbt\w*|about who (?:he|she|they) (?:is|are)"
    r"|(?:not|come|came|coming|comes)"
    r" out(?! of)(?! at)(?! in)(?! on)|out to (?:anyone|anybody|no one|nobody|his|her|their)"
    # a relationship that says it (reader 32, plan 165: "her girlfriend Leah", kept from
    # a stepdad): a girl's girlfriend, a boy's boyfriend, a same-sex partner; "Mum's
    # boyfriend" and "his girlfriend" say nothing of anyone's sexuality and stay
    r"|(?:her|she has an?|she is seeing an?|she's seeing an?) (?:\w+ )?girl-?friends?"
    r"|(?:his|he has an?|he is seeing an?|he's seeing an?) (?:\w+ )?boy-?friends?"
    r"|same[- ]sex|(?:partner|relationship)s? (?:of|with (?:a|an)(?: \w+)?) (?:the )?same sex)\b",
    re.I,
)
# a bracket naming someone's sexuality: the sentence reads on without it
BRACKET_SAYS = re.compile(r"\s*\((?:[^()]*\s)?(?:sexuality|sexual orientation)\b[^()]*\)", re.I)
_SAFETY = re.compile(
    r"\b(?:safety[- ]plan\w*|999 if \w+ (?:is|are) seen|police marker|marker on|flagged|flag on"
    r"|(?:urgent|priority) (?:police )?response|panic (?:alarm|button)|escape plan"
    r"|code word|safe word)\b",
    re.I,
)
_WHEREABOUTS = re.compile(
    r"\bwhere (?:he|she|they|I|we) (?:stays?|lives?|is|are|am|sleeps?|goes|go)\b"
    r"|\bknows? where\b|\bwithout telling\b|\bnot (?:to )?tell\w*\b",
    re.I,
)
# where someone kept from a reader lives when it is not at home: a unit, staffed flats
# ("Keywork sessions at the unit", "no sightings of family near the flats"), said of
# anyone; never the reader's own sentence
_SUPPORTED_HOME = re.compile(
    r"\b(?:at|near|from|leaves?|left|to|in|outside) the (?:flats?|unit|placement|hostel"
    r"|refuge|project|foyer|supported lodgings?|young persons'? (?:unit|flats?|project))\b"
    # who carries word to and from them: "She was told the SW will pass on messages"
    r"|\bpass(?:es|ed|ing)? on messages\b",
    re.I,
)
# the same place as a phrase, cut from the child's version, which is the child's own
# but may reach the reader: "Fiona will visit me at the flat" (reader 30)
SUPPORTED_HOME_PHRASE = re.compile(
    r",?\s+(?:at|near|in|outside) the (?:flats?|unit|placement|hostel|refuge|project|foyer"
    r"|supported lodgings?|young persons'? (?:unit|flats?|project))\b",
    re.I,
)
_SAID = re.compile(
    # "and says he feels safe (8/10 or more) at each visit" is how a change is measured,
    # not what the child said (reader 32, plan 172: the outcome went whole)
    r"\b(?:says?(?!\s+(?:he|she|they)\s+feels?\s+safe\b)|said|saying|told|asked|asks"
    r"|disclosed|disclosure|reported|wants?|wanted"
    # "is not frightened": what a change is to be, not what the child said or feels
    r"|(?<!\bnot )(?<!\bno longer )(?:frightened|scared|afraid))\b"
    # a quotation, never the apostrophes of two possessives ("by Erin's and her mum's
    # account": reader 32, plan 165)
    r"|(?<!\w)['\u2018\u201c\"][^'\u2019\u201d\"]{3,}['\u2019\u201d\"](?!\w)"
    # a speaker ("Finn: I'm not going back"), never a kind of harm written as a label
    # ("Neglect: Lowri was looking after herself ...": reader 32, plan 170's risk)
    r"|^\s*(?!(?:neglect|harm|risks?|needs?|impact|abuse|concerns?|notes?|update|physical"
    r"|emotional|sexual|health|education)\b)[A-Z][\w-]+:\s",
    re.I,
)
_FAMILY_WORD = re.compile(
    r"\b(?:mum|mam|mummy|mother|mama|mom|dad|daddy|father|tata|papa|stepdad|stepfather"
    r"|stepmum|stepmother|parents?|uncle|aunt\w*|brothers?|sisters?|nan\w*|gran\w*|grandad"
    r"|grandma|family|husband|wife|partner|in-laws?|relatives?)\b",
    re.I,
)


def meets(piece: str, protected: Iterable[str]) -> bool:
    """Whether ``piece`` says someone takes a protected person to and from somewhere,
    a routine a reader could follow ("Ewa will drive Kacper to and from school")."""
    names = [form for name in protected for form in {name, *name.split()[:1]} if len(form) > 1]
    if not names:
        return False
    who = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    verb = (
        r"(?:drive|drives|driving|take|takes|taking|walk|walks|bring|brings|escort|escorts"
        r"|collect|collects|accompany|accompanies)"
    )
    return re.search(rf"\b{verb}\s+(?:{who})\s+to and from\b", piece) is not None


def sensitive(
    piece: str,
    *,
    about_protected: bool,
    protected: Iterable[str],
    own: bool = False,
    child: bool = False,
    family_doer: bool = False,
    at_home: bool = False,
) -> str:
    """The kind of sensitive thing ``piece`` says ("" for none): ``about_protected``
    says the sentence is about the protected person (named first, or going on about
    them); ``child``: the child's version, the child's own words, where only their
    sexuality and who meets them go; ``family_doer``: the sentence names first a family
    member or carer who is neither the reader nor protected (a worker's visit is not
    "who meets them"); ``at_home``: the readers live with the protected person, so
    her safety planning and where she is are no secret from them, what she said is
    (:mod:`plangen.privacy.household`)."""
    if _SEXUALITY.search(piece):
        return "sexuality"
    if family_doer and meets(piece, protected):  # a worker's visit is the plan's work
        return "meeting"
    if child:
        return ""
    if not own and _SUPPORTED_HOME.search(piece):
        return "where they stay"
    if not about_protected:
        return ""
    for kind, pattern in (("safety", _SAFETY), ("whereabouts", _WHEREABOUTS), ("said", _SAID)):
        if at_home and kind != "said":
            continue
        if pattern.search(piece):
            return kind
    return ""


def family_said(piece: str, speaker: str) -> bool:
    """Whether ``piece``, about ``speaker`` (a family member named first), reports what
    they said about someone else: another family member, the family, or anyone named."""
    if not speaker or not _SAID.search(piece):
        return False
    rest = re.sub(rf"\b{re.escape(speaker.split()[0])}\b", "", piece, count=1)
    return _FAMILY_WORD.search(rest) is not None or _ANOTHER.search(rest) is not None


# a name in the middle of a sentence ("says Khalid is ...")
_ANOTHER = re.compile(r"(?<=[a-z,'] )[A-Z][a-z]{2,}\b")
