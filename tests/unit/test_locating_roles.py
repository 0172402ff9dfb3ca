"""A place-bound professional kept from a reader is named by a role that still reads
(held-out reader: "The (for riley)" in a father's Who column, "Riley's  is helping me")."""

from __future__ import annotations

from plangen.family.cells import lower_words
from plangen.privacy.locating import role_as_name, unplaced_role


def it_keeps_a_worker_when_the_place_words_were_the_whole_role() -> None:
    assert unplaced_role("Health Visitor (for Riley)") == "Worker (for Riley)"
    assert role_as_name(unplaced_role("Health Visitor (for Riley)")) == "the worker (for Riley)"


def it_keeps_what_is_left_of_a_longer_role() -> None:
    assert unplaced_role("Refuge Support Worker") == "Support Worker"


def it_says_a_bracket_as_written() -> None:
    assert lower_words("Support Worker (for Riley)") == "support worker (for Riley)"
    assert lower_words("Social Worker") == "social worker"


def it_drops_a_bracket_that_loses_words_to_the_place() -> None:
    """Held-out reader: "Worker ( contact)" for "Health Visitor (antenatal contact)"."""
    assert unplaced_role("Health Visitor (antenatal contact)") == "Worker"
