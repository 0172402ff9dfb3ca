"""Every error plangen raises on purpose, and the one place they are described.

The CLI catches :class:`PlangenError` once, prints its message to stderr and exits
non-zero; anything else reaching the user is a bug.  The hierarchy::

    PlangenError                      base: a message a person can act on
     ├── InputError                   one problem in an intake file, with its Location
     │    └── InputErrors             every problem found in one plan, reported together
     ├── TemplateError                a Word template that cannot be used (syntax, unknown
     │                                variable, refused by the sandbox)
     ├── TemplatesUnfit               a run stopped before writing: templates with problems
     ├── ConfigError                  a settings file (plangen.toml) that cannot be used
     ├── UsageError                   a wrong option or argument on the command line (not a
     │                                problem in an intake file)
     ├── OutputError                  a file that could not be written; the old one is kept
     └── InternalError                plangen itself failed on one plan (a bug); the run
                                      goes on with the other plans

Messages say what is wrong and how to fix it.  Where the location is known (file,
sheet or table, row, column) it is attached once with :func:`located` rather than
threaded through every call.

Intake files hold the most sensitive data a council has, and error messages end up in
logs, e-mails and tickets.  So a value from the intake is put into a message only
through :func:`shown`, and appears only when the user asked with ``--verbose``
(:func:`show_values`); otherwise it reads ``[hidden]``.  File, sheet, row, column and
field names are always shown: they are what is needed to find the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# a value from the intake, inside a message, sits between these (Unicode noncharacters,
# which are removed from any value first, so they cannot be forged)
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"
_VALUE = re.compile(f"{_OPEN}(.*?){_CLOSE}", re.S)
HIDDEN = "[hidden]"
_show = {"values": False}


def shown(value: object) -> str:
    """``value`` quoted in a message if the user asked for values (``--verbose``), else
    ``[hidden]``.  Every value read from an intake file goes into a message this way."""
    text = str(value).strip().replace(_OPEN, "").replace(_CLOSE, "")
    if not text:  # nothing to hide: say so, rather than "[hidden]"
        return "an empty cell"
    if len(text) > 80:
        text = text[:77] + "..."
    return f"{_OPEN}{text}{_CLOSE}"


def show_values(on: bool) -> None:
    """Whether messages show values from the intake (``--verbose``), for this process
    and the worker processes it starts."""
    _show["values"] = on


def reveal(message: str) -> str:
    """``message`` with each value either quoted or hidden, as the user asked."""
    if _show["values"]:
        return _VALUE.sub(lambda m: f'"{m.group(1)}"', message)
    return _VALUE.sub(HIDDEN, message)


@dataclass(frozen=True)
class Location:
    """Where in an intake file a problem is: each part optional, most specific last."""

    file: str | None = None
    sheet: str | None = None  # a workbook sheet, or a Word table named by its heading
    row: int | None = None
    column: str | None = None
    is_table: bool = False

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f'{"table" if self.is_table else "sheet"} "{self.sheet}"')
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f'"{self.column}"')
        return ", ".join(parts)

    def merged_under(self, outer: Location) -> Location:
        """This location with the gaps filled from ``outer`` (the wider context)."""
        return Location(
            file=self.file or outer.file,
            sheet=self.sheet or outer.sheet,
            row=self.row if self.row is not None else outer.row,
            column=self.column or outer.column,
            is_table=self.is_table or outer.is_table,
        )


class PlangenError(Exception):
    """Base of every error plangen raises on purpose; ``str()`` is the user's message,
    with values from the intake shown or hidden as the user asked (:func:`shown`)."""

    exit_code = 2

    def __str__(self) -> str:
        return reveal(super().__str__())


class InputError(PlangenError):
    """Raised when an intake file cannot become a plan: one problem, at one place.

    ``problem`` says what is wrong and what was expected, for example
    ``f"{shown(raw)} is not a date; write it day first, like 01.03.23"``.
    """

    def __init__(self, problem: str, *, location: Location | None = None) -> None:
        self.problem = problem
        self.location = location or Location()
        super().__init__(self._message())

    def _message(self) -> str:
        where = str(self.location)
        return f"{where}: {self.problem}" if where else self.problem

    def at(self, location: Location) -> InputError:
        """A copy with the missing parts of the location filled in from ``location``."""
        return InputError(self.problem, location=self.location.merged_under(location))


class InputErrors(InputError):
    """Raised when one plan has several input problems; all are reported together."""

    def __init__(self, errors: Sequence[InputError]) -> None:
        if not errors:
            raise ValueError("InputErrors needs at least one error")
        self.errors = list(errors)
        super().__init__(errors[0].problem, location=errors[0].location)

    def _message(self) -> str:
        return "\n".join(Exception.__str__(e) for e in self.errors)

    def at(self, location: Location) -> InputErrors:
        return InputErrors([e.at(location) for e in self.errors])


class TemplateError(PlangenError):
    """Raised when a Word template cannot be used: bad Jinja, an unknown variable, or
    something the sandbox refuses.  Names the template file and, where known, the part
    (body, header, footer) and the paragraph text."""

    def __init__(self, problem: str, *, template: Path | str, part: str | None = None) -> None:
        self.problem = problem
        self.template = str(template)
        self.part = part
        where = f"{self.template} ({part})" if part else self.template
        super().__init__(f"{where}: {problem}")


class TemplatesUnfit(PlangenError):
    """Raised before anything is written, when a template a run needs is not fit to use;
    ``problems`` are the template checker's findings, each on its own line."""

    def __init__(self, problems: Sequence[object]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"a template has problems, so nothing was written:\n{lines}")


class UsageError(PlangenError):
    """Raised for a command-line option or argument plangen cannot use (``--versions
    plan,pdff``); the message names the option and the part that is wrong."""


class InternalError(PlangenError):
    """Raised in place of an unexpected exception while making one plan, so that plan
    fails with a message and the run goes on.  The message never quotes intake values."""

    def __init__(self, error: BaseException, *, doing: str, others_go_on: bool = True) -> None:
        self.error = error
        after = " The other plans are not affected" if others_go_on else ""
        super().__init__(
            f"plangen failed while {doing} ({type(error).__name__}); this is a bug in "
            f"plangen, not in the intake: please report it.{after}"
        )


class ConfigError(PlangenError):
    """Raised when the settings file cannot be read or holds a value plangen cannot use."""


class OutputError(PlangenError):
    """Raised when an output file cannot be written; any previous file is left as it was."""

    exit_code = 3


def input_problems(errors: Sequence[InputError]) -> InputError:
    """One error for a list of problems: the problem itself when there is only one."""
    return errors[0] if len(errors) == 1 else InputErrors(errors)


@contextmanager
def located(location: Location) -> Iterator[None]:
    """Stamp ``location`` onto any :class:`InputError` raised inside the block.

    Parts the error already knows (a row, a column) are kept; only gaps are filled.
    """
    try:
        yield
    except InputError as error:
        raise error.at(location) from None


__all__ = [
    "ConfigError",
    "InputError",
    "InputErrors",
    "InternalError",
    "Location",
    "OutputError",
    "PlangenError",
    "TemplateError",
    "TemplatesUnfit",
    "UsageError",
    "input_problems",
    "located",
    "reveal",
    "show_values",
    "shown",
]
