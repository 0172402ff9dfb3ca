"""The sentences of the family and child versions, each built whole from the plan.

Pure functions: plan text (already through the glossary) in, sentences out, given the
:class:`~plangen.family.voice.Household`.  The family version speaks to the parents;
the child's version is the child speaking, pitched to the child's age.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from plangen.family.joints import at_joints, no_list
from plangen.family.reached import time_passed
from plangen.family.said_to_do import named_doer
from plangen.family.split import split_outside, split_sentences
from plangen.family.status import status_for_child as status_for_child
from plangen.family.verbs import ADVERBS, finite, verbs
from plangen.family.voice import (
    Household,
    for_child,
    for_parents,
    lower_first,
    upper_first,
)
from plangen.model import Outcome, ProgressStatus

# words in brackets that are the worker's notes on how the child was seen, not the
# child's words: "(seen on his own on 26.06.24; offered a Polish-speaking worker ...)"
_METHOD = re.compile(
    r"\s*\((?=[^)]*(?:\bseen\b|\boffered\b|\busing\b|\bvia\b|\binterpreter\b|\bvisit|"
    r"\bsession\b|\bobserved\b|\brecorded\b|\bby phone\b|\bdrawings?\b|\bwishes and feelings\b|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}))[^()]*\)"
)


# a list of conditions after "when:" or "if:": splitting it would make each a statement
_CONDITIONS = re.compile(r"\b(?:when|if|once|until|unless|where)\s*:", re.I)


def shorter(text: str, *, orders: bool = False, whole_conditions: bool = False) -> str:
    """Clauses joined by ";" as sentences of their own, where each has its own verb:
    "Mum has MS; Kacper looks after Zofia" -> "Mum has MS. Kacper looks after Zofia".
    Notes without a verb ("no police contact") stay joined; brackets are never split.
    A long sentence of two things that will happen is two sentences (:func:`two_wills`).
    ``orders``: the text is an action, whose clauses may start with their verb: "Refer
    to housing for inspection; support the family with the forms".
    ``whole_conditions``: a sentence that opens with a condition ("If X, A will ... and B
    will ...") is never split, at ";" or between its two "will"s: all it says is under
    the "if" (the family version; the child's version asks "What if X?" and answers).
    """
    if _CONDITIONS.search(text):  # "... can close when: A; B; and C": one list, kept whole
        return text
    parts = split_outside(text, r";\s+")  # never inside brackets or someone's words

    def clause(part: str) -> bool:
        first = part.split(" ", 1)[0].lower()
        return is_clause(part) or (orders and first in verbs())

    out = [parts[0]]
    for part in parts[1:]:
        # "If X, A; B": B is under it, unless B opens a condition of its own
        governed = (
            whole_conditions
            and _GOVERNED.match(out[-1].rsplit(". ", 1)[-1])
            and not _GOVERNED.match(upper_first(part))
        )
        if clause(out[-1]) and clause(part) and not part[:1].isdigit() and not governed:
            out[-1] = out[-1].rstrip(" ,") + "."
            out.append(upper_first(part))
        else:
            out[-1] += "; " + part
    return " ".join(
        at_joints(
            meeting_then_purpose(two_wills(no_list(sentence), whole_conditions=whole_conditions)),
            is_clause,
        )
        for part in out
        for sentence in split_sentences(part)
    )


_MODAL = r"will|would|may|might|can|could|must|should"
# "... and a meeting with the council's lawyers will be held ...": "and", then a new
# subject (a determiner, a pronoun, "police" or a name, then up to seven plain words)
# and its own modal verb
_AND_CLAUSE = re.compile(
    r",? and (?P<subject>(?:the|a|an|any|another|police|he|she|they|we|you|I|[A-Z][\w'’-]*)"
    r"(?: (?!(?:and|or|if|when|whether|which|who|that|to)\b)[\w'’/-]+){0,7}?) "
    rf"(?P<modal>{_MODAL}) (?P<rest>\w)"
)
_CONDITION_START = re.compile(r"(?:If|When|Unless|Until|Once|Where|While)\b")
_CONDITION = re.compile(rf"^{_CONDITION_START.pattern}[^,]*,")
LONG_SENTENCE = 15  # words: a shorter sentence reads well as it is


# "a safety meeting will be held within 24 hours to consider ...", "the social worker
# will hold a meeting within 24 hours to update ...": the meeting, then what it is for
_MEETING_FOR = re.compile(
    r"(?P<meeting>\b(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,6}?meeting(?:\s+(?:of|with|about)"
    r"(?:\s+[\w'’-]+){1,4}?)?\s+will\s+(?:be\s+)?(?:held|called|arranged|convened|take place)|"
    r"will\s+(?:also\s+)?(?:hold|call|arrange|convene|request)\s+(?:[Aa]n?|the)\s+(?:[\w'’-]+\s+){0,6}?meeting)"
    # then only when and where ("within 24 hours", "with the council's team"): no
    # "and request Social Work", whose "to consider" is Social Work's, not the meeting's
    r"(?:(?!\b(?:and|or|but|then|who|which|that)\b)[^.;()\"“,])*?)\s+to\s+"
    r"(?P<verb>consider|decide|agree|review|update|discuss|plan)\b"
)


def meeting_then_purpose(sentence: str) -> str:
    """A long sentence about a meeting and what it is for, as two: "... a safety meeting
    will be held within 24 hours. The meeting will consider a protective placement"."""
    if len(sentence.split()) <= LONG_SENTENCE:
        return sentence
    match = _MEETING_FOR.search(sentence)
    if match is None or sentence[: match.start()].count("(") != sentence[: match.start()].count(
        ")"
    ):
        return sentence
    rest = sentence[match.end("verb") :]
    return (
        f"{sentence[: match.end('meeting')].rstrip(' ,')}. The meeting will {match['verb']}{rest}"
    )


# a sentence that opens with a condition: whatever it says after it is under it
_GOVERNED = re.compile(r"\W*(?:If|When|Unless|Until|Once|Where|While|Should|In the event)\b")


def two_wills(sentence: str, *, whole_conditions: bool = False) -> str:
    """A long sentence joining two clauses that each say what will happen, as two
    sentences, the second with "also": "TJ will stay at Nan's and the social worker
    will request a meeting" -> "TJ will stay at Nan's. The social worker will also
    request a meeting".  Only where the first part already says what will happen, never
    under a condition ("If X, TJ will go to Nan's and ...": split, the second would not
    hold whatever X says: with ``whole_conditions``), never inside brackets or a quotation."""
    if len(sentence.split()) <= LONG_SENTENCE or (whole_conditions and _GOVERNED.match(sentence)):
        return sentence  # "If X, A will ... and B will ...": both are under the "if"
    for match in _AND_CLAUSE.finditer(sentence):
        before = sentence[: match.start()]
        consequence = _CONDITION.sub("", before)
        # "... review and Ellie and Jack will stay": names joined by "and" are one subject
        named = not match.group(0).startswith(",") and re.search(
            r"\b[A-Z][\w'’-]*$|\b(?:and|or)\s+[\w'’-]+$", before
        )
        if (
            named
            or _CONDITION_START.match(consequence)  # still inside the condition
            or re.search(r"\b(?:when|whenever|unless|until|once|while)\b", consequence, re.I)
            or (whole_conditions and re.search(r"\bif\b", consequence, re.I))
            or not re.search(rf"\b(?:{_MODAL})\b", consequence)
            or before.count("(") != before.count(")")
            or before.count('"') % 2
            or before.count("“") != before.count("”")
        ):
            continue
        also = "" if re.match(r"(?:also|not|never)\b", sentence[match.start("rest") :]) else "also "
        second = (
            f"{upper_first(match.group('subject'))} {match.group('modal')} {also}"
            + sentence[match.start("rest") :]
        )
        return f"{before.rstrip(' ,')}. {two_wills(second, whole_conditions=whole_conditions)}"
    return sentence


# a word that is a noun after an owner, though it can be a verb ("Jack's emotional
# needs and the long-term home of his placement", held-out plan 119: "We are worried
# because Jack's emotional needs ...")
_DESCRIBING = (
    r"[a-z-]+(?:al|ic|ive|ous|ful|less|ary|ble|-term)|own|basic|health|care|support|"
    r"learning|speech|daily|cannabis|alcohol|drug"
)
_OWNED_NOUN = re.compile(
    rf"(?<=['’]s )(?:(?:{_DESCRIBING}) )?(?:needs|uses|wishes|plans|visits|works|cares|"
    r"concerns|worries|fears|views|feelings|drinks|drugs)\b"
    rf"|(?<=\b(?:his|her) )(?:(?:{_DESCRIBING}) )?(?:needs|wishes|plans|visits|concerns|worries)\b"
)
_BRACKETED = re.compile(r"\([^)]*\)")
# a compound is read by its last word; "mixed messages": a describing word, then a noun
_HYPHENED = re.compile(r"[\w'’]+(?:-[\w'’]+)+")
_DESCRIBED = re.compile(r"^[a-z]+ed [a-z]{3,}s\b")


def is_clause(text: str) -> bool:
    """Whether ``text`` is a whole clause ("Kacper has come home late"), not a noun
    phrase ("Parental substance misuse"): a finite verb in its first six words."""
    head = " ".join(_BRACKETED.sub(" ", text).split()[:6])
    head = _OWNED_NOUN.sub(" ", head)  # "Jack's emotional needs": a noun, not a verb
    head = _HYPHENED.sub(lambda m: m.group(0).rsplit("-", 1)[1], head)  # "fixed-term"
    head = _DESCRIBED.sub(" ", head)  # "mixed messages for Connor": a noun, not a verb
    finite_verb, plural_then_verb = _clause_patterns()
    if finite_verb.search(head):
        return True
    # a plural subject and its verb: "Family of 3 live in ...", "Parents use cannabis"
    return bool(plural_then_verb.search(head))


@cache
def _clause_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a finite verb, a plural subject and its verb): the verb list makes each compile
    cost milliseconds, so both are compiled once for the run."""
    plain = "|".join(sorted(verbs(), key=lambda w: (-len(w), w)))
    return (
        re.compile(rf"\b(?:{finite()})\b"),
        re.compile(rf"\b(?:{_PLURAL})\s+{ADVERBS}(?:{plain})\b", re.I),
    )


# words that may be the plural subject of a verb in its plain form; not a singular in
# -is ("Rhys's cannabis use", "psychosis", "crisis": "We are worried because Rhys's
# cannabis use" read "cannabis use" as a subject and its verb, held-out plan 120)
_PLURAL = (
    r"they|we|you|\d+|family|household|couple|people|children|(?!(?:his|this|its|hers|was|"
    r"has|does|is|as|us|yes|less|plus)\b)[a-z]{2,}[^siu'’\s]s"
)


def progress_for_parents(outcome: Outcome, who: Household, plain: str) -> str:
    """What the last review found for an outcome not yet achieved."""
    if not outcome.reviews:
        return ""
    last = outcome.reviews[-1]
    # said as a person tells it: "At the review on 3 March, this had partly happened: ..."
    # "by the time agreed" only once the dates it was due by have passed (held-out 144:
    # 20 Oct for 31 Oct), and then never "yet" (149: "not changed yet" 7 weeks late)
    late = "by the time agreed" if time_passed(outcome, last.date) else "yet"
    found = {
        ProgressStatus.NOT_STARTED: f"this had not started {late}",
        ProgressStatus.NO_PROGRESS: f"this had not changed {late}",
        ProgressStatus.NOT_ACHIEVED: f"this had not happened {late}",
        ProgressStatus.SOME_PROGRESS: "this had partly happened",
        ProgressStatus.ACHIEVED: "this had happened",
    }[last.status]
    # a review note is written as notes ("Bedwetting now 1-2 nights a week."): joined
    # into what the review saw, after a colon
    note = "; ".join(
        lower_first(sentence.rstrip("."), who) if n else sentence.rstrip(".")
        for n, sentence in enumerate(split_sentences(for_parents(plain, who, joined=True)))
    ).rstrip(". ")
    note = _STATUS_WORD.sub("", note)  # "partly achieved; ...": the status is said above
    seen = f": {lower_first(note, who)}" if note else ""
    day = f"{last.date.day} {last.date:%B %Y}"  # "3 March 2025": the date, said short
    # what the review saw, after the colon; a part of it with a verb of its own is a
    # sentence of its own ("...: no times missing. Abdi has met Ryan 5 times.")
    said = [f"At the review on {day}, {found}"]
    if len(seen.split()) > 6:  # a long note after a short sentence that says how far
        said = [f"At the review on {day}, {found}. This is what we saw"]
    for n, part in enumerate(split_outside(seen, r";\s+")):
        if n and is_clause(part) and part[:1].isupper():
            said[-1] += "."
            said.append(part)
        else:
            said[-1] += ("; " if n else "") + part
    longer = " The time to do it was made longer at this review." if last.timescale_extended else ""
    return " ".join(said) + "." + longer


_STATUS_WORD = re.compile(
    r"^(?:partly|partially|fully|not yet|not)?\s*(?:achieved|met|started|in progress|"
    r"some progress|no progress|on track|ongoing)\s*[;:,.–-]\s*",
    re.I,
)


def achieved(outcome: Outcome) -> bool:
    return bool(outcome.reviews) and outcome.reviews[-1].status is ProgressStatus.ACHIEVED


def clean_views(text: str, who: Household) -> str:
    """Views as the worker recorded them, without the worker's notes on how they were
    heard: "Kacper (seen on his own on 26.06.24; ...): "I'm not a baby"" -> "Kacper
    said: "I'm not a baby"".  A role in brackets after a name goes too: "Anna (mum,
    with an interpreter) accepts" -> "Anna accepts"."""
    names = {*who.child_names, *(r.first for r in who.relatives), *(r.name for r in who.relatives)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda w: (-len(w), w)))
    if "(" in text:
        text = re.sub(rf"\b({alternatives})\s*\([^()]*\)", r"\1", text)
    text = _METHOD.sub("", text)
    # "Observed at Grandad's 17.12.24: Noah was alert" -> "Noah was alert"
    text = re.sub(
        r"(^|(?<=[.!?]\s))(?:Observed|Seen|Spoken to|Visited|Met)\b[^:.\"“]{0,80}:\s*", r"\1", text
    )
    if ":" in text:
        text = re.sub(rf"\b({alternatives})\s*:\s*(?=[\"“])", r"\1 said: ", text)
    if who.reader is not None and who.reader.young:  # her own words, in her own copy
        mine = "|".join(re.escape(n) for n in {who.reader.first, who.reader.name} if n)
        text = re.sub(rf"(^|(?<=[.!?]\s))(?:{mine}) (said|says):?\s*(?=[\"“])", r"\1You \2: ", text)
        text = re.sub(r"\bYou says:", "You say:", text)
    # "N/A - unborn.", "Not applicable (pre-verbal)": no views, not words to print
    text = " ".join(s for s in split_sentences(text) if not _NOT_APPLICABLE.match(s))
    return re.sub(r"\s{2,}", " ", text).strip()


