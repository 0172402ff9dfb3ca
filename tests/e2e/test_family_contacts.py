"""Family members' personal contact details are never printed (issue 13f; domain.md,
Confidentiality).  Every file a plan makes that anyone receives or prints (the formal
plan, the review copy, the family version and its worker's draft, the child's version,
and a family copy for each family member), every part of each, is searched with the
independent leak harness (:mod:`tests.leaks`) for each family member's phone (any
grouping, with +44), e-mail, street line and postcode; for every example and every
family test plan.  The plan's ``.json`` (the case record for other systems) keeps them.

Needles are written here, not taken from plangen's own matcher: a family member's
street line is any line of the address with a number in it, and its postcode.  What
the plan prints openly as the child's own address (the header of the seed's plan)
is not a needle, unless the plan withholds the child's address.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document

from plangen.model import CorePerson, Plan
from plangen.outputs import make_files
from plangen.privacy.names import is_family
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import INPUTS, Run, betty_rows_without_findings, pdf_text
from ..leaks import leaks, squash
from .test_formal_plan_complete import SOURCES, plan_of
from .test_web import finished, start, upload

_POSTCODE = re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b", re.I)


def family(plan: Plan) -> list[CorePerson]:
    return [person for person in plan.core_group if is_family(person)]


def needles(plan: Plan, person: CorePerson) -> list[str]:
    """Squashed forms of ``person``'s phone, e-mail, street lines and postcode."""
    found: list[str] = []
    digits = "".join(ch for ch in person.phone if ch.isdigit())
    for number in re.findall(r"0\d{9,10}", digits):
        found.append(number[1:])  # "7700900278": found in 07700 900278 and +44 7700 900278
    found += [squash(person.email)] if person.email else []
    for line in re.split(r"[,;\n]+", person.address):
        postcode = _POSTCODE.search(line)
        if postcode:
            found.append(squash(postcode.group(0)))
            line = _POSTCODE.sub(" ", line)
        if any(ch.isdigit() for ch in line) and len(squash(line)) >= 6:
            found.append(squash(line))
    withheld = any(i.about == "child" and i.detail == "address" for i in plan.confidential)
    printed = "" if withheld else squash(plan.child.address or "")
    return [needle for needle in found if needle and needle not in printed]


def outputs(plan: Plan, out: Path) -> Iterator[tuple[str, bytes]]:
    """Every Word file of ``plan``: all versions, and each family member's own copy."""
    settings = Settings()
    files = make_files(
        plan,
        out,
        settings,
        check(plan, settings.rules),
        versions=("plan", "review", "family", "child"),
        recipients=[person.name for person in family(plan)],
    )
    for path, data in files:
        if path.suffix == ".docx":
            yield path.name, data


def kind_of(name: str) -> str:
    """The output a file is: "plan", "review", "family", "draft", "child", "own copy"."""
    for marker, kind in (
        ("-family-for-", "own copy"),
        (".draft.docx", "draft"),
        ("-family.docx", "family"),
        ("-child.docx", "child"),
        (".review.docx", "review"),
    ):
        if marker in name:
            return kind
    return "plan"


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def it_prints_no_family_members_contact_details_in_any_output(source: Path, tmp_path: Path) -> None:
    plan = plan_of(source)
    wanted = {person.name: needles(plan, person) for person in family(plan)}
    hits = [
        (kind_of(name), who, found)
        for name, data in outputs(plan, tmp_path)
        for who, forms in wanted.items()
        if (found := leaks(data, forms, name))
    ]
    assert hits == []


LEO_XLSX = INPUTS / "domestic-abuse-leo-harris.xlsx"
# Dean Harris's phone and street, and how a worker may write them into free text
DEAN = ["7700900278", "7milllane"]
DEAN_WRITTEN = [
    ("call Dean on 07700 900278", "phone number"),
    ("Dean's mobile is +44 7700 900 278", "phone number"),
    ("ring 07700-900-278", "phone number"),
    ("Dean lives at 7 Mill Lane, Seaton", "address"),
    ("contact at 7 Mill Ln", "address"),
]


