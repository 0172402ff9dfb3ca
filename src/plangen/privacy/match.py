"""Finding a withheld detail however it is written.

Text is compared as a run of *tokens*: each character is put through Unicode NFKC
(full-width digits become digits, a non-breaking space a space) and case folding;
zero-width characters and soft hyphens are dropped; every other character that is not
a letter, mark or digit separates tokens.  Street words are compared in one spelling
("Rd" is "road"), and ordinals as their number ("12th" is "12").

A withheld value is found where its tokens, joined with nothing between them, equal
the text's tokens from one token boundary to another: so spacing, line breaks, commas,
hyphens and case never hide it ("SE4 9QT" is found as "se49qt", "07700 900141" as
"07700-900-141"), and it is never found inside another word ("Max" is not in
"maximum").  Each kind of detail adds the other ways it is written (see
:mod:`plangen.privacy.secrets`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, NamedTuple

from plangen.privacy.names import INVISIBLE

# The one spelling street words are compared in.
STREET_WORDS = {
    "rd": "road",
    "st": "street",
    "str": "street",
    "ave": "avenue",
    "av": "avenue",
    "ln": "lane",
    "cl": "close",
    "cres": "crescent",
    "cresc": "crescent",
    "dr": "drive",
    "ct": "court",
    "crt": "court",
    "pl": "place",
    "sq": "square",
    "gdns": "gardens",
    "gdn": "gardens",
    "tce": "terrace",
    "terr": "terrace",
    "pk": "park",
    "gr": "grove",
    "gro": "grove",
    "hse": "house",
    "ho": "house",
    "mt": "mount",
    "wy": "way",
    "blvd": "boulevard",
    "est": "estate",
    "apt": "flat",
    "apartment": "flat",
}
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")


def canonical(token: str) -> str:
    """One token in the spelling it is compared in."""
    ordinal = _ORDINAL.match(token)
    if ordinal:
        return ordinal.group(1)
    return STREET_WORDS.get(token, token)


class Token(NamedTuple):  # a tuple: a text has thousands, made quickly
    text: str  # canonical, case folded
    start: int  # span in the original text
    end: int
    capital: bool  # written with a capital first letter


_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+")


def tokens(text: str) -> list[Token]:
    """The tokens of ``text``, each with its span in ``text``."""
    if text.isascii():  # NFKC and case folding leave ASCII as it is: a regex finds them
        return [
            Token(canonical(m[0].lower()), m.start(), m.end(), m[0][0].isupper())
            for m in _ASCII_TOKEN.finditer(text)
        ]
    return any_tokens(text)


def any_tokens(text: str) -> list[Token]:
    """:func:`tokens` of any text, character by character (the definition)."""
    found: list[Token] = []
    current: list[str] = []
    start = 0
    capital = False
    for index, char in enumerate(text):
        if ord(char) in INVISIBLE:
            continue
        for part in unicodedata.normalize("NFKC", char):
            if part.isalnum() or unicodedata.category(part).startswith("M"):
                if not current:
                    start, capital = index, part.isupper()
                current.append(part.casefold())
                last = index + 1
            elif current:
                found.append(Token(canonical("".join(current)), start, last, capital))
                current = []
    if current:
        found.append(Token(canonical("".join(current)), start, last, capital))
    return found


def squash(text: str) -> str:
    """The tokens of ``text`` joined with nothing between them."""
    return "".join(token.text for token in tokens(text))


@dataclass(frozen=True)
class Form:
    """One way a withheld value may be written, as squashed tokens."""

    squashed: str
    capital: bool = False  # a common word used as a name: found only with a capital
    # a street or a postcode: found even inside a professional's work address, which
    # shields only a town's name ("Stanier Road Health Centre" is on her street)
    exact: bool = False


@dataclass(frozen=True)
class Secret:
    """A withheld detail: what it is (for the marker and the worker's note) and the
    forms it is found in."""

    kind: str  # "address", "phone", "email", "date", "name", "agency", "details"
    label: str  # "Amy Harris's address": said to the worker, never the value itself
    forms: tuple[Form, ...]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    secret: Secret


class Matcher:
    """Finds any of a set of secrets in a text.

    ``protected`` are names that may hold a withheld word without being the withheld
    detail: the agencies and work contacts of the professionals the reader may see
    ("Seaton Children's Services" is not Amy's address, though both hold "Seaton")."""

    def __init__(self, secrets: Iterable[Secret], protected: Iterable[str] = ()) -> None:
        self.secrets = [secret for secret in secrets if secret.forms]
        self._protected = sorted({squash(p) for p in protected} - {""}, key=len, reverse=True)
        self._forms = sorted(
            ((form, secret) for secret in self.secrets for form in secret.forms),
            key=lambda pair: len(pair[0].squashed),
            reverse=True,
        )

    def __bool__(self) -> bool:
        return bool(self.secrets)

    def find(self, text: str) -> list[Hit]:
        """Every place in ``text`` a secret is written, longest first, never overlapping."""
        if not self._forms or not text:
            return []
        found, joined, starts, ends = _indexed(text)
        hits: list[Hit] = []
        taken: set[int] = set()
        shielded: set[int] = set()
        for phrase in self._protected:
            at = joined.find(phrase)
            while at != -1:
                first, last = starts.get(at), ends.get(at + len(phrase))
                if first is not None and last is not None:
                    shielded.update(range(first, last + 1))
                at = joined.find(phrase, at + 1)
        for form, secret in self._forms:
            at = joined.find(form.squashed)
            while at != -1:
                end = at + len(form.squashed)
                first, last = starts.get(at), ends.get(end)
                if (
                    first is not None
                    and last is not None
                    and not taken.intersection(range(first, last + 1))
                    and (form.exact or not shielded.issuperset(range(first, last + 1)))
                    and (not form.capital or found[first].capital)
                ):
                    taken.update(range(first, last + 1))
                    hits.append(Hit(found[first].start, found[last].end, secret))
                at = joined.find(form.squashed, at + 1)
        return sorted(hits, key=lambda hit: hit.start)

    def redact(self, text: str, marker: MarkerFor) -> tuple[str, list[Hit]]:
        """``text`` with each secret in it replaced by its marker, and what was found.

        Hits of one kind with nothing but spaces and punctuation between them become
        one marker ("18 Harbour Rd, Seaton" is one address, not three); a phone
        number's leading "+" goes with it."""
        hits = self.find(text)
        spans: list[Hit] = []
        for hit in hits:
            start = hit.start
            if hit.secret.kind == "phone" and text[:start].rstrip().endswith("+"):
                start = text[:start].rstrip().rfind("+")
            last = spans[-1] if spans else None
            if (
                last is not None
                and last.secret.kind == hit.secret.kind
                and not any(ch.isalnum() for ch in text[last.end : start])
            ):
                spans[-1] = Hit(last.start, hit.end, last.secret)
            else:
                spans.append(Hit(start, hit.end, hit.secret))
        for span in reversed(spans):
            text = text[: span.start] + marker(span.secret) + text[span.end :]
        return text, hits


class _Index(NamedTuple):
    """A text's tokens, joined with nothing between them, and where each token starts
    and ends in the joined string (offset -> token index)."""

    found: tuple[Token, ...]
    joined: str
    starts: dict[int, int]
    ends: dict[int, int]


# the same texts are searched for each copy of a plan (the plan, the family and the
# child's versions, each named copy): a plan's worth is kept.  Read only: a search
# never changes an index.
@lru_cache(maxsize=1024)
def _indexed(text: str) -> _Index:
    found = tuple(tokens(text))
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    offset = 0
    for index, token in enumerate(found):
        starts[offset] = index
        offset += len(token.text)
        ends[offset] = index
    return _Index(found, "".join(token.text for token in found), starts, ends)


class MarkerFor:
    """The words that stand where a withheld detail was: ``[address not shared]``."""

    NOUNS: ClassVar[dict[str, str]] = {
        "address": "address",
        "phone": "phone number",
        "email": "email address",
        "date": "date",
        "name": "name",
        "agency": "name",
        "details": "details",
    }

    def __init__(self, words: str, reader: str | None = None) -> None:
        self.words = words  # "not shared", "held on the case record"
        # whose own copy this is: their own contact details, never printed even to
        # them, read "[your phone number]"
        self.reader = reader

    def __call__(self, secret: Secret) -> str:
        noun = self.NOUNS.get(secret.kind, "details")
        if (
            self.reader
            and secret.kind in ("address", "phone", "email")
            and secret.label.casefold() == f"{self.reader}'s {secret.kind}".casefold()
        ):
            return f"[your {noun}]"
        return f"[{noun} {self.words}]"


def any_of(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, each taken literally."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
