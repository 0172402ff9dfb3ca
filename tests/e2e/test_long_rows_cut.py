"""A row longer than a page is cut at a sentence's end into rows of about 0.7 of a
page, each going on "(cont.)" (issue 15, item 4)."""

from __future__ import annotations

import itertools
from pathlib import Path

from docx import Document

from plangen.model import Plan
from plangen.render.long_rows import CONTINUED

from ..conftest import INPUTS, ROOT
from .test_formal_plan_complete import plan_of
from .test_formal_plan_reads_back import _long, _text, formal_plan_file


def _action_pieces(path: Path) -> list[str]:
    table = next(t for t in Document(str(path)).tables if "Step 1:" in _text(t))
    pieces = [row.cells[1].text for row in table.rows if "Step" in row.cells[1].text]
    return list(dict.fromkeys(pieces))  # a merged cell is listed once


def it_cuts_a_long_action_at_the_end_of_a_sentence(tmp_path: Path) -> None:
    plan = _long(plan_of(INPUTS / "betty-smith.xlsx"), risk_too=False)
    pieces = _action_pieces(formal_plan_file(plan, tmp_path))
    assert len(pieces) >= 2
    assert not pieces[0].startswith(CONTINUED)
    for before, piece in itertools.pairwise(pieces):
        assert before.endswith("school."), before[-40:]
        assert piece.startswith(f"{CONTINUED} Step "), piece[:40]


def it_leaves_an_empty_cell_empty_on_a_continued_row(tmp_path: Path) -> None:
    plan = plan_of(ROOT / "tests/family_plans/plan-40.json")  # no wellbeing indicators
    assert isinstance(plan, Plan) and not plan.risks[0].wellbeing
    table = next(
        t
        for t in Document(str(formal_plan_file(plan, tmp_path))).tables
        if t.rows[0].cells[0].text == "Priority"
    )
    continued = [row for row in table.rows if row.cells[1].text.startswith(CONTINUED)]
    assert continued
    assert all(row.cells[2].text == "" for row in continued)