def _core_group_rows(docx: bytes) -> dict[str, list[str]]:
    """Each core-group member's cells in the formal plan, by name."""
    document = Document(io.BytesIO(docx))
    table = next(t for t in document.tables if t.rows[0].cells[0].text.strip() == "Name")
    return {row.cells[0].text: [cell.text for cell in row.cells] for row in table.rows[1:]}


def _formal(plan: Plan, out: Path) -> tuple[bytes, bytes]:
    files = dict(make_files(plan, out, Settings(), [], versions=["plan"]))
    [docx] = [data for path, data in files.items() if path.suffix == ".docx"]
    [record] = [data for path, data in files.items() if path.suffix == ".json"]
    return docx, record


def it_leaves_every_family_members_cells_empty_withheld_or_not(tmp_path: Path) -> None:
    """Leo's plan printed Dean's "7 Mill Lane, Seaton" and "07700 900278", and
    "Held on the case record" in Amy's cells (withheld from Dean): now both alike."""
    docx, record = _formal(plan_of(LEO_XLSX), tmp_path)
    rows = _core_group_rows(docx)
    # name, role, agency, address, e-mail, phone, present
    assert rows["Amy Harris"][3:6] == ["", "", ""]
    assert rows["Dean Harris"][3:6] == ["", "", ""]
    # the professionals' work contacts stay, and a withheld one still says so
    assert rows["Priya Patel"][3:6] == [
        "Civic Centre, Seaton",
        "priya.patel@seaton.example.org",
        "01632 960412",
    ]
    # Leo's school says where he is, and his address is kept from Dean: held, and its
    # teacher's name with it, as a name leads to the school (reader 31)
    assert "Helen Brooks" not in rows and leaks(docx, ["helenbrooks"]) == []
    assert rows["Held on the case record"][5] == "Held on the case record"  # the IDVA
    assert leaks(docx, ["01632960412", "01632960733", "priyapatelseatonexampleorg"]) == [
        "01632960412",
        "priyapatelseatonexampleorg",
    ]
    # the case record for other systems keeps them all
    kept = json.loads(record)["core_group"]
    assert [p["phone"] for p in kept if p["name"] == "Dean Harris"] == ["07700 900278"]
    assert [p["address"] for p in kept if p["name"] == "Dean Harris"] == ["7 Mill Lane, Seaton"]


@pytest.mark.parametrize(("written", "kind"), DEAN_WRITTEN)
def it_holds_back_a_family_members_contacts_written_into_free_text(
    written: str, kind: str, tmp_path: Path
) -> None:
    data = plan_of(LEO_XLSX).model_dump(mode="json")
    # Leo's first action is Amy's safety planning, which goes whole from every copy Dean
    # gets (reader 29): the number goes into his own action instead
    action = next(
        a
        for r in data["risks"]
        for o in r["outcomes"]
        for a in o["actions"]
        if "Dean Harris" in a["responsible"]
    )
    action["text"] += f"; {written} before each visit"
    data["family_views"] += f" Amy asked that workers {written}."
    plan = Plan.model_validate(data)
    made = dict(outputs(plan, tmp_path))
    assert {kind_of(name) for name in made} == {
        "plan",
        "review",
        "family",
        "draft",
        "child",
        "own copy",
    }
    assert [
        (name, found) for name, docx in made.items() if (found := leaks(docx, DEAN, name))
    ] == []
    formal_plan = next(docx for name, docx in made.items() if kind_of(name) == "plan")
    text = squash(_document_text(formal_plan))
    family_copy = squash(_document_text(next(d for n, d in made.items() if kind_of(n) == "family")))
    if kind == "address" and "Mill Lane" in written:
        # Leo's plan keeps Amy's whereabouts from Dean: a street is a locating detail, and
        # its sentence is held whole in every copy the core group gets
        assert squash("[details held on the case record]") in text
        assert "millane" not in family_copy and "notshared" not in family_copy
        return
    assert squash("before each visit") in text  # the rest of the action is still there
    assert squash(f"[{kind} held on the case record] before each visit") in text
    # the family copy's mention in Amy's views goes whole (Amy's whereabouts are kept
    # from Dean), and what was held back is said as a worker would, no bracketed token
    # (reader 29); his own action keeps its words
    assert squash("before each visit") in family_copy and "notshared" not in family_copy


