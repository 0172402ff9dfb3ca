"""A reader's own time with the child is theirs, whoever arranges it (stop 32): its
venue and hours stay in their copy (:func:`plangen.privacy.locating._own_time`)."""

from __future__ import annotations

import pytest

from plangen.privacy.locating import _own_time

READERS = ("Jade Price", "Mum", "mum", "Mummy", "mother")


@pytest.mark.parametrize(
    "text",
    [
        "Mum's contact with Ella, supervised at Brookside Contact Centre.",
        "Supervised contact with Mum at Brookside Contact Centre.",
        "Ella to have supervised contact with her mum at the contact centre.",
        "Jade to have supervised contact with Ella.",
        "Jade's family time with Ella on Saturdays.",
    ],
)
def it_reads_the_readers_own_time_with_the_child(text: str) -> None:
    assert _own_time(text, READERS)


@pytest.mark.parametrize(
    "text",
    [
        # named beside the contact, not having it (plan-89: the centre stays out)
        "Ruth to book supervised contact at Parkside and to stop it if Jade asks where Kayla lives.",
        "Supervised contact at Brookside Contact Centre.",
        "Jade takes Ella to swimming every Wednesday.",
        "Jade not to have contact with Ella outside the centre.",
    ],
)
def it_does_not_take_another_text_naming_the_reader_for_theirs(text: str) -> None:
    assert not _own_time(text, READERS)
