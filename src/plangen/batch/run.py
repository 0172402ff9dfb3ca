"""Bulk regeneration: every plan under some folders, re-making only what changed.

For each output file the run knows what it is made from: the plan (its model, so one
plan changed in a workbook of many re-makes that plan only), its template, the
settings and word lists, and plangen's version.  An output is re-made when any of
those changed, or it is missing.  An output edited by hand since plangen wrote it is
never overwritten: the new version goes beside it as ``....new.docx`` (or, with
``force``, the edited file is first moved to ``DIR/.plangen/edited/``).

Plans are made in parallel processes, forked after the templates and word lists are
loaded, so no process prepares them again.  One
bad input never stops the run.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plangen.batch.manifest import (
    Manifest,
    PlanRecord,
    Source,
    exclusive,
    file_sha256,
    sha256,
    sweep_temporary,
)
from plangen.errors import InputError, OutputError, TemplatesUnfit
from plangen.intake.files import check_size
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.model import Plan
from plangen.naming import reference_key
from plangen.outputs import prepare, template_names
from plangen.pipeline import Claim, claims, find_intakes, read_file
from plangen.render.checks import TemplateProblem, check_template
from plangen.rules import same_child_findings
from plangen.settings import Settings
from plangen.store import (
    Decision,
    Fingerprints,
    Made,
    Task,
    fingerprints,
    move_edited,
    plan_outputs,
    plan_task,
    reason,
    record,
    relative_stem,
    write_task,
)

SAVE_EVERY = 2.0  # seconds between manifest saves; the journal covers the gap
IN_FLIGHT_PER_JOB = 4  # plans queued ahead per process: memory stays flat in the run size
# python-docx (used for comments) keeps native memory it does not give back, about a
# quarter of a megabyte a document; a worker is replaced after this many plans so a
# run of any size peaks at the same memory.
PLANS_PER_WORKER = 40
BatchStopped = TemplatesUnfit  # the earlier name


def check_templates(settings: Settings) -> list[TemplateProblem]:
    """Problems in any template the run would use."""
    folder = settings.template_dir()
    return [
        problem for name in template_names() for problem in check_template(folder / f"{name}.docx")
    ]


@dataclass
class Summary:
    """What the run did."""

    made: int = 0  # plans with at least one file written
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source or plan, error)
    exit_codes: list[int] = field(default_factory=list)  # one per failure
    kept: list[tuple[str, str]] = field(default_factory=list)  # (edited output, new beside it)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (edited output, moved to)
    decisions: list[Decision] = field(default_factory=list)
    remade: list[tuple[str, str]] = field(default_factory=list)  # (plan, why)
    skipped: list[Path] = field(default_factory=list)  # plangen's own outputs, not read
    notes: list[str] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)  # plan stem -> made/unchanged/...

    @property
    def total(self) -> int:
        return self.made + self.unchanged + len(self.failed)

    def fail(self, where: str, error: str, exit_code: int = 2) -> None:
        self.failed.append((where, error))
        self.exit_codes.append(exit_code)

    @property
    def exit_code(self) -> int:
        return max(self.exit_codes, default=0)


# -- what to do ---------------------------------------------------------------------


def _name(path: Path, *, whole: bool = False) -> str:
    """A file's name (or ``whole`` path) fit for any message or report, whatever bytes
    it was made of."""
    text = str(path) if whole else path.name
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass
class _Read:
    """One intake file: unchanged since the last run (its records), or read again."""

    path: Path
    source: str
    digest: str
    records: list[PlanRecord]
    plans: list[Plan] = field(default_factory=list)
    complete: bool = True
    current: bool = False


def _source_current(manifest: Manifest, source: str, digest: str, prints: Fingerprints) -> bool:
    known = manifest.sources.get(source)
    if known is None or known.sha256 != digest:
        return False
    for each in known.plans:
        for name in plan_outputs(each.stem):
            if reason(manifest, name, prints.made_from(each.plan, each.kind, name)) is not None:
                return False
    return True


def _gather(
    files: Sequence[Path],
    manifest: Manifest,
    prints: Fingerprints,
    summary: Summary,
    limits: Limits,
) -> list[_Read]:
    """Every intake file, read unless it is unchanged since the last run."""
    gathered: list[_Read] = []
    previous = {p.stem: p.findings for s in manifest.sources.values() for p in s.plans}
    for path in files:
        source, name = str(path.resolve()), _name(path)
        try:
            check_size(path, limits)
            digest = file_sha256(path)
        except InputError as error:
            summary.fail(name, str(error))
            continue
        except OSError as error:
            summary.fail(name, f"{name}: cannot be read: {error.strerror}")
            continue
        if _source_current(manifest, source, digest, prints):
            records = manifest.sources[source].plans
            gathered.append(_Read(path, source, digest, records, current=True))
            continue
        read = read_file(path, Settings(limits=limits))
        for problem in (r for r in read if isinstance(r, InputError)):
            summary.fail(name, str(problem))
        plans = [p for p in read if isinstance(p, Plan)]
        records = [_record(manifest, p, previous) for p in plans]
        gathered.append(_Read(path, source, digest, records, plans, len(plans) == len(read)))
    return gathered


def _claim(read: _Read, record: PlanRecord) -> Claim:
    return Claim(
        _name(read.path, whole=True),
        reference_key(record.case_ref),
        reference_key(record.child),
        record.born,
        record.kind,
        record.stem,
    )


def tasks(
    files: Sequence[Path],
    manifest: Manifest,
    prints: Fingerprints,
    *,
    force: bool,
    summary: Summary,
    pending: dict[str, tuple[str, list[PlanRecord], int]],
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Task]:
    """The plans to make, source by source; unchanged sources are not even parsed.  A
    plan claimed twice (in two files, or two plans for one folder) fails, both copies,
    through the same :func:`~plangen.pipeline.claims` as ``generate`` and ``check``."""
    gathered = _gather(files, manifest, prints, summary, limits)
    everything = [(read, i) for read in gathered for i in range(len(read.records))]
    refused = claims([_claim(read, read.records[i]) for read, i in everything])
    refused_of: dict[str, dict[int, str]] = {}
    for index, problem in refused.items():
        read, i = everything[index]
        refused_of.setdefault(read.source, {})[i] = problem
        summary.fail(_name(read.path), f"{_name(read.path, whole=True)}: {problem}")
    # PLAN-19 across every plan read in this run, as check and generate see it
    fresh = [
        (read.source, i)
        for read in gathered
        if not read.current or read.source in refused_of
        for i in range(len(read.plans))
        if i not in refused_of.get(read.source, {})
    ]
    plans_of = {read.source: read.plans for read in gathered}
    across = same_child_findings([plans_of[source][i] for source, i in fresh])
    extra_of = dict(zip(fresh, across, strict=True))
    for read in gathered:
        mine = refused_of.get(read.source, {})
        if read.current and not mine:
            for each in read.records:
                summary.unchanged += 1
                summary.status[each.stem] = "unchanged"
            continue
        kept = [i for i in range(len(read.records)) if i not in mine and read.plans]
        made = []
        for i in kept:
            plan, each = read.plans[i], read.records[i]
            try:
                task = plan_task(
                    read.source,
                    plan,
                    each.stem,
                    manifest,
                    prints,
                    extra=extra_of.get((read.source, i), []),
                    force=force,
                )
            except OutputError as error:
                summary.fail(each.stem, str(error), error.exit_code)
                continue
            if task is None:
                summary.unchanged += 1
                summary.status[each.stem] = "unchanged"
                continue
            summary.decisions += task.decisions
            made.append(task)
        records = [read.records[i] for i in kept]
        complete = read.complete and not mine
        pending[read.source] = (read.digest if complete else "", records, len(made))
        if not made:
            _finish_source(manifest, read.source, pending)
        yield from made


def _record(
    manifest: Manifest, plan: Plan, previous: dict[str, list[dict[str, str]]]
) -> PlanRecord:
    """What the manifest keeps of a plan: where its files go, its fingerprint, and its
    findings (those of the last run until this run checks it)."""
    stem = relative_stem(plan, manifest.out)
    child = plan.child
    return PlanRecord(
        stem=stem,
        case_ref=plan.case_ref or "",
        child=child.name,
        kind=plan.kind.value,
        plan=sha256(plan.model_dump_json().encode()),
        findings=previous.get(stem, []),
        born=child.date_of_birth.isoformat() if child.date_of_birth else str(child.age or ""),
    )


def _finish_source(
    manifest: Manifest, source: str, pending: dict[str, tuple[str, list[PlanRecord], int]]
) -> None:
    digest, records, _ = pending.pop(source)
    # a source with a failed plan keeps no digest, so the next run reads it again
    manifest.sources[source] = Source(digest, records)
    manifest.changed = True


# -- making one plan (in a worker process) ----------------------------------------------

_WORKER: dict[str, object] = {}


def _start_worker(settings: Settings, out: Path) -> None:
    _WORKER["settings"], _WORKER["out"] = settings, out


def make(task: Task) -> Made:
    """Make and write one plan's files (in a worker process); never raises."""
    settings, out = _WORKER["settings"], _WORKER["out"]
    assert isinstance(settings, Settings) and isinstance(out, Path)
    return write_task(task, out, settings)


