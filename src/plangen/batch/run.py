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
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plangen.batch.manifest import Manifest, exclusive, sha256, sweep_temporary, writing
from plangen.batch.pdfs import PdfJob, make_pdfs
from plangen.batch.stale import Pending, Summary, check_templates, finish_source, tasks
from plangen.batch.workers import Workers
from plangen.errors import OutputError, TemplatesUnfit
from plangen.outputs import prepare
from plangen.pdf import pdf_name
from plangen.pipeline import find_intakes
from plangen.settings import Settings
from plangen.store import (
    Made,
    Staged,
    Task,
    fingerprints,
    move_edited,
    put_in_place,
    record,
    stage_task,
)

SAVE_EVERY = 2.0  # seconds between manifest saves; the journal covers the gap
# ... or more: a save writes the whole manifest (~75 ms at 1,000 plans), so the next
# waits this many times as long as the last took: saving costs the parent at most ~5%
SAVE_SHARE = 20
# a worker's memory grows as it works (caches, and memory Python keeps once used: 53 to
# 87 MB over 500 plans); a worker is replaced after this many plans so a run of any
# size peaks at about the same memory.
PLANS_PER_WORKER = 40
BatchStopped = TemplatesUnfit  # the earlier name


# -- making one plan (in a worker process) ----------------------------------------------

_WORKER: dict[str, object] = {}


def make(task: Task) -> Staged:
    """Make one plan's files and write them beside their targets (in a worker
    process), flushed to disk in the background while the worker makes its next
    plan; :func:`put_in_place` then puts them in place.  Never raises."""
    settings, out = _WORKER["settings"], _WORKER["out"]
    assert isinstance(settings, Settings) and isinstance(out, Path)
    return stage_task(task, out, settings, background=True)


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
    pdf: bool = False,
) -> Summary:
    """Regenerate every plan under ``paths`` into ``out``; see the module docstring.

    Raises :class:`BatchStopped` before writing anything when a template is broken, and
    :class:`~plangen.errors.OutputError` when another run is writing to ``out``.
    """
    with contextlib.ExitStack() as held:
        if not dry_run:
            held.enter_context(exclusive(out))
            held.enter_context(writing(out))  # removes what a killed run left
        options = _Options(jobs, dry_run, force, progress, pdf)
        return _regenerate(paths, out, settings, options)


@dataclass(frozen=True)
class _Options:
    jobs: int | None
    dry_run: bool
    force: bool
    progress: Progress | None
    pdf: bool = False


def _regenerate(paths: Sequence[Path], out: Path, settings: Settings, options: _Options) -> Summary:
    manifest = Manifest.load(out)
    summary = Summary(notes=list(manifest.notes))
    prints = fingerprints(settings, pdf=options.pdf)
    checked = sha256(json.dumps([prints.templates, prints.version], sort_keys=True).encode())
    if checked != manifest.templates_checked:  # the same templates need no second check
        problems = check_templates(settings)
        if problems:
            raise TemplatesUnfit(problems)
        manifest.templates_checked, manifest.changed = checked, True
    out.mkdir(parents=True, exist_ok=True)
    pending: Pending = {}
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
    if options.dry_run:  # what would be made and why: kept only here (a real run of
        for task in found:  # 1,000 plans held 2.4 MB of them, in every worker forked too)
            summary.decisions += task.decisions
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
    pending: Pending,
    options: _Options,
) -> None:
    """Make every task in worker processes, recording each result as it comes back."""
    jobs = max(1, options.jobs or os.cpu_count() or 1)
    seen = [0]

    def fed() -> Iterator[Task]:
        for task in found:
            seen[0] += 1
            if options.force:
                summary.moved += move_edited(manifest, task)
            yield task

    prepare(settings)  # the worker processes forked from here start with it all loaded
    _WORKER["settings"], _WORKER["out"] = settings, manifest.out
    last_save, between = time.monotonic(), SAVE_EVERY
    to_pdf: list[PdfJob] = []
    shared: Shared = {}
    tidy = False
    try:
        with Workers(
            jobs, make, _lost, tasks_per_worker=PLANS_PER_WORKER, finish=put_in_place
        ) as workers:
            for made in workers.results(fed()):
                _collect(made, manifest, summary, pending, to_pdf, shared)
                if options.progress is not None:
                    options.progress(summary, seen[0] + summary.unchanged)
                if time.monotonic() - last_save > between:
                    started = time.monotonic()
                    manifest.save(final=False)  # the journal stays: workers still write
                    last_save = time.monotonic()
                    between = max(SAVE_EVERY, SAVE_SHARE * (last_save - started))
            tidy = not workers.deaths
    finally:  # every worker has stopped: remove the half-written copies a dead one left
        if not tidy:
            sweep_temporary(manifest.out)
    # after every document is written: each LibreOffice start converts many
    make_pdfs(to_pdf, manifest, summary, jobs_at_once=jobs)


def _lost(task: Task, exit_code: int) -> Made:
    """The result of a plan whose worker process stopped before it answered."""
    how = "killed, or out of memory" if exit_code < 0 else f"exit status {exit_code}"
    return Made(
        task,
        error=(
            f"the worker process making this plan stopped unexpectedly ({how}), so its "
            "files were not written; the other plans are not affected. Run batch again "
            "to make it"
        ),
        exit_code=OutputError.exit_code,  # its files could not be written
    )


def _collect(
    made: Made,
    manifest: Manifest,
    summary: Summary,
    pending: Pending,
    to_pdf: list[PdfJob],
    shared: Shared,
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
        for _, _, entry in made.written:  # the same fingerprints in every plan's entries
            entry.plan, entry.template = sys.intern(entry.plan), sys.intern(entry.template)
            entry.settings, entry.plangen = sys.intern(entry.settings), sys.intern(entry.plangen)
        kept = record(manifest, made)
        for name, target, _ in made.written:
            wanted = pdf_name(name)
            if name.endswith(".docx") and wanted in task.made_from:
                document = manifest.out / target
                made_from = task.made_from[wanted]
                to_pdf.append(PdfJob(stem, wanted, task.targets[wanted], made_from, document))
        summary.kept += kept
        if changed:
            summary.made += 1
            why = task.decisions[0].reason if task.decisions else ""
            summary.remade.append((stem, sys.intern(why)))  # a few reasons, many plans
        else:
            summary.unchanged += 1
        summary.status[stem] = ("made" if changed else "unchanged") + (
            "; your edits kept" if kept else ""
        )
        for each in records:
            if each.stem == stem:
                each.findings = [_shared(finding, shared) for finding in made.findings]
    pending[task.source] = (digest, records, left - 1)
    if left - 1 == 0:
        finish_source(manifest, task.source, pending)


def _shared(finding: dict[str, Any], shared: Shared) -> dict[str, Any]:
    """A finding as the manifest keeps it until the run ends: one copy for every plan
    with the same finding, its words shared with every other finding's same words (each
    result arrives as new strings, and a run of 1,000 plans holds them all, in the
    parent and in every worker forked from it).  Nothing changes a finding once made;
    its ``places`` (a list of paths) are keyed as a tuple."""
    key = tuple((name, tuple(v) if isinstance(v, list) else v) for name, v in finding.items())
    if key not in shared:
        shared[key] = {
            sys.intern(name): [sys.intern(p) for p in value]
            if isinstance(value, list)
            else sys.intern(value)
            for name, value in finding.items()
        }
    return shared[key]


Shared = dict[tuple[tuple[str, object], ...], dict[str, Any]]  # a finding's items -> it


__all__ = ["BatchStopped", "Summary", "run"]
