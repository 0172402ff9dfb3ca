"""``python bench/bench.py`` answers --help and a wrong argument as a command should:
a usage message and an exit status, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def it_explains_itself_with_help() -> None:
    result = _bench("--help")
    assert result.returncode == 0, result.stderr
    assert "usage: python bench/bench.py [-h] [N | hostile]" in result.stdout
    assert "hostile: time the hostile inputs only" in " ".join(result.stdout.split())


def it_refuses_a_wrong_argument_with_a_usage_message() -> None:
    for wrong, said in [
        ("nope", "'nope' is neither a number of plans nor 'hostile'"),
        ("3", "3 plans is too few to measure"),
    ]:
        result = _bench(wrong)
        assert result.returncode == 2, wrong
        assert said in result.stderr and "Traceback" not in result.stderr, result.stderr


def it_measures_its_own_checkout_whatever_the_folder_a_run_starts_in(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``PYTHONPATH=src python bench/bench.py`` from a worktree: the batch runs start in
    a temporary folder, so a relative path would import another checkout's plangen."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    from bench import own_code_first

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(["src", "bench", str(ROOT / "src")]))
    own_code_first()
    monkeypatch.chdir(tmp_path)
    entries = os.environ["PYTHONPATH"].split(os.pathsep)
    assert entries == [str(ROOT / "src"), str(ROOT / "bench")]
    found = subprocess.run(
        [sys.executable, "-c", "import plangen; print(plangen.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == str(ROOT / "src" / "plangen" / "__init__.py")
