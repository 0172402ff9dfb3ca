"""The page between a plan's results and its documents: what it says while they are
made (or while its reading ease is still worked out), what a download asked for too
early gets, and a worker that crashes while making one plan's documents.

The page runs with a worker pool that does each task in this process and holds back
(or fails) the making of documents, or one plan's reading ease, on cue, so each state
is seen for certain, not caught in passing.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import threading
import time
import zipfile
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from docx import Document
from starlette.testclient import TestClient

from plangen.web import work
from plangen.web.jobs import CRASHED
from plangen.web.workers import WorkerCrashed
from tests.e2e.test_web import BETTY, start, text_of, upload, web
from tests.e2e.test_web_jobs import KACPER

PREPARING = "Preparing its documents"


class _HeldPool:
    """Runs each task here and now, but makes no documents until ``release`` is set;
    making ``crash_for``'s documents then fails as a dead worker process would."""

    count = 1

    def __init__(self, crash_for: str = "", slow: str = "") -> None:
        self.release, self.crash_for = threading.Event(), crash_for
        self.slow = slow  # whose strengths and reading ease also wait for ``release``

    @contextlib.asynccontextmanager
    async def awaited(self) -> AsyncIterator[None]:
        yield

    async def run(self, priority: int, function: Callable[..., Any], *args: Any, **_: int) -> Any:
        await asyncio.sleep(0)
        slow = function is work.explain and args[0].child.name == self.slow
        if function is work.make or slow:
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            if args[0].child.name == self.crash_for:
                raise WorkerCrashed("make")
        return function(*args)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with start() as started:
        yield started


def held(client: TestClient, pool: _HeldPool) -> None:
    web(client).jobs.workers = pool  # type: ignore[assignment]


def wait_for(client: TestClient, results: str, key: str) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while not (status := client.get(results + "/status").json())[key]:
        assert time.monotonic() < deadline, f"never {key}"
        time.sleep(0.02)
    return status  # type: ignore[no-any-return]


def documents_in(client: TestClient, results: str) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(client.get(results + "/plans.zip").content))
    return {name: archive.read(name) for name in archive.namelist()}


def it_says_the_documents_are_being_prepared_and_serves_none_early(client: TestClient) -> None:
    pool = _HeldPool()
    held(client, pool)
    results = upload(client, BETTY, KACPER)
    status = wait_for(client, results, "shown")
    assert not status["finished"]
    page = client.get(results).text
    assert text_of(page).count(PREPARING) == 2  # each plan, beside its findings
    assert "PLAN-10" in page and "Reading ease" in page
    assert "/files/" not in page and "plans.zip" not in page
    early = {  # asked for before anything is made: said so, and nothing half-made
        "a file": client.get(results + "/files/0"),
        "the zip": client.get(results + "/plans.zip"),
        "the preview": client.get(results + "/plans/1/preview"),
    }
    assert {what: answer.status_code for what, answer in early.items()} == dict.fromkeys(early, 409)
    assert "still being made" in text_of(early["a file"].text)
    assert client.get(results).status_code == 200  # the early zip deleted nothing

    pool.release.set()
    wait_for(client, results, "finished")
    page = client.get(results).text
    assert PREPARING not in text_of(page)
    assert client.get(results + "/files/99").status_code == 404  # made: none is to come
    documents = documents_in(client, results)
    assert len(documents) == 12  # six for each plan
    for name, data in documents.items():
        if name.endswith(".docx"):
            assert Document(io.BytesIO(data)).paragraphs, name


def it_says_which_plan_crashed_while_its_documents_were_made(client: TestClient) -> None:
    pool = _HeldPool(crash_for="Kacper Nowak")
    pool.release.set()
    held(client, pool)
    results = upload(client, BETTY, KACPER)
    wait_for(client, results, "finished")
    page = text_of(client.get(results).text)
    assert PREPARING not in page  # nothing is left saying it is on its way
    assert CRASHED in page and "not made" in page
    documents = documents_in(client, results)
    assert len(documents) == 6 and all("betty" in name for name in documents)
    for name, data in documents.items():
        if name.endswith(".docx"):
            assert Document(io.BytesIO(data)).paragraphs, name


def it_says_when_a_plans_reading_ease_is_still_being_worked_out(client: TestClient) -> None:
    pool = _HeldPool(slow="Kacper Nowak")
    held(client, pool)
    results = upload(client, BETTY, KACPER)
    deadline = time.monotonic() + 60
    while "Preparing its documents" not in (page := text_of(client.get(results).text)):
        assert time.monotonic() < deadline, "Betty's results never came"
        time.sleep(0.02)
    assert not client.get(results + "/status").json()["shown"]  # Kacper's are not in
    assert page.count("Preparing its documents") == 1  # Betty's, explained
    assert "Working out its strengths and reading ease, then its documents" in page
    pool.release.set()
    wait_for(client, results, "finished")
    assert "Working out" not in text_of(client.get(results).text)
