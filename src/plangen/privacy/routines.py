"""When someone can be found: a routine's day, a pregnancy's dates, a place it is not.

With a school's or a college's name cut, "Tia to see the drug worker at school on
Wednesday after her Level 1 Hair & Beauty class" still tells a father kept from her
where she will be, and when; "8 sessions by Thursday 13 February" gives away the
Thursday sessions; "visits at Angela's on Wednesdays" the grandmother's day.  A birth
says where a mother will be, so "By 36 weeks (Friday 10 January 2025)" gives away a
withheld due date.  And "booked at [the hospital] (not Northcote)" says the birth is
elsewhere.  So, in a copy that keeps someone's whereabouts from its reader (and the
formal plan and review copy, which that reader receives):

- a **day of the week** ("on Wednesdays", "every other Saturday", "after school on
  Friday", the weekday of a date) is locating, unless the sentence names a reader kept
  from someone's whereabouts: a father's own "Thursday contact" is his, and stays;
- in a plan about a pregnancy, a **date beside a due date or a number of weeks** ("EDD
  10.01.25", "From 28 weeks (8 November 2024)") is locating; the weeks stay;
- a **place it is not** ("(not Northcote)", "not at Northcote") is locating in a sentence
  that holds another locating detail: beside a held-back place it narrows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "Mon", "Weds", "Thurs": only with a capital, and only after "on"/"every" or in a
# bracket of days ("Sat" and "Sun" are words too)
_SHORT_DAY = r"(?-i:Mon|Tues?|Weds?|Thu(?:rs)?|Fri|Sat|Sun)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# a date as workers write one: "10.01.25", "10/1/2025", "Friday 10 January 2025"
_DATE = (
    rf"(?:{_DAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
# "on Wednesdays", "every other Saturday", "after school on Friday", "Wednesday after
# her class": the day and what it is after; never the weekday of a date (below)
_ROUTINE_DAY = re.compile(
    rf"(?:\b(?:after|before)\s+(?:school|college|nursery|work)\s+)?"
    rf"\b(?:(?:on|every|each)\s+(?:other\s+|second\s+)?)?{_DAY}s?"
    r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|teatime)s?)?\b"
    # never the weekday of a date ("Friday 10 January", "Tues 15/4/25"); a time after a
    # routine's days is the routine ("Tuesdays 2-3pm")
    rf"(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d)"
    r"|\s+the\s+\d)(?:\s+(?:after|before|during)\s+[^,;.()]*)?"
    rf"|\b(?:on|every|each)\s+(?:other\s+)?{_SHORT_DAY}s?\b\.?(?!\s*\d)"
    # "Mon, Tue & Wed mornings", "Mon-Fri": a list or run of two or more days needs no
    # "on" (held-out plan 161: the days Nan takes the child to nursery, a frequency cell)
    rf"|\b(?:{_SHORT_DAY}|{_DAY})s?\.?(?:\s*(?:,|&|\+|/|-|\u2013|and|to)\s*"
    rf"(?:{_SHORT_DAY}|{_DAY})s?\b\.?)+"
    r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|teatime)s?\b)?",
    re.I,
)
# "Thursday 13 February": the weekday of a date, cut cleanly (the date stays)
_DATED_DAY = re.compile(rf"\b{_DAY},?\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH})", re.I)
# "w/c 24.03.25": the week a date begins
_WEEK_OF = r"(?:w/?c|week\s+commencing|week\s+of|wk\s+of)\s+"
# "EDD 10.01.25", "due date: 10 January", "36 weeks (Friday 10 January 2025)"
_PREGNANCY_DATE = re.compile(
    rf"\b(?:EDD|due\s+date|due|expected\s+date\s+of\s+delivery)\b\W{{0,3}}(?:is\s+|on\s+|of\s+)?"
    rf"(?P<date>{_DATE})"
    rf"|\b\d{{1,2}}\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)\b(?:\s+(?:pregnant|gestation))?"
    rf"\s*[(,:-]?\s*(?:on\s+|is\s+|{_WEEK_OF})?(?P<after>{_DATE})"
    rf"|(?P<before>{_DATE})\s*\(\s*\d{{1,2}}\s*(?:weeks?|wks?)\b",
    re.I,
)
# "Weekly (Wednesdays)", "(Mon & Thu)": a bracket that holds only days, cut whole
_BRACKETED_DAYS = re.compile(
    rf"\s*\(\s*(?:on\s+|every\s+)?(?:{_DAY}s?|{_SHORT_DAY}\.?)"
    rf"(?:\s*(?:and|&|,|/)\s*(?:{_DAY}s?|{_SHORT_DAY}\.?))*\s*\)",
    re.I,
)
# a bracket that holds only a pregnancy's date: cut whole ("By 36 weeks")
_BRACKETED = re.compile(rf"\s*\(\s*(?:on\s+|{_WEEK_OF})?{_DATE}\s*\)", re.I)
_PREGNANCY = re.compile(
    r"\b(?:EDD|due date|pregnan\w*|antenatal|ante-natal|midwi\w*|unborn|gestation|"
    r"maternity)\b",
    re.I,
)
# "(not Northcote)", "not at Northcote": a capitalised name said not to be the place
_NOT_THERE_BRACKET = r"\(\s*not\s+(?:at\s+|in\s+|to\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*\s*\)"
_NOT_THERE = re.compile(
    _NOT_THERE_BRACKET + r"|\bnot\s+(?:at|in|to|near)\s+[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*"
)

Span = tuple[str, int, int]


def about_a_pregnancy(texts: Iterable[str]) -> bool:
    """Whether a plan's texts speak of a pregnancy (a due date, a midwife, an unborn
    baby)."""
    return any(_PREGNANCY.search(text) for text in texts)


def names_any(text: str, readers: Iterable[str]) -> bool:
    """Whether ``text`` names one of ``readers``, whole or by first name."""
    for name in readers:
        forms = [name, *name.split()[:1]]
        if any(re.search(rf"\b{re.escape(form)}\b", text) for form in forms if len(form) > 1):
            return True
    return False


# "Jade not to collect", "Liam must not attend": a reader named only as barred from
# something does not make the routine theirs (held-out plan 161: Nan's nursery days)
_BARRED = re.compile(
    r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:is\s+|are\s+)?(?:not to|must not|should not"
    r"|will not|cannot|may not|is not allowed to)\b[^;.]*"
)


def theirs(text: str, readers: Iterable[str]) -> bool:
    """Whether ``text`` names a reader other than as barred from something: a day in
    it is then the reader's own routine ("Dean's contact on Thursdays")."""
    return names_any(_BARRED.sub("", text), readers)


