"""The review copy: findings as Word comments in the margin, and plangen check."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.comments import Comment
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from ..conftest import BETTY_XLSX, INPUTS, Run, betty_rows, betty_rows_without_findings

REVIEW = Path("out/betty-smith/2023-03-01-cp-plan.review.docx")
CLEAN = Path("out/betty-smith/2023-03-01-cp-plan.docx")


def anchored_text(docx: Path) -> dict[str, str]:
    """Comment id -> the text of the runs between its range start and end."""
    root = Document(str(docx)).element.body
    texts: dict[str, str] = {}
    open_ids: set[str] = set()
    for element in root.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            texts.setdefault(element.get(qn("w:id")), "")
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for comment_id in open_ids:
                texts[comment_id] += element.text or ""
    return texts


def findings_in(comments: list[Comment]) -> list[Comment]:
    """The comments that are findings, not strengths."""
    return [c for c in comments if not c.text.startswith("Strength: ")]


@pytest.fixture
def review(plangen: Callable[..., Run], tmp_path: Path) -> Path:
    result = plangen("generate", BETTY_XLSX, "--out", "out")
    assert result.exit_code == 0, result.stderr
    return tmp_path / REVIEW


def it_writes_each_finding_as_a_comment_on_the_value_it_is_about(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["risks"][0]["timescale"] = "ongoing"
    rows["plan"][0]["child_views"] = "Betty says she is hungry at school."
    rows["plan"][0]["family_views"] = "Suzi and Tom want help with mornings."
    rows["plan"][0]["contingency"] = "Escalate to conference."
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    document = Document(str(tmp_path / REVIEW))
    comments = {str(c.comment_id): c for c in findings_in(document.comments)}
    anchors = anchored_text(tmp_path / REVIEW)
    found = sorted((c.text.split(":")[0], anchors[i]) for i, c in comments.items())
    assert found == sorted(
        [
            # the seed's merged "ongoing": said once, not on each row that shares it
            ("PLAN-06 (weakness)", "ongoing"),
            ("PLAN-10 (weakness)", "Escalate to conference."),
            ("PLAN-15 (advice)", betty_rows()["risks"][0]["outcome"]),
        ]
    )
    assert {c.author for c in document.comments} == {"Quality check"}
    timescale = next(c for c in document.comments if c.text.startswith("PLAN-06"))
    assert timescale.text == (
        # the seed's one merged timescale cell: said once, with the actions that share it
        'PLAN-06 (weakness): "ongoing" is not a timescale (shared by the 3 actions below it). '
        'Give a date or a period and when progress will be reviewed, e.g. "3 months: '
        'progress reviewed at every core group".'
    )


def it_anchors_findings_on_what_is_missing_on_the_title_and_dates_them_with_the_plan(
    review: Path,
) -> None:
    """An empty row is not printed, so a finding about it sits on the title."""
    document = Document(str(review))
    assert [c.text.split(" ")[0] for c in findings_in(document.comments)] == [
        "PLAN-10",
        "PLAN-12",
        "PLAN-13",
        "PLAN-15",
    ]
    assert {c.timestamp.isoformat() for c in document.comments} == {"2023-03-01T09:00:00+00:00"}
    assert [row.cells[0].text for row in document.tables[3].rows] == ["Date of next Core Group"]
    title = document.paragraphs[0]
    assert title.text == "CHILD PROTECTION PLAN [1, 2, 3]"
    assert len(title._p.xpath("./w:commentRangeStart")) == 3


def _findings_table(document: DocumentObject) -> list[list[str]]:
    """The rows of the review copy's table of what to change."""
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]
    [found] = [rows for rows in tables if rows[0] == ["No.", "Rule", "Where", "What to do"]]
    return found


def it_closes_the_review_copy_with_a_summary_table(review: Path) -> None:
    rows = _findings_table(Document(str(review)))
    assert rows[0] == ["No.", "Rule", "Where", "What to do"]
    assert [row[:3] for row in rows[1:]] == [
        ["1", "PLAN-10", "contingency plan"],
        ["2", "PLAN-12", "the child's views"],
        ["3", "PLAN-13", "the parents' / carers' views"],
        ["4", "PLAN-15 (advice)", "risk 1, outcome 1"],
    ]


