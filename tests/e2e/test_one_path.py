"""Every command takes one path: the same intakes give the same plans, problems and
findings; a plan in two files, or plangen's own outputs, never slip through; generate
protects hand edits as batch does."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from plangen.intake import read_plans
from plangen.model import Plan, PlanKind

from ..conftest import BETTY_XLSX, Run, all_files


def betty(case_ref: str | None = None, child: str = "Betty Smith") -> Plan:
    [plan] = read_plans(BETTY_XLSX)
    assert isinstance(plan, Plan)
    plan = plan.model_copy(deep=True)
    plan.case_ref, plan.child.name = case_ref, child
    return plan


def write_plan(path: Path, plan: Plan) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(plan.model_dump_json())
    return path


def comments_of(docx: Path) -> str:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = Document(str(docx)).part
    [comments] = [rel.target_part for rel in part.rels.values() if rel.reltype == RT.COMMENTS]
    return comments.blob.decode("utf-8")


def it_gives_the_same_plans_problems_and_findings_from_every_command(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """Two plans for one child in two files (PLAN-19) and a file with an input problem."""
    second = betty("CP-2")
    second.kind = PlanKind.CHILDS_PLAN
    write_plan(tmp_path / "in/a.json", betty("CP-1"))
    write_plan(tmp_path / "in/b.json", second)
    (tmp_path / "in/c.json").write_text('{"kind": "cp-plan"}')
    checked = plangen("check", "in", "--format", "json")
    assert checked.exit_code == 2
    problem = "c.json: child: is missing; plangen needs it"
    assert problem in checked.stderr
    found = {Path(r["file"]).name: {f["rule"] for f in r["findings"]} for r in _json(checked)}
    assert "PLAN-19" in found["a.json"] and "PLAN-19" in found["b.json"]
    made = plangen("generate", "in", "--out", "out")
    assert made.exit_code == 2 and problem in made.stderr
    for review in (
        "cp-1/2023-03-01-cp-plan.review.docx",
        "cp-2/2023-03-01-childs-plan.review.docx",
    ):
        assert "PLAN-19" in comments_of(tmp_path / "out" / review), review
    batch = plangen("batch", "in", "--out", "again", "--jobs", "1")
    assert batch.exit_code == 2 and problem in batch.stderr
    sheet = load_workbook(tmp_path / "again/plangen-report.xlsx")["Plans"]
    header = [c.value for c in sheet[1]]
    counts = {row[0].value: row[header.index("PLAN-19")].value for row in sheet.iter_rows(2)}
    assert counts["CP-1"] == 1 and counts["CP-2"] == 1
    exported = plangen("export", "in/a.json", "--json")
    assert exported.exit_code == 0
    written = json.loads((tmp_path / "out/cp-1/2023-03-01-cp-plan.json").read_text())
    data = json.loads(exported.stdout)
    data = data[0] if isinstance(data, list) else data
    assert Plan.model_validate(data) == Plan.model_validate(written)
    assert problem in plangen("export", "in/c.json", "--json").stderr


def _json(result: Run) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads(result.stdout)
    return data


def it_refuses_a_plan_in_two_files_naming_both_whatever_the_order(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    shutil.copy(BETTY_XLSX, tmp_path / "team3 intake.xlsx")
    shutil.copy(BETTY_XLSX, tmp_path / "team3 intake OLD.xlsx")
    both = ["team3 intake.xlsx", "team3 intake OLD.xlsx"]
    for command in (["generate", *both], ["generate", *reversed(both)], ["check", *both]):
        result = (
            plangen(*command, "--out", "out") if command[0] == "generate" else plangen(*command)
        )
        assert result.exit_code == 2, command
        for name, other in (both, list(reversed(both))):
            assert f"{name}: the same plan (same child and plan type) is also in {other}" in (
                result.stderr
            ), command
        assert not (tmp_path / "out").exists() or not all_files(tmp_path / "out")
    (tmp_path / "in").mkdir()
    for name in both:
        shutil.move(tmp_path / name, tmp_path / "in" / name)
    batch = plangen("batch", "in", "--out", "out", "--jobs", "1")
    assert batch.exit_code == 2
    assert "0 plan(s) made, 0 unchanged, 2 failed" in batch.stdout
    assert "is also in in/team3 intake OLD.xlsx" in batch.stderr
    assert not list((tmp_path / "out").rglob("*.docx"))


def it_never_reads_its_own_outputs_as_intakes(plangen: Callable[..., Run], tmp_path: Path) -> None:
    write_plan(tmp_path / "in/a.json", betty("CP-1"))
    first = plangen("generate", "in", "--out", "in/out")
    assert first.exit_code == 0, first.stderr
    for command in ("generate", "batch"):
        again = plangen(command, "in", "--out", "in/out")
        assert again.exit_code == 0, again.stderr
        assert again.stderr.count("note: skipped 6 file(s) plangen wrote itself") == 1
    checked = plangen("check", "in")
    assert checked.stderr.count("skipped") == 1 and "error" not in checked.stderr


def it_keeps_a_hand_edit_when_generate_runs_again(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    intake = write_plan(tmp_path / "a.json", betty("CP-1"))
    assert plangen("generate", intake, "--out", "out").exit_code == 0
    edited = tmp_path / "out/cp-1/2023-03-01-cp-plan.docx"
    document = Document(str(edited))
    document.add_paragraph("Added by Harriet after the meeting.")
    document.save(str(edited))
    mine = edited.read_bytes()
    plan = betty("CP-1")
    plan.family_views = "Suzi agrees."
    write_plan(intake, plan)
    again = plangen("generate", intake, "--out", "out")
    assert again.exit_code == 0, again.stderr
    assert edited.read_bytes() == mine
    assert "kept your edits to cp-1/2023-03-01-cp-plan.docx" in again.stdout
    beside = tmp_path / "out/cp-1/2023-03-01-cp-plan.new.docx"
    assert "Suzi agrees." in "\n".join(
        c.text for t in Document(str(beside)).tables for r in t.rows for c in r.cells
    ) + "\n".join(p.text for p in Document(str(beside)).paragraphs)
    # an edit to the .new version is protected too
    document = Document(str(beside))
    document.add_paragraph("Harriet's second thoughts.")
    document.save(str(beside))
    theirs = beside.read_bytes()
    plan.family_views = "Suzi and Tom agree."
    write_plan(intake, plan)
    third = plangen("generate", intake, "--out", "out")
    assert third.exit_code == 3
    assert "both edited by hand" in third.stderr
    assert beside.read_bytes() == theirs and edited.read_bytes() == mine
    forced = plangen("generate", intake, "--out", "out", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert not beside.exists()  # resolved: nothing left beside it
    kept = sorted(p.read_bytes() for p in (tmp_path / "out/.plangen/edited").iterdir())
    assert sorted([mine, theirs]) == kept


def it_refuses_two_plans_for_one_folder_in_generate_as_in_batch(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    write_plan(tmp_path / "in/a.json", betty(None, "Betty Smith"))
    other = betty(None, "Betty Smith")
    other.child.date_of_birth, other.child.age = dt.date(2019, 5, 1), None
    write_plan(tmp_path / "in/b.json", other)
    for command in ("generate", "batch"):
        result = plangen(command, "in", "--out", command)
        assert result.exit_code == 2, command
        assert "would be written to the same files" in result.stderr
        assert not list((tmp_path / command).rglob("*.docx"))


def it_changes_a_plans_files_together_or_not_at_all(
    plangen: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plangen.write as write

    intake = write_plan(tmp_path / "a.json", betty("CP-1"))
    assert plangen("generate", intake, "--out", "out").exit_code == 0
    before = {p: p.read_bytes() for p in all_files(tmp_path / "out")}
    plan = betty("CP-1")
    plan.family_views = "Suzi agrees."
    write_plan(intake, plan)
    real, calls = write._put_in_place, []

    def fails_on_the_fourth(temp: Path, path: Path) -> None:
        calls.append(path)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        real(temp, path)

    monkeypatch.setattr(write, "_put_in_place", fails_on_the_fourth)
    failed = plangen("generate", intake, "--out", "out")
    assert failed.exit_code == 3
    assert "this plan's files are all as they were" in failed.stderr
    assert {p: p.read_bytes() for p in all_files(tmp_path / "out")} == before
    monkeypatch.setattr(write, "_put_in_place", real)
    again = plangen("generate", intake, "--out", "out")
    assert again.exit_code == 0, again.stderr
    after = {p: p.read_bytes() for p in all_files(tmp_path / "out")}
    assert set(after) == set(before)
    assert all(after[p] != before[p] for p in after if p.suffix == ".json" or "family" in p.name)
    assert "kept your edits" not in again.stdout


def it_gives_distinct_references_their_own_folders(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    distinct = [("A-1", "Anna One"), ("Ä-1", "Anna Two"), (None, "Лена Петрова"), (None, "李小龙")]
    distinct += [(".", "Dot One"), ("..", "Dot Two"), ("CP-" + "7" * 90, "Long One")]
    distinct += [("CP-" + "7" * 90 + "8", "Long Two")]
    for n, (ref, child) in enumerate(distinct):
        write_plan(tmp_path / f"in/{n}.json", betty(ref, child))
    result = plangen("generate", "in", "--out", "out")
    assert result.exit_code == 0, result.stderr
    plans = list((tmp_path / "out").rglob("*-cp-plan.json"))
    assert sorted(Plan.model_validate_json(p.read_text()).child.name for p in plans) == sorted(
        child for _, child in distinct
    )
