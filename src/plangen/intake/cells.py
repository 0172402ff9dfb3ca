"""Cell converters: one raw cell (from a workbook, a Word form or JSON) -> a typed
value, or an :class:`~plangen.errors.InputError` saying what was expected.  The plan
reader (:mod:`plangen.intake.assemble`) puts the problem where the cell is."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from plangen.dates import parse_date, split_date
from plangen.errors import InputError, shown
from plangen.intake.noted import note_words, sent_a_report, with_note
from plangen.intake.vocabulary import choose, normalise, quoted, vocabulary
from plangen.model import Action, Meeting, PlanKind, ProgressStatus, Threshold, Wellbeing

_NUMBERED = re.compile(
    r"^\s*(risk|need|outcome|action|priority)\s*(?:no\.?\s*)?(\d+)\s*$", re.IGNORECASE
)

_AGE = re.compile(r"^\s*(?:age[d]?\s*)?(\d{1,2})\s*(?:years?(?:\s+old)?|yrs?|y)?\s*$", re.I)
_RESPONSIBLE_SPLIT = re.compile(r"\s*(?:&|\+|;|,|\band\b)\s*", re.IGNORECASE)
# "Risk factor: ... Risk to child: ..." (seed 002) or "Need: ... Impact on child: ..."
_RISK_LABELS = re.compile(
    r"^\s*(?:risk\s+factor|risk\s+or\s+need|need)\s*:\s*(?P<factor>.*?)\s*"
    r"(?:risk\s+to|impact\s+on)\s+(?:the\s+)?child\s*:\s*(?P<harm>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Wellbeing: Safe, Nurtured" on the last line of a CP Plan's risk cell
_WELLBEING_LINE = re.compile(r"\n\s*wellbeing(?:\s+indicators?)?\s*:\s*(?P<named>[^\n]*)$", re.I)
# "01.02.10 (age 13)": a date of birth and the age the intake also gave
_DOB_AND_AGE = re.compile(r"^(?P<born>.*?\S)\s*\(\s*age[d]?\s+(?P<age>\d{1,2})\s*\)\s*$", re.I)
# "Betty Smith (known as Bet)": the formal CP Plan's name cell
_KNOWN_AS = re.compile(r"^(?P<name>.*?\S)\s*\(\s*known\s+as\s+(?P<known>.+)\)\s*$", re.I | re.S)
# "2", "Outcome 2", "2. Parents meet Betty's basic needs ...": an outcome by its number
_OUTCOME = re.compile(
    r"^\s*(?:outcome\s*(?:no\.?\s*)?)?(?P<number>\d+)\s*(?:[.:)-]\s*(?P<words>.*))?$", re.I | re.S
)
_WELLBEING_SPLIT = re.compile(r"[,;/]+|\s+and\s+", re.IGNORECASE)


def text(value: object) -> str:
    """A cell as text: stripped, line breaks kept (``\\r\\n`` -> ``\\n``), 7.0 -> ``7``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%d.%m.%Y}"
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def split_responsible(value: object) -> list[str]:
    """``"Melanie Andrews & parents"`` -> ``["Melanie Andrews", "parents"]``."""
    raw = text(value)
    if not raw:
        return []
    return [name for name in _RESPONSIBLE_SPLIT.split(raw) if name.strip()]


def split_risk(cell: str) -> tuple[str, str]:
    """A risk cell written as ``Risk factor: ... Risk to child: ...`` split in two."""
    if match := _RISK_LABELS.match(cell):
        return match.group("factor").strip(), match.group("harm").strip()
    return cell, ""


def split_wellbeing(harm: str) -> tuple[str, str]:
    """A risk to the child with a last line "Wellbeing: Safe, Nurtured" (the CP Plan's
    risk cell): the harm, and the indicators as written."""
    if match := _WELLBEING_LINE.search(harm):
        return harm[: match.start()].strip(), match.group("named").strip()
    return harm, ""