# -- the run ----------------------------------------------------------------------------


Progress = Callable[[Summary, int], None]  # (summary so far, plans found so far)


def run(
    paths: Sequence[Path],
    out: Path,
    settings: Settings,
    *,
    jobs: int | None = None,
    dry_run: bool = False,
    force: bool = False,
    progress: Progress | None = None,
) -> Summary:
    """Regenerate every plan under ``paths`` into ``out``; see the module docstring.

    Raises :class:`BatchStopped` before writing anything when a template is broken, and
    :class:`~plangen.errors.OutputError` when another run is writing to ``out``.
    """
    with contextlib.ExitStack() as held:
        if not dry_run:
            held.enter_context(exclusive(out))
            sweep_temporary(out)  # left by a run that was killed mid-write
        return _regenerate(paths, out, settings, _Options(jobs, dry_run, force, progress))


@dataclass(frozen=True)
class _Options:
    jobs: int | None
    dry_run: bool
    force: bool
    progress: Progress | None


def _regenerate(paths: Sequence[Path], out: Path, settings: Settings, options: _Options) -> Summary:
    manifest = Manifest.load(out)
    summary = Summary(notes=list(manifest.notes))
    prints = fingerprints(settings)
    checked = sha256(json.dumps([prints.templates, prints.version], sort_keys=True).encode())
    if checked != manifest.templates_checked:  # the same templates need no second check
        problems = check_templates(settings)
        if problems:
            raise TemplatesUnfit(problems)
        manifest.templates_checked, manifest.changed = checked, True
    out.mkdir(parents=True, exist_ok=True)
    pending: dict[str, tuple[str, list[PlanRecord], int]] = {}
    files, summary.skipped = find_intakes(paths)
    files = [path for path in files if path.is_file()]
    found = tasks(
        files,
        manifest,
        prints,
        force=options.force,
        summary=summary,
        pending=pending,
        limits=settings.limits,
    )
    if options.dry_run:
        for _ in found:
            pass
        return summary
    first = next(found, None)
    try:
        if first is not None:
            _make_all(
                itertools.chain([first], found), manifest, settings, summary, pending, options
            )
    finally:
        manifest.save()  # final: every worker has finished
        if options.progress is not None:
            options.progress(summary, summary.total)
    return summary


