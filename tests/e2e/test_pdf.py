"""PDF of every version: PDF/A-2b, the .docx's own text, batch-tracked, and a clear
message (and the .docx files) when LibreOffice is missing."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from ..conftest import BETTY_XLSX, INPUTS, Run, all_files
from .test_batch import council, json_plans  # noqa: F401 (council is a fixture)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BETTY = Path("out/betty-smith/2023-03-01-cp-plan")
# what a PDF prints on every page besides the document's body: the classification at
# the top, the footer, and a list's bullet glyph
_PAGE_FURNITURE = re.compile(
    r"(?:Child'sPlan|ChildProtectionPlan|Ourplanfor|Myplan):?[^.]*\.(?:OFFICIAL-SENSITIVE\.)?"
    r"Page\d+of\d+|OFFICIAL-SENSITIVE|\uf0b7"
)


def paragraphs(docx: Path) -> list[str]:
    """Each body paragraph's text, a line break or tab read as a space."""
    with zipfile.ZipFile(docx) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    found = []
    for paragraph in root.iter(W + "p"):
        parts = [
            (e.text or "") if e.tag == W + "t" else " "
            for e in paragraph.iter(W + "t", W + "br", W + "tab")
        ]
        found.append("".join(parts))
    return found


def body_text(pdf: Path) -> str:
    """The PDF's text in content order, without whitespace or page furniture."""
    raw = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return _PAGE_FURNITURE.sub("", re.sub(r"\s+", "", raw))


def xmp(pdf: Path) -> etree._Element:
    data = pdf.read_bytes()
    start, end = data.index(b"<x:xmpmeta"), data.index(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")
    return etree.fromstring(data[start:end])


@pytest.mark.soffice
def it_writes_a_pdf_a_2b_of_every_document_with_the_documents_text(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("generate", BETTY_XLSX, "--out", "out", "--pdf")
    assert result.exit_code == 0, result.stderr
    documents = sorted((tmp_path / "out/betty-smith").glob("*.docx"))
    assert len(documents) == 5
    for docx in documents:
        pdf = docx.with_suffix(".pdf")
        assert f"wrote {pdf.relative_to(tmp_path)}" in result.stdout
        meta = xmp(pdf)
        ns = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/"}
        assert meta.xpath("string(//pdfaid:part)", namespaces=ns) == "2", pdf.name
        assert meta.xpath("string(//pdfaid:conformance)", namespaces=ns) == "B", pdf.name
        text = body_text(pdf)
        for paragraph in paragraphs(docx):
            assert re.sub(r"\s+", "", paragraph) in text, (pdf.name, paragraph)
    for name in (".docx", ".review.docx"):  # tables within a page: nothing else at all
        docx = tmp_path / BETTY.with_name(BETTY.name + name)
        words = "".join(re.sub(r"\s+", "", p) for p in paragraphs(docx))
        assert Counter(body_text(docx.with_suffix(".pdf"))) == Counter(words), name


@pytest.mark.soffice
def it_prints_each_finding_as_a_numbered_marker_and_no_comment_over_the_text(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("generate", BETTY_XLSX, "--out", "out", "--versions", "review,pdf")
    assert result.exit_code == 0, result.stderr
    pdf = tmp_path / BETTY.with_name(BETTY.name + ".review.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "CHILD PROTECTION PLAN [1, 2, 3]" in text
    assert re.search(r"appointments \[4\]", text), "PLAN-15 marker follows the outcome"
    assert re.search(r"^\s*4\s+PLAN-15 \(advice\)\s+risk 1, outcome 1", text, re.M)
    assert not re.search(rb"/Subtype\s*/(Text|Popup)\b", pdf.read_bytes()), "no note icons"


def it_says_what_to_install_without_libreoffice_and_still_writes_the_documents(
    plangen: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    result = plangen("generate", BETTY_XLSX, "--out", "out", "--versions", "plan,review,pdf")
    assert result.exit_code == 2
    assert "PDFs are made with LibreOffice, which is not installed" in result.stderr
    assert "apt-get install libreoffice-writer-nogui" in result.stderr
    assert "Traceback" not in result.stderr
    made = sorted(p.name for p in all_files(tmp_path / "out"))
    assert made == [
        "2023-03-01-cp-plan.docx",
        "2023-03-01-cp-plan.json",
        "2023-03-01-cp-plan.review.docx",
    ]


def it_refuses_an_unknown_version_and_names_pdf(plangen: Callable[..., Run]) -> None:
    result = plangen("generate", BETTY_XLSX, "--versions", "plan,pfd")
    assert result.exit_code == 2
    assert "use some of plan, review, family, child, professionals, pdf" in result.stderr


@pytest.mark.soffice
def it_makes_and_tracks_batch_pdfs_like_any_other_output(
    plangen: Callable[..., Run],
    council: Path,  # noqa: F811
) -> None:
    json_plans(council / "in", 2)
    first = plangen("batch", "in", "--out", "out", "--jobs", "2", "--pdf")
    assert first.exit_code == 0, first.stderr
    out = council / "out"
    pdfs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.pdf"))
    assert len(pdfs) == 2 * 5
    manifest = json.loads((out / ".plangen/manifest.json").read_text())
    assert set(pdfs) <= set(manifest["outputs"])
    assert "0 plan(s) made, 2 unchanged" in plangen("batch", "in", "--out", "out", "--pdf").stdout

    review = out / "cp-0000/2023-03-01-cp-plan.review.pdf"
    review.write_bytes(review.read_bytes() + b"\n% a hand edit\n")
    review.with_suffix(".docx").unlink()  # its version is made again
    child = out / "cp-0001/2023-03-01-cp-plan-child.pdf"
    child.unlink()
    again = plangen("batch", "in", "--out", "out", "--pdf")
    assert again.exit_code == 0, again.stderr
    assert child.is_file(), "a missing PDF is made again"
    assert review.read_bytes().endswith(b"% a hand edit\n"), "a hand edit is never lost"
    assert review.with_name(review.stem + ".new.pdf").is_file()
    assert f"kept your edits to {review.relative_to(out)}" in again.stdout


def it_reports_a_batch_without_libreoffice_and_writes_the_documents(
    plangen: Callable[..., Run],
    council: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    json_plans(council / "in", 1)
    (council / "bin").mkdir()
    monkeypatch.setenv("PATH", str(council / "bin"))
    result = plangen("batch", "in", "--out", "out", "--jobs", "1", "--pdf")
    assert result.exit_code == 2
    assert "apt-get install libreoffice-writer-nogui" in result.stderr
    assert len(list((council / "out").rglob("*.docx"))) == 5
    assert not list((council / "out").rglob("*.pdf"))


@pytest.mark.soffice
def it_converts_every_example_with_the_text_of_its_documents(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("generate", INPUTS, "--out", "out", "--pdf")
    assert result.exit_code == 0, result.stderr
    documents = sorted((tmp_path / "out").rglob("*.docx"))
    assert len(documents) >= 4 * 5  # and any family copy the intake asks for
    assert len(list((tmp_path / "out").rglob("*.pdf"))) == len(documents)
    for docx in documents:
        text = body_text(docx.with_suffix(".pdf"))
        for paragraph in paragraphs(docx):
            assert re.sub(r"\s+", "", paragraph) in text, (docx.name, paragraph)