def split_known_as(name: str) -> tuple[str, str]:
    """``"Betty Smith (known as Bet)"`` -> ``("Betty Smith", "Bet")``."""
    if match := _KNOWN_AS.match(name):
        return match.group("name"), match.group("known").strip()
    return name, ""


def outcome_number(raw: object) -> tuple[int, str]:
    """A review row's outcome: its number, and the first words printed after it
    (``"2. Parents meet Betty's basic needs ..."`` -> ``(2, "Parents meet ...")``)."""
    value = text(raw)
    match = _OUTCOME.match(value)
    if match is None or int(match.group("number")) < 1:
        raise InputError(f"{shown(value)} is not an outcome number; write a whole number from 1")
    return int(match.group("number")), " ".join((match.group("words") or "").split())


def kind(raw: object) -> PlanKind:
    """The Plan type column: "CP Plan", "Child's Plan" or a wording of either."""
    return PlanKind(choose("kind", raw, what="plan type"))


def threshold(raw: object) -> Threshold:
    """The Threshold column, as one of the threshold levels, with or without a note
    after it ("Child in Need (s17)", "Early Help - Targeted (TAF)")."""
    return _noted_level(raw)[0]


def _level(raw: object) -> Threshold:
    return Threshold(choose("threshold", raw, what="threshold level"))


def _levels_differ(one: Threshold, other: Threshold) -> bool:
    # GIRFEC's words also describe England's levels ("Targeted Early Help"): only two
    # of England's levels, or a GIRFEC level beside Child Protection, say two things
    girfec = {Threshold.UNIVERSAL, Threshold.ADDITIONAL_SUPPORT}
    return one != other and not (
        {one, other} & girfec and Threshold.CHILD_PROTECTION not in {one, other}
    )


def _noted_level(raw: object) -> tuple[Threshold, str, str]:
    """The level, the words it was read from, and any note after them as written."""
    try:
        return _level(raw), text(raw), ""
    except InputError as refused:
        noted = with_note(text(raw), _level, differ=_levels_differ)
        if noted is None:
            raise refused from None
        return noted


GIRFEC = (Threshold.UNIVERSAL, Threshold.ADDITIONAL_SUPPORT)


def threshold_as_written(raw: object, level: Threshold) -> str:
    """The council's own words for a GIRFEC level ("Targeted support"), and any note
    after a level ("Child in Need (s17)", "CP (Neglect)" as "Child Protection
    (Neglect)"), kept to print where the plan shows its level; empty for a level
    written without a note (a "CIN" prints "Child in Need", as before) or in its own
    name."""
    if not text(raw):
        return ""
    _, words, note = _noted_level(raw)
    written = " ".join(words.split())
    if level not in GIRFEC or normalise(written) == normalise(level.value):
        written = "" if not note else level.value
    return written + note if written else ""


def present(raw: object) -> bool | str:
    """The Present column: Yes, No, or ``"part"`` for someone at part of the meeting
    ("Part", "Partly", "Part of the meeting"), never read as Yes or No; a note after
    the answer ("Yes (left early)") is read by :func:`present_note`."""
    return attendance(raw)[0]


def present_note(raw: object) -> str:
    """The note after a Present answer, as written: "left early" of "Yes (left
    early)", "Apologies - report sent" (the answer's own word kept where it says more
    than No); empty for a bare answer."""
    return attendance(raw)[1]


def attendance(raw: object) -> tuple[bool | str, str]:
    """The Present column: the answer, and the note after it.  Someone who only sent a
    report ("Report sent") was not there: No, with the words kept."""
    try:
        return _answer(raw), ""
    except InputError:
        pass
    written = " ".join(text(raw).split())
    if sent_a_report(written):
        return False, written
    noted = with_note(written, _answer)
    if noted is None:
        raise InputError(
            f"{quoted(raw)} is not a Yes or No answer, nor Part; "
            "use one of: Yes, No, Part (at part of the meeting)"
        )
    answer, words, note = noted
    if normalise(words) in ("yes", "no", "part"):
        return answer, note_words(note)
    return answer, words + note


