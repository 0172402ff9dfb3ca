"""How the protected mother lives, said with no marker at all (reader 29, held-out plans
133, 134, 137 and 141, left over after the last stop): her EPDS score, "seen on her
own", "moved away from everyone she knows", her IDVA's safety-planning work ("safety at
the front door ... location was on for Snapchat"), her budget and housing bid, her new
number in the father's own action, her wish not to see him, and her IDVA's name in the
formal plan and review copy.  ``locating_plans/plan-l8.json`` says each; none of it
reaches any part of any copy Craig may receive (searched in every XML part: text,
headers, footers, comments, core properties, relationships), and what is held back is
said as a worker would, never a bracketed token.  His own words stay; Hana's own copy
keeps hers.
"""

from __future__ import annotations

import html
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from ..leaks import body_text, haystack, leaks, squash
from .locating_copies import copies_for

READER = "Craig Reed"
NEEDLES = [
    "epds",
    "lowmood",
    "movedawayfromeveryone",
    "seenonherown",
    "frontdoor",
    "snapchat",
    "housingbid",
    "universalcredit",
    "peopleshecancallon",
    "scoresherownsafety",
    "hanasnewnumber",
    "notbegiven",
    "nottoseecraig",
    "nottoseeyou",
    "beagreen",
    "wdasexampleorg",
    "01632963377",
]
COPIES = ["own", "family", "plan", "review"]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    return copies_for("plan-l8", READER, tmp_path_factory.mktemp("l8"))


@pytest.mark.parametrize("copy", COPIES)
def it_tells_him_nothing_of_how_she_lives(copies: dict[str, list[bytes]], copy: str) -> None:
    assert copies[copy], copy
    for docx in copies[copy]:
        assert leaks(docx, NEEDLES) == []


@pytest.mark.parametrize("copy", ["own", "family"])
def it_says_what_was_held_back_as_a_worker_would(copies: dict[str, list[bytes]], copy: str) -> None:
    for docx in copies[copy]:
        found = haystack(docx)
        assert "notshared" not in found and "yourphonenumber" not in found
        text = body_text(docx)
        assert "[" not in text, text
        # his own task and his own words stay, whole
        assert "supervised family time on time" in text
        assert "Caring Dads programme" in text
        if copy == "own":
            assert "What you said\nYou say you want more time with Milo." in text
        # her worry goes, and the worry about Milo that it led to stays
        # said by the plan's lead worker, by role and name (reader 32)
        assert (
            "We have another worry, which your social worker, Nadia Ford, will talk to you about."
            in text
        )
        assert "Milo may be late for school or miss it." in text


def it_keeps_her_rows_out_of_his_copy_and_on_the_case_record(
    copies: dict[str, list[bytes]],
) -> None:
    [own] = copies["own"]
    assert "Key work" not in body_text(own) and "Mood review" not in body_text(own)
    # the rows go whole: who, how often and by when would tell him her routine (reader
    # 32, stop 33); the draft lists each for the worker
    assert "Not included in this copy." not in body_text(own)
    [formal] = copies["plan"]
    said = body_text(formal)
    # the formal plan (the core group's) holds her rows on the case record, her IDVA by
    # role: the core group still sees that there is such work
    assert "[details held on the case record]" in said
    assert "the IDVA" in said


def it_keeps_her_own_copy_whole(tmp_path: Path) -> None:
    [mine] = copies_for("plan-l8", "Hana Reed", tmp_path)["own"]
    found = squash(body_text(mine))
    assert "epds" in found and "seenonyourown" in found and "housingbid" in found


def it_lists_what_was_held_back_in_the_workers_draft(tmp_path: Path) -> None:
    from plangen.outputs import make_files
    from plangen.rules import check
    from plangen.settings import Settings

    from .locating_copies import plan_named

    plan = plan_named("plan-l8")
    made = make_files(plan, tmp_path, Settings(), check(plan), versions=("family",))
    [draft] = [data for path, data in made if path.name.endswith(".draft.docx")]
    comments = zipfile.ZipFile(BytesIO(draft)).read("word/comments.xml").decode()
    # each action left out whole, by the plan's own numbering, and each place a sentence
    # went, for the worker to check; never what it said
    said = "The action at risk {} of the plan is left out of this copy, row and all"
    assert html.unescape(said.format("1, outcome 1, action 2")) in html.unescape(comments)
    assert html.unescape(said.format("2, outcome 1, action 1")) in html.unescape(comments)
    assert "A detail withheld from someone was taken out here" in comments
    assert leaks(draft, ["snapchat", "housingbid", "beagreen"]) == []
