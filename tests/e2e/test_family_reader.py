"""A named family copy says "you" only where the plan names its reader.

For every plan of tests/family_plans and every family member of its core group, the
copy made for that person is compared with the same copy made with nobody as "you":
each sentence that gained a "you" or "your" comes from a sentence that names the
reader (by name, or as "Mum"/"Dad" in the Who column) and holds no "he", "she", "his"
or "her" (a pronoun may be anyone's, so it is never turned)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from plangen.family import context as family
from plangen.family.plain import glossary
from plangen.family.split import split_sentences
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy.names import is_family

from ..conftest import ROOT

PLANS = sorted((ROOT / "tests" / "family_plans").glob("*.json"))
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)


def _texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _texts(item, f"{path}[{n}]")
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize("source", PLANS, ids=lambda p: p.stem)
def it_says_you_only_where_the_plan_names_the_reader(
    source: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    [plan] = read_plans(source)
    assert isinstance(plan, Plan)
    words = glossary()
    for person in [p for p in plan.core_group if is_family(p)]:
        turned = family.family_context(plan, words, recipient=person.name)
        with monkeypatch.context() as patch:
            patch.setattr(family, "the_reader", lambda who, recipient: None)
            as_written = family.family_context(plan, words, recipient=person.name)
        names = {person.name, person.name.split()[0]}
        for (path, said), (_, written) in zip(_texts(turned), _texts(as_written), strict=True):
            if said == written:
                continue
            pairs = zip(split_sentences(said), split_sentences(written), strict=False)
            for new, old in pairs if said.count(".") == written.count(".") else [(said, written)]:
                if len(_YOU.findall(new)) <= len(_YOU.findall(old)):
                    continue
                named = any(re.search(rf"\b{re.escape(n)}\b", old) for n in names)
                who_cell = path.endswith(".who")  # "Mum" in the Who column
                assert named or who_cell, f"{source.stem} {person.name} {path}: {old!r} -> {new!r}"
                assert not _PRONOUN.search(old), f"{source.stem} {path}: {old!r} -> {new!r}"
