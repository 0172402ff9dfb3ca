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
import datetime as dt
import itertools
import json
import multiprocessing
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plangen import __version__
from plangen.batch.manifest import (
    Manifest,
    Output,
    PlanRecord,
    Source,
    exclusive,
    file_sha256,
    journal_write,
    sha256,
    sweep_temporary,
)
from plangen.batch.pdfs import PdfJob, make_pdfs
from plangen.errors import InputError, PlangenError, TemplateError, shown
from plangen.intake import intake_files, read_plans
from plangen.intake.files import check_size
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.model import Plan
from plangen.pdf import pdf_name
from plangen.pipeline import (
    VERSION_FILES,
    VERSIONS,
    make_files,
    output_stem,
    own_copy_suffix,
    prepare,
)
from plangen.render.checks import TemplateProblem, check_template
from plangen.rules import Finding, check, same_child_findings
from plangen.settings import Settings
from plangen.write import write_atomic

SAVE_EVERY = 2.0  # seconds between manifest saves; the journal covers the gap
IN_FLIGHT_PER_JOB = 4  # plans queued ahead per process: memory stays flat in the run size
# A worker is replaced after this many plans, so that a run of any size peaks at the
# same memory whatever a library keeps (python-docx, no longer used to make a plan, kept
# a quarter of a megabyte a document: the limit was 40 then).
PLANS_PER_WORKER = 200


class BatchStopped(PlangenError):
    """Raised before anything is written, when a template is not fit to use."""

    def __init__(self, problems: Sequence[TemplateProblem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"a template has problems, so nothing was written:\n{lines}")


@dataclass(frozen=True)
class Fingerprints:
    """What every output of the run depends on besides its plan."""

    templates: dict[str, str]  # cp-plan, childs-plan, family, child -> file hash
    settings: str
    version: str = __version__
    pdf: bool = False  # a PDF of each .docx too (made from what its .docx is made from)

    def made_from(self, plan: str, kind: str, name: str) -> tuple[str, str, str, str]:
        template = "" if name.endswith(".json") else self.templates[_template_of(kind, name)]
        return (plan, template, self.settings, self.version)


def _group_of(name: str) -> str:
    if name.endswith(".pdf"):  # a PDF belongs with its document
        name = name.removesuffix(".pdf") + ".docx"
    for group in ("review", "family", "child"):
        if any(name.endswith(suffix) for suffix in VERSION_FILES[group]):
            return group
    return "plan"


def _template_of(kind: str, name: str) -> str:
    group = _group_of(name)
    return group if group in ("family", "child") else kind


def fingerprints(settings: Settings, *, pdf: bool = False) -> Fingerprints:
    """Hashes of the templates, and of the settings with every word list they read."""
    from importlib import resources

    folder = settings.template_dir()
    templates = {
        name: file_sha256(folder / f"{name}.docx")
        for name in ("cp-plan", "childs-plan", "family", "child")
    }
    data = resources.files("plangen.data")
    words = [data.joinpath(f).read_bytes() for f in ("rules.toml", "glossary.toml", "family.toml")]
    for own in (settings.rules.data, settings.family.glossary):
        if own is not None:
            words.append(own.read_bytes())
    settings_hash = sha256(settings.model_dump_json().encode() + b"".join(words))
    return Fingerprints(templates, settings_hash, pdf=pdf)


def check_templates(settings: Settings) -> list[TemplateProblem]:
    """Problems in any template the run would use."""
    folder = settings.template_dir()
    return [
        problem
        for name in ("cp-plan", "childs-plan", "family", "child")
        for problem in check_template(folder / f"{name}.docx")
    ]


# -- what to do ---------------------------------------------------------------------


@dataclass
class Task:
    """One plan to make: which of its files, written where, made from what."""

    source: str
    stem: str  # the plan's outputs, relative to the output folder, without a suffix
    plan_json: str
    plan: str  # fingerprint
    groups: list[str]
    made_from: dict[str, tuple[str, str, str, str]]  # output -> fingerprints
    targets: dict[str, str]  # output -> the name to write (itself, or its .new)
    extra: list[dict[str, str]]  # findings across plans (PLAN-19)


@dataclass
class Decision:
    """Why an output is re-made (for ``--dry-run``)."""

    output: str
    reason: str
    target: str


@dataclass
class Summary:
    """What the run did."""

    made: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source or plan, error)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (edited output, new beside it)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (edited output, moved to)
    decisions: list[Decision] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)  # plan stem -> made/unchanged/...

    @property
    def total(self) -> int:
        return self.made + self.unchanged + len(self.failed)


