"""The batch's worker processes: every task answered, a dead worker's task reported as
lost (never waited for), and no process left behind however the run ends."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from plangen.batch.workers import Workers


def _children() -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        found |= {int(pid) for pid in (task / "children").read_text().split()}
    return found


def _square_or_die(n: int) -> tuple[str, int]:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    if n == 5:
        os._exit(4)
    if n == 6:
        raise RuntimeError("a bug in the work itself")
    return ("made", n * n)


def _lost(n: int, exit_code: int) -> tuple[str, int]:
    return ("lost", n * 100 + exit_code)


def it_answers_every_task_and_reports_each_dead_workers_task_as_lost(
    capfd: pytest.CaptureFixture[str],
) -> None:
    before = _children()  # other tests' processes may still be there
    with Workers(2, _square_or_die, _lost, tasks_per_worker=2) as workers:
        results = sorted(workers.results(iter(range(9))))
    assert results == sorted(
        [("made", n * n) for n in (0, 1, 2, 4, 7, 8)]
        + [("lost", 300 - signal.SIGKILL), ("lost", 504), ("lost", 670)]
    )
    assert _children() <= before  # none of the run's own processes is left
    assert "Traceback" not in capfd.readouterr().err


def it_leaves_no_process_behind_when_the_caller_stops_early() -> None:
    before = _children()
    with Workers(2, _square_or_die, _lost, tasks_per_worker=10) as workers:
        for result in workers.results(iter(range(100))):
            assert result == ("made", 0)
            break
    assert _children() <= before  # none of the run's own processes is left


def _begin(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # while making 3, with 2 held back
    return n


def _end(n: int) -> tuple[str, int]:
    if n == 5:
        os._exit(4)  # while finishing 5, with 6 begun
    return ("made", n * n)


def it_tries_again_alone_each_task_a_dead_two_step_worker_held() -> None:
    """A worker that takes its next task before finishing the last holds two; when it
    dies, each is tried again alone, and only the one that kills a worker alone too is
    lost: every other task is made."""
    before = _children()
    with Workers(2, _begin, _lost, tasks_per_worker=3, finish=_end) as workers:
        results = sorted(workers.results(iter(range(12))))
        assert workers.deaths >= 2
    assert results == sorted(
        [("made", n * n) for n in range(12) if n not in (3, 5)]
        + [("lost", 300 - signal.SIGKILL), ("lost", 504)]
    )
    assert _children() <= before  # none of the run's own processes is left
