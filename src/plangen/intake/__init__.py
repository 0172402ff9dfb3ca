"""The intake stage: files -> plan models.

:func:`read_plans` picks the reader by the file's extension; each reader returns one
entry per plan in the file, the plan or the located input problems that stopped it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from plangen.errors import InputError, Location
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.model import Plan

SUFFIXES = {".xlsx", ".xlsm", ".docx", ".json"}


def read_plans(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Plan | InputError]:
    """Every plan in an intake file, or the problems that stopped each one.

    Raises :class:`InputError` when the file as a whole cannot be read, or crosses one
    of ``limits`` (file size, inflated size, rows, cell length).
    """
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm", ".docx"}:
        _note_if_open(path)
    if suffix in {".xlsx", ".xlsm"}:
        from plangen.intake.workbook import read_workbook

        return read_workbook(path, limits)
    if suffix == ".docx":
        from plangen.intake.wordform import read_word_form

        return read_word_form(path, limits)
    if suffix == ".json":
        from plangen.intake.jsonfile import read_json

        return read_json(path, limits)
    accepted = ", ".join(sorted(SUFFIXES))
    raise InputError(
        f'is a "{suffix or "no extension"}" file; plangen reads {accepted}',
        location=Location(file=path.name),
    )


def _note_if_open(path: Path) -> None:
    """Warn when Excel or Word has the file open (its ``~$`` lock file is beside it):
    plangen reads the file as last saved, so changes not yet saved are not in the plan."""
    name = path.name
    locks = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}"}  # Office shortens long names
    if any((path.parent / lock).is_file() for lock in locks):
        logging.getLogger("plangen.intake").warning(
            "%s: is open in Excel or Word (its lock file is beside it); plangen reads it as "
            "last saved, so changes not saved yet are not read. Save it and run again",
            name,
        )


def intake_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, with each folder replaced by the intake files under it (sorted,
    lock files skipped).  A named path is kept as given, so that a missing or wrong
    file gets its own message from the reader."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and is_intake(p))
        else:
            found.append(path)
    return found


def is_intake(path: Path) -> bool:
    """True for a file plangen can read (and not an Office lock file like ``~$plan.xlsx``)."""
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(("~$", "."))
