"""The benchmark behind the README's performance figures (run: ``make bench``).

It makes N synthetic plans in the shape of the seed's Betty Smith plan (varied: 1-3
risks, 2-4 actions each, 5-9 core group members), then in one run:

1. render: plangen's prepared template against bare docxtpl, the template reloaded for
   each document as its documentation shows, on the same template and data;
2. throughput: a full batch of the small set with --jobs 1 and --jobs 2, and, for
   scale, two independent --jobs 1 runs side by side (the most two cores give here);
3. a full batch of all N plans, a no-change re-run, and a re-run after one template
   (family.docx) changes;
4. peak memory (RSS, summed over the batch's processes) for N/10 and N plans;
5. one plan through the CLI with every version (plan, review, family with its draft,
   child) against ``--versions plan`` alone (target: at most 1.4x).

Machines are shared and noisy: quote ratios from one run, not absolute times.
Before all that, the hostile inputs of issue 17 are timed (bench/hostile.py).
Usage: python bench/bench.py [N]   (default 1000; the small set is N/10)
       python bench/bench.py hostile   (the hostile inputs only)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from docx import Document
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment
from proctree import process_tree  # bench/, beside this script

from plangen.intake import read_plans
from plangen.model import Action, CorePerson, Outcome, Plan, Risk
from plangen.render.context import build_context
from plangen.render.engine import load_template

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def synthetic_plans(count: int, seed: int = 7) -> list[Plan]:
    """``count`` plans shaped like Betty's, each different."""
    [betty] = read_plans(ROOT / "inputs" / "betty-smith.xlsx")
    assert isinstance(betty, Plan)
    pick = random.Random(seed)
    base_actions = betty.risks[0].outcomes[0].actions
    plans = []
    for n in range(count):
        plan = betty.model_copy(deep=True)
        plan.case_ref = f"BENCH-{n:05d}"
        plan.child.name = f"Child{n} {pick.choice(['Smith', 'Jones', 'Khan', 'Nowak', 'Okafor'])}"
        extra = pick.randint(0, 2)
        plan.core_group += [
            CorePerson(name=f"Worker {k}", role="Family Support Worker", agency="Early Help")
            for k in range(extra)
        ]
        risks = []
        for r in range(pick.randint(1, 3)):
            actions = [
                Action(**a.model_dump()) for a in pick.sample(base_actions, pick.randint(2, 4))
            ]
            risks.append(
                Risk(
                    risk_factor=f"{betty.risks[0].risk_factor} ({r + 1})",
                    risk_to_child=betty.risks[0].risk_to_child,
                    outcomes=[Outcome(text=betty.risks[0].outcomes[0].text, actions=actions)],
                )
            )
        plan.risks = risks
        plans.append(plan)
    return plans


