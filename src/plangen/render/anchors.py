"""Invisible anchors: where each plan value lands in the rendered document.

For a review copy, every text value in the template context is wrapped as an
:class:`Anchored` string that knows its place in the plan model
(``risks[0].outcomes[0].actions[1].timescale``).  The render stage's ``finalize``
writes a marker of private-use characters before each one; the annotate stage finds
the run holding the marker, anchors the comment there, and strips every marker.  So
comments land on the right cell whatever the council's template looks like, as long
as it shows the value.
"""

from __future__ import annotations

import re
from typing import Any

START, END = "\ue000", "\ue001"
_DIGITS = "".join(chr(0xE010 + d) for d in range(10))
MARKER = re.compile(f"{START}[{_DIGITS}]+{END}")
# Template context keys that show a model field under another name.
_MODEL_NAMES = {
    "role_shown": "role",
    "dob_or_age": "date_of_birth",
    "first_name": "name",
    "review_rows": "reviews",
}


class Anchored(str):
    """A template value that remembers its place in the plan model."""

    anchor: int

    def __new__(cls, value: str, anchor: int) -> Anchored:
        made = super().__new__(cls, value)
        made.anchor = anchor
        return made


def marker(anchor: int) -> str:
    """The invisible marker for anchor number ``anchor``."""
    return START + "".join(_DIGITS[int(d)] for d in str(anchor)) + END


def anchor_of(text: str) -> int:
    """The anchor number of a marker found by :data:`MARKER`."""
    return int("".join(str(_DIGITS.index(c)) for c in text[1:-1]))


def strip_markers(text: str) -> str:
    return MARKER.sub("", text)


def anchor_context(context: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The context with every text value anchored, and the model path of each anchor.

    The title anchors the plan as a whole (path ``""``).
    """
    paths: list[str] = []

    def walk(value: Any, path: str) -> Any:
        if isinstance(value, dict):
            return {k: walk(v, _join(path, _model_name(k))) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, f"{path}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, str):
            paths.append(path)
            return Anchored(value, len(paths) - 1)
        return value

    anchored = {k: walk(v, "" if k == "title" else _model_name(k)) for k, v in context.items()}
    return anchored, paths


def _model_name(key: str) -> str:
    return _MODEL_NAMES.get(key) or key


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
