"""Pre-flight checks of Word templates (``plangen templates check``, and before a batch).

A template is checked the way it will be used: compiled (Jinja syntax, tags docxtpl
does not know), its variables compared with the values plangen gives that kind of
template, rendered against a sample plan that fills every value (so a misspelt
``{{ child.nmae }}`` is caught with its paragraph), and searched for Word comments
inside row loops (docxtpl would copy one comment id into every row, and Word then
refuses the file).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plangen.errors import TemplateError
from plangen.model import (
    Action,
    Child,
    Contingency,
    CorePerson,
    Meeting,
    Outcome,
    Plan,
    PlanKind,
    ProgressStatus,
    ReviewEntry,
    Risk,
    Threshold,
    Wellbeing,
)
from plangen.render.context import build_context
from plangen.render.engine import WordTemplate, paragraph_near, part_label

_LOOP = re.compile(r"{%-?\s*(for|endfor)\b")
_COMMENT = re.compile(r"<w:comment(RangeStart|Reference)\b")


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in one template, located to its part and paragraph."""

    template: Path
    part: str
    paragraph: str
    problem: str

    def __str__(self) -> str:
        where = f"{self.template} ({self.part})" if self.part else str(self.template)
        near = f', in the paragraph "{self.paragraph}"' if self.paragraph else ""
        return f"{where}: {self.problem}{near}"


def sample_plan(kind: PlanKind) -> Plan:
    """A plan with every field filled, so a render touches every value a template uses."""
    action = Action(
        text="Stabilise parents on methadone programme",
        responsible=["Melanie Andrews", "parents"],
        frequency="Weekly",
        timescale="3 months",
        plain="Melanie will help you stop using drugs.",
    )
    return Plan(
        kind=kind,
        case_ref="CP-0001",
        child=Child(name="Betty Smith", known_as="Betty", date_of_birth=dt.date(2016, 1, 2)),
        threshold=Threshold.CHILD_PROTECTION,
        plan_date=dt.date(2023, 3, 1),
        next_core_group=Meeting(date=dt.date(2023, 3, 14), details="at 10:00"),
        next_review=Meeting(date=dt.date(2023, 4, 12)),
        core_group=[
            CorePerson(
                name="Harriet Hill",
                role="Social Worker",
                agency="Social Work",
                email="h@example.org",
                phone="01632 960000",
                lead_professional=True,
            ),
            CorePerson(name="Melanie Andrews", role="Addictions Worker", agency="NHS"),
            CorePerson(name="Suzi Smith", role="Mother", present=True),
        ],
        risks=[
            Risk(
                risk_factor="Parental substance misuse",
                risk_to_child="neglect",
                wellbeing=[Wellbeing.SAFE],
                plain="We are worried about drugs at home.",
                outcomes=[
                    Outcome(
                        text="Betty is at school 95% of the time for 3 months.",
                        priority=1,
                        success_looks_like="85% by the first review",
                        actions=[action],
                        reviews=[
                            ReviewEntry(
                                date=dt.date(2023, 3, 14),
                                status=ProgressStatus.SOME_PROGRESS,
                                note="Better",
                            )
                        ],
                        plain="Betty goes to school every day.",
                    )
                ],
            )
        ],
        contingency=Contingency(plan="If ..., Betty will stay with her gran.", timescale="2 days"),
        step_down="Step down when ...",
        child_views="Betty said ...",
        family_views="Suzi said ...",
    )


def _contexts() -> dict[str, Callable[[], dict[str, Any]]]:
    from plangen.family.child import child_context
    from plangen.family.context import family_context
    from plangen.family.plain import glossary

    return {
        "cp-plan": lambda: build_context(sample_plan(PlanKind.CP_PLAN)),
        "childs-plan": lambda: build_context(sample_plan(PlanKind.CHILDS_PLAN)),
        "family": lambda: family_context(sample_plan(PlanKind.CP_PLAN), glossary(None)),
        "child": lambda: child_context(sample_plan(PlanKind.CP_PLAN), glossary(None)),
    }


def template_kind(path: Path) -> str | None:
    """Which template a file is, by its name: ``cp-plan-2025.docx`` is a CP Plan template."""
    stem = path.stem.lower()
    for kind in sorted(_contexts(), key=len, reverse=True):
        if stem == kind or stem.startswith(kind + "-") or stem.startswith(kind + "_"):
            return kind
    return None


def check_template(path: Path) -> list[TemplateProblem]:
    """Every problem found in one template; empty when it is fit to use."""
    kind = template_kind(path)
    if kind is None:
        return [
            TemplateProblem(
                path,
                "",
                "",
                "cannot tell which plan this template is for; name it cp-plan.docx, "
                "childs-plan.docx, family.docx or child.docx (a suffix like "
                "cp-plan-2025.docx is fine)",
            )
        ]
    try:
        template = WordTemplate(path)
    except TemplateError as error:
        return [TemplateProblem(path, error.part or "", "", error.problem)]
    problems = _comments_in_loops(template)
    context = _contexts()[kind]()
    for name in sorted(template.variables() - set(context)):
        problems.append(_unknown(template, name, kind))
    if not problems:
        try:
            template.render(context)
        except TemplateError as error:
            problems.append(TemplateProblem(path, error.part or "", "", error.problem))
    return problems


def _unknown(template: WordTemplate, name: str, kind: str) -> TemplateProblem:
    for part_name, part in template.parts.items():
        for number, line in enumerate(part.source.splitlines(), start=1):
            if re.search(rf"{{[{{%][^}}]*\b{re.escape(name)}\b", line):
                return TemplateProblem(
                    template.path,
                    part_label(part_name),
                    paragraph_near(part.source, number),
                    f'uses "{name}", which a {kind} template is not given (see the README '
                    "for the values each template can use)",
                )
    return TemplateProblem(template.path, "", "", f'uses "{name}", which is not a plan value')


def _comments_in_loops(template: WordTemplate) -> list[TemplateProblem]:
    problems = []
    for part_name, part in template.parts.items():
        depth = 0
        for number, line in enumerate(part.source.splitlines(), start=1):
            for match in re.finditer(f"{_LOOP.pattern}|{_COMMENT.pattern}", line):
                text = match.group(0)
                if "endfor" in text:
                    depth = max(depth - 1, 0)
                elif "for" in text and text.startswith("{%"):
                    depth += 1
                elif depth:
                    problems.append(
                        TemplateProblem(
                            template.path,
                            part_label(part_name),
                            paragraph_near(part.source, number),
                            "has a Word comment inside a repeated row or paragraph; docxtpl "
                            "would repeat its id and Word would refuse the file. Delete the "
                            "comment (Review > Delete)",
                        )
                    )
                    break
    return problems
