"""Stop 29 of issue 14: kinds of outcome the 2026 writers' held-out plans were misread
on, each as a NEW text written for this test (not from any corpus), with a near miss
beside it, so that the reading, not the words, is checked."""

from __future__ import annotations

import pytest

from .test_rules_read_structure import read


@pytest.mark.parametrize(
    "text",
    [
        # the adults keep the child safe: what changes is in the adults' work (PLAN-02)
        "Mia will be kept safe by the core group.",
        "Mia is kept safe by the professionals and her parents.",
        "Mia to be protected by all agencies.",
        # the child's Named Person (GIRFEC) is an adult, like her social worker
        "Mia's Named Person will monitor her attendance.",
        "The Named Person will check in with Mia each week.",
        "Named Person to meet Mia every fortnight.",
    ],
)
def it_reads_the_adults_or_the_named_person_as_the_subject_as_about_the_adults(
    text: str,
) -> None:
    assert "PLAN-02" in read(text, "Mia")


@pytest.mark.parametrize(
    "text",
    [
        # supported to do something she will be seen doing: the change is the child's
        "Mia is supported to attend school.",
        "Mia will be supported by her dad to go to nursery every morning.",
        "Mia is helped to get to school on time each day.",
        # kept safe with a measure stays the child's ("no missing episodes")
        "Mia will be kept safe by the core group, with no missing episodes for 3 months.",
        # she tells her Named Person: the child is the subject
        "Mia tells her Named Person she feels safe at home (8/10) at each meeting.",
    ],
)
def it_reads_the_child_supported_to_do_something_as_her_own_change(text: str) -> None:
    assert "PLAN-02" not in read(text, "Mia")


def it_keeps_support_for_an_inner_state_about_the_adults() -> None:
    """The near miss: "supported to manage her worries" says nothing anyone will see."""
    assert "PLAN-02" in read("Mia will be supported to manage her worries.", "Mia")


@pytest.mark.parametrize(
    "text",
    [
        # a kind of care as the whole outcome is a service, however good (PLAN-03)
        "Mia to remain in foster care.",
        "Mia will be placed in a residential unit.",
        "Kinship care with her grandmother.",
        "Mia receives respite care one weekend a month.",
        "Mia will move into an emergency foster placement with Mr and Mrs Hall.",
        "Section 20 accommodation for Mia.",
    ],
)
def it_reads_a_kind_of_care_as_the_whole_outcome_as_a_service(text: str) -> None:
    assert "PLAN-03" in read(text, "Mia")


@pytest.mark.parametrize(
    "text",
    [
        # a change for the child said beside the care is the outcome
        "Mia stays in foster care and goes to school every day.",
        "Mia remains in kinship care where she sleeps through the night 6 nights a week.",
        # a stable placement is itself a change
        "Mia will have a settled foster placement with no unplanned moves for 6 months.",
    ],
)
def it_reads_a_change_beside_the_care_as_no_service_outcome(text: str) -> None:
    assert "PLAN-03" not in read(text, "Mia")
