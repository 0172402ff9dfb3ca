"""The one path every command takes, in one screen::

    files = find_intakes(paths)            intake files named or under the folders named;
                                           plangen's own outputs skipped (run.skipped)
    run = read_run(files, settings)        every plan, or the input problems that stop it;
                                           a plan in two files, or two plans for one
                                           folder, is an input problem for each of them
    run.findings                           the rules on each plan; PLAN-19 across the run
    write_plans(run, out, settings, ...)   build each plan's files (plangen.outputs) and
                                           write them through the manifest (plangen.store):
                                           a hand edit is never overwritten

``generate`` takes all four steps, ``check`` the first three, ``export`` the first two.
``batch`` (:mod:`plangen.batch.run`) reads and claims plans through :func:`claims`,
writes through :mod:`plangen.store`, and adds only which plans are stale and the worker
processes.  Functions a caller (a web page, a script) may use: :func:`read_run`,
:func:`generate_files`, :func:`generate` (one intake file), :func:`generate_plan`
(one plan model), and from :mod:`plangen.outputs`, :data:`OUTPUTS`, :data:`VERSIONS`,
:func:`make_files` and :func:`prepare` (re-exported here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from plangen.batch.manifest import Manifest, exclusive, writing
from plangen.claims import Claim, claims
from plangen.errors import InputError, InternalError, Location, OutputError, PlangenError, shown
from plangen.intake import intake_files, read_plans
from plangen.keys import name_key
from plangen.model import Plan
from plangen.outputs import (
    ON_REQUEST,
    OUTPUTS,
    VERSION_FILES,
    VERSIONS,
    make_files,
    output_stem,
    own_copy_suffix,
    prepare,
    recipients_in,
)
from plangen.settings import Settings
from plangen.store import (
    Fingerprints,
    fingerprints,
    move_edited,
    plan_task,
    record,
    relative_stem,
    write_task,
)

# the rules, the privacy matcher and the family engine are imported where they are
# used: a batch with nothing to re-make, and ``--help``, never load them
if TYPE_CHECKING:
    from plangen.rules import Finding

REPORT_NAMES = ("plangen-report.xlsx", "plangen-report.csv")
_SUFFIXES = "|".join(re.escape(s) for o in OUTPUTS for s in o.suffixes)
# a file name plangen gives an output: <date>-<kind><suffix>, or its .new version
_OWN_FILE = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}-(cp-plan|childs-plan)"
    rf"({_SUFFIXES}|-family-for-[a-z0-9-]+\.docx)"
)


def _is_own_output(path: Path) -> bool:
    name = path.name.replace(".new.", ".")
    return name in REPORT_NAMES or _OWN_FILE.fullmatch(name) is not None


def find_intakes(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """The intake files named, with each folder replaced by the intake files under it;
    and the files skipped as plangen's own outputs (anything in a folder that holds a
    plangen manifest, and files named as plangen names its outputs).  A file named
    explicitly is always read."""
    named = {path for path in paths if not path.is_dir()}
    found, skipped = [], []
    known: dict[Path, bool] = {}  # folder -> holds a plangen manifest (asked once each)
    for path in intake_files(paths):
        if path not in named and ".plangen" in path.parts:
            continue  # plangen's own record of a folder, never an intake
        if path not in named and (_in_output_folder(path, known) or _is_own_output(path)):
            skipped.append(path)
        else:
            found.append(path)
    return found, skipped


def _in_output_folder(path: Path, known: dict[Path, bool]) -> bool:
    """A folder above ``path`` holds a plangen manifest: each folder is asked once, and
    a file's answer is its folder's (walking every file's parents again was a tenth of
    a batch run with nothing to make, 1,000 intakes in one folder)."""
    folder = path.parent
    if folder not in known:
        here = (folder / ".plangen" / "manifest.json").is_file()
        known[folder] = here or (folder != folder.parent and _in_output_folder(folder, known))
    return known[folder]


@dataclass
class Intake:
    """One plan read, with the file it came from."""

    source: Path
    plan: Plan


@dataclass
class Run:
    """What the read and check stages made of some intake files."""

    plans: list[Intake] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)  # each stops one plan or file
    skipped: list[Path] = field(default_factory=list)  # plangen's own outputs, not read
    findings: list[list[Finding]] = field(default_factory=list)  # one list per plan
    notes: list[str] = field(default_factory=list)  # for the user, on how it was read


def read_paths(paths: Sequence[Path], settings: Settings, *, check: bool = True) -> Run:
    """find -> read (-> check) for the files and folders a user named.  Raises
    :class:`InputError` when there is no intake file among them."""
    files, skipped = find_intakes(paths)
    if not files:
        raise InputError("no intake files found in " + ", ".join(map(str, paths)))
    run = read_run(files, settings, check=check)
    run.skipped = skipped
    return run


def read_run(files: Iterable[Path], settings: Settings, *, check: bool = True) -> Run:
    """Read every file and (with ``check``) run the rules: the stages every command
    shares, so the same intakes give the same problems and findings everywhere."""
    run = Run()
    for source in files:
        for entry in read_file(source, settings):
            if isinstance(entry, InputError):
                run.problems.append(entry)
            else:
                run.plans.append(Intake(source, entry))
    found = [Claim.of(str(each.source), each.plan) for each in run.plans]
    refused = claims(found)
    for index in sorted(refused):
        where = Location(file=str(run.plans[index].source))
        run.problems.append(InputError(refused[index], location=where))
    run.plans = [each for i, each in enumerate(run.plans) if i not in refused]
    if check:
        from plangen.rules import check_run

        run.findings = check_run([each.plan for each in run.plans], settings.rules)
    return run


def read_file(source: Path, settings: Settings) -> list[Plan | InputError]:
    """The plans of one file, or its problems; never raises (a bug reading one file is
    that file's problem, reported, not a traceback)."""
    try:
        return read_plans(source, settings.limits)
    except InputError as error:
        return [error]
    except Exception as error:  # one file's bug must not stop the run
        problem = InternalError(error, doing="reading this file")
        return [InputError(str(problem), location=Location(file=str(source)))]


@dataclass
class Written:
    """What the write stage did for the plans of a run."""

    files: list[Path] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (edited output, new beside)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (edited output, moved to)
    failed: list[PlangenError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def write_plans(
    run: Run,
    out: Path,
    settings: Settings,
    *,
    versions: Sequence[str] = VERSIONS,
    recipients: Sequence[str] = (),
    force: bool = False,
) -> Written:
    """Build and write the files of every plan in ``run`` (all of ``versions``), through
    the manifest of ``out``: an output edited by hand is kept and the new one goes
    beside it as ``.new.docx`` (with ``force``, the edited file is moved to
    ``.plangen/edited/`` first).  A plan that fails leaves its old files as they were."""
    written = Written()
    if not run.plans:
        return written  # nothing to write: the output folder is not even made
    with ExitStack() as held:
        held.enter_context(exclusive(out))
        held.enter_context(writing(out))  # removes what a killed run left
        manifest = Manifest.load(out)
        written.notes += manifest.notes
        prints = fingerprints(settings)
        try:
            for each, findings in zip(run.plans, run.findings, strict=True):
                _write_one(
                    each,
                    findings,
                    manifest,
                    prints,
                    settings,
                    written,
                    versions=versions,
                    recipients=recipients,
                    force=force,
                )
        finally:
            manifest.save()
    return written


def _write_one(
    each: Intake,
    findings: list[Finding],
    manifest: Manifest,
    prints: Fingerprints,
    settings: Settings,
    written: Written,
    *,
    versions: Sequence[str],
    recipients: Sequence[str],
    force: bool,
) -> None:
    out = manifest.out
    try:
        task = plan_task(
            str(each.source),
            each.plan,
            relative_stem(each.plan, out),
            manifest,
            prints,
            extra=[f for f in findings if f.rule == "PLAN-19"],
            versions=list(versions),
            recipients=list(recipients),
            force=force,
            only_stale=False,
        )
    except OutputError as error:
        written.failed.append(error)
        return
    if task is None:
        return
    if force:
        written.moved += move_edited(manifest, task)
    made = write_task(task, out, settings, findings)  # checked once, by read_run
    if made.error:
        where = Location(file=str(each.source))
        written.failed.append(
            InputError(made.error, location=where)
            if made.exit_code == 2
            else OutputError(made.error)
        )
        return
    written.kept += record(manifest, made)
    written.files += [out / target for _, target, _ in made.written]


def generate_files(
    paths: Sequence[Path],
    out: Path,
    settings: Settings,
    *,
    versions: Sequence[str] = VERSIONS,
    recipients: Sequence[str] = (),
    force: bool = False,
) -> tuple[Run, Written]:
    """What ``plangen generate`` does: find, read, check and write every plan."""
    run = read_paths(paths, settings)
    if recipients:  # a recipient no plan's core group holds: refused before any write
        run.notes += check_recipients([each.plan for each in run.plans], recipients)
    if "child" in versions:  # why a plan has no child's version (an unborn baby ...)
        from plangen.family.child import no_child_version

        run.notes += [
            f"{each.source.name}: no child's version made: {reason}"
            for each in run.plans
            if (reason := no_child_version(each.plan))
        ]
    if "plan" in versions and "professionals" not in versions:
        run.notes += held_notes(run)
    return run, write_plans(
        run, out, settings, versions=versions, recipients=recipients, force=force
    )


def held_notes(run: Run) -> list[str]:
    """For each plan that withholds something, how professionals get the whole plan: the
    professionals-only copy is made only when asked for (README, "Confidentiality"), so
    the formal plan the whole core group gets is the one made by default."""
    from plangen.outputs import not_for

    return [
        f"{each.source.name}: the formal plan and review copy hold details on the case "
        f"record (withheld from {not_for(each.plan)}); for the professionals who need the "
        "whole plan, add --versions professionals (marked on every page with whom it "
        "must not reach)"
        for each in run.plans
        if each.plan.confidential
    ]


def check_recipients(plans: Sequence[Plan], recipients: Sequence[str]) -> list[str]:
    """Refuse, before anything is written, a recipient who is in no plan's core group,
    or a relationship word ("Dad") that fits more than one person across the plans.

    Returns a note for each recipient named by a relationship word, saying who it was
    taken to be.  Raises :class:`InputError` naming the closest core-group names."""
    from plangen.privacy import resolve_recipient, unknown_recipient

    notes = []
    for wanted in recipients:
        found = [person for plan in plans if (person := resolve_recipient(plan, wanted))]
        if not found:
            raise unknown_recipient(wanted, list(plans))
        names = sorted({person.name for person in found})
        if name_key(wanted) != name_key(names[0]) or len(names) > 1:
            if len(names) > 1:
                raise InputError(
                    f'--for "{wanted}" fits {len(names)} different people in these plans; '
                    "give the full name of the one the copy is for"
                )
            notes.append(f'--for "{wanted}" taken as {shown(names[0])}')
    return notes


__all__ = [
    "ON_REQUEST",
    "OUTPUTS",
    "VERSIONS",
    "VERSION_FILES",
    "Claim",
    "Run",
    "check_recipients",
    "claims",
    "find_intakes",
    "generate_files",
    "make_files",
    "output_stem",
    "own_copy_suffix",
    "prepare",
    "read_paths",
    "read_run",
    "recipients_in",
    "write_plans",
]
