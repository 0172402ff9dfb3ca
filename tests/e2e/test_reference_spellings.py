"""One case reference typed two ways ("cp-7" and "CP-7", or "Ä-1" in NFC and in NFD):
for the same child it is one plan in two files, refused naming both; for two children
it is two plans, written to two folders that no file system takes for one, named the
same whatever order the files are read in."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from plangen.model import Plan

from ..conftest import Run, all_files
from .test_one_path import betty, write_plan

SPELLINGS = [
    ("cp-7", "CP-7"),
    (unicodedata.normalize("NFC", "Ä-1"), unicodedata.normalize("NFD", "Ä-1")),
]


def _run(plangen: Callable[..., Run], command: str, *inputs: str) -> Run:
    if command == "batch":
        return plangen("batch", *inputs, "--out", "out", "--jobs", "1")
    return plangen("generate", *inputs, "--out", "out")


@pytest.mark.parametrize("command", ["generate", "batch"])
@pytest.mark.parametrize("spelled", SPELLINGS, ids=["case", "nfc-nfd"])
def it_refuses_one_plan_typed_two_ways_in_two_files(
    plangen: Callable[..., Run], tmp_path: Path, command: str, spelled: tuple[str, str]
) -> None:
    one, other = spelled
    write_plan(tmp_path / "in/one.json", betty(one, "Amy Lee"))
    write_plan(tmp_path / "in/other.json", betty(other, "Amy Lee"))
    result = _run(plangen, command, "in")
    assert result.exit_code == 2, result.stderr
    for name, also in (("one", "other"), ("other", "one")):
        assert f"{name}.json: the same plan (same child, and the same case reference " in (
            result.stderr
        )
        assert f"is also in in/{also}.json" in result.stderr
    assert "Neither was written" in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.docx"))
    checked = plangen("check", "in")
    assert checked.exit_code == 2 and "is also in in/other.json" in checked.stderr


@pytest.mark.parametrize("command", ["generate", "batch"])
@pytest.mark.parametrize("spelled", SPELLINGS, ids=["case", "nfc-nfd"])
def it_writes_two_childrens_plans_typed_two_ways_to_two_folders(
    plangen: Callable[..., Run], tmp_path: Path, command: str, spelled: tuple[str, str]
) -> None:
    one, other = spelled
    write_plan(tmp_path / "in/one.json", betty(one, "Amy One"))
    write_plan(tmp_path / "in/other.json", betty(other, "Bob Two"))
    folders = []
    for order in (["in/one.json", "in/other.json"], ["in/other.json", "in/one.json"]):
        result = _run(plangen, command, *order)
        assert result.exit_code == 0, result.stderr
        written = {
            Plan.model_validate_json(p.read_text()).case_ref: (
                p.parent.name,
                Plan.model_validate_json(p.read_text()).child.name,
            )
            for p in (tmp_path / "out").rglob("*-cp-plan.json")
        }
        assert {ref: child for ref, (_, child) in written.items()} == {
            one: "Amy One",
            other: "Bob Two",
        }
        names = [written[one][0], written[other][0]]
        assert names[0].casefold() != names[1].casefold()  # two folders on Windows too
        assert all(n.isascii() for n in names)
        folders.append(names)
        for path in all_files(tmp_path / "out"):
            path.unlink()  # each order starts from nothing
        (tmp_path / "out/.plangen/manifest.json").unlink(missing_ok=True)
    assert folders[0] == folders[1]  # not first come, first named
