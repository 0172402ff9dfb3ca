"""The web page under load (run: ``make web-bench``): the README's figures for it.

Starts ``plangen serve`` on 127.0.0.1 (never another address) and lets USERS people
(default 20) at once each upload the four example workbooks, as the page's own form
does.  For each person it measures the time from sending the upload until

- their results show (every plan's findings, strengths and reading ease), and
- every file of every plan is ready to download,

and checks that each plan's findings on the page are exactly those of
``plangen check`` on the same four files.  The server's peak memory and its CPU time
are summed over it and its worker processes; CPU time, unlike the times above, hardly
changes with whatever else the machine is doing: the CPU time the server had used when
each person's results showed, over the cores, is about their time to results on a
quiet machine.  Bounded: USERS people, one upload each, and the whole run is stopped
after LIMIT seconds (default 300).

Usage: python bench/web_bench.py [USERS] [LIMIT]
"""

from __future__ import annotations

import html
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
from proctree import process_tree  # bench/, beside this script

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "inputs").glob("*.xlsx"))
HOST = "127.0.0.1"  # the benchmark never listens anywhere else


def expected_findings() -> dict[str, list[tuple[str, str]]]:
    """Each child's findings as ``plangen check`` gives them: (rule, where)."""
    result = subprocess.run(
        [sys.executable, "-m", "plangen.cli", "check", *map(str, EXAMPLES), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    return {
        plan["child"]: sorted((f["rule"], f["where"]) for f in plan["findings"])
        for plan in json.loads(result.stdout)
    }


def expected_files() -> int:
    """How many files ``plangen generate`` writes for the four examples."""
    with tempfile.TemporaryDirectory(prefix="plangen-web-bench-") as out:
        subprocess.run(
            [sys.executable, "-m", "plangen.cli", "generate", *map(str, EXAMPLES), "-o", out],
            capture_output=True,
            check=True,
        )
        made = Path(out).rglob("*")  # its own record (.plangen/) is not a plan's file
        return sum(1 for path in made if path.is_file() and ".plangen" not in path.parts)


def page_findings(page: str) -> dict[str, list[tuple[str, str]]]:
    """Each child's findings as the results page shows them."""
    found = {}
    for section in re.findall(r'<section class="card plan".*?</section>', page, re.S):
        title = html.unescape(re.search(r"<h2>(.*?)</h2>", section, re.S).group(1))  # type: ignore[union-attr]
        child = re.search(r" for (.+?)(?: \(|, \d)", title).group(1)  # type: ignore[union-attr]
        rows = re.findall(r'<td class="rule">(.*?)</td><td>.*?</td><td>(.*?)</td>', section, re.S)
        found[child] = sorted((rule, html.unescape(where)) for rule, where in rows)
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def tree_rss_kib(root: int) -> int:
    """RSS of a process and all its descendants, in KiB."""
    return process_tree(root)[0]


def tree_cpu_s(root: int) -> tuple[float, float]:
    """CPU time (user and system) of a process, and of it with all its descendants,
    in seconds."""
    _, own, total = process_tree(root)
    return own, total


def one_person(
    base: str,
    deadline: float,
    expected: dict[str, list[tuple[str, str]]],
    server_cpu: Callable[[], float],
    client: httpx.Client,
) -> dict[str, object]:
    """Upload the four examples as one person; times and what the page showed.

    It follows the upload as the page's own script does (asking for news after the
    version it last saw).  Results count as shown once the results page, fetched,
    holds every plan with exactly ``plangen check``'s findings and its reading ease;
    ``server_cpu`` says how much CPU time the server had used by then.  ``client`` is
    made before anyone starts (see :func:`main`)."""
    files = [("intakes", (path.name, path.read_bytes())) for path in EXAMPLES]
    with client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)  # type: ignore[union-attr]
        started = time.perf_counter()
        sent = client.post("/upload", data={"csrf": token}, files=files)
        results = sent.headers["location"]  # the results page, /jobs/<id>
        shown = ready = cpu = None
        version = 0
        while ready is None:
            if time.monotonic() > deadline:
                raise TimeoutError("the run took longer than its limit")
            status = client.get(results + "/status", params={"after": version}).json()
            if "version" in status:
                version = status["version"]
            else:  # an earlier server, which answers at once: ask every 50 ms
                time.sleep(0.05)
            if shown is None and status["shown"]:
                page = client.get(results).text
                reading = page.count("<h3>Reading ease</h3>")
                if page_findings(page) == expected and reading == len(expected):
                    shown = time.perf_counter() - started
                    cpu = server_cpu()
            if status["finished"]:
                ready = time.perf_counter() - started
        page = client.get(results).text
        if shown is None:  # finished before it was seen shown
            shown, cpu = ready, server_cpu()
        files_ready = len(re.findall(r'href="/jobs/[^"]+/files/\d+"', page))
    return {
        "shown": shown,
        "cpu": cpu,
        "ready": ready,
        "findings": page_findings(page),
        "files": files_ready,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    users = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    expected, files = expected_findings(), expected_files()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="plangen-web-bench-") as folder:
        server = subprocess.Popen(
            [sys.executable, "-m", "plangen.cli", "serve", "--host", HOST, "--port", str(port)],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        peak = {"kib": 0}
        stop = threading.Event()

        def watch() -> None:
            while not stop.is_set():
                peak["kib"] = max(peak["kib"], tree_rss_kib(server.pid))
                time.sleep(0.1)

        pings: list[float] = []

        def ping() -> None:  # how long the start page takes while everyone uploads
            with httpx.Client(base_url=f"http://{HOST}:{port}", timeout=30) as client:
                while not stop.is_set():
                    started = time.perf_counter()
                    client.get("/")
                    pings.append(time.perf_counter() - started)
                    time.sleep(0.25)

        watcher = threading.Thread(target=watch, daemon=True)
        pinger = threading.Thread(target=ping, daemon=True)
        try:
            base = f"http://{HOST}:{port}"
            for _ in range(600):
                try:
                    httpx.get(base + "/", timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            time.sleep(10)  # the worker processes finish loading their templates
            idle = tree_rss_kib(server.pid)
            before = tree_cpu_s(server.pid)

            def server_cpu() -> float:
                return tree_cpu_s(server.pid)[1] - before[1]

            watcher.start()
            pinger.start()
            # each person's HTTP client is made before anyone starts: making one took
            # 34 ms of CPU (an SSL context, though the page is plain http), 0.7 s for 20
            # people, spent on the two cores the server was using for the first uploads
            clients = [httpx.Client(base_url=base, timeout=60) for _ in range(users)]
            deadline = time.monotonic() + limit
            generator = resource.getrusage(resource.RUSAGE_SELF)
            with ThreadPoolExecutor(users) as people:
                runs = list(
                    people.map(
                        lambda client: one_person(base, deadline, expected, server_cpu, client),
                        clients,
                    )
                )
            after = tree_cpu_s(server.pid)
            own, cpu = after[0] - before[0], after[1] - before[1]
            used = resource.getrusage(resource.RUSAGE_SELF)
            # the people's own CPU (this process): it shares the cores with the server
            people_cpu = sum(
                (used.ru_utime - generator.ru_utime, used.ru_stime - generator.ru_stime)
            )
        finally:
            stop.set()
            server.terminate()
            server.wait(timeout=30)
    wrong = [r for r in runs if r["findings"] != expected or r["files"] != files]
    shown = [float(r["shown"]) for r in runs]  # type: ignore[arg-type]
    ready = [float(r["ready"]) for r in runs]  # type: ignore[arg-type]
    spent = [float(r["cpu"]) for r in runs]  # type: ignore[arg-type]
    report = {
        "users": users,
        "uploads_each": [p.name for p in EXAMPLES],
        "cores": os.cpu_count(),
        "results_shown_s": {"median": statistics.median(shown), "p95": percentile(shown, 0.95)},
        # the CPU time the server (with its workers) had used when each person's results
        # showed; over the cores, about the time to results on a quiet machine
        "results_shown_cpu_s": {
            "median": statistics.median(spent),
            "p95": percentile(spent, 0.95),
        },
        "all_files_ready_s": {"median": statistics.median(ready), "p95": percentile(ready, 0.95)},
        "start_page_during_load_s": {
            "median": statistics.median(pings),
            "max": max(pings),
            "count": len(pings),
        },
        "load_average_1min": os.getloadavg()[0],
        # CPU time, which other work on the machine changes far less than wall time
        "server_cpu_s": {"with_workers": round(cpu, 2), "server_process": round(own, 2)},
        "load_generator_cpu_s": round(people_cpu, 2),
        "server_peak_rss_mb": round(peak["kib"] / 1024),
        "server_idle_rss_mb": round(idle / 1024),
        "people_with_a_wrong_plan": len(wrong),
    }
    print(json.dumps(report, indent=2))
    print(
        f"{users} people x {len(EXAMPLES)} workbooks: results shown in median "
        f"{statistics.median(shown):.2f} s, 95th percentile {percentile(shown, 0.95):.2f} s "
        f"(target 2 s), after the server used {statistics.median(spent):.2f} / "
        f"{percentile(spent, 0.95):.2f} s CPU; every file ready in median "
        f"{statistics.median(ready):.2f} s, 95th percentile {percentile(ready, 0.95):.2f} s; "
        f"start page during the load: median {statistics.median(pings) * 1000:.0f} ms, "
        f"slowest {max(pings) * 1000:.0f} ms; server peak {report['server_peak_rss_mb']} MB, "
        f"{cpu:.1f} s CPU (the {users} people's own: {people_cpu:.1f} s); "
        f"load average {os.getloadavg()[0]:.1f}; "
        f"{len(wrong)} person(s) saw a wrong plan"
    )
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
