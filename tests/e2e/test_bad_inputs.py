"""The corpus of bad and hostile inputs (``tests/bad_inputs/``, made by
``scripts/make_bad_inputs.py``): each gives its message and exit status, writes nothing
when refused, never crashes, and in a batch does not stop the other plans.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from lxml import etree

from tests.conftest import BETTY_XLSX, ROOT, Run, all_files, script

CORPUS = ROOT / "tests" / "bad_inputs"
CASES: list[dict[str, Any]] = tomllib.loads((CORPUS / "cases.toml").read_text())["case"]


@pytest.fixture(scope="session")
def large_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cases too large to keep in git, built once for the session."""
    folder = tmp_path_factory.mktemp("large-bad-inputs")
    maker = script("make_bad_inputs")
    for case in maker.CASES:
        if case.large:
            maker.build(case, folder)
    return folder


def corpus_file(case: dict[str, Any], large: Path) -> Path:
    return (large if case["large"] else CORPUS) / case["file"]


def valid_docx(path: Path) -> None:
    """Every XML part parses, and Word's own model (python-docx) opens the file."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))
    Document(str(path))


def temporary_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".plangen-")]


def it_has_the_corpus_the_issue_asks_for() -> None:
    assert len(CASES) >= 60
    kept = [c for c in CASES if not c["large"]]
    assert all((CORPUS / c["file"]).is_file() for c in kept), "run scripts/make_bad_inputs.py"
    assert {c["file"] for c in CASES} >= {
        "zip-bomb.xlsx",
        "xxe.docx",
        "billion-laughs.docx",
        "macros.xlsm",
        "formula-no-result.xlsx",
        "merged-headers.xlsx",
        "hidden-confidential.xlsx",
        "empty-formatted-rows.xlsx",
        "huge-cell.xlsx",
        "control-characters.xlsx",
        "right-to-left-and-emoji.xlsx",
        "dates-as-text.xlsx",
        "duplicate-person.xlsx",
        "spelled-two-ways.xlsx",
    }


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def it_answers_each_bad_input_as_the_corpus_says(
    case: dict[str, Any], large_inputs: Path, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    source = tmp_path / case["file"]
    shutil.copyfile(corpus_file(case, large_inputs), source)
    extra = ["--out", "out"] if case["command"] == "generate" else []
    run = plangen(case["command"], source.name, *extra)
    said = run.stdout + run.stderr
    assert run.exit_code == case["exit"], said
    assert "Traceback" not in said
    for words in case["says"]:
        assert words in said
    written = all_files(tmp_path / "out") if (tmp_path / "out").exists() else []
    if case["exit"] == 2:
        assert not written, "a refused input must write nothing"
    for path in written:
        if path.suffix == ".docx":
            valid_docx(path)
    assert not temporary_files(tmp_path)


def it_never_runs_or_keeps_the_macros(plangen: Callable[..., Run], tmp_path: Path) -> None:
    shutil.copyfile(CORPUS / "macros.xlsm", tmp_path / "macros.xlsm")
    assert plangen("generate", "macros.xlsm", "--out", "out").exit_code == 0
    for path in all_files(tmp_path / "out"):
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                assert not [n for n in archive.namelist() if "vba" in n.lower()]


def it_keeps_right_to_left_text_and_emoji(plangen: Callable[..., Run], tmp_path: Path) -> None:
    shutil.copyfile(CORPUS / "right-to-left-and-emoji.xlsx", tmp_path / "rtl.xlsx")
    assert plangen("generate", "rtl.xlsx", "--out", "out").exit_code == 0
    [plan] = (tmp_path / "out").rglob("*-cp-plan.docx")
    text = "\n".join(
        cell.text
        for table in Document(str(plan)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621" in text
    assert "\u05e9\u05e8\u05d4 \u05dc\u05d5\u05d9" in text


def it_removes_control_characters_rather_than_corrupt_the_document(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    for name in ("control-characters.xlsx", "control-characters.json"):
        shutil.copyfile(CORPUS / name, tmp_path / name)
        assert plangen("generate", name, "--out", f"out-{name}").exit_code == 0
        for path in (tmp_path / f"out-{name}").rglob("*.docx"):
            with zipfile.ZipFile(path) as archive:
                body = archive.read("word/document.xml")
            assert not any(chr(c).encode() in body for c in (0, 7, 27))
            valid_docx(path)


def it_does_not_stop_a_batch(
    large_inputs: Path, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    refused = [c for c in CASES if c["exit"] == 2 and c["command"] == "generate"]
    (tmp_path / "in").mkdir()
    for case in refused:
        shutil.copyfile(corpus_file(case, large_inputs), tmp_path / "in" / case["file"])
    shutil.copyfile(BETTY_XLSX, tmp_path / "in" / "betty-smith.xlsx")
    run = plangen("batch", "in", "--out", "out", "--jobs", "2")
    assert run.exit_code == 2
    assert "Traceback" not in run.stdout + run.stderr
    assert "1 plan(s) made" in run.stdout
    assert len(list((tmp_path / "out").rglob("*.docx"))) == 5  # Betty's, every version
    failures = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    for case in refused:
        assert any(line.startswith(f"error: {case['file']}") for line in failures), case["file"]
    assert not temporary_files(tmp_path)


def it_refuses_a_zip_bomb_without_inflating_it(
    monkeypatch: pytest.MonkeyPatch, large_inputs: Path
) -> None:
    """The refusal comes from the zip's directory: not one byte of the bomb is inflated."""
    from plangen.errors import InputError
    from plangen.intake import read_plans

    inflated: list[int] = []
    real = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = real(self, n)
        if "bomb" in self.name:
            inflated.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    with pytest.raises(InputError, match="would inflate"):
        read_plans(large_inputs / "zip-bomb.xlsx")
    assert sum(inflated) == 0


