"""The run report: ``DIR/plangen-report.xlsx`` and ``.csv``, one row per plan, and a
sheet of every finding, for reviewing officers looking across a team.

Cell text comes from intake files, so it is untrusted: a value that starts with ``=``,
``+``, ``-`` or ``@`` (or their full-width forms) is written so a spreadsheet shows it
and never runs it as a formula (a string cell marked as quoted text in the workbook; a
leading apostrophe in the CSV).
"""

from __future__ import annotations

import csv
import tomllib
from importlib import resources
from io import BytesIO, StringIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from plangen.batch.manifest import Manifest, PlanRecord
from plangen.batch.run import Summary
from plangen.errors import reveal
from plangen.outputs import VERSION_FILES, VERSIONS
from plangen.write import write_atomic

if TYPE_CHECKING:  # openpyxl (and numpy, which it loads) only when a report is written:
    from openpyxl.cell.cell import Cell  # a batch that changed nothing writes none

REPORT = "plangen-report"
# what starts a formula, in ASCII and in the full-width forms that East Asian input
# methods type and some spreadsheets read as the same (＝, ＋, －, ＠)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def starts_formula(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (leading spaces too)."""
    return text.lstrip(" ").startswith(_FORMULA_START)


def safe_for_csv(value: object) -> str:
    """Text a spreadsheet opening the CSV will show, never run."""
    text = "" if value is None else str(value)
    return "'" + text if starts_formula(text) else text


def _rule_ids() -> list[str]:
    """Every rule's id, in order, from ``data/rule_ids.toml`` (the rules' registry holds
    the same ids, tests/unit/test_rule_registry.py): a run with nothing to re-make
    writes its report without loading the rules."""
    data = resources.files("plangen.data").joinpath("rule_ids.toml").read_text("utf-8")
    return sorted(tomllib.loads(data)["ids"])


def _rows(
    manifest: Manifest, summary: Summary
) -> tuple[list[str], list[list[object]], list[list[object]]]:
    rules = _rule_ids()
    header = ["Case reference", "Child", "Plan type", "Status", "Outputs", *rules]
    plans: list[list[object]] = []
    findings: list[list[object]] = []
    for _, known in sorted(manifest.sources.items()):
        for record in known.plans:
            counts = {rule: 0 for rule in rules}
            for finding in record.findings:
                if finding["rule"] in counts:
                    counts[finding["rule"]] += 1
                findings.append(
                    [
                        record.case_ref,
                        record.child,
                        finding["rule"],
                        finding["severity"],
                        finding["where"],
                        f"{finding['problem']} {finding['advice']}".strip(),
                    ]
                )
            outputs = [f"{record.stem}{suffix}" for suffix in _made(manifest, record)]
            plans.append(
                [
                    record.case_ref,
                    record.child,
                    record.kind,
                    summary.status.get(record.stem, "unchanged"),
                    "\n".join(outputs),
                    *counts.values(),
                ]
            )
    for where, error in summary.failed:
        plans.append(["", "", "", "failed", reveal(where), *([""] * len(rules))])
        findings.append(["", "", "input error", "", reveal(where), reveal(error)])
    return header, plans, findings


def _made(manifest: Manifest, record: PlanRecord) -> list[str]:
    """The suffixes of the files the manifest records as made for ``record``'s plan, in
    the order of ``--versions``, then each child's own version and each named copy: no
    child's version for an unborn baby or a child under 4, as none is made (never listed
    as if it were, nor counted missing)."""
    others = [
        plan.stem
        for known in manifest.sources.values()
        for plan in known.plans
        if len(plan.stem) > len(record.stem) and plan.stem.startswith(record.stem)
    ]
    made = {
        name[len(record.stem) :]
        for name in manifest.outputs
        if name.startswith(record.stem) and not name.startswith(tuple(others))
    }
    expected = [suffix for group in VERSIONS for suffix in VERSION_FILES[group]]
    return [s for s in expected if s in made] + sorted(
        s for s in made if s not in expected and (s in record.copies or s.endswith("-child.docx"))
    )


def _cell(sheet: Any, value: object, *, bold: bool = False) -> Cell:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet, value=cast("str | int | float | None", value))
    if isinstance(value, str):
        cell.data_type = "s"  # shown as text, never evaluated, whatever it starts with
        if starts_formula(value):
            cell.quotePrefix = True  # and still text when someone edits the cell
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_report(out: Path | Manifest, summary: Summary) -> list[Path]:
    """Write the report next to the plans in ``out``; return the files written."""
    manifest = out if isinstance(out, Manifest) else Manifest.load(out)
    header, plans, findings = _rows(manifest, summary)
    finding_header = ["Case reference", "Child", "Rule", "Severity", "Where", "What to do"]
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # streamed: thousands of rows stay cheap
    for title, head, rows in (("Plans", header, plans), ("Findings", finding_header, findings)):
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        sheet.append([_cell(sheet, value, bold=True) for value in head])
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
    buffer = BytesIO()
    workbook.save(buffer)
    text = StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([safe_for_csv(v) for v in row] for row in plans)
    xlsx, comma = manifest.out / f"{REPORT}.xlsx", manifest.out / f"{REPORT}.csv"
    write_atomic(xlsx, buffer.getvalue())
    write_atomic(comma, text.getvalue().encode("utf-8"))
    return [xlsx, comma]
