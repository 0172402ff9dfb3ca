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
from plangen.family.household import household
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
            if not path and key == "notes":
                # the worker's draft notes, not the copy: a note of a bracket put right
                # may come with the turned text alone (plan-68, Angela's copy)
                continue
            yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _texts(item, f"{path}[{n}]")
    elif isinstance(value, str):
        yield path, value


_OWN_PRONOUN = {
    "she": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
    "he": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    None: _PRONOUN,
}
_CHILDS = re.compile(r"\b(?:his|her)\s+(?:mum|mother|dad|father|sister|brother|nan|aunt)\b", re.I)
# a quotation in single quotes may hold an apostrophe ('I'll have him any time')
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|(?<![\w’'])'(?:[^'\n]|(?<=\w)'(?=\w))*'(?![\w'’])")


_KIN = {
    "she": re.compile(r"\b(?:his|her|\w+['’]s)\s+(?:mum|mother|mummy)\b", re.I),
    "he": re.compile(r"\b(?:his|her|\w+['’]s)\s+(?:dad|father|daddy)\b", re.I),
    None: re.compile(r"(?!)"),
}


def _gender(role: str) -> str | None:
    if re.search(r"\b(?:mother|mum|grandmother|nan|aunt|step-?mum)\b", role, re.I):
        return "she"
    if re.search(r"\b(?:father|dad|grandfather|grandad|uncle|step-?father)\b", role, re.I):
        return "he"
    return None


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
            patch.setattr(family, "the_reader", lambda who, recipient, core_group=(): None)
            as_written = family.family_context(plan, words, recipient=person.name)
        names = {person.name, person.name.split()[0]}
        # the child's word for her, in her role's brackets: "Maternal grandmother (Nan)"
        # (stop 33: "Nan has TJ" is "You have TJ" in Nan's own copy)
        names |= set(re.findall(r"\(([A-Z][a-z]+)\)", person.role))
        names_of_child = {plan.child.name}
        if person.name == plan.child.name and plan.child.known_as:  # the young person's copy
            names.add(plan.child.known_as)
        # by path: a sentence left out of the reader's views may take a word out of
        # the "words we use" box
        written_at = dict(_texts(as_written))
        for path, said in _texts(turned):
            written = written_at.get(path, said)
            if said == written or ".words_we_use" in path:
                continue
            # a views heading counts whoever the views name: "Nan wants ..." gives "What
            # you, Stacey and Dean said" in Nan's copy
            views = written_at.get(path.removesuffix("_heading"), "")
            if path.endswith("views_heading") and any(
                re.search(rf"\b{re.escape(n)}\b", views) for n in names
            ):
                continue
            pairs = zip(split_sentences(said), split_sentences(written), strict=False)
            # a text of another length (a reader's views that could not be said to her
            # are left to her quoted words): each sentence that is not as written, alone
            each = [(new, written) for new in split_sentences(said) if new not in written]
            whole = [(said, written)]
            same = said.count(".") == written.count(".")
            views = path == ".family_views" and not same
            for new, old in pairs if same else each if views else whole:
                if len(_YOU.findall(new)) <= len(_YOU.findall(old)) * (not views):
                    continue
                # by name in this sentence, or in the text before it ("Kerry says ...
                # She says she is 'exhausted'": the same Kerry)
                before = written[: written.find(old) + len(old)] if old in written else old
                named = any(re.search(rf"\b{re.escape(n)}\b", before) for n in names)
                # or by the relationship word the plan uses: "his mum", "her Dad"
                named = named or bool(_KIN[_gender(person.role)].search(old))
                who_cell = path.endswith(".who")  # "Mum" in the Who column
                assert named or who_cell, f"{source.stem} {person.name} {path}: {old!r} -> {new!r}"
                # a pronoun may stay only where it is someone else's: of the other
                # gender, or the child's before a family word ("his mum"); never one
                # of the reader's left beside "you" (half turned)
                # the young person's own copy: her pronoun as the plan writes it
                gender = _gender(person.role) or (
                    household(plan, family.free_text(plan)).pronoun
                    if person.name in names_of_child
                    else None
                )
                left = _OWN_PRONOUN[gender].findall(_CHILDS.sub("", _QUOTED.sub("", new)))
                assert not left, f"{source.stem} {path}: {old!r} -> {new!r}"
