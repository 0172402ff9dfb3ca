"""The broad guard (stop 32): every example intake and every e2e plan that withholds
something, every file each withheld reader may receive (their own copy, the family and
child's versions, the formal plan and the review copy the core group gets), every zip
member of it, searched for each value withheld from them and for each name of staff of
a place kept from them ("Mrs Davies (school counsellor)" in a Who cell; a head teacher
whose school is withheld).  The review copy's comments and table of findings are parts
like any other (a PLAN-07 comment quoted a withheld school's staff by name).

``test_leak_harness`` searches the family test plans and hundreds of spellings of the
domestic-abuse example; this searches the examples and the e2e plans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy.by_role import staff_of_places
from plangen.privacy.locating import kept_whereabouts, works_where_found

from ..conftest import INPUTS
from ..leaks import every_copy, receives, squash, withheld_needles

E2E = Path(__file__).resolve().parent
SOURCES = [
    *sorted(INPUTS.glob("*.xlsx")),
    *sorted((E2E / "locating_plans").glob("*.json")),
    *sorted((E2E / "paper_plans").glob("*.json")),
    *sorted((E2E / "privacy_plans").glob("*.json")),
]
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+", re.I)


def _withholding() -> Iterator[tuple[str, Plan]]:
    for source in SOURCES:
        for plan in read_plans(source):
            assert isinstance(plan, Plan), source
            if any(item.withheld_from for item in plan.confidential):
                yield f"{source.stem}:{plan.child.name}", plan


def _readers(plan: Plan) -> list[str]:
    return sorted({name for item in plan.confidential for name in item.withheld_from})


def staff_needles(plan: Plan, reader: str) -> list[str]:
    """The names of the staff of a place kept from ``reader``, squashed, by title and
    surname and whole: a core-group member who works where someone kept from them is
    found, and each member of staff a Who cell names beside a place-bound role."""
    items = [item for item in plan.confidential if reader in item.withheld_from]
    if not kept_whereabouts(plan, items, reader):
        return []
    kept_agencies = {item.about for item in items if item.detail in ("agency", "")}
    names = [
        person.name
        for person in plan.core_group
        if person.name in kept_agencies and works_where_found(plan, person)
    ]
    names += [name for _, name, _ in staff_of_places(plan)]
    needles = []
    for name in names:
        bare = _TITLE.sub("", name)
        needles.append(squash(name))
        if len(bare.split()) > 1 or _TITLE.match(name):
            # "Mrs Davies", "Ann Thorley": whole, and by title and surname
            needles += [squash(f"{t} {bare.split()[-1]}") for t in ("Mr", "Mrs", "Ms", "Miss")]
    return [needle for needle in dict.fromkeys(needles) if len(needle) >= 7]


CASES = list(_withholding())


def it_guards_the_examples_and_the_e2e_plans_that_withhold() -> None:
    names = {label.split(":")[0] for label, _ in CASES}
    # the domestic-abuse example, every locating plan, the paper plan, the two of stop 32
    assert {"domestic-abuse-leo-harris", "plan-l31", "plan-116", "plan-p32-school"} <= names
    assert len(CASES) >= 15


@pytest.mark.parametrize(("label", "plan"), CASES, ids=[label for label, _ in CASES])
def it_finds_nothing_kept_from_a_reader_in_any_part_of_any_file_they_get(
    label: str, plan: Plan, tmp_path: Path
) -> None:
    readers = _readers(plan)
    files = every_copy(plan, tmp_path, readers)
    searched = 0
    for reader in readers:
        needles = withheld_needles(plan, reader) + staff_needles(plan, reader)
        for name, members in files.items():
            if not receives(name, reader):
                continue
            searched += 1
            found = {
                part: [needle for needle in needles if needle in text]
                for part, text in members.items()
            }
            assert {part: hit for part, hit in found.items() if hit} == {}, (label, reader, name)
    assert searched >= len(readers) * 3  # the plan, the review copy, their own copy at least
