"""The page under many uploads: whose work goes first, and how a page hears of progress.

Results (findings, strengths, reading ease) come before anyone's files, and a page asks
the server once per change rather than every second.
"""

from __future__ import annotations

import asyncio
import time

from starlette.testclient import TestClient

from plangen.settings import Settings
from plangen.web.workers import BACKGROUND, URGENT, Workers
from tests.e2e.test_web import BETTY, client, upload  # noqa: F401  (client: a fixture)


def it_starts_no_file_while_someone_waits_for_results() -> None:
    async def scenario() -> tuple[float, float, bool]:
        workers = Workers(Settings(), 1)
        workers.start()
        try:
            async with workers.awaited():
                files = asyncio.ensure_future(workers.run(BACKGROUND, time.time))
                await workers.run(URGENT, time.time)  # a result goes ahead
                await asyncio.sleep(0.5)  # the worker is idle, and still no file
                waited = not files.done()
                released = time.time()
            return released, await files, waited
        finally:
            await workers.close()

    released, started, waited = asyncio.run(scenario())
    assert waited, "a file was started while someone waited for results"
    assert started >= released


def it_answers_a_progress_question_once_the_upload_has_moved_on(
    client: TestClient,  # noqa: F811
) -> None:
    results = upload(client, BETTY)
    answers = [client.get(results + "/status").json()]
    while not answers[-1]["finished"]:
        seen = answers[-1]["version"]
        answer = client.get(results + "/status", params={"after": seen}).json()
        assert answer["version"] > seen, "answered with nothing new"
        answers.append(answer)
    assert any(a["shown"] and not a["finished"] for a in answers), "results came with files"
    assert len(answers) < 30  # once per change, not once a tick
    started = time.monotonic()  # finished: nothing more to wait for
    client.get(results + "/status", params={"after": answers[-1]["version"]})
    assert time.monotonic() - started < 5
