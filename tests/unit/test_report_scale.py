"""The batch report lists each plan's own files, in time that grows with the plans.

It used to look through every output and every plan of the manifest for each plan:
a report of 1,000 plans made a million comparisons before a cell was written, while
the worker processes waited at the end of the batch.
"""

from __future__ import annotations

import time
from pathlib import Path

from plangen.batch.manifest import Manifest, Output, PlanRecord, Source
from plangen.batch.report import _rows
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


def _seconds(manifest: Manifest) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        listed(manifest)
        best = min(best, time.perf_counter() - start)
    return best


def it_takes_about_ten_times_as_long_for_ten_times_the_plans() -> None:
    small, large = _seconds(manifest_of(200)), _seconds(manifest_of(2000))
    # linear gives about 10x; the old look-up gave about 100x
    assert large < 30 * small, f"200 plans {small:.3f} s, 2,000 plans {large:.3f} s"
