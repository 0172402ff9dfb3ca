"""The write stage for every command: a plan's files into an output folder, never over
a hand edit, all new or all old.

``generate`` and ``batch`` both go through here, so they protect edits the same way:

- :func:`plan_task` decides, for one plan, which files to make and where each goes:
  to its own name, or, when the file there was edited by hand (or was never written
  by plangen), to ``NAME.new.docx`` beside it.  A ``.new`` file is an output like any
  other: recorded in the manifest, so an edit to it is protected too.
- :func:`write_task` makes the files in memory, journals each, and only then puts
  them in place: a failure before that leaves every old file as it was.
- :func:`record` enters what was written in the manifest.

Those two, with the halves of ``write_task`` a batch uses, live in
:mod:`plangen.staging` and are named here too.

The batch adds only which plans are stale; ``generate`` makes every plan it is given.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from plangen import __version__
from plangen.batch.manifest import Manifest, file_sha256, sha256
from plangen.errors import OutputError, shown
from plangen.model import Plan, PlanKind
from plangen.outputs import OUTPUTS, VERSIONS, output_stem, plan_files, template_names
from plangen.pdf import pdf_name, pdf_path
from plangen.settings import Settings
from plangen.staging import Made, Staged, put_in_place, record, stage_task, write_task

if TYPE_CHECKING:  # the rules are imported only when a plan is made
    from plangen.rules.findings import Finding

MadeFrom = tuple[str, str, str, str]


@dataclass(frozen=True)
class Fingerprints:
    """What every output depends on besides its plan: its template, the settings with
    every word list, and plangen's version."""

    templates: dict[str, str]  # template name -> file hash
    settings: str
    version: str = __version__
    pdf: bool = False  # a PDF of each .docx too (made from what its .docx is made from)

    def made_from(self, plan: str, template: str | None) -> MadeFrom:
        """The fingerprints of a file made from ``plan`` with ``template`` (None for
        the plan's JSON record)."""
        return (plan, self.templates[template] if template else "", self.settings, self.version)


def fingerprints(settings: Settings, *, pdf: bool = False) -> Fingerprints:
    """Hashes of the templates, and of the settings with every word list they read."""
    from importlib import resources

    folder = settings.template_dir()
    templates = {name: file_sha256(folder / f"{name}.docx") for name in template_names()}
    data = resources.files("plangen.data")
    words = [data.joinpath(f).read_bytes() for f in ("rules.toml", "glossary.toml", "family.toml")]
    for own in (settings.rules.data, settings.family.glossary):
        if own is not None:
            words.append(own.read_bytes())
    settings_hash = sha256(settings.model_dump_json().encode() + b"".join(words))
    return Fingerprints(templates, settings_hash, pdf=pdf)


def new_name(name: str) -> str:
    """``a/plan.docx`` -> ``a/plan.new.docx``: where a new version goes beside an edit."""
    path = Path(name)
    return str(path.with_name(f"{path.stem}.new{path.suffix}"))


@functools.lru_cache(maxsize=8)  # one entry a kind of plan
def _made_of(kind: str) -> tuple[tuple[str, tuple[str, str | None]], ...]:
    """(file suffix, (output, template)) of every file a batch makes of a plan of
    ``kind``, worked out once: a batch asks for each plan it finds."""
    return tuple(
        (suffix, (output.name, output.template_of(PlanKind(kind), suffix)))
        for output in OUTPUTS
        if not output.on_request
        for suffix in output.suffixes
    )


def plan_outputs(
    stem: str, kind: str, copies: Sequence[str] = (), *, pdf: bool = False
) -> dict[str, tuple[str, str | None]]:
    """Output file name -> its output's name and template, for every file a batch
    makes of a plan recorded in the manifest (``copies``: the suffixes of the family
    copies its intake asks for)."""
    names = {f"{stem}{suffix}": made for suffix, made in _made_of(kind)}
    names |= {f"{stem}{suffix}": ("family", "family") for suffix in copies}
    if pdf:  # a PDF belongs with its document: made, tracked and re-made with it
        names |= {pdf_name(n): made for n, made in list(names.items()) if n.endswith(".docx")}
    return names


@dataclass
class Decision:
    """Why an output is (re-)made, and where it goes."""

    output: str
    reason: str
    target: str


@dataclass
class Task:
    """One plan to make: which of its files, written where, made from what."""

    source: str
    stem: str  # the plan's outputs, relative to the output folder, without a suffix
    plan_json: str
    plan: str  # fingerprint
    groups: list[str]
    made_from: dict[str, MadeFrom]  # output -> fingerprints
    targets: dict[str, str]  # output -> the name to write (itself, or its .new)
    extra: list[dict[str, str]]  # findings across plans (PLAN-19)
    recipients: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    label: str = ""  # the plan in messages: its case reference, or [hidden]
    private_folder: bool = False  # its folder is named after the child


def reason(manifest: Manifest, name: str, wanted: MadeFrom) -> str | None:
    """Why output ``name`` must be made again, or None when it is up to date (a file
    edited by hand counts as up to date when its ``.new`` version is)."""
    recorded = manifest.outputs.get(name)
    exists = os.path.exists(os.path.join(manifest.out, name))  # no Path: asked 6 times a plan
    if recorded is None:
        return "not made before" if not exists else "not made by plangen before"
    if not exists:
        return "missing"
    for label, old, new in zip(
        ("input changed", "template changed", "settings changed", "plangen version changed"),
        recorded.made_from(),
        wanted,
        strict=True,
    ):
        if old != new:
            beside = manifest.outputs.get(new_name(name))
            if (
                beside is not None
                and beside.made_from() == wanted
                and (manifest.out / new_name(name)).exists()
                and not manifest.is_edited(new_name(name))
            ):
                return None  # the new version is already waiting beside the edit
            return label
    return None


