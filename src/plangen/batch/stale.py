"""What a batch must make: every plan under the folders, read (unless its intake file
is unchanged since the last run), claimed once, and compared with what the manifest
says each of its files was made from.  Nothing here writes a plan's files."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.batch.manifest import Manifest, PlanRecord, Source, file_sha256, sha256
from plangen.claims import Claim, claims
from plangen.errors import InputError, OutputError
from plangen.intake.files import check_size
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.model import Plan
from plangen.naming import reference_key
from plangen.outputs import own_copy_suffix, template_names
from plangen.pipeline import read_file
from plangen.settings import Settings
from plangen.store import (
    Decision,
    Fingerprints,
    Task,
    new_name,
    plan_outputs,
    plan_task,
    reason,
    relative_stem,
)

if TYPE_CHECKING:  # the templates are read only when they changed (python-docx, lxml)
    from plangen.render.checks import TemplateProblem
    from plangen.rules import Finding

Pending = dict[str, tuple[str, list[PlanRecord], int]]  # source -> digest, plans, tasks left


def check_templates(settings: Settings) -> list[TemplateProblem]:
    """Problems in any template the run would use."""
    from plangen.render.checks import check_template

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
        """Record one failure; a file name that is not UTF-8 is made printable."""
        self.failed.append((_printable(where), _printable(error)))
        self.exit_codes.append(exit_code)

    @property
    def exit_code(self) -> int:
        return max(self.exit_codes, default=0)


# -- what to do ---------------------------------------------------------------------


def _printable(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _name(path: Path, *, whole: bool = False) -> str:
    """A file's name (or ``whole`` path) fit for any message or report, whatever bytes
    it was made of."""
    return _printable(str(path) if whole else path.name)


# the plan's fields whose default a factory makes (none takes the data validated so far)
_FACTORIES: dict[str, Callable[[], Any]] = {
    name: info.default_factory  # type: ignore[misc]
    for name, info in Plan.model_fields.items()
    if info.default_factory is not None and not info.default_factory_takes_validated_data
}


@dataclass(frozen=True)
class _Held:
    """A plan read, held until its task is made as its JSON (a third of the model's
    memory: every plan of a run is read before the first is made, and the worker
    processes forked meanwhile carry the parent's memory too), and its outline, the
    plan without its people, risks or texts, which is what PLAN-19 reads."""

    json: bytes  # deflated: a fifth of the text (a run of 1,000 plans holds 7 MB less)
    outline: Plan

    @classmethod
    def of(cls, plan: Plan) -> _Held:
        given: dict[str, Any] = {
            "kind": plan.kind,
            "case_ref": plan.case_ref,
            "child": plan.child,
            "plan_date": plan.plan_date,
        }
        # the defaults made here, not by pydantic: for each default_factory it reads the
        # factory's signature again (inspect.signature, a fifth of reading 1,000 intakes,
        # while the workers wait for the first plan); the outline is the same
        made = {name: make() for name, make in _FACTORIES.items() if name not in given}
        outline = Plan.model_construct(_fields_set=set(given), **given, **made)
        return cls(zlib.compress(plan.model_dump_json().encode(), 1), outline)

    def plan(self) -> Plan:
        # the same model: JSON round-trips
        return Plan.model_validate_json(zlib.decompress(self.json))


@dataclass
class _Read:
    """One intake file: unchanged since the last run (its records), or read again."""

    path: Path
    source: str
    digest: str
    records: list[PlanRecord]
    plans: list[_Held] = field(default_factory=list)
    complete: bool = True
    current: bool = False


def _source_current(
    manifest: Manifest, source: str, digest: str, prints: Fingerprints, *, force: bool
) -> bool:
    """Nothing of this intake file needs making (with ``force``: nor any new version
    waiting beside an edit)."""
    known = manifest.sources.get(source)
    if known is None or known.sha256 != digest:
        return False
    for each in known.plans:
        for name, (_, template) in plan_outputs(
            each.stem, each.kind, each.copies, pdf=prints.pdf
        ).items():
            if reason(manifest, name, prints.made_from(each.plan, template)) is not None:
                return False
            if force and (manifest.out / new_name(name)).exists():
                return False
    return True


def _gather(
    files: Sequence[Path],
    manifest: Manifest,
    prints: Fingerprints,
    summary: Summary,
    limits: Limits,
    *,
    force: bool,
) -> list[_Read]:
    """Every intake file, read unless it is unchanged since the last run."""
    gathered: list[_Read] = []
    previous = {p.stem: p.findings for s in manifest.sources.values() for p in s.plans}
    folders: dict[Path, str] = {}
    for path in files:
        source, name = _real(path, folders), _name(path)
        try:
            check_size(path, limits)
            digest = file_sha256(path)
        except InputError as error:
            summary.fail(name, str(error))
            continue
        except OSError as error:
            summary.fail(name, f"{name}: cannot be read: {error.strerror}")
            continue
        if _source_current(manifest, source, digest, prints, force=force):
            records = manifest.sources[source].plans
            gathered.append(_Read(path, source, digest, records, current=True))
            continue
        read = read_file(path, Settings(limits=limits))
        for problem in (r for r in read if isinstance(r, InputError)):
            summary.fail(name, str(problem))
        plans = [p for p in read if isinstance(p, Plan)]
        records = [_record(manifest, p, previous) for p in plans]
        held = [_Held.of(p) for p in plans]
        gathered.append(_Read(path, source, digest, records, held, len(plans) == len(read)))
    return gathered


def _real(path: Path, folders: dict[Path, str]) -> str:
    """``str(path.resolve())``, each folder resolved once for all its files (resolving
    reads every part of a path: a fifth of a batch run with nothing to make)."""
    if path.is_symlink():
        return str(path.resolve())
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = str(path.parent.resolve())
    return os.path.join(folder, path.name)


def _claim(read: _Read, record: PlanRecord) -> Claim:
    return Claim(
        _name(read.path, whole=True),
        record.case_ref,
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
    pending: Pending,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Task]:
    """The plans to make, source by source; unchanged sources are not even parsed.  A
    plan claimed twice (in two files, or two plans for one folder) fails, both copies,
    through the same :func:`~plangen.pipeline.claims` as ``generate`` and ``check``."""
    gathered = _gather(files, manifest, prints, summary, limits, force=force)
    everything = [(read, i) for read in gathered for i in range(len(read.records))]
    refused = claims([_claim(read, read.records[i]) for read, i in everything])
    refused_of: dict[str, dict[int, str]] = {}
    for index, problem in refused.items():
        read, i = everything[index]
        refused_of.setdefault(read.source, {})[i] = problem
        whole = _name(read.path, whole=True)
        summary.fail(whole, f"{whole}: {problem}")
    # PLAN-19 across every plan read in this run, as check and generate see it
    fresh = [
        (read.source, i)
        for read in gathered
        if not read.current or read.source in refused_of
        for i in range(len(read.plans))
        if i not in refused_of.get(read.source, {})
    ]
    plans_of = {read.source: [held.outline for held in read.plans] for read in gathered}
    across: list[list[Finding]] = []
    if fresh:  # the rules are loaded only when a plan changed
        from plangen.rules import same_child_findings

        across = same_child_findings([plans_of[source][i] for source, i in fresh])
    extra_of = dict(zip(fresh, across, strict=True))
    del plans_of  # the outlines: each plan's is let go with the plan, below
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
            plan, each = read.plans[i].plan(), read.records[i]
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
            made.append(task)
        read.plans = []  # held until now: its tasks carry what the workers need
        records = [read.records[i] for i in kept]
        complete = read.complete and not mine
        pending[read.source] = (read.digest if complete else "", records, len(made))
        if not made:
            finish_source(manifest, read.source, pending)
        yield from made


def _record(
    manifest: Manifest, plan: Plan, previous: dict[str, list[dict[str, Any]]]
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
        copies=[own_copy_suffix(person) for person in plan.core_group if person.own_copy],
    )


def finish_source(manifest: Manifest, source: str, pending: Pending) -> None:
    digest, records, _ = pending.pop(source)
    # a source with a failed plan keeps no digest, so the next run reads it again
    manifest.sources[source] = Source(digest, records)
    manifest.changed = True