def _new_name(name: str) -> str:
    path = Path(name)
    return str(path.with_name(f"{path.stem}.new{path.suffix}"))


def _reason(manifest: Manifest, name: str, wanted: tuple[str, str, str, str]) -> str | None:
    recorded = manifest.outputs.get(name)
    exists = (manifest.out / name).exists()
    if recorded is None:
        return "not made before" if not exists else "not made by plangen batch before"
    if not exists:
        return "missing"
    for label, old, new in zip(
        ("input changed", "template changed", "settings changed", "plangen version changed"),
        recorded.made_from(),
        wanted,
        strict=True,
    ):
        if old != new:
            return label
    return None


def _outputs(stem: str, copies: list[str], pdf: bool = False) -> dict[str, str]:
    """Output name -> its version group, for every file of a plan; a recipient's own
    family copy is made, tracked and re-made with the family version; with ``pdf``, the
    PDF of each document too, in its document's group."""
    names = {f"{stem}{suffix}": group for group in VERSIONS for suffix in VERSION_FILES[group]}
    names |= {f"{stem}{suffix}": "family" for suffix in copies}
    if pdf:
        names |= {pdf_name(n): g for n, g in list(names.items()) if n.endswith(".docx")}
    return names


def _plan_task(
    source: str,
    plan: Plan,
    record: PlanRecord,
    extra: list[Finding],
    manifest: Manifest,
    prints: Fingerprints,
    *,
    force: bool,
    summary: Summary,
) -> Task | None:
    stem, fingerprint = record.stem, record.plan
    made_from, targets, groups = {}, {}, set()
    for name, group in _outputs(stem, record.copies, prints.pdf).items():
        wanted = prints.made_from(fingerprint, plan.kind.value, name)
        reason = _reason(manifest, name, wanted)
        if reason is None:
            continue
        groups.add(group)
        made_from[name] = wanted
    if not groups:
        summary.unchanged += 1
        summary.status[stem] = "unchanged"
        return None
    for name in list(made_from):
        made_from.update(
            {
                other: prints.made_from(fingerprint, plan.kind.value, other)
                for other, group in _outputs(stem, record.copies, prints.pdf).items()
                if group == _group_of(name)
            }
        )
    for name, wanted in made_from.items():
        reason = _reason(manifest, name, wanted) or "made with the rest of its version"
        target = name
        if manifest.is_edited(name):
            if force:
                reason += "; the hand-edited file is moved to .plangen/edited/"
            else:
                target = _new_name(name)
                reason += f"; edited by hand, so the new version goes to {Path(target).name}"
        targets[name] = target
        summary.decisions.append(Decision(name, reason, target))
    return Task(
        source=source,
        stem=stem,
        plan_json=plan.model_dump_json(),
        plan=fingerprint,
        groups=sorted(groups),
        made_from=made_from,
        targets=targets,
        extra=[f.as_dict() for f in extra],
    )


def _source_current(manifest: Manifest, source: str, digest: str, prints: Fingerprints) -> bool:
    known = manifest.sources.get(source)
    if known is None or known.sha256 != digest:
        return False
    for record in known.plans:
        for name in _outputs(record.stem, record.copies, prints.pdf):
            wanted = prints.made_from(record.plan, record.kind, name)
            if _reason(manifest, name, wanted) is not None:
                return False
    return True


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
    """The plans to make, source by source; unchanged sources are not even parsed."""
    claimed: dict[str, str] = {}  # output stem -> the intake file whose plan makes it
    # each plan's findings from the last run, kept until this run checks it again
    previous = {p.stem: p.findings for s in manifest.sources.values() for p in s.plans}
    for path in files:
        source = str(path.resolve())
        try:
            check_size(path, limits)
            digest = file_sha256(path)
        except InputError as error:
            summary.failed.append((path.name, str(error)))
            continue
        except OSError as error:
            summary.failed.append((path.name, f"{path.name}: cannot be read: {error.strerror}"))
            continue
        if _source_current(manifest, source, digest, prints):
            for record in manifest.sources[source].plans:
                claimed.setdefault(record.stem, path.name)
                summary.unchanged += 1
                summary.status[record.stem] = "unchanged"
            continue
        try:
            read = read_plans(path, limits)
        except InputError as error:
            summary.failed.append((path.name, str(error)))
            continue
        found = [(p, _record(manifest, p, previous)) for p in read if isinstance(p, Plan)]
        kept = _unclaimed(found, path, claimed, summary)
        for problem in (r for r in read if isinstance(r, InputError)):
            summary.failed.append((path.name, str(problem)))
        plans, records = [plan for plan, _ in kept], [record for _, record in kept]
        made = [
            task
            for (plan, record), extra in zip(kept, same_child_findings(plans), strict=True)
            if (
                task := _plan_task(
                    source, plan, record, extra, manifest, prints, force=force, summary=summary
                )
            )
            is not None
        ]
        complete = len(plans) == len(read)
        pending[source] = (digest if complete else "", records, len(made))
        if not made:
            _finish_source(manifest, source, pending)
        yield from made