def plan_task(
    source: str,
    plan: Plan,
    stem: str,
    manifest: Manifest,
    prints: Fingerprints,
    *,
    extra: list[Finding] | None = None,
    versions: tuple[str, ...] | list[str] = VERSIONS,
    recipients: tuple[str, ...] | list[str] = (),
    force: bool = False,
    only_stale: bool = True,
) -> Task | None:
    """What to make of one plan and where each file goes; None when nothing is stale.

    ``only_stale=False`` (``generate``) makes every file of ``versions`` again.
    Raises :class:`OutputError` when a file and the ``.new`` version beside it were
    both edited by hand (there is nowhere left to put a new one without ``force``).
    """
    fingerprint = sha256(plan.model_dump_json().encode())
    files = plan_files(plan, Path(stem), versions, recipients)
    # a PDF belongs with its document: made, tracked and re-made with it; one a batch
    # made before is re-made with its document even when this run did not ask for PDFs,
    # never left beside a new .docx saying what the plan no longer says
    files |= {
        pdf_path(p): made
        for p, made in list(files.items())
        if p.suffix == ".docx"
        and (prints.pdf or (only_stale and pdf_name(p.as_posix()) in manifest.outputs))
    }
    outputs = {path.as_posix(): group for path, (group, _) in files.items()}
    wanted = {
        path.as_posix(): prints.made_from(fingerprint, template)
        for path, (_, template) in files.items()
    }
    why = {name: reason(manifest, name, wanted[name]) for name in outputs}
    if force:  # a new version waiting beside an edit: --force puts it in place
        for name in outputs:
            if why[name] is None and (manifest.out / new_name(name)).exists():
                why[name] = "a new version was waiting beside your edit"
    if not only_stale:
        why = {name: why[name] or "asked for" for name in outputs}
    groups = {outputs[name] for name, because in why.items() if because}
    if not groups:
        return None
    label = shown(plan.case_ref) if plan.case_ref else shown(plan.child.name)
    task = Task(source, stem, plan.model_dump_json(), fingerprint, [], {}, {}, [], label=label)
    task.groups = [o.name for o in OUTPUTS if o.name in groups and o.name in versions]
    task.private_folder = not plan.case_ref
    task.extra = [f.as_dict() for f in extra or []]
    task.recipients = list(recipients)
    for name, group in outputs.items():
        if group not in groups:
            continue
        because = why[name] or "made with the rest of its version"
        task.made_from[name] = wanted[name]
        task.targets[name] = name
        if manifest.is_edited(name):
            if force:
                because += "; the hand-edited file is moved to .plangen/edited/"
            else:
                task.targets[name] = new_name(name)
                if manifest.is_edited(new_name(name)):
                    raise OutputError(
                        f"{_hide(name, plan)} and {Path(new_name(name)).name} beside it were "
                        "both edited by hand, so there is nowhere to put the new version; "
                        "move one of them away, or use --force to move both to .plangen/edited/"
                    )
                because += (
                    f"; edited by hand, so the new version goes to {Path(new_name(name)).name}"
                )
        task.decisions.append(Decision(name, because, task.targets[name]))
    return task


def _hide(name: str, plan: Plan) -> str:
    """An output's name for a message: the folder is hidden when it comes from the
    child's name (without --verbose)."""
    if plan.case_ref:
        return name
    folder, _, rest = name.partition("/")
    return f"{shown(folder)}/{rest}"


def move_edited(manifest: Manifest, task: Task) -> list[tuple[str, str]]:
    """``--force``: each edited output of the task (and any ``.new`` version left
    beside it) goes to ``.plangen/edited/`` before it is replaced.  Returns (output,
    where it went); an unedited ``.new`` version is simply removed."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    moved: list[tuple[str, str]] = []
    for name in task.targets:
        for each in (name, new_name(name)):
            path = manifest.out / each
            if not path.exists():
                continue
            if each != name and not manifest.is_edited(each):
                path.unlink()  # the new version --force now puts in place
                manifest.outputs.pop(each, None)
                manifest.changed = True
                continue
            if not manifest.is_edited(each):
                continue
            keep = manifest.folder / "edited" / f"{stamp}-{each.replace('/', '--')}"
            keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(path, keep)
            manifest.outputs.pop(each, None)
            manifest.changed = True
            moved.append((each, str(keep.relative_to(manifest.out))))
    return moved


def relative_stem(plan: Plan, out: Path) -> str:
    """The plan's output stem relative to ``out``, as the manifest names it."""
    return output_stem(plan, out).relative_to(out).as_posix()


__all__ = [
    "Decision",
    "Fingerprints",
    "Made",
    "Staged",
    "Task",
    "fingerprints",
    "move_edited",
    "new_name",
    "plan_outputs",
    "plan_task",
    "put_in_place",
    "reason",
    "record",
    "relative_stem",
    "stage_task",
    "write_task",
]
