"""Before a batch reads or writes: what a killed run left is removed (the folder is
searched only when the last run did not finish), each intake's path is resolved as
``Path.resolve`` would, and plangen's own output folders are skipped however deep."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plangen.batch.manifest import FOLDER, RUNNING, writing
from plangen.batch.stale import _real
from plangen.pipeline import find_intakes
from plangen.write import TEMP_PREFIX


def _left_by_a_killed_run(out: Path) -> Path:
    (out / "a").mkdir(parents=True, exist_ok=True)
    left = out / "a" / f"{TEMP_PREFIX}plan.docx.tmp"
    left.write_bytes(b"half a plan")
    return left


def it_marks_the_folder_while_writing_and_sweeps_after_a_killed_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mark = out / FOLDER / RUNNING
    with pytest.raises(KeyboardInterrupt), writing(out):  # the run stops while writing
        assert mark.is_file()  # on disk before any file is written
        left = _left_by_a_killed_run(out)
        raise KeyboardInterrupt
    assert mark.is_file() and left.is_file()  # the stopped run's mark stays
    with writing(out):  # the next run finds the mark: it removes what was left
        assert not left.exists()
    assert not mark.exists()  # a run that finished leaves no mark


def it_sweeps_when_a_journal_says_a_run_did_not_finish(tmp_path: Path) -> None:
    out = tmp_path / "out"
    left = _left_by_a_killed_run(out)
    (out / FOLDER).mkdir()
    (out / FOLDER / "journal.jsonl").write_text(json.dumps({"path": "a/plan.docx"}) + "\n")
    with writing(out):
        assert not left.exists()


def it_leaves_a_folder_whose_last_run_finished_unsearched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with writing(out):
        pass
    left = _left_by_a_killed_run(out)  # not plangen's: no run of it was stopped
    with writing(out):
        assert left.exists()


def it_resolves_each_intake_as_path_resolve_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "real").mkdir()
    for name in ("a.json", "b.json"):
        (tmp_path / "real" / name).write_text("{}")
    (tmp_path / "linked").symlink_to(tmp_path / "real")  # a folder that is a link
    (tmp_path / "real" / "c.json").symlink_to(tmp_path / "real" / "a.json")  # a file
    monkeypatch.chdir(tmp_path)
    paths = [
        Path("real/a.json"),
        tmp_path / "real" / "b.json",
        Path("linked/b.json"),
        Path("real/c.json"),
        Path("linked/../real/a.json"),
    ]
    folders: dict[Path, str] = {}
    assert [_real(p, folders) for p in paths] == [str(p.resolve()) for p in paths]
    assert _real(Path("real/c.json"), folders).endswith("real/a.json")


def it_skips_every_file_under_a_folder_holding_a_manifest(tmp_path: Path) -> None:
    outputs = tmp_path / "in" / "outputs"
    (outputs / FOLDER).mkdir(parents=True)
    (outputs / FOLDER / "manifest.json").write_text("{}")
    deep = outputs / "cp-1" / "more" / "plan.json"
    deep.parent.mkdir(parents=True)
    deep.write_text("{}")
    beside = tmp_path / "in" / "intakes" / "plan.json"
    beside.parent.mkdir(parents=True)
    beside.write_text("{}")
    found, skipped = find_intakes([tmp_path / "in"])
    assert found == [beside] and skipped == [deep]


def it_keeps_one_copy_of_a_finding_many_plans_share() -> None:
    from plangen.batch.run import Shared, _shared

    shared: Shared = {}
    finding = {"rule": "PLAN-03", "severity": "warning", "message": "No review date."}
    other = {**finding, "message": "No core group."}
    first = _shared(finding, shared)
    again = _shared(dict(finding), shared)  # the same finding of another plan
    assert first == finding and again is first
    assert _shared(other, shared) == other and _shared(other, shared) is not first
    assert len(shared) == 2


def it_writes_the_manifest_in_pieces_byte_for_byte_as_whole(tmp_path: Path) -> None:
    import plangen.batch.manifest as manifest_module
    from plangen.batch.manifest import Manifest, Output, PlanRecord, Source

    manifest = Manifest(tmp_path)
    count = 2 * manifest_module.ENCODED_AT_ONCE + 7  # three pieces, the last one short
    for n in range(count):
        manifest.outputs[f"cp-{n:04d}/plan.docx"] = Output("p", "t", "s", "1", f"{n:064x}", n, n)
        record = PlanRecord(f"cp-{n:04d}/plan", f"REF{n}", "Ann \u00e9", "cp", "p")
        manifest.sources[f"/in/{n}.json"] = Source(f"{n:064x}", [record])
    manifest.sources["/in/empty.json"] = Source("", [])
    manifest.changed = True
    manifest.save()
    whole = {
        "format": manifest_module.FORMAT,
        "templates_checked": "",
        "outputs": {k: vars(v) for k, v in sorted(manifest.outputs.items())},
        "sources": {
            k: {"sha256": v.sha256, "plans": [vars(p) for p in v.plans]}
            for k, v in sorted(manifest.sources.items())
        },
    }
    assert manifest.path.read_bytes() == json.dumps(whole, separators=(",", ":")).encode()
    again = Manifest.load(tmp_path)
    assert again.outputs == manifest.outputs and again.sources == manifest.sources
    empty = Manifest(tmp_path / "empty")
    empty.changed = True
    empty.save()
    assert json.loads(empty.path.read_text())["outputs"] == {}


def it_writes_nothing_and_says_why_when_the_mark_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from plangen.errors import OutputError

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    entered = False
    with pytest.raises(OutputError, match="No space left on device"), writing(tmp_path / "out"):
        entered = True
    assert not entered
