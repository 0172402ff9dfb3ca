"""Uploads and what became of them.

Each upload is a :class:`Job`: its own folder (the intake files as sent, and the plans
made from them) and its results in memory, under an id nobody can guess, for the one
browser session that sent it.  A job is deleted when its zip has been downloaded, when
asked, ``results_minutes`` after the upload, and when the server stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import itertools
import logging
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from plangen.family.child import no_child_version
from plangen.model import Plan
from plangen.rules import Finding
from plangen.settings import Settings
from plangen.web import work
from plangen.web.workers import BACKGROUND, URGENT, WorkerCrashed, Workers, plan_turn

log = logging.getLogger("plangen.web")
CRASHED = "plangen stopped unexpectedly while making this plan; the other plans are not affected"
INTERNAL = "an internal error in plangen stopped this plan (it has been logged, without the plan)"
# a plan's strengths and reading ease being worked out (or why they could not be)
Explaining = asyncio.Task[work.Explained | str]
_PROGRESS_SECONDS = 0.25  # how often a waiting page hears of the progress bar's count


@dataclass
class PlanResult:
    """One plan of an upload: its findings as soon as they are known, then its files."""

    number: int  # 1, 2, ... in the order of the upload
    plan: Plan
    source: str  # the intake file's name
    findings: list[Finding] | None = None
    explained: work.Explained | None = None
    files: list[int] = field(default_factory=list)  # indexes into Job.downloads
    copies: list[int] = field(default_factory=list)  # recipient copies made
    failed: str | None = None

    @property
    def ready(self) -> bool:
        return bool(self.files) or self.failed is not None

    @property
    def no_child_version(self) -> str:
        """Why this plan has no child's version (an unborn baby ...); empty when it has."""
        return no_child_version(self.plan)


@dataclass
class Job:
    """One upload."""

    id: str
    session: str
    folder: Path
    sources: list[Path]
    number: int = 0  # uploads are served in the order they came
    # turns this upload waits behind everyone's first: its session's earlier uploads
    # still running, so that one person's uploads take turns with everyone else's
    lead: int = 0
    created: float = field(default_factory=time.monotonic)
    entries: list[PlanResult | work.Problems] = field(default_factory=list)
    phase: str = "reading"  # reading -> checking -> making -> done
    files_read: int = 0
    failure: str | None = None
    downloads: list[Path] = field(default_factory=list)  # relative to out
    task: asyncio.Task[None] | None = None
    version: int = 0  # counts the changes a page can show
    _news: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _headline: tuple[object, ...] = ()  # the phase, and whether results show, last told
    _soon: asyncio.TimerHandle | None = field(default=None, repr=False)

    @property
    def out(self) -> Path:
        return self.folder / "out"

    @property
    def plans(self) -> list[PlanResult]:
        return [entry for entry in self.entries if isinstance(entry, PlanResult)]

    def changed(self, *, now: bool = False) -> None:
        """Something the page shows has changed: tell whoever waits for news.  A new
        phase, and the results, are told at once; the progress bar's count (a file
        read, a plan made) with the next ``_PROGRESS_SECONDS``' news, so 20 uploads'
        steps do not cost the server a request each."""
        self.version += 1
        headline = (self.phase, self.progress()["shown"])
        if now or headline != self._headline:
            self._headline = headline
            self._tell()
        elif self._soon is None:
            self._soon = asyncio.get_running_loop().call_later(_PROGRESS_SECONDS, self._tell)

    def _tell(self) -> None:
        if self._soon is not None:
            self._soon.cancel()
            self._soon = None
        self._news.set()
        self._news = asyncio.Event()

    async def news(self, seen: int, seconds: float) -> None:
        """Wait until the job has changed since version ``seen``, or ``seconds`` pass:
        the page asks again at once, instead of asking every second for nothing."""
        if seen == self.version and self.phase != "done":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._news.wait(), seconds)

    def progress(self) -> dict[str, object]:
        """Where the job is, for the page's progress bar."""
        plans = self.plans
        if self.phase == "reading":
            done, total = self.files_read, len(self.sources)
            text = f"Reading {len(self.sources)} file(s): {done} read"
        else:
            done, total = sum(p.ready for p in plans), len(plans)
            text = f"{done} of {total} plan(s) ready"
        shown = self.phase in ("making", "done") and all(
            p.explained is not None or p.failed is not None for p in plans
        )
        return {
            "phase": self.phase,
            "shown": shown or self.phase == "done",  # every plan's results are on the page
            "done": done,
            "total": total,
            "text": text,
            "finished": self.phase == "done",
            "checked": self.phase in ("making", "done"),
            "version": self.version,
        }


