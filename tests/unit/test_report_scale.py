"""The batch report lists each plan's own files, in time that grows with the plans.

It used to look through every output and every plan of the manifest for each plan:
a report of 1,000 plans made a million comparisons before a cell was written, while
the worker processes waited at the end of the batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from plangen.batch import report
from plangen.batch.manifest import Manifest, Output, PlanRecord, Source
from plangen.batch.report import _rows, _starting
from plangen.batch.stale import Summary

FILES = (".docx", ".json", ".review.docx", "-family.docx", "-family.draft.docx", "-child.docx")


def manifest_of(plans: int) -> Manifest:
    """``plans`` plans with all six files each; every tenth has a later plan for the
    same child on the same day, whose stem begins with its own (``...-cp-plan-2``)."""
    manifest = Manifest(Path("out"))
    output = Output("p", "t", "s", "v", "0" * 64, 1, 1)
    stems = []
    for n in range(plans):
        stems.append(f"case-{n:05d}/2025-01-01-cp-plan")
        if n % 10 == 0:
            stems.append(f"case-{n:05d}/2025-01-01-cp-plan-2")
    for stem in stems:
        record = PlanRecord(stem=stem, case_ref=stem, child="C", kind="cp-plan", plan="p")
        manifest.sources[stem + ".json"] = Source("x", [record])
        manifest.outputs.update({stem + suffix: output for suffix in FILES})
    return manifest


def listed(manifest: Manifest) -> dict[str, list[str]]:
    _, plans, _ = _rows(manifest, Summary())
    return {str(row[0]): str(row[4]).splitlines() for row in plans}


def it_lists_only_a_plans_own_files_when_another_plans_stem_begins_with_its_own() -> None:
    rows = listed(manifest_of(20))
    first, later = "case-00010/2025-01-01-cp-plan", "case-00010/2025-01-01-cp-plan-2"
    assert rows[first] == [first + suffix for suffix in FILES]
    assert rows[later] == [later + suffix for suffix in FILES]


starting = _starting


def _names_read(manifest: Manifest, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many recorded names the report reads to list every plan's files: a count,
    not a time, so the test holds on a busy shared machine (speed is ``make bench``'s)."""
    read = 0

    def counting(names: list[str], prefix: str) -> Iterator[str]:
        nonlocal read
        for name in starting(names, prefix):
            read += 1
            yield name

    monkeypatch.setattr(report, "_starting", counting)
    listed(manifest)
    monkeypatch.setattr(report, "_starting", starting)
    return read


def it_reads_about_ten_times_as_many_names_for_ten_times_the_plans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _names_read(manifest_of(200), monkeypatch)
    large = _names_read(manifest_of(2000), monkeypatch)
    # linear gives about 10x; the old look-up read every name for every plan (100x)
    assert 0 < large <= 11 * small, f"200 plans read {small} names, 2,000 plans {large}"
