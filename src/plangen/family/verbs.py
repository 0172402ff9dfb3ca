"""Verb forms for the child's voice: "Ruby attends ... and arrives" -> "I attend ...
and arrive".  Spelling rules and the verb list in ``data/family.toml``; no word data
to load, nothing downloaded.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

AUX = (
    r"is|are|was|were|has|have|had|does|do|did|can|cannot|can't|will|won't|would|may|"
    r"might|must|should|could|isn't|wasn't|hasn't|doesn't|didn't|said|says|told|tells|"
    r"needs|wants|feels|knows|goes|gets|likes|loves"
)
ADVERBS = (
    r"(?:(?:also|always|never|still|often|usually|sometimes|now|just|really|only|not|"
    r"already|then|otherwise|no\s+longer)\s+)*"
)
# words that say what kind of parent someone is: "a good dad", "the best mum she can be"
# (a kind of parent, never the parent's name)
KIND = (
    r"(?:good|better|best|great|safe|safer|loving|caring|proper|real|new|own|single|young|"
    r"present|responsible|positive|protective|reliable|consistent|involved|strong|calm|"
    r"kind|patient|happy)"
)
DETERMINERS = (
    r"my|his|her|your|their|our|the|a|an|each|every|any|no|whose|this|that|one|another|other"
)


@cache
def family_data() -> dict[str, object]:
    text = resources.files("plangen.data").joinpath("family.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def verbs() -> frozenset[str]:
    """Plain forms of the verbs that may follow the child as subject (family.toml)."""
    listed = family_data()["verbs"]
    assert isinstance(listed, list)
    return frozenset(str(v) for v in listed)


@cache
def finite() -> str:
    """A regex alternation of the verb forms that show a word before them is the
    subject: "is", "has", "will" ..., and each listed verb with -s ("attends")."""
    forms = {third_person(v) for v in verbs()} | {past(v) for v in verbs()}
    forms |= set(AUX.split("|")) | set(_PAST.split()) | {"will"}
    return "|".join(sorted((re.escape(f) for f in forms), key=lambda w: (-len(w), w)))


# The patterns with the verb list that the child's voice uses (plangen.family.voice).
FINITE_WORD = r"\b(?:{finite})\b"  # a finite verb
BEFORE_VERB = r"\b(?=\s+{adverbs}(?:{finite})\b)"  # "Kacper| attends"
AND_WHO = r" and ((?:the |my )?[A-Za-z]+) (?=(?:{finite})\b)"  # "Connor| and mum can"
ASIDE_THEN_VERB = r"\b(?:\s*\([^)]*\)|,[^,]{1,40},)\s+(?:{finite})\b"  # "Noah|, a baby, is"
SUBJECT_VERB = r"\s+{adverbs}(?:{finite})\b"  # "Dad| shouts"


def warm_verbs() -> None:
    """Compile the verb-list patterns now (a batch's worker processes then start with
    them, instead of each compiling them again)."""
    for pattern in (FINITE_WORD, BEFORE_VERB, AND_WHO, ASIDE_THEN_VERB, SUBJECT_VERB):
        with_verbs(pattern)


@cache
def with_verbs(pattern: str) -> re.Pattern[str]:
    """``pattern`` with ``{finite}`` (:func:`finite`) and ``{adverbs}`` filled in,
    compiled once per run: the verb list makes a compile cost milliseconds, and the
    ``re`` module's own cache may drop it among the patterns made for each plan."""
    return re.compile(pattern.replace("{finite}", finite()).replace("{adverbs}", ADVERBS))


_PAST = (
    "was were had did said saw went came got left took made told fell ran began became "
    "found gave kept lost met slept spent felt heard knew sat stood thought wrote ate drank "
    "brought bought caught hit hurt put read drew chose showed pointed smiled"
)


def past(verb: str) -> str:
    """ "attend" -> "attended", "stop" -> "stopped", "worry" -> "worried"."""
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def third_person(verb: str) -> str:
    """ "attend" -> "attends", "worry" -> "worries", "go" -> "goes"."""
    if verb in ("have", "do", "go"):
        return {"have": "has", "do": "does", "go": "goes"}[verb]
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    if re.search(r"(?:ss|sh|ch|x|z)$", verb):
        return verb + "es"
    return verb + "s"


