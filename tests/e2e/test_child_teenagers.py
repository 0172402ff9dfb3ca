"""A teenager's own version says why there is a plan (issue 13): Chloe, 14, on a plan
for sexual exploitation and going missing with Mum's drinking (plan-90), and Mason,
16, on a plan for criminal exploitation with Dad's relapse on heroin and helpers from
an exploitation hub and careers (plan-91).  Read back from the files the real CLI
writes: each risk's main worry is said in the young person's terms, its detail is not,
helpers from a team are said as where they work, and what stays in the worker's words
is listed in the draft."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from ..conftest import ROOT, text_of
from ..language import check_version, versions_under

PLANS = ROOT / "tests" / "family_plans"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("teenagers")
    command = [sys.executable, "-m", "plangen.cli", "generate"]
    command += [str(PLANS / "plan-90.json"), str(PLANS / "plan-91.json"), "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def _child(made: Path, case: str) -> str:
    [docx] = made.glob(f"nhb-adol-{case}*/*-child.docx")
    return text_of(docx)


def _why(text: str) -> str:
    """The "Why I have a plan" section of a child's version."""
    return text.split("Why I have a plan", 1)[1].split("What will be better for me", 1)[0]


def _draft(made: Path, case: str) -> str:
    [draft] = made.glob(f"nhb-adol-{case}*/*-family.draft.docx")
    return "\n".join(comment.text for comment in Document(str(draft)).comments)


def test_mason_is_told_of_the_exploitation_and_dads_drug_use_not_its_detail(made: Path) -> None:
    why = _why(_child(made, "1187"))
    assert "worried that adults are using me to carry or sell drugs." in why
    assert "worried about Dad's drug use." in why
    assert "my learning" in why  # every risk is there, not only the education one
    for detail in ("heroin", "crack", "£600", "charged", "arrested", "owes"):
        assert detail not in why


def test_chloe_is_told_of_the_exploitation_and_mums_drinking(made: Path) -> None:
    why = _why(_child(made, "1141"))
    assert "worried that older people are taking advantage of me sexually" in why
    assert "never my fault" in why
    assert "worried about Mum's drinking." in why
    for detail in ("vodka", "cannabis", "bottles", "22 and 25"):
        assert detail not in why
    # no sentence begins in lower case
    assert not re.search(r"[.!?]\s+[a-z]", why)


def test_a_helper_from_a_team_is_said_as_where_they_work(made: Path) -> None:
    text = _child(made, "1187")
    assert "DS Oakes works in the exploitation hub." in text
    assert "Becca works in careers." in text
    assert "is my exploitation hub" not in text and "is my careers." not in text


def test_a_sentence_about_the_child_in_the_third_person_is_listed(made: Path) -> None:
    """ "If he is not in EET ... working with him": "he" could be Dad, so it is not
    turned; it stays whole, and the draft names it for the worker to write again."""
    assert "working with me" not in _child(made, "1187")
    assert "If he is not in EET by end of Jan Becca to keep working with him" in _draft(
        made, "1187"
    )


def test_the_language_checker_finds_nothing(made: Path) -> None:
    hits = [
        hit for docx, plan, kind in versions_under(made) for hit in check_version(docx, plan, kind)
    ]
    assert hits == []
