"""The render stage's post-processing does what docxtpl's own does, faster."""

from __future__ import annotations

import random

from docxtpl import DocxTemplate

from plangen.render.finish import _resolve_listing

_PIECES = [
    "<w:p>",
    '<w:p w:rsidR="1">',
    "</w:p>",
    "<w:pPr><w:jc/></w:pPr>",
    "<w:r>",
    "</w:r>",
    "<w:t>",
    "</w:t>",
    '<w:t xml:space="preserve">',
    "<w:rPr><w:b/></w:rPr>",
    "Daily",
    "at 9 am",
    "\n",
    "\t",
    "\a",
    "\f",
    "<w:pict><w:txbxContent>",  # a paragraph inside a paragraph's text box
    "</w:txbxContent></w:pict>",
]


def it_turns_breaks_and_tabs_into_word_elements_exactly_as_docxtpl_does() -> None:
    pick = random.Random(15)
    for _ in range(20_000):
        part = "".join(pick.choice(_PIECES) for _ in range(pick.randint(0, 24)))
        assert _resolve_listing(part) == DocxTemplate.resolve_listing(None, part), repr(part)


def it_leaves_a_part_without_breaks_or_tabs_as_it_was() -> None:
    part = '<w:p><w:r><w:t xml:space="preserve">Weekly</w:t></w:r></w:p>'
    assert _resolve_listing(part) is part
