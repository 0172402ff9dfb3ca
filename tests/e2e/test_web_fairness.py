"""Whose work the page's workers do first, seen end to end: uploads through the page,
one worker process, and the order in which each person's results and files appear.

Every person's first upload goes ahead of anyone's second, and a big workbook's plans
take turns (a few at a time) with everyone else's, for results and for files alike, so
nobody waits behind all of someone else's plans.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from tests.e2e.test_web import BETTY, start, token
from tests.web_helpers import many_plans


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with start() as started:  # one worker: the order of the work is the order it is done
        yield started


class Person:
    """One browser session on the shared test client (its cookies swapped in to act)."""

    def __init__(self, client: TestClient) -> None:
        client.cookies.clear()
        client.get("/")
        self.client, self.cookies = client, dict(client.cookies)

    def upload(self, name: str, data: bytes) -> str:
        self.client.cookies.clear()
        self.client.cookies.update(self.cookies)
        response = self.client.post(
            "/upload",
            data={"csrf": token(self.client)},
            files=[("intakes", (name, data))],
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text
        return f"{response.headers['location']}|{name}"

    def status(self, upload: str) -> dict[str, object]:
        self.client.cookies.clear()
        self.client.cookies.update(self.cookies)
        answer: dict[str, object] = self.client.get(upload.split("|")[0] + "/status").json()
        return answer


def order_of(watched: dict[str, tuple[Person, str]], key: str) -> list[str]:
    """The watched uploads in the order their ``key`` ("shown": results on the page,
    "finished": every file made) came true."""
    seen: list[str] = []
    deadline = time.monotonic() + 180
    while len(seen) < len(watched):
        assert time.monotonic() < deadline, f"not all {key}: {seen}"
        for name, (person, upload) in watched.items():
            if name not in seen and person.status(upload)[key]:
                seen.append(name)
        time.sleep(0.02)
    return seen


def it_serves_everyones_first_upload_before_anyones_second(client: TestClient) -> None:
    ann, bob = Person(client), Person(client)
    big = ann.upload("sixteen.xlsx", many_plans(16))
    second = ann.upload("betty.xlsx", BETTY.read_bytes())
    third = ann.upload("betty-again.xlsx", BETTY.read_bytes())
    first = bob.upload("betty.xlsx", BETTY.read_bytes())  # last to come, Bob's first
    watched = {
        "Ann's big upload": (ann, big),
        "Ann's second": (ann, second),
        "Ann's third": (ann, third),
        "Bob's first": (bob, first),
    }
    shown = order_of(watched, "shown")
    assert shown.index("Bob's first") < shown.index("Ann's second") < shown.index("Ann's third")
    order_of(watched, "finished")


def it_makes_a_colleagues_files_between_a_big_workbooks(client: TestClient) -> None:
    """24 plans take three turns; a colleague who uploads one plan while they are
    being made has it made after the turn under way, not after all 24."""
    ann, bob = Person(client), Person(client)
    big = ann.upload("twenty-four.xlsx", many_plans(24))
    order_of({"Ann's 24 plans": (ann, big)}, "shown")  # her files are being made now
    small = bob.upload("betty.xlsx", BETTY.read_bytes())
    finished = order_of({"Ann's 24 plans": (ann, big), "Bob's plan": (bob, small)}, "finished")
    assert finished == ["Bob's plan", "Ann's 24 plans"]
