"""What a file really is, whatever its name says, and whether it is safe to open.

So that a ``.xls`` or ``.csv`` renamed to ``.xlsx``, a password-protected workbook or a
``.doc`` renamed to ``.docx`` gets a message that says so, not a parser's stack trace;
and so that a zip bomb, a truncated or corrupt zip, or XML that declares entities
(external entities, "billion laughs") is refused before any XML parser sees it.
"""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from pathlib import Path

from plangen.errors import InputError, Location
from plangen.intake.limits import DEFAULT_LIMITS, MB, Limits

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Word and Excel never write a document type declaration; one in an Office part can
# only define entities (to read local files, or to expand past any memory).  Every part
# is searched whatever its name (a sheet can be stored as "sheet2.dat" and still be
# parsed as XML): for the words in UTF-8, and in the encoding its first bytes choose
# (as an XML parser chooses it: XML 1.0, appendix F).
_WORDS = ("<!DOCTYPE", "<!ENTITY")
_ENCODINGS = (  # (first bytes, encoding): byte-order marks, then "<" in each encoding
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
)
_CHUNK = 1 << 16


def _declarations(head: bytes) -> tuple[bytes, ...]:
    """The declaration words to look for in a part that starts with ``head``."""
    found = next((encoding for start, encoding in _ENCODINGS if head.startswith(start)), None)
    encodings = ("utf-8",) if found is None else ("utf-8", found)
    return tuple(word.encode(encoding) for word in _WORDS for encoding in encodings)


def check_size(path: Path, limits: Limits) -> None:
    """Raise :class:`InputError` when ``path`` is larger than the file size limit."""
    where = Location(file=path.name)
    try:
        status = path.stat()
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror}", location=where) from None
    if not stat.S_ISREG(status.st_mode):  # a pipe or a device would never end
        raise InputError(
            "is not a file (a folder, pipe or device); name an intake file", location=where
        )
    size = status.st_size
    if size > limits.max_file_bytes:
        raise InputError(
            f"is {size / MB:,.1f} MB, more than the {limits.max_file_mb:g} MB plangen reads "
            "from one intake file (limits.max_file_mb in plangen.toml)",
            location=where,
        )


def check_office_zip(
    path: Path, *, expected: str, limits: Limits = DEFAULT_LIMITS, max_tags: int | None = None
) -> None:
    """Raise :class:`InputError` unless ``path`` is a readable, safe Office Open XML zip.

    ``expected`` names the kind of file wanted (``"an Excel workbook (.xlsx)"``).  With
    ``max_tags``, an XML part holding more tags than that is refused too: for a reader
    that builds a part's whole tree in memory (python-docx does), what bounds its cost.
    """
    where = Location(file=path.name)
    check_size(path, limits)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror}", location=where) from None
    if not head:
        raise InputError(f"is empty (0 bytes); expected {expected}", location=where)
    if head.startswith(_OLE2):
        raise InputError(_ole2_problem(path, expected), location=where)
    try:
        is_zip = zipfile.is_zipfile(path)
    except zipfile.BadZipFile as error:  # is_zipfile itself raises for a few: "multiple disks"
        raise InputError(_damaged(expected, _why(error)), location=where) from None
    if not is_zip:
        if head.startswith(b"PK\x03\x04"):  # a zip, but its directory at the end is gone
            raise InputError(_damaged(expected, "the file is cut short"), location=where)
        kind = "a text or CSV file" if _looks_like_text(path) else "damaged or not an Office file"
        raise InputError(
            f"is {kind}, not {expected}; open it and save it again as {expected}",
            location=where,
        )
    _check_parts(path, expected, limits, max_tags)


def _damaged(expected: str, why: str) -> str:
    return f"is damaged ({why}); open it and save it again as {expected}, or ask for a new copy"


def _check_parts(path: Path, expected: str, limits: Limits, max_tags: int | None) -> None:
    """Every part of the zip: within the size limit once inflated, readable, and free
    of entity declarations (whatever the part is called).  Parts are inflated a chunk
    at a time, never whole."""
    where = Location(file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            total = sum(part.file_size for part in parts)
            for part in parts:
                if part.flag_bits & 0x1:
                    raise InputError(
                        f"has an encrypted part ({part.filename}); plangen cannot read it. "
                        f"Remove the password and save it again as {expected}",
                        location=where,
                    )
                if part.file_size > limits.max_unzipped_bytes:
                    raise InputError(
                        _bomb(f"its part {part.filename}", part.file_size, limits), location=where
                    )
            if total > limits.max_unzipped_bytes:
                raise InputError(_bomb("its parts", total, limits), location=where)
            for part in parts:
                _check_xml(archive, part, expected, where, max_tags)
    except zipfile.BadZipFile as error:
        raise InputError(_damaged(expected, _why(error)), location=where) from None
    except (
        zlib.error,
        EOFError,
        NotImplementedError,
        ValueError,
        struct.error,
        RuntimeError,
    ) as error:
        # what zipfile raises on a damaged archive: a part name that is not UTF-8 or
        # differs between its two headers, a field cut short, an unknown compression
        raise InputError(_damaged(expected, _why(error)), location=where) from None
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror or error}", location=where) from None


def _bomb(what: str, size: int, limits: Limits) -> str:
    return (
        f"would inflate ({what}) to {size / MB:,.0f} MB, more than the "
        f"{limits.max_unzipped_mb:g} MB plangen unpacks from one file "
        "(limits.max_unzipped_mb in plangen.toml); plangen did not unpack it"
    )


def _check_xml(
    archive: zipfile.ZipFile,
    part: zipfile.ZipInfo,
    expected: str,
    where: Location,
    max_tags: int | None,
) -> None:
    tail = b""
    declarations: tuple[bytes, ...] = ()
    tags, is_xml = 0, False
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            window = tail + chunk
            if not declarations:
                declarations = _declarations(window)
                is_xml = _looks_like_xml(window)
            if any(declared in window for declared in declarations):
                raise InputError(
                    f"declares XML entities in {part.filename}, which Word and Excel never "
                    "write (a way to read other files or exhaust memory); plangen does not "
                    f"open it. Copy the content into a new file and save it as {expected}",
                    location=where,
                )
            tail = window[-max(len(d) for d in declarations) :]
            if max_tags is not None and is_xml:
                tags += chunk.count(b"<")
                if tags > max_tags:
                    raise InputError(
                        f"holds more than {max_tags:,} XML tags in {part.filename}, far more "
                        "than a plan needs (limits.max_form_tags in plangen.toml); plangen "
                        "did not open it",
                        location=where,
                    )


def _looks_like_xml(head: bytes) -> bool:
    """True for a part that starts as XML does (a media file does not)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") or any(head.startswith(first) for first, _ in _ENCODINGS)


def _why(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "a part's name is garbled"
    text = str(error).strip().rstrip(".")
    if "File is not a zip file" in text or "truncated" in text.lower():
        return "the file is cut short or is not a whole zip"
    if "CRC" in text or "Bad CRC" in text:
        return "a part does not match its checksum"
    return text[:120] or type(error).__name__


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
