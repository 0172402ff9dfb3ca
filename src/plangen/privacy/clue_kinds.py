"""The kinds of locating detail a sentence may hold, as patterns: a place-bound service
("nursery", "GP"), a named place ("Oakfield Primary"), a postcode, a vehicle, a bus
route, a time of day, a member of staff named by title, someone's home ("at Nan's").
:mod:`plangen.privacy.locating` decides, for one reader, which of them are locating
there; the words are in ``data/privacy.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from plangen.privacy.match import any_of
from plangen.privacy.names import words
from plangen.privacy.vehicles import vehicle

# The verbs a route number follows ("gets the 22"), as lookbehinds: only the route is cut
_AFTER_ROUTE_VERB = "|".join(
    f"(?<={verb} )"
    for verb in [
        "get",
        "gets",
        "got",
        "getting",
        "take",
        "takes",
        "took",
        "taking",
        "catch",
        "catches",
        "caught",
        "on",
        "via",
    ]
)


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    listed = words()
    suffixes = any_of(word[:1].upper() + word[1:] for word in listed["place_names"])
    return {
        "a place-bound service": re.compile(
            rf"(?<![\w-])(?:{any_of(listed['locating_words'])})(?![\w-])", re.I
        ),
        # "Oakfield Primary", "St Anne's", "Flat 4": capitals before a place's own word
        "a named place": re.compile(
            # with its house number, written apart or not ("at 14, Elm Road")
            rf"(?:\b\d{{1,4}}[A-Za-z]?,?\s+)?"
            rf"\b(?:[A-Z][\w'&-]*\s+){{1,4}}(?:{suffixes})\b|\bSt\.?\s+[A-Z]|\bFlat\s+\d"
        ),
        "a postcode": re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b"),
        # "(blue Ford Fiesta)", "her red Corsa", "a white van", "reg AB12 CDE": a car
        # says whom to look out for (held-out plan 137); never a "car seat"
        "a vehicle": vehicle(listed),
        # "the number 14 bus", "the 14 bus", "bus X14": a route says where a child goes
        "a bus route": re.compile(
            r"\b(?:number\s+|no\.?\s*)?[A-Z]?\d{1,3}[A-Z]?\s+bus(?:es)?\b"
            r"|\bbus(?:es)?\s+(?:number\s+|no\.?\s*)?[A-Z]?\d{1,3}[A-Z]?\b"
            # "gets the 22 from ...", "she gets the X7 back at 3", "the X7" (held-out plans
            # 114 and 116: cut from a sentence, the route alone was left behind)
            rf"|(?:{_AFTER_ROUTE_VERB})the\s+[A-Z]?\d{{1,3}}[A-Z]?\b(?![.:/]\d)"
            # "on the 28 week scan" is a scan, not a route (reader 32, plan 163)
            r"(?!\s+(?:children|kids|boys|girls|of|"
            r"times?|days?|weeks?|months?|hours?|years?|sessions?|visits?|tablets?|doses?)\b)"
            r"|\bthe\s+[A-Z]\d{1,3}\b",
            re.I,
        ),
        # "3.15pm", "15:30", "9am"; never a date's "24.03.25"
        "a time of day": re.compile(
            # a range, whole: "10am-12 noon", "2-3pm" (no "-12 noon" left behind)
            r"(?<![\d.:/])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*(?:am|pm)?\s*[-\u2013]\s*"
            r"(?:12\s*noon|noon|midday|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*(?:am|pm))\b|"
            r"(?<![\d:/])(?<!\d\.)(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\.?\d|[:/])\s*(?:am|pm)?"
            r"|(?<![\d.:/])(?:1[0-2]|0?[1-9])\s*(?:am|pm)\b",
            re.I,
        ),
    }


def service_word() -> re.Pattern[str]:
    """A place-bound service's word ("refuge", "nursery", "GP") in a text."""
    return patterns()["a place-bound service"]


# where a family has its time with a child: in a reader's own action, their own venue
CONTACT_VENUE = re.compile(r"(?:contact|family) (?:centre|center|hub)", re.I)

TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w'-]+)")
