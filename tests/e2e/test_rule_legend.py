"""The rule legend: the review copy and ``check --explain`` say what each rule id that
appears means, in one plain line (issue 14)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from docx import Document

from ..conftest import BETTY_XLSX, Run

REVIEW = Path("out/betty-smith/2023-03-01-cp-plan.review.docx")
BETTY_LEGEND = {
    "PLAN-10": "There is no clear plan for what happens if things do not change.",
    "PLAN-12": "The child's own views are not recorded.",
    "PLAN-13": "The family is not involved: not in the group, not present, or not heard.",
    "PLAN-15": "The outcome does not say how long the change must last.",
}


def it_ends_the_review_copy_with_what_each_rule_id_in_it_means(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    assert plangen("generate", BETTY_XLSX, "--out", "out").exit_code == 0
    texts = [p.text for p in Document(str(tmp_path / REVIEW)).paragraphs]
    start = texts.index("What the rule ids mean")
    # one line for each id in the findings table, in id order, and no other
    assert texts[start + 1 : start + 5] == [f"{k}: {v}" for k, v in BETTY_LEGEND.items()]
    assert not any(t.startswith("PLAN-06:") for t in texts)
    # the family's copy carries no findings, so no legend
    clean = Path(str(tmp_path / REVIEW).replace(".review.docx", ".docx"))
    assert "What the rule ids mean" not in [p.text for p in Document(str(clean)).paragraphs]


def it_gives_the_legend_with_explain_in_text_and_json(plangen: Callable[..., Run]) -> None:
    text = plangen("check", BETTY_XLSX, "--explain").stdout
    assert "Rules: PLAN-10: There is no clear plan for what happens if things do not" in text
    assert "Rules:" not in plangen("check", BETTY_XLSX).stdout
    [plan] = json.loads(plangen("check", BETTY_XLSX, "--format", "json", "--explain").stdout)
    assert plan["rules"] == BETTY_LEGEND
    [plain] = json.loads(plangen("check", BETTY_XLSX, "--format", "json").stdout)
    assert "rules" not in plain
