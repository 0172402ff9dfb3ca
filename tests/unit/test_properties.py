"""Properties over the intake readers and the rules (hypothesis).

Whatever workbook, Word form or plan the strategies below build, plangen either makes
a plan and Word files that open, or says what is wrong with the input
(:class:`~plangen.errors.InputError`).  Any other exception is a bug: the CLI would
show the user a stack trace instead of a message.

The strategies start from the example plans in ``inputs/`` and break them: fields
replaced with arbitrary text (control characters, right-to-left marks, emoji, Jinja
and XML syntax, formulas), numbers, dates and empty cells; rows dropped and
duplicated.  Characters that the *writing* side (openpyxl, python-docx) refuses are
stripped before writing, since no real file can hold them; the plans built directly
keep them, since rendering must clean them itself.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.table import _Cell
from hypothesis import (
    HealthCheck,
    currently_in_test_context,
    event,
    given,
    reject,
    settings,
)
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.intake.blank import SHEETS, Rows, filled_workbook
from plangen.model import WITHHELD_CHILD, WITHHELD_PERSON, WITHHELD_PLAN, Plan
from plangen.pipeline import make_files
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import BETTY_XLSX, INPUTS, TEMPLATES, betty_rows

SETTINGS = Settings(templates=TEMPLATES)
OUT = Path("out")
# Each example reads a file and renders six documents; a few dozen of each kind keep
# the whole file well under a minute on two cores.  A plan strategy draws for every
# field of a plan, hence data_too_large.
PROPERTY = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Fragments that mean something to some stage: dates and timescales the rules read,
# names and words the intake matches, Jinja and XML syntax the renderer must escape,
# formulas and errors Excel shows, and characters Word must never see.
FRAGMENTS = [
    "01.03.23",
    "14/03/2023",
    "1st March 2023",
    "2023-03-01",
    "Age 7",
    "3 months",
    "6 weeks",
    "by 24/11/25",
    "Yes",
    "No",
    "CP Plan",
    "Child's Plan",
    "Early Help",
    "Weekly",
    "Achieved",
    "parents",
    "Melanie Andrews",
    " & ",
    "Risk factor:",
    "{{ plan }}",
    "{% if %}",
    "}}",
    "<w:p>",
    "&amp;",
    "]]>",
    "=1+1",
    "#REF!",
    "\r\n",
    "\t",
    "\x00",
    "\x0b",
    "\x1f",
    "\x7f",
    "\ufdd0",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\u200f",
    "\u202e",
    "\u0301",
    "\U0001f600",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "مرحبا",
    "שלום",
]
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def texts() -> st.SearchStrategy[str]:
    """Arbitrary text (no lone surrogates: Python strings that hold one cannot be
    encoded, and pydantic refuses them), mixed with the fragments above."""
    piece = st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS))
    return st.lists(piece, max_size=4).map("".join)


def writable(text: str) -> str:
    """``text`` less the characters XML 1.0 cannot hold, which openpyxl and python-docx
    refuse to write: the writing side's limit, not plangen's."""
    return _NOT_XML.sub("", text)


# -- a. workbooks ------------------------------------------------------------------------


def cell_values() -> st.SearchStrategy[object]:
    """Anything a person or another program can leave in a cell."""
    return st.one_of(
        st.none(),
        st.booleans(),
        texts().map(writable),
        st.integers(min_value=-(2**53), max_value=2**53),
        st.floats(),
        st.dates(),
        st.datetimes(),
    )


def kept_rows(count: int) -> st.SearchStrategy[list[int]]:
    """Which of ``count`` rows (or list items) are kept, in which order: all of them
    as they were, or some dropped, repeated or moved."""
    if count == 0:
        return st.just([])
    return st.one_of(
        st.just(list(range(count))),
        st.lists(st.integers(0, count - 1), max_size=count + 2),
    )


@st.composite
def workbook_rows(draw: st.DrawFn) -> Rows:
    """Betty's intake rows with the rows of one sheet dropped, repeated or moved (or,
    for Reviews and Confidential, rows of arbitrary values added), and a few cells
    anywhere overwritten.

    The damage is kept to a few places, and every row shares one case reference (any
    value, or none as in Betty's workbook), so that some examples still make a plan:
    damage everywhere would have every workbook refused before its later cells and
    the rules and renderer were reached.
    """
    betty = base_rows()
    reference = draw(st.one_of(st.none(), cell_values()))
    reordered = draw(st.sampled_from([None, *SHEETS]))
    rows: Rows = {}
    for table, (_, fields) in SHEETS.items():
        records = betty.get(table, [])
        if table != reordered:
            rows[table] = [dict(record) for record in records]
        elif records:
            rows[table] = [dict(records[i]) for i in draw(kept_rows(len(records)))]
        else:
            rows[table] = draw(st.lists(cell_edits(fields), min_size=1, max_size=2))
    filled = [table for table in rows if rows[table]]
    for _ in range(draw(st.integers(0, 4)) if filled else 0):
        table = draw(st.sampled_from(filled))
        draw(st.sampled_from(rows[table])).update(draw(cell_edits(SHEETS[table][1])))
    return {table: [{**row, "case_ref": reference} for row in kept] for table, kept in rows.items()}


def cell_edits(fields: list[str]) -> st.SearchStrategy[dict[str, object]]:
    """New values for one or two cells of a row (not its case reference)."""
    others = [field for field in fields if field != "case_ref"]
    return st.dictionaries(st.sampled_from(others), cell_values(), min_size=1, max_size=2)


@cache
def base_rows() -> Rows:
    """Betty's rows, loaded once (the strategies copy what they change)."""
    return betty_rows()


@PROPERTY
@given(rows=workbook_rows())
def it_reads_any_workbook_to_plans_or_input_errors(rows: Rows) -> None:
    with intake_file(filled_workbook(rows), ".xlsx") as path:
        plans = read_or_refuse(path)
    renders_valid_documents(plans)


# -- b. plans built directly -------------------------------------------------------------


@cache
def example_plans() -> tuple[Plan, ...]:
    """Every example plan in ``inputs/``: both kinds, reviews, plain words, withholdings."""
    plans = [entry for path in sorted(INPUTS.glob("*.xlsx")) for entry in read_plans(path)]
    assert all(isinstance(plan, Plan) for plan in plans)
    return tuple(plan for plan in plans if isinstance(plan, Plan))


@cache
def betty_plan() -> Plan:
    [plan] = read_plans(BETTY_XLSX)
    assert isinstance(plan, Plan)
    return plan


def mutate(draw: st.DrawFn, value: object) -> object:
    """``value`` (a plan's ``model_dump()``, or a part of it) with text, dates and
    flags replaced at random and list items dropped or repeated.

    A replacement that is blank where the original was not keeps the original: the
    model refuses a blank name, and this property is about plans that exist.
    """
    if type(value) is str:  # not the enums, which are str subclasses
        new = draw(texts()) if draw(st.booleans()) else value
        return new if new.strip() or not value.strip() else value
    if isinstance(value, bool):
        return draw(st.booleans())
    if isinstance(value, dt.date):
        return draw(st.one_of(st.just(value), st.dates()))
    if isinstance(value, list):
        return [mutate(draw, value[index]) for index in draw(kept_rows(len(value)))]
    if isinstance(value, dict):
        return {key: mutate(draw, item) for key, item in value.items()}
    return value


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """An example plan with its text, dates, flags and lists broken at random, and
    things withheld from the family that the broken plan still has."""
    base = draw(st.sampled_from(example_plans()))
    data = mutate(draw, base.model_dump(exclude={"confidential"}))
    assert isinstance(data, dict)
    data["confidential"] = draw(st.lists(withholdings(data), max_size=3))
    try:
        return Plan.model_validate(data)
    except ValidationError:  # a priority or age out of range after a list edit, say
        reject()


def withholdings(plan: dict[str, Any]) -> st.SearchStrategy[dict[str, object]]:
    """Something the plan (a ``model_dump()``) has, withheld from some of its people:
    the model refuses a withholding of anything else."""
    names = [person["name"] for person in plan["core_group"]]
    outcomes = [outcome for risk in plan["risks"] for outcome in risk["outcomes"]]
    counts = {
        "risk": len(plan["risks"]),
        "outcome": len(outcomes),
        "action": sum(len(outcome["actions"]) for outcome in outcomes),
    }
    numbered = [f"{noun} {n}" for noun, count in counts.items() for n in range(1, count + 1)]
    details = {"child": WITHHELD_CHILD, "plan": (*WITHHELD_PLAN, *numbered)}
    return st.sampled_from(["child", "plan", *names]).flatmap(
        lambda about: st.fixed_dictionaries(
            {
                "about": st.just(about),
                "detail": st.sampled_from(details.get(about, WITHHELD_PERSON)),
                "withheld_from": st.lists(st.sampled_from(names), max_size=2)
                if names
                else st.just([]),
            }
        )
    )


@PROPERTY
@given(plan=plans())
def it_checks_and_renders_any_plan(plan: Plan) -> None:
    renders_valid_documents([plan])


def it_checks_a_plan_dated_at_the_end_of_the_calendar() -> None:
    """Found by the plan property: timescales counted past 9999 crashed the rules."""
    rows = base_rows()
    plan_row = {**rows["plan"][0], "plan_date": "31.12.9999"}
    with intake_file(filled_workbook({**rows, "plan": [plan_row]}), ".xlsx") as path:
        plans = read_or_refuse(path)
    assert plans
    renders_valid_documents(plans)


def it_comments_on_text_xml_cannot_hold() -> None:
    """Found by the plan property: a finding quoting a control character (which a JSON
    intake can hold) made python-docx refuse the review comment."""
    record = betty_plan().model_dump(mode="json")
    record["child"]["name"] = "Betty\x1bSmith"
    with intake_file(json.dumps(record).encode(), ".json") as path:
        plans = read_or_refuse(path)
    assert plans
    renders_valid_documents(plans)


def it_refuses_to_withhold_a_detail_a_person_does_not_have() -> None:
    """Found by the plan property: a JSON intake could withhold any detail about a
    person, and the family version crashed on one it could not find."""
    record = betty_plan().model_dump(mode="json")
    record["confidential"] = [{"about": "Suzi Smith", "detail": "0"}]
    with intake_file(json.dumps(record).encode(), ".json") as path:
        [entry] = read_plans(path)
    assert isinstance(entry, InputError)


# -- c. Word forms -----------------------------------------------------------------------


@cache
def generated_plan_docx() -> bytes:
    """Betty's clean plan as plangen writes it: a Word form that reads back to her plan."""
    [(_, data)] = [
        (path, data)
        for path, data in make_files(betty_plan(), OUT, SETTINGS, [], versions=["plan"])
        if path.suffix == ".docx"
    ]
    return data


def table_cells(document: Any) -> list[_Cell]:
    """Every cell of every table, merged continuations included, in document order."""
    return [
        _Cell(tc, table)
        for table in document.tables
        for tc in table._tbl.iter(qn("w:tc"))  # nested tables too
    ]


@st.composite
def word_forms(draw: st.DrawFn) -> bytes:
    """Betty's generated plan with table cells retyped and table rows deleted."""
    document = Document(io.BytesIO(generated_plan_docx()))
    cells = table_cells(document)
    retyped = draw(st.dictionaries(st.integers(0, len(cells) - 1), texts(), max_size=8))
    for index, text in retyped.items():
        cells[index].text = writable(text)
    rows = [tr for table in document.tables for tr in table._tbl.tr_lst]
    for index in draw(st.sets(st.integers(0, len(rows) - 1), max_size=3)):
        rows[index].getparent().remove(rows[index])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@PROPERTY
@given(form=word_forms())
def it_reads_any_word_form_to_plans_or_input_errors(form: bytes) -> None:
    with intake_file(form, ".docx") as path:
        plans = read_or_refuse(path)
    renders_valid_documents(plans)


# -- the property itself -----------------------------------------------------------------


@contextmanager
def intake_file(data: bytes, suffix: str) -> Iterator[Path]:
    """``data`` as an intake file in a folder of its own, gone afterwards (hypothesis
    runs many examples in one test, so pytest's tmp_path would be shared)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"intake{suffix}"
        path.write_bytes(data)
        yield path


def read_or_refuse(path: Path) -> list[Plan]:
    """The plans read from ``path``; a file refused whole reads as none.

    Only :class:`InputError` may stop the reading, and each entry must be a plan or
    an :class:`InputError`; anything else propagates and fails the property.
    """
    try:
        entries = read_plans(path)
    except InputError:
        tally("the file refused whole")
        return []
    strays = [entry for entry in entries if not isinstance(entry, Plan | InputError)]
    assert not strays, strays
    plans = [entry for entry in entries if isinstance(entry, Plan)]
    tally("a plan read" if plans else "every plan refused")
    return plans


def tally(outcome: str) -> None:
    """Count what each property's examples came to (--hypothesis-show-statistics), so a
    strategy that only ever builds refused files shows."""
    if currently_in_test_context():
        event(outcome)


def renders_valid_documents(plans: list[Plan]) -> None:
    """Check each plan, make all its files, and open every Word document made."""
    for plan in plans:
        findings = check(plan, SETTINGS.rules)
        for path, data in make_files(plan, OUT, SETTINGS, findings):
            if path.suffix == ".docx":
                assert_valid_docx(data, path.name)


def assert_valid_docx(data: bytes, name: str) -> None:
    """Every XML part parses, and python-docx opens the whole (as Word would)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in archive.namelist():
            if part.endswith(".xml"):
                parse(archive.read(part), f"{name}: {part}")
    Document(io.BytesIO(data))


def parse(xml: bytes, where: str) -> None:
    try:
        etree.fromstring(xml)
    except etree.XMLSyntaxError as error:
        raise AssertionError(f"{where} is not well-formed XML: {error}") from None
