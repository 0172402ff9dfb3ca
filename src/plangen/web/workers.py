"""Worker processes for the page: plans are made outside the server process.

Reading, checking and rendering are CPU work; in the server process they would stall
every other request.  They run in a pool of processes (one per core by default), each
started with the templates loaded.  A worker that dies (a crash in a library, the
memory killer) loses only the task it ran: the pool is replaced and the server goes on.

Tasks wait in one queue, most urgent first: what a person is waiting to read (input
problems, findings) goes ahead of files being made in the background; among equals,
the earlier turn, then the earlier upload, so each person's results come as soon as
their turn allows rather than everyone's at the end.  An upload's plans take their
turns a few at a time (:data:`PLANS_A_TURN`), so a 200-plan workbook does not hold up a
colleague's single plan, while 20 uploads of four plans each are served one after
another; a person's second upload, sent while their first is under way, starts a turn
later (:attr:`~plangen.web.jobs.Job.lead`), so each person's uploads take turns with
everyone else's.  While anyone still waits for results (:meth:`Workers.awaited`), no file is
started at all, even when no urgent task is queued at that moment: the next one is
usually a step away (an upload's check follows its reads), and a worker busy making
files would hold it up.  Only as many tasks run as there are workers, so 20 uploads at
once are served in turn rather than all slowly together; one more waits in the pool,
so a worker that finishes starts the next task at once instead of when the server
gets round to handing it one (under load that took 20 ms a task, a sixth of the time).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import multiprocessing
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from plangen.settings import Settings
from plangen.web import work

log = logging.getLogger("plangen.web")
T = TypeVar("T")
URGENT, BACKGROUND = 0, 1
PLANS_A_TURN = 8  # an upload's plans 1-8 are its first turn, 9-16 its second, ...
# then a fresh process, so memory stays flat: a worker held 76 MB from its 13th task to
# its 1,040th (80 uploads of the four examples), and a fresh one costs ~1 s of CPU to
# start (imports, templates) while its tasks wait, so it is replaced seldom
_TASKS_PER_PROCESS = 1000


class WorkerCrashed(Exception):
    """A worker process died while running a task, twice."""


class Workers:
    """A pool of worker processes fed from one queue of tasks, most urgent first."""

    def __init__(self, settings: Settings, count: int) -> None:
        self._settings = settings
        self.count = count
        self._pool = self._start()
        self._queue: list[tuple[int, int, int, int, _Task]] = []  # a heap: the most urgent first
        self._order = itertools.count()
        self._feeders: list[asyncio.Task[None]] = []
        self._awaited = 0  # uploads whose results a person is waiting for
        self._changed = asyncio.Event()  # a task was queued, or results came

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.count,
            mp_context=multiprocessing.get_context("spawn"),  # never fork a threaded server
            initializer=work.warm,
            initargs=(self._settings,),
            max_tasks_per_child=_TASKS_PER_PROCESS,
        )

    def start(self) -> None:
        """Start feeding the pool (inside the running event loop), and start each
        worker now, so the first upload does not wait for templates to load."""
        self._feeders = [asyncio.create_task(self._feed()) for _ in range(self.count + 1)]
        for _ in range(self.count):
            self._pool.submit(work.ready)

    async def close(self) -> None:
        for feeder in self._feeders:
            feeder.cancel()
        await asyncio.gather(*self._feeders, return_exceptions=True)
        # waited for (each worker ends the task it runs, at most one plan's files): a
        # pool left to stop by itself is never told to when the server is stopped by a
        # signal, and its workers outlived the server, idle, holding their memory
        await asyncio.to_thread(self._pool.shutdown, wait=True, cancel_futures=True)

    @contextlib.asynccontextmanager
    async def awaited(self) -> AsyncIterator[None]:
        """While inside, someone waits for results: no background task is started."""
        self._awaited += 1
        try:
            yield
        finally:
            self._awaited -= 1
            self._changed.set()

    async def run(
        self,
        priority: int,
        function: Callable[..., T],
        *args: Any,
        upload: int = 0,
        turn: int = 0,
    ) -> T:
        """``function(*args)`` in a worker process, once the tasks ahead of it are done:
        those of a more urgent ``priority``, then those of an earlier ``turn``
        (``plan_turn``), then those of an earlier ``upload``.

        Raises :class:`WorkerCrashed` when the worker died (twice), and
        :class:`~plangen.web.work.Failed` when the task stopped with an error.
        """
        task = _Task(function, args, asyncio.get_running_loop().create_future())
        heapq.heappush(self._queue, (priority, turn, upload, next(self._order), task))
        self._changed.set()
        result: T = await task.result
        return result

    async def _next(self) -> _Task:
        """The most urgent task; a background one only when nobody waits for results."""
        while True:
            if self._queue and (self._queue[0][0] == URGENT or not self._awaited):
                return heapq.heappop(self._queue)[-1]
            self._changed.clear()
            await self._changed.wait()

    async def _feed(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            task = await self._next()
            if task.result.cancelled():
                continue
            try:
                outcome = await self._attempt(loop, task)
            except Exception as error:  # handed to the awaiting request
                if not task.result.done():
                    task.result.set_exception(error)
            else:
                if not task.result.done():
                    task.result.set_result(outcome)

    async def _attempt(self, loop: asyncio.AbstractEventLoop, task: _Task) -> Any:
        for attempt in (1, 2):  # a worker lost to another task's crash gets a second go
            pool = self._pool
            try:
                return await loop.run_in_executor(pool, task.function, *task.args)
            except BrokenProcessPool:
                log.error("a worker process died; starting a new pool (attempt %d)", attempt)
                if pool is self._pool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._start()
            except work.Failed as failed:
                if failed.internal:
                    log.error("internal error %s in %s", failed.message, task.function.__name__)
                raise
        raise WorkerCrashed(task.function.__name__)


def plan_turn(index: int) -> int:
    """The turn of an upload's plan ``index`` (0, 1, ...): its first few plans go
    ahead of any later upload's, the rest take turns with other uploads' plans."""
    return index // PLANS_A_TURN


class _Task:
    __slots__ = ("args", "function", "result")

    def __init__(self, function: Callable[..., Any], args: tuple[Any, ...], result: Any) -> None:
        self.function, self.args, self.result = function, args, result

    def __lt__(self, other: _Task) -> bool:  # never compared: the counter breaks ties
        return False
