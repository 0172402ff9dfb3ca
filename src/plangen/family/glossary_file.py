"""Reading the glossary file (``data/glossary.toml``, or a council's copy named in
settings) into a :class:`~plangen.family.plain.Glossary`.  Split from
:mod:`plangen.family.plain`, which makes text plain with it."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

from plangen.errors import ConfigError
from plangen.family.plain import Glossary, Term, first_words


def _pattern(words: list[str], case_sensitive: bool) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(
        # never the end of a contraction: "re" in "we're"
        rf"(?:\b(?P<article>[Aa]n?)\s+)?(?<![\w-])(?<!\w['’])(?P<term>{alternatives})(?![\w-])",
        0 if case_sensitive else re.I,
    )


@cache
def glossary(path: Path | None = None) -> Glossary:
    """plangen's glossary, or the council's at ``path``."""
    where = str(path or "glossary.toml")
    try:
        if path is None:
            text = resources.files("plangen.data").joinpath("glossary.toml").read_text("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        entries = tomllib.loads(text)["term"]
        return Glossary(
            [
                Term(
                    term=entry["term"],
                    plain=entry["plain"],
                    explain=entry["explain"],
                    pattern=_pattern(
                        [entry["term"], *entry.get("variants", [])],
                        bool(entry.get("case_sensitive", False)),
                    ),
                    keys=first_words([entry["term"], *entry.get("variants", [])]),
                    kept_before=re.compile(entry["kept_before"])
                    if "kept_before" in entry
                    else None,
                    child=str(entry.get("child", "")),
                )
                for entry in entries
            ]
        )
    except OSError as error:
        raise ConfigError(f"{where}: cannot be read ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, KeyError, TypeError, re.error) as error:
        raise ConfigError(f"{where}: is not a glossary plangen can use ({error})") from None
