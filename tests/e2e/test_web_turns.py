"""The page's worker processes: whose work goes first, how a page hears of progress,
and that they stop with the server.

Results (findings, strengths, reading ease) come before anyone's files, and a page asks
the server once per change rather than every second.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from starlette.testclient import TestClient

from plangen.settings import Settings
from plangen.web.workers import BACKGROUND, URGENT, Workers
from tests.e2e.test_web import BETTY, client, upload  # noqa: F401  (client: a fixture)
from tests.web_helpers import running_server


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


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.isdigit() and stat.rsplit(")", 1)[1].split()[1] == str(pid):
            found.append(int(entry))
    return found


def it_stops_its_worker_processes_when_it_stops(tmp_path: Path) -> None:
    with running_server(tmp_path) as server:
        deadline = time.monotonic() + 60
        while len(workers := children_of(server.process.pid)) < 2:
            assert time.monotonic() < deadline, "no worker processes started"
            time.sleep(0.2)
    deadline = time.monotonic() + 10  # the server has exited: its processes go with it
    while left := [pid for pid in workers if Path(f"/proc/{pid}").exists()]:
        assert time.monotonic() < deadline, f"still running after the server: {left}"
        time.sleep(0.2)
