"""Making one plan's files and putting them in place, all new or all old: the second
half of :mod:`plangen.store` (which decides what to make and where it goes).

- :func:`write_task` makes the files in memory, journals each, and only then puts
  them in place: a failure before that leaves every old file as it was.  A batch
  uses its two halves, :func:`stage_task` and :func:`put_in_place`, to make its next
  plan while the last one's files are flushed to disk.
- :func:`record` enters what was written in the manifest.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.batch.manifest import Manifest, Output, journal_writes, sha256
from plangen.errors import InternalError, PlangenError, shown
from plangen.model import Plan
from plangen.settings import Settings
from plangen.write import commit_staged, flush, stage, unstage

if TYPE_CHECKING:
    from plangen.rules.findings import Finding
    from plangen.store import Task


@dataclass
class Made:
    """What was made of one task: the files written, or why none was."""

    task: Task
    written: list[tuple[str, str, Output]] = field(default_factory=list)  # name, target, entry
    findings: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""
    exit_code: int = 0


def write_task(
    task: Task, out: Path, settings: Settings, findings: list[Finding] | None = None
) -> Made:
    """Make one plan's files in memory, then write them all (or none): each is staged
    beside its target, journalled, and only then renamed into place.  ``findings``: the
    plan's, when the caller has checked it already (``generate`` has).

    Never raises: any failure, even a bug, is this plan's failure, in ``Made.error``.
    """
    return put_in_place(stage_task(task, out, settings, findings=findings))


@dataclass
class Staged:
    """A plan's files made and written beside their targets, not yet in place."""

    made: Made  # its findings; or why nothing was written (``error``)
    out: Path
    files: list[tuple[Path, Path, str, str, Output]] = field(default_factory=list)
    # (staged, target, name, shown as, entry): in the order they go in place
    flushing: threading.Thread | None = None  # flushing them to disk and journalling
    failed: BaseException | None = None  # what stopped the flush


def stage_task(
    task: Task,
    out: Path,
    settings: Settings,
    *,
    background: bool = False,
    findings: list[Finding] | None = None,
) -> Staged:
    """The first half of :func:`write_task`: the plan's files made and staged.  With
    ``background``, they are flushed to disk and journalled in a thread, so that a
    batch worker makes its next plan meanwhile (a flush waits on the disk, ~5 ms a
    file here); :func:`put_in_place` waits for it.  Never raises."""
    # the rules and the builders (python-docx, lxml, the family engine) are imported
    # only when a plan is made: a batch with nothing to do never loads them
    from plangen.outputs import make_files
    from plangen.rules import check

    staged = Staged(Made(task), out)
    try:
        plan = Plan.model_validate_json(task.plan_json)
        if findings is None:
            findings = check(plan, settings.rules) + [_finding(f) for f in task.extra]
        files = make_files(
            plan, out, settings, findings, versions=task.groups, recipients=task.recipients
        )
        staged.made.findings = [f.as_dict() for f in findings]
        for path, data in files:
            name = path.relative_to(out).as_posix()
            if name not in task.targets:
                continue  # a file of a version made again only for its companions
            target, shown_as = task.targets[name], _shown(task.targets[name], task)
            entry = Output(*task.made_from[name], sha256(data), len(data), 0)
            temp = stage(out, target, data, shown_as=shown_as, durable=not background)
            staged.files.append((temp, out / target, name, shown_as, entry))
        if background:
            staged.flushing = threading.Thread(target=_flush, args=(staged,), daemon=True)
            staged.flushing.start()
        else:
            _journal(staged)
    except Exception as error:  # PlangenError, or a bug: this plan's failure
        staged.failed = error
    return staged


def _flush(staged: Staged) -> None:
    try:
        for temp, _, _, shown_as, _ in staged.files:
            flush(temp, f"{staged.out}/{shown_as}")
        _journal(staged)
    except Exception as error:
        staged.failed = error


def _journal(staged: Staged) -> None:
    """Before the renames, in one flushed write: a kill is covered."""
    entries = [
        (target.relative_to(staged.out).as_posix(), e) for _, target, _, _, e in staged.files
    ]
    journal_writes(Manifest(staged.out).journal, entries)


def put_in_place(staged: Staged) -> Made:
    """The second half of :func:`write_task`: every staged file renamed into place,
    all or none.  Never raises."""
    made, out = staged.made, staged.out
    try:
        if staged.flushing is not None:
            staged.flushing.join()
        if staged.failed is not None:
            raise staged.failed
        commit_staged([(temp, target) for temp, target, _, _, _ in staged.files])
        for _, target, name, _, entry in staged.files:
            stat = target.stat()
            entry.size, entry.mtime_ns = stat.st_size, stat.st_mtime_ns
            made.written.append((name, target.relative_to(out).as_posix(), entry))
        staged.files = []
        return made
    except PlangenError as error:
        return Made(made.task, error=str(error), exit_code=error.exit_code)
    except Exception as error:  # one plan's bug must not stop the run
        failed = InternalError(error, doing="making this plan's files")
        return Made(made.task, error=str(failed), exit_code=failed.exit_code)
    finally:
        unstage([temp for temp, _, _, _, _ in staged.files])


def _shown(target: str, task: Task) -> str:
    """The file in a write error: its folder hidden when named after the child."""
    if not task.private_folder:
        return target
    folder, _, rest = target.partition("/")
    return f"{shown(folder)}/{rest}"


def record(manifest: Manifest, made: Made) -> list[tuple[str, str]]:
    """Enter the files of ``made`` in the manifest; return (output, new version beside
    it) for each output whose hand edit was kept."""
    kept = []
    for name, target, entry in made.written:
        manifest.outputs[target] = entry
        manifest.changed = True
        if target != name:
            kept.append((name, target))
    return kept


def _finding(data: dict[str, Any]) -> Finding:
    from plangen.rules.findings import Finding, Place, Severity

    return Finding(
        data["rule"],
        Severity(data["severity"]),
        Place.parse(data["path"]),
        data["problem"],
        data["advice"],
        also=tuple(Place.parse(path) for path in data.get("places", [])[1:]),
        also_in=data.get("also_in", ""),
    )