_NOT_APPLICABLE = re.compile(
    r"^(?:[\w ]{0,20}[-–:]\s*)?(?:N/?A|not applicable|nil|none)\b(?:\s*[-–:,(][^.!?]{0,40}|"
    r"\s+(?:recorded|given|known|expressed|available|yet)\b[^.!?]{0,30})?\s*[.!?]?$",
    re.I,
)


def action_for_child(
    text: str,
    actors: str,
    who: Household,
    *,
    actor: str | None,
    written: str = "",
    voice: Callable[[str], str | None] | None = None,
) -> str | None:
    """One action as the child hears it: "Jordan will ..."; ``None`` when it cannot be
    turned safely.  ``actors``: who does it, as the child calls them; ``written``: the
    action as the worker wrote it (it starts with a verb, or the plain words may only
    look as if they do: "Transition planning" -> "Move planning")."""
    first, _, rest = text.partition(" ")
    if _is_order(text, written):
        said = f"{actors} will {first.lower()} {rest}"
    elif match := named_doer(text, who):
        said = f"{actors} will {match.group(2)}{text[match.end() :]}"
    else:
        what = text if _SERVICE_NAME.match(text) else lower_first(text, who)
        said = f"{actors} will help with this: {what}"
    said = said.rstrip(". ")
    mine = voice(said) if voice else for_child(said, who, actor=actor)
    return f"{mine}." if mine else None


# "Stay and Play sessions", "Chat & Chill group": the name of a service, not an order
_SERVICE_NAME = re.compile(r"[A-Z][a-z]+\s+(?:and|&|n)\s+[A-Z][a-z]+\b")


def _is_order(text: str, written: str) -> bool:
    """Whether an action starts with what to do ("Visit Leo at home"): its first word is a
    verb, the worker wrote that same verb first (plain words that only look like an
    order stay a thing: "Return home interviews" -> "Talk after ..."), and it does not
    start a service's name."""
    first = text.split(" ", 1)[0]
    said = (written or text).split(" ", 1)[0]
    return (
        first.lower() in verbs() and said.lower() == first.lower() and not _SERVICE_NAME.match(text)
    )
