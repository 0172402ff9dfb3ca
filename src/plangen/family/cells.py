"""The family version's cells and short texts, each from the plan as the formal plan
shows it: who does an action (by name and role, "you" for the reader), by when
(the formal plan's timescale, a blank "not agreed yet", no date made up), a person's
entry (a professional's work contact, never a family member's), when the next meetings
are.  Used by the family version (:mod:`plangen.family.context`) and the child's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from plangen.dates import in_words
from plangen.family.plain import Glossary, dates_in_words, signs_in_words
from plangen.family.quotes import QUOTATION
from plangen.family.reader import parents_said
from plangen.family.voice import Household, is_name, upper_first
from plangen.family.yours import not_with_self, not_yours
from plangen.model import Action, CorePerson, Outcome, Plan
from plangen.privacy import Redacted
from plangen.privacy.names import is_family
from plangen.rules.base import due_date, effective_timescale, means_parents

YOU = "you"
# a blank timescale: still to be decided, not refused and not invented
NOT_AGREED = "Not agreed yet: to be decided at the next meeting"
SAME_AS_ABOVE = "Same as above"  # a timescale the formal plan prints as one merged cell


def free_text(plan: Plan) -> list[str]:
    """Every text of the plan that says something about the child (for the pronoun)."""
    texts = [plan.child_views, plan.family_views, plan.step_down, plan.contingency.plan]
    for risk in plan.risks:
        texts += [risk.risk_factor, risk.risk_to_child, risk.plain or ""]
        for outcome in risk.outcomes:
            texts += [outcome.text, outcome.success_looks_like, outcome.plain or ""]
            texts += [review.note for review in outcome.reviews]
            texts += [action.text for action in outcome.actions]
    return [t for t in texts if t]


def plainly(text: str, words: Glossary) -> str:
    """Plan text in plain words, dates said in words."""
    return dates_in_words(signs_in_words(words.plain(text)))


def as_written_to_parents(action: Action, plan: Plan) -> str:
    """The action's text with the plan writer's "you" and "at yours" said as whom they
    mean (:func:`plangen.family.yours.not_yours`): "Kirsty to tell you" is telling the
    lead worker; "stay at yours" in Nan's action is Nan's home."""
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    writer = lead.name.split()[0] if lead and lead.name and not lead.name.startswith("[") else None
    doer = action.responsible[0].split()[0] if len(action.responsible) == 1 else None
    if doer is None or doer.startswith("[") or means_parents(action.responsible[0]):
        doer = None
    elif lead is not None and doer == writer:
        doer, writer = None, None  # the lead's own "tell you" is said to the parents
    text = not_yours(action.text, doer=doer, writer=writer)
    if len(action.responsible) == 1:  # "Video call with Mum" done by Mum herself
        own = next((p for p in plan.core_group if p.name == action.responsible[0]), None)
        child = plan.child.known_as or plan.child.name.split()[0]
        text = not_with_self(text, own.role, child) if own else text
    return text


def who_does(action: Action, copy: Redacted, words: Glossary, who: Household) -> str:
    """The action's Who cell: family members by name ("you" for the reader, "you and
    Amy" for the parents), professionals by name and role."""
    names = []
    for name in action.responsible:
        if means_parents(name):  # "you", "you and Anna" or "Lewis's parents"
            said = parents_said(who)
            names += said[0].split(" and ") if said else [f"{who.child}'s parents"]
            continue
        reader = who.reader
        if reader is not None and (
            name in (reader.name, reader.first)
            or (reader.called and who.relative_called(name.capitalize()) is reader)
        ):
            names.append(YOU)  # "Dad" in Dad's own copy, or where he is the only parent
            continue
        # a name kept from this reader ("[name not shared]") may be anyone's: never
        # given the role of another member whose name is kept alike
        found = next(
            (
                (p, o)
                for p, o in zip(copy.plan.core_group, copy.originals, strict=True)
                if not name.startswith("[") and (p.name == name or _only_first(name, p, copy.plan))
            ),
            None,
        )
        person = found[0] if found else None
        if found is not None and is_family(found[1]):
            names.append(found[0].name)
        elif person is not None and person.role:
            role = lower_words(words.plain(person.role), keep=lambda word: is_name(word, who))
            role = re.sub(r"\s*\(([^()]*)\)", r", \1", role)  # not "(teacher (Year 2))"
            if reader is not None:  # "(recovery coordinator, for Craig)" in Craig's copy
                role = re.sub(rf"\bfor {re.escape(reader.first)}\b", "for you", role)
            names.append(f"{person.name} ({role})")
        elif name.startswith("the "):  # a member kept from this reader, by role
            names.append(lower_words(words.plain(name), keep=lambda word: is_name(word, who)))
        elif reader is not None and re.match(rf"{re.escape(reader.first)}['’]s\s", name):
            names.append("your" + name[len(reader.first) + 2 :])  # "Daniel's solicitor" (147)
        else:
            names.append(name)
    names = list(dict.fromkeys(names))  # "parents" and the reader's own name: "you" once
    if len(names) > 1:
        return upper_first(", ".join(names[:-1]) + " and " + names[-1])
    return upper_first("".join(names))


