"""Findings for people (a rich table, grouped by plan) and for tools (JSON)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from plangen.family.child import child_plans
from plangen.family.readability import shown_ease
from plangen.family.versions import Version, readability_findings, versions
from plangen.model import Plan
from plangen.rules import Finding, Place, Severity, strengths_of
from plangen.rules.legend import legend
from plangen.settings import RuleSettings, Settings

Report = tuple[Path, Plan, list[Finding]]
_STYLE = {
    Severity.WEAKNESS: "bold red",
    Severity.ADVICE: "yellow",
    Severity.STRENGTH: "green",
    Severity.NOTE: "cyan",
}


def explained(plan: Plan, settings: RuleSettings) -> list[Finding]:
    """What the plan does well (``--explain``)."""
    return strengths_of(plan, settings)


def readability_findings_of(plan: Plan, settings: Settings) -> list[Finding]:
    """``--readability``: each hard sentence of the family and child versions, and the
    average reading ease of each version against its target; no child's version is
    scored where none is made (an unborn baby, a child under 4, several children)."""
    names = ("family", "child") if child_plans(plan) == [("", plan)] else ("family",)
    return reading_findings(versions(plan, settings, names=names))


def reading_findings(made: Sequence[Version]) -> list[Finding]:
    """:func:`readability_findings_of` for versions already worked out."""
    found: list[Finding] = []
    for version in made:
        scored = version.readability
        verdict = "meets" if scored.average >= scored.target else "misses"
        found.append(
            Finding(
                "READABILITY",
                Severity.STRENGTH if verdict == "meets" else Severity.ADVICE,
                Place((version.name,)),
                f"The {version.name} version averages a reading ease of "
                f"{shown_ease(scored.average, scored.target)} "
                f"and {scored.words_per_sentence:.1f} words a sentence; it {verdict} the "
                f"target of {scored.target:g}.",
                "",
            )
        )
        for finding in readability_findings(version):
            found.append(
                Finding(
                    finding.rule,
                    finding.severity,
                    Place((version.name, *finding.place.segments)),
                    finding.problem,
                    finding.advice,
                )
            )
    return found


def plan_title(source: Path, plan: Plan) -> str:
    ref = f" ({plan.case_ref})" if plan.case_ref else ""
    return f"{plan.kind.label} for {plan.child.name}{ref}, {plan.plan_date:%d.%m.%y}: {source.name}"


def print_findings(
    reports: list[Report], console: Console | None = None, *, explain: bool = False
) -> None:
    """One table per plan: rule, severity, where, what is wrong and what good looks like;
    with ``explain``, also the words that made each finding fire."""
    console = console or Console(soft_wrap=False, width=160)
    for source, plan, findings in reports:
        title = plan_title(source, plan)
        problems = [f for f in findings if f.severity not in (Severity.STRENGTH, Severity.NOTE)]
        if not findings:
            console.print(f"[green]{title}: no findings[/green]")
            continue
        table = Table(title=title, title_justify="left", show_lines=True, expand=True)
        table.add_column("Rule", no_wrap=True)
        table.add_column("Severity", no_wrap=True)
        table.add_column("Where", ratio=1)
        table.add_column("What is wrong, and what good looks like", ratio=3)
        for finding in findings:
            style = _STYLE[finding.severity]
            table.add_row(
                finding.rule,
                f"[{style}]{finding.severity.value}[/{style}]",
                finding.place.where,
                finding.message
                + (
                    f"\n[dim]Why: {escape(finding.evidence)}[/dim]"
                    if explain and finding.evidence
                    else ""
                ),
            )
        console.print(table)
        if explain and (meanings := legend(findings)):
            # the rule legend: what each id in the table means, in one plain line each
            console.print(
                "Rules: "
                + "; ".join(f"{rule}: {meaning.rstrip('.')}" for rule, meaning in meanings.items())
                + ".",
                markup=False,
            )
        console.print(f"{len(problems)} finding(s)\n")


def report_json(
    source: Path, plan: Plan, findings: list[Finding], *, explain: bool = False
) -> dict[str, Any]:
    """One plan's findings for other tools; with ``explain``, each with its evidence,
    and ``rules``: what each rule id among them means."""
    return {
        "file": source.name,
        "case_ref": plan.case_ref,
        "child": plan.child.name,
        "kind": plan.kind.value,
        "plan_date": plan.plan_date.isoformat(),
        "findings": [
            finding.as_dict() | ({"evidence": finding.evidence} if explain else {})
            for finding in findings
        ],
    } | ({"rules": legend(findings)} if explain else {})
