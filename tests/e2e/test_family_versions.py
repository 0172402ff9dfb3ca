"""Family-friendly and child's versions: plain words, readability, confidentiality."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from plangen.family.plain import glossary
from plangen.family.versions import versions
from plangen.intake import read_plans
from plangen.model import Plan
from plangen.settings import Settings

from ..conftest import BETTY_XLSX, INPUTS, Run, betty_rows, text_of

LEO_XLSX = INPUTS / "domestic-abuse-leo-harris.xlsx"
REFUGE = "Flat 2, 18 Harbour Road, Seaton, SE4 9QT"
BETTY = Path("out/betty-smith/2023-03-01-cp-plan")
LEO = Path("out/cp-2025-0419/2025-11-03-cp-plan")


def only_plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan)
    return plan


def every_part(docx: Path) -> str:
    """Every part of the .docx, unzipped: body, tables, headers, footers, comments,
    document properties, relationships."""
    with zipfile.ZipFile(docx) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
        )


@pytest.fixture
def betty(plangen: Callable[..., Run], tmp_path: Path) -> Path:
    result = plangen("generate", BETTY_XLSX, "--out", "out")
    assert result.exit_code == 0, result.stderr
    return tmp_path / BETTY


def named(stem: Path, suffix: str) -> Path:
    return stem.with_name(stem.name + suffix)


def it_writes_the_family_and_child_versions_beside_the_plan(betty: Path) -> None:
    for suffix in ("-family.docx", "-family.draft.docx", "-child.docx"):
        assert named(betty, suffix).is_file(), suffix
    assert len(Document(str(named(betty, "-family.docx"))).comments) == 0


def it_uses_plain_headings_dates_and_frequencies_in_words(betty: Path) -> None:
    text = text_of(named(betty, "-family.docx"))
    for heading in (
        "What we are worried about",
        "What needs to change for Betty",
        "Who will do what, and how often",
        "How we will know things are better",
        "What happens if things don't change",
        "When we will meet next",
    ):
        assert heading in text
    assert "This plan was agreed on Wednesday 1 March 2023." in text
    assert "We will meet again on Tuesday 14 March 2023." in text
    for said in (
        "once a week",
        "twice a week; ",
        "every two weeks",
        "on school days",
        "when it is needed",
    ):
        assert said in text, said
    assert "01.03.23" not in text and "Fortnightly" not in text


def it_explains_every_glossary_term_left_in_the_family_version(betty: Path) -> None:
    document = Document(str(named(betty, "-family.docx")))
    body = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables[:2] for row in table.rows for cell in row.cells
    )
    left = {term.term for term in glossary().terms_in(body)}
    explained: set[str] = set()
    if "Words we use" in [p.text for p in document.paragraphs]:
        explained = {row.cells[0].text for row in document.tables[-1].rows[1:]}
    assert left <= explained, f"unexplained jargon: {sorted(left - explained)}"


def it_meets_the_reading_ease_targets_on_average() -> None:
    settings = Settings()
    family, child = versions(only_plan(BETTY_XLSX), settings)
    assert family.readability.scored, "the family version has sentences to score"
    assert family.readability.average >= settings.family.parents_min_flesch
    assert child.readability.average >= settings.family.child_min_flesch
    assert family.readability.words_per_sentence <= settings.family.max_words_per_sentence


def it_writes_the_childs_version_in_large_type_in_the_childs_voice(betty: Path) -> None:
    document = Document(str(named(betty, "-child.docx")))
    assert document.paragraphs[0].text == "My plan"
    assert document.styles["Normal"].font.size >= Pt(14)
    sizes = [run.font.size for p in document.paragraphs for run in p.runs if run.font.size]
    assert all(size >= Pt(14) for size in sizes)
    text = text_of(named(betty, "-child.docx"))
    # a 7-year-old reads no percentages (the family version keeps "95%")
    assert "I will be clean, fed, attending school 95 days out of 100" in text  # a goal
    assert "It was made on Wednesday 1 March 2023." in text


def it_uses_the_workers_own_plain_words_as_written(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    assert plangen("generate", LEO_XLSX, "--out", "out").exit_code == 0
    text = text_of(named(tmp_path / LEO, "-family.docx"))
    assert "We are worried because Leo saw his dad hurt his mum." in text
    assert "Leo is safe at home and at school, with no visits or calls from his dad" in text
    assert "Domestic abuse by Dean towards Amy" not in text  # the worker's words replace it
    child = text_of(named(tmp_path / LEO, "-child.docx"))
    # in the child's version the worker's words are in Leo's own voice
    # "We" is not Leo: the grown-ups are worried (the child's-eye reader)
    assert "The grown-ups are worried because I saw Dad hurt Mum." in child
    # the child's own voice throughout; the worker's words kept whole (in quotation
    # marks, and listed in the worker's draft) are the only place the name may stay
    outside = re.sub(r'"[^"]*"', "", child.replace("My plan: Leo", ""))
    assert "Leo" not in outside


def it_keeps_the_refuge_address_out_of_every_part_of_the_fathers_copy(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen(
        "generate", LEO_XLSX, "--out", "out", "--for", "Dean Harris", "--for", "Amy Harris"
    )
    assert result.exit_code == 0, result.stderr
    dean = named(tmp_path / LEO, "-family-for-dean-harris.docx")
    amy = named(tmp_path / LEO, "-family-for-amy-harris.docx")
    general = named(tmp_path / LEO, "-family.docx")
    for copy in (dean, general, named(tmp_path / LEO, "-child.docx")):
        everything = every_part(copy)
        for secret in (REFUGE, "Harbour Road", "07700 900141", "Grace Okoro", "IDVA"):
            assert secret not in everything, (copy.name, secret)
    assert "Grace Okoro" in text_of(amy)  # withheld from Dean only, so Amy's copy has it
    assert "Grace will help you to stay safe" in text_of(amy)  # her own copy: "you"
    assert "This copy is for Dean Harris." in text_of(dean)
    # the formal plan goes to the core group, Dean included: it holds none of it either
    formal = every_part(tmp_path / LEO.with_suffix(".docx"))
    for secret in (REFUGE, "Harbour Road", "07700 900141", "Grace Okoro"):
        assert secret not in formal, secret
    assert "Held on the case record" in text_of(tmp_path / LEO.with_suffix(".docx"))


def it_gives_professionals_only_name_role_agency_and_work_contact(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    plangen("generate", LEO_XLSX, "--out", "out", "--for", "Amy Harris")
    document = Document(str(named(tmp_path / LEO, "-family-for-amy-harris.docx")))
    people = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in people.rows[1:]}
    assert rows["Priya Patel"][1:] == [
        "Seaton Children's Services",
        "01632 960412 / priya.patel@seaton.example.org",
    ]
    assert "Civic Centre" not in every_part(named(tmp_path / LEO, "-family-for-amy-harris.docx"))
    # a parent is not among those helping the family, and his details are not printed
    assert "Dean Harris" not in rows and "Amy Harris" not in rows


def it_writes_a_workers_draft_with_a_comment_on_each_hard_sentence(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["risks"][0]["outcome"] = (
        "Notwithstanding considerable multidisciplinary intervention, Betty's developmental "
        "trajectory necessitates comprehensive therapeutic reassessment and consistently "
        "sustained interagency coordination for 3 months."
    )
    assert plangen("generate", write_workbook(rows), "--out", "out").exit_code == 0
    draft = Document(str(named(tmp_path / BETTY, "-family.draft.docx")))
    hard = [c.text for c in draft.comments if "Notwithstanding" in c.text]
    assert hard and "long words: " in hard[0] and "multidisciplinary" in hard[0]
    assert {c.author for c in draft.comments} == {"Quality check"}
    result = plangen("check", write_workbook(rows), "--readability", "--format", "json")
    assert result.exit_code == 1
    problems = [f["problem"] for p in json.loads(result.stdout) for f in p["findings"]]
    assert any("Notwithstanding" in p and "may be hard to read" in p for p in problems)
    assert any("averages a reading ease of" in p for p in problems)


def it_writes_only_the_versions_asked_for(plangen: Callable[..., Run], tmp_path: Path) -> None:
    assert plangen("generate", BETTY_XLSX, "--out", "out", "--versions", "child").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out/betty-smith").iterdir()) == [
        "2023-03-01-cp-plan-child.docx"
    ]
    bad = plangen("generate", BETTY_XLSX, "--out", "out", "--versions", "poster")
    assert bad.exit_code == 2
    assert "use some of plan, review, family, child" in bad.stderr


def it_scores_readability_with_no_network() -> None:
    """textstat 0.7.13 fetches NLTK data at run time; plangen's must work offline."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('no network in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from plangen.family.readability import score\n"
        "from plangen.family.plain import glossary\n"
        "from plangen.settings import FamilySettings\n"
        "s = score('Betty goes to school every day.', target=70, settings=FamilySettings(),"
        " words=glossary())\n"
        "print(round(s.flesch))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 70


def it_reads_a_confidential_sheet_and_refuses_unknown_names(
    write_workbook: Callable[..., Path], verbose: None
) -> None:
    rows = betty_rows()
    rows["confidential"] = [{"about": "Suzi Smith", "detail": "Address", "withheld_from": "Tom"}]
    [problem] = read_plans(write_workbook(rows))
    assert not isinstance(problem, Plan)
    assert re.search(
        r'sheet "Confidential", row 2, "Withhold from": "Tom" is not in the core group',
        str(problem),
    )
