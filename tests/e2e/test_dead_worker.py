"""A worker process that dies (killed, out of memory, ``os._exit``) fails only the plan
it was making: the batch never hangs, says what happened in plain words, keeps its
record straight, leaves no process or temporary file behind, and the next run makes
the missing plan without taking any file for a hand edit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from plangen.batch.manifest import file_sha256
from plangen.write import TEMP_PREFIX

from ..conftest import ROOT, Run
from .test_batch import json_plans
from .test_no_hang_no_traceback import deadline, processes_in

STOPPED = "the worker process making this plan stopped unexpectedly"


def _children() -> set[int]:
    """The processes this test process started that are still there."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        found |= {int(pid) for pid in (task / "children").read_text().split()}
    return found


def _assert_record_straight(out: Path) -> None:
    """No journal or temporary file left; every file in the manifest is as recorded."""
    assert not (out / ".plangen/journal.jsonl").exists()
    assert not list(out.rglob(f"{TEMP_PREFIX}*")), list(out.rglob(f"{TEMP_PREFIX}*"))
    outputs = json.loads((out / ".plangen/manifest.json").read_text())["outputs"]
    for name, entry in outputs.items():
        assert file_sha256(out / name) == entry["sha256"], name


def _assert_next_run_makes_it(plangen: Callable[..., Run], tmp_path: Path, plans: int) -> None:
    again = plangen("batch", "in", "--out", "out", "--jobs", "2")
    assert again.exit_code == 0, again.stderr
    assert "kept your edits" not in again.stdout  # nothing of plangen's taken for an edit
    assert not list((tmp_path / "out").rglob("*.new.*"))
    for n in range(plans):
        assert (tmp_path / f"out/cp-{n:04d}/2023-03-01-cp-plan.docx").is_file(), n
    _assert_record_straight(tmp_path / "out")


@pytest.mark.parametrize(
    ("death", "how"),
    [
        (lambda: os.kill(os.getpid(), signal.SIGKILL), "(killed, or out of memory)"),
        (lambda: os._exit(1), "(exit status 1)"),
    ],
    ids=["killed", "exited"],
)
def it_fails_only_the_plan_whose_worker_died_and_finishes_the_run(
    plangen: Callable[..., Run],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    death: Callable[[], None],
    how: str,
) -> None:
    from plangen.batch import run
    from plangen.render.engine import WordTemplate

    json_plans(tmp_path / "in", 10)
    before = _children()  # other tests' processes may still be there
    real = WordTemplate.render_anchored

    def dies_on_child1(self, context, **options):  # type: ignore[no-untyped-def]
        if "Child1 " in repr(context):
            death()  # in the worker process, forked after this patch
        return real(self, context, **options)

    monkeypatch.setattr(WordTemplate, "render_anchored", dies_on_child1)
    monkeypatch.setattr(run, "PLANS_PER_WORKER", 3)  # workers replaced as they go, too
    with deadline(240):
        result = plangen("batch", "in", "--out", "out", "--jobs", "2")
    assert result.exit_code == 3, result.stderr
    assert "9 plan(s) made, 0 unchanged, 1 failed" in result.stdout
    assert f"error: cp-0001/2023-03-01-cp-plan: {STOPPED} {how}, so its files were not " in (
        result.stderr
    )
    assert "Run batch again to make it" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out/cp-0001/2023-03-01-cp-plan.docx").exists()
    assert _children() <= before  # none of the run's own processes is left
    _assert_record_straight(tmp_path / "out")
    monkeypatch.setattr(WordTemplate, "render_anchored", real)
    _assert_next_run_makes_it(plangen, tmp_path, 10)


def it_keeps_the_files_a_dying_worker_put_in_place_as_its_own(
    plangen: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between putting one file of a plan in place and the next: the file is
    plangen's (journalled), never taken for a hand edit next run."""
    from plangen import write

    json_plans(tmp_path / "in", 4)
    before = _children()
    real = write._put_in_place
    placed: list[Path] = []

    def dies_after_the_first(temp: Path, path: Path) -> None:
        if "cp-0002" in str(path) and placed:
            os.kill(os.getpid(), signal.SIGKILL)
        real(temp, path)
        if "cp-0002" in str(path):
            placed.append(path)

    monkeypatch.setattr(write, "_put_in_place", dies_after_the_first)
    with deadline(240):
        result = plangen("batch", "in", "--out", "out", "--jobs", "2")
    assert result.exit_code == 3, result.stderr
    assert "3 plan(s) made, 0 unchanged, 1 failed" in result.stdout
    assert f"cp-0002/2023-03-01-cp-plan: {STOPPED}" in result.stderr
    assert len(list((tmp_path / "out/cp-0002").iterdir())) == 1  # one file got there
    assert _children() <= before  # none of the run's own processes is left
    _assert_record_straight(tmp_path / "out")
    monkeypatch.setattr(write, "_put_in_place", real)
    _assert_next_run_makes_it(plangen, tmp_path, 4)


PLANS = 6


def it_survives_its_workers_being_killed_from_outside(tmp_path: Path) -> None:
    """Every worker the batch starts is killed as soon as it is seen (as the
    out-of-memory killer would): the batch still ends, each plan lost is named, and a
    run left alone afterwards makes them all."""
    json_plans(tmp_path / "in", PLANS)
    command = [sys.executable, "-m", "plangen.cli", "batch", "in", "--out", "out", "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    batch = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    killed: set[int] = set()
    started = time.monotonic()
    while batch.poll() is None and time.monotonic() - started < 300:
        children = Path(f"/proc/{batch.pid}/task/{batch.pid}/children")
        try:
            pids = {int(pid) for pid in children.read_text().split()}
        except OSError:
            break  # it has ended
        for pid in pids - killed:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except ProcessLookupError:
                pass
        time.sleep(0.005)
    try:
        stdout, stderr = batch.communicate(timeout=60)  # fails the test if it hangs
    finally:
        batch.kill()  # a hung batch must not outlive the test (its workers see it gone)
    failed = stderr.count(STOPPED)
    assert killed and failed >= 1, (killed, stderr)
    assert batch.returncode == 3, stderr
    made = int(stdout.split(" plan(s) made")[0].split()[-1])
    assert f"{made} plan(s) made, 0 unchanged, {failed} failed" in stdout
    assert made + failed == PLANS
    assert "(killed, or out of memory)" in stderr and "Traceback" not in stderr
    assert processes_in(tmp_path) == []
    _assert_record_straight(tmp_path / "out")
    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert f"{failed} plan(s) made, {made} unchanged, 0 failed" in again.stdout
    assert "kept your edits" not in again.stdout
    for n in range(PLANS):
        assert (tmp_path / f"out/cp-{n:04d}/2023-03-01-cp-plan.docx").is_file(), n
    _assert_record_straight(tmp_path / "out")
