"""Holding back a locating detail (:mod:`plangen.privacy.locating`) as little as keeps
it from the reader: a school's name said as "school", a member of staff by their role;
else the phrase ("at the Ashby contact centre") or the clause holding the detail, said
as ``[details not shared]``; else the sentence whole.  A parent kept from someone's
whereabouts keeps what they must do and what is said of them ("Gary to have contact
every other Saturday [details not shared], and to arrive on time")."""

from __future__ import annotations

import re
from functools import cache

from plangen.privacy.clue_kinds import service_word
from plangen.privacy.locating import HELD_BACK, People, found_in, locators
from plangen.privacy.names import words
from plangen.privacy.routines import cut_cleanly

# Where a sentence or a clause ends: after . ! ? or ; and a space, not after a title or
# an abbreviation, and not inside brackets.
_STOP = re.compile(r"[.!?;][\"\u201d']?\s+")
_NOT_AN_END = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|St|No|Nos|approx|incl|e\.g|i\.e|etc|vs|wk|wks))\.$", re.I
)


def pieces(text: str) -> list[str]:
    """``text`` cut into sentences and clauses, each with the space after it."""
    pieces, start = [], 0
    for stop in _STOP.finditer(text):
        head = text[start : stop.end()].rstrip()
        after = text[stop.end() : stop.end() + 1]
        quoted = head.count('"') % 2 or head.count("\u201c") != head.count("\u201d")
        if quoted or head.count("(") != head.count(")") or _NOT_AN_END.search(head):
            continue  # never inside brackets or a quotation
        # "the 'Why Is Mummy Sad?' story book": a title's "?" ends no sentence
        if stop.group(0)[0] in ".?!" and after.islower():
            continue
        pieces.append(text[start : stop.end()])
        start = stop.end()
    pieces.append(text[start:])
    return [p for p in pieces if p]


# What can be cut cleanly from a sentence, leaving it true and unlocating: a school's
# own name ("at Oakfield Primary" is "at school": nearly every child goes to one), a
# member of staff's name beside their role ("Mrs Ward (deputy head)" is "the deputy
# head", "her teacher Mr Singh" is "her teacher").
_SCHOOL = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w'&-]*\s+){1,4}(?:Primary|Secondary|Infants|Juniors|Academy"
    r"|High School|Primary School|School|College)\b(?:\s+School)?"
)
_NAME_AND_ROLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'-]+\s+\(([^()]{3,40})\)")
_ROLE_AND_NAME = re.compile(
    r"\b((?:teacher|head|headteacher|tutor|assistant|nurse|senco|mentor|lead|doctor))"
    r",?\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'-]+,?",
    re.I,
)


# "the deputy head and DSL (deputy head)": a staff member's name said by their role
# before the bracket that gave it
_SAID_TWICE = re.compile(r"\b([A-Za-z][\w' ]*?)\s*\(([^()]{2,40})\)")


@cache
def _at_work() -> re.Pattern[str]:
    """A service's word before a worker's role: "the refuge support worker" is "the
    support worker"."""
    roles = "|".join(re.escape(role) for role in words()["professional_roles"])
    return re.compile(rf"(?:{service_word().pattern})\s+(?=(?:\w+\s+)?(?:{roles})\b)", re.I)


def _cut(piece: str, people: People) -> str:
    """``piece`` with what can be cut cleanly cut (above, and
    :func:`~plangen.privacy.routines.cut_cleanly`)."""
    said = _at_work().sub("", piece)
    said = cut_cleanly(said, pregnancy=people.pregnancy, people=people.names)
    # a college is said as one: "at Hartsfield College" was "at school" (held-out plan
    # 121: a 17-year-old's course)
    said = _SCHOOL.sub(
        lambda m: "college" if m.group(0).rstrip().endswith("College") else "school", said
    )
    said = _NAME_AND_ROLE.sub(lambda m: f"the {m.group(1)}", said)
    said = _ROLE_AND_NAME.sub(r"\1", said)
    said = _SAID_TWICE.sub(
        lambda m: m.group(1) if m.group(2).casefold() in m.group(1).casefold() else m.group(0),
        said,
    )
    return said[:1].upper() + said[1:] if piece[:1].isupper() else said


def held_back(
    text: str, people: People, *, drop: bool = False, marker: str = HELD_BACK
) -> tuple[str, list[str]]:
    """``text`` with the locating part of each sentence or clause cut where it can be
    cut cleanly, else that part (the phrase or clause holding the detail) replaced by
    ``[details not shared]`` (said once for a run of them), else the sentence whole;
    with ``drop`` (the child's version) a sentence that cannot be cut cleanly is left
    out.  Returns the text and the kinds of detail found."""
    kinds: list[str] = []
    out: list[str] = []
    whole = False  # the last piece was held back whole: a run of them is said once
    everyone = people
    for piece in pieces(text):
        people = everyone.in_sentence(piece)
        found = locators(piece, people)
        if not found:
            out.append(piece)
            whole = False
            continue
        kinds += [kind for kind in found if kind not in kinds]
        cut = _cut(piece, people)
        if cut != piece and not locators(cut, people):
            out.append(cut)
            whole = False
            continue
        if drop:  # the child's version reads around it
            continue
        in_part = _in_part(cut, people, marker)
        if in_part is not None:
            out.append(in_part)
            whole = False
            continue
        body = piece.rstrip()
        end = body.rstrip("\"\u201d'")[-1:]
        end = end if end in (".", "!", "?", ";") else ""
        if whole:  # "[held]. [held]." is "[held]."
            out[-1] = out[-1][: len(marker)] + end + piece[len(body) :]
        else:
            out.append(marker + end + piece[len(body) :])
        whole = True
    said = "".join(out)
    said = said.replace(f"{marker} ({marker})", marker)  # "[held] ([held])": once
    if drop and said.rstrip().endswith(";"):  # "X; [held back]." is "X."
        said = said.rstrip()[:-1] + "."
    return said.strip() if drop else said, kinds


