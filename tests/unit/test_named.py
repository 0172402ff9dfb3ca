"""family.named: a pattern split where the child's names go finds exactly what the one
regex would (it is only faster to compile)."""

from __future__ import annotations

import re

import pytest

from plangen.family.named import CLAUSE_STOPS, Named
from plangen.family.verbs import (
    ADVERBS,
    AND_WHO,
    ASIDE_THEN_VERB,
    BEFORE_VERB,
    SUBJECT_VERB,
    finite,
    with_verbs,
)

NAMES = [("Kacper Nowak", "Kacper"), ("Mia-Rose Smith", "Mia-Rose", "Mia"), ("I", "Dad", "Mum")]
TEXTS = [
    "Kacper attends school. Kacper Nowak is home by 9pm; Kacper and mum can go.",
    "Mia-Rose Smith always attends and Mia is happy; Mia-Rose, a baby, is fine.",
    "Mia (17) is at college. so Mia still goes. Mia and the dog goes out.",
    "Dad shouts and he is angry. I attend, Mum never comes. xKacper attends",
    "Kacper's mum attends; Kacper, who is 14, attends. . Kacper and Dad will go",
    "- Kacper to text Mum -  Kacper attends\n;\tKacper is here: Kacper's; –Kacper goes",
    "Kacper to go. Mia to come.Mia attends; ;Mia is. Dad. Mum to go",
    "",
]
STOPS = {r"\b": None, r"(^|[;:.!?]\s+)": ";:.!?", r"(^|[;:.!?–-]\s+)": CLAUSE_STOPS}


def _regex(before: str, names: tuple[str, ...], after: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in names)
    tail = after.replace("{finite}", finite()).replace("{adverbs}", ADVERBS)
    return re.compile(f"{before}(?:{alternatives}){tail}")


@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize(
    ("before", "after"),
    [
        (r"\b", BEFORE_VERB),
        (r"(^|[;:.!?]\s+)", AND_WHO),
        (r"\b", ASIDE_THEN_VERB),
        (r"\b", SUBJECT_VERB),
        (r"\b", r"\b"),
        (r"\b", r"['’]s\b"),
        (r"(^|[;:.!?–-]\s+)", " to (?=[a-z])"),
        (r"(^|[;:.!?–-]\s+)", r"(?=\s+[a-z]+(?<!s)(?:s|ed)\b)"),
        (r"(^|[;:.!?–-]\s+)", r"\b(?!['’]s)"),
    ],
)
def it_finds_what_the_single_regex_finds(names: tuple[str, ...], before: str, after: str) -> None:
    single = _regex(before, names, after)
    split = Named(names, with_verbs(after), STOPS[before])
    for text in TEXTS:
        expected = [(m.start(), m.end()) for m in single.finditer(text)]
        assert [(f.start, f.end) for f in split.finditer(text)] == expected, text
        leads = [m.group(1) if before.startswith("(") else "" for m in single.finditer(text)]
        assert [f.lead for f in split.finditer(text)] == leads, text
        assert split.sub(lambda f: "<>", text) == single.sub("<>", text)
        found = split.search(text)
        assert (found.start if found else None) == (
            m.start() if (m := single.search(text)) else None
        )