def who_agrees(who_cell: str, what: str, who: Household) -> str:
    """The Who cell as its action says it: where the action's words could not be turned
    to the reader and still name her ("Donna will see Steve each week and take her
    Antabuse"), the Who cell names her too, never "You | Donna will ...": one voice in
    one row."""
    reader = who.reader
    if reader is None or not re.search(r"\b[Yy]ou\b", who_cell):
        return who_cell
    unquoted = QUOTATION.sub(" ", what)
    if not re.search(rf"\b{re.escape(reader.first)}\b(?!['’]s\s+(?:and|or)\b)", unquoted):
        return who_cell
    said = re.sub(r"\b[Yy]ou\b", lambda _: reader.name, who_cell)
    return upper_first(said)


def _only_first(name: str, person: CorePerson, plan: Plan) -> bool:
    """Whether ``name`` ("Nadia", "Mrs Ellison") is ``person``'s first name (or title
    and surname: "Mrs J Ellison"), and no one else's."""
    parts = person.name.split()
    if len(parts) > 2 and name == f"{parts[0]} {parts[-1]}":
        return True
    firsts = [p.name.split()[0] for p in plan.core_group]
    return parts[0] == name and firsts.count(name) == 1


def by_when(outcome: Outcome, index: int, plan: Plan, words: Glossary, original: str) -> str:
    """The action's timescale exactly as the formal plan shows it: its own; for a blank
    cell that shares the one above (the formal plan's merged cell), "Same as above" with
    what that says ("(by Thursday 1 June 2023)", "(by Friday 14 March 2025)"); "Not
    agreed yet" for a blank the formal plan prints blank, never a date made up or
    borrowed.  ``original``: the timescale the formal plan gives this action, where the
    action above it was taken out of this copy (withheld from its reader): said as this
    action's own, never "same as above" a row the reader does not see."""
    own = outcome.actions[index].timescale
    shared = "" if own else effective_timescale(outcome, index)
    timescale = own or shared or original
    if not timescale:
        return NOT_AGREED
    said = upper_first(plainly(timescale, words))
    # "By 28 weeks" of a pregnancy is a stage, not 28 weeks from the plan's date
    pregnancy = re.search(r"\bweeks?\b", timescale, re.I) and re.match(
        r"unborn\b", plan.child.name, re.I
    )
    due = (
        None if pregnancy or not _A_PERIOD.match(timescale) else due_date(timescale, plan.plan_date)
    )
    if shared:  # one merged cell in the formal plan: the same, and what it says
        return f"{SAME_AS_ABOVE} ({f'by {in_words(due)}' if due else _lower_start(said)})"
    if due and in_words(due) not in said:
        said += f" (by {in_words(due)})"
    return deadline_said(said, plan.plan_date)


_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}"
# "Monday 31 March 2025, extended to Monday 30 June 2025", "By 30 April 2025 - now by
# 31 July 2025": the date it was due, then the one it is due now
_EXTENDED = re.compile(
    rf"^(?P<before>.*?)(?P<old>{_DAY})\s*[,;:–-]?\s*\(?\s*(?:and\s+)?(?:(?:has been|was|now)\s+)?"
    r"(?:extended|moved|changed|revised|put back)\s+(?:to|until|till)\s+(?:by\s+)?"
    rf"(?P<new>{_DAY})\)?\.?$"
    rf"|^(?P<before2>.*?)(?P<old2>{_DAY})\s*[,;:–-]?\s*\(?now\s+(?:by\s+|due\s+(?:by\s+)?)?"
    rf"(?P<new2>{_DAY})\)?\.?$",
    re.I,
)
# a deadline that is one day: "By Tuesday 20 May 2025", "Was Tuesday 20 May 2025",
# "Crisis plan by Tuesday 3 June 2025", "Tuesday 20 May 2025"
_ONE_DAY = re.compile(
    rf"^(?:(?P<what>(?!(?:from|since|until|till|after|starting|on|to|for)\b)[A-Z][\w'’ -]{{0,40}}?)"
    r"\s+(?=(?:to be\s+|done|completed?|finished|held|in place|by|before|due)\b))?"
    r"(?:(?:to be\s+)?(?:done|completed?|finished|held|in place)\s+)?"
    r"(?:by|before|was(?:\s+due)?(?:\s+by)?|due(?:\s+by)?)?\s*"
    rf"(?P<day>{_DAY})\.?$",
    re.I,
)


