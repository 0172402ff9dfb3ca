"""What a quick command never loads: ``plangen --help`` and a batch with nothing to
re-make start without python-docx, lxml, Jinja, the rules or the family engine (their
import is most of such a run's time: issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .test_batch import council, json_plans  # noqa: F401 (council is a fixture)

HEAVY = ("docx", "docxtpl", "lxml", "jinja2", "openpyxl", "plangen.family", "plangen.rules")

# runs the CLI in this interpreter, then prints the heavy modules it loaded
_RUN = """
import json, sys
from plangen.cli import app
sys.argv = ["plangen", *sys.argv[1:]]
try:
    app()
except SystemExit as done:
    code = done.code
heavy = sorted({m.split(".")[0] if not m.startswith("plangen.") else ".".join(m.split(".")[:2])
                for m in sys.modules if m.startswith(HEAVY)})
print(json.dumps({"code": code, "heavy": heavy}))
"""


def _loaded(cwd: Path, *args: str) -> dict[str, object]:
    script = f"HEAVY = {HEAVY!r}\n{_RUN}"
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def it_shows_the_help_without_loading_the_document_stages(tmp_path: Path) -> None:
    assert _loaded(tmp_path, "--help") == {"code": 0, "heavy": []}


def it_re_runs_a_batch_with_nothing_to_make_without_loading_them(council: Path) -> None:  # noqa: F811
    json_plans(council / "in", 3)
    first = _loaded(council, "batch", "in", "--out", "out")
    assert first["code"] == 0
    assert "plangen.family" in first["heavy"]  # (the first run did make the plans)
    assert _loaded(council, "batch", "in", "--out", "out") == {"code": 0, "heavy": []}
