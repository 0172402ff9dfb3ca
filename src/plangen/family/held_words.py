"""What a family copy says where something was held back from its reader: what a worker
would write, never a bracketed machine token (reader 29: "[details not shared]",
"[name not shared]", "[your address]" printed in letters to parents).

The privacy stage marks each held-back detail ("[details not shared]", "[phone number
not shared]", "[your phone number]"); the family version is finished with them, then
each is said in words here, without a hint of what was there:

- a reader's own detail reads as hers: "a marker on [your address]" is "a marker on
  your address", "a new mobile ([your phone number])" is "a new mobile"; someone
  else's contact details as what they are: "ring Dean on [phone number not shared]" is
  "ring Dean on the number your social worker has";
- a marker that stands alone at the end of a phrase is left out with the little word
  that led to it: "no incidents since [details not shared]." is "no incidents.",
  "registered with the family doctor [details not shared];" is "registered with the
  family doctor;", "(observed by the [details not shared])" goes with its brackets;
- a sentence or clause the marker still sits inside goes whole ("Kayleigh and
  Ava-Rose will be [details not shared] the same day"), as does one that is only a
  marker;
- what is left of a text that held nothing else reads "Not included in this copy."
  in a table cell, a name "Name not given", a Who cell "A worker"; a worry with
  nothing left of its cause "We have another worry, which your social worker, Olivia
  Grant, will talk to you about.", and a change "Your social worker, Olivia Grant, will
  talk to you about this part of the plan." (the plan's lead worker, by role and name).

Every place is listed (its context path and marker) for the worker's draft, which
comments on each one: what was held back there is the worker's to check.
"""

from __future__ import annotations

import re
from typing import Any

from plangen.family.lead import ANY_LEAD, LeadWorker
from plangen.family.rows import who_from_task
from plangen.privacy.holding import pieces
from plangen.privacy.locating import HELD_BACK

# any marker the privacy stage leaves in a family copy
MARKER = re.compile(r"\[(?:[a-z ]{1,40} not shared|your [a-z ]{1,30})\]")
_YOURS = re.compile(r"\[(your [a-z ]{1,30})\]")
# a reader's own detail where the plan named it: "on the [your address] address" is "on
# your address", "your mobile [your phone number]" is "your mobile" (held-out plan 163)
_YOURS_NAMED = (
    (re.compile(r"\b(?:the|a|an|her|his|their)\s+(?=\[your )", re.I), ""),
    (re.compile(r"(\[your ([a-z]+(?: [a-z]+)*)\])\s+(?:\2|address|number)\b"), r"\1"),
    (
        re.compile(
            r"\b((?:mobile|phone|landline|number)\b[^.;,()\[]{0,4})\s*\[your phone number\]"
        ),
        r"\1",
    ),
)
# a bracket holding a marker: "(observed by the [details not shared])", "([phone ...])"
_BRACKETED = re.compile(r"\s*\([^()]*" + MARKER.pattern + r"[^()]*\)")
# a marker with the little word leading to it, at the end of its phrase
_LEAD = r"(?:\b(?:since|the|a|an|and|or|with|at|to|of|from|by|in|on|for|near|into|about)\s+)?"
_AT_END = re.compile(r"\s*" + _LEAD + MARKER.pattern + r"(?=\s*(?:[.,;:!?)]|-\s|$))", re.I)
# the worker is the plan's lead, by role and name (:mod:`plangen.family.lead`): never
# "your social worker" in a plan no social worker leads (reader 32)
_FRAMES = (
    (
        re.compile(r"^We are worried (?:because|about|that)\s*[.;]\s*", re.I),
        "We have another worry, which {named} will talk to you about. ",
    ),
    (
        re.compile(r"^(Change \d+:)\s*[.;]?\s*$"),
        r"\1 {Named} will talk to you about this part of the plan.",
    ),
    (re.compile(r"^This can mean(?: that)?\s*[.;]?\s*", re.I), ""),
    # a measure held back whole: the line goes, never "For change 3, we will look for."
    (re.compile(r"^(?:For change \d+, we|We) will look for\s*[.:;]?\s*$"), ""),
)
# someone's contact details, never printed in a family copy: said as what they are
# ("ring Dean on the number your social worker has before each visit")
_CONTACTS = {
    "phone number": "the number {role} has",
    "email address": "the e-mail address {role} has",
    "address": "the address {role} has",
}
# a determiner before the marker goes with it: "on the [address not shared]" is "on the
# address the social worker has", never "on the the address ..." (held-out plan 158)
_CONTACT = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its)\s+)?\[(phone number|email address|address) not shared\]",
    re.I,
)
_LEAD_IN_ONLY = re.compile(r"(?:For change \d+, we|We) will look for\s*[.:]?")
CELL = "Not included in this copy."
NAME = "Name not given"
# the cells of a table: a text with nothing left says so
_CELLS = frozenset({"who", "what", "how_often", "by_when", "role", "agency", "contact"})