def it_reads_a_workbook_of_empty_formatted_rows_quickly_enough_to_finish(
    large_inputs: Path,
) -> None:
    from plangen.intake import read_plans
    from plangen.model import Plan

    [plan] = read_plans(large_inputs / "empty-formatted-rows.xlsx")
    assert isinstance(plan, Plan) and len(plan.risks[0].outcomes[0].actions) == 4


def it_takes_limits_from_the_settings(plangen: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "plangen.toml").write_text("[limits]\nmax_rows = 5\nmax_cell_chars = 100\n")
    shutil.copyfile(BETTY_XLSX, tmp_path / "betty.xlsx")
    run = plangen("generate", "betty.xlsx", "--out", "out")
    assert run.exit_code == 2
    assert 'sheet "Core group": has more than 5 filled rows' in run.stderr
    assert "limits.max_rows in plangen.toml" in run.stderr


def it_reads_nothing_from_a_pipe(plangen: Callable[..., Run], tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "plan.xlsx")
    run = plangen("generate", "plan.xlsx", "--out", "out")
    assert run.exit_code == 2
    assert "plan.xlsx: is not a file (a folder, pipe or device)" in run.stderr


def it_refuses_two_intakes_that_make_the_same_files(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    shutil.copyfile(BETTY_XLSX, tmp_path / "in" / "a.xlsx")
    shutil.copyfile(BETTY_XLSX, tmp_path / "in" / "b.xlsx")
    run = plangen("batch", "in", "--out", "out", "--jobs", "1")
    assert run.exit_code == 2
    assert "0 plan(s) made, 0 unchanged, 2 failed" in run.stdout  # neither copy wins
    assert "a.xlsx: the same plan (same child and plan type) is also in in/b.xlsx" in run.stderr
    assert "b.xlsx: the same plan (same child and plan type) is also in in/a.xlsx" in run.stderr


def it_leaves_no_temporary_files_after_the_whole_corpus(large_inputs: Path, tmp_path: Path) -> None:
    """Read every corpus file, the fuzz seeds and every input the fuzzer found to crash
    plangen once: each gives a plan or plangen's own error, and nothing is left behind."""
    from plangen.errors import PlangenError
    from plangen.intake import read_plans

    folders = [CORPUS, large_inputs, ROOT / "fuzz" / "seeds", ROOT / "fuzz" / "crashes"]
    before = {f: sorted(p.name for p in f.iterdir()) for f in folders if f.is_dir()}
    for folder in before:
        for path in sorted(folder.iterdir()):
            if path.suffix:
                named = [path] if path.suffix in {".xlsx", ".xlsm", ".docx", ".json"} else []
            else:  # a fuzzer's input has no name: read it as a workbook and as a form
                named = [tmp_path / f"{path.name}{suffix}" for suffix in (".xlsx", ".docx")]
                for copy in named:
                    shutil.copyfile(path, copy)
            for intake in named:
                with contextlib.suppress(PlangenError):
                    read_plans(intake)
    assert {f: sorted(p.name for p in f.iterdir()) for f in before} == before
    assert not list(Path(tempfile.gettempdir()).glob(".plangen-*"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".plangen-")]
