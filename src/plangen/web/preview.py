"""A look at the formal plan before it is taken away.

With LibreOffice and poppler installed, the plan's pages as images (as the council's
own client would print them); otherwise an HTML view of the document's paragraphs and
tables, read back from the very .docx the pipeline made.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

_TIMEOUT = 120  # seconds for one conversion


def can_draw_pages() -> bool:
    """Whether page images can be made here (LibreOffice and pdftoppm)."""
    return bool(shutil.which("soffice") and shutil.which("pdftoppm"))


def page_images(docx: Path, folder: Path, profile: Path) -> list[Path]:
    """``docx`` as PNG pages in ``folder`` (made once, then reused).

    ``profile`` is LibreOffice's user folder for this server, so it never shares one
    with another LibreOffice running on the machine.  Conversions share the profile,
    so the caller runs one at a time.
    """
    done = sorted(folder.glob("page-*.png"))
    if done:
        return done
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=_TIMEOUT,
    )
    pdf = folder / (docx.stem + ".pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=_TIMEOUT,
    )
    pdf.unlink()
    return sorted(folder.glob("page-*.png"))


@dataclass(frozen=True)
class Block:
    """One paragraph (``kind`` "h1".."h3" or "p") or table (``rows`` of cell texts)."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def html_view(docx: Path) -> list[Block]:
    """The document's body in reading order, as headings, paragraphs and tables."""
    document = Document(str(docx))
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                blocks.append(Block(_heading(item), text))
        elif isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells: list[str] = []
                last = None
                for cell in row.cells:
                    if cell._tc is not last:  # a merged cell is listed once
                        cells.append(cell.text.strip())
                    last = cell._tc
                rows.append(tuple(cells))
            blocks.append(Block("table", rows=tuple(rows)))
    return blocks


def _heading(paragraph: Paragraph) -> str:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name.startswith("Heading") and name[-1:].isdigit():
        return f"h{min(int(name[-1]) + 1, 4)}"
    if name == "Title":
        return "h1"
    return "p"