def it_numbers_each_finding_beside_the_value_it_is_about(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    """On paper comments are not printed: "[n]" after the value ties it to row n."""
    rows = betty_rows()
    rows["risks"][0]["timescale"] = "ongoing"
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    document = Document(str(tmp_path / REVIEW))
    summary = _findings_table(document)
    number = next(row[0] for row in summary if row[1] == "PLAN-06")
    risks = document.tables[2]
    timescale = risks.cell(1, 5).text
    assert timescale == f"ongoing [{number}]"
    clean = Document(str(tmp_path / CLEAN)).tables[2].cell(1, 5).text
    assert clean == "ongoing"


def it_keeps_comments_and_markers_out_of_the_clean_plan(review: Path, tmp_path: Path) -> None:
    clean = tmp_path / CLEAN
    assert len(Document(str(clean)).comments) == 0
    for path in (clean, review):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".xml"):
                    text = archive.read(name).decode("utf-8")
                    assert "\ue000" not in text and "\ue001" not in text, (path.name, name)


def it_writes_a_byte_identical_review_copy_each_run(
    plangen: Callable[..., Run], review: Path
) -> None:
    first = review.read_bytes()
    assert plangen("generate", BETTY_XLSX, "--out", "out").exit_code == 0
    assert review.read_bytes() == first


