"""Shared test helpers: build intake files in tmp_path, run the real CLI, read .docx back.

LibreOffice tests carry the ``soffice`` marker: outside CI they skip with a visible
reason when soffice is missing; with PLANGEN_REQUIRE_SOFFICE=1 (set by .ci/run) they fail.
Browser tests (``browser``) do the same for chromium and chromedriver, with
PLANGEN_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from plangen.cli import app
from plangen.errors import show_values
from plangen.intake.blank import Rows, filled_workbook
from plangen.model import Plan
from plangen.privacy.names import is_family

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "inputs"
TEMPLATES = ROOT / "templates"
BETTY_XLSX = INPUTS / "betty-smith.xlsx"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    needs = {
        "soffice": (
            ("soffice", "pdftotext"),
            "PLANGEN_REQUIRE_SOFFICE",
            "LibreOffice (soffice) or poppler (pdftotext) not installed",
        ),
        "browser": (
            ("chromium", "chromedriver"),
            "PLANGEN_REQUIRE_BROWSER",
            "chromium or chromedriver not installed (apt-get install chromium chromium-driver)",
        ),
    }
    for marker, (programs, required, reason) in needs.items():
        if all(shutil.which(p) for p in programs) or os.environ.get(required):
            continue
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if marker in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def values_hidden() -> Iterator[None]:
    """Every test starts as the CLI does without --verbose: intake values hidden."""
    show_values(False)
    yield
    show_values(False)


@pytest.fixture
def verbose() -> None:
    """Messages show intake values, as with --verbose."""
    show_values(True)


@cache
def script(name: str) -> ModuleType:
    """One of the project's scripts (``scripts/NAME.py``) as a module, loaded once."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def as_printed(plan: Plan) -> Plan:
    """``plan`` as a printed plan reads back: family members' address, e-mail and phone
    are never printed, so their cells read back empty (issue 13f)."""
    printed = plan.model_copy(deep=True)
    for person in printed.core_group:
        if is_family(person):
            person.address = person.email = person.phone = ""
    return printed


def betty_rows() -> Rows:
    """The seed 002 example as intake rows (the data of inputs/betty-smith.xlsx)."""
    rows: Rows = copy.deepcopy(script("make_examples").BETTY)
    return rows


def betty_rows_without_findings() -> Rows:
    """Betty's intake rows made into a plan the rules find nothing to change in."""
    rows = betty_rows()
    rows["plan"][0].update(
        contingency="If Betty misses school twice in a week, she will stay with her grandmother "
        "while Harriet Hill agrees a safety plan with her parents.",
        contingency_timescale="Within 2 days of a trigger",
        child_views="Betty said she wants breakfast at home.",
        family_views="Suzi and Tom accept that change is needed.",
    )
    rows["risks"][0]["outcome"] += ", consistently for 3 months"
    return rows


@pytest.fixture
def write_workbook(tmp_path: Path) -> Callable[..., Path]:
    """Write intake rows to ``tmp_path/<name>`` and return its path."""

    def write(rows: Rows, name: str = "intake.xlsx") -> Path:
        path = tmp_path / name
        path.write_bytes(filled_workbook(rows))
        return path

    return write


class Run:
    """The outcome of one CLI call."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr


@pytest.fixture
def plangen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., Run]:
    """Run the real ``plangen`` CLI in-process, in tmp_path, with the repo's templates."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Run:
        result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


def soffice_pdf(docx: Path, out: Path) -> Path:
    """Convert with LibreOffice, as the council's own client would; return the PDF."""
    profile = out / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = out / (docx.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice did not convert {docx.name}"
    return pdf


def generated_from(folder: Path, plans: dict[str, object]) -> Path:
    """Each plan written as ``folder/<name>.json`` and made by the real CLI into
    ``folder/out``, which is returned (the run must succeed)."""
    for name, data in plans.items():
        (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    out = folder / "out"
    result = subprocess.run(
        [sys.executable, "-m", "plangen.cli", "generate", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return out


def text_of(docx: Path) -> str:
    """The text of a .docx as a reader sees it: every paragraph, then every table cell."""
    from docx import Document

    document = Document(str(docx))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def all_files(folder: Path) -> list[Path]:
    """The files a user sees in ``folder``: not plangen's own record in ``.plangen/``."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and ".plangen" not in p.relative_to(folder).parts
    )
