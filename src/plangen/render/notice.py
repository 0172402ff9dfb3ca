"""A notice stamped at the top of every header and footer of a rendered document.

Used for the professionals-only copy, which holds what is withheld from some of the
core group: every page says, above and below the text, whom it must not reach.
"""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.shared import Pt, RGBColor

from plangen.render.package import normalise

_RED = RGBColor(0xC0, 0x00, 0x00)


def stamp(docx: bytes, notice: str) -> bytes:
    """``docx`` with ``notice`` as the first paragraph of each section's header and
    footer, in bold red; zipped as every other output is, so the same plan gives the
    same bytes (python-docx would date each part with the time it was saved)."""
    document = Document(BytesIO(docx))
    for section in document.sections:
        for part in (section.header, section.footer):
            part.is_linked_to_previous = False
            paragraphs = part.paragraphs
            paragraph = (
                paragraphs[0].insert_paragraph_before()
                if paragraphs and paragraphs[0].text
                else paragraphs[0]
                if paragraphs
                else part.add_paragraph()
            )
            run = paragraph.add_run(notice)
            run.bold = True
            run.font.size = Pt(10)
            run.font.color.rgb = _RED
    out = BytesIO()
    document.save(out)
    return normalise(out.getvalue())
