"""The one declared list of what plangen writes for each plan: :data:`OUTPUTS`.

Each :class:`OutputKind` is a name (what ``--versions`` accepts), the files it is made
of (suffixes of the plan's output stem), the Word template it is rendered with, and its
builder (plan, settings, findings -> the bytes of each file).  Everything that needs to
know the outputs reads this list: ``--versions``, the batch manifest's fingerprints,
``templates check`` and :func:`prepare`.  To add an output (a PDF, say), append one
:class:`OutputKind` here; nothing else needs to change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from plangen.annotate import annotate
from plangen.errors import UsageError
from plangen.family.versions import render_draft, render_version
from plangen.family.versions import versions as family_versions
from plangen.family.versions import warm as warm_family
from plangen.model import Plan, PlanKind
from plangen.naming import folder_name, slugify
from plangen.render.anchors import anchor_context
from plangen.render.context import build_context
from plangen.render.engine import load_template
from plangen.rules import Finding, word_lists
from plangen.settings import Settings

Builder = Callable[[Plan, Settings, Sequence[Finding]], list[bytes]]
Files = list[tuple[Path, bytes]]


@dataclass(frozen=True)
class OutputKind:
    """One thing plangen writes for a plan."""

    name: str  # as given to --versions
    suffixes: tuple[str, ...]  # its files, as suffixes of the plan's output stem
    template: Callable[[PlanKind], str]  # the template's name in the template folder
    build: Builder  # the bytes of each file, in the order of ``suffixes``
    untemplated: tuple[str, ...] = ()  # suffixes not made from the template (a record)
    help: str = ""  # for --help: what comes with it

    def template_of(self, kind: PlanKind, suffix: str) -> str | None:
        """The template a file of this output is made from (None for a plain record)."""
        return None if suffix in self.untemplated else self.template(kind)


def _plan(plan: Plan, settings: Settings, findings: Sequence[Finding]) -> list[bytes]:
    template = load_template(settings.template_for(plan.kind))
    context = build_context(plan, date_format=settings.date_format)
    return [template.render(context), plan.model_dump_json(indent=2).encode()]


def _review(plan: Plan, settings: Settings, findings: Sequence[Finding]) -> list[bytes]:
    template = load_template(settings.template_for(plan.kind))
    context = build_context(plan, date_format=settings.date_format)
    anchored, paths = anchor_context(context)
    return [annotate(template.render(anchored), paths, list(findings), dated=plan.plan_date)]


def _family(plan: Plan, settings: Settings, findings: Sequence[Finding]) -> list[bytes]:
    [version] = family_versions(plan, settings, names=["family"])
    return [
        render_version(version, settings),
        render_draft(version, settings, plan.plan_date),
    ]


def _child(plan: Plan, settings: Settings, findings: Sequence[Finding]) -> list[bytes]:
    [version] = family_versions(plan, settings, names=["child"])
    return [render_version(version, settings)]


def _own_kind(kind: PlanKind) -> str:
    return kind.value


OUTPUTS: tuple[OutputKind, ...] = (
    OutputKind("plan", (".docx", ".json"), _own_kind, _plan, (".json",), "with its .json"),
    OutputKind("review", (".review.docx",), _own_kind, _review, help="with comments"),
    OutputKind(
        "family",
        ("-family.docx", "-family.draft.docx"),
        lambda kind: "family",
        _family,
        help="with the worker's readability draft",
    ),
    OutputKind("child", ("-child.docx",), lambda kind: "child", _child),
)
BY_NAME = {output.name: output for output in OUTPUTS}
VERSIONS = tuple(BY_NAME)
VERSION_FILES = {output.name: output.suffixes for output in OUTPUTS}


def choose_versions(text: str) -> list[str]:
    """The outputs named in ``--versions`` (comma-separated); raises
    :class:`UsageError` naming the part that is not an output."""
    chosen = [v.strip() for v in text.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in BY_NAME]
    if unknown or not chosen:
        wrong = f'"{unknown[0]}" is not one' if unknown else "none given"
        raise UsageError(
            f'--versions "{text}" ({wrong}): use some of {", ".join(VERSIONS)}, comma-separated'
        )
    return chosen


def template_names() -> list[str]:
    """Every template any output uses, for any kind of plan (file stems, no suffix)."""
    names = {output.template(kind) for output in OUTPUTS for kind in PlanKind}
    return sorted(names)


def output_stem(plan: Plan, out: Path) -> Path:
    """``out/<folder>/<plan-date>-<kind>``, without a suffix; the folder is the case
    reference (or the child's name) made safe, see :func:`plangen.naming.folder_name`."""
    folder = folder_name(plan.case_ref, plan.child.name)
    return out / folder / f"{plan.plan_date:%Y-%m-%d}-{plan.kind.value}"


def version_paths(stem: Path, version: str) -> list[Path]:
    """The files of one version of a plan."""
    return [stem.with_name(stem.name + suffix) for suffix in BY_NAME[version].suffixes]


def output_of(name: str) -> tuple[OutputKind, str]:
    """The output a file name belongs to, and its suffix (longest suffix wins)."""
    matches = [(o, s) for o in OUTPUTS for s in o.suffixes if name.endswith(s)]
    return max(matches, key=lambda match: len(match[1]))


def recipient_path(stem: Path, recipient: str) -> Path:
    """Where the family copy for one named person goes."""
    return stem.with_name(f"{stem.name}-family-for-{slugify(recipient)}.docx")


def make_files(
    plan: Plan,
    out: Path,
    settings: Settings,
    findings: list[Finding],
    *,
    versions: Sequence[str] = VERSIONS,
    recipients: Sequence[str] = (),
) -> Files:
    """Every file of one plan, made in memory: nothing is written if any step fails."""
    stem = output_stem(plan, out)
    files: Files = []
    for output in OUTPUTS:
        if output.name in versions:
            made = output.build(plan, settings, findings)
            files += zip(version_paths(stem, output.name), made, strict=True)
    for recipient in recipients:
        [family] = family_versions(plan, settings, recipient=recipient, names=["family"])
        files.append((recipient_path(stem, recipient), render_version(family, settings)))
    return files


def prepare(settings: Settings) -> None:
    """Load every template and word list once, before plans are made.

    A batch calls this in its first process, so the worker processes it forks start
    with the prepared templates instead of each preparing its own.
    """
    folder = settings.template_dir()
    for name in template_names():
        load_template(folder / f"{name}.docx")
    word_lists(settings.rules.data)
    warm_family(settings)
