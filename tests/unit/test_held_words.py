"""A family copy says what was held back as a worker would, never a bracketed machine
token (reader 29, items 53, 103, 111, 137, 220, 231, 304, 316)."""

from __future__ import annotations

import pytest

from plangen.family.held_words import in_words, said
from plangen.family.lead import LeadWorker

# the plan's lead worker, as plangen.family.lead says them (a social worker here)
SOCIAL_WORKER = LeadWorker("your social worker")


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("No incidents since [details not shared].", "", "No incidents."),
        (
            "Registered with the family doctor [details not shared]; jabs given.",
            "",
            "Registered with the family doctor; jabs given.",
        ),
        (
            "Kayleigh responds to her cues (observed by the [details not shared]).",
            "",
            "Kayleigh responds to her cues.",
        ),
        (
            "A priority response marker on [your address].",
            "",
            "A priority response marker on your address.",
        ),
        (
            # held-out plan 163: "Police marker on the your address address and on your
            # mobile your phone number" in the protected mother's own copy
            "Police marker on the [your address] address and on your mobile [your phone number].",
            "",
            "Police marker on your address and on your mobile.",
        ),
        (
            "You have a new mobile ([your phone number]) - given to school only.",
            "",
            "You have a new mobile - given to school only.",
        ),
        (
            "Police will be called and Kayleigh and Ava-Rose will be [details not shared] the"
            " same day; contact stops.",
            "",
            "Police will be called; contact stops.",
        ),
        (
            "Register Ava-Rose and Kayleigh with [details not shared] and book jabs",
            "what",
            "Register Ava-Rose and book jabs",
        ),
        ("[details not shared].", "what", "Not included in this copy."),
        ("[name not shared]", "who", "A worker"),
        ("[name not shared]", "name", "Name not given"),
        (
            "We are worried because [details not shared]. This can mean that she is tired.",
            "",
            "We have another worry, which your social worker will talk to you about. This can"
            " mean that she is tired.",
        ),
        (
            "Change 3: [details not shared].",
            "",
            "Change 3: Your social worker will talk to you about this part of the plan.",
        ),
    ],
)
def it_says_a_held_back_detail_in_words(text: str, key: str, expected: str) -> None:
    assert said(text, key, SOCIAL_WORKER) == expected
    assert "[" not in said(text, key, SOCIAL_WORKER)


def it_lists_each_place_for_the_workers_draft() -> None:
    context = {
        "family_views": "[details not shared]. Jo agrees.",
        "people": [{"name": "[name not shared]"}],
    }
    worded, held = in_words(context)
    assert worded == {"family_views": "Jo agrees.", "people": [{"name": "Name not given"}]}
    assert held == [
        ("family_views", "[details not shared]"),
        ("people[0].name", "[name not shared]"),
    ]