DAY = "a day of the week"


def days(text: str) -> Iterator[Span]:
    """Each day of a routine in ``text``, and each weekday of a date."""
    for m in _ROUTINE_DAY.finditer(text):
        yield (DAY, m.start(), m.end())
    for m in _DATED_DAY.finditer(text):
        yield (DAY, m.start(), m.end())
    for m in _BRACKETED_DAYS.finditer(text):  # "(Mon & Thu)"
        yield (DAY, m.start(), m.end())


def pregnancy_dates(text: str) -> Iterator[Span]:
    """Each date in ``text`` that a due date can be read from."""
    for m in _PREGNANCY_DATE.finditer(text):
        group = next(g for g in ("date", "after", "before") if m.group(g))
        yield ("a date in a pregnancy", m.start(group), m.end(group))


def places_not(text: str) -> Iterator[Span]:
    """Each place ``text`` says someone is not at: "(not Northcote)"."""
    for m in _NOT_THERE.finditer(text):
        yield ("a place it is not", m.start(), m.end())


# "Daily (Mon, Tue, Thu)": without its days, "Daily" would say every day, which the
# plan does not (held-out plan 147: the family read "every day")
_EVERY_DAY_BUT = re.compile(rf"\b(?:daily|every day)(?={_BRACKETED_DAYS.pattern})", re.I)


def _some_days(match: re.Match[str]) -> str:
    return "Some days each week" if match.group(0)[0].isupper() else "some days each week"


def cut_cleanly(piece: str, *, pregnancy: bool, people: Iterable[str] = ()) -> str:
    """``piece`` with what can go without a trace gone: a date's weekday ("by 13
    February"), a bracket of days ("Weekly"), a place it is not ("booked at X"; never
    one of ``people``: "(not Kerry)" stays); and in a pregnancy a bracketed date ("By
    36 weeks", "before EDD")."""
    said = _EVERY_DAY_BUT.sub(_some_days, _DATED_DAY.sub("", piece))
    said = _BRACKETED_DAYS.sub("", said)
    # "(not Northcote)", never "(not with Courtney)": who is not there stays
    said = re.sub(
        rf"\s*{_NOT_THERE_BRACKET}",
        lambda m: m.group(0) if names_any(m.group(0), people) else "",
        said,
    )
    return _BRACKETED.sub("", said) if pregnancy else said


_DEADLINE_DAY = re.compile(
    rf"\b((?:from|by|until|till|before|after|starting|ending)\s+){_DATED_DAY.pattern[2:]}",
    re.I,
)


def deadlines_without_weekdays(text: str) -> str:
    """``text`` with the weekday of each date that starts or ends something left out
    ("This goes on from 4 March 2026", "by 13 February"); a meeting's "on Monday 6
    April" stays: a routine's day is in the dates of its work, not of the meetings."""
    return _DEADLINE_DAY.sub(r"\1", text)


def without_weekdays(text: str) -> str:
    """``text`` with the weekday of each date in it left out ("by 13 February 2025"): in a
    copy that held back a routine's day, a date's weekday would say it again."""
    return _DATED_DAY.sub("", text)
