"""A withheld reader's own arrangements stay in their own copy (stop 32: an independent
reader found a mother's own supervised contact row with its frequency as "Not included
in this copy.").  Her time with the child is hers to know, whoever arranges it: its day
and hours, its venue (a contact centre withheld from no one), its timescale.  What is
kept from her stays out.

``privacy_plans/plan-p32-contact.json``: Ella's mother's and Ella's address and the
school are withheld from her father, Ryan; his contact with Ella, arranged by the social
worker, is at Brookside Contact Centre every Saturday 10am-12pm.  The mother's own
routines (swimming on Wednesdays, work on Tuesdays) are in the plan.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from docx import Document

from plangen.model import Plan
from plangen.outputs import make_files
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import Run
from ..leaks import parts, squash

PLAN = Path(__file__).resolve().parent / "privacy_plans" / "plan-p32-contact.json"
READER = "Ryan Price"
# her home, the school, her routines: in no part of any file he gets
HERS = [
    "willowcourt",
    "ma34wc",
    "greenbank",
    "ma37gp",
    "helenmarsh",
    "leisurecentre",
    "swimming",
    "coop",
    "marden",
    "wednesday",
]
HIS = ["Brookside Contact Centre", "Every Saturday 10am-12pm"]


def _rows(docx: bytes) -> list[list[str]]:
    document = Document(io.BytesIO(docx))
    return [[c.text for c in row.cells] for t in document.tables for row in t.rows]


def _his_row(docx: bytes) -> list[str]:
    [row] = [r for r in _rows(docx) if any("contact with" in cell for cell in r)]
    return row


def _his_files(plangen: Callable[..., Run], tmp_path: Path, plan: Path = PLAN) -> dict[str, bytes]:
    result = plangen("generate", plan, "--out", "out", "--for", READER)
    assert result.exit_code == 0, result.stderr
    return {
        path.name: path.read_bytes()
        for path in (tmp_path / "out").rglob("*.docx")
        # not the professionals' copy, nor another person's own copy
        if "professionals-only" not in path.name
        and ("-for-" not in path.name or path.name.endswith("-for-ryan-price.docx"))
    }


def it_keeps_his_contacts_venue_hours_and_timescale_in_his_own_copy(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    files = _his_files(plangen, tmp_path)
    [own] = [data for name, data in files.items() if name.endswith("-for-ryan-price.docx")]
    row = " | ".join(_his_row(own))
    # before: "Ella's contact with you, supervised. | Not included in this copy."
    assert "Not included" not in row
    assert all(said in row for said in HIS), row
    assert "30 June 2026" in row
    # and the formal plan, which he gets as a member of the core group
    [formal] = [data for name, data in files.items() if name.endswith("cp-plan.docx")]
    assert all(said in " | ".join(_his_row(formal)) for said in HIS)


def it_keeps_her_home_school_and_routines_out_of_every_file_he_gets(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    files = _his_files(plangen, tmp_path)
    assert len(files) == 6  # plan, review, family, draft, child's, his own
    for name, data in files.items():
        found = {part: [n for n in HERS if n in text] for part, text in parts(data).items()}
        assert {part: hit for part, hit in found.items() if hit} == {}, name
        assert [n for n in HERS if n in squash(name)] == []


def it_holds_the_time_back_when_his_contact_says_where_she_will_be(tmp_path: Path) -> None:
    """His contact row naming her ("Jade drops Ella off at 9.45") is not his alone: the
    time she is at the centre stays out of his copy, and the hours with it."""
    data = json.loads(PLAN.read_text(encoding="utf-8"))
    contact = data["risks"][0]["outcomes"][0]["actions"][0]
    contact["text"] = "Ella's contact with Dad at Brookside Contact Centre; Jade drops her at 9.45."
    plan = Plan.model_validate(data)
    made = make_files(
        plan, tmp_path, Settings(), check(plan), versions=("plan",), recipients=[READER]
    )
    for path, docx in made:
        if path.suffix == ".docx":
            assert not any("945" in text or "drops" in text for text in parts(docx).values())


def it_keeps_the_change_for_the_child_that_says_she_is_not_to_be_frightened(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """ "... and is not frightened" is what the change is to be, not what the child said
    or feels: the change, and its measure with it, were left out of his copy ("What
    needs to change for Ella" over an empty line, "We will look for.")."""
    files = _his_files(plangen, tmp_path)
    [own] = [data for name, data in files.items() if name.endswith("-for-ryan-price.docx")]
    text = " ".join(p.text for p in Document(io.BytesIO(own)).paragraphs)
    assert "is not frightened, for 6 months." in text
    assert "We will look for: Ella enjoys contact" in text
