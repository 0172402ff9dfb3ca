"""People's names as plangen compares them.

A name is compared by its *key*: Unicode NFKC, case folded, zero-width characters and
soft hyphens removed, apostrophes dropped, and every run of characters that are not
letters, marks or digits (in any script) made one space.  ``"Dean  HARRIS"``, ``"dean
harris"`` and ``"Ｄｅａｎ Harris"`` share a key; ``"Déan Harris"`` does not (it is another
spelling, and a recipient must be exactly one core-group member).  A key is never empty
for a name with a letter or digit in any script: ``"王芳"`` keys as ``"王芳"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, and the Mongolian
# vowel separator: they change how a value is stored, never how it reads.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"))
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")


def name_key(name: object) -> str:
    """The key two spellings of one name share; see the module docstring."""
    return _key(str(name))


# a plan's few names and roles are keyed again and again (~130 times a plan), each a
# walk over its characters: kept, a bounded number of them, for the process
@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).translate(INVISIBLE).casefold()
    text = _APOSTROPHES.sub("", text)
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in text)
    return " ".join(kept.split())
