"""plangen batch: re-make only what changed, never lose a hand edit, survive a kill."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from plangen.batch.manifest import file_sha256
from plangen.intake import read_plans
from plangen.model import Plan

from ..conftest import BETTY_XLSX, ROOT, TEMPLATES, Run, all_files


def betty() -> Plan:
    [plan] = read_plans(BETTY_XLSX)
    assert isinstance(plan, Plan)
    return plan


def json_plans(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` plans shaped like Betty's, each for its own child, one JSON file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        plan = betty().model_copy(deep=True)
        plan.case_ref = f"CP-{n:04d}"
        plan.child.name = f"Child{n} Smith"
        path = folder / f"plan-{n:04d}.json"
        path.write_text(plan.model_dump_json())
        paths.append(path)
    return paths


@pytest.fixture
def council(tmp_path: Path) -> Path:
    """A working folder with its own copy of the templates, named in plangen.toml."""
    shutil.copytree(TEMPLATES, tmp_path / "tpl")
    (tmp_path / "plangen.toml").write_text('templates = "tpl"\n')
    return tmp_path


def snapshot(out: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(out).as_posix(): (file_sha256(p), p.stat().st_mtime_ns)
        for p in all_files(out)
        if ".plangen" not in p.parts and not p.name.startswith("plangen-report")
    }


def it_makes_every_version_of_every_plan_then_nothing_on_a_second_run(
    plangen: Callable[..., Run], council: Path
) -> None:
    json_plans(council / "in", 3)
    shutil.copy(BETTY_XLSX, council / "in")
    first = plangen("batch", "in", "--out", "out", "--jobs", "2")
    assert first.exit_code == 0, first.stderr
    assert "4 plan(s) made, 0 unchanged, 0 failed" in first.stdout
    made = snapshot(council / "out")
    assert len(made) == 4 * 6
    second = plangen("batch", "in", "--out", "out")
    assert "0 plan(s) made, 4 unchanged, 0 failed" in second.stdout
    assert snapshot(council / "out") == made


def it_remakes_exactly_the_outputs_of_a_changed_template(
    plangen: Callable[..., Run], council: Path
) -> None:
    json_plans(council / "in", 3)
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    before = snapshot(council / "out")
    family = Document(str(council / "tpl/family.docx"))
    family.paragraphs[0].runs[0].text = "Your plan for "
    family.save(str(council / "tpl/family.docx"))
    dry = plangen("batch", "in", "--out", "out", "--dry-run")
    assert dry.stdout.count("template changed") == 6
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    after = snapshot(council / "out")
    changed = sorted(name for name in after if after[name] != before[name])
    assert changed == sorted(
        f"cp-{n:04d}/2023-03-01-cp-plan-{suffix}"
        for n in range(3)
        for suffix in ("family.docx", "family.draft.docx")
    )
    assert (
        Document(str(council / "out/cp-0000/2023-03-01-cp-plan-family.docx"))
        .paragraphs[0]
        .text.startswith("Your plan for ")
    )


def it_remakes_only_the_plan_whose_input_changed(
    plangen: Callable[..., Run], council: Path
) -> None:
    [first, *_] = json_plans(council / "in", 3)
    plangen("batch", "in", "--out", "out")
    before = snapshot(council / "out")
    plan = Plan.model_validate_json(first.read_text())
    plan.child_views = "Child0 wants to stay at home."
    first.write_text(plan.model_dump_json())
    result = plangen("batch", "in", "--out", "out")
    assert "1 plan(s) made, 2 unchanged" in result.stdout
    after = snapshot(council / "out")
    assert {n.split("/")[0] for n in after if after[n] != before[n]} == {"cp-0000"}


def it_keeps_a_hand_edited_plan_and_writes_the_new_one_beside_it(
    plangen: Callable[..., Run], council: Path
) -> None:
    [first, *_] = json_plans(council / "in", 2)
    plangen("batch", "in", "--out", "out")
    edited = council / "out/cp-0000/2023-03-01-cp-plan.docx"
    document = Document(str(edited))
    document.add_paragraph("Added by Harriet after the meeting.")
    document.save(str(edited))
    mine = edited.read_bytes()
    # an unchanged plan: the edited file is simply left alone
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    assert edited.read_bytes() == mine
    # the plan changes: the edit is kept, the new plan goes beside it
    plan = Plan.model_validate_json(first.read_text())
    plan.family_views = "Suzi agrees."
    first.write_text(plan.model_dump_json())
    result = plangen("batch", "in", "--out", "out")
    assert edited.read_bytes() == mine
    beside = council / "out/cp-0000/2023-03-01-cp-plan.new.docx"
    assert beside.is_file()
    assert (
        "kept your edits to cp-0000/2023-03-01-cp-plan.docx; the new version is " in result.stdout
    )
    # --force: the edited file is moved into .plangen/edited/, never deleted
    plan.family_views = "Suzi and Tom agree."
    first.write_text(plan.model_dump_json())
    forced = plangen("batch", "in", "--out", "out", "--force")
    assert forced.exit_code == 0
    [moved] = list((council / "out/.plangen/edited").iterdir())
    assert moved.read_bytes() == mine
    assert "Suzi and Tom agree." in every_text(edited)
    assert "moved your edited cp-0000/2023-03-01-cp-plan.docx" in forced.stdout


def every_text(docx: Path) -> str:
    document = Document(str(docx))
    return "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for r in t.rows for c in r.cells]
    )


def it_reports_bad_inputs_and_makes_all_the_good_ones(
    plangen: Callable[..., Run], council: Path
) -> None:
    json_plans(council / "in", 3)
    (council / "in/broken.xlsx").write_bytes(b"not a workbook")
    (council / "in/bad.json").write_text('{"kind": "cp-plan"}')
    result = plangen("batch", "in", "--out", "out")
    assert result.exit_code == 2
    assert "3 plan(s) made, 0 unchanged, 2 failed" in result.stdout
    assert "error: broken.xlsx: is a text or CSV file" in result.stderr
    assert "bad.json: child: is missing; plangen needs it" in result.stderr
    assert len(snapshot(council / "out")) == 18


def it_writes_a_report_a_spreadsheet_cannot_run(plangen: Callable[..., Run], council: Path) -> None:
    [first] = json_plans(council / "in", 1)
    plan = Plan.model_validate_json(first.read_text())
    plan.case_ref = '=HYPERLINK("http://evil.example","x")'
    plan.child.name = "@SUM(1+1) Smith"
    first.write_text(plan.model_dump_json())
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    sheet = load_workbook(council / "out/plangen-report.xlsx")["Plans"]
    row = [cell for cell in sheet[2]]
    assert row[0].value == plan.case_ref and row[0].data_type == "s"
    assert row[1].value == "@SUM(1+1) Smith" and row[1].data_type == "s"
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Case reference", "Child", "Plan type", "Status", "Outputs"]
    assert row[header.index("PLAN-12")].value == 1 and row[header.index("PLAN-19")].value == 0
    findings = load_workbook(council / "out/plangen-report.xlsx")["Findings"]
    assert [c.value for c in findings[1]][:3] == ["Case reference", "Child", "Rule"]
    with (council / "out/plangen-report.csv").open() as stream:
        rows = list(csv.reader(stream))
    assert rows[1][0] == "'" + plan.case_ref and rows[1][1] == "'@SUM(1+1) Smith"


def it_stops_before_writing_anything_when_a_template_is_broken(
    plangen: Callable[..., Run], council: Path
) -> None:
    json_plans(council / "in", 2)
    document = Document(str(council / "tpl/cp-plan.docx"))
    document.add_paragraph("Signed: {{ lead_profesional }}")
    document.add_paragraph("Broken: {% if child.name %}")
    document.save(str(council / "tpl/cp-plan.docx"))
    result = plangen("batch", "in", "--out", "out")
    assert result.exit_code == 2
    assert "a template has problems, so nothing was written" in result.stderr
    assert "tpl/cp-plan.docx (body)" in result.stderr
    assert not (council / "out").exists() or not all_files(council / "out")


def it_checks_templates_and_locates_each_problem(
    plangen: Callable[..., Run], council: Path
) -> None:
    document = Document(str(council / "tpl/cp-plan.docx"))
    document.add_paragraph("Signed: {{ lead_profesional }}")
    document.save(str(council / "tpl/cp-plan.docx"))
    footer = Document(str(council / "tpl/family.docx"))
    footer.sections[0].footer.paragraphs[0].text = "Plan for {{ child_name.__class__ }}"
    footer.save(str(council / "tpl/family.docx"))
    result = plangen("templates", "check")
    assert result.exit_code == 1
    assert (
        f'{council}/tpl/cp-plan.docx (body): uses "lead_profesional", which a cp-plan template '
        "is not given (see the README for the values each template can use), in the paragraph "
        '"Signed: {{ lead_profesional }}"'
    ) in result.stdout
    assert "tpl/family.docx (footer1): uses something the template sandbox refuses" in result.stdout
    assert "tpl/child.docx: ok" in result.stdout
    assert plangen("templates", "check", TEMPLATES / "cp-plan.docx").exit_code == 0


def it_finishes_the_work_after_the_run_is_killed(council: Path, tmp_path: Path) -> None:
    json_plans(council / "in", 24)
    command = [sys.executable, "-m", "plangen.cli", "batch", "in", "--out", "out", "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    running = subprocess.Popen(
        command, cwd=council, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((council / "out").rglob("*.docx"))) < 20:
        time.sleep(0.05)
    running.send_signal(signal.SIGKILL)
    running.wait()
    written = len(list((council / "out").rglob("*.docx")))
    assert 0 < written < 24 * 5, "the kill should land mid-run"
    finish = subprocess.run(command, cwd=council, env=env, capture_output=True, text=True)
    assert finish.returncode == 0, finish.stderr
    assert "kept your edits" not in finish.stdout  # nothing it wrote itself looks edited
    manifest = json.loads((council / "out/.plangen/manifest.json").read_text())
    outputs = manifest["outputs"]
    assert len(outputs) == 24 * 6
    for name, entry in outputs.items():
        assert file_sha256(council / "out" / name) == entry["sha256"], name
    assert not [p for p in (council / "out").rglob("*") if p.name.startswith(".plangen-")]
    assert not list((council / "out").rglob("*.new.*"))
    # every output is what an uninterrupted run makes
    clean = subprocess.run(
        [*command[:-4], "--out", "clean", "--jobs", "1"], cwd=council, env=env, capture_output=True
    )
    assert clean.returncode == 0
    reference = {k: v[0] for k, v in snapshot(council / "clean").items()}
    assert {k: v[0] for k, v in snapshot(council / "out").items()} == reference
