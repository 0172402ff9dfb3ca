"""A rule's message about many places is said once (issue 14): a reviewing officer found
"the same paragraph repeated 10-16 times" in a held-out plan's review copy, PLAN-21's
"This text holds ... address" once for each field, each a margin comment and a row of
the findings table."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from docx import Document

from plangen.intake import read_plans

from ..conftest import INPUTS, Run, text_of

LEO_XLSX = INPUTS / "domestic-abuse-leo-harris.xlsx"
# a member withheld whole, named in the text (Amy's own address, a family member's
# contact, is printed in no copy: PLAN-21 no longer flags it)
ADDRESS = "This text holds the details of a person"
ALSO = "Also in: actions 1.3 and 2.1; the child's views; the parents' / carers' views."
PLACES = [
    "risks[0].outcomes[0].actions[0].text",
    "risks[0].outcomes[0].actions[2].text",
    "risks[0].outcomes[1].actions[0].text",
    "child_views",
    "family_views",
]


def _address_everywhere(tmp_path: Path) -> Path:
    """Leo's plan with Grace Okoro, withheld whole from Dean, in every action and both
    views."""
    [plan] = read_plans(LEO_XLSX)
    data = plan.model_dump(mode="json")
    data["family_views"] += " Amy now sees Grace Okoro weekly."
    data["child_views"] += " Leo likes Grace Okoro."
    for risk in data["risks"]:
        for outcome in risk["outcomes"]:
            for action in outcome["actions"]:
                action["text"] += " Grace Okoro to be told."
    path = tmp_path / "leo.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def it_lists_every_place_of_a_message_said_once_in_the_json(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("check", _address_everywhere(tmp_path), "--format", "json")
    [plan] = json.loads(result.stdout)
    said = [f for f in plan["findings"] if f["problem"].startswith(ADDRESS)]
    # one finding, at the first place, where five were
    [finding] = said
    assert finding["path"] == PLACES[0]
    assert finding["places"] == PLACES
    assert finding["also_in"] == ALSO.removeprefix("Also in: ").removesuffix(".")
    # a finding said at one place lists that place alone
    single = [f for f in plan["findings"] if f["rule"] == "PLAN-22"]
    assert single and all(f["places"] == [f["path"]] and not f["also_in"] for f in single)


def it_says_a_repeated_finding_once_and_numbers_each_of_its_places(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    intake = _address_everywhere(tmp_path)
    result = plangen("generate", intake, "--out", "out", "--versions", "review")
    assert result.exit_code == 0, result.stderr
    [review] = (tmp_path / "out").rglob("*.review.docx")
    document = Document(str(review))
    comments = [c.text for c in document.comments]
    # one comment says it in full, ending with where else it applies
    [full] = [text for text in comments if ADDRESS in text]
    assert full.endswith(ALSO)
    # one row of the findings table
    [table] = [t for t in document.tables if t.rows[0].cells[-1].text == "What to do"]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    [row] = [row for row in rows if ADDRESS in row[3]]
    number = row[0]
    assert row[2] == "risk 1, outcome 1, action 1"
    # each other place: a one-line pointer in the margin, not the paragraph again
    pointers = [text for text in comments if text.startswith(f"See finding {number} ")]
    assert len(pointers) == len(PLACES) - 1
    assert all(len(text) < 60 for text in pointers)
    # and on paper (no comments printed) every place shows the finding's number
    shown = text_of(review)
    marked = re.findall(rf"\[(?:\d+, )*{number}(?:, \d+)*\]", shown)
    assert len(marked) == len(PLACES)
