"""The run report: ``DIR/plangen-report.xlsx`` and ``.csv``, one row per plan, and a
sheet of every finding, for reviewing officers looking across a team.

Cell text comes from intake files, so it is untrusted: a value that starts with ``=``,
``+``, ``-`` or ``@`` (or their full-width forms) is written so a spreadsheet shows it
and never runs it as a formula (a string cell marked as quoted text in the workbook; a
leading apostrophe in the CSV).
"""

from __future__ import annotations

import bisect
import csv
import tomllib
from collections.abc import Iterator
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
    made = _Made(manifest)
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
                        _message(finding),
                    ]
                )
            outputs = [f"{record.stem}{suffix}" for suffix in made.suffixes(record)]
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


class _Made:
    """What the manifest records as made for each plan, looked up by the plan's stem
    in sorted lists: a report of 1,000 plans no longer reads every output and every
    plan of the manifest for each plan (a million comparisons, growing with the square
    of the plans)."""

    def __init__(self, manifest: Manifest) -> None:
        self.outputs = sorted(manifest.outputs)
        self.stems = sorted(
            plan.stem for known in manifest.sources.values() for plan in known.plans
        )

    def suffixes(self, record: PlanRecord) -> list[str]:
        """The suffixes of the files made for ``record``'s plan, in the order of
        ``--versions``, then each child's own version and each named copy: no child's
        version for an unborn baby or a child under 4, as none is made (never listed
        as if it were, nor counted missing).  A file of another plan whose stem
        begins with this one's (``...-cp-plan-2``) is that plan's, not this one's."""
        stem = record.stem
        others = tuple(other for other in _starting(self.stems, stem) if len(other) > len(stem))
        made = {
            name[len(stem) :]
            for name in _starting(self.outputs, stem)
            if not name.startswith(others)
        }
        expected = [suffix for group in VERSIONS for suffix in VERSION_FILES[group]]
        return [s for s in expected if s in made] + sorted(
            s
            for s in made
            if s not in expected and (s in record.copies or s.endswith("-child.docx"))
        )


def _starting(names: list[str], prefix: str) -> Iterator[str]:
    """The names in sorted ``names`` that start with ``prefix`` (they stand together)."""
    at = bisect.bisect_left(names, prefix)
    while at < len(names) and names[at].startswith(prefix):
        yield names[at]
        at += 1


def _cell(sheet: Any, value: object, *, bold: bool = False) -> Cell | object:
    """A cell of the report: text is always shown as text, never evaluated.  A
    number, or text a spreadsheet reads as text anyway, goes in as it is (the same
    cell, written without building one more object for each of thousands of cells)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.styles import Font

    if not bold and (
        (isinstance(value, int) and not isinstance(value, bool))
        or (isinstance(value, str) and not starts_formula(value) and value not in ERROR_CODES)
    ):
        return value
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


def _message(finding: dict[str, Any]) -> str:
    """What the finding says, as the review copy says it: with where else it applies."""
    said = f"{finding['problem']} {finding['advice']}".strip()
    return f"{said} Also in: {finding['also_in']}." if finding.get("also_in") else said
