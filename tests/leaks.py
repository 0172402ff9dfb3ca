"""The leak harness: everything a recipient gets, searched for what is withheld from them.

Deliberately independent of plangen's own matcher: a document is searched as one
*squashed* string (every part of the zip, its XML text and attributes, Unicode NFKC,
case folded, everything but letters and digits removed), so a withheld value is found
whatever spacing, punctuation, case or width it was written in, and across runs, cells
and parts.  A needle is a squashed form of the value ("se49qt", "7700900141").
"""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")
_ATTRIBUTE = re.compile(r'="([^"]*)"')


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def haystack(docx: bytes | Path, name: str = "") -> str:
    """Every part of a .docx (text, attributes, properties, comments, headers,
    footers, relationships), and its file name, as one squashed string."""
    pieces = [squash(name or (docx.name if isinstance(docx, Path) else ""))]
    pieces += [f"{squash(part)}\n{text}" for part, text in parts(docx).items()]
    return "\n".join(pieces)


def parts(docx: bytes | Path) -> dict[str, str]:
    """Each member of a .docx's zip (document, comments, headers, footers, footnotes,
    docProps, customXml, relationships ...), its text and attributes squashed."""
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    found = {}
    with zipfile.ZipFile(BytesIO(data)) as archive:
        for part in archive.namelist():
            xml = archive.read(part).decode("utf-8", "replace")
            pieces = [html.unescape(_TAG.sub("", xml))]  # text, runs joined
            pieces += [html.unescape(v) for v in _ATTRIBUTE.findall(xml)]
            found[part] = "\n".join(squash(piece) for piece in pieces)
    return found


def leaks(docx: bytes | Path, needles: Iterable[str], name: str = "") -> list[str]:
    """The needles found anywhere in ``docx`` (each a squashed form)."""
    found = haystack(docx, name)
    return [needle for needle in needles if needle and needle in found]


def body_text(docx: bytes) -> str:
    """The document body's words, a paragraph a line, as a reader sees them: for a test
    that looks for a sentence, where :func:`leaks` looks for a value anywhere."""
    with zipfile.ZipFile(BytesIO(docx)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return "\n".join(html.unescape(_TAG.sub("", p)) for p in xml.split("</w:p>"))
