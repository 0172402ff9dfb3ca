"""The worker processes of a batch: each makes one plan at a time, and one that dies
fails only the plan it was making.

``multiprocessing.Pool`` loses the task of a worker that dies (killed, out of memory,
``os._exit``) and waits for its result for ever; ``concurrent.futures`` fails every
plan in flight and cannot fork a fresh worker every few plans.  So a worker here is a
forked process with its own pipe: the parent hands it its tasks, waits on its pipe and
on the process itself, and knows exactly which plans a worker held when it died.

A plan is made in two steps (``work`` then ``finish``): its files are made and
written beside their targets, then, once they are on disk, put in place.  A worker
begins its next plan before it finishes the last, so the wait for the disk (a flush,
in a thread) overlaps making the next plan instead of leaving a core idle.

Workers are forked from the parent, so they start with whatever it has loaded
(templates, word lists).  Each stops after ``tasks_per_worker`` tasks and a fresh one
takes its place, so native memory a library never gives back stays bounded.  A worker
whose parent dies sees its pipe close and stops.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")
_END = object()
_FINISH = "finish"  # to a worker: answer the task you hold back, nothing more is coming


@dataclass
class _Worker(Generic[Task]):
    process: BaseProcess
    pipe: Connection  # the parent's end
    tasks: list[Task] = field(default_factory=list)  # handed and not yet answered, in order
    handed: int = 0
    alone: bool = False  # running a task tried again, alone
    held_back: bool = False  # it may hold back an answer until told to finish


class Workers(Generic[Task, Result]):
    """``jobs`` forked processes applying ``work`` to tasks, one task each at a time.

    ``lost(task, exit_code)`` is the result of a task whose worker stopped before
    answering (``exit_code`` negative: killed by that signal).
    With ``finish``, each task is done in two steps, ``finish(work(task))``, and a
    worker takes its next task before it finishes the last one: ``work`` may start
    something that waits (a flush to disk, in a thread) and ``finish`` wait for it, so
    the wait overlaps the next task's work.  Such a worker holds up to two tasks; when
    it dies holding two, which one killed it is unknown, so each is tried again alone
    in a fresh worker, and only a task whose worker dies when it is alone is lost.
    Use as a context manager: leaving it stops and reaps every worker, however the
    block ends, so no process is left behind.
    """

    def __init__(
        self,
        jobs: int,
        work: Callable[[Task], Any],
        lost: Callable[[Task, int], Result],
        *,
        tasks_per_worker: int,
        finish: Callable[[Any], Result] | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        self.work, self.lost, self.finish = work, lost, finish
        self.tasks_per_worker = max(1, tasks_per_worker)
        self.depth = 1 if finish is None else 2
        self.deaths = 0  # workers that died with a task
        self._context = multiprocessing.get_context("fork")
        self._workers: list[_Worker[Task]] = []
        self._again: collections.deque[Task] = collections.deque()  # to try again, alone

    def __enter__(self) -> Workers[Task, Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def results(self, tasks: Iterator[Task]) -> Iterator[Result]:
        """The result of every task, in the order they finish.  Tasks are taken from
        ``tasks`` only as workers become free, so few are in memory at once."""
        more = True
        while True:
            while self._again and (worker := self._taker(alone=True)) is not None:
                self._hand(worker, self._again.popleft(), alone=True)
            while more and not self._again and (worker := self._taker()) is not None:
                task = next(tasks, _END)
                if task is _END:
                    more = False
                    break
                self._hand(worker, task)  # type: ignore[arg-type]
            busy = [w for w in self._workers if w.tasks]
            if not more or self._again:  # no next task is coming (for now): no answer
                for worker in busy:  # may be held back
                    self._tell_finish(worker)
            if not busy:
                if self._again:
                    continue
                return
            waits = [w.pipe for w in busy] + [w.process.sentinel for w in busy]
            ready = multiprocessing.connection.wait(waits)
            for worker in busy:
                if worker.pipe in ready or worker.process.sentinel in ready:
                    yield from self._hear(worker)

    def close(self) -> None:
        """Stop every worker (an idle one is asked; a busy one is killed) and reap it."""
        for worker in self._workers:
            if not worker.tasks:
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

    def _taker(self, *, alone: bool = False) -> _Worker[Task] | None:
        """A worker that can take a task now (a fresh one if there is room), or None;
        a task tried again goes only to a worker holding nothing."""
        for idle in [w for w in self._workers if not w.tasks]:
            if not idle.process.is_alive():  # killed while it waited: not this task's fault
                self._retire(idle)
        taking = [w for w in self._workers if w.handed < self.tasks_per_worker]
        for worker in sorted(taking, key=lambda w: len(w.tasks)):
            if not worker.tasks or (
                not alone and not worker.alone and len(worker.tasks) < self.depth
            ):
                return worker
        return self._start() if len(self._workers) < self.jobs else None

    def _hand(self, worker: _Worker[Task], task: Task, *, alone: bool = False) -> None:
        worker.tasks.append(task)
        worker.handed += 1
        worker.alone = alone
        worker.held_back = self.depth > 1
        with contextlib.suppress(OSError):  # it died before it could take the task:
            worker.pipe.send(task)  # its sentinel says so
        if alone:
            self._tell_finish(worker)

    def _tell_finish(self, worker: _Worker[Task]) -> None:
        if worker.held_back:
            worker.held_back = False
            with contextlib.suppress(OSError):  # died: its sentinel says so
                worker.pipe.send(_FINISH)

    def _hear(self, worker: _Worker[Task]) -> Iterator[Result]:
        """Each answer ``worker`` has sent; then, if it died holding tasks, theirs."""
        try:
            while worker.tasks and worker.pipe.poll():
                result: Result = worker.pipe.recv()
                worker.tasks.pop(0)
                yield result
        except (EOFError, OSError):
            pass  # it died while sending
        if not worker.tasks:
            if worker.handed >= self.tasks_per_worker:
                self._retire(worker)  # it stops by itself after its last answer
            return
        if worker.process.is_alive():
            return  # more to come
        held, alone = worker.tasks, worker.alone
        worker.tasks = []
        self._retire(worker)
        self.deaths += 1
        if len(held) == 1 or alone:
            for task in held:
                yield self.lost(task, worker.process.exitcode or 0)
        else:
            self._again.extend(held)

    def _retire(self, worker: _Worker[Task]) -> None:
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.pipe.close()
        self._workers.remove(worker)

    def _start(self) -> _Worker[Task]:
        give_back_freed_memory()  # the worker starts with a copy of every page we hold
        parent, child = self._context.Pipe()
        others = [w.pipe for w in self._workers] + [parent]
        process = self._context.Process(
            target=_serve,
            args=(child, others, self.work, self.finish, self.tasks_per_worker),
            daemon=True,
        )
        process.start()
        child.close()
        worker: _Worker[Task] = _Worker(process, parent)
        self._workers.append(worker)
        return worker


def give_back_freed_memory() -> None:
    """Return the memory this process has freed to the system (glibc keeps it for
    reuse).  A forked worker starts holding a copy of each page its parent holds,
    free or not, so a parent that has freed much (plans read, results handled) would
    make every worker it forks that much bigger."""
    global _TRIM
    if _TRIM is None:
        try:
            _TRIM = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to call
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM: Any = None  # glibc's malloc_trim, once looked up (False: there is none)


def _serve(
    pipe: Connection,
    parents: list[Connection],
    work: Callable[[object], object],
    finish: Callable[[object], object] | None,
    tasks: int,
) -> None:
    """A worker's life: take a task, send its result, until told to stop (``None``),
    its parent is gone, or it has made ``tasks`` of them.  With ``finish``, the last
    task's second step waits until the next task's first step is done, or until the
    parent says nothing more is coming."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops us all
    for end in parents:  # only the parent may hold them, so a dead parent closes them
        end.close()
    if finish is not None:
        sys.setswitchinterval(0.001)  # a thread waiting on the disk gets its turn soon
    held: list[object] = []  # the task begun and not yet answered (with ``finish``)
    try:
        while tasks or held:
            message = pipe.recv() if tasks else _FINISH
            if message is None:
                return
            finishing = isinstance(message, str) and message == _FINISH
            if not finishing:
                tasks -= 1
                begun = work(message)
                if finish is None:
                    pipe.send(begun)
                    continue
                held.append(begun)
            while finish is not None and len(held) > (0 if finishing else 1):
                pipe.send(finish(held.pop(0)))
    except (EOFError, OSError):
        return  # the parent is gone
    except BaseException:  # ``work`` never raises; if it does, the parent reports
        os._exit(70)  # the task as lost: a traceback here would reach the user


__all__ = ["Workers"]