def _answer(raw: object) -> bool | str:
    if normalise(raw) in _part_words():
        return "part"
    return choose("yes_no", raw, what="Yes or No answer") == "yes"


@cache
def _part_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in vocabulary()["values"]["present_part"]["part"])


def status(raw: object) -> ProgressStatus:
    """A review's Status column, as one of the progress statuses."""
    return ProgressStatus(choose("status", raw, what="progress status"))


def meeting(raw: object) -> Meeting:
    """A meeting cell: its date, and any words after it (time, place).  A meeting with
    no date agreed yet ("TBC", "To be arranged", "Review conference - date TBC") is a
    meeting not yet set: no date, its words kept where there is more than the marker.

    Raises :class:`InputError` for anything else that is not a date."""
    try:
        day, details = split_date(raw)
    except InputError:
        unset = not_set(raw)
        if unset is None:
            raise
        return unset
    return Meeting(date=day, details=details)


def not_set(raw: object) -> Meeting | None:
    """A meeting written as not yet set ("TBC", "date to be arranged"): no date, and
    the words kept when they say more than that; ``None`` if ``raw`` does not say so."""
    said = normalise(raw)
    markers = _not_set_words()
    if said in markers:
        return Meeting(date=None, details="")
    if any(re.search(rf"\b{re.escape(m)}\b", said) for m in markers) and not re.search(r"\d", said):
        return Meeting(date=None, details=text(raw))
    return None


@cache
def _not_set_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in vocabulary()["values"]["not_set"]["not_set"])


# "as above" on an outcome's first action: never the timescale of another outcome
FIRST_AS_ABOVE = (
    "says the same as above, but this is the first action of its outcome, so there is no "
    "timescale above it; write its own"
)


def as_above(raw: object) -> bool:
    """Whether a timescale says it is the one above it ("as above", "ditto")."""
    words = vocabulary()["values"]["as_above"]["as_above"]
    return isinstance(raw, str) and normalise(raw) in {normalise(w) for w in words}


# a deadline that is one day ("By 20.11.25", "20/11/2025"), and a one-off action's
# frequency (blank, "Once")
_ONE_DAY = re.compile(r"^(?:by|before|due(?:\s+by)?)?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?$", re.I)
_ONE_OFF = re.compile(r"(?:once|one[- ]off|one time)\.?", re.I)


def own_deadline_above(above: Action, action: Action) -> bool:
    """Whether the one-day deadline of the one-off action ``above`` ("Kayleigh to see
    her GP | By 20.11.25") is that action's own, not shared by the recurring ``action``
    below it with a blank cell ("Monitor | Fortnightly |"): that one has none agreed
    (reader 33, plan 173: "Same as above (by Thursday 20 November 2025)" was made up)."""

    def one_off(frequency: str) -> bool:
        return not frequency.strip() or bool(_ONE_OFF.fullmatch(frequency.strip()))

    return (
        bool(_ONE_DAY.match(above.timescale.strip()))
        and one_off(above.frequency)
        and not one_off(action.frequency)
    )


def age(raw: object) -> int:
    """An age in years: ``7``, ``"Age 7"``, ``"7 years old"``."""
    if isinstance(raw, int | float) and float(raw).is_integer():
        return int(raw)
    if match := _AGE.match(str(raw)):
        return int(match.group(1))
    raise InputError(f"{shown(text(raw))} is not an age; write a number of years, like 7")


