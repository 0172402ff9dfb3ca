"""The whole sequence, in one screen: intake -> model -> rules -> render -> annotate -> write.

Each stage lives in its own module or package; this one only calls them in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plangen.annotate import plain_and_annotated
from plangen.errors import InputError, shown
from plangen.family.versions import render_version, render_with_draft
from plangen.family.versions import versions as family_versions
from plangen.family.versions import warm as warm_family
from plangen.generated import GENERATED, WITHHELD
from plangen.intake import read_plans
from plangen.keys import name_key
from plangen.model import CorePerson, Plan
from plangen.naming import slugify
from plangen.privacy import formal, resolve_recipient, unknown_recipient
from plangen.render.anchors import anchor_context
from plangen.render.context import build_context
from plangen.render.engine import load_template
from plangen.render.notice import stamp
from plangen.rules import Finding, check, check_run, strengths_of, word_lists
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
# Made only when asked for by name: the plan with nothing withheld, for professionals.
ON_REQUEST = ("professionals",)
# The files each version is made of, as suffixes of the plan's output stem.
VERSION_FILES = {
    "plan": (".docx", ".json"),
    "review": (".review.docx",),
    "family": ("-family.docx", "-family.draft.docx"),
    "child": ("-child.docx",),
    "professionals": ("-professionals-only.docx",),
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
    # the plan goes to the whole core group: what is withheld from any member of it
    # reads "Held on the case record" (the .json record keeps everything, for plangen)
    shared = formal(plan, held=settings.confidential.held)
    context = build_context(shared.plan, date_format=settings.date_format)
    marks = f"{GENERATED} {WITHHELD}" if plan.confidential else GENERATED
    files: Files = []
    review = b""
    if "review" in versions:
        anchored, paths = anchor_context(context)
        # a finding may quote the plan: its words are scrubbed like the plan's own
        noted = findings + (strengths_of(plan, settings.rules) if settings.review.strengths else [])
        said = [shared.scrub_finding(finding) for finding in noted]
        # one render gives both: the plan is the review copy's render without anchors
        clean, review = plain_and_annotated(
            template.render_anchored(anchored, marks=marks), paths, said, dated=plan.plan_date
        )
    else:
        clean = template.render(context, marks=marks)
    if "plan" in versions:
        docx, record = version_paths(stem, "plan")
        files += [(docx, clean), (record, plan.model_dump_json(indent=2).encode())]
    if "professionals" in versions and plan.confidential:
        # everything, for professionals only: every page says whom it must not reach
        whole = build_context(plan, date_format=settings.date_format)
        notice = professionals_notice(plan)
        [only] = version_paths(stem, "professionals")
        only = only.with_name(f"{only.stem}-not-for-{slugify(not_for(plan))}.docx")
        files.append((only, stamp(template.render(whole, marks=marks), notice)))
    if "review" in versions:
        files.append((version_paths(stem, "review")[0], review))
    return files


def not_for(plan: Plan) -> str:
    """Whom the professionals-only copy must not reach: "Dean Harris", "the family"."""
    names = sorted({name for item in plan.confidential for name in item.withheld_from})
    everyone = any(not item.withheld_from for item in plan.confidential)
    return " or ".join([*names, "the family"] if everyone else names)


def professionals_notice(plan: Plan) -> str:
    """The professionals-only copy's header and footer."""
    whom = not_for(plan)
    return f"PROFESSIONALS ONLY: holds details withheld from {whom}. Do not share with {whom}."


def family_documents(
    plan: Plan, stem: Path, settings: Settings, versions: Sequence[str], recipients: Sequence[str]
) -> Files:
    """The family version with the worker's readability draft, the child's version, and
    a family copy for each named recipient."""
    files: Files = []
    for version in family_versions(plan, settings, names=versions):
        [document, *draft] = version_paths(stem, version.name)
        if draft:
            made, worker = render_with_draft(version, settings, plan.plan_date)
            files += [(document, made), (draft[0], worker)]
        else:
            files.append((document, render_version(version, settings)))
    for person in recipients_in(plan, recipients, marked="family" in versions):
        [family] = family_versions(plan, settings, recipient=person.name, names=["family"])
        own = stem.with_name(stem.name + own_copy_suffix(person))
        files.append((own, render_version(family, settings)))
    return files


def own_copy_suffix(person: CorePerson) -> str:
    """The file suffix of a recipient's own family copy: ``-family-for-dean-harris.docx``."""
    return f"-family-for-{slugify(person.name)}.docx"


def recipients_in(plan: Plan, recipients: Sequence[str], *, marked: bool) -> list[CorePerson]:
    """The core-group members of ``plan`` who get their own family copy: those the
    intake marks ("Copy for", when the family version is made: ``marked``), and those
    named with ``--for`` who are in this plan's core group (a copy is only ever made
    for a member of the plan's own core group)."""
    chosen = [person for person in plan.core_group if person.own_copy and marked]
    for wanted in recipients:
        person = resolve_recipient(plan, wanted)
        if person is not None and person not in chosen:
            chosen.append(person)
    return chosen


def readable_plans(files: Sequence[Path], settings: Settings) -> list[Plan]:
    """Every plan that reads without problems from ``files`` (the problems are reported
    when the files are generated)."""
    plans: list[Plan] = []
    for source in files:
        try:
            plans += [p for p in read_plans(source, settings.limits) if isinstance(p, Plan)]
        except InputError:
            continue
    return plans


def check_recipients(plans: Sequence[Plan], recipients: Sequence[str]) -> list[str]:
    """Refuse, before anything is written, a recipient who is in no plan's core group,
    or a relationship word ("Dad") that fits more than one person across the plans.

    Returns a note for each recipient named by a relationship word, saying who it was
    taken to be.  Raises :class:`InputError` naming the closest core-group names."""
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
    if {"plan", "review", "professionals"} & set(versions):
        files += plan_documents(plan, stem, settings, findings, versions)
    if (
        {"family", "child"} & set(versions)
        or recipients
        or any(p.own_copy for p in plan.core_group)
    ):
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
