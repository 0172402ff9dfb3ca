"""The blank Word intake form: a plan template rendered with empty rows, and a
Confidential table after it for what must not reach some of the family."""

from __future__ import annotations

from io import BytesIO

from docx import Document

from plangen.intake.vocabulary import vocabulary
from plangen.model import PlanKind
from plangen.render.context import blank_context
from plangen.render.engine import WordTemplate

CONFIDENTIAL_ROWS = 4
CONFIDENTIAL_HELP = (
    "Anything here is left out of the family's copies. About: a core group member's "
    'name, "child" or "plan". Detail: address, phone, email, role, agency (blank for '
    "everything about that person); for the child: address, date of birth, known as; for "
    "the plan: family views, child views, contingency, step down, risk 2, outcome 1, "
    "action 3. Withhold from: the core group member who must not see it (blank: every "
    "family copy)."
)


def blank_form(template: WordTemplate, kind: PlanKind) -> bytes:
    """The blank form for ``kind``: never marked as generated, so it reads back."""
    document = Document(BytesIO(template.render(blank_context(kind), marks="")))
    headers = vocabulary()["headers"]["confidential"]
    document.add_paragraph(vocabulary()["sheets"]["confidential"][0], style="Heading 2")
    document.add_paragraph(CONFIDENTIAL_HELP)
    table = document.add_table(rows=1 + CONFIDENTIAL_ROWS, cols=3)
    table.style = document.tables[0].style
    for cell, field in zip(table.rows[0].cells, ("about", "detail", "withheld_from"), strict=True):
        cell.text = headers[field][0]
    out = BytesIO()
    document.save(out)
    return out.getvalue()
