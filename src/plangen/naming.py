"""Predictable, safe file names."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """``"Betty Smith"`` -> ``"betty-smith"``; ``"CP/2023/0042"`` -> ``"cp-2023-0042"``.

    Accents are folded to plain letters; anything else becomes a hyphen.  Never empty,
    never a path: the result is safe as one folder name on every system.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", folded.lower()).strip("-")
    return slug[:80].rstrip("-") or "plan"
