"""The PDFs of a batch run: made after the documents, many per LibreOffice start.

Each PDF is an output like any other: recorded in the manifest with what its document
was made from, journalled before it is written, never written over a hand-edited PDF
(the new one goes beside it as ``....new.pdf``), and re-made when its document is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from plangen.batch.manifest import Manifest, Output, journal_write, sha256
from plangen.pdf import INSTALL, Converter, soffice
from plangen.write import write_atomic


class _Summary(Protocol):  # plangen.batch.stale.Summary, without importing it in a circle
    kept: list[tuple[str, str]]

    def fail(self, where: str, error: str, exit_code: int = 2) -> None: ...


@dataclass(frozen=True)
class PdfJob:
    """One PDF to make: of which document, recorded under which name, written where."""

    stem: str
    name: str  # the PDF's output name, relative to the output folder
    target: str  # the name to write: itself, or its .new.pdf beside a hand-edited one
    made_from: tuple[str, str, str, str]
    document: Path  # the .docx just written


def make_pdfs(
    jobs: list[PdfJob], manifest: Manifest, summary: _Summary, *, jobs_at_once: int
) -> None:
    """Convert, write and record every PDF; a document LibreOffice cannot convert is a
    failure of its plan, and a missing LibreOffice one failure of the run."""
    if not jobs:
        return
    if soffice() is None:
        summary.fail("pdf", INSTALL)
        for job in jobs:
            _remove_stale(job, manifest)
        return
    with Converter(jobs=jobs_at_once) as converter:
        converted = converter.convert([job.document for job in jobs])
    for job in jobs:
        result = converted[job.document]
        if isinstance(result, str):
            gone = _remove_stale(job, manifest)
            summary.fail(job.stem, f"{job.name}: no PDF was made: {result}{gone}")
            continue
        entry = Output(*job.made_from, sha256(result), len(result), 0)
        if job.target == job.name:
            journal_write(manifest.journal, job.name, entry)
        write_atomic(manifest.out / job.target, result)
        stat = (manifest.out / job.target).stat()
        entry.size, entry.mtime_ns = stat.st_size, stat.st_mtime_ns
        if job.target == job.name:
            manifest.outputs[job.name] = entry
            manifest.changed = True
        else:
            summary.kept.append((job.name, job.target))


def _remove_stale(job: PdfJob, manifest: Manifest) -> str:
    """The PDF of a document just made again, when no new PDF could be made: taken
    away (unless edited by hand), so that no PDF says what its .docx no longer says."""
    path = manifest.out / job.name
    if job.target != job.name or not path.exists() or manifest.is_edited(job.name):
        return ""
    path.unlink()
    manifest.outputs.pop(job.name, None)
    manifest.changed = True
    return "; the old PDF, made from the old document, was removed"
