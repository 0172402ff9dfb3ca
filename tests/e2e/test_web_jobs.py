"""An upload's plans when one of them cannot be explained: that plan says why, and
every other plan of the upload still gets its findings, reading ease and files.

The tasks run in this process (a worker pool that fails on cue), so the failure hits
exactly the plan chosen; the pool itself is tested in test_serve.py and
test_web_turns.py.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from plangen.model import Plan
from plangen.settings import Settings
from plangen.web import work
from plangen.web.jobs import CRASHED, INTERNAL, Jobs
from plangen.web.workers import WorkerCrashed
from tests.conftest import INPUTS

BETTY, KACPER = INPUTS / "betty-smith.xlsx", INPUTS / "child-in-need-kacper-nowak.xlsx"


class _FailingOnCue:
    """Runs each task here and now, except that explaining ``child``'s plan fails with
    ``error``; records the order the tasks came in."""

    count = 1

    def __init__(self, child: str, error: Exception) -> None:
        self.child, self.error = child, error
        self.ran: list[str] = []

    @contextlib.asynccontextmanager
    async def awaited(self) -> AsyncIterator[None]:
        yield

    async def run(self, priority: int, function: Callable[..., Any], *args: Any, **_: int) -> Any:
        await asyncio.sleep(0)  # as a worker would: others' coroutines go on meanwhile
        self.ran.append(function.__name__)
        plan = args[0]
        if function is work.explain and isinstance(plan, Plan) and plan.child.name == self.child:
            raise self.error
        return function(*args)


def _upload(error: Exception) -> tuple[dict[str, Any], list[str]]:
    async def scenario() -> tuple[dict[str, Any], list[str]]:
        workers = _FailingOnCue("Kacper Nowak", error)
        jobs = Jobs(Settings(), workers)  # type: ignore[arg-type]
        try:
            job = jobs.create("session", [(p.name, p.read_bytes()) for p in (BETTY, KACPER)])
            assert job.task is not None
            await job.task
            seen = {
                result.plan.child.name: {
                    "failed": result.failed,
                    "findings": result.findings is not None,
                    "reading": bool(result.explained and result.explained.reading_summary),
                    "files": len(result.files),
                }
                for result in job.plans
            }
            return {"failure": job.failure, "plans": seen}, workers.ran
        finally:
            jobs.close()

    return asyncio.run(scenario())


@pytest.mark.parametrize(
    ("error", "said"),
    [(work.Failed("ValueError", internal=True), INTERNAL), (WorkerCrashed("explain"), CRASHED)],
)
def it_says_why_one_plan_was_not_explained_and_makes_the_others(
    error: Exception, said: str
) -> None:
    seen, ran = _upload(error)
    assert seen["failure"] is None  # the upload as a whole went on
    betty, kacper = seen["plans"]["Betty Smith"], seen["plans"]["Kacper Nowak"]
    assert betty == {"failed": None, "findings": True, "reading": True, "files": 6}
    assert kacper == {"failed": said, "findings": True, "reading": False, "files": 0}
    # each plan is explained as soon as its file is read, before the upload is checked
    assert ran.index("explain") < ran.index("check")
