"""Intake from JSON: one plan, or a list of plans, as ``plangen schema`` describes them.

Other systems (a case management system's export, say) can produce plans this way;
``plangen export --json`` writes the same form.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from plangen.errors import InputError, Location, input_problems
from plangen.model import Plan

_PLANS = TypeAdapter(list[Plan])


def read_json(path: Path) -> list[Plan | InputError]:
    """Every plan in a JSON file (an object, or a list of objects).

    Raises :class:`InputError` for a file that is not JSON; a plan that does not fit the
    model is returned as its problems, each naming the field path.
    """
    where = Location(file=path.name)
    try:
        data = json.loads(path.read_bytes())
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror}", location=where) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"is not valid JSON ({error})", location=where) from None
    items = data if isinstance(data, list) else [data]
    results: list[Plan | InputError] = []
    for index, item in enumerate(items, start=1):
        try:
            results.append(Plan.model_validate(item))
        except ValidationError as error:
            prefix = f"plan {index}: " if len(items) > 1 else ""
            results.append(
                input_problems(
                    [
                        InputError(
                            f"{prefix}{'.'.join(str(p) for p in e['loc']) or 'plan'}: {e['msg']}",
                            location=where,
                        )
                        for e in error.errors()
                    ]
                )
            )
    return results


def plans_json(plans: list[Plan]) -> str:
    """Plans as JSON text that :func:`read_json` reads back to the same plans."""
    if len(plans) == 1:
        return plans[0].model_dump_json(indent=2)
    return _PLANS.dump_json(plans, indent=2).decode("utf-8")
