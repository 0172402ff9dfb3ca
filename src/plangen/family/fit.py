"""Whether a glossary term's plain words fit where the term stands: a term used as an
adjective ("domestic abuse *perpetrator*") or carrying one keeps its place; plain words
whose last word the sentence has just said are not said again; a meeting swapped in
before its date takes "on"; a term and its abbreviation in brackets, both made plain,
are said once.  Split from :mod:`plangen.family.plain`."""

from __future__ import annotations

import re

KEPT = "\ue0f0"  # marks a kept term while the others are replaced
KEPT_AT = re.compile(f"{KEPT}(\\d+){KEPT}")

# "pre-proceedings (PLO)" -> "stage before court (formal stage before court)": a term
# and its abbreviation in brackets, both made plain, say the same thing twice
ECHOED = re.compile(r"(\b\w+\s+\w+)\s+\(([^()]*)\)")


def echo_dropped(match: re.Match[str]) -> str:
    """The words before a bracket, without the bracket where it ends with them."""
    said, inside = match.group(1), match.group(2)
    return said if inside.lower().endswith(said.lower()) else match.group(0)


class Restored:
    """A kept-before pattern tried on the text with the kept terms put back."""

    def __init__(self, pattern: re.Pattern[str], kept: list[str]) -> None:
        self.pattern, self.kept = pattern, kept

    def match(self, text: str, at: int) -> re.Match[str] | None:
        rest = KEPT_AT.sub(lambda m: self.kept[int(m.group(1))], text[at:])
        return self.pattern.match(rest)


DAY_AFTER = re.compile(
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"
)


def said_already(replacement: str, original: str, before: str) -> bool:
    """Whether the last word of plain words of more than one word is already said just
    before the term, in its sentence: "a home where there is no domestic abuse" would
    read "a home where there is no abuse at home"."""
    words = replacement.split()
    last = words[-1].lower()
    if len(words) < 2 or len(last) < 4 or last in original.lower():
        return False
    sentence = re.split(r"[.!?;]\s", before)[-1]
    return re.search(rf"\b{re.escape(last)}\b", sentence, re.I) is not None


# a word after a term that makes the term an adjective: "domestic abuse *perpetrator*"
_HEADS = re.compile(
    r"\s+(?:perpetrator|programme|program|worker|workers|service|services|team|plan|"
    r"plans|meeting|meetings|course|courses|support|group|groups|assessment|check|"
    r"referral|officer|nurse|order|episode|interview|policy|training|work|case|"
    r"concerns|risk|risks|screening|review|panel|unit|clinic|session|sessions|planning|reading|"
    r"incident|incidents|funding|payment|payments|grant|duty|report|letter|application|"
    r"feedback|activities|activity|discussion|discussions|update|updates|calls|visits|"
    r"materials|awareness|issues|direct|actions|action|minutes|notice|notices|lead|"
    r"coordinator|co-ordinator|manager|practitioner|advocate|decision|decisions)\b",
    re.I,
)
# a term that shares a job title's or a noun's head with another word after a slash or
# "and"/"or": "CSE / Missing Worker", "CSE/CCE notices" are no "being tricked or forced
# into sexual acts / Missing Worker"
_SHARED_HEAD = re.compile(r"\s*(?:/|&|\band\b|\bor\b)\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+\w)")
# a role written after a name or a relation as a label: "Maternal gran - kinship carer",
# "Becky Shaw - CSE worker": the term is the person's title, kept whole
_LABEL_BEFORE = re.compile(r"\w\s+[-–—]\s+$")
# a word before a term that qualifies it: "*criminal* exploitation", "*reading* assessment"
_QUALIFIER = re.compile(
    r"\b(?!(?:[Aa]nimal|[Ss]ignal|[Dd]uring|[Ii]ncluding)\b)[A-Za-z]+(?:al|ive|ic|ous|ing)\s+$"
)


# a term that shares its noun with a word before it: "physical *and* emotional harm" is
# no "physical and harm to feelings ..." (held-out plans); "sexual or criminal ..."
_COORDINATED = re.compile(r"\b[A-Za-z]+(?:al|ive|ic|ous|ful)\s*,?\s+(?:and|or|&|and/or)\s+$")


# plain words that hold a phrase of their own: no modifier of the noun after them
_PHRASE = re.compile(r"^the\b|\b(?:of|on|for|to|with|about|at|in|by|from|into)\b", re.I)


