"""The ways each kind of withheld detail is written, as forms to find.

- **address**: the whole address; each of its lines (split at commas, semicolons and
  line breaks); each line without its house or flat number ("Harbour Road"), and the
  house number written apart from it ("at number 14", "no. 14"); the
  postcode with or without its space and its outward code alone ("SE4").  A line that
  is only a place name (no number, no street or building word: a town) is withheld
  too, unless the plan already says it where the reader may see it (another member's
  address, an agency, a professional's work contact, the meeting place): then "Seaton"
  tells no one where the refuge is, and "Seaton Family Centre" stays as written.  A
  building's line also gives its own name ("St Anne's" of "St Anne's CE Primary
  School"), unless the plan says that name openly.
- **agency**: the whole agency, each of its lines (a place-name line as for an
  address), and each line's own name, as for a building.
- **phone**: its digits, in the 0 form, the +44 form and the +44 (0) form, in any
  grouping.
- **email**: the whole address, in any case.
- **date**: day, month and year in any order people write them in the UK: 12.05.19,
  12/5/2019, 12 May 2019, 12th May 19, Sunday 12 May 2019, 2019-05-12, May 12 2019.
- **name**: the whole name and each part of it longer than one letter, except a part
  the plan openly gives someone else (a surname the child or another member shares);
  a part that is also an everyday word ("Will", "Grace") is found only when written
  with a capital.
- **details** (a role, an agency, a withheld risk, outcome or action, a view): the whole
  text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from plangen.privacy.match import Form, Secret, squash, tokens
from plangen.privacy.names import words

POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
_HOUSE_NUMBER = re.compile(
    r"^\s*(flat|apartment|apt|unit|room|no\.?)?\s*[0-9]+[a-z]?\b[\s,/-]*", re.I
)
_ADDRESS_WORDS = frozenset(words()["address_words"])
_AGENCY_WORDS = frozenset(words()["agency_words"])
# Everyday words that are also first names: found as a name only when capitalised.
_EVERYDAY = frozenset(words()["everyday_names"])
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def address_forms(address: str, public: str = "") -> tuple[Form, ...]:
    """The forms of ``address``; ``public`` is what the plan says openly (see above)."""
    forms = {squash(address)}
    exact: set[str] = set()  # streets and postcodes: no work address shields them
    for line in re.split(r"[,;\n]+", address):
        words = {token.text for token in tokens(line)}
        if not words:
            continue
        postcode = POSTCODE.search(line)
        if postcode:
            exact |= {squash(postcode.group(0)), postcode.group(1).casefold()}
            line = POSTCODE.sub(" ", line)
            words = {token.text for token in tokens(line)}
            if not words:
                continue
        place_only = not (any(word[:1].isdigit() for word in words) or words & _ADDRESS_WORDS)
        if place_only and _said_in(line, public):
            continue
        (forms if place_only else exact).add(squash(line))
        street = _HOUSE_NUMBER.sub("", line)
        if street != line and {t.text for t in tokens(street)} & _ADDRESS_WORDS:
            exact.add(squash(street))
            # the house number written apart from its street: "Kerry feels safe at
            # number 14", "no. 14"
            number = squash(line[: len(line) - len(street)])
            if number.isdigit() or number[:-1].isdigit():
                exact |= {f"number{number}", f"no{number}", f"house{number}"}
        if place_only:
            forms |= _own_name_forms(line, public)
    return tuple(
        sorted(
            [Form(form) for form in forms - exact if form]
            + [Form(form, exact=True) for form in exact if form],
            key=lambda form: form.squashed,
        )
    )


def agency_forms(agency: str, public: str = "") -> tuple[Form, ...]:
    """The forms of an agency withheld with its member (see above)."""
    forms = {squash(agency)}
    for line in re.split(r"[,;\n]+", agency):
        if not tokens(line) or _said_in(line, public):
            continue
        forms.add(squash(line))
        forms |= _own_name_forms(line, public)
    return tuple(Form(form) for form in sorted(forms) if form)


def _own_name_forms(line: str, public: str) -> set[str]:
    """The forms of a building's or agency's own name: its words before the words that
    say what kind of place it is ("St Anne's CE Primary School" -> "St Anne's", also
    written "Saint Anne's"); none when the line is all kind-words or the plan says the
    name openly."""
    words = line.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    while words and words[-1].casefold().strip(".,()") in _AGENCY_WORDS:
        words.pop()
    own = " ".join(words)
    if not words or own == line.strip() or len(squash(own)) < 3 or _said_in(own, public):
        return set()
    forms = {squash(own)}
    if words[0].casefold().rstrip(".") in ("st", "saint"):
        rest = squash(" ".join(words[1:]))
        forms |= {"saint" + rest, "street" + rest} if rest else set()
    return forms


def _said_in(words: str, text: str) -> bool:
    """Whether ``words`` are in ``text``, token for token."""
    wanted = [token.text for token in tokens(words)]
    found = [token.text for token in tokens(text)]
    width = len(wanted)
    return any(found[i : i + width] == wanted for i in range(len(found) - width + 1))


def phone_forms(phone: str) -> tuple[Form, ...]:
    digits = "".join(token.text for token in tokens(phone) if token.text.isdigit())
    if len(digits) < 6:
        return (Form(squash(phone)),) if squash(phone) else ()
    national = digits
    if digits.startswith("440"):
        national = digits[2:]
    elif digits.startswith("44"):
        national = "0" + digits[2:]
    elif digits.startswith("0044"):
        national = "0" + digits[4:]
    rest = national[1:] if national.startswith("0") else national
    forms = {national, "44" + rest, "440" + rest, "0044" + rest, rest}
    return tuple(Form(form) for form in sorted(forms))


def email_forms(email: str) -> tuple[Form, ...]:
    return (Form(squash(email)),) if squash(email) else ()


def date_forms(date: dt.date) -> tuple[Form, ...]:
    days = {str(date.day), f"{date.day:02d}"}
    month_name = MONTHS[date.month - 1]
    months = {str(date.month), f"{date.month:02d}", month_name, month_name[:3]}
    if month_name == "september":
        months.add("sept")
    years = {str(date.year), f"{date.year % 100:02d}"}
    forms = set()
    for day in days:
        for month in months:
            for year in years:
                forms.add(day + month + year)
                if not month.isdigit():
                    forms.add(month + day + year)
    forms.add(f"{date.year}{date.month:02d}{date.day:02d}")
    return tuple(Form(form) for form in sorted(forms))


def name_forms(name: str, public: str = "") -> tuple[Form, ...]:
    forms = {Form(squash(name))}
    parts = [token.text for token in tokens(name)]
    shared = {token.text for token in tokens(public)}
    for part in parts:
        if len(part) > 1 and part not in shared:
            forms.add(Form(part, capital=part in _EVERYDAY))
    return tuple(sorted(forms, key=lambda f: f.squashed))


def text_forms(values: Iterable[str]) -> tuple[Form, ...]:
    return tuple(Form(form) for form in sorted({squash(v) for v in values}) if form)


def secret(kind: str, label: str, value: str | dt.date | None, public: str = "") -> Secret:
    """The secret for one withheld value of one kind (``public``: for an address, what
    the plan says openly)."""
    if value is None or value == "":
        return Secret(kind, label, ())
    if isinstance(value, dt.date):
        return Secret("date", label, date_forms(value))
    if kind == "address":
        return Secret(kind, label, address_forms(value, public))
    if kind == "name":
        return Secret(kind, label, name_forms(value, public))
    if kind == "agency":
        return Secret(kind, label, agency_forms(value, public))
    builders: dict[str, Callable[[str], tuple[Form, ...]]] = {
        "phone": phone_forms,
        "email": email_forms,
        "name": name_forms,
    }
    build = builders.get(kind)
    forms = build(value) if build else text_forms([value])
    return Secret(kind, label, forms)
