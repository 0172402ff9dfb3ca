"""Memory and CPU of a process and all its descendants, read from /proc (Linux), for the
benchmarks: plangen's batch and web server work in child processes."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def process_tree(root: int) -> tuple[int, float, float]:
    """(KiB of RSS of ``root`` and its descendants, CPU seconds of ``root`` itself, CPU
    seconds of ``root`` and its descendants)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, parent = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            cpu[pid] = (int(stat[11]) + int(stat[12])) / tick  # utime, stime
    total, seconds, todo = 0, 0.0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        seconds += cpu.get(pid, 0.0)
        todo += children.get(pid, [])
    return total, cpu.get(root, 0.0), seconds
