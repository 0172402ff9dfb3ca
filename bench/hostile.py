"""Hostile inputs inside the limits (issue 17): wall time and peak memory for each.

Each file of ``scripts/hostile_inputs.py``'s ``BENCH`` list is rebuilt at the tester's
own size by ``scripts/make_bad_inputs.py`` and given to ``plangen`` in a process of its
own; the target is 5 s and 300 MB each, or a refusal with a located message.
Run: ``python bench/hostile.py`` (``make bench`` runs it first).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SECONDS, MEGABYTES = 5.0, 300.0


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _peak(command: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB (sampled), exit status and the first stderr line."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench import _tree_rss

    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    said = process.stderr.read().decode() if process.stderr else ""
    return wall, peak / 1024, process.returncode, (said.splitlines() or [""])[0]


def main() -> int:
    maker = _script("make_bad_inputs")
    wanted = set(_script("hostile_inputs").BENCH)
    cases = [case for case in maker.CASES if case.name in wanted]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="plangen-hostile-") as temp:
        work = Path(temp)
        for case in cases:
            path = maker.build(case, work)
            extra = ["--out", "out"] if case.command == "generate" else []
            command = [sys.executable, "-m", "plangen.cli", case.command, path.name, *extra]
            wall, mb, status, said = _peak(command, work)
            within = wall <= SECONDS and mb <= MEGABYTES and status == case.exit
            failed += not within
            print(
                f"{case.name} ({path.stat().st_size / 1024:,.0f} KB, {case.about}): "
                f"{wall:.2f} s, {mb:.0f} MB peak, exit {status}"
                f"{'' if within else '  << over 5 s / 300 MB, or not the expected exit'}"
            )
            print(f"  {said[:160]}")
        # at the limit, PLAN-19 on every plan: time grows with the plans, not their square
        plans = work / "same-child-1000-plans.json"
        plans.write_bytes(_script("hostile_inputs").same_child_plans(1_000)())
        command = [sys.executable, "-m", "plangen.cli", "check", plans.name, "--format", "json"]
        wall, mb, status, _ = _peak(command, work)
        print(
            f"{plans.name} ({plans.stat().st_size / 1024:,.0f} KB, 1,000 plans for one child, "
            f"check --format json): {wall:.2f} s, {mb:.0f} MB peak, exit {status}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
