"""The protected parent's own copy, made whenever the family version is.

An independent reader of held-out plans 113-122 (stop 27) found that the mother a plan
protects got only the family copy, which holds back everything withheld from anyone:
her own safety planning read "[details not shared]" in the only copy she would get.
Test plan 08: Leanne's address, phone and refuge worker are withheld from Carl.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document

from ..conftest import ROOT, Run
from ..leaks import haystack, squash

PLAN = ROOT / "tests" / "family_plans" / "plan-08.json"


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def it_makes_the_protected_mother_a_copy_of_her_own_by_default(
    tmp_path: Path, plangen: Callable[..., Run]
) -> None:
    run = plangen("generate", PLAN, "--out", tmp_path / "out")
    assert run.exit_code == 0, run.stderr
    [own] = (tmp_path / "out").rglob("*-family-for-leanne-evans.docx")
    [family] = (tmp_path / "out").rglob("*-cp-plan-family.docx")
    mine, general = _text(own), _text(family)
    # her own safety planning, held back in part from the family copy, is whole in hers
    assert "Safety planning with you including Sanctuary scheme" in mine
    # and in the general copy, her safety planning row is left out whole: no bracketed
    # "[details not shared]", no row saying nothing (reader 29)
    assert "Sanctuary scheme" not in general and "Safety planning with" not in general
    assert "not shared]" not in general
    assert mine.startswith("Our plan for Maisie\nThis copy is for Leanne Evans.")
    assert "This copy has details about you that are kept from others." in mine
    assert "kept from others" not in general
    # no copy is made by default for the father the details are withheld from
    assert not list((tmp_path / "out").rglob("*-family-for-carl-evans.docx"))


def it_never_puts_what_is_withheld_from_the_father_in_the_copies_he_may_get(
    tmp_path: Path, plangen: Callable[..., Run]
) -> None:
    run = plangen("generate", PLAN, "--out", tmp_path / "out", "--for", "Carl Evans")
    assert run.exit_code == 0, run.stderr
    out = tmp_path / "out"
    [own] = out.rglob("*-family-for-carl-evans.docx")
    [family] = out.rglob("*-cp-plan-family.docx")
    for copy in (own, family):
        found = haystack(copy)
        assert squash("Sanctuary scheme") not in found, copy.name
        assert squash("Sian Morgan") not in found, copy.name
