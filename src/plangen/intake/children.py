"""A plan is for one child, or for brothers and sisters written together: never two
children's details run into one cell without a word.

A council's form is one child per plan, and so is every date of birth plangen prints.
Two children written on one form ("Amina and Hodan Warsame", DOB "Amina 14.02.16,
Hodan 03.09.19") would make one plan whose date of birth is wrong for one of them, so:

* a date of birth cell holding two or more dates is an input problem saying what to
  do, never just "is not a date";
* a child's name naming two or more children, beside a date of birth, an age or a due
  date (which can be only one child's), is an input problem at the name;
* a child's name naming two or more children with no date of birth is plangen's plan
  for brothers and sisters together (README, "The family and child versions"): it is
  read, with a ``warning:`` saying so, as the plan has no one child's details.

A name is one child's unless its parts joined by "and", "&" or "+" each look like a
name ("Anne-Marie Smith", "SMITH, Betty" written surname first, and "Unborn baby of
Chelsea and Dean Whitfield" are one child each).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from plangen.errors import InputError, Location

# "and", "&" or "+" between two names ("Amina and Hodan", "Amina & Hodan")
_JOINED = re.compile(r"\s+(?:and|\+)\s+|\s*&\s*", re.IGNORECASE)
# a baby named by its parents is one child, however many parents it names
_BY_PARENTS = re.compile(r"\b(?:unborn|baby|babies)\s+of\b|^\s*unborn\b", re.IGNORECASE)
# a part that is a name: capitalised words, hyphens and apostrophes ("O'Neill", "Anne-Marie")
_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,4}$")
# words that stand for more children than one ("Leo and siblings", "the twins")
_SEVERAL = re.compile(r"^(?:(?:his|her|their)\s+)?(?:siblings|brothers|sisters|twins)$", re.I)
_BRACKETED = re.compile(r"\([^)]*\)")
# a date in a cell: 14.02.16, 14/02/2016, 2016-02-14, 14 February 2016, 14th Feb 16
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_A_DATE = re.compile(
    r"(?<![\d./-])\d{1,2}\s*([./-])\s*\d{1,2}\s*\1\s*\d{2,4}(?![\d./-])"
    r"|(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?:{_MONTHS})[a-z]*\.?,?[\s-]+\d{{2,4}}",
    re.IGNORECASE,
)
log = logging.getLogger("plangen.intake")


def count_children(name: str) -> int:
    """How many children a child's name names: 2 for "Amina and Hodan Warsame", 3 for
    "Amina, Hodan and Yusuf Warsame", 1 for "Anne-Marie Smith-Jones"."""
    plain = _BRACKETED.sub(" ", name).strip()
    if _BY_PARENTS.search(plain):
        return 1
    parts = [part.strip() for part in _JOINED.split(plain)]
    if len(parts) < 2:
        return 1  # commas alone: "SMITH, Betty" is one child, surname first
    names = [*(p.strip() for p in parts[0].split(",")), *parts[1:]]
    count = 0
    for part in names:
        if _SEVERAL.match(part):
            count += 2
        elif part and _NAME.match(part) and part[0].isupper():
            count += 1
        else:
            return 1  # "and" inside one name, or words that are no child's name
    return count


def dates_in(raw: object) -> int:
    """How many dates a date of birth cell holds (a date cell from Excel is one)."""
    return len(_A_DATE.findall(raw)) if isinstance(raw, str) else 1


def one_date(raw: object, dob: str) -> object:
    """A date of birth cell as it is, or :class:`InputError` when it holds several."""
    if (count := dates_in(raw)) > 1:
        raise InputError(several_born(count, dob))
    return raw


def several_born(count: int, dob: str) -> str:
    """The problem with a date of birth cell holding ``count`` dates."""
    return (
        f"holds {count} dates of birth; a plan is for one child, and prints one date of "
        f"birth. Write a plan for each child, each with its own {dob}; or, for brothers "
        f"and sisters on one plan, name each child in the Child's name (\"Tyler Hale and "
        f'Mia Hale") and leave the {dob} blank'
    )


def several_named(count: int, given: str) -> str:
    """The problem with a name of ``count`` children beside one child's date of birth,
    age or due date (``given``: its heading)."""
    return (
        f"names {count} children, but the {given} is one child's, and the plan would "
        f"print it as all of theirs. Write a plan for each child, each with its own "
        f"{given}; or, for brothers and sisters on one plan, leave the {given} blank"
    )


def warn_together(count: int, where: Location | str) -> None:
    """Say that a plan names ``count`` children and is read as one plan for them."""
    log.warning(
        "%s: names %d children; plangen reads it as one plan for brothers and sisters "
        "together, with no date of birth, and makes a child's version for each only where "
        "their own views can be told apart. For a plan each, write a plan for each child",
        where,
        count,
    )


def json_problems(plan: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], str]]:
    """A JSON plan's child read as above: (path, problem) for each problem."""
    child = plan.get("child")
    if not isinstance(child, dict):
        return
    if (count := dates_in(child.get("date_of_birth"))) > 1:
        yield ("child", "date_of_birth"), several_born(count, '"date_of_birth"')
        return
    name = child.get("name")
    count = count_children(name) if isinstance(name, str) else 1
    given = [
        key for key in ("date_of_birth", "age", "due_date") if child.get(key) not in (None, "")
    ]
    if count > 1 and given:
        yield ("child", "name"), several_named(count, f'"{given[0]}"')
