"""The kinds reader 30 found in the copies a withheld stepfather may receive (held-out
plans 146, 147, 151 and 152), on a plan of our own (``locating_plans/plan-l9.json``):
Finn (15) lives at a young persons' unit kept from Rob, who hit him.  Every part of
every file Rob may get (his own copy, the family copy, the child's version, the formal
plan and the review copy: text, comments, headers, properties, relationships) is
searched for each kind:

1. a sentence with a clue cut from it goes whole, not patched ("He goes to the gym
   [held] and Weds nights");
2. sentences he must not get even with no withheld detail in them: who meets or drives
   Finn, Finn's sexuality, Finn's safety plan, what Finn asked, what his mother said of
   Rob;
3. his own arrangements stay whole in his own copy (where and when his programme is);
4. the review copy's notes name kinds of clue, but it is never one of the family's
   copies and quotes no withheld detail.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from ..leaks import body_text, haystack, leaks
from .locating_copies import copies_for

READER = "Rob Kerr"
WITHHELD = ["oakhouse", "3millane", "ft12ab", "falton", "07700900771", "tesslowe", "01632963140"]
# kind 1: what is left around a cut; kind 2: what he must not be told
CLUES = ["wedsnights", "mondaysand", "gym"]
SENSITIVE = [
    "gay",
    "notouttoanyone",
    "meetfinn",
    "drivefinn",
    "withouttellingrob",
    "999ifrob",
    "safetyplanwithfinn",
    "hisnewnumber",
    "theoneincharge",
    "notgoingback",
]
COPIES = ["own", "family", "child", "plan", "review"]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    return copies_for("plan-l9", READER, tmp_path_factory.mktemp("l9"))


@pytest.mark.parametrize("copy", COPIES)
def it_gives_him_no_withheld_detail_clue_or_sensitive_sentence(
    copies: dict[str, list[bytes]], copy: str
) -> None:
    assert copies[copy], copy
    for docx in copies[copy]:
        assert leaks(docx, WITHHELD) == []
        assert leaks(docx, CLUES) == []
        # the child's version is Finn's own: his sexuality and who meets him go from it
        wanted = SENSITIVE if copy != "child" else ["gay", "notouttoanyone", "meetfinn"]
        assert leaks(docx, wanted) == []


@pytest.mark.parametrize("copy", ["own", "family"])
def it_says_plainly_what_is_not_in_his_copy(copies: dict[str, list[bytes]], copy: str) -> None:
    for docx in copies[copy]:
        text = body_text(docx)
        assert "[" not in text, text
        assert "Some details are not in this copy. Ask Nadia Ford if you need to know more." in text


def it_keeps_his_own_arrangements(copies: dict[str, list[bytes]]) -> None:
    [own] = copies["own"]
    text = body_text(own)
    # kind 3: where and when he goes is his to know
    assert "You will attend the Respect programme" in text
    assert "on Tuesdays at 6pm." in text
    assert "Change 1: Finn is safe from you: no contact and no further assaults" in text


def it_reads_a_held_row_in_the_formal_plan(copies: dict[str, list[bytes]]) -> None:
    [formal] = copies["plan"]
    text = body_text(formal)
    assert "Part of this action is held on the case record; the lead professional" in text
    assert "Jess to meet Finn" not in text and "Sundays (2pm)" not in text


def it_keeps_the_review_copy_out_of_the_familys_copies(
    copies: dict[str, list[bytes]], tmp_path: Path
) -> None:
    [review] = copies["review"]
    notes = zipfile.ZipFile(BytesIO(review)).read("word/comments.xml").decode()
    # kind 4: the review's note says where clues are, never which kinds (the review
    # copy goes to the core group, Rob among them: reader 30 read "a vehicle") ...
    assert "can be found, or where the child can be, in: " in notes
    for kind in ("a place-bound service", "a vehicle", "a bus route", "a day of the week"):
        assert kind not in notes
    # ... and never reaches a family copy, nor quotes a withheld detail
    for copy in ("own", "family", "child"):
        for docx in copies[copy]:
            assert "placeboundservice" not in haystack(docx)
            assert "comments.xml" not in zipfile.ZipFile(BytesIO(docx)).namelist()
    assert leaks(review, WITHHELD) == []


def it_keeps_what_finn_and_jess_may_read_in_their_own_copies(tmp_path: Path) -> None:
    [jess] = copies_for("plan-l9", "Jess Kerr", tmp_path)["own"]
    text = body_text(jess)
    # her own words stay in her own copy
    assert "'the one in charge' at home" in text