def safe_name(name: str, number: int) -> str:
    """The upload's own file name (as the command line would name it in a message),
    without folders or characters a file system would refuse."""
    base = re.sub(r"[\x00-\x1f\x7f/\\:*?\"<>|]", "_", name.replace("\\", "/").split("/")[-1])
    base = base.strip(" .")
    if not base:
        return f"upload-{number}"
    stem, dot, suffix = base.rpartition(".")
    return f"{stem[:100]}.{suffix[:10]}" if dot and stem else base[:110]


class Jobs:
    """Every job of every session, in memory, with its folder under one private root."""

    def __init__(self, settings: Settings, workers: Workers) -> None:
        self.settings, self.workers = settings, workers
        self.root = Path(tempfile.mkdtemp(prefix="plangen-web-"))  # mode 0700
        self._jobs: dict[str, Job] = {}
        self._numbers = itertools.count(1)

    def create(self, session: str, uploads: list[tuple[str, bytes]]) -> Job:
        """Store the uploaded files and start making plans from them."""
        job_id = secrets.token_urlsafe(24)
        folder = self.root / secrets.token_hex(16)
        sources = []
        for number, (name, data) in enumerate(uploads, start=1):
            path = folder / "in" / str(number) / safe_name(name, number)
            path.parent.mkdir(parents=True)
            path.write_bytes(data)
            sources.append(path)
        lead = sum(job.phase != "done" for job in self.of_session(session))
        job = Job(job_id, session, folder, sources, next(self._numbers), lead=lead)
        self._jobs[job_id] = job
        job.task = asyncio.create_task(self._run(job))
        return job

    def get(self, session: str, job_id: str) -> Job | None:
        """The job, only for the session that uploaded it."""
        job = self._jobs.get(job_id)
        if job is None or not hmac.compare_digest(job.session, session):
            return None
        return job

    def of_session(self, session: str) -> list[Job]:
        return [job for job in self._jobs.values() if job.session == session]

    def delete(self, job: Job) -> None:
        self._jobs.pop(job.id, None)
        job.changed(now=True)  # a page waiting for news hears that it is gone
        if job.task and not job.task.done():
            job.task.cancel()
        shutil.rmtree(job.folder, ignore_errors=True)

    def expire(self, idle_sessions: list[str]) -> None:
        """Delete jobs older than ``results_minutes``, and those of forgotten sessions."""
        cutoff = time.monotonic() - self.settings.web.results_minutes * 60
        for job in list(self._jobs.values()):
            if job.created < cutoff or job.session in idle_sessions:
                self.delete(job)

    def close(self) -> None:
        for job in list(self._jobs.values()):
            self.delete(job)
        shutil.rmtree(self.root, ignore_errors=True)

    async def _run(self, job: Job) -> None:
        try:
            async with self.workers.awaited():  # no file is started while results wait
                await self._results(job)
            job.phase = "making"
            job.changed()
            # each plan's files in its turn (plan_turn), after the turn's results; and
            # at most a core's worth of them queued at once, so that the next person's
            # files are queued beside them, not behind all of a big workbook
            making = asyncio.Semaphore(self.workers.count)
            await asyncio.gather(*(self._make(job, result, making) for result in job.plans))
        except work.Failed as failed:
            job.failure = INTERNAL if failed.internal else failed.message
        except WorkerCrashed:
            job.failure = CRASHED
        except Exception as error:  # a bug here must not leave the page waiting forever
            log.error("internal error %s while running an upload", type(error).__name__)
            job.failure = INTERNAL
        finally:
            job.phase = "done"
            job.changed()

    async def _results(self, job: Job) -> None:
        """Read every file, and explain each plan (strengths and reading ease, which need
        no findings) as soon as its file is read; then check the upload's plans together
        (PLAN-19 needs them all) while the last of them are explained."""
        begun: list[Explaining] = []

        def explain(plan: Plan) -> Explaining:  # its turn: the upload's plans in read order
            begun.append(asyncio.create_task(self._explain(job, plan, len(begun))))
            return begun[-1]

        try:
            read = await asyncio.gather(*(self._read(job, path, explain) for path in job.sources))
            pending: list[tuple[PlanResult, Explaining]] = []
            for path, entries in zip(job.sources, read, strict=True):
                for entry in entries:
                    if isinstance(entry, work.Problems):
                        job.entries.append(entry)
                        continue
                    plan, explained = entry
                    result = PlanResult(len(pending) + 1, plan, path.name)
                    job.entries.append(result)
                    pending.append((result, explained))
            job.phase = "checking"
            job.changed()
            if pending:
                await asyncio.gather(
                    self._check(job, [result for result, _ in pending]),
                    *(self._explained(job, result, told) for result, told in pending),
                )
        finally:  # the upload deleted, or its check failed: no plan is explained for it
            for task in begun:
                task.cancel()

    async def _read(
        self, job: Job, path: Path, explain: Callable[[Plan], Explaining]
    ) -> list[work.Problems | tuple[Plan, Explaining]]:
        """The file's plans, each with its explaining begun, and its input problems."""
        try:
            entries = await self.workers.run(
                URGENT, work.read, path, self.settings.limits, upload=job.number, turn=job.lead
            )
        except work.Failed as failed:
            entries = [work.Problems(path.name, [INTERNAL if failed.internal else failed.message])]
        except WorkerCrashed:
            entries = [work.Problems(path.name, [CRASHED])]
        finally:
            job.files_read += 1
            job.changed()
        return [(entry, explain(entry)) if isinstance(entry, Plan) else entry for entry in entries]

    async def _check(self, job: Job, plans: list[PlanResult]) -> None:
        """The rules over every plan of the upload at once (PLAN-19 needs them all)."""
        found = await self.workers.run(
            URGENT,
            work.check,
            [p.plan for p in plans],
            self.settings,
            upload=job.number,
            turn=job.lead,
        )
        for result, findings in zip(plans, found, strict=True):
            result.findings = findings
        job.phase = "making"  # the files may be under way while reading ease comes
        job.changed()

    async def _explain(self, job: Job, plan: Plan, index: int) -> work.Explained | str:
        """The plan's strengths and reading ease, or why they could not be worked out."""
        try:
            return await self.workers.run(
                URGENT,
                work.explain,
                plan,
                self.settings,
                upload=job.number,
                turn=job.lead + plan_turn(index),
            )
        except work.Failed as failed:
            return INTERNAL if failed.internal else failed.message
        except WorkerCrashed:
            return CRASHED

    @staticmethod
    async def _explained(job: Job, result: PlanResult, explained: Explaining) -> None:
        outcome = await explained
        if isinstance(outcome, str):
            result.failed = outcome
        else:
            result.explained = outcome
        job.changed()

    async def _make(self, job: Job, result: PlanResult, turns: asyncio.Semaphore) -> None:
        """One plan's files, made once nobody waits for results; a plan that could not
        be explained is not made."""
        if result.failed is not None or result.findings is None:
            return
        explained = result.explained
        try:
            async with turns:
                made = await self.workers.run(
                    BACKGROUND,
                    work.make,
                    result.plan,
                    job.out,
                    self.settings,
                    result.findings,
                    None,
                    None,
                    explained.versions if explained else b"",  # as the reading ease read them
                    upload=job.number,
                    turn=job.lead + plan_turn(result.number - 1),
                )
            result.files = self._add(job, made)
            if explained is not None:
                explained.versions = b""  # the files are made: not kept for 30 minutes
        except work.Failed as failed:
            result.failed = INTERNAL if failed.internal else failed.message
        except WorkerCrashed:
            result.failed = CRASHED
        job.changed()

    async def copies(
        self, job: Job, result: PlanResult, names: list[str], versions: tuple[str, ...] = ()
    ) -> None:
        """Family copies for core-group members, each without what is kept from them;
        or a version made only on request (``professionals``)."""
        made = await self.workers.run(
            URGENT, work.make, result.plan, job.out, self.settings, result.findings, names, versions
        )
        result.copies += self._add(job, made)

    @staticmethod
    def _add(job: Job, paths: list[Path]) -> list[int]:
        indexes = []
        for path in paths:
            if path not in job.downloads:
                job.downloads.append(path)
            indexes.append(job.downloads.index(path))
        return indexes