# a compound before a term is a modifier too: "*pre-birth* parenting assessment",
# "*multi-agency* strategy meeting" (not a number range: "10-12 referrals")
_COMPOUND = re.compile(r"\b[A-Za-z]+-[A-Za-z][\w-]*\s+$")


def modified(text: str, start: int, end: int, plain: str = "") -> bool:
    """Whether a term is used as an adjective, or carries one: a paraphrase of more than
    one word would not fit there ("Complete pre-birth close look at how ...").  Before a
    kept noun ("s17 *assessment*"), plain words that end in a phrase of their own ("the
    law on extra help for children") cannot stand as its modifier."""
    before = text[max(0, start - 30) : start]
    shared = _SHARED_HEAD.match(text, end)
    # a term ending in a joining word ("escalate to") takes a noun as its object
    joined = _ENDS_IN_PREPOSITION.search(text, 0, end) is not None
    return bool(
        (_HEADS.match(text, end) and not joined)
        or (shared is not None and _HEADS.match(text, shared.end()))
        or _LABEL_BEFORE.search(before)
        or (kept_after(text, end) and _PHRASE.search(plain))
        or _QUALIFIER.search(before)
        or _COMPOUND.search(before)
        or _COORDINATED.search(before)
    )


def kept_after(text: str, end: int) -> bool:
    """Whether a kept term follows plain words that end in a clause ("child who needs
    extra help *assessment*"); not after a preposition ("stepped up to ...")."""
    return text.startswith(f" {KEPT}", end) and not _ENDS_IN_PREPOSITION.search(text, 0, end)


# "stepped up to <kept term>": a verb and its object, not a modifier and its noun
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:to|of|for|with|at|in|on|by|from|about|into)$", re.I)


# where an abbreviation stands like a name ("heard at MARAC", "consider PLO"), plain words
# that are a common noun take "the": "heard at the safety meeting ...", never "heard at
# safety meeting ..."; after a preposition, or a verb that takes it as its object
_TAKES_THE = re.compile(
    r"\b(?:at|to|from|for|with|by|about|under|into|through|before|after|during|of|in|until|"
    r"consider|considered|considering|discuss|discussed|start|started|starting|begin|began|"
    r"enter|entered|escalate|escalated|trigger|triggered|initiate|initiated|refer|referred|"
    r"attend|attended|attending|use|used|using|chair|chaired)\s+$",
    re.I,
)
_DETERMINED = re.compile(
    r"(?:the|a|an|any|some|no|this|that|their|your|our|my|his|her|every|each|all|both|next)\b", re.I
)


# plain words for one meeting or group: "until review conference" is said "until the
# formal meeting ...", "at core group" "at the group that checks the plan"
_ONE_MEETING = re.compile(r"(?:[a-z]+\s+){0,2}(?:meeting|conference|group|panel|hearing)\b")


# plain words that are a doing, not a thing: "being tricked ...", "not getting ..."
_DOING = re.compile(
    r"(?:not\s+)?(?:being|getting|having|doing|going|living|looking|taking|making|feeling|"
    r"using|staying|keeping)\b"
)


def needs_the(text: str, start: int, original: str, plain: str) -> bool:
    """Whether plain words put for an abbreviation, or for a meeting written like a name,
    need "the" before them."""
    return (
        (original.split()[0].isupper() or _ONE_MEETING.match(plain) is not None)
        and plain[:1].islower()
        and not _DETERMINED.match(plain)
        # "at risk of being tricked ...", never "of the being tricked ..."
        and not _DOING.match(plain)
        and _TAKES_THE.search(text, 0, start) is not None
    )


# a noun before a term that names a service or a kind of help: "OT *referral*",
# "immigration advice *referral*" are no "OT request for help" (held-out plans 138, 141)
_NOUN_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}s?|\b(?i:advice|health|housing|school|police|hospital|therapy|counselling|"
    r"nursery|college|immigration|benefits?|debt|legal|tenancy|dental|speech|language"
    # "Family Group Conference referral" (integration, stop 32)
    r"|conference|panel|meeting))\s+$"
)
_PREPOSITION = re.compile(r"\s(?:of|on|for|to|with|about|at|in|by|from|into)\s")


def noun_before(text: str, start: int, plain: str) -> bool:
    """Whether plain words that carry a phrase of their own ("request for help") would
    follow a noun that modifies the term: the term is kept whole and explained."""
    return bool(_PREPOSITION.search(f" {plain} ")) and bool(
        _NOUN_BEFORE.search(text[max(0, start - 40) : start])
    )
