"""A batch says what happened: what was made and why, what failed (the same count in the
progress bar and the summary), and what a --force run resolved."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from docx import Document

from ..conftest import TEMPLATES, Run
from .test_batch import json_plans


def it_counts_a_plan_made_again_with_the_same_bytes_as_unchanged(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    json_plans(tmp_path / "in", 3)
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    # a setting that changes nothing in these plans: every file is re-made, none differs
    (tmp_path / "plangen.toml").write_text('[rules]\ndisabled = ["PLAN-19"]\n')
    result = plangen("batch", "in", "--out", "out")
    assert result.exit_code == 0, result.stderr
    assert "0 plan(s) made, 3 unchanged, 0 failed" in result.stdout


def it_shows_the_same_failures_in_the_progress_bar_and_the_summary(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/broken.xlsx").write_bytes(b"not a workbook")
    (tmp_path / "in/bad.json").write_text('{"kind": "cp-plan"}')
    result = plangen("batch", "in", "--out", "out")
    assert result.exit_code == 2
    assert "0 plan(s) made, 0 unchanged, 2 failed" in result.stdout
    assert "2 failed" in result.stderr  # the progress bar's last state


def it_removes_the_new_version_once_force_has_resolved_the_edit(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    [first] = json_plans(tmp_path / "in", 1)
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    edited = tmp_path / "out/cp-0000/2023-03-01-cp-plan.docx"
    document = Document(str(edited))
    document.add_paragraph("Added by Harriet.")
    document.save(str(edited))
    first.write_text(first.read_text().replace('"child_views":""', '"child_views":"Happy."'))
    assert "kept your edits" in plangen("batch", "in", "--out", "out").stdout
    beside = tmp_path / "out/cp-0000/2023-03-01-cp-plan.new.docx"
    assert beside.is_file()
    again = plangen("batch", "in", "--out", "out")
    assert "0 plan(s) made, 1 unchanged" in again.stdout  # the new version already waits
    forced = plangen("batch", "in", "--out", "out", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert not beside.exists()
    assert "Added by Harriet." not in "\n".join(p.text for p in Document(str(edited)).paragraphs)


def it_keeps_an_edited_family_copy_when_generate_writes_a_copy_for_one_person(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    shutil.copytree(TEMPLATES, tmp_path / "tpl")
    json_plans(tmp_path / "in", 1)
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    family = tmp_path / "out/cp-0000/2023-03-01-cp-plan-family.docx"
    document = Document(str(family))
    document.add_paragraph("Phone Harriet on Tuesdays.")
    document.save(str(family))
    mine = family.read_bytes()
    result = plangen("generate", "in", "--out", "out", "--for", "Suzi Smith")
    assert result.exit_code == 0, result.stderr
    assert family.read_bytes() == mine
    assert (tmp_path / "out/cp-0000/2023-03-01-cp-plan-family-for-suzi-smith.docx").is_file()
    assert "kept your edits to cp-0000/2023-03-01-cp-plan-family.docx" in result.stdout
