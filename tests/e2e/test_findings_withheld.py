"""A finding's words in a withheld reader's copies (held-out plan, stop 32): the school
was withheld from the father, and every copy he got named its staff by role only, but
the review copy, which goes to the core group and so to him, quoted "Mr Qureshi
(learning mentor)" and "Mrs Davies (school counsellor)" in a PLAN-07 comment and in its
table of findings.  A finding's words are now said as the copy's own text is.

``privacy_plans/plan-p32-school.json``: the class teacher's agency (Hollinsend Primary
School) is withheld from Lee Shaw; two actions name school staff who are not in the
core group, so PLAN-07 fires on each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.rules import check

from ..conftest import Run
from ..leaks import parts, squash

PLAN = Path(__file__).resolve().parent / "privacy_plans" / "plan-p32-school.json"
READER = "Lee Shaw"
# the school, its address and e-mail domain, and its staff, by every name they are given
WITHHELD = ["hollinsend", "birchlane", "ta46hp", "qureshi", "davies", "anitabrook", "mrsbrook"]


def _school_plan() -> Plan:
    [plan] = read_plans(PLAN)
    assert isinstance(plan, Plan)
    return plan


def _his_files(plangen: Callable[..., Run], tmp_path: Path) -> dict[str, bytes]:
    """Every .docx the father may receive: the formal plan and review copy (he is in
    the core group), the family and child's versions, his own copy; the worker's draft
    too (it is a copy of the family version).  Not the professionals-only copy."""
    result = plangen("generate", PLAN, "--out", "out", "--for", READER)
    assert result.exit_code == 0, result.stderr
    files = {
        path.name: path.read_bytes()
        for path in (tmp_path / "out").rglob("*.docx")
        # not the professionals' copy, nor another person's own copy
        if "professionals-only" not in path.name
        and ("-for-" not in path.name or path.name.endswith("-for-lee-shaw.docx"))
    }
    assert {name.split("cp-plan")[-1] for name in files} == {
        ".docx",
        ".review.docx",
        "-family.docx",
        "-family.draft.docx",
        "-child.docx",
        "-family-for-lee-shaw.docx",
    }
    return files


def it_quotes_the_staff_of_the_withheld_school_in_its_findings() -> None:
    """The plan shows what it is meant to: PLAN-07 quotes each member of staff by name."""
    said = " ".join(f.message for f in check(_school_plan()) if f.rule == "PLAN-07")
    assert "Mr Qureshi (learning mentor)" in said
    assert "Mrs Davies (school counsellor)" in said


def it_keeps_the_school_and_its_staff_out_of_every_part_of_every_file_he_gets(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    for name, data in _his_files(plangen, tmp_path).items():
        members = parts(data)
        found = {part: [n for n in WITHHELD if n in text] for part, text in members.items()}
        assert {part: hit for part, hit in found.items() if hit} == {}, name
        assert [n for n in WITHHELD if n in squash(name)] == []  # nor in the file's name
        if name.endswith(".review.docx"):  # the parts the leak was in are searched
            assert {"word/document.xml", "word/comments.xml", "docProps/core.xml"} <= set(members)


def it_says_them_by_role_in_the_review_copys_comments_and_table(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    [review] = [d for n, d in _his_files(plangen, tmp_path).items() if n.endswith("review.docx")]
    members = parts(review)
    comments, body = members["word/comments.xml"], members["word/document.xml"]
    # the finding still says what to change, of whom: by the role the plan gives them
    for text in (comments, body):
        assert squash('"the learning mentor" is responsible for this action') in text
        assert squash('"the school counsellor" is responsible for this action') in text
