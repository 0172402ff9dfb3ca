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
from plangen.web.workers import BACKGROUND, PLANS_A_TURN, URGENT, Workers, plan_turn
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


def it_serves_uploads_in_turn_and_a_big_one_a_few_plans_at_a_time() -> None:
    """20 uploads of four plans are served one after another; a 200-plan workbook's
    later plans wait behind a colleague's first ones, not the other way round."""
    assert [plan_turn(n) for n in (0, PLANS_A_TURN - 1, PLANS_A_TURN)] == [0, 0, 1]

    async def scenario() -> list[str]:
        workers = Workers(Settings(), 1)
        workers.start()
        try:
            busy = asyncio.ensure_future(workers.run(URGENT, time.sleep, 0.5))
            await asyncio.sleep(0.1)  # the one worker is busy: the rest wait in the queue
            queued = {
                "big upload, later plan": workers.run(URGENT, time.time, upload=1, turn=1),
                "colleague's plan": workers.run(URGENT, time.time, upload=2),
                "big upload, first plan": workers.run(URGENT, time.time, upload=1),
            }
            started = dict(zip(queued, await asyncio.gather(*queued.values()), strict=True))
            await busy
            return sorted(started, key=started.__getitem__)
        finally:
            await workers.close()

    assert asyncio.run(scenario()) == [
        "big upload, first plan",
        "colleague's plan",
        "big upload, later plan",
    ]


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