def write_plans(plans: list[Plan], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for plan in plans:
        (folder / f"{plan.case_ref}.json").write_text(plan.model_dump_json())


def bench_render(plans: list[Plan], template: Path) -> dict[str, float]:
    """Seconds per document: plangen's prepared template vs docxtpl reloaded per doc."""
    contexts = [build_context(p) for p in plans]
    prepared = load_template(template)
    prepared.render(contexts[0])  # warm
    start = time.perf_counter()
    for context in contexts:
        prepared.render(context)
    ours = (time.perf_counter() - start) / len(contexts)
    start = time.perf_counter()
    for context in contexts:
        document = DocxTemplate(str(template))
        env = SandboxedEnvironment(autoescape=True)
        document.render(context, jinja_env=env, autoescape=True)
        document.save(io.BytesIO())
    bare = (time.perf_counter() - start) / len(contexts)
    return {"plangen_ms": ours * 1000, "docxtpl_ms": bare * 1000, "ratio": ours / bare}


def bench_versions(work: Path, repeats: int = 5) -> dict[str, float]:
    """Seconds for one plan through the CLI, every version vs ``--versions plan`` alone
    (best of ``repeats`` each, run alternately so both meet the same machine load)."""
    intake = ROOT / "inputs" / "betty-smith.xlsx"
    times: dict[str, list[float]] = {"plan": [], "all": []}
    for n in range(repeats):
        for name, extra in (("plan", ["--versions", "plan"]), ("all", [])):
            command = [sys.executable, "-m", "plangen.cli", "generate", str(intake)]
            command += ["--out", str(work / f"versions-{name}-{n}"), *extra]
            start = time.perf_counter()
            subprocess.run(command, cwd=work, check=True, capture_output=True)
            times[name].append(time.perf_counter() - start)
    plan, every = min(times["plan"]), min(times["all"])
    return {"plan_s": plan, "all_s": every, "ratio": every / plan}


def bench_plan_files(plans: list[Plan], work: Path) -> dict[str, float]:
    """Milliseconds for all six files of one plan in one process (rules, render,
    annotate, family versions and readability, JSON), made in memory."""
    from plangen.pipeline import make_files, prepare
    from plangen.rules import check
    from plangen.settings import load_settings

    settings = load_settings(work / "plangen.toml")
    prepare(settings)
    for plan in plans[:5]:  # warm
        make_files(plan, work / "mem", settings, check(plan, settings.rules))
    start = time.perf_counter()
    for plan in plans:
        files = make_files(plan, work / "mem", settings, check(plan, settings.rules))
    assert len(files) == 6
    return {"plan_ms": (time.perf_counter() - start) / len(plans) * 1000}


def bench_pdf(folder: Path, count: int, jobs: int) -> dict[str, float] | None:
    """Documents a second converted to PDF/A through LibreOffice (None without it)."""
    from plangen.pdf import Converter, soffice

    if soffice() is None:
        return None
    documents = sorted(folder.rglob("*.docx"))[:count]
    with Converter(jobs=jobs) as converter:
        start = time.perf_counter()
        converted = converter.convert(documents)
        seconds = time.perf_counter() - start
    made = sum(isinstance(pdf, bytes) for pdf in converted.values())
    return {"documents": made, "seconds": seconds, "per_second": made / seconds}


def run_batch(folder: Path, out: Path, jobs: int, cwd: Path) -> dict[str, float]:
    """One ``plangen batch`` in a process of its own: wall time and peak RSS (summed
    over the batch's processes, sampled from /proc)."""
    command = [
        sys.executable,
        "-m",
        "plangen.cli",
        "batch",
        str(folder),
        "--out",
        str(out),
        "--jobs",
        str(jobs),
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    summary = process.stdout.read().decode() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"batch failed ({process.returncode}): {summary}")
    # the batch lists what it made (20 lines and a count); the bench quotes only its last line
    last = summary.strip().splitlines()[-1] if summary.strip() else ""
    return {"seconds": wall, "peak_rss_mb": peak / 1024, "summary": last}  # type: ignore[dict-item]


def _tree_rss(root: int) -> int:
    """KiB of RSS of a process and all its descendants."""
    return process_tree(root)[0]


def _plans_or_hostile(value: str) -> int | str:
    """The command line's one argument: a number of plans (10 or more), or ``hostile``."""
    if value == "hostile":
        return value
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is neither a number of plans nor 'hostile'"
        ) from None
    if n < 10:
        raise argparse.ArgumentTypeError(f"{n} plans is too few to measure; give 10 or more")
    return n


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """What to measure, from the command line (``--help`` says it in full)."""
    parser = argparse.ArgumentParser(
        prog="python bench/bench.py",
        description=(__doc__ or "").split("Usage:")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "what",
        nargs="?",
        type=_plans_or_hostile,
        default=1000,
        metavar="N | hostile",
        help="N: how many synthetic plans for the full run (default 1000; the small set "
        "is N/10); hostile: time the hostile inputs only (bench/hostile.py)",
    )
    return parser.parse_args(argv)


def own_code_first() -> None:
    """Put this checkout's ``src`` first on PYTHONPATH, every entry absolute: the runs
    below start in a temporary folder, where a relative ``PYTHONPATH=src`` (as in a
    worktree) finds nothing, so they silently measured whichever plangen the virtual
    environment had installed instead of the code being benchmarked."""
    given = [entry for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry]
    absolute = [str(ROOT / "src"), *(str(Path(entry).resolve()) for entry in given)]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(absolute))


