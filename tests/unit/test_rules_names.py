"""The subject patterns of :mod:`plangen.rules.names` find exactly what the single
regexes they stand for (the child's names joined with the word lists, compiled for
each plan) found, so that compiling the word lists once changed no finding."""

from __future__ import annotations

import re

import pytest

from plangen.rules.names import CLAUSE_START, ChildNames
from plangen.rules.text import WordLists, word_lists

TEXTS = [
    "Leo's mum will make sure Leo is in bed by 8pm",
    "LEO'S dad is sober, Leo goes to school every day and he tells his teacher",
    "the times Leo is left alone with Jason go down to none",
    "Her mum, and Leo, with Nan, will go to the family centre",
    "so Leo, who is 7, has breakfast each morning; she is happy",
    "Kayla's dad - and Kayla's nan: both will attend",
    "Leo will live with a parent who is sober. Leo's teeth are brushed",
    "The foster carers will take him to every appointment",
    "Mum and dad will take Leo to school; dad and mum to stop drinking",
    "Maternal grandmother is caring for Leonie and Leo",
    "Ann Marie's mum, Ann Marie is safe, ann marie and Ann are fed",
    "Will will go to school, and May may come with Will's nan",
    "Jo-Jo and Jo, Jo's carer, Jo is at nursery & Jo sleeps",
    "mum is sober, he is fed, no new bruises seen by school nurse",
    "Child7 Smith's nan will take Child7 to school; Child7 Smith is well",
    "Precious' status to be clarified, Precious is at school, Precious's mum and Precious'",
]
NAME_SETS = [
    (),
    ("Leo",),
    ("Ann", "Ann Marie"),
    ("Ann Marie", "Ann"),
    ("Will", "May"),
    ("Jo",),
    ("Precious",),
]


def _single(words: WordLists, given: list[str]) -> dict[str, re.Pattern[str] | None]:
    """The patterns as one regex each, as the reader compiled them before."""
    names = [f"(?-i:{re.escape(n[:1].upper() + n[1:])}|{re.escape(n.upper())})" for n in given]
    child = "|".join(names + [p.pattern for p in words["child_focus.child_words"]])
    child_words = "|".join(p.pattern for p in words["child_focus.child_words"])
    adults = "|".join(p.pattern for p in words["child_focus.adult_words"])
    not_after = "|".join(re.escape(w) for w in words.not_subject_after)
    joined = "|".join(names)
    mentions = "|".join([*names, *(p.pattern for p in words["child_focus.child_mentions"])])
    return {
        # a name ending in s may take a bare apostrophe: "Precious' status"
        "start": re.compile(
            rf"^(?:(?:{joined})(?:['’]s\b|(?<=s)['’](?=\s)|\b)|(?:{child_words})(?:['’]s)?\b)", re.I
        )
        if given
        else re.compile(rf"^(?:{child_words})(?:['’]s)?\b", re.I),
        "adult": re.compile(
            rf"^(?:the |her |his |their |both |all |(?:{child})['’]s )?(?:{adults})"
            rf"|^(?:the |her |his |their |both )?(?:[\w’'-]+ ){{1,2}}?(?:{adults})"
            r"(?=\s+(?:will|to|is|are|has|have|must|should|can|does|do|and|&)\b)",
            re.I,
        ),
        "inside": re.compile(
            rf"\b(?:{joined})(?:,[^,]{{1,30}},)?\s+(?!(?:{not_after})\b)[a-z]+", re.I
        )
        if given
        else None,
        "split": re.compile(
            rf"{CLAUSE_START.pattern}|,\s+(?=(?:{'|'.join([*names, 'he', 'she'])})\s)", re.I
        ),
        "mentioned": re.compile(rf"\b(?:{mentions})\b", re.I),
    }


@pytest.mark.parametrize("given", NAME_SETS)
def test_child_names_find_what_the_single_regexes_found(given: tuple[str, ...]) -> None:
    words = word_lists()
    child, single = ChildNames(words, list(given)), _single(words, list(given))
    start, adult, split, mentioned = (
        single["start"],
        single["adult"],
        single["split"],
        single["mentioned"],
    )
    assert start and adult and split and mentioned
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        for at in range(len(text)):  # every clause body a text may leave
            body = text[at:]
            expected_start = start.match(body)
            assert child.child_start(body) == (expected_start.group(0) if expected_start else "")
            expected_adult = adult.match(body)
            assert child.adult_start(body) == (expected_adult.group(0) if expected_adult else "")
            inside = single["inside"]
            expected = [(m.start(), m.group(0)) for m in inside.finditer(body)] if inside else []
            assert list(child.inside(body)) == expected
        assert child.split(text) == split.split(text)
        assert child.mentioned(text) == bool(mentioned.search(text))


def test_a_plan_with_a_new_child_compiles_no_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word lists' parts are compiled once; a new child adds only small name patterns
    (a word list joined with the names was ~1,000 characters, compiled for every plan)."""
    words = word_lists()
    ChildNames(words, ["Leo"])
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    ChildNames(words, ["Zebedee"])
    assert compiled, "the names are compiled"
    assert all(len(p) < 200 for p in compiled), [p[:80] for p in compiled if len(p) >= 200]
