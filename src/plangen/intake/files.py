"""What a file really is, whatever its name says: so that a ``.xls`` or ``.csv``
renamed to ``.xlsx``, a password-protected workbook or a ``.doc`` renamed to ``.docx``
gets a message that says so, not a parser's stack trace."""

from __future__ import annotations

import zipfile
from pathlib import Path

from plangen.errors import InputError, Location

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_office_zip(path: Path, *, expected: str) -> None:
    """Raise :class:`InputError` unless ``path`` is a readable Office Open XML zip.

    ``expected`` names the kind of file wanted (``"an Excel workbook (.xlsx)"``).
    """
    where = Location(file=path.name)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror}", location=where) from None
    if not head:
        raise InputError(f"is empty (0 bytes); expected {expected}", location=where)
    if head.startswith(_OLE2):
        raise InputError(_ole2_problem(path, expected), location=where)
    if not zipfile.is_zipfile(path):
        kind = "a text or CSV file" if _looks_like_text(path) else "damaged or not an Office file"
        raise InputError(
            f"is {kind}, not {expected}; open it and save it again as {expected}",
            location=where,
        )


def _ole2_problem(path: Path, expected: str) -> str:
    data = path.read_bytes()
    if "EncryptionInfo".encode("utf-16-le") in data:
        return (
            "is protected with a password; plangen cannot read it. "
            f"Remove the password (File > Info > Protect) and save it as {expected}"
        )
    if "WordDocument".encode("utf-16-le") in data:
        return f"is an old Word document (.doc), not {expected}; save it again as .docx"
    return f"is an old Excel workbook (.xls), not {expected}; open it in Excel and save it as .xlsx"


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as stream:
        sample = stream.read(2048)
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in sample
