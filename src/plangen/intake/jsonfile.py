"""Intake from JSON: one plan, or a list of plans, as ``plangen schema`` describes them.

Other systems (a case management system's export, say) can produce plans this way;
``plangen export --json`` writes the same form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from plangen.errors import InputError, Location, input_problems, shown
from plangen.intake.children import count_children, warn_together
from plangen.intake.files import check_size
from plangen.intake.json_values import place, read_values
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.intake.tables import private_use
from plangen.model import Plan

_PLANS = TypeAdapter(list[Plan])


def read_json(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Plan | InputError]:
    """Every plan in a JSON file (an object, or a list of objects).

    Raises :class:`InputError` for a file that is not JSON or crosses a limit; a plan
    that does not fit the model is returned as its problems, each naming the field path.
    """
    where = Location(file=path.name)
    check_size(path, limits)
    try:
        data = json.loads(path.read_bytes())
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror}", location=where) from None
    except UnicodeDecodeError:
        raise InputError("is not valid JSON (it is not UTF-8 text)", location=where) from None
    except json.JSONDecodeError as error:
        raise InputError(f"is not valid JSON ({error})", location=where) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number; nesting too deep
        raise InputError(
            f"is not JSON plangen can read ({_short(error)})", location=where
        ) from None
    _check_strings(data, limits, where, "")
    items = data if isinstance(data, list) else [data]
    if len(items) > limits.max_plans:
        raise InputError(
            f"holds {len(items):,} plans, more than the {limits.max_plans:,} plangen reads from "
            "one file (limits.max_plans in plangen.toml); split it into several files",
            location=where,
        )
    results: list[Plan | InputError] = []
    for index, item in enumerate(items, start=1):
        prefix = f"plan {index}: " if len(items) > 1 else ""
        read, problems = read_values(item)
        if problems:
            results.append(
                input_problems([InputError(prefix + e.problem, location=where) for e in problems])
            )
            continue
        try:
            plan = Plan.model_validate(read)
        except InputError as error:
            results.append(InputError(f"{prefix}{error.problem}", location=where))
        except ValidationError as error:
            results.append(
                input_problems(
                    [
                        InputError(
                            f"{prefix}{place(e['loc'])}: "
                            f"{_plain(e, withheld=_withheld(item, e['loc']))}",
                            location=where,
                        )
                        for e in error.errors()
                    ]
                )
            )
        else:
            if (count := count_children(plan.child.name)) > 1:  # brothers and sisters
                warn_together(count, f'{where}, {prefix}"child.name"')
            results.append(plan)
    return results


def _plain(error: Any, *, withheld: bool = False) -> str:
    """Pydantic's message in words a team administrator can act on, or for a date what
    to write; the value only through :func:`shown` (``--verbose``), and never a withheld
    field's value."""
    if str(error["type"]).startswith(("date_", "datetime_")) and isinstance(
        error.get("input"), str
    ):
        if not error["input"].strip():
            said = "a blank"
        elif withheld:
            said = "the value (withheld in this plan, so not shown)"
        else:
            said = shown(error["input"])
        return f"{said} is not a date; write it as YYYY-MM-DD, like 2025-03-14"
    # a model's own check says its words after pydantic's "Value error, "
    return _SAID.get(str(error["type"]), str(error["msg"]).removeprefix("Value error, "))


# pydantic's words for the commonest mistakes, as a team administrator would act on them
_SAID = {
    "missing": "is missing; plangen needs it",
    "extra_forbidden": "is not a field plangen knows; check its spelling (plangen schema "
    "lists the fields)",
    "string_type": 'should be text, in quotes ("Weekly", not Weekly or 7)',
    "bool_type": "should be true or false",
    "bool_parsing": "should be true or false (or Yes or No)",
    "list_type": "should be a list, in square brackets",
    "dict_type": "should be an object, in curly brackets",
    "model_type": "should be an object, in curly brackets",
    "int_parsing": "should be a whole number",
    "int_type": "should be a whole number",
}


# the fields of a child or a core group member the Confidential list may withhold
_PERSONAL = frozenset({"name", "known_as", "date_of_birth", "age", "address", "email", "phone"})


def _withheld(item: object, loc: tuple[Any, ...]) -> bool:
    """Whether the field at ``loc`` in a plan's raw JSON may be withheld by it: any
    personal field of the child or of a core group member when the plan withholds
    anything (its Confidential list is read from the same faulty plan, so it is not
    trusted to name the field rightly), and any field it names."""
    if not isinstance(item, dict) or not item.get("confidential"):
        return False
    if loc[:1] == ("child",) or (loc[:1] == ("core_group",) and len(loc) > 2):
        return str(loc[-1]) in _PERSONAL or len(loc) < 2
    return loc[:1] == ("confidential",) or any(
        isinstance(entry, dict) and str(entry.get("detail", "")) in map(str, loc)
        for entry in item["confidential"]
        if isinstance(item["confidential"], list)
    )


def _short(error: BaseException) -> str:
    text = str(error).split(";")[0].strip()
    return text[:100] or type(error).__name__


def _check_strings(data: object, limits: Limits, where: Location, path: str) -> None:
    """Raise :class:`InputError` at the first text longer than one cell may be."""
    todo: list[tuple[object, str]] = [(data, path)]
    while todo:
        value, at = todo.pop()
        if isinstance(value, str) and (private := private_use(value)):
            raise InputError(f"{at or 'the file'} {private}", location=where)
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            raise InputError(
                f"{at or 'the file'} holds {len(value):,} characters, more than the "
                f"{limits.max_cell_chars:,} plangen reads from one field "
                "(limits.max_cell_chars in plangen.toml)",
                location=where,
            )
        if isinstance(value, dict):
            todo += [(v, f"{at}.{k}" if at else str(k)) for k, v in value.items()]
        elif isinstance(value, list):
            todo += [(v, f"{at}[{n}]") for n, v in enumerate(value, start=1)]


def plans_json(plans: list[Plan]) -> str:
    """Plans as JSON text that :func:`read_json` reads back to the same plans."""
    if len(plans) == 1:
        return plans[0].model_dump_json(indent=2)
    return _PLANS.dump_json(plans, indent=2).decode("utf-8")