def _make_all(
    found: Iterator[Task],
    manifest: Manifest,
    settings: Settings,
    summary: Summary,
    pending: dict[str, tuple[str, list[PlanRecord], int]],
    options: _Options,
) -> None:
    """Make every task in worker processes, recording each result as it comes back."""
    jobs = max(1, options.jobs or os.cpu_count() or 1)
    slots = threading.BoundedSemaphore(jobs * IN_FLIGHT_PER_JOB)
    stop = threading.Event()
    seen = [0]

    def fed() -> Iterator[Task]:
        for task in found:
            while not slots.acquire(timeout=0.2):  # only a few plans in flight
                if stop.is_set():
                    return  # the run is ending: never block the pool's shutdown
            seen[0] += 1
            if options.force:
                summary.moved += move_edited(manifest, task)
            yield task

    prepare(settings)  # the worker processes forked from here start with it all loaded
    context = multiprocessing.get_context("fork")
    last_save = time.monotonic()
    with context.Pool(
        jobs,
        initializer=_start_worker,
        initargs=(settings, manifest.out),
        maxtasksperchild=PLANS_PER_WORKER,
    ) as pool:
        try:
            for made in pool.imap_unordered(make, fed()):
                slots.release()
                _collect(made, manifest, summary, pending)
                if options.progress is not None:
                    options.progress(summary, seen[0] + summary.unchanged)
                if time.monotonic() - last_save > SAVE_EVERY:
                    manifest.save(final=False)  # the journal stays: workers still write
                    last_save = time.monotonic()
        finally:
            stop.set()


def _collect(
    made: Made,
    manifest: Manifest,
    summary: Summary,
    pending: dict[str, tuple[str, list[PlanRecord], int]],
) -> None:
    task = made.task
    stem = task.stem
    digest, records, left = pending[task.source]
    if made.error:
        summary.fail(stem if not task.private_folder else task.label, made.error, made.exit_code)
        summary.status[stem] = "failed"
        digest = ""  # read it again next time
    else:
        changed = any(
            (
                manifest.outputs.get(target) is None
                or manifest.outputs[target].sha256 != entry.sha256
            )
            for _, target, entry in made.written
        )
        kept = record(manifest, made)
        summary.kept += kept
        if changed:
            summary.made += 1
            summary.remade.append((stem, task.decisions[0].reason if task.decisions else ""))
        else:
            summary.unchanged += 1
        summary.status[stem] = ("made" if changed else "unchanged") + (
            "; your edits kept" if kept else ""
        )
        for each in records:
            if each.stem == stem:
                each.findings = made.findings
    pending[task.source] = (digest, records, left - 1)
    if left - 1 == 0:
        _finish_source(manifest, task.source, pending)


__all__ = ["BatchStopped", "Summary", "run"]
