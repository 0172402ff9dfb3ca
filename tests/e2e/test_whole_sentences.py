"""What a withheld father's copies still gave away around the markers (reader 29,
held-out plans 133, 134, 137 and 141): ``locating_plans/plan-l7.json`` keeps Hana's
address and phone, and Milo's address, from Craig, and its text says, as the held-out
plans did:

1. a sentence about the protected mother that held markers ("works early shifts at
   [details not shared] so she can be home after school, and has [details not
   shared]"; "She would like a flat [details not shared] when she moves on");
2. a sentence about a withheld detail itself ("has a new mobile ([phone number not
   shared]) ...; the old number has been cut off");
3. her IDVA's name, agency, phone and e-mail (a route to her);
4. "Milo stays at Pat's at weekends" (someone's home);
5. the child's words about hiding where he is ("does not want his dad to know where he
   is staying").

Each goes whole from every copy Craig may receive; his own task stays, with one marker
at most; no sentence of any of his copies holds two markers.
"""

from __future__ import annotations

import html
import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from ..leaks import leaks, squash
from .locating_copies import copies_for

READER = "Craig Reed"
NEEDLES = [
    "earlyshift",
    "homeafterschool",
    "hasacar",
    "newmobile",
    "oldnumber",
    "nobodyknowsme",
    "wouldlikeaflat",
    "atpats",
    "knowwherehe",
    "heshoutsatmum",
    "01632963377",
    "bealowewdas",
    "westshiredomesticabuse",
]
# the protected mother's IDVA is by role in every copy he may get, the formal plan and
# review copy too (reader 29: her name reached him there), unlike school staff
NAMES = ["bealowe"]
COPIES = ["own", "family", "child", "plan", "review"]
_MARKER = re.compile(r"\[[^\[\]]{0,60}?(?:not shared|held on the case record)\]")


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    return copies_for("plan-l7", READER, tmp_path_factory.mktemp("l7"))


def _paragraphs(docx: bytes) -> list[str]:
    with zipfile.ZipFile(BytesIO(docx)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in xml.split("</w:p>")]


@pytest.mark.parametrize("copy", COPIES)
def test_nothing_around_the_markers_reaches_him(copies: dict[str, list[bytes]], copy: str) -> None:
    assert copies[copy], copy
    needles = NEEDLES + NAMES
    for docx in copies[copy]:
        assert leaks(docx, needles) == []


@pytest.mark.parametrize("copy", COPIES)
def test_never_two_markers_in_one_sentence(copies: dict[str, list[bytes]], copy: str) -> None:
    for docx in copies[copy]:
        for paragraph in _paragraphs(docx):
            for sentence in re.split(r"(?<=[.;!?])\s+", paragraph):
                assert len(_MARKER.findall(sentence)) < 2, sentence


def test_his_own_task_stays_readable(copies: dict[str, list[bytes]]) -> None:
    [own] = copies["own"]
    text = "\n".join(_paragraphs(own))
    found = squash(text)
    assert "supervisedfamilytime" in found
    assert "arriveontime" in found
    assert "caringdads" in found
    # what is said of the protected mother without a marker stays: it tells him nothing
    assert "hashithana" in found or "hithana" in found


def test_the_idva_is_given_by_role(copies: dict[str, list[bytes]]) -> None:
    [own] = copies["own"]
    # by role (the IDVA, in a family copy's plain words), never by name
    assert "expertsupportworkerforpeoplehurtbyapartner" in squash("\n".join(_paragraphs(own)))
    assert leaks(own, ["bealowe", "wdasexampleorg"]) == []


def test_the_mothers_own_copy_keeps_it(tmp_path: Path) -> None:
    """The protected mother's copy is not redacted for her: what is about her stays."""
    mine = copies_for("plan-l7", "Hana Reed", tmp_path)["own"]
    assert mine and leaks(mine[0], ["earlyshift", "wouldlikeaflat"]) != []
