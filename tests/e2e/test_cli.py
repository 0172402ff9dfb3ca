"""The command line as a user meets it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from ..conftest import ROOT, Run


def it_shows_an_example_in_the_help_of_each_command(plangen: Callable[..., Run]) -> None:
    for command, example in [
        ("generate", "Example: plangen generate inputs/betty-smith.xlsx --out outputs/"),
        ("intake-template", "plangen intake-template meeting-form.docx --kind child"),
        ("export", "Example: plangen export inputs/betty-smith.xlsx --json > betty.json"),
        ("schema", "Example: plangen schema > plan.schema.json"),
    ]:
        shown = plangen(command, "--help")
        assert shown.exit_code == 0
        assert example in " ".join(shown.stdout.split()), command


def it_says_plainly_when_there_is_nothing_to_read(plangen: Callable[..., Run]) -> None:
    result = plangen("generate", "nowhere.xlsx", "--out", "out")
    assert result.exit_code == 2
    assert "error: nowhere.xlsx: cannot be read: No such file or directory" in result.stderr


def it_runs_as_an_installed_command_without_a_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plangen = ROOT / ".venv/bin/plangen"
    command = [str(plangen)] if plangen.exists() else [sys.executable, "-m", "plangen.cli"]
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    result = subprocess.run(
        [*command, "generate", "bad.xlsx"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: bad.xlsx: is a text or CSV file")