# a deadline said as done: "Done 10.07.24", "Completed by ...", "Applications made by ..."
_DONE = re.compile(
    r"(?:^|\s)(?:done|completed|complete|finished|achieved|made|held|sent|seen|given|met|"
    r"in place|[a-z]+ed)$|^(?:done|completed|finished|achieved)\b",
    re.I,
)


# what joins the dates of a timescale extended more than once, and nothing else
_CHAIN_WORDS = re.compile(
    r"\b(?:by|before|was|due|now|then|and|extended|moved|changed|revised|put back|to|until)\b"
    r"|[-–,;:()\s.]",
    re.I,
)


def _day(said: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(said, "%A %d %B %Y").date()
    except ValueError:  # no date a calendar has
        return None


def deadline_said(said: str, plan_date: dt.date) -> str:
    """A deadline in the tense it has on the plan's date: an extended one by its new date,
    saying so ("By Monday 30 June 2025 (extended from Monday 31 March 2025)"); one day
    already gone "Was due by Tuesday 20 May 2025" (a plan reviewed after it), never
    "By" a day in the past."""
    days = re.findall(_DAY, said)
    if len(days) > 2 and not _CHAIN_WORDS.sub("", re.sub(_DAY, "", said)).strip():
        # "By 30.09.24 - extended to 08.11.24 - extended to by 14.02.25": the first and last
        return f"By {days[-1]} (extended from {days[0]})"
    extended = _EXTENDED.match(said)
    if extended:
        old, new = extended["old"] or extended["old2"], extended["new"] or extended["new2"]
        before = (extended["before"] or extended["before2"] or "").strip(" ,;:-–")
        before = re.sub(r"\s*\b(?:by|before|was|due)$", "", before, flags=re.I).strip()
        when = f"by {new}" if before else f"By {new}"
        return f"{before} {when} (extended from {old})".strip()
    one = _ONE_DAY.match(said)
    if one is None or (day := _day(one["day"])) is None or day >= plan_date:
        if one is not None and re.match(r"was\b", said, re.I):  # "Was ..." yet to come
            return f"By {one['day']}"
        return said
    what = (one["what"] or "").strip()
    if re.fullmatch(r"(?:by|before|was|due)", what, re.I):
        what = ""
    if _DONE.search(f" {what}") or _DONE.match(said):
        return said  # "Done Wednesday 10 July 2024", "Applications made by ...": as written
    return f"{upper_first(what)} was due by {one['day']}" if what else f"Was due by {one['day']}"


# first words of a timescale that are not names: lower case inside "Same as above (...)"
_TIME_WORDS = re.compile(
    r"(?:by|from|until|till|to|within|before|after|for|over|during|throughout|on|in|at|"
    r"end|each|every|ongoing|immediately|now|as|when|next|start|starting|review|reviewed|"
    r"weekly|fortnightly|monthly|daily|termly)\b"
)


def _lower_start(said: str) -> str:
    return said[:1].lower() + said[1:] if _TIME_WORDS.match(said[:1].lower() + said[1:]) else said


# a timescale that is only a period from the plan's date ("3 months", "Within 6 weeks",
# "3 months - reviewed at every core group"): the one kind whose end the family version
# works out.  "From 10.12.24" is a start; "Until baby is 3 months old", "12 weeks from
# 19.05.25" and "6 week course, ends 19.02.25" are not counted from today.
_A_PERIOD = re.compile(
    r"^\W*(?:within\s+|in\s+)?(?:\d{1,2}|one|two|three|four|six|eight|twelve)\s*"
    r"(?:days?|weeks?|months?)\s*(?:$|[-–;,(]\s*(?![^;]*\b(?:until|from)\b))",
    re.I,
)


def formal_timescales(original: Plan, copy: Plan) -> list[str]:
    """Each action of ``copy``, in order: its timescale as the formal plan of
    ``original`` shows it (its own or the merged cell above it), found again where the
    copy took out the row above it.  A copy takes rows out and words out of rows
    (a place-bound professional named by role), never changes their order: each row is
    found at or after the last, by its outcome, words and who; failing that by its
    words, or by who does it under the same outcome."""
    rows = [
        (outcome.text, action.text, "/".join(action.responsible), outcome.timescale_of(index))
        for outcome in original.outcomes
        for index, action in enumerate(outcome.actions)
    ]
    found: list[str] = []
    at = 0
    for outcome in copy.outcomes:
        for action in outcome.actions:
            wanted = (outcome.text, action.text, "/".join(action.responsible))
            hit = next(
                (
                    i
                    for parts in _ALIKE
                    for i in range(at, len(rows))
                    if all(rows[i][part] == wanted[part] for part in parts)
                ),
                None,
            )
            found.append("" if hit is None else rows[hit][3])
            at = at if hit is None else hit + 1
    return found


# how a copy's row is found in the original, most alike first: (outcome, words, who),
# its words alone, who does it under the same outcome
_ALIKE = ((0, 1, 2), (1,), (0, 2))


def person_entry(person: CorePerson, original: CorePerson, words: Glossary) -> dict[str, str]:
    """Name, role, agency and work contact: nothing more about a professional; a family
    member's own contact details are theirs, not the plan's to print (who is family is
    read from the original, so withholding a mother's role never makes her a
    professional whose contacts are printed)."""
    family = is_family(original)
    return {
        "name": person.name,
        "role": upper_first(words.plain(person.role))
        + (" (your lead worker)" if person.lead_professional else ""),
        "agency": "" if family else person.agency,
        "contact": "" if family else " / ".join(p for p in (person.phone, person.email) if p),
    }


def meetings_in_words(plan: Plan, *, who: str, voice: Callable[[str], str | None]) -> str:
    """When the next core group and the next review are, in one or two sentences; the
    details written after a date ("Review - Ana's home 4pm") in brackets, in ``voice``."""
    said: list[str] = []
    for meeting in (plan.next_core_group, plan.next_review):
        if meeting is None:
            continue
        details = (voice(meeting.details) or "") if meeting.details else ""
        verb = "meet again" if not said else "look at the whole plan again"
        day = f"on {in_words(meeting.date)}" if meeting.date else "on a date not fixed yet"
        when = f"{who} will {verb} {day}"
        if re.match(r"(?:at|in|by|from|on)\b", details, re.I):
            details = details[:1].lower() + details[1:]  # "at 14:00, Seaton Family Centre"
        elif len(details.split()) > 3 and _SENTENCE.search(details):
            # "your social worker will tell you the time and place": a sentence of its own
            # (reader 29: "The details are: your social worker will tell you ...")
            said += [f"{when}.", f"{upper_first(details.rstrip('.'))}."]
            continue
        elif details:
            # a note of where, what or who, in brackets after the day (never "The details
            # are: Review Child Protection Conference.")
            # one bracket, never two inside each other: "on ... 2026: TAF review, 3.45pm,
            # Northcote Academy (Jake to attend the first half)."
            details = f"({details})" if "(" not in details else f": {details.rstrip('.')}"
        gap = "" if details.startswith(":") else " "
        said.append(f"{when}{gap + details if details else ''}.")
    return " ".join(said)


# a note that is a sentence: it has a subject's verb
_SENTENCE = re.compile(r"\b(?:will|would|is|are|can|must|should)\b")


def lower_words(text: str, keep: Callable[[str], bool] = lambda word: False) -> str:
    """ "Social Worker" -> "social worker"; "CPN", "SENCo", "Year 8" words stay, and
    the words ``keep`` says are names ("Social Worker for Stacey")."""
    said, inside = [], False
    for w in text.split():
        inside = inside or w.startswith("(")
        # a bracket is said as written: "(for Riley)" names someone the plan may not list
        lower = not inside and w[1:].islower() and w[:1].isalpha() and not keep(w)
        said.append(w.lower() if lower else w)
        inside = inside and not w.endswith(")")
    return " ".join(said)


def called_by_child(name: str) -> str:
    """How a child names a professional: "Jordan"; "Dr Adeyemi" for "Dr O. Adeyemi"."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".") in _TITLES:
        return f"{words[0]} {words[-1]}"
    return words[0]


_TITLES = {"Dr", "Mr", "Mrs", "Ms", "Miss", "DS", "DC", "PC", "Sgt", "Prof", "Rev", "Cllr"}
