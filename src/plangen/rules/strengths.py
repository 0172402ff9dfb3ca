"""What a plan does well, in the words of the seed 002 example's own notes.

Shown with ``--explain``, for training: a worker sees what to keep, not only what to
change.  Strengths never change the exit status of ``plangen check``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangen.model import Outcome, Plan, ProgressStatus
from plangen.rules.base import (
    Context,
    achieved,
    actions,
    adult_names,
    as_of,
    called,
    child_names,
    due_date,
    effective_timescale,
    is_unborn,
    means_parents,
    outcomes,
)
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.plan_wide import lead_professionals
from plangen.rules.reading import reader

_LISTENING = re.compile(r"\b(listen\w*|speak\w* (to|with)|observ\w*|monitor\w*)\b", re.IGNORECASE)
_EXTENDED = re.compile(r"\bextend\w*\b", re.IGNORECASE)


# Each strength says what the plan itself shows, as a chair would say it: never a
# suggestion (the seed's "core group may wish to increase this to 100%" is advice on a
# good target, not a strength, and a reviewing officer read it as one), never what
# people think ("parents are clear ..."), which a plan cannot show, and never the same
# words whatever the plan says (issue 14, stop 29: a reviewing officer skipped strengths
# that read like a form letter): each quotes or names what it praises.  The kinds below
# name each strength (its ``evidence``); the words are made from the plan.
MEASURABLE = "measurable"
PARENTS = "parents"
SEEING = "seeing"
TIMESCALE = "timescale"
LEAD = "lead"
_SHORT = 8  # words of an action quoted in a strength


def _strength(place: Place, kind: str, note: str) -> Finding:
    return Finding("STRENGTH", Severity.STRENGTH, place, note, "", kind=kind)


def _short(text: str, most: int = _SHORT) -> str:
    words = text.split()
    return " ".join(words[:most]).rstrip(".,;:") + (" ..." if len(words) > most else "")


# An action done to the parents, whoever else is responsible: a verb, then the parents
# as its object ("Stabilise parents on methadone programme", "Remind parents of ...").
# Their name in the responsible column is no part of their own (R1: a chair would not
# accept it as a strength).
_DONE_TO_PARENTS = re.compile(
    r"^\W*(?!(?:the|both|all|parents?|mum|dad|carers?)\b)[a-z]+\s+(?:the\s+|both\s+)?"
    r"(?:parents?|mum|dad|mother|father|carers?)\b(?!\s+(?:to|will|must|should)\b)",
    re.I,
)
_PARENTS_WORD = re.compile(r"(?:the |both )?parents?(?: and carers?)?|carers?", re.I)
# not the point in "8.45am", nor the colon in "8:50am" (Ruby's "arrives by 8")
_PHRASE_END = re.compile(r"[,;()]|:(?!\d)|\.(?=\s|$)")


def _phrase(text: str, measure: str) -> str:
    """The outcome's own phrase that holds its measure ("attending school 95% time"),
    not the bare words the reader matched ("9")."""
    words = measure.strip('"“”')
    at = text.lower().find(words.lower()) if words else -1
    if at < 0:
        return words
    starts = [m.end() for m in _PHRASE_END.finditer(text, 0, at)]
    end = _PHRASE_END.search(text, at + len(words))
    phrase = text[starts[-1] if starts else 0 : end.start() if end else len(text)].strip()
    return _short(phrase, 2 * _SHORT) if phrase else words


def spent(plan: Plan, outcome: Outcome) -> bool:
    """The outcome's latest review says it is not achieved (or not started, no
    progress), or every date its timescales give had passed by the plan's latest review
    and it was not achieved: nothing in it is praised (issue 14, stop 29: a review copy
    praised a lapsed outcome's "clear timescale").  A milestone passed on the way ("in
    place by 15.03.24; visits until 19.07.24") is no lapse."""
    if achieved(outcome):
        return False
    latest = outcome.reviews[-1] if outcome.reviews else None
    if latest is not None and (
        latest.status in (ProgressStatus.NOT_STARTED, ProgressStatus.NO_PROGRESS)
        or "not achieved" in str(latest.status).lower()  # a status the intake may add
    ):
        return True
    ends = [
        end
        for index in range(len(outcome.actions))
        for part in re.split(r"[;\n]|\buntil\b|\bto\b", effective_timescale(outcome, index))
        if (end := due_date(part, plan.plan_date)) is not None
    ]
    return bool(ends) and max(ends) < as_of(plan)


def strengths(plan: Plan, context: Context) -> list[Finding]:
    """The plan's strengths, each at the first place it is about: a note is said once a
    plan, not beside every action it fits (the reviewing officer found one six times)."""
    said: set[str] = set()
    found = []
    for strength in _strengths(plan, context):
        if strength.kind not in said:
            said.add(strength.kind)
            found.append(strength)
    return found


def _said(quoting: bool, text: str) -> str:
    """`` ("text")`` after what is praised, or nothing in a plan that withholds
    anything: the review copy reaches the whole core group, and a strength quoting a
    timescale gave a withheld due date to the father it was kept from (plan l4)."""
    return f' ("{text}")' if quoting else ""


def _strengths(plan: Plan, context: Context) -> Iterator[Finding]:
    read = reader(context.words, tuple(child_names(plan)), adult_names(plan, context.words))
    names = [re.escape(n) for n in child_names(plan) if len(n) > 1]
    child = re.compile(rf"\b(?:{'|'.join(names)})\b") if names else None
    quoting = not plan.confidential
    # an unborn baby is "the baby", never "Unborn" (reader30 item 160, held-out 143:
    # "The outcome is about Unborn and can be measured")
    first = plan.child.name.split()[0]
    first = called(plan) if is_unborn(plan) and first.lower() in ("unborn", "baby") else first
    called_as = (plan.child.known_as if quoting else "") or first
    done = [place.segments for place, _, outcome in outcomes(plan) if spent(plan, outcome)]
    for place, _, outcome in outcomes(plan):
        text = outcome.text
        if not text or place.segments in done:
            continue
        if (measure := read.measure(text)) and not read.about_adults(text):
            yield _strength(
                place,
                MEASURABLE,
                f"The outcome is about {called_as} and can be measured"
                f"{_said(quoting, _phrase(text, measure))}, so everyone can see when it is "
                "achieved.",
            )
    for place, outcome, index, action in actions(plan):
        if place.segments[:4] in done:
            continue
        parents = [name for name in action.responsible if means_parents(name)]
        if parents and not _DONE_TO_PARENTS.match(action.text):
            named = [n for n in parents if quoting and not _PARENTS_WORD.fullmatch(n.strip())]
            whose = f"{' and '.join(named)}'s" if named else "The parents'"
            yield _strength(
                place / "responsible",
                PARENTS,
                f"{whose} own part is written down{_said(quoting, _short(action.text))}, so "
                "they know what is expected of them.",
            )
        # the child named in the action itself: not a parent's care ("monitoring lithium
        # levels"), and not a baby not yet born
        if (
            _LISTENING.search(action.text)
            and child is not None
            and child.search(action.text)
            and not is_unborn(plan)
        ):
            who = (" and ".join(action.responsible) if quoting else "") or "A named person"
            yield _strength(
                place,
                SEEING,
                f"{who} will see or listen to {called_as} and record it"
                f"{_said(quoting, _short(action.text))}.",
            )
        timescale = effective_timescale(outcome, index)
        extended = _EXTENDED.search(timescale) or any(r.timescale_extended for r in outcome.reviews)
        due = due_date(timescale, plan.plan_date) if index == 0 else None
        # a date already passed at the latest review drives nothing now
        if due is not None and not extended and due >= as_of(plan):
            yield _strength(
                place / "timescale",
                TIMESCALE,
                f"The timescale{_said(quoting, ' '.join(timescale.split()))} is a clear date "
                "or period, so drift can be seen.",
            )
    if len(leads := lead_professionals(plan)) == 1:
        lead = leads[0]
        yield _strength(
            Place(("core_group",)),
            LEAD,
            f"One lead professional is named ({lead.name})."
            if quoting
            else "One lead professional is named.",
        )
