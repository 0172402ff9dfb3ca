"""Templates are code from outside, and files are written whole or not at all.

The known docxtpl template escape (``{{ x.__class__.__mro__[1].__subclasses__() }}``,
CVE-2024-37301 in a docxtpl service) and any attribute starting with ``_`` are refused
with a template error; a failed write (disk full, no permission) leaves the previous
file as it was, and says so.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from plangen.errors import OutputError, TemplateError
from plangen.render.engine import WordTemplate
from plangen.write import write_atomic
from tests.conftest import BETTY_XLSX, TEMPLATES, Run, all_files

ESCAPE = "{{ child.__class__.__mro__[1].__subclasses__() }}"


@pytest.fixture
def council(tmp_path: Path) -> Path:
    shutil.copytree(TEMPLATES, tmp_path / "tpl")
    (tmp_path / "plangen.toml").write_text('templates = "tpl"\n')
    return tmp_path


def add_paragraph(template: Path, text: str) -> None:
    document = Document(str(template))
    document.add_paragraph(text)
    document.save(str(template))


def it_refuses_the_known_docxtpl_template_escape(
    plangen: Callable[..., Run], council: Path
) -> None:
    add_paragraph(council / "tpl/cp-plan.docx", ESCAPE)
    run = plangen("generate", BETTY_XLSX, "--out", "out")
    assert run.exit_code == 2
    assert "tpl/cp-plan.docx (body): uses something the template sandbox refuses" in run.stderr
    assert "never Python internals" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (council / "out").exists() or not all_files(council / "out")
    checked = plangen("templates", "check")
    assert checked.exit_code == 1
    assert "sandbox refuses" in checked.stdout and "__mro__" in checked.stdout


def it_refuses_attributes_that_start_with_an_underscore(tmp_path: Path) -> None:
    template = tmp_path / "one-line.docx"
    Document().save(str(template))
    add_paragraph(template, "{{ secret._private }}")

    class Holder:
        _private = "the refuge address"

    with pytest.raises(TemplateError, match="sandbox refuses") as caught:
        WordTemplate(template).render({"secret": Holder()})
    assert "the refuge address" not in str(caught.value)


def it_refuses_underscore_keys_of_plan_values_too(
    plangen: Callable[..., Run], council: Path
) -> None:
    add_paragraph(council / "tpl/cp-plan.docx", "{{ child._name }}")
    run = plangen("generate", BETTY_XLSX, "--out", "out")
    assert run.exit_code == 2
    assert "sandbox refuses" in run.stderr


def it_leaves_the_old_file_when_the_disk_is_full(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"the plan as it was")
    real_fsync = os.fsync

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"the new plan")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert str(caught.value) == (
        f"{target}: cannot be written (No space left on device); "
        "the previous file, if any, is unchanged"
    )
    assert target.read_bytes() == b"the plan as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]  # no temporary file left


def it_says_so_when_it_may_not_write_and_exits_3(
    monkeypatch: pytest.MonkeyPatch, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    real_replace = os.replace

    def refused(source: str, target: str) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", refused)
    run = plangen("generate", BETTY_XLSX, "--out", "out")
    monkeypatch.setattr(os, "replace", real_replace)
    assert run.exit_code == 3
    assert "cannot be written (Permission denied)" in run.stderr
    assert "unchanged" in run.stderr
    assert "Traceback" not in run.stderr
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".plangen-")]


def it_keeps_the_previous_plan_when_a_rewrite_fails(
    monkeypatch: pytest.MonkeyPatch, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    assert plangen("generate", BETTY_XLSX, "--out", "out").exit_code == 0
    before = {p: p.read_bytes() for p in all_files(tmp_path / "out")}

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    run = plangen("generate", BETTY_XLSX, "--out", "out", "--versions", "plan")
    assert run.exit_code == 3
    assert "No space left on device" in run.stderr
    assert {p: p.read_bytes() for p in all_files(tmp_path / "out")} == before


def it_refuses_a_second_batch_on_the_same_folder(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    held = os.open(tmp_path / "out", os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        run = plangen("batch", BETTY_XLSX, "--out", "out")
    finally:
        os.close(held)
    assert run.exit_code == 3
    assert "another plangen batch is writing to this folder" in run.stderr
    assert not all_files(tmp_path / "out")


def it_gives_a_written_file_the_usual_permissions(tmp_path: Path) -> None:
    """As any new file would have (the umask decides), not the temporary file's 0600."""
    umask = os.umask(0o022)
    os.umask(umask)
    write_atomic(tmp_path / "plan.docx", b"a plan")
    assert (tmp_path / "plan.docx").stat().st_mode & 0o777 == 0o666 & ~umask
