"""Helpers for the web page's tests: a real ``plangen serve`` and intakes to upload."""

from __future__ import annotations

import copy
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from plangen.intake.blank import Rows, filled_workbook
from plangen.web.work import task
from tests.conftest import betty_rows


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """A ``plangen serve`` process on 127.0.0.1."""

    def __init__(self, process: subprocess.Popen[str], url: str, log: Path) -> None:
        self.process, self.url, self.log = process, url, log


@contextmanager
def running_server(folder: Path, *args: str, ready_seconds: float = 60) -> Iterator[Server]:
    """Start ``plangen serve`` in ``folder`` (its plangen.toml, if any) and stop it after."""
    port = free_port()
    log = folder / "serve.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "plangen.cli", "serve", "--port", str(port), *args],
            cwd=folder,
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + ready_seconds
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    message = f"plangen serve did not start:\n{log.read_text()}"
                    raise AssertionError(message) from None
                time.sleep(0.2)
        yield Server(process, url, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def many_plans(count: int) -> bytes:
    """A workbook of ``count`` plans shaped like Betty's, each its own child and case."""
    rows: Rows = {"plan": [], "people": [], "risks": []}
    for n in range(count):
        betty = betty_rows()
        ref = f"CP-{n:04d}"
        for table, records in betty.items():
            for record in records:
                record = copy.deepcopy(record)
                record["case_ref"] = ref
                if table == "plan":
                    record["child_name"] = f"Child{n} Smith"
                rows[table].append(record)
    return filled_workbook(rows)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def crash() -> None:
    """A task that kills its worker process, as a crash in a library would."""
    os._exit(3)


@task
def fails() -> None:
    """A task that fails with an error plangen does not raise on purpose."""
    raise ValueError("Betty Smith, 10 Elf Street")  # a message that quotes the intake