# Where a clause of a sentence ends: a comma, a bracket, a dash, or a word that joins
# two clauses ("Ellie is happy at Hollybank and has made two friends").
_CLAUSE = re.compile(
    # never between a house number and its street ("at 14, Elm Road")
    r"(?<!\d),\s*|(?<=\d),(?!\s*[A-Z])\s*|\s*[()]\s*|\s+[-\u2013]\s+"
    r"|\s+(?=(?:and|but|or|so|then|while|where|when|if|because|until)\s)"
)
# What a place's phrase begins with, before the place ("at the Ashby contact centre",
# "for pick-up"), and the words it may run on with ("Hollybank Primary School")
_PREPOSITION = frozenset(
    ["at", "in", "into", "to", "near", "from", "outside", "around", "on", "by", "via", "for"]
)
_DETERMINER = frozenset(
    ["the", "a", "an", "her", "his", "their", "my", "our", "your", "its", "another", "new"]
)
_THE_PLACE = frozenset(
    # "the Headingley area": the area goes with its town
    {*words()["place_names"], *words()["address_words"], "hall", "centre", "s", "stop"}
    | {"area", "areas", "district", "neighbourhood", "neighborhood", "estate"}
    - {"of", "and", "&", "c", "e"}
)
_WORD = re.compile(r"\w[\w'&-]*")


def _in_part(piece: str, people: People, marker: str) -> str | None:
    """``piece`` with the phrase or clause holding each locating detail replaced by
    ``marker``, when what is left holds no locating detail and still says something;
    ``None`` otherwise (the piece is then held back whole)."""
    said: list[str] = []
    start = 0
    # a detail that runs over a comma ("Mon, Tue & Wed mornings") is one phrase: no
    # clause ends inside it, or "Mon," would be left standing
    spans = [(f[1], f[2]) for f in found_in(piece, people)]
    stops = [m for m in _CLAUSE.finditer(piece) if not any(a < m.start() < b for a, b in spans)]
    for stop in [*stops, None]:
        end = stop.start() if stop else len(piece)
        clause = piece[start:end]
        found = found_in(clause, people)
        if found:
            first = _phrase_start(clause, min(f[1] for f in found), people.known)
            last = _phrase_end(clause, max(f[2] for f in found))
            clause = clause[:first] + marker + clause[last:]
        said.append(clause + (stop.group(0) if stop else ""))
        start = stop.end() if stop else len(piece)
    text = "".join(said)
    # "[held], [held]" is one; "[held] and [held]" stays two things, joined
    run = re.escape(marker) + r"(?:\s*[,;\-\u2013]?\s*" + re.escape(marker) + ")+"
    text = re.sub(run, marker, text)
    left = text.replace(marker, " ")
    if locators(text, people) or not _WORD.findall(left):
        return None
    return text[:1].upper() + text[1:] if piece[:1].isupper() else text


def _phrase_start(clause: str, at: int, known: frozenset[str]) -> int:
    """Where the phrase of the place found at ``at`` begins: back over its own words
    and a determiner ("the number 14 bus"), to the preposition before it if there is
    one within four words ("at the Ashby contact centre"); a phrase found from its
    preposition begins there."""
    if clause[at:].split(" ", 1)[0].casefold() in _PREPOSITION:
        return at
    start = at
    for word in reversed(list(_WORD.finditer(clause[:at]))[-5:]):
        text = word.group(0).casefold()
        if text in _PREPOSITION:
            return word.start()
        named = word.group(0)[:1].isupper() and text not in known
        if not (text in _DETERMINER or text in _THE_PLACE or named):
            break
        start = word.start()
    return start


def _phrase_end(clause: str, at: int) -> int:
    """Where the phrase of the place found ending at ``at`` ends: on over the words of
    the place's name ("Hollybank Primary School", "St Mark's Church hall") and its
    possessive ("Hollybank's")."""
    end = _possessive(clause, at)
    for word in _WORD.finditer(clause, end):
        if clause[end : word.start()].strip():
            break
        text = word.group(0)
        if not (text[:1].isupper() or text.casefold() in _THE_PLACE):
            break
        end = _possessive(clause, word.end())
    return end


def _possessive(clause: str, at: int) -> int:
    said = re.match(r"['\u2019]s\b|s['\u2019]", clause[at:])
    return at + said.end() if said else at
