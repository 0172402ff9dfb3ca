"""Words pitched to the child's age ("child.toml": ``pitched_words``): what a
4-year-old and a 16-year-old read is not the same ("supervised contact", "for the life
of the plan", "neglected" are a grown-up's words).  Each rule says the oldest band it
is for; a teenager reads the plan's own words, explained in the words box."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from plangen.family.child_who import Band, child_data
from plangen.family.quotes import KEPT

_BANDS = {"under 8": (Band.YOUNG,), "under 13": (Band.YOUNG, Band.MIDDLE)}
# never in the child's own words, names or the words box
_KEEP = {"my_views", "my_name", "words_we_use", "notes", "people"}


@cache
def _rules() -> list[tuple[re.Pattern[str], str, tuple[Band, ...]]]:
    rules = child_data()["pitched_words"]
    assert isinstance(rules, list)
    return [(re.compile(r["pattern"], re.M), r["said"], _BANDS[r["for"]]) for r in rules]


def pitched(context: dict[str, Any], band: Band) -> dict[str, Any]:
    """The child's version with each grown-up phrase said as a child of this age would
    read it; the child's own words and anything in quotation marks as they are."""

    def said(text: str) -> str:
        for pattern, words, bands in _rules():
            if band in bands:
                text = pattern.sub(words, text)
        return text

    def each(value: Any) -> Any:
        if isinstance(value, str):  # a quotation is someone's own words: as said
            parts = KEPT.split(value)
            return "".join(p if n % 2 else said(p) for n, p in enumerate(parts))
        if isinstance(value, list):
            return [each(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in _KEEP else each(v) for k, v in value.items()}
        return value

    return {k: v if k in _KEEP else each(v) for k, v in context.items()}