def in_words(
    context: dict[str, Any], lead: LeadWorker = ANY_LEAD, pronoun: str | None = None
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """``context`` with every marker said in words (module doc), and the (path, marker)
    of each place something was held back; ``lead``: the worker the family asks;
    ``pronoun``: the child's ("he", "she"), for a worry whose cause was held back."""
    held: list[tuple[str, str]] = []

    def walk(value: Any, path: str, key: str) -> Any:
        if isinstance(value, dict):
            return {k: walk(v, f"{path}.{k}" if path else k, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, f"{path}[{i}]", key) for i, v in enumerate(value)]
        if not isinstance(value, str) or not MARKER.search(value):
            return value
        held.extend((path, m.group(0)) for m in MARKER.finditer(value))
        worded = said(value, key, lead)
        if key == "worries":
            return child_named_again(worded, str(context.get("child_name") or ""), pronoun)
        return worded

    worded = {k: walk(v, k, k) for k, v in context.items()}
    return _without_clues(worded, held)


# a worry whose cause was held back whole: what is left is what it can mean for the child
_ANOTHER_WORRY = re.compile(r"^We have another worry, which .*? will talk to you about\. ")
_CHILDS = {"he": ("he", "him", "his"), "she": ("she",)}  # never "her": hers, or her?
# a name, or a capital inside a sentence: whoever is meant may be named there
_NAMED = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]")


def child_named_again(text: str, child: str, pronoun: str | None) -> str:
    """A worry whose cause was held back, with the child named where a pronoun of the
    child's would be left with no one to stand for (reader 33: "This can mean harm to
    feelings and mental health. He may be excluded." once "Since the move Jayden has
    ..." went).  What a worry can mean is what it can mean for the child, so a "he" or
    "she" there, before anyone is named, is the child's; "her" (hers, or her?) and a
    pronoun that is not the child's are left as they are."""
    frame = _ANOTHER_WORRY.match(text)
    if frame is None or not child or pronoun not in _CHILDS:
        return text
    rest = text[frame.end() :]
    named = _NAMED.search(rest)
    forms = "|".join(_CHILDS[pronoun])
    found = re.search(rf"\b(?:{forms})\b", rest, re.I)
    if found is None or (named is not None and named.start() < found.start()):
        return text
    word = found.group(0).lower()
    instead = f"{child}'s" if word == "his" else child
    return text[: frame.end()] + rest[: found.start()] + instead + rest[found.end() :]


# a change said to be the lead worker's to talk about: nothing of it was left to say
_TALK_ABOUT = re.compile(r"^Change \d+: .* will talk to you about this part of the plan\.$")


