"""Hostile input, round 2 (issue 17): files inside the limits that once cost minutes and
gigabytes are refused before the cost, and values come out exactly as written.  The
files themselves are in the bad-input corpus (``scripts/hostile_inputs.py``)."""

from __future__ import annotations

import csv
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.conftest import ROOT, Run, betty_rows

CORPUS = ROOT / "tests" / "bad_inputs"


def it_refuses_entities_in_a_part_of_any_name_before_expanding_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sheet stored as ``sheet2.dat`` is refused by the byte check: no XML parser
    reads it, and no more than one chunk of it is ever inflated."""
    from plangen.errors import InputError
    from plangen.intake import read_plans

    inflated: list[int] = []
    real = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = real(self, n)
        if self.name.endswith(".dat"):
            inflated.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    with pytest.raises(InputError, match=r"declares XML entities in xl/worksheets/sheet2\.dat"):
        read_plans(CORPUS / "entity-in-dat-part.xlsx")
    assert sum(inflated) <= 1 << 16


def it_parses_workbooks_with_entity_declarations_forbidden() -> None:
    """Behind the byte check, openpyxl's own parser refuses entities too (defusedxml)."""
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def it_writes_a_value_holding_docxtpl_escapes_as_written(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    shutil.copyfile(CORPUS / "template-escapes.xlsx", tmp_path / "escapes.xlsx")
    assert plangen("generate", "escapes.xlsx", "--out", "out").exit_code == 0
    [plan] = (tmp_path / "out").rglob("*-cp-plan.docx")
    text = "\n".join(
        cell.text
        for table in Document(str(plan)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Betty wrote {_{ 7*7 }_} and {_% if %_}" in text
    assert "{{ 7*7 }}" not in text


def it_neutralises_full_width_formula_characters_in_the_report(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["plan"][0]["case_ref"] = '\uff1dHYPERLINK("http://evil.example","x")'
    rows["plan"][0]["child_name"] = " \uff20SUM(1+1) Smith"
    for table in ("people", "risks"):
        for row in rows[table]:
            row["case_ref"] = rows["plan"][0]["case_ref"]
    (tmp_path / "in").mkdir()
    write_workbook(rows, "in/betty.xlsx")
    assert plangen("batch", "in", "--out", "out", "--jobs", "1").exit_code == 0
    with (tmp_path / "out/plangen-report.csv").open(encoding="utf-8") as stream:
        [_, plan] = list(csv.reader(stream))
    assert plan[0] == '\'\uff1dHYPERLINK("http://evil.example","x")'
    assert plan[1] == "'\uff20SUM(1+1) Smith"
    sheet = load_workbook(tmp_path / "out/plangen-report.xlsx")["Plans"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].quotePrefix
    assert sheet["B2"].quotePrefix