def _unclaimed(
    found: list[tuple[Plan, PlanRecord]], path: Path, claimed: dict[str, str], summary: Summary
) -> list[tuple[Plan, PlanRecord]]:
    """The plans whose files no other plan of this run makes; the others fail, since
    two plans written to one name would leave only the last."""
    kept: list[tuple[Plan, PlanRecord]] = []
    for plan, record in found:
        owner = claimed.get(record.stem)
        if owner is not None:
            summary.failed.append(
                (
                    path.name,
                    f"{path.name}: a plan makes the same files ({shown(record.stem)}) as a plan "
                    f"in {owner}; give each plan its own case reference",
                )
            )
            continue
        claimed[record.stem] = path.name
        kept.append((plan, record))
    return kept


def _record(
    manifest: Manifest, plan: Plan, previous: dict[str, list[dict[str, str]]]
) -> PlanRecord:
    """What the manifest keeps of a plan: where its files go, its fingerprint, and its
    findings (those of the last run until this run checks it)."""
    stem = output_stem(plan, manifest.out).relative_to(manifest.out).as_posix()
    return PlanRecord(
        stem=stem,
        case_ref=plan.case_ref or "",
        child=plan.child.name,
        kind=plan.kind.value,
        plan=sha256(plan.model_dump_json().encode()),
        findings=previous.get(stem, []),
        copies=[own_copy_suffix(person) for person in plan.core_group if person.own_copy],
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


@dataclass
class Made:
    """What a worker made of one task."""

    task: Task
    written: list[tuple[str, str, Output]] = field(default_factory=list)  # name, target, entry
    findings: list[dict[str, str]] = field(default_factory=list)
    error: str = ""


def make(task: Task) -> Made:
    """Make one plan's files and write them, journalling each before it is written."""
    settings = _WORKER["settings"]
    out = _WORKER["out"]
    assert isinstance(settings, Settings) and isinstance(out, Path)
    journal = Manifest(out).journal
    try:
        plan = Plan.model_validate_json(task.plan_json)
        findings = check(plan, settings.rules) + [_finding(f) for f in task.extra]
        files = make_files(plan, out, settings, findings, versions=task.groups)
        made = Made(task, findings=[f.as_dict() for f in findings])
        for path, data in files:
            name = path.relative_to(out).as_posix()
            target = task.targets.get(name, name)
            plan_fp, template, settings_fp, version = task.made_from[name]
            entry = Output(plan_fp, template, settings_fp, version, sha256(data), len(data), 0)
            # each file journalled just before it is written: the main process starts a
            # new journal when it saves the manifest, so the gap must stay this small
            if target == name:
                journal_write(journal, name, entry)
            write_atomic(out / target, data)
            stat = (out / target).stat()
            entry.size, entry.mtime_ns = stat.st_size, stat.st_mtime_ns
            made.written.append((name, target, entry))
        return made
    except PlangenError as error:
        return Made(task, error=str(error))


def _finding(data: dict[str, str]) -> Finding:
    from plangen.rules import Place, Severity

    return Finding(
        data["rule"],
        Severity(data["severity"]),
        Place.parse(data["path"]),
        data["problem"],
        data["advice"],
    )


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
            sweep_temporary(out)  # left by a run that was killed mid-write
        return _regenerate(paths, out, settings, _Options(jobs, dry_run, force, progress, pdf))


@dataclass(frozen=True)
class _Options:
    jobs: int | None
    dry_run: bool
    force: bool
    progress: Progress | None
    pdf: bool = False


def _regenerate(paths: Sequence[Path], out: Path, settings: Settings, options: _Options) -> Summary:
    jobs, dry_run, force, progress = options.jobs, options.dry_run, options.force, options.progress
    manifest = Manifest.load(out)
    prints = fingerprints(settings, pdf=options.pdf)
    checked = sha256(json.dumps([prints.templates, prints.version], sort_keys=True).encode())
    if checked != manifest.templates_checked:  # the same templates need no second check
        problems = check_templates(settings)
        if problems:
            raise BatchStopped(problems)
        manifest.templates_checked, manifest.changed = checked, True
    out.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    pending: dict[str, tuple[str, list[PlanRecord], int]] = {}
    files = [path for path in intake_files(paths) if path.is_file()]
    found = tasks(
        files,
        manifest,
        prints,
        force=force,
        summary=summary,
        pending=pending,
        limits=settings.limits,
    )
    if dry_run:
        for _ in found:
            pass
        return summary
    jobs = max(1, jobs or os.cpu_count() or 1)
    seen = [0]
    slots = threading.BoundedSemaphore(jobs * IN_FLIGHT_PER_JOB)

    def fed() -> Iterator[Task]:
        for task in found:
            slots.acquire()  # blocks the feeding thread: only a few plans in flight
            seen[0] += 1
            if force:
                _move_edited(manifest, task, summary)
            yield task

    to_pdf: list[PdfJob] = []
    first = next(found, None)
    if first is None:  # nothing to make: no processes, no templates to load
        manifest.save()
        return summary
    found = itertools.chain([first], found)
    last_save = time.monotonic()
    prepare(settings)  # the worker processes forked from here start with it all loaded
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(
            jobs,
            initializer=_start_worker,
            initargs=(settings, out),
            maxtasksperchild=PLANS_PER_WORKER,
        ) as pool:
            results = pool.imap_unordered(make, fed())
            _collect(results, manifest, summary, pending, slots, progress, seen, last_save, to_pdf)
        # after every document is written: each LibreOffice start converts many
        make_pdfs(to_pdf, manifest, summary, jobs_at_once=jobs)
    finally:
        manifest.save()
    return summary


def _collect(
    results: Iterator[Made],
    manifest: Manifest,
    summary: Summary,
    pending: dict[str, tuple[str, list[PlanRecord], int]],
    slots: threading.BoundedSemaphore,
    progress: Progress | None,
    seen: list[int],
    last_save: float,
    to_pdf: list[PdfJob],
) -> None:
    for made in results:
        slots.release()
        task = made.task
        stem = task.stem
        if made.error:
            summary.failed.append((stem, made.error))
            summary.status[stem] = "failed"
            digest, records, left = pending[task.source]
            pending[task.source] = ("", records, left)  # read it again next time
        else:
            summary.made += 1
            summary.status[stem] = "made"
            for name, target, entry in made.written:
                made_pdf = pdf_name(name)
                if made_pdf in task.targets:
                    to_pdf.append(
                        PdfJob(
                            stem,
                            made_pdf,
                            task.targets[made_pdf],
                            task.made_from[made_pdf],
                            manifest.out / target,
                        )
                    )
                if target == name:
                    manifest.outputs[name] = entry
                    manifest.changed = True
                else:
                    summary.kept.append((name, target))
                    summary.status[stem] = "made; your edits kept"
            digest, records, left = pending[task.source]
            for record in records:
                if record.stem == stem:
                    record.findings = made.findings
            pending[task.source] = (digest, records, left)
        digest, records, left = pending[task.source]
        pending[task.source] = (digest, records, left - 1)
        if left - 1 == 0:
            _finish_source(manifest, task.source, pending)
        if progress is not None:
            progress(summary, seen[0] + summary.unchanged)
        if time.monotonic() - last_save > SAVE_EVERY:
            manifest.save()
            last_save = time.monotonic()


def _move_edited(manifest: Manifest, task: Task, summary: Summary) -> None:
    """``--force``: an edited output goes to ``.plangen/edited/`` before it is replaced."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    for name in task.targets:
        if manifest.is_edited(name):
            keep = manifest.folder / "edited" / f"{stamp}-{name.replace('/', '--')}"
            keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(manifest.out / name, keep)
            summary.moved.append((name, str(keep.relative_to(manifest.out))))


__all__ = ["BatchStopped", "Summary", "TemplateError", "run"]
