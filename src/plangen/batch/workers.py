"""The worker processes of a batch: each makes one plan at a time, and one that dies
fails only the plan it was making.

``multiprocessing.Pool`` loses the task of a worker that dies (killed, out of memory,
``os._exit``) and waits for its result for ever; ``concurrent.futures`` fails every
plan in flight and cannot fork a fresh worker every few plans.  So a worker here is a
forked process with its own pipe: the parent hands it one task, waits on its pipe and
on the process itself, and knows exactly which plan a worker was making when it died.

Workers are forked from the parent, so they start with whatever it has loaded
(templates, word lists).  Each stops after ``tasks_per_worker`` tasks and a fresh one
takes its place, so native memory a library never gives back stays bounded.  A worker
whose parent dies sees its pipe close and stops.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")
_END = object()


@dataclass
class _Worker(Generic[Task]):
    process: BaseProcess
    pipe: Connection  # the parent's end
    task: Task | None = None  # the task it is making, if any
    done: int = 0


class Workers(Generic[Task, Result]):
    """``jobs`` forked processes applying ``work`` to tasks, one task each at a time.

    ``lost(task, exit_code)`` is the result of a task whose worker stopped before
    answering (``exit_code`` negative: killed by that signal).
    Use as a context manager: leaving it stops and reaps every worker, however the
    block ends, so no process is left behind.
    """

    def __init__(
        self,
        jobs: int,
        work: Callable[[Task], Result],
        lost: Callable[[Task, int], Result],
        *,
        tasks_per_worker: int,
    ) -> None:
        self.jobs = max(1, jobs)
        self.work, self.lost = work, lost
        self.tasks_per_worker = max(1, tasks_per_worker)
        self._context = multiprocessing.get_context("fork")
        self._workers: list[_Worker[Task]] = []

    def __enter__(self) -> Workers[Task, Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def results(self, tasks: Iterator[Task]) -> Iterator[Result]:
        """The result of every task, in the order they finish.  Tasks are taken from
        ``tasks`` only as workers become free, so few are in memory at once."""
        more = True
        while True:
            while more and len(self._busy()) < self.jobs:
                task = next(tasks, _END)
                if task is _END:
                    more = False
                    break
                self._hand(task)  # type: ignore[arg-type]
            busy = self._busy()
            if not busy:
                return
            waits = [w.pipe for w in busy] + [w.process.sentinel for w in busy]
            ready = multiprocessing.connection.wait(waits)
            for worker in busy:
                if worker.pipe in ready or worker.process.sentinel in ready:
                    yield self._answer(worker)

    def close(self) -> None:
        """Stop every worker (an idle one is asked; a busy one is killed) and reap it."""
        for worker in self._workers:
            if worker.task is None:
                with contextlib.suppress(OSError):  # it may have died: reaped below
                    worker.pipe.send(None)
            else:
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.pipe.close()
        self._workers = []

    # -- one worker -------------------------------------------------------------------

    def _busy(self) -> list[_Worker[Task]]:
        return [w for w in self._workers if w.task is not None]

    def _hand(self, task: Task) -> None:
        for idle in [w for w in self._workers if w.task is None]:
            if not idle.process.is_alive():  # killed while it waited: not this task's fault
                self._retire(idle)
        worker = next((w for w in self._workers if w.task is None), None) or self._start()
        worker.task = task
        with contextlib.suppress(OSError):  # it died before it could take the task:
            worker.pipe.send(task)  # its sentinel says so

    def _answer(self, worker: _Worker[Task]) -> Result:
        """The result of ``worker``'s task, or ``lost`` when it died without one."""
        task = worker.task
        assert task is not None
        worker.task = None
        try:
            if worker.pipe.poll():
                result: Result = worker.pipe.recv()
                worker.done += 1
                if worker.done >= self.tasks_per_worker:
                    self._retire(worker)  # it stops by itself after sending this
                return result
        except (EOFError, OSError):
            pass  # it died while sending
        self._retire(worker)
        return self.lost(task, worker.process.exitcode or 0)

    def _retire(self, worker: _Worker[Task]) -> None:
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.pipe.close()
        self._workers.remove(worker)

    def _start(self) -> _Worker[Task]:
        parent, child = self._context.Pipe()
        others = [w.pipe for w in self._workers] + [parent]
        process = self._context.Process(
            target=_serve,
            args=(child, others, self.work, self.tasks_per_worker),
            daemon=True,
        )
        process.start()
        child.close()
        worker: _Worker[Task] = _Worker(process, parent)
        self._workers.append(worker)
        return worker


def _serve(
    pipe: Connection,
    parents: list[Connection],
    work: Callable[[object], object],
    tasks: int,
) -> None:
    """A worker's life: take a task, send its result, until told to stop (``None``),
    its parent is gone, or it has made ``tasks`` of them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops us all
    for end in parents:  # only the parent may hold them, so a dead parent closes them
        end.close()
    for _ in range(tasks):
        try:
            task = pipe.recv()
            if task is None:
                return
            pipe.send(work(task))
        except (EOFError, OSError):
            return  # the parent is gone
        except BaseException:  # ``work`` never raises; if it does, the parent reports
            os._exit(70)  # the task as lost: a traceback here would reach the user


__all__ = ["Workers"]