_IRREGULAR = {
    "is": "am",
    "isn't": "am not",
    "has": "have",
    "hasn't": "haven't",
    "does": "do",
    "doesn't": "don't",
    "were": "was",
    "was": "was",
    "wasn't": "wasn't",
}


def first_person(verb: str) -> str:
    """ "attends" -> "attend", "worries" -> "worry", "is" -> "am"; other words as they are."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if _HYPHENED_S.fullmatch(verb):  # "self-harms" -> "self-harm"
        head, _, last = verb.rpartition("-")
        return f"{head}-{first_person(last)}"
    if not _ENDS_IN_S.fullmatch(verb) or verb.endswith(("ss", "us", "is")) or len(verb) < 3:
        return verb
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if _ES_END.search(verb):
        return verb[:-2]
    return verb[:-1]


_HYPHENED_S = re.compile(r"[a-z]+-[a-z]+s")
_ENDS_IN_S = re.compile(r"[a-z]+s")
_ES_END = re.compile(r"(?:ss|sh|ch|x|z|o)es$")


_ASIDE = re.compile(r"\s[-–]\s[^-–;:.!?]*?\s[-–]\s")
_HELD = "\ue0d0"


def agree(text: str) -> str:
    """Verbs after "I" in the first person, and the verbs joined to them by "and".  An
    aside between dashes ("I live free from abuse - no incidents and no contact - and
    say ...") is set aside while the clause is read."""
    asides: list[str] = []

    def hold(match: re.Match[str]) -> str:
        asides.append(match.group(0))
        return f" {_HELD}{len(asides) - 1}{_HELD} "

    text = _ASIDE.sub(hold, text)
    return _HELD_ASIDE.sub(lambda m: asides[int(m.group(1))], _agree(text))


_HELD_ASIDE = re.compile(f" {_HELD}(\\d+){_HELD} ")
_I_THEN_VERB = re.compile(rf"\bI\s+{ADVERBS}([a-z'](?:[a-z']|-(?=[a-z]))*)")
# a clause ends at a stop, not at the point or colon of a time or number ("by 8.50am")
_CLAUSE_END = re.compile(r"[;!?\n]|(?<!\d)[.:]|[.:](?!\d)")


def _agree(text: str) -> str:
    at = 0
    while match := _I_THEN_VERB.search(text, at):
        said = first_person(match.group(1))
        rest = text[match.end() :]
        clause_end = _CLAUSE_END.search(rest)
        # "I live free from abuse: no incidents and no contact, and say ...": a colon
        # before a list of what does not happen goes on with my clause
        while (
            clause_end
            and rest[clause_end.start()] == ":"
            and _NO_AFTER.match(rest, clause_end.end())
        ):
            clause_end = _CLAUSE_END.search(rest, clause_end.end())
        end = clause_end.start() if clause_end else len(rest)
        clause = _and_verbs(rest[:end])
        text = text[: match.start(1)] + said + clause + rest[end:]
        at = match.start(1) + len(said)
    return text


_NO_AFTER = re.compile(r"\s+no\s+(?!one\b|body\b)")
_COUNTED = r"\b(?:no|any|some|many|more|fewer|few|without)\s+(?:[a-z]+\s+)?[a-z]+s$"


def _and_verbs(clause: str) -> str:
    """In one clause whose subject is "I": "and arrives" -> "and arrive", until another
    subject takes over ("and her worry score falls")."""
    words = verbs()
    # "..., but admits I am tired": "but" joins a verb of mine too
    pieces = re.split(r"(,\s*(?:(?:and|or|but)\s+)?|\s+(?:and|or|but)\s+)", clause)
    out = [pieces[0]]
    mine = True
    for joint, part in zip(pieces[1::2], pieces[2::2], strict=True):
        adverbs = re.match(ADVERBS, part)
        skip = adverbs.end() if adverbs else 0
        first = part[skip:].split(" ", 1)[0]
        said = first_person(first)
        subject = re.fullmatch(rf"(?:{DETERMINERS}|he|she|they|it|we|you|there|I|[A-Z]\w+)", first)
        # a determiner's own word is no verb: "a packed lunch", "the listed dates"
        named = part[skip:].split(" ", 2)[2:] if re.fullmatch(DETERMINERS, first) else [part]
        # "with no visits or calls from Dad": a list of things, not a verb of mine
        listing = re.search(_COUNTED, out[-1]) and joint.strip() == "or"
        # "no incidents and no police calls": a "no ..." is one more item of a list,
        # never a subject ("no one", "nobody" are)
        listing = listing or (first == "no" and not re.match(r"no\s+(?:one|body)\b", part[skip:]))
        if (
            subject
            and not listing
            and (first == "I" or with_verbs(FINITE_WORD).search(" ".join(named)))
        ):
            mine = first == "I"  # another subject with a verb of its own takes over
        elif mine and not listing and said != first and (first in _IRREGULAR or said in words):
            part = part[:skip] + said + part[skip + len(first) :]
        out += [joint, part]
    return "".join(out)


# -- after a text is turned to the reader as "I" (plangen.family.reader) --

_I_LEADS = re.compile(r"(?:^|[.:!?]\s+|\s[-–]\s+)\W*I\b")


def subjectless(text: str) -> str:
    """ "I shout at Freya; controls her phone" -> "...; I control her phone": a clause
    with no subject after one whose subject is "I" is the reader's too."""
    parts = re.split(r"(;\s+)", text)
    for n in range(2, len(parts), 2):
        verb = re.match(r"([a-z]+)\b", parts[n])
        said = first_person(verb.group(1)) if verb else ""
        if verb and said in verbs() and said != verb.group(1) and _I_LEADS.search(parts[n - 2]):
            parts[n] = "I " + said + parts[n][verb.end() :]
    return "".join(parts)


def agreed_with_i(text: str) -> str:
    """Verbs agreeing with "I": every verb of the clause where "I" opens its sentence
    ("I am on tablets, struggle to get up and have talked ..."); elsewhere only the verb
    right after "I" ("Skye knows who to call if I become unwell, and never has to ...":
    the verbs after "and" are Skye's)."""
    parts = _CLAUSE_START.split(text)  # clauses, and the stops between them
    return "".join(
        part
        if n % 2
        else agree(part)
        if re.match(r"\W*(?:(?:[Ii]f|[Ww]hen|[Uu]nless|[Uu]ntil|[Oo]nce|[Ww]hile)\s+)?I\b", part)
        else _after_comma(part)
        for n, part in enumerate(parts)
    )


def _after_comma(part: str) -> str:
    """A clause where "I" is not first: the verb right after "I" agrees; where "I" opens
    a clause of its own after a comma ("Nan brings Ava-Rose, I arrive 15 mins before
    and leave 15 mins after", held-out plan 133), every verb of it, as at a stop."""
    head, comma, tail = _split_comma_i(part)
    head = _RIGHT_AFTER.sub(lambda m: m.group(1) + first_person(m.group(2)), head)
    return head + comma + (agree(tail) if tail else "")


def _split_comma_i(part: str) -> tuple[str, str, str]:
    found = _COMMA_I.search(part)
    if found is None or _SUBORDINATE.search(part, 0, found.start()):
        return part, "", ""
    return part[: found.start()], found.group(0), part[found.end() :]


# ", I arrive": "I" opening a clause after a comma, not after a joining word
_COMMA_I = re.compile(r",\s+(?=I\s)")
# "Kacper misses school when I am unwell, ...": a comma after a clause that hangs on
# the sentence's own is no clause of mine
_SUBORDINATE = re.compile(
    r"\b(?:when|if|while|because|until|unless|once|as|where|that|who)\b", re.I
)


_RIGHT_AFTER = re.compile(rf"(\bI\s+{ADVERBS})([a-z']+)")
# where a clause starts: after a sentence's stop, a semicolon, a colon or a dash
_CLAUSE_START = re.compile(r"((?<=[.;:!?])\s+|\s[-–]\s)")
