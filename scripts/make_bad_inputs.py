"""Write the corpus of bad and hostile intake files in ``tests/bad_inputs/``.

Each case is a file and what plangen must do with it: the command, the exit status and
the words of its message (``cases.toml``, written beside the files).  Cases marked
``large`` (a zip bomb, a 50 MB cell, 100,000 formatted rows ...) are not kept in git:
the tests build them in a temporary folder with :func:`build`.

Run: ``.venv/bin/python scripts/make_bad_inputs.py [NAME ...]`` (after changing a case;
with names, only those files are written again).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from openpyxl import Workbook
from openpyxl.workbook.workbook import Workbook as WorkbookType

from plangen.intake.blank import SHEETS, Rows, blank_workbook, workbook_bytes

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "bad_inputs"
MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One bad input and what plangen must do with it."""

    name: str  # the file name
    about: str  # what is wrong with it, for the README and the test ids
    build: Callable[[], bytes]
    exit: int  # status of `plangen generate FILE` (or of `command`)
    says: list[str] = field(default_factory=list)  # the message holds each of these
    command: str = "generate"
    large: bool = False  # built at test time, not kept in git


# -- the good inputs every case starts from --------------------------------------------


@cache
def _examples() -> object:
    spec = importlib.util.spec_from_file_location(
        "make_examples", ROOT / "scripts/make_examples.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def betty() -> Rows:
    rows: Rows = copy.deepcopy(_examples().BETTY)  # type: ignore[attr-defined]
    return rows


def workbook(rows: Rows) -> WorkbookType:
    """The intake workbook holding ``rows`` (as ``filled_workbook``, but still open)."""
    book = blank_workbook()
    for table, records in rows.items():
        title, fields = SHEETS[table]
        for r, record in enumerate(records, start=2):
            for c, name in enumerate(fields, start=1):
                if name in record:
                    book[title].cell(row=r, column=c, value=record[name])
    return book


def xlsx(rows: Rows | None = None, change: Callable[[Workbook], None] | None = None) -> bytes:
    book = workbook(betty() if rows is None else rows)
    if change is not None:
        change(book)
    return workbook_bytes(book)


def with_betty(change: Callable[[Rows], None]) -> Callable[[], bytes]:
    def build() -> bytes:
        rows = betty()
        change(rows)
        return xlsx(rows)

    return build


@cache
def form() -> bytes:
    """Betty's plan as a Word form (a generated plan reads back as intake)."""
    from plangen.intake import read_plans
    from plangen.model import Plan
    from plangen.pipeline import make_files
    from plangen.settings import Settings

    [plan] = read_plans(ROOT / "inputs" / "betty-smith.xlsx")
    assert isinstance(plan, Plan)
    settings = Settings(templates=ROOT / "templates")
    files = make_files(plan, Path("/nowhere"), settings, [], versions=["plan"])
    return next(data for path, data in files if path.name.endswith("-cp-plan.docx"))


def rezip(
    data: bytes,
    *,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    edit: Callable[[str, bytes], bytes] | None = None,
) -> bytes:
    """``data`` (a zip) with parts replaced, added, dropped or edited."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            body = (replace or {}).get(info.filename, source.read(info))
            if edit is not None:
                body = edit(info.filename, body)
            target.writestr(info.filename, body, zipfile.ZIP_DEFLATED)
        for name, body in (add or {}).items():
            target.writestr(name, body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def sheet_part(book: bytes, title: str) -> str:
    """The zip part name of the sheet called ``title``."""
    names = re.findall(rb'<sheet [^>]*name="([^"]+)"', part(book, "xl/workbook.xml"))
    return f"xl/worksheets/sheet{[n.decode() for n in names].index(title) + 1}.xml"


def edit_sheet(title: str, change: Callable[[str], str], book: bytes | None = None) -> bytes:
    data = book or xlsx()
    name = sheet_part(data, title)
    return rezip(data, replace={name: change(part(data, name).decode()).encode()})


def edit_document(change: Callable[[str], str]) -> bytes:
    data = form()
    return rezip(
        data,
        replace={"word/document.xml": change(part(data, "word/document.xml").decode()).encode()},
    )


# -- damaged and disguised files ----------------------------------------------------------


def ole2(marker: str) -> bytes:
    """An old-format (OLE2 compound) file: .xls, .doc, or a password-protected one."""
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + marker.encode("utf-16-le") + b"\0" * 512
    )


def flip_middle(data: bytes) -> bytes:
    """``data`` with bytes in the middle of the largest compressed part changed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        biggest = max(archive.infolist(), key=lambda i: i.compress_size)
    start = biggest.header_offset + 30 + len(biggest.filename) + biggest.compress_size // 2
    return data[:start] + bytes(b ^ 0x5A for b in data[start : start + 64]) + data[start + 64 :]


def lying_sizes(data: bytes) -> bytes:
    """A zip whose directory says a part is 1,000 bytes, but whose data inflates to 300 MB."""
    name = b"xl/media/big.xml"
    raw = bytearray(rezip(data, add={name.decode(): b"\0" * (300 * MB)}))
    local = raw.rfind(b"PK\x03\x04", 0, raw.find(name))
    central = raw.rfind(b"PK\x01\x02", 0, raw.rfind(name))
    for at in (local + 22, central + 24):  # the uncompressed size field of each header
        raw[at : at + 4] = (1000).to_bytes(4, "little")
    return bytes(raw)


def bomb(total_mb: int, parts: int = 1) -> Callable[[], bytes]:
    def build() -> bytes:
        zeros = b"0" * (total_mb * MB // parts)
        return rezip(xlsx(), add={f"xl/media/bomb{n}.xml": zeros for n in range(parts)})

    return build


def encrypted_part() -> bytes:
    raw = bytearray(xlsx())
    # set the "encrypted" flag of the first part in the central directory
    at = raw.find(b"PK\x01\x02")
    raw[at + 8] |= 0x01
    return bytes(raw)


XXE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
)
LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def declare(xml: str, declaration: str, entity: str) -> str:
    body = re.sub(r"^<\?xml[^>]*\?>\s*", "", xml)
    return declaration + body.replace("Betty Smith", entity, 1).replace("Plan", entity, 1)


# -- workbook cases ---------------------------------------------------------------------


def macro_workbook() -> bytes:
    data = xlsx()
    types = part(data, "[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ).replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels = (
        part(data, "xl/_rels/workbook.xml.rels")
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/'
            'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
        )
    )
    vba = (
        ole2("VBA") + b'Attribute VB_Name = "Module1"\nSub Auto_Open()\nShell "calc.exe"\nEnd Sub\n'
    )
    return rezip(
        data,
        replace={
            "[Content_Types].xml": types.encode(),
            "xl/_rels/workbook.xml.rels": rels.encode(),
        },
        add={"xl/vbaProject.bin": vba},
    )