def _document_text(docx: bytes) -> str:
    return " ".join(p.text for p in Document(io.BytesIO(docx)).paragraphs) + " ".join(
        cell.text
        for table in Document(io.BytesIO(docx)).tables
        for row in table.rows
        for cell in row.cells
    )


def it_leaves_out_a_withheld_known_as_name_from_the_header(tmp_path: Path) -> None:
    data = plan_of(LEO_XLSX).model_dump(mode="json")
    data["child"]["known_as"] = "Lee"
    data["confidential"].append(
        {"about": "child", "detail": "known_as", "withheld_from": ["Dean Harris"]}
    )
    docx, _ = _formal(Plan.model_validate(data), tmp_path)
    header = Document(io.BytesIO(docx)).tables[0]
    name = header.rows[1].cells[0].text
    # not "Leo Harris (known as Held on the case record)", which says a name is kept
    assert name == "Leo Harris"
    assert "known as" not in squash(_document_text(docx))


def it_tells_the_worker_once_that_family_contacts_are_kept_and_not_printed(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    """A note, not a weakness: ``check`` still exits 0 for a plan with nothing to change,
    and the review copy lists it apart from the findings."""
    rows = betty_rows_without_findings()
    intake = write_workbook(rows)
    assert plangen("check", intake).exit_code == 0  # the seed's plan: no family contacts
    rows["people"][5].update(phone="07700 900 512", address="4 Elm Row, Leeds LS6 2AB")
    rows["people"][6]["phone"] = "07700 900 513"
    intake = write_workbook(rows)
    result = plangen("check", intake, "--format", "json")
    assert result.exit_code == 0, result.stdout  # nothing to change
    [report] = json.loads(result.stdout)
    [note] = report["findings"]
    assert (note["rule"], note["severity"], note["where"]) == (
        "NOTE",
        "note",
        "core group member 6",
    )
    assert "contact details of Suzi Smith and Tom Smith" in note["problem"]
    assert "kept on the case record and not printed" in note["problem"]
    assert plangen("generate", intake, "--out", "out").exit_code == 0
    review = Document(str(tmp_path / "out/betty-smith/2023-03-01-cp-plan.review.docx"))
    notes = [c.text for c in review.comments if c.text.startswith("Note: ")]
    assert len(notes) == 1 and "Suzi Smith and Tom Smith" in notes[0]
    said = [p.text for p in review.paragraphs]
    assert "The quality check found nothing to change in this plan." in said
    assert "Notes for the worker" in said
    assert leaks(tmp_path / "out/betty-smith/2023-03-01-cp-plan.review.docx", ["7700900512"]) == []


@pytest.mark.soffice
def it_prints_no_family_contacts_in_the_pdfs(plangen: Callable[..., Run], tmp_path: Path) -> None:
    result = plangen("generate", LEO_XLSX, "--out", "out", "--for", "Dean Harris", "--pdf")
    assert result.exit_code == 0, result.stderr
    pdfs = sorted((tmp_path / "out").rglob("*.pdf"))
    assert len(pdfs) == 7  # plan, review, family, draft, child, Amy's and Dean's copies
    for pdf in pdfs:
        text = squash(pdf_text(pdf))
        assert [needle for needle in DEAN if needle in text] == [], pdf.name
    plan = squash(pdf_text(next(p for p in pdfs if p.name.endswith("-cp-plan.pdf"))))
    assert "01632960412" in plan  # Priya Patel's work phone is still printed


def it_prints_no_family_contacts_in_the_web_pages_downloads() -> None:
    with start() as client:
        results = upload(client, LEO_XLSX)
        finished(client, results)
        archive = zipfile.ZipFile(io.BytesIO(client.get(results + "/plans.zip").content))
    names = archive.namelist()
    documents = [name for name in names if name.endswith(".docx")]
    assert len(documents) >= 5
    for name in documents:
        assert leaks(archive.read(name), DEAN, name) == [], name
    [record] = [name for name in names if name.endswith("-cp-plan.json")]
    assert "07700 900278" in archive.read(record).decode()  # the case record keeps it
