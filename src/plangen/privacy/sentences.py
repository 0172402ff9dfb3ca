"""Whole sentences, not placeholder soup, in the copies of a reader kept from someone's
whereabouts (held-out plans 133, 134, 137 and 141, reader 29).

A marker cut into a sentence about the person the plan protects still tells the reader
what is around it: "She works early [details not shared] [details not shared] so she can
be home after school" says she works early shifts near home; "Rania has a new mobile
([phone number not shared]) - the old number has been cut off" says she changed it.  So,
after every other holding back, in such a reader's copies:

- a sentence holding a marker goes whole when it is not the reader's own (it names no
  reader, and is not a cell of the reader's own action) and it names the protected
  person (or the child whose whereabouts are kept), or it holds a withheld detail's own
  marker ("[phone number not shared]", "[name not shared]"), or it holds two markers;
- a sentence that is the reader's own, or an action's own words (its row must say what
  it is), keeps its cuts, two markers in a row said once;
- a sentence about hiding where someone is from a reader ("does not want his dad to
  know where he is staying") goes whole, whoever it names;
- a sentence, marker or none, about the protected parent (not naming the reader) that
  says how she lives, keeps safe, what she said or who she has (her EPDS score, "seen
  on her own", her new phone, her housing bid: ``protected_adult_topics`` in
  ``data/privacy.toml``), or about the protected child that says where the child now
  lives, goes or belongs (``protected_child_topics``), goes whole; and one with words
  that say how someone is hidden or helped ("moved away from everyone she knows", "a new
  mobile": ``new_life_words``) goes whole whoever it names, the reader's own too.

"Whole" is left out in the family copies and the child's version (the copy says some
details are not in it); in the formal plan and review copy it reads "[details held on
the case record]", once for a run of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from plangen.privacy.held_items import (
    measures_with_outcomes,
    reviews_with_outcomes,
    without_routine_rows,
)
from plangen.privacy.holding import pieces
from plangen.privacy.locating import HELD_BACK, HELD_ON_RECORD
from plangen.privacy.names import words
from plangen.privacy.outcomes import MARKER as _MARKER
from plangen.privacy.outcomes import outcome_core, step_down_core
from plangen.privacy.routines import names_any
from plangen.privacy.sensitive import BRACKET_SAYS, SUPPORTED_HOME_PHRASE, family_said, sensitive
from plangen.privacy.withheld import NOT_SENTENCES, text_slots

# a held-back phrase that was one item of a list ("contact centre records, [held] and
# MAPPA information"): the list reads without it, no gap left to read
_LIST_ITEM = re.compile(
    r",\s*\[details [^\[\]]{0,40}\](?=\s*,|\s+and\b|\s+or\b)"
    r"|(?<=,)\s*\[details [^\[\]]{0,40}\]\s*,"
)
# "does not want his dad to know where he is staying", "not want Dad to find out where
# she lives", "never to be told where": someone hiding where they are from a reader
_HIDING = re.compile(
    r"\b(?:not|n['\u2019]t|never|without)\b[^.;:!?\"\u201c]{0,40}?"
    r"\b(?:know|knows|knowing|find out|finds out|tell|told|telling|see)\b"
    r"[^.;:!?\"\u201c]{0,25}?\bwhere\b",
    re.I,
)


def _topics(key: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words()[key]) + r")\b", re.I)


_ADULT_TOPIC = _topics("protected_adult_topics")
# a child's friend's name needs its capital: compared as written
_CHILD_TOPIC = re.compile(
    r"\b(?:"
    + "|".join(f"(?i:{w})" if "[A-Z]" not in w else w for w in words()["protected_child_topics"])
    + r")\b"
)
_NEW_LIFE = _topics("new_life_words")
_UNNAMED_PARENT = _topics("unnamed_parent_topics")

# the rest of a quotation: it opens the piece, or closes in it
_QUOTE_GOES_ON = re.compile(r"^\s*['\u2018\u201c\"]|[.!?]['\u2019\u201d\"](?:\s|$)")

# what follows a cut inside a clause: a word its sentence runs on with
_RUNS_ON = re.compile(r"\s+(?![-\u2013])[\w(]")

# "Mum knows.", "Donna agreed.": a short sentence that goes on from the one before
_SHORT = re.compile(r"\s*(?:\S+\s+){0,2}\S+[.;]\s*")

# a sentence that goes on about whoever the last one named: "She would like a flat ..."
_PRONOUN = re.compile(r"\s*(?:she|he|they|her|his|their)\b", re.I)


@dataclass(frozen=True)
class Whose:
    """Who a copy is kept from (``readers``: names, and what the child calls them) and
    whose whereabouts it keeps (``protected``: names, known-as names; ``children``:
    those of them who are the plan's child, the rest are adults)."""

    readers: tuple[str, ...]
    protected: tuple[str, ...]
    children: tuple[str, ...] = ()
    # the family members of the plan (their words about each other), and whose copy
    # this is ("": a copy any of them may get)
    family: tuple[str, ...] = ()
    recipient: str = ""
    # the readers live with everyone protected: only a phone or e-mail is kept from
    # them (:mod:`plangen.privacy.household`), so how and where they live is no secret
    at_home: bool = False

    @property
    def adults(self) -> tuple[str, ...]:
        return tuple(p for p in self.protected if p not in self.children)


def whose(
    readers: Iterable[str],
    protected: Iterable[str],
    children: Iterable[str] = (),
    family: Iterable[str] = (),
    recipient: str = "",
    *,
    at_home: bool = False,
) -> Whose:
    return Whose(
        tuple(r for r in readers if r),
        tuple(p for p in protected if p),
        tuple(c for c in children if c),
        tuple(f for f in family if f),
        recipient,
        at_home,
    )


def whole_sentences(data: dict[str, Any], said: Whose, *, whole: str | None) -> list[str]:
    """Every free text of a dumped copy with each sentence that would tell the reader
    about the protected person through its markers taken whole (``whole``: the marker
    that stands for it, ``None``: left out, in the child's version, which is the
    child's own: how the protected parent lives is held back only from the copies the
    reader kept from her gets).  In a family copy, an action that was all about her
    ("Safety planning with Leanne incl. Sanctuary scheme") says "Not included in this
    copy." (its row stays, with who and how often); in the formal plan it reads
    ``whole``.  Returns where each action
    left out was, in the plan's own numbering ("risk 1, outcome 1, action 2"), for the
    worker's draft."""
    topics = whole is not None
    emptied: list[dict[str, Any]] = []
    for place, holder, key in text_slots(data):
        if place[0] in NOT_SENTENCES or "responsible" in place:
            continue
        doers = holder.get("responsible")
        own = names_any(" ".join(map(str, doers or [])), said.readers)
        # an action's own words say what it is: its row stays, a locating phrase cut
        task = isinstance(doers, list) and key in ("text", "plain")
        before = holder[key]
        # the child's views are the child's words, whoever they name
        child = key == "child_views" and bool(said.children)
        if "actions" in holder and key in ("text", "plain"):  # what must change stays
            before = holder[key] = outcome_core(before)
        if key == "step_down":  # and when the plan can end
            before = holder[key] = step_down_core(before)
        holder[key] = tidied(
            before, said, whole=whole, own=own, task=task, topics=topics, child=child
        )
        if task and _only_markers(holder[key]) and not _only_markers(before):
            if own and whole == HELD_BACK:  # the reader's own action: its row stays
                holder[key] = OWN_ROW
                continue
            emptied.append(holder)
    measures_with_outcomes(data, said.readers, whole)
    reviews_with_outcomes(data, whole if whole == HELD_ON_RECORD else None)
    left_out: list[str] = []
    if whole == HELD_ON_RECORD:  # a row that reads, not a bracketed token
        for holder in emptied:  # its plain words too, which a family copy would print
            holder.update(text=ON_RECORD_ROW, plain=None)
    if whole == HELD_BACK and emptied:
        for r, risk in enumerate(data["risks"], 1):
            for o, outcome in enumerate(risk["outcomes"], 1):
                for a, action in enumerate(outcome["actions"], 1):
                    if any(action is e for e in emptied):
                        left_out.append(f"risk {r}, outcome {o}, action {a}")
                        # its row stays: who, how often
                        action.update(text=NOT_INCLUDED, plain=None)
        # but not a row whose "how often" gives another's routine away (held_items.py)
        without_routine_rows(data, emptied)
    return left_out


# an action of the formal plan held whole on the case record (its who, how often and
# by when stay in the row)
ON_RECORD_ROW = (
    "Part of this action is held on the case record; the lead professional will talk "
    "it through with each person it concerns."
)


# the reader's own action whose words all went: they still learn it is theirs
OWN_ROW = "Part of this is not in this copy. Your social worker will talk it through with you."

# what a family copy's row says for an action all about the protected person
NOT_INCLUDED = "Not included in this copy."


def _only_markers(text: str) -> bool:
    return bool(text.strip()) and not _MARKER.sub("", text).strip(" .;,")


def tidied(
    text: str,
    said: Whose,
    *,
    whole: str | None,
    own: bool = False,
    task: bool = False,
    topics: bool = True,
    child: bool = False,
) -> str:
    """``text`` with each sentence that goes whole (module doc) left out or said as
    ``whole`` (``topics=False``: only for its markers and hiding words)."""
    out: list[str] = []
    gone = ""  # how the last sentence that went ended ("": the last one stayed)
    about = ""  # whom the last sentence naming someone named first (_first_named)
    everyone = (*said.readers, *said.protected)
    if not topics:  # the child's version: where the child stays is said nowhere
        text = SUPPORTED_HOME_PHRASE.sub("", text)
    for piece, many in _with_sentences(_lists_without_markers(text), said, own=own or task):
        body = piece.rstrip()
        stop = body[-1:] if body[-1:] in (".", ";", "!", "?") else "."
        # "...; the old number has been cut off": a clause naming no one goes with the
        # clause before it
        if gone == ";" and not names_any(piece, everyone):
            gone = stop
            continue
        if _PRONOUN.match(piece):  # "She wants ... Jordan ...": still about her
            # after a sentence already held back, "She ..." may be anyone kept from him
            if not about and _MARKER.fullmatch(out[-1].strip().rstrip(".;") if out else ""):
                about = "adult" if said.adults else about
        else:  # whom it names first: "Kayleigh wants ... not to see Jordan" is hers
            about = _first_named(piece, said) or ("child" if child else "")
        # "She was told ..." after a sentence that went for what it says: still hers; so
        # is the rest of a quotation ("... I love my mum but she can't protect me.'")
        going_on = _QUOTE_GOES_ON.search(piece) or (
            not names_any(piece, said.readers)
            and (_PRONOUN.match(piece) or _SHORT.fullmatch(piece))
        )
        if topics and gone and going_on:
            gone = stop
            continue
        if not many and not _goes(piece, said, own=own, about=about, task=task, topics=topics):
            mine = own or task or names_any(piece, said.readers)
            out.append(_once(piece) if mine else piece)
            gone = ""
            continue
        if whole is not None and not gone:
            out.append(whole + stop + piece[len(body) :])  # "[held]; contact goes ahead"
        gone = stop
    kept = "".join(out).strip()
    if whole is not None:  # "[held]; Intelligence links ...": a new sentence after it
        kept = re.sub(rf"({re.escape(whole)});(?=\s+[A-Z])", r"\1.", kept)
    if not kept and text.strip():
        return whole or HELD_BACK
    return kept[:-1] + "." if kept.endswith(";") else kept  # "X; [gone]." is "X."


def _with_sentences(text: str, said: Whose, *, own: bool) -> list[tuple[str, bool]]:
    """Each clause of ``text``, and whether its sentence (to a full stop, over its ";")
    holds two markers and is not the reader's own: it then goes whole."""
    out: list[tuple[str, bool]] = []
    run: list[str] = []
    for piece in [*pieces(text), ""]:
        if piece:
            run.append(piece)
        if run and (not piece or not piece.rstrip().endswith(";")):
            sentence = "".join(run)
            mine = own or names_any(sentence, said.readers)
            many = not mine and len(_MARKER.findall(sentence)) > 1
            out += [(clause, many) for clause in run]
            run = []
    return out


def _goes(piece: str, said: Whose, *, own: bool, about: str, task: bool, topics: bool) -> bool:
    if _HIDING.search(piece) or (topics and _NEW_LIFE.search(piece)):
        return True
    if _says_too_much(piece, said, about=about, own=own, child=not topics):
        return True
    if topics and about in ("adult", "child") and not own and not said.at_home:
        topic = _ADULT_TOPIC if about == "adult" else _CHILD_TOPIC
        if topic.search(piece):  # how she lives, what she said: marker or none
            return True
    # the child's version too: "Referral to perinatal mental health team" is the mother's
    # help, never "the perinatal mental health team will help me" (stop 31 merge)
    if not about and not own and said.adults and _UNNAMED_PARENT.search(piece):
        return True
    markers = _MARKER.findall(piece)
    if not markers:
        return False
    # a sentence, an action's too, goes whole once a locating clue was cut from it: what
    # is left around a cut is the clue ("She goes to the gym [held] and Thurs nights",
    # "Ewa will drive Kacper to and [held] rather than him walking"); the reader's own
    # sentence keeps its cuts (what he must do, and where, is his: "Gary to have contact
    # every other Saturday [held], and to arrive on time"); the worker's draft lists
    # what went
    if own or names_any(piece, said.readers):
        # the reader's own sentence keeps a cut at a clause's end ("Gary to have contact
        # [held], and to arrive on time"), never one its words run on from (reader 30:
        # "If Gary breaches bail or turns up [held] emergency accommodation ...")
        return not own and any(_RUNS_ON.match(piece, m.end()) for m in _MARKER.finditer(piece))
    # an action's words too (reader 30: "Observe Noah [held] and share the daily diary",
    # "Go with Kai [held] group"): its row stays, with who, how often and by when
    return True


def _lists_without_markers(text: str) -> str:
    """``text`` without a held-back list item, and without a bracket that says what
    only the bracket says ("emotional harm (shame re his sexuality)")."""
    return BRACKET_SAYS.sub("", _LIST_ITEM.sub("", text))


def _says_too_much(piece: str, said: Whose, *, about: str, own: bool, child: bool) -> bool:
    """Whether ``piece`` says what a reader kept from someone must not get, marker or
    none (:mod:`plangen.privacy.sensitive`): about the protected person when it is not
    the reader's own; what a family member said of someone, in a copy not theirs (in
    the child's version, ``child``, only the child's sexuality and who meets them)."""
    about_them = about in ("adult", "child") and not own
    speaker = _speaker(piece, said)
    doer = bool(speaker) and speaker not in said.protected and speaker not in said.readers
    # a reader's own words are his, unless another reader gets the copy too (the
    # family copy both parents get: "Nasreen says Khalid is 'the one who decides'")
    if speaker in said.readers and sum(r in said.family for r in said.readers) < 2:
        speaker = ""
    kind = sensitive(
        piece,
        about_protected=about_them,
        protected=said.protected,
        own=own,
        child=child,
        family_doer=doer,
        at_home=said.at_home,
    )
    if kind or child:
        return bool(kind)
    return bool(speaker) and family_said(piece, speaker)


def _speaker(piece: str, said: Whose) -> str:
    """The family member ``piece`` names first, unless the copy is theirs."""
    where = [(min(found), name) for name in said.family if (found := _positions(piece, [name]))]
    if not where:
        return ""
    at, first = min(where)
    if len(piece[:at].split()) > 1:  # the sentence's subject, not "... the list to Pat"
        return ""
    return "" if said.recipient and first == said.recipient else first


def _first_named(piece: str, said: Whose) -> str:
    """Whom ``piece`` is about: whom it names first, the reader or a protected person
    ("reader", "adult" or "child"; "Ava-Rose is at risk ... (she was in Kayleigh's
    arms)" is about the child), or "" for no one."""
    where = {
        kind: min(found, default=len(piece) + 1)
        for kind, names in (
            ("reader", said.readers),
            ("adult", said.adults),
            ("child", said.children),
        )
        for found in [_positions(piece, names)]
    }
    first = min(where, key=lambda kind: where[kind])
    return first if where[first] <= len(piece) else ""


def _positions(text: str, names: Iterable[str]) -> list[int]:
    return [
        m.start()
        for name in names
        for form in {name, *name.split()[:1]}
        if len(form) > 1
        for m in re.finditer(rf"\b{re.escape(form)}\b", text)
    ]


def _once(piece: str) -> str:
    """A reader's own sentence with its markers said once: from the first to the last
    (what lies between them is cut too)."""
    found = list(_MARKER.finditer(piece))
    if len(found) < 2:
        return piece
    return piece[: found[0].start()] + found[0].group(0) + piece[found[-1].end() :]