# "EDD 02/12/26", "Due 2 December 2026", "Expected date of delivery: 02.12.26": an
# unborn baby's due date written where the date of birth goes
_DUE = re.compile(
    r"^\s*(?:e\.?d\.?d\.?|due(?:\s+date)?|expected\s+(?:date\s+of\s+)?(?:delivery|birth)"
    r"(?:\s+date)?|estimated\s+date\s+of\s+delivery)\s*(?:[:=-]\s*|\s)(?P<date>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def due_in_dob(raw: object) -> dt.date | None:
    """The due date of an unborn baby written in the DOB cell ("EDD 02/12/26"), or
    ``None`` when the cell says no such thing.  Raises :class:`InputError` when it
    says EDD but the date cannot be read."""
    if not isinstance(raw, str) or (match := _DUE.match(raw)) is None:
        return None
    return parse_date(match.group("date").strip())


def born_or_due(raw: object) -> tuple[dt.date | None, int | None, dt.date | None]:
    """The DOB cell: a date of birth, an age, or an unborn baby's due date ("EDD
    02/12/26"), as (date of birth, age, due date)."""
    due = due_in_dob(raw)
    if due is not None:
        return None, None, due
    return (*dob_or_age(raw), None)


def dob_or_age(raw: object) -> tuple[dt.date | None, int | None]:
    """The seed's DOB column may hold a date of birth or an age ("Age 7")."""
    if isinstance(raw, int | float) or _AGE.match(str(raw)):
        return None, age(raw)
    if isinstance(raw, str) and (both := _DOB_AND_AGE.match(raw)):
        return parse_date(both.group("born")), int(both.group("age"))
    return parse_date(raw), None


def detail(kind: str, raw: object) -> str:
    """The Detail column of the Confidential sheet, as a field name or "risk 2"."""
    if kind == "plan" and (match := _NUMBERED.match(text(raw))):
        noun = "risk" if match.group(1).lower() == "need" else match.group(1).lower()
        return f"{noun} {int(match.group(2))}"
    try:
        return choose(f"detail_{kind}", raw, what=f"detail that can be withheld about the {kind}")
    except InputError as error:
        if kind == "person" and _locating(raw):
            raise InputError(_LOCATING_INSTEAD.format(written=shown(text(raw)))) from None
        raise error from None


# A place a person can be found at (their school, workplace, GP, car) is no field of
# the plan: plangen cannot be sure to find every way the plan's free text writes it
# ("Tesco", "the big Tesco in Hythe", "the shop"), so it refuses the withholding rather
# than accept one it may fail to apply, and says what does hold such a detail back.
_LOCATING_INSTEAD = (
    "{written} is not a detail plangen can withhold about a person on its own: it cannot "
    "be sure to find every way the plan writes it. It can withhold their Address, E-mail, "
    "Phone, Role or Agency, or the whole person (leave Detail blank). To keep where they "
    "can be found from someone: withhold from them each risk, outcome or action that "
    'names the place (About "plan", Detail "action 3", "outcome 1" ...; the whole text is '
    "held back), the views or contingency that name it the same way, and the person's "
    "Address; a worker at that place (a teacher, a manager) can be withheld whole. Then "
    "read that person's copy before it is sent"
)


def _locating(raw: object) -> bool:
    said = normalise(raw)
    words = said.split()
    places = {normalise(w) for w in vocabulary()["values"]["locating_detail"]["words"]}
    return said in places or (bool(words) and words[0] in places)


def priority(raw: object) -> int:
    """A whole number from 1 (a priority, or a review's outcome number)."""
    value = text(raw)
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise InputError(f"{shown(value)} is not a number; write a whole number from 1")


def wellbeing(raw: object) -> list[Wellbeing]:
    """Wellbeing indicators, separated by commas, semicolons, slashes or "and"."""
    found: list[Wellbeing] = []
    for word in _WELLBEING_SPLIT.split(text(raw)):
        if not word.strip():
            continue
        match = next((w for w in Wellbeing if normalise(w.value) == normalise(word)), None)
        if match is None:
            names = ", ".join(w.value for w in Wellbeing)
            raise InputError(f"{quoted(word)} is not a wellbeing indicator; use {names}")
        found.append(match)
    return found