def _without_clues(
    context: dict[str, Any], held: list[tuple[str, str]]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """``context`` without what would hint at a part held back whole (reader 32, A1 and
    A4-A7): a row of "Who will do what" whose task is "Not included in this copy." goes
    whole, as its who, how often and by when told the reader someone's routine ("A
    worker | Not included in this copy. | every day"); a change held back whole keeps
    no review progress and no measure.  The places of the rows that went are dropped
    from ``held``, and those below them renumbered, so the draft's comments stay on
    their rows."""
    actions = context.get("actions")
    if isinstance(actions, list):
        gone = [i for i, row in enumerate(actions) if row.get("what") == CELL]
        context["actions"] = [row for i, row in enumerate(actions) if i not in gone]
        held = [moved for path, marker in held if (moved := _row_moved(path, gone, marker))]
        for row in context["actions"]:
            who_from_task(row)
    for number, change in enumerate(context.get("changes") or []):
        if isinstance(change, dict) and _TALK_ABOUT.match(change.get("text", "")):
            change["progress"] = ""
            change["how_we_know"] = ""
            emptied = (f"changes[{number}].progress", f"changes[{number}].how_we_know")
            held = [(path, marker) for path, marker in held if path not in emptied]
    return context, held


def _row_moved(path: str, gone: list[int], marker: str) -> tuple[str, str] | None:
    """(path, marker) of a place in "Who will do what" once the rows in ``gone`` are
    taken out: None for a place in one of them."""
    found = re.match(r"actions\[(\d+)\]", path)
    if found is None:
        return path, marker
    row = int(found.group(1))
    if row in gone:
        return None
    row -= sum(1 for i in gone if i < row)
    return f"actions[{row}]{path[found.end() :]}", marker


def _capital_as(written: str, words: str) -> str:
    """``words`` with a capital where ``written`` had one ("The [address ...]")."""
    return words[:1].upper() + words[1:] if written[:1].isupper() else words


def said(text: str, key: str = "", lead: LeadWorker = ANY_LEAD) -> str:
    """``text`` with its markers said in words (module doc); ``key``: its place in the
    context ("name" and the table's cells say that something is not there); ``lead``:
    the worker who holds what was kept back, and will talk about it."""
    text = _BRACKETED.sub(lambda m: "" if not _YOURS.search(m.group(0)) else m.group(0), text)
    text = re.sub(r"\s*\(\[your [a-z ]{1,30}\]\)", "", text)  # "a new mobile ([your phone number])"
    for own, instead in _YOURS_NAMED:
        text = own.sub(instead, text)
    text = _YOURS.sub(r"\1", text)
    text = _CONTACT.sub(
        lambda m: _capital_as(m.group(0), _CONTACTS[m.group(1).lower()].format(role=lead.role)),
        text,
    )
    kept: list[str] = []
    for piece in pieces(text):
        body = _AT_END.sub("", _after_verbs(piece))
        # "her dance class, [held]." is "her dance class.", never "class,." (reader 31)
        body = re.sub(r",\s*(?=[.;:!?])", "", body)
        if MARKER.search(body):  # the marker sits inside a clause of its own, or all
            body = _without_clause(body)
        if kept and re.match(r"\s*[.;]", body):  # "order; [held]. contact goes ahead"
            body = re.sub(r"^\s*[.;]\s*", "", body)
        if not body.strip(" .;:,-"):
            if kept and kept[-1].rstrip().endswith(";") and piece.rstrip().endswith("."):
                kept[-1] = kept[-1].rstrip()[:-1] + ". "
            continue
        kept.append(body)
    out = re.sub(r"\s+([.,;:])", r"\1", "".join(kept)).strip()
    out = re.sub(r"([.;:])(?=[A-Za-z])", r"\1 ", out)
    out = re.sub(r":\s*[.;,]\s*", ": ", out)  # "we will look for: [held]; Kai rates ..."
    named = (lead.named + ("," if lead.name else "")).replace("\\", "\\\\")
    for frame, instead in _FRAMES:
        instead = instead.format(named=named, Named=named[:1].upper() + named[1:])
        out = frame.sub(instead, out, count=1).strip()
    # "... His reading age is about 7. This can mean that." once what it means was held
    # back whole (held-out plan 158): the lead-in goes with it
    out = re.sub(r"(?:^|\s+)This can mean(?: that)?\s*[.;]?\s*$", "", out).strip()
    out = re.sub(r"[;,]\s*$", ".", out)
    # a sign of a list that was all held back goes with its bullet; a list that was all
    # held back goes with its lead-in ("We will look for." said nothing)
    out = re.sub(r"(?m)^\s*•\s*(?:\n|$)|•\s*(?=•)", "", out).rstrip()
    if _LEAD_IN_ONLY.fullmatch(out):
        out = ""
    if out.endswith(":"):
        out = out[:-1].rstrip() + "."
    if out:
        return out[0].upper() + out[1:] if key in _CELLS else out
    if key == "who":
        return "A worker"
    return NAME if key == "name" else CELL if key in _CELLS else ""


# where a clause with its own subject starts inside a sentence: "..., police will be
# called and Kayleigh and Ava-Rose will be [held] the same day; ..."
_CLAUSE_START = re.compile(r"(?:,\s+and|,|\s+and|\s+or)\s+(?=[A-Z])")


# a marker a verb leads to: "comes [held] out of the borough", "will be [held] the same
# day": what is left would say something else ("comes out of the borough")
_VERB = re.compile(
    r"\b(?:comes?|go(?:es)?|went|gone|be|is|are|was|were|taken|takes?|"
    r"brought|brings?|sent|sends?)\s+" + MARKER.pattern
)
# "or come [held]", "and goes [held]": a short verb phrase joined to the one before
_JOINED = re.compile(r"\s+(?:or|and)\s+(?:\w+\s+){0,2}?$")


def _after_verbs(text: str) -> str:
    """``text`` without each clause or joined verb phrase a verb leads to a marker in
    ("police will be called and Kayleigh will be [held] the same day": "police will be
    called"; "if he finds the address or comes [held], police ...": "if he finds the
    address, police ..."); "" when neither can be found: the sentence goes whole."""
    while (found := _VERB.search(text)) is not None:
        marker = MARKER.search(text, found.start())
        assert marker is not None
        span = _clause(text, marker)
        if span is None and (joined := _JOINED.search(text, 0, found.start())) is not None:
            end = re.search(r"[,;.]|\s(?:and|or)\s", text[marker.end() :])
            span = (joined.start(), marker.end() + end.start() if end else len(text))
        if span is None:
            return ""
        text = text[: span[0]] + text[span[1] :]
    return text


def _clause(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """Where the clause with its own subject that ``found`` sits in starts and ends
    (:func:`_without_clause`), or ``None``."""
    starts = [m.start() for m in _CLAUSE_START.finditer(text, 0, found.start())]
    start = next((s for s in starts if "," not in text[s + 1 : found.start()]), None)
    if start is None:
        return None
    end = re.search(r"[,;.]|\s(?:and|or)\s", text[found.end() :])
    return start, found.end() + end.start() if end else len(text)


_LEADING = re.compile(
    r"(?:\s+(?:out|away|back|up|down)?\s*\b(?:of|to|at|in|into|from|with|by|near|on|the|a|an))+$"
)


def _without_clause(text: str) -> str:
    """``text`` without the clause a marker sits inside: from the first "and <Name>"
    or ", <Name>" before it with no comma between, to the next comma, semicolon, full
    stop, "and" or "or"; "" when the marker has no such clause (the sentence goes whole)."""
    while (found := MARKER.search(text)) is not None:
        span = _clause(text, found)
        if span is None:
            if found.group(0) != HELD_BACK:  # a withheld value itself: the sentence goes
                return ""
            # a phrase cut with its own little word ("the move [to ...] is not her
            # fault"): the sentence reads on without it, and without the words that led
            # to it ("they will move out of [held] the same day": "move the same day")
            head = _LEADING.sub("", text[: found.start()].rstrip())
            text = head + " " + text[found.end() :].lstrip()
            continue
        text = text[: span[0]] + text[span[1] :]
    return text
