"""PDF of every version: the .docx files, converted by LibreOffice to PDF/A-2b.

Councils file plans as PDF in their records systems, so the PDF is archival (PDF/A-2b,
declared in the file's XMP metadata) and made by the same client a council prints with,
from the .docx plangen wrote: its text is the document's text.  Word comments are not
exported (LibreOffice would draw them as note icons over the plan's text); a review
copy carries a numbered marker beside each finding instead (see :mod:`plangen.annotate`).

LibreOffice takes a second or two to start, so it is never started per document: each
call converts many documents (up to :data:`PER_CALL`), and with ``jobs`` > 1 several
calls run side by side, each LibreOffice with its own profile so that they do not wait
on each other.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from plangen.errors import PlangenError
from plangen.write import write_atomic

PER_CALL = 40  # documents per LibreOffice start
SECONDS_PER_DOCUMENT = 20  # generous: a long plan on a busy machine; a hang still ends
# PDF/A-2b; comments not exported (they would cover the text); tagged for screen readers
EXPORT = (
    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
    '"ExportNotes":{"type":"boolean","value":"false"},'
    '"UseTaggedPDF":{"type":"boolean","value":"true"}}'
)
INSTALL = (
    "PDFs are made with LibreOffice, which is not installed (no soffice or libreoffice "
    "command found). Install it (Debian or Ubuntu: sudo apt-get install "
    "libreoffice-writer-nogui; Windows or macOS: https://www.libreoffice.org), or leave "
    "out pdf; the .docx files were written"
)


class PdfError(PlangenError):
    """Raised when PDFs cannot be made: LibreOffice missing, or a document it could not
    convert.  The .docx files are written before any PDF is attempted."""


def soffice() -> str | None:
    """The LibreOffice command, or ``None`` when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    """The LibreOffice command; raises :class:`PdfError` saying what to install."""
    command = soffice()
    if command is None:
        raise PdfError(INSTALL)
    return command


def pdf_path(docx: Path) -> Path:
    """``plan.review.docx`` -> ``plan.review.pdf``: the PDF goes beside its document."""
    return docx.with_suffix(".pdf")


def pdf_name(docx_name: str) -> str:
    """The same, for an output's name relative to the output folder."""
    return docx_name.removesuffix(".docx") + ".pdf"


Converted = dict[Path, bytes | str]  # document -> its PDF, or why it has none


class Converter:
    """LibreOffice converting batches of documents; use as a context manager (its
    profiles are temporary and removed at the end)."""

    def __init__(self, *, jobs: int = 1, command: str | None = None) -> None:
        self.command = command or require_soffice()
        self.jobs = max(1, jobs)
        self._folder = tempfile.TemporaryDirectory(prefix="plangen-pdf-")
        self.folder = Path(self._folder.name)

    def __enter__(self) -> Converter:
        return self

    def __exit__(self, *_: object) -> None:
        self._folder.cleanup()

    def convert(self, documents: Sequence[Path]) -> Converted:
        """Each document's PDF bytes (or the reason it has none), in ``jobs`` parallel
        LibreOffice processes of up to :data:`PER_CALL` documents each."""
        # as many calls as needed, of even sizes, so that the processes finish together
        count = max(self.jobs, -(-len(documents) // PER_CALL))
        size = max(1, -(-len(documents) // count))
        calls = [documents[i : i + size] for i in range(0, len(documents), size)]
        results: Converted = {}
        with ThreadPoolExecutor(self.jobs) as pool:
            lanes = [calls[k :: self.jobs] for k in range(self.jobs)]
            for done in pool.map(self._lane, range(self.jobs), lanes):
                results.update(done)
        return results

    def _lane(self, lane: int, calls: list[Sequence[Path]]) -> Converted:
        results: Converted = {}
        for number, call in enumerate(calls):
            results.update(self._call(lane, number, call))
        return results

    def _call(self, lane: int, number: int, documents: Sequence[Path]) -> Converted:
        """One LibreOffice start for up to PER_CALL documents.  Each is linked under a
        numbered name first: two plans' files may share a name in different folders."""
        work = self.folder / f"call-{lane}-{number}"
        given, made = work / "in", work / "out"
        given.mkdir(parents=True)
        names = {}
        for index, document in enumerate(documents):
            link = given / f"{index:04d}.docx"
            link.symlink_to(document.resolve())
            names[document] = link
        profile = (self.folder / f"profile-{lane}").as_uri()
        command = [
            self.command,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            EXPORT,
            "--outdir",
            str(made),
            *map(str, names.values()),
        ]
        problem = _run(command, timeout=60 + SECONDS_PER_DOCUMENT * len(documents))
        results: Converted = {}
        for document, link in names.items():
            pdf = made / (link.stem + ".pdf")
            if pdf.is_file() and pdf.stat().st_size:
                results[document] = pdf.read_bytes()
            else:
                results[document] = problem or "LibreOffice could not convert it"
        shutil.rmtree(work, ignore_errors=True)
        return results


def _run(command: list[str], *, timeout: float) -> str:
    """Run LibreOffice; on a hang, end it and every process it started.  Returns what
    went wrong, or "" (which documents it converted is seen in its output folder)."""
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, to end it whole
        )
    except OSError as error:
        return f"LibreOffice could not be started ({error.strerror})"
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return f"LibreOffice did not finish within {timeout:.0f} seconds"
    return ""


def write_pdfs(documents: Sequence[Path], *, jobs: int = 1) -> list[Path]:
    """Write the PDF of each document beside it; the PDFs written.

    Raises :class:`PdfError` when LibreOffice is missing (nothing is attempted) or when
    some documents could not be converted (after writing the others).
    """
    if not documents:
        return []
    with Converter(jobs=jobs) as made:
        converted = made.convert(documents)
    written, failed = [], []
    for document in documents:
        result = converted[document]
        if isinstance(result, bytes):
            write_atomic(pdf_path(document), result)
            written.append(pdf_path(document))
        else:
            failed.append(f"{document}: {result}")
    if failed:
        raise PdfError("no PDF was made of " + "; ".join(failed))
    return written


def pdfs_for(documents: Sequence[Path], *, asked: bool) -> list[Path]:
    """The PDFs of ``documents`` just written: of each one when ``asked`` (``--pdf``),
    else of each that has a PDF beside it from an earlier run, re-made so that no PDF
    says what its .docx no longer says.  When one cannot be re-made, the old PDF is
    removed before :class:`PdfError` is raised."""
    chosen = [d for d in documents if d.suffix == ".docx" and (asked or pdf_path(d).exists())]
    try:
        return write_pdfs(chosen)
    except PdfError as error:
        if asked:
            raise
        stale = [
            pdf_path(d)
            for d in chosen
            if pdf_path(d).exists() and pdf_path(d).stat().st_mtime_ns < d.stat().st_mtime_ns
        ]
        for each in stale:
            each.unlink()
        logging.getLogger("plangen").warning(
            "%d PDF(s) beside documents made again could not be made again (%s), so the "
            "old ones were removed: they said what the documents no longer say",
            len(stale),
            str(error).split(";")[0],
        )
        return [pdf_path(d) for d in chosen if pdf_path(d).exists()]
