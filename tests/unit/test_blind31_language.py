"""The language slips left on the blind held-out plans 153-162 (writer 31, measured on the
merged code of stop 31): each kind, with the sentence that showed it."""

from __future__ import annotations

from io import BytesIO

from docx import Document

from plangen.family.child_text import Notes
from plangen.family.child_told import without_fragments
from plangen.family.held_words import said
from plangen.family.worries import _named_then_verb

from ..language import _said
from .test_family_voice import family


def it_says_a_withheld_address_after_the_once() -> None:
    """Plan 158: "at his Nan Loveridge's trailer on the the address the social worker
    has"."""
    text = said("He sees him at his Nan's trailer on the [address not shared] each week.")
    assert text == "He sees him at his Nan's trailer on the address your lead worker has each week."
    assert said("The [address not shared] is safe.") == "The address your lead worker has is safe."


def it_leaves_out_a_what_it_can_mean_with_nothing_left_to_say() -> None:
    """Plan 158: "... His reading age is about 7. This can mean that." once what it
    means was held back whole."""
    text = said("His reading age is about 7. This can mean that [details not shared].")
    assert text == "His reading age is about 7."


def it_says_what_the_grown_ups_worry_that_i_did() -> None:
    """Plan 158's child's version: "The grown-ups are also worried about I missed much
    of my school.\""""
    notes = Notes()
    said_ = without_fragments(
        "The grown-ups are also worried about I missed much of my school.", notes
    )
    assert said_ == "The grown-ups are also worried that I missed much of my school."


def it_reads_a_name_with_an_age_in_brackets_then_a_verb_as_a_clause() -> None:
    """Plan 158's family version: "We are worried about Levi (10) missed much of his
    schooling."; now "because"."""
    who = family()
    child = who.child_names[0]
    assert _named_then_verb(f"{child} (10) missed much of his schooling", who)
    assert _named_then_verb(f"{child} (10 years old) missed school", who)
    assert not _named_then_verb(f"{child} (10) and his schooling", who)


def it_reads_lines_of_a_cell_as_lines() -> None:
    """Plan 162: the child's three quoted lines, one per line in the document, were read
    by the checker as one '"... mist.""I hate ..."' (the output was right)."""
    document = Document()
    run = document.add_paragraph().add_run('"It is like a red mist."')
    run.add_break()
    run.add_text('"I hate signing for her."')
    buffer = BytesIO()
    document.save(buffer)
    paragraph = Document(BytesIO(buffer.getvalue())).paragraphs[0]._p
    assert _said(paragraph) == '"It is like a red mist."\n"I hate signing for her."'
