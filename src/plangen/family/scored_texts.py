"""Which texts of a version's context the readability report scores: what plangen
wrote for the reader (split from :mod:`plangen.family.context`, which builds them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def readable_texts(context: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(context path, text) of every sentence plangen wrote, for the readability report:
    what the reader reads, the "words we use" box's explanations too.  The family's and
    child's own words (their views) are theirs and are not scored; names, roles and
    contacts are not sentences."""
    for key, value in context.items():
        if key in ("child_views", "family_views", "my_views", "people", "notes") or key.endswith(
            "_heading"
        ):
            continue
        if isinstance(value, str) and key not in (
            "child_name",
            "my_name",
            "recipient",
            "plan_date",
        ):
            yield key, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{key}[{index}]", item
                elif isinstance(item, dict):
                    for field in ("text", "progress", "how_we_know", "what", "explain"):
                        if item.get(field):
                            yield f"{key}[{index}].{field}", item[field]
