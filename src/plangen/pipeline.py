"""The whole sequence, in one screen: intake -> model -> rules -> render -> annotate -> write.

Each stage lives in its own module or package; this one only calls them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from plangen.annotate import annotate
from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.naming import slugify
from plangen.render.anchors import anchor_context
from plangen.render.context import build_context
from plangen.render.engine import load_template
from plangen.rules import Finding, check, check_run
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


def generate_plan(
    plan: Plan, out: Path, settings: Settings, findings: list[Finding] | None = None
) -> Generated:
    """Check, render, annotate and write one plan: the clean plan, the review copy with
    the findings as comments, and the plan as JSON.  Nothing is written if any step
    before writing fails."""
    if findings is None:
        findings = check(plan, settings.rules)
    template = load_template(settings.template_for(plan.kind))  # prepared once per version
    context = build_context(plan, date_format=settings.date_format)
    document = template.render(context)
    anchored, paths = anchor_context(context)
    review = annotate(template.render(anchored), paths, findings, dated=plan.plan_date)
    stem = output_stem(plan, out)
    result = Generated(plan, findings=findings)
    for path, data in (
        (stem.with_suffix(".docx"), document),
        (stem.with_suffix(".review.docx"), review),
        (stem.with_suffix(".json"), plan.model_dump_json(indent=2).encode("utf-8")),
    ):
        write_atomic(path, data)
        result.files.append(path)
    return result


def generate(source: Path, out: Path, settings: Settings) -> list[Generated | InputError]:
    """Every plan in one intake file, generated; or the input problems of each plan.

    Raises :class:`InputError` when the file as a whole cannot be read, and
    :class:`~plangen.errors.TemplateError` / :class:`~plangen.errors.OutputError` when
    a template cannot be used or a file cannot be written.
    """
    read = read_plans(source)
    plans = [plan for plan in read if isinstance(plan, Plan)]
    findings = iter(check_run(plans, settings.rules))  # PLAN-19 needs every plan at once
    return [
        entry
        if isinstance(entry, InputError)
        else generate_plan(entry, out, settings, next(findings))
        for entry in read
    ]