def risks_cell(row: int, column: str, xml: str) -> Callable[[], bytes]:
    """Betty's workbook with one cell of the risks sheet written as raw XML."""

    def change(sheet: str) -> str:
        return re.sub(rf'<c r="{column}{row}"[^>]*?(/>|>.*?</c>)', xml, sheet, count=1, flags=re.S)

    return lambda: edit_sheet("Risks and actions", change)


def formula_no_result(book: Workbook) -> None:
    book["Risks and actions"]["J2"] = '=UPPER("weekly")'


def merged_headers(book: Workbook) -> None:
    sheet = book["Risks and actions"]
    sheet.insert_rows(1)
    sheet["A1"] = "Risks and what will be done about them"
    sheet.merge_cells("A1:H1")
    sheet.merge_cells(start_row=2, start_column=5, end_row=2, end_column=5)


def hide(title: str, state: str = "hidden") -> Callable[[Workbook], None]:
    def change(book: Workbook) -> None:
        book[title].sheet_state = state

    return change


def hidden_lookup(book: Workbook) -> None:
    sheet = book.create_sheet("Lookup")
    sheet["A1"] = "Old list"
    sheet.sheet_state = "hidden"


def confidential_hidden() -> bytes:
    rows = betty()
    rows["confidential"] = [
        {"about": "Suzi Smith", "detail": "Address", "withheld_from": "Tom Smith"}
    ]
    return xlsx(rows, hide("Confidential"))


