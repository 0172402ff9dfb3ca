"""Predictable, safe file and folder names that never merge two plans.

A plan's folder is named after its case reference (or, without one, the child's name).
Two different references must never share a folder, on any system: not through case
("cp-7" and "CP-7" on Windows or macOS), accents ("A-1" and "Ä-1"), Unicode normal
form (NFC and NFD spellings of "Ä-1"), scripts plangen cannot spell in ASCII,
truncation, or names a system gives a meaning ("..", "CON").

So a reference already in plain form (upper-case ASCII letters and digits in runs
joined by single hyphens, as councils write them, 80 characters or fewer, not a Windows
device name) is its own folder name in lower case; any other gets a readable slug and
``_`` and a short hash of the reference exactly as written, so "cp-7" is
``cp-7_<hash>`` beside "CP-7"'s ``cp-7``.  A plain name never holds ``_``, so the two
kinds never meet, and a name depends only on its own reference, never on which other
plans there are or the order they are read in.

Two references that differ only in letter case, Unicode normal form or spacing
(:func:`reference_key`) are the same reference typed twice when the child is the same
too: :mod:`plangen.claims` refuses that plan in two files.  For two different
children they are two plans, with two folders.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_UNSAFE = re.compile(r"[^a-z0-9]+")
_PLAIN = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
_PLAIN_NAME = re.compile(r"[a-z0-9]+(?:[ '-][a-z0-9]+)*")
MAX_PLAIN = 80
# names Windows keeps for devices, with or without an extension
_RESERVED = re.compile(r"(con|prn|aux|nul|com[1-9]|lpt[1-9])(?:[.-].*)?")


def slugify(text: str) -> str:
    """``"Betty Smith"`` -> ``"betty-smith"``; ``"CP/2023/0042"`` -> ``"cp-2023-0042"``.

    Accents are folded to plain letters; anything else becomes a hyphen.  Never empty,
    never a path.  Not one-to-one: use :func:`folder_name` for a plan's folder.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", folded.lower()).strip("-")
    return slug[:MAX_PLAIN].rstrip("-") or "plan"


def reference_key(text: str) -> str:
    """What makes two case references (or two names) the same: the text in NFC, case
    folded, with runs of spaces as one space."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _hashed(text: str, exact: str) -> str:
    digest = hashlib.sha256(exact.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slugify(text)[:60].rstrip('-')}_{digest}"


def folder_name(case_ref: str | None, child_name: str) -> str:
    """The folder a plan's files go in: one per case reference, safe on every system.

    ``"CP-0042"`` -> ``"cp-0042"``; ``"cp-0042"`` or ``"CP/2023/0042"`` -> the slug,
    ``_`` and a hash of the reference as written; with no reference, ``"Betty Smith"``
    -> ``"betty-smith"`` and a name plangen cannot spell in ASCII -> ``"plan_<hash>"``.
    """
    if case_ref and case_ref.strip():
        plain = _PLAIN.fullmatch(case_ref) is not None and len(case_ref) <= MAX_PLAIN
        text, exact = case_ref, "ref:" + case_ref
    else:  # a name without a reference: the same name in another case is the same child
        key = reference_key(child_name)
        plain = _PLAIN_NAME.fullmatch(key) is not None and len(key) <= MAX_PLAIN
        text, exact = child_name, "name:" + key
    name = slugify(text)
    if not plain or _RESERVED.fullmatch(name):
        return _hashed(text, exact)
    return name