def main(argv: list[str] | None = None) -> int:
    what = arguments(argv).what
    own_code_first()
    if what == "hostile":  # only the hostile inputs (bench/hostile.py)
        return _hostile()
    _hostile()
    n = int(what)
    small = max(n // 10, 10)
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"n": n, "small": small, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="plangen-bench-") as temp:
        work = Path(temp)
        shutil.copytree(ROOT / "templates", work / "tpl")
        (work / "plangen.toml").write_text('templates = "tpl"\n')
        plans = synthetic_plans(n)
        write_plans(plans[:small], work / "small")
        write_plans(plans, work / "all")

        versions = bench_versions(work)
        results["versions"] = versions
        print(
            f"one plan through the CLI: every version {versions['all_s']:.2f} s, plan alone "
            f"{versions['plan_s']:.2f} s: {versions['ratio']:.2f}x (target <= 1.4)"
        )

        render = bench_render(plans[:200], work / "tpl" / "cp-plan.docx")
        results["render"] = render
        print(
            f"render, per document: plangen {render['plangen_ms']:.2f} ms, bare docxtpl "
            f"{render['docxtpl_ms']:.2f} ms: ratio {render['ratio']:.3f} (target <= 0.5)"
        )
        files = bench_plan_files(plans[:200], work)
        results["plan_files"] = files
        print(
            f"all six files of one plan, one process: {files['plan_ms']:.1f} ms "
            f"({files['plan_ms'] / render['plangen_ms']:.1f}x the render of one document; "
            "target <= 30 ms)"
        )

        one = run_batch(work / "small", work / "out1", 1, work)
        two = run_batch(work / "small", work / "out2", 2, work)
        speedup = one["seconds"] / two["seconds"]
        # what the machine itself gives: two independent --jobs 1 runs at the same time
        with ThreadPoolExecutor(2) as both:
            pair = list(
                both.map(lambda k: run_batch(work / "small", work / f"pair{k}", 1, work), (1, 2))
            )
        ceiling = 2 * one["seconds"] / max(p["seconds"] for p in pair)
        results["jobs"] = {"jobs1": one, "jobs2": two, "speedup": speedup, "machine": ceiling}
        print(
            f"batch of {small} plans: --jobs 1 {one['seconds']:.1f} s, --jobs 2 "
            f"{two['seconds']:.1f} s: {speedup:.2f}x throughput (target >= 1.7); "
            f"two --jobs 1 runs side by side: {ceiling:.2f}x (what this machine gives)"
        )

        full = run_batch(work / "all", work / "out", 2, work)
        again = run_batch(work / "all", work / "out", 2, work)
        family = Document(str(work / "tpl" / "family.docx"))
        family.paragraphs[0].runs[0].text = "Your plan for "
        family.save(str(work / "tpl" / "family.docx"))
        changed = run_batch(work / "all", work / "out", 2, work)
        results["full"] = {"full": full, "no_change": again, "one_template": changed}
        print(
            f"batch of {n} plans (--jobs 2): full {full['seconds']:.1f} s "
            f"({full['seconds'] / n * 1000:.0f} ms a plan, 6 files each); no-change re-run "
            f"{again['seconds']:.2f} s: {full['seconds'] / again['seconds']:.0f}x faster "
            f"(target >= 50); family.docx changed: {changed['seconds']:.1f} s"
        )
        print(f"  {again['summary']}\n  {changed['summary']}")
        print(f"  full run: {n / full['seconds']:.1f} plans a second (target >= 40)")
        pdf = bench_pdf(work / "out", 60, 2)
        results["pdf"] = pdf
        if pdf is None:
            print("pdf: LibreOffice not installed, not measured")
        else:
            print(
                f"pdf: {pdf['documents']:.0f} documents in {pdf['seconds']:.1f} s through "
                f"two LibreOffice processes: {pdf['per_second']:.1f} a second (target >= 3)"
            )

        ratio = full["peak_rss_mb"] / two["peak_rss_mb"]
        results["memory"] = {
            "small_mb": two["peak_rss_mb"],
            "all_mb": full["peak_rss_mb"],
            "ratio": ratio,
        }
        print(
            f"peak RSS (all processes): {small} plans {two['peak_rss_mb']:.0f} MB, {n} plans "
            f"{full['peak_rss_mb']:.0f} MB: {ratio:.2f}x for {n // small}x the plans "
            "(target <= 1.2)"
        )
    (OUT / "results.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


def _hostile() -> int:
    """Time and peak memory for each hostile input inside the limits (issue 17)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from hostile import main as hostile

    print("hostile inputs inside the limits (target: 5 s and 300 MB each, or refused):")
    return hostile()


if __name__ == "__main__":
    sys.exit(main())
