"""The whole sequence, in one screen: intake -> model -> rules -> render -> annotate -> write.

Each stage lives in its own module or package; this one only calls them in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plangen.annotate import annotate
from plangen.errors import InputError
from plangen.family.versions import render_draft, render_version
from plangen.family.versions import versions as family_versions
from plangen.family.versions import warm as warm_family
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.naming import slugify
from plangen.render.anchors import anchor_context
from plangen.render.context import build_context
from plangen.render.engine import load_template
from plangen.rules import Finding, check, check_run, word_lists
from plangen.settings import Settings
from plangen.write import write_atomic


@dataclass
class Generated:
    """What one plan produced: the files written, in the order written."""

    plan: Plan
    files: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def output_stem(plan: Plan, out: Path) -> Path:
    """``out/<case-ref or child-name-slug>/<plan-date>-<kind>``, without a suffix."""
    folder = slugify(plan.case_ref or plan.child.name)
    return out / folder / f"{plan.plan_date:%Y-%m-%d}-{plan.kind.value}"


VERSIONS = ("plan", "review", "family", "child")
# The files each version is made of, as suffixes of the plan's output stem.
VERSION_FILES = {
    "plan": (".docx", ".json"),
    "review": (".review.docx",),
    "family": ("-family.docx", "-family.draft.docx"),
    "child": ("-child.docx",),
}
Files = list[tuple[Path, bytes]]


def version_paths(stem: Path, version: str) -> list[Path]:
    """The files of one version of a plan."""
    return [stem.with_name(stem.name + suffix) for suffix in VERSION_FILES[version]]


def plan_documents(
    plan: Plan, stem: Path, settings: Settings, findings: list[Finding], versions: Sequence[str]
) -> Files:
    """render -> annotate: the clean plan (with its JSON record) and the review copy."""
    template = load_template(settings.template_for(plan.kind))  # prepared once per version
    context = build_context(plan, date_format=settings.date_format)
    files: Files = []
    if "plan" in versions:
        docx, record = version_paths(stem, "plan")
        files += [
            (docx, template.render(context)),
            (record, plan.model_dump_json(indent=2).encode()),
        ]
    if "review" in versions:
        anchored, paths = anchor_context(context)
        review = annotate(template.render(anchored), paths, findings, dated=plan.plan_date)
        files.append((version_paths(stem, "review")[0], review))
    return files


def family_documents(
    plan: Plan, stem: Path, settings: Settings, versions: Sequence[str], recipients: Sequence[str]
) -> Files:
    """The family version with the worker's readability draft, the child's version, and
    a family copy for each named recipient."""
    files: Files = []
    for version in family_versions(plan, settings, names=versions):
        [document, *draft] = version_paths(stem, version.name)
        files.append((document, render_version(version, settings)))
        if draft:
            files.append((draft[0], render_draft(version, settings, plan.plan_date)))
    for recipient in recipients:
        [family] = family_versions(plan, settings, recipient=recipient, names=["family"])
        own = stem.with_name(f"{stem.name}-family-for-{slugify(recipient)}.docx")
        files.append((own, render_version(family, settings)))
    return files


def prepare(settings: Settings) -> None:
    """Load every template and word list once, before plans are made.

    A batch calls this in its first process, so the worker processes it forks start
    with the prepared templates instead of each preparing its own.
    """
    folder = settings.template_dir()
    for name in ("cp-plan", "childs-plan", "family", "child"):
        load_template(folder / f"{name}.docx")
    word_lists(settings.rules.data)
    warm_family(settings)


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
    if {"plan", "review"} & set(versions):
        files += plan_documents(plan, stem, settings, findings, versions)
    if {"family", "child"} & set(versions) or recipients:
        files += family_documents(plan, stem, settings, versions, recipients)
    return files


def generate_plan(
    plan: Plan,
    out: Path,
    settings: Settings,
    findings: list[Finding] | None = None,
    *,
    versions: Sequence[str] = VERSIONS,
    recipients: Sequence[str] = (),
) -> Generated:
    """Check, render, annotate and write one plan's files."""
    if findings is None:
        findings = check(plan, settings.rules)
    files = make_files(plan, out, settings, findings, versions=versions, recipients=recipients)
    for path, data in files:
        write_atomic(path, data)
    return Generated(plan, files=[path for path, _ in files], findings=findings)


def generate(
    source: Path,
    out: Path,
    settings: Settings,
    *,
    versions: Sequence[str] = VERSIONS,
    recipients: Sequence[str] = (),
) -> list[Generated | InputError]:
    """Every plan in one intake file, generated; or the input problems of each plan.

    Raises :class:`InputError` when the file as a whole cannot be read, and
    :class:`~plangen.errors.TemplateError` / :class:`~plangen.errors.OutputError` when
    a template cannot be used or a file cannot be written.
    """
    read = read_plans(source, settings.limits)
    plans = [plan for plan in read if isinstance(plan, Plan)]
    findings = iter(check_run(plans, settings.rules))  # PLAN-19 needs every plan at once
    return [
        entry
        if isinstance(entry, InputError)
        else generate_plan(
            entry, out, settings, next(findings), versions=versions, recipients=recipients
        )
        for entry in read
    ]