def it_gives_every_comment_its_own_id_inside_table_row_loops(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    for row in rows["risks"]:
        row["responsible"] = "Dr Nobody"  # PLAN-07 on every row of the loop
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    document = Document(str(tmp_path / REVIEW))
    ids = [c.comment_id for c in document.comments]
    assert len(ids) == len(set(ids))
    anchors = anchored_text(tmp_path / REVIEW)
    # said once (issue 14), the other three rows pointing to it, each on its own name
    plan_07 = [
        str(c.comment_id)
        for c in document.comments
        if c.text.startswith("PLAN-07") or re.match(r"See finding \d+ \(PLAN-07\)", c.text)
    ]
    assert [anchors[i] for i in plan_07] == ["Dr Nobody"] * 4
    assert sum(c.text.startswith("PLAN-07") for c in document.comments) == 1


def it_writes_no_comments_for_a_plan_with_no_findings(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows_without_findings()
    result = plangen("check", write_workbook(rows))
    assert result.exit_code == 0, result.stdout
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    document = Document(str(tmp_path / REVIEW))
    assert findings_in(document.comments) == []
    said = [p.text for p in document.paragraphs]
    assert "The quality check found nothing to change in this plan." in said
    assert said[-1] == "What the plan does well"  # then the table of its strengths


@pytest.mark.soffice
def it_keeps_the_comments_through_libreoffice(review: Path, tmp_path: Path) -> None:
    profile = tmp_path / "lo-profile"
    work = tmp_path / "lo"
    for target, source in (("odt", review), ("docx", work / (review.stem + ".odt"))):
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(work),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    back = Document(str(work / review.name))
    texts = sorted(c.text.split(" ")[0] for c in findings_in(back.comments))
    assert texts == ["PLAN-10", "PLAN-12", "PLAN-13", "PLAN-15"]
    assert {c.author for c in back.comments} == {"Quality check"}


def it_shows_what_the_plan_does_well_as_strengths_in_the_margin(
    review: Path, tmp_path: Path
) -> None:
    document = Document(str(review))
    anchors = anchored_text(review)
    strengths = {
        c.text: anchors[str(c.comment_id)]
        for c in document.comments
        if c.text.startswith("Strength: ")
    }
    assert strengths["Strength: One lead professional is named (Harriet Hill)."]
    measurable = next(t for t in strengths if "can be measured (" in t)
    assert '"attending school 95% time"' in measurable  # the plan's own words, no form letter
    assert strengths[measurable] == betty_rows()["risks"][0]["outcome"]
    assert {c.author for c in document.comments} == {"Quality check"}
    summary = [row[:2] for row in _findings_table(document)[1:]]
    assert summary == [
        ["1", "PLAN-10"],
        ["2", "PLAN-12"],
        ["3", "PLAN-13"],
        ["4", "PLAN-15 (advice)"],
    ], "strengths are not among what to change"
    # on paper, where comments are not printed: a green "[Sn]" by the value, and a row
    # in a table of strengths of their own
    listed = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert listed[0] == ["No.", "Where", "Strength"]
    assert ["S4", "core group", "One lead professional is named (Harriet Hill)."] in listed
    assert [row[0] for row in listed[1:]] == [f"S{n}" for n in range(1, len(listed))]
    assert len(listed) - 1 == sum(c.text.startswith("Strength: ") for c in document.comments)
    shown = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    marked = {label for found in re.findall(r"\[(S[^\]]*)\]", shown) for label in found.split(", ")}
    assert marked == {row[0] for row in listed[1:]}
    greens = {
        run.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
        if run.font.color is not None and str(run.font.color.rgb) == "00703C"
    }
    assert "[S4]" in greens and all(text.startswith("[S") for text in greens)


def it_leaves_the_strengths_out_when_the_settings_say_so(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "plangen.toml").write_text("[review]\nstrengths = false\n")
    assert plangen("generate", BETTY_XLSX, "--out", "out").exit_code == 0
    document = Document(str(tmp_path / REVIEW))
    assert [c.text.split(" ")[0] for c in document.comments] == [
        "PLAN-10",
        "PLAN-12",
        "PLAN-13",
        "PLAN-15",
    ]


def it_checks_plans_and_prints_a_table_grouped_by_plan(plangen: Callable[..., Run]) -> None:
    result = plangen("check", INPUTS)
    assert result.exit_code == 1
    out = result.stdout
    assert "Child Protection Plan for Betty Smith, 01.03.23: betty-smith.xlsx" in out
    assert "Child's Plan for Ruby-Mae Clarke (EH-2024-0117)" in out
    assert "PLAN-12" in out and "4 finding(s)" in out


def it_emits_findings_as_json_for_other_tools(plangen: Callable[..., Run]) -> None:
    result = plangen("check", BETTY_XLSX, "--format", "json")
    assert result.exit_code == 1
    [plan] = json.loads(result.stdout)
    assert plan["child"] == "Betty Smith"
    assert [(f["rule"], f["severity"], f["path"]) for f in plan["findings"]] == [
        ("PLAN-10", "weakness", "contingency.plan"),
        ("PLAN-12", "weakness", "child_views"),
        ("PLAN-13", "weakness", "family_views"),
        ("PLAN-15", "advice", "risks[0].outcomes[0]"),
    ]


def it_explains_what_the_plan_does_well(plangen: Callable[..., Run]) -> None:
    result = plangen("check", BETTY_XLSX, "--format", "json", "--explain")
    [plan] = json.loads(result.stdout)
    strengths = [(f["path"], f["problem"]) for f in plan["findings"] if f["severity"] == "strength"]
    assert (
        "risks[0].outcomes[0]",
        'The outcome is about Betty and can be measured ("attending school 95% time"), so '
        "everyone can see when it is achieved.",
    ) in strengths
    # "Stabilise parents on methadone Programme" is done to the parents by the addictions
    # worker: a reviewing officer would not take it as their own part (R1, stop 30)
    assert not any("Stabilise parents" in problem for _, problem in strengths)
    assert (
        "risks[0].outcomes[0].actions[1].responsible",
        "The parents' own part is written down (\"Work with parents to provide boundaries, "
        'routines and ..."), so they know what is expected of them.',
    ) in strengths
    assert result.exit_code == 1  # strengths never change the exit status


def it_exits_2_on_input_problems_when_checking(plangen: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "bad.xlsx").write_bytes(b"")
    result = plangen("check", "bad.xlsx")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: bad.xlsx: is empty")


def it_says_which_words_made_each_finding_fire_with_explain(plangen: Callable[..., Run]) -> None:
    table = plangen("check", BETTY_XLSX, "--explain")
    assert "Why: no period and no sustain wording" in table.stdout
    assert "Why:" not in plangen("check", BETTY_XLSX).stdout
    [plan] = json.loads(plangen("check", BETTY_XLSX, "--format", "json", "--explain").stdout)
    evidence = {f["rule"]: f["evidence"] for f in plan["findings"] if f["rule"].startswith("PLAN")}
    assert evidence["PLAN-15"] == "no period and no sustain wording"


def it_keeps_each_heading_of_the_review_with_what_follows_it(review: Path) -> None:
    """The findings heading and the strengths heading are never left alone at the foot
    of a page, away from their tables."""
    headings = [
        p
        for p in Document(str(review)).paragraphs
        if p.text in ("Quality review: what to look at before this plan goes out",)
        or p.text == "What the plan does well"
    ]
    assert len(headings) == 2
    for heading in headings:
        keep = heading._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
        assert keep is not None and keep.get(qn("w:val")) is None, heading.text


def it_names_the_check_never_the_tool_in_the_review_copy(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """A council's document names the check, not the software: a reviewing officer found
    "plangen" in the margin and the findings (Leo's plan has PLAN-21 and PLAN-22, whose
    messages said what "plangen" had left out)."""
    result = plangen("generate", INPUTS / "domestic-abuse-leo-harris.xlsx", "--out", "out")
    assert result.exit_code == 0, result.stderr
    [review] = (tmp_path / "out").glob("*/*.review.docx")
    document = Document(str(review))
    shown = [p.text for p in document.paragraphs]
    shown += [c.text for t in document.tables for row in t.rows for c in row.cells]
    shown += [c.text for c in document.comments] + [c.author for c in document.comments]
    assert any("PLAN-22" in text for text in shown)
    assert any("is left out of the family copy" in text for text in shown)
    assert not [text for text in shown if "plangen" in text.lower()]