def empty_formatted_rows(count: int) -> Callable[[], bytes]:
    def change(sheet: str) -> str:
        rows = "".join(
            f'<row r="{n}" s="1" customFormat="1"><c r="A{n}" s="1"/></row>'
            for n in range(10, 10 + count)
        )
        return sheet.replace("</sheetData>", rows + "</sheetData>")

    return lambda: edit_sheet("Risks and actions", change)


def far_row(sheet: str) -> str:
    return sheet.replace(
        "</sheetData>",
        '<row r="1048576"><c r="Z1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    )


def people(count: int) -> Callable[[], bytes]:
    def build() -> bytes:
        rows = betty()
        rows["people"] += [
            {"name": f"Worker {n}", "role": "Family Support Worker"} for n in range(count)
        ]
        return xlsx(rows)

    return build


def long_cell(chars: int) -> Callable[[], bytes]:
    def change(sheet: str) -> str:
        text = ("Betty needs " * (chars // 12 + 1))[:chars]
        return re.sub(
            r'<c r="E2"[^>]*?(/>|>.*?</c>)',
            f'<c r="E2" t="inlineStr"><is><t>{text}</t></is></c>',
            sheet,
            count=1,
            flags=re.S,
        )

    return lambda: edit_sheet("Risks and actions", change)


def control_characters(rows: Rows) -> None:
    rows["risks"][0]["action"] = "Stabilise parents\u200b on methadone\ufeff Programme"


def raw_control_characters() -> bytes:
    def change(sheet: str) -> str:
        return re.sub(
            r'<c r="E2"[^>]*?(/>|>.*?</c>)',
            '<c r="E2" t="inlineStr"><is><t>Stabilise_x0007_ parents_x001B_ on '
            "methadone_x0000_ Programme</t></is></c>",
            sheet,
            count=1,
            flags=re.S,
        )

    return edit_sheet("Risks and actions", change)


def right_to_left(rows: Rows) -> None:
    rows["people"].append(
        {
            "name": "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621",
            "role": "Interpreter",
            "agency": "Language Line",
        }
    )
    rows["people"].append(
        {
            "name": "\u05e9\u05e8\u05d4 \u05dc\u05d5\u05d9",
            "role": "Family Support Worker",
            "agency": "Families Together",
        }
    )
    rows["plan"][0]["child_views"] = (
        "Betty says school is good \U0001f60a and she misses her dog \U0001f436"
    )
    rows["risks"][2]["responsible"] = (
        "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621"
    )


def dates_as_text(rows: Rows) -> None:
    rows["plan"][0]["plan_date"] = "1st March 2023"
    rows["plan"][0]["next_core_group"] = "14/03/2023 at 10:00, Elm Grove School"
    rows["plan"][0]["date_of_birth"] = "2016-05-04"


def excel_dates(book: Workbook) -> None:
    import datetime as dt

    book["Plan"]["E2"] = dt.datetime(2023, 3, 1)


def duplicate_person(rows: Rows) -> None:
    rows["people"].append(dict(rows["people"][2]))


def spelled_two_ways(rows: Rows) -> None:
    rows["risks"][0]["responsible"] = "Melanie Andrew & parents"


def set_field(table: str, index: int, name: str, value: object) -> Callable[[Rows], None]:
    def change(rows: Rows) -> None:
        rows[table][index][name] = value

    return change


def drop_sheet(title: str) -> Callable[[Workbook], None]:
    def change(book: Workbook) -> None:
        del book[title]

    return change


def drop_column(title: str, column: str) -> Callable[[Workbook], None]:
    def change(book: Workbook) -> None:
        book[title][f"{column}1"] = None

    return change


def two_plans_one_ref(rows: Rows) -> None:
    for table in rows.values():
        for row in table:
            row["case_ref"] = "CP-001"
    rows["plan"].append({"case_ref": "CP-001", "child_name": "Sam Green", "plan_date": "02.03.23"})


# -- Word form cases ----------------------------------------------------------------------


def empty_document() -> bytes:
    from docx import Document

    out = io.BytesIO()
    Document().save(out)
    return out.getvalue()


def without_risks_table() -> bytes:
    from docx import Document

    document = Document(io.BytesIO(form()))
    for table in document.tables:
        if "Risk" in table.rows[0].cells[0].text:
            table._element.getparent().remove(table._element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def form_cell(text: str) -> Callable[[], bytes]:
    """Betty's form with the date of plan cell replaced."""

    def build() -> bytes:
        from docx import Document

        document = Document(io.BytesIO(form()))
        document.tables[0].cell(1, 3).text = text
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return build


def huge_grid_span(xml: str) -> str:
    return xml.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="999999999"/>', 1)


def bad_grid_span(xml: str) -> str:
    return xml.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="two"/>', 1)


def slip_names() -> bytes:
    return rezip(
        form(), add={"../../../tmp/plangen-escaped.txt": b"escaped", "/etc/plangen.txt": b"x"}
    )


# -- the corpus -------------------------------------------------------------------------

UNREADABLE_XLSX = "is not a readable Excel workbook"
UNREADABLE_DOCX = "is not a readable Word document"
DAMAGED = "is damaged"
ENTITIES = "declares XML entities"


def _json(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


@cache
def plan_json() -> str:
    from plangen.intake import read_plans

    [plan] = read_plans(ROOT / "inputs" / "betty-smith.xlsx")
    return plan.model_dump_json()  # type: ignore[union-attr]


def json_edit(old: str, new: str, encoding: str = "utf-8") -> Callable[[], bytes]:
    return lambda: plan_json().replace(old, new, 1).encode(encoding, "replace")


CASES: list[Case] = [
    # files that are not what their name says, or are cut short or corrupt
    Case("empty.xlsx", "0 bytes", lambda: b"", 2, ["empty.xlsx: is empty (0 bytes)"]),
    Case("empty.docx", "0 bytes", lambda: b"", 2, ["empty.docx: is empty (0 bytes)"]),
    Case(
        "csv-renamed.xlsx",
        "a CSV file renamed",
        lambda: b"Child's name,Date of plan\nBetty Smith,01.03.23\n",
        2,
        ["is a text or CSV file, not an Excel workbook"],
    ),
    Case(
        "xls-renamed.xlsx",
        "an old .xls renamed",
        lambda: ole2("Workbook"),
        2,
        ["is an old Excel workbook (.xls)"],
    ),
    Case(
        "doc-renamed.docx",
        "an old .doc renamed",
        lambda: ole2("WordDocument"),
        2,
        ["is an old Word document (.doc)"],
    ),
    Case(
        "password.xlsx",
        "password-protected",
        lambda: ole2("EncryptionInfo"),
        2,
        ["is protected with a password"],
    ),
    Case(
        "random-bytes.docx",
        "not an Office file at all",
        lambda: bytes(range(256)) * 40,
        2,
        ["is damaged or not an Office file"],
    ),
    Case(
        "truncated-half.xlsx",
        "cut off half way",
        lambda: xlsx()[: len(xlsx()) // 2],
        2,
        [DAMAGED, "cut short"],
    ),
    Case(
        "truncated-end.docx",
        "its last 200 bytes missing",
        lambda: form()[:-200],
        2,
        [DAMAGED, "cut short"],
    ),
    Case(
        "corrupt-part.xlsx",
        "bytes changed inside a compressed part",
        lambda: flip_middle(xlsx()),
        2,
        [DAMAGED],
    ),
    Case(
        "corrupt-part.docx",
        "bytes changed inside a compressed part",
        lambda: flip_middle(form()),
        2,
        [DAMAGED],
    ),
    Case(
        "encrypted-part.xlsx",
        "a zip part flagged as encrypted",
        encrypted_part,
        2,
        ["has an encrypted part"],
    ),
    Case(
        "no-workbook-part.xlsx",
        "a zip without xl/workbook.xml",
        lambda: rezip(xlsx(), drop=("xl/workbook.xml",)),
        2,
        [UNREADABLE_XLSX],
    ),
    Case(
        "no-document-part.docx",
        "a zip without word/document.xml",
        lambda: rezip(form(), drop=("word/document.xml",)),
        2,
        [UNREADABLE_DOCX],
    ),
    Case(
        "broken-sheet-xml.xlsx",
        "a sheet that is not well-formed XML",
        lambda: edit_sheet("Core group", lambda x: x.replace("</sheetData>", "<row>")),
        2,
        [UNREADABLE_XLSX],
    ),
    Case(
        "broken-document-xml.docx",
        "a document that is not well-formed XML",
        lambda: edit_document(lambda x: x[: len(x) // 2]),
        2,
        [UNREADABLE_DOCX],
    ),
    Case(
        "bad-row-number.xlsx",
        "a row numbered 'abc'",
        lambda: edit_sheet("Core group", lambda x: x.replace('<row r="2"', '<row r="abc"', 1)),
        2,
        [UNREADABLE_XLSX],
    ),
    Case(
        "zip-slip-names.docx",
        "parts named ../../tmp/... (never extracted)",
        slip_names,
        0,
        ["wrote"],
    ),
    Case(
        "fuzz-garbled-part-name.docx",
        "found by the fuzzer: a part name that is not UTF-8 in its local header",
        lambda: (ROOT / "fuzz/crashes/crash-3a72707bb67820192737af8195eaf3d5fa2146ac").read_bytes(),
        2,
        [DAMAGED, "a part's name is garbled"],
    ),
    Case(
        "fuzz-multiple-disks.xlsx",
        "found by the fuzzer: a zip that claims to span several disks",
        lambda: (ROOT / "fuzz/crashes/crash-82fef1f1150c81b9baa754a85b7be578287caf78").read_bytes(),
        2,
        [DAMAGED, "span multiple disks"],
    ),
    Case(
        "withheld-unknown-detail.json",
        "a detail withheld that a person does not have (it would be shared)",
        json_edit('"confidential":[]', '"confidential":[{"about":"Suzi Smith","detail":"0"}]'),
        2,
        [
            'confidential item 1, "Detail" (confidential[1].detail): "0" is not a detail '
            "that can be withheld"
        ],
    ),
    Case(
        "withheld-unknown-person.json",
        "a detail withheld about someone not in the core group",
        json_edit('"confidential":[]', '"confidential":[{"about":"Dean","detail":"address"}]'),
        2,
        ["confidential item 1: is about no one in the core group"],
    ),
    Case("not-json.json", "not JSON", _json("{plan: Betty}"), 2, ["is not valid JSON"]),
    Case("empty.json", "0 bytes", _json(""), 2, ["is not valid JSON"]),
    Case(
        "utf16.json",
        "UTF-16 text (JSON allows it: read)",
        lambda: plan_json().encode("utf-16"),
        0,
        ["wrote"],
    ),
    Case(
        "latin-1.json",
        "a name in Latin-1, not UTF-8",
        json_edit('"Betty Smith"', '"Zo\u00eb Smith"', "latin-1"),
        2,
        ["is not valid JSON (it is not UTF-8 text)"],
    ),
    Case(
        "deep.json",
        "nested 100,000 deep",
        _json("[" * 100_000 + "]" * 100_000),
        2,
        ["is not JSON plangen can read"],
    ),
    Case(
        "huge-number.json",
        "a 5,000-digit number",
        _json('{"plan_date": ' + "9" * 5000 + "}"),
        2,
        ["is not JSON plangen can read"],
    ),
    Case(
        "wrong-types.json",
        "a plan date that is a number",
        json_edit('"plan_date":"2023-03-01"', '"plan_date":5'),
        2,
        ["plan_date"],
    ),
    Case(
        "unknown-field.json",
        "a field the model does not have",
        json_edit('"kind"', '"password":"x","kind"'),
        2,
        ["password: is not a field plangen knows"],
    ),
    Case(
        "long-string.json",
        "a 40,000-character field",
        json_edit('"step_down":""', '"step_down":"' + "a" * 40_000 + '"'),
        2,
        ["step_down holds 40,000 characters, more than the 32,767"],
    ),
    # zip bombs and entity attacks
    Case(
        "zip-bomb.xlsx",
        "one part inflating to 300 MB",
        bomb(300),
        2,
        [
            "would inflate (its part xl/media/bomb0.xml) to 300 MB, more than the 200 MB",
            "did not unpack it",
        ],
        large=True,
    ),
    Case(
        "zip-bomb-many.xlsx",
        "ten parts inflating to 250 MB together",
        bomb(250, parts=10),
        2,
        ["would inflate (its parts) to 250 MB"],
        large=True,
    ),
    Case(
        "zip-lying-size.xlsx",
        "a part whose declared size is 1,000 bytes but inflates to 300 MB",
        lambda: lying_sizes(xlsx()),
        2,
        [DAMAGED],
        large=True,
    ),
    Case(
        "xxe.docx",
        "an external entity reading /etc/passwd",
        lambda: edit_document(lambda x: declare(x, XXE, "&secret;")),
        2,
        [ENTITIES, "word/document.xml"],
    ),
    Case(
        "billion-laughs.docx",
        "entities that expand to a billion 'lol's",
        lambda: edit_document(lambda x: declare(x, LAUGHS, "&lol9;")),
        2,
        [ENTITIES],
    ),
    Case(
        "xxe-header.docx",
        "an external entity in the content types",
        lambda: rezip(
            form(),
            edit=lambda n, b: (
                (XXE + b.decode().split("?>", 1)[1]).encode() if n == "[Content_Types].xml" else b
            ),
        ),
        2,
        [ENTITIES, "[Content_Types].xml"],
    ),
    Case(
        "utf16-entities.docx",
        "entity declarations in UTF-16",
        lambda: rezip(
            form(),
            edit=lambda n, b: (
                declare(b.decode(), XXE.replace("UTF-8", "UTF-16"), "&secret;").encode("utf-16-le")
                if n == "word/document.xml"
                else b
            ),
        ),
        2,
        [ENTITIES],
    ),
    Case(
        "xxe.xlsx",
        "an external entity in the workbook part",
        lambda: rezip(
            xlsx(),
            edit=lambda n, b: (
                declare(b.decode(), XXE, "&secret;").encode() if n == "xl/workbook.xml" else b
            ),
        ),
        2,
        [ENTITIES, "xl/workbook.xml"],
    ),
    Case(
        "billion-laughs.xlsx",
        "entities that expand in a sheet",
        lambda: edit_sheet("Plan", lambda x: declare(x, LAUGHS, "&lol9;")),
        2,
        [ENTITIES],
    ),
    # what Excel users do
    Case(
        "macros.xlsm",
        "a macro-enabled workbook with an Auto_Open macro (read, never run)",
        macro_workbook,
        0,
        ["wrote"],
    ),
    Case(
        "formula-no-result.xlsx",
        "a formula whose result was never saved",
        lambda: xlsx(change=formula_no_result),
        2,
        [
            'sheet "Risks and actions", row 2, "Frequency of contact": holds a formula '
            "whose result was never saved"
        ],
    ),
    Case(
        "formula-with-result.xlsx",
        "a formula with its saved result (used)",
        risks_cell(2, "J", '<c r="J2" t="str"><f>UPPER("weekly")</f><v>WEEKLY</v></c>'),
        0,
        ["wrote"],
    ),
    Case(
        "excel-error.xlsx",
        "a cell holding #REF!",
        risks_cell(2, "B", '<c r="B2" t="e"><f>#REF!</f><v>#REF!</v></c>'),
        2,
        ['"Risk factor": holds the Excel error "#REF!"'],
    ),
    Case(
        "merged-headers.xlsx",
        "a merged title row above merged header cells",
        lambda: xlsx(change=merged_headers),
        0,
        ["wrote"],
    ),
    Case(
        "hidden-confidential.xlsx",
        "the Confidential sheet hidden",
        confidential_hidden,
        2,
        ['sheet "Confidential": is hidden; plangen reads only the sheets you can see'],
    ),
    Case(
        "very-hidden-people.xlsx",
        "the Core group sheet 'very hidden'",
        lambda: xlsx(change=hide("Core group", "veryHidden")),
        2,
        ['sheet "Core group": is hidden'],
    ),
    Case(
        "hidden-lookup.xlsx",
        "a hidden sheet plangen does not read",
        lambda: xlsx(change=hidden_lookup),
        0,
        ["wrote"],
    ),
    Case(
        "empty-formatted-rows.xlsx",
        "100,000 empty formatted rows",
        empty_formatted_rows(100_000),
        0,
        ["wrote"],
        large=True,
    ),
    Case(
        "far-row.xlsx",
        "a cell in row 1,048,576",
        lambda: edit_sheet("Risks and actions", far_row),
        0,
        ["wrote"],
    ),
    Case(
        "too-many-people.xlsx",
        "10,001 people in the core group",
        people(10_001),
        2,
        ['sheet "Core group": has more than 10,000 filled rows'],
        large=True,
    ),
    Case(
        "huge-cell.xlsx",
        "a 50 MB cell",
        long_cell(50 * MB),
        2,
        ['"Action required": holds 52,428,800 characters, more than the 32,767'],
        large=True,
    ),
    Case(
        "long-cell.xlsx",
        "a 40,000-character cell",
        long_cell(40_000),
        2,
        ['"Action required": holds 40,000 characters'],
    ),
    Case(
        "invisible-characters.xlsx",
        "zero-width and byte-order characters in text",
        with_betty(control_characters),
        0,
        ["wrote"],
    ),
    Case(
        "control-characters.xlsx",
        "BEL, ESC and NUL written as _x0007_ escapes",
        raw_control_characters,
        0,
        ["wrote"],
    ),
    Case(
        "control-characters.json",
        "BEL, ESC and NUL in a text",
        json_edit('"child_views":""', '"child_views":"Betty\\u0007 says\\u001b hi\\u0000 there"'),
        0,
        ["wrote"],
    ),
    Case(
        "lone-surrogate.json",
        "half of a UTF-16 pair in a text",
        json_edit('"child_views":""', '"child_views":"Betty \\ud800 there"'),
        2,
        ['"Child\'s views" (child_views): Input should be a valid string'],
    ),
    Case(
        "right-to-left-and-emoji.xlsx",
        "Arabic and Hebrew names, emoji",
        with_betty(right_to_left),
        0,
        ["wrote"],
    ),
    Case(
        "dates-as-text.xlsx",
        "every date typed as text, in different forms",
        with_betty(dates_as_text),
        0,
        ["wrote"],
    ),
    Case(
        "dates-as-dates.xlsx",
        "a date typed as an Excel date",
        lambda: xlsx(change=excel_dates),
        0,
        ["wrote"],
    ),
    Case(
        "duplicate-person.xlsx",
        "Melanie Andrews listed twice",
        with_betty(duplicate_person),
        2,
        ['sheet "Core group", row 9, "Name": [hidden] is already listed in row 4'],
    ),
    Case(
        "spelled-two-ways.xlsx",
        "'Melanie Andrew' responsible, 'Melanie Andrews' in the core group",
        with_betty(spelled_two_ways),
        1,
        ["PLAN-07", "spelled another way"],
        command="check",
    ),
    # ordinary mistakes, each located
    Case(
        "no-people-sheet.xlsx",
        "the Core group sheet deleted",
        lambda: xlsx(change=drop_sheet("Core group")),
        2,
        ['has no sheet "Core group"'],
    ),
    Case(
        "no-action-column.xlsx",
        "the Action required header cleared",
        lambda: xlsx(change=drop_column("Risks and actions", "E")),
        2,
        ['row 2, "Action required": is empty but Person responsible'],
    ),
    Case(
        "impossible-date.xlsx",
        "31 February",
        with_betty(set_field("plan", 0, "plan_date", "31.02.23")),
        2,
        ['"Date of plan": [hidden] is not a date (there is no such day)'],
    ),
    Case(
        "not-a-date.xlsx",
        "'next Tuesday'",
        with_betty(set_field("plan", 0, "next_core_group", "next Tuesday")),
        2,
        ['"Date of next core group": [hidden] is not a date'],
    ),
    Case(
        "unknown-plan-type.xlsx",
        "'Care plan'",
        with_betty(set_field("plan", 0, "kind", "Care plan")),
        2,
        ['"Plan type": "Care plan" is not a plan type'],
    ),
    Case(
        "not-yes-no.xlsx",
        "'perhaps' for present",
        with_betty(set_field("people", 2, "present", "perhaps")),
        2,
        ['"Present": "perhaps" is not a Yes or No answer'],
    ),
    Case(
        "no-child-name.xlsx",
        "the child's name blank",
        with_betty(set_field("plan", 0, "child_name", "  ")),
        2,
        ["the Child's name is required"],
    ),
    Case(
        "one-ref-two-plans.xlsx",
        "two plans with one case reference",
        with_betty(two_plans_one_ref),
        2,
        ["is used for two plans"],
    ),
    Case(
        "empty-form.docx",
        "a Word document with nothing in it",
        empty_document,
        2,
        ["is an empty document"],
    ),
    Case(
        "form-without-risks.docx",
        "a Word form missing its risks table",
        without_risks_table,
        2,
        ["table"],
    ),
    Case(
        "form-bad-date.docx",
        "a date of plan that is not a date",
        form_cell("the first of March"),
        2,
        ['table "CHILD PROTECTION PLAN", row 2, "Date of plan": [hidden] is not a date'],
    ),
    Case(
        "form-huge-span.docx",
        "a cell spanning 999,999,999 columns (read as 100)",
        lambda: edit_document(huge_grid_span),
        2,
        ['has no "Child\'s name" column'],
    ),
    Case(
        "form-bad-span.docx",
        "a cell spanning 'two' columns",
        lambda: edit_document(bad_grid_span),
        0,
        ["wrote"],
    ),
    Case(
        "form-long-cell.docx",
        "a 40,000-character cell in a Word form",
        form_cell("1" * 40_000),
        2,
        ["holds 40,000 characters, more than the 32,767"],
    ),
    Case(
        "too-big.docx",
        "21 MB on disk",
        lambda: rezip(form(), add={"word/media/noise.bin": bytes(range(256)) * (21 * MB // 256)}),
        2,
        ["is 21.", "MB, more than the 20 MB plangen reads"],
        large=True,
    ),
]


def _round(name: str) -> list[Case]:
    """The cases of ``scripts/NAME.py`` (round two ``hostile_inputs``, round three
    ``council_inputs``), built with this module's helpers."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: list[Case] = module.cases(sys.modules[__name__])
    return cases


CASES += _round("hostile_inputs") + _round("council_inputs")


def build(case: Case, folder: Path) -> Path:
    """Write ``case``'s file into ``folder`` and return its path."""
    path = folder / case.name
    data = case.build()
    if case.name == "too-big.docx":  # stored, so that it is big on disk
        data = _stored(data)
    path.write_bytes(data)
    return path


def _stored(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
    return out.getvalue()


def _toml(cases: list[Case]) -> str:
    def quote(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [
        "# Written by scripts/make_bad_inputs.py: each bad input and what plangen must do.",
        "",
    ]
    for case in cases:
        lines += [
            "[[case]]",
            f"file = {quote(case.name)}",
            f"about = {quote(case.about)}",
            f"command = {quote(case.command)}",
            f"exit = {case.exit}",
            f"says = [{', '.join(quote(s) for s in case.says)}]",
            f"large = {'true' if case.large else 'false'}",
            "",
        ]
    return "\n".join(lines)


def main(names: list[str]) -> int:
    """Write every kept case (or only those named), and ``cases.toml``."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        if not case.large and (not names or case.name in names):
            build(case, FOLDER)
    (FOLDER / "cases.toml").write_text(_toml(CASES), encoding="utf-8")
    print(f"{len(CASES)} cases ({sum(c.large for c in CASES)} built at test time) in {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
