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

from plangen.model import Plan
from plangen.outputs import make_files
from plangen.rules import check
from plangen.settings import Settings

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


def receives(name: str, recipient: str | None) -> bool:
    """Whether a file named ``name`` goes to ``recipient`` (``None``: any family member):
    not the worker's draft, the professionals' copy, or someone else's own copy."""
    if name.endswith(".draft.docx") or "-professionals-only" in name:
        return False
    if "-family-for-" in name:
        return recipient is not None and name.endswith(f"-for-{squash_slug(recipient)}.docx")
    return True


def squash_slug(name: str) -> str:
    """A name as a file name gives it: "dean-harris"."""
    return "-".join(name.lower().split())


def withheld_needles(plan: Plan, recipient: str | None) -> list[str]:
    """Squashed forms of what is withheld from ``recipient`` (``None``: from anyone),
    long enough not to turn up by chance."""
    needles: list[str] = []
    for item in plan.confidential:
        if recipient is not None and item.withheld_from and recipient not in item.withheld_from:
            continue
        values: list[str] = []
        if item.about == "child":
            value = getattr(plan.child, item.detail)
            values.append(value.strftime("%d%m%Y") if hasattr(value, "strftime") else value or "")
        elif item.about == "plan":
            continue  # whole items: checked by the variant test and the unit tests
        else:
            person = next(p for p in plan.core_group if p.name == item.about)
            details = [item.detail] if item.detail else ["phone", "email", "address", "agency"]
            values += [getattr(person, d) for d in details]
            if not item.detail:
                values.append(person.name)
            if "agency" in details:  # a school's own name: "St Anne's" of "St Anne's CE ..."
                own = [squash(_own_name(line)) for line in person.agency.split(",")]
                needles += [name for name in own if len(name) >= 6]
        for value in values:
            for line in str(value).split(","):
                town = len(line.split()) == 1 and not any(c.isdigit() for c in line)
                if len(squash(line)) >= 8 and not town:  # a town may be in an agency's name
                    needles.append(squash(line))
    return needles


_KIND_OF_PLACE = re.compile(
    r"\s+(?:C\.?\s?of\s?E|CE|RC|Catholic|Church|Community|Primary|Secondary|Infant|Junior"
    r"|Nursery|School|Academy|College|Surgery|Medical|Health|Children's|Family)\b.*",
    re.I,
)


def _own_name(line: str) -> str:
    """The words of an agency's line before the words saying what kind of place it is."""
    own = _KIND_OF_PLACE.sub("", line.strip())
    return own if own != line.strip() else ""


def every_copy(plan: Plan, folder: Path, readers: list[str]) -> dict[str, dict[str, str]]:
    """Each Word file every version of ``plan`` makes, with a copy of their own for each
    of ``readers``: by file name, the text of each of its zip parts (:func:`parts`)."""
    settings = Settings()
    made = make_files(
        plan,
        folder,
        settings,
        check(plan, settings.rules),
        versions=("plan", "review", "family", "child"),
        recipients=readers,
    )
    return {path.name: parts(data) for path, data in made if path.suffix == ".docx"}
