"""No hang, no traceback, no lost entry: one plan's failure is that plan's alone, and
plangen never takes its own files for hand edits, however the run ends."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from plangen.batch.manifest import file_sha256

from ..conftest import ROOT, Run
from .test_batch import json_plans


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (never hang) when the block takes longer than ``seconds``."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds}s: plangen hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def processes_in(folder: Path) -> list[int]:
    """Processes (of any parent) whose working folder is ``folder``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if Path(os.readlink(entry / "cwd")) == folder:
                    found.append(int(entry.name))
            except OSError:
                continue  # gone, or not ours to look at
    return found


def it_reports_a_plan_whose_worker_fails_and_finishes_the_run(
    plangen: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plangen.render.engine import WordTemplate

    json_plans(tmp_path / "in", 10)  # more than the plans in flight (4 a process)
    real, anchored = WordTemplate.render, WordTemplate.render_anchored

    def broken(self, context, **options):  # type: ignore[no-untyped-def]
        if "Child1 " in repr(context):
            raise RuntimeError("a bug while rendering this plan")
        return real(self, context, **options)

    def broken_anchored(self, context, **options):  # type: ignore[no-untyped-def]
        if "Child1 " in repr(context):
            raise RuntimeError("a bug while rendering this plan")
        return anchored(self, context, **options)

    monkeypatch.setattr(WordTemplate, "render", broken)
    monkeypatch.setattr(WordTemplate, "render_anchored", broken_anchored)
    with deadline(240):
        result = plangen("batch", "in", "--out", "out", "--jobs", "1")
    assert result.exit_code == 2
    assert "9 plan(s) made, 0 unchanged, 1 failed" in result.stdout
    assert "cp-0001/2023-03-01-cp-plan: plangen failed while making this plan's files" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out/cp-0001").exists()
    assert (tmp_path / "out/cp-0009/2023-03-01-cp-plan.docx").is_file()


@pytest.mark.parametrize(
    "shape",
    [
        "[]",
        '"manifest"',
        "42",
        "null",
        '{"format": 1}',
        '{"format": 1, "outputs": [], "sources": {}}',
        '{"format": 1, "outputs": {"a.docx": {"plan": 1}}, "sources": {}}',
        '{"format": 1, "outputs": {}, "sources": {"x": []}}',
        '{"format": 1, "outputs": {}, "sources": {"x": {"sha256": "", "plans": [{}]}}}',
    ],
)
def it_sets_aside_a_manifest_of_the_wrong_shape_and_says_so(
    plangen: Callable[..., Run], tmp_path: Path, shape: str
) -> None:
    json_plans(tmp_path / "in", 1)
    assert plangen("batch", "in", "--out", "out", "--jobs", "1").exit_code == 0
    (tmp_path / "out/.plangen/manifest.json").write_text(shape)
    result = plangen("batch", "in", "--out", "out", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert "could not be used (it is not the shape plangen writes) and was set aside" in (
        result.stderr
    )
    assert "kept your edits to cp-0000/2023-03-01-cp-plan.docx" in result.stdout
    assert list((tmp_path / "out/.plangen").glob("manifest.damaged-*.json"))


def it_never_writes_through_a_link_out_of_the_output_folder(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    [intake] = json_plans(tmp_path / "in", 1)
    plan = json.loads(intake.read_text())
    plan["case_ref"] = None
    intake.write_text(json.dumps(plan))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out/child0-smith").symlink_to(elsewhere)
    for command in ("generate", "batch"):
        result = plangen(command, "in", "--out", "out")
        assert result.exit_code == 3, (command, result.stderr)
        assert "its folder is a link to somewhere else" in result.stderr
        assert "Child0" not in result.stderr and "child0" not in result.stderr  # hidden
        assert not list(elsewhere.iterdir())
    verbose = plangen("generate", "in", "--out", "out", "--verbose")
    assert "child0-smith" in verbose.stderr


def it_reports_an_intake_whose_name_is_not_utf8(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    json_plans(folder, 1)
    raw = os.path.join(os.fsencode(folder), b"plan-\xff.json")
    with open(raw, "wb") as stream:
        stream.write(b"not json")
    for _ in range(2):
        result = plangen("batch", "in", "--out", "out", "--jobs", "1")
        assert result.exit_code == 2
        assert "plan-\ufffd.json" in result.stderr
        assert (tmp_path / "out/plangen-report.csv").is_file()


def it_says_its_version_what_it_reads_and_which_version_is_wrong(
    plangen: Callable[..., Run],
) -> None:
    from plangen import __version__

    assert plangen("--version").stdout.strip() == f"plangen {__version__}"
    shown = " ".join(plangen("generate", "--help").stdout.split())
    assert "[hidden]" in shown and "Reads:" in shown
    for command in ("check", "batch", "export"):
        assert "Reads:" in plangen(command, "--help").stdout, command
    served = " ".join(plangen("serve", "--help").stdout.split())
    assert "([web])" in served and "[[web.users]]" in served  # not eaten as markup
    wrong = plangen("generate", "x.json", "--versions", "plan,pdff")
    assert wrong.exit_code == 2
    assert '"pdff" is not one' in wrong.stderr


def it_counts_as_made_only_plans_that_changed_and_says_why(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    [first, *_] = json_plans(tmp_path / "in", 3)
    assert plangen("batch", "in", "--out", "out").exit_code == 0
    plan = json.loads(first.read_text())
    plan["child_views"] = "Child0 wants to stay at home."
    first.write_text(json.dumps(plan))
    result = plangen("batch", "in", "--out", "out")
    assert "1 plan(s) made, 2 unchanged, 0 failed" in result.stdout
    assert "made cp-0000/2023-03-01-cp-plan: input changed" in result.stdout


KILLS = 8
PLANS = 30


def it_never_takes_its_own_files_for_hand_edits_after_kills(tmp_path: Path) -> None:
    """SIGKILL the batch at random moments, again and again (every plan changed before
    each run, so every run has plans in flight), then let it finish."""
    json_plans(tmp_path / "in", PLANS)
    command = [sys.executable, "-m", "plangen.cli", "batch", "in", "--out", "out", "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    chance = random.Random(12)
    # how long a whole run takes on this machine now: the kills fall inside it
    timing = [*command[:-4], "--out", "timing", "--jobs", "2"]
    started = time.monotonic()
    subprocess.run(timing, cwd=tmp_path, env=env, capture_output=True, check=True)
    whole = time.monotonic() - started
    killed = 0
    for round in range(KILLS):
        for path in sorted((tmp_path / "in").iterdir()):
            plan = json.loads(path.read_text())
            plan["family_views"] = f"Changed before run {round}."
            path.write_text(json.dumps(plan))
        running = subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        journal = tmp_path / "out/.plangen/journal.jsonl"
        started = time.monotonic()  # wait until files are being written, however busy
        while running.poll() is None and not journal.exists() and time.monotonic() - started < 120:
            time.sleep(0.02)
        time.sleep(chance.uniform(0.05, 0.6) * whole)  # then a random moment of the writing
        if running.poll() is None:
            running.send_signal(signal.SIGKILL)
            killed += 1
        running.wait()
    # a worker whose batch was killed stops once it sees its pipe closed: none stays
    started = time.monotonic()
    while processes_in(tmp_path) and time.monotonic() - started < 30:
        time.sleep(0.1)
    assert processes_in(tmp_path) == []
    finish = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert finish.returncode == 0, finish.stderr
    outputs = json.loads((tmp_path / "out/.plangen/manifest.json").read_text())["outputs"]
    false_edits = finish.stdout.count("kept your edits")
    checked = [
        p for p in (tmp_path / "out").rglob("*") if p.is_file() and ".plangen" not in p.parts
    ]
    print(f"kill loop: {killed} kills, {len(checked)} files checked, {false_edits} false edits")
    assert killed >= KILLS // 2
    assert false_edits == 0, finish.stdout
    assert not list((tmp_path / "out").rglob("*.new.*"))
    assert len(outputs) == PLANS * 6
    for name, entry in outputs.items():
        assert file_sha256(tmp_path / "out" / name) == entry["sha256"], name


def it_never_writes_its_record_through_a_link(plangen: Callable[..., Run], tmp_path: Path) -> None:
    json_plans(tmp_path / "in", 1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out/.plangen").symlink_to(elsewhere)
    for command in ("generate", "batch"):
        result = plangen(command, "in", "--out", "out")
        assert result.exit_code == 3, (command, result.stderr)
        assert "out/.plangen: is a link to somewhere else" in result.stderr
        assert not list(elsewhere.iterdir())
