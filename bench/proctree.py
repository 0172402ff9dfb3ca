"""Memory and CPU of a process and all its descendants, read from /proc (Linux), for the
benchmarks: plangen's batch and web server work in child processes.

The tree is walked down from its root through each thread's ``children`` file, so a
sample reads a handful of files, not every process on the machine: the benchmarks
sample every 50 to 100 ms on the same cores as what they measure, and a scan of all of
/proc cost ~10 ms a sample (a tenth of a core, taken from the server being measured).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int] | None:
    """The children of every thread of ``pid`` (None where the kernel does not say)."""
    found: list[int] = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []  # gone meanwhile
    for thread in threads:
        try:
            found += map(int, Path(f"/proc/{pid}/task/{thread}/children").read_text().split())
        except FileNotFoundError:
            if not Path(f"/proc/{pid}/task/{thread}").exists():
                continue  # the thread ended meanwhile
            return None  # a kernel without CONFIG_PROC_CHILDREN
        except OSError:
            continue
    return found


def _all_children() -> dict[int, list[int]]:
    """Every process's children, from every process's status (the slow way)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        children.setdefault(int(fields.get("PPid", "0").strip()), []).append(int(entry))
    return children


def _rss_kib(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _cpu_s(pid: int) -> float:
    with contextlib.suppress(OSError, IndexError, ValueError):
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(stat[11]) + int(stat[12])) / _TICK  # utime, stime
    return 0.0


def process_tree(root: int) -> tuple[int, float, float]:
    """(KiB of RSS of ``root`` and its descendants, CPU seconds of ``root`` itself, CPU
    seconds of ``root`` and its descendants)."""
    every: dict[int, list[int]] | None = None
    total, seconds, todo, own = 0, 0.0, [root], 0.0
    while todo:
        pid = todo.pop()
        total += _rss_kib(pid)
        cpu = _cpu_s(pid)
        seconds += cpu
        if pid == root:
            own = cpu
        children = _children(pid) if every is None else every.get(pid, [])
        if children is None:
            every = _all_children()
            children = every.get(pid, [])
        todo += children
    return total, own, seconds
