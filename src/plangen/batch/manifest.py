"""What a batch run made, so the next run re-makes only what changed and never loses a
hand edit.

``DIR/.plangen/manifest.json`` records, for each output file, the fingerprints it was
made from (the plan, its template, the settings, the plangen version) and the hash,
size and modification time of the file as written.  A file whose bytes no longer match
was edited by hand since.

Crash safety: before a file is written, its entry is appended to
``DIR/.plangen/journal.jsonl`` (one flushed line, appended atomically).  The manifest
itself is replaced whole, atomically, from time to time and at the end.  After a kill,
the next run replays the journal: an entry whose file on disk has exactly the recorded
hash was written completely, and is adopted; the others never happened.  So a file is
never taken for a hand edit because the run that wrote it was killed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import itertools
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from plangen.errors import OutputError
from plangen.write import TEMP_PREFIX, write_atomic

FOLDER = ".plangen"
FORMAT = 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Output:
    """One output file as plangen wrote it."""

    plan: str  # fingerprint of the plan model it was made from
    template: str  # fingerprint of its template ("" for the plan's JSON record)
    settings: str  # fingerprint of the settings and word lists
    plangen: str  # plangen's version
    sha256: str  # the file as written
    size: int
    mtime_ns: int

    def made_from(self) -> tuple[str, str, str, str]:
        return (self.plan, self.template, self.settings, self.plangen)


@dataclass
class PlanRecord:
    """What the report needs to know of a plan without reading its intake again."""

    stem: str  # the output stem, relative to DIR
    case_ref: str
    child: str
    kind: str
    plan: str  # fingerprint
    findings: list[dict[str, Any]] = field(default_factory=list)
    # the file suffixes of the family copies the intake asks for ("Copy for")
    copies: list[str] = field(default_factory=list)
    born: str = ""  # the child's date of birth or age: with the name, who the plan is for


@dataclass
class Source:
    """An intake file as last read."""

    sha256: str
    plans: list[PlanRecord] = field(default_factory=list)


class Manifest:
    """The manifest of one output folder."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder = out / FOLDER
        self.path = self.folder / "manifest.json"
        self.journal = self.folder / "journal.jsonl"
        self.outputs: dict[str, Output] = {}
        self.sources: dict[str, Source] = {}
        self.templates_checked = ""  # fingerprint of the last template set found fit to use
        self.changed = False
        self.notes: list[str] = []  # what the user should know about the manifest itself

    # -- loading and saving ---------------------------------------------------------

    @classmethod
    def load(cls, out: Path) -> Manifest:
        """The manifest of ``out`` (empty if there is none), with any journal replayed.

        A manifest plangen cannot use (not JSON, or JSON of another shape) is set aside
        as ``manifest.damaged-<time>.json`` and the run starts again without it; every
        file already in the folder then counts as not made by plangen, so none is
        overwritten.  ``notes`` says so, for the user.
        """
        manifest = cls(out)
        if manifest.path.is_file():
            try:
                manifest._read(json.loads(manifest.path.read_text(encoding="utf-8")))
            except (ValueError, OSError, KeyError, TypeError, AttributeError) as error:
                manifest._set_aside(error)
        manifest.replay()
        return manifest

    def _read(self, data: Any) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r} is not {FORMAT}")
        self.outputs = {str(k): Output(**v) for k, v in data["outputs"].items()}
        self.sources = {
            str(k): Source(str(v["sha256"]), [PlanRecord(**p) for p in v["plans"]])
            for k, v in data["sources"].items()
        }
        self.templates_checked = str(data.get("templates_checked", ""))

    def _set_aside(self, error: BaseException) -> None:
        self.outputs, self.sources, self.templates_checked = {}, {}, ""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"manifest.damaged-{stamp}.json")
        why = (
            "it is not JSON"
            if isinstance(error, json.JSONDecodeError)
            else ("it is not the shape plangen writes")
        )
        try:
            self.path.rename(aside)
            where = f"set aside as {aside.relative_to(self.out)}"
        except OSError:
            where = "left where it is"
        self.notes.append(
            f"{self.path.relative_to(self.out)} could not be used ({why}) and was {where}; "
            "files already in the folder count as edited by hand, so none is overwritten: "
            "new versions go beside them as .new.docx"
        )
        self.changed = True

    def replay(self) -> None:
        """Adopt each journal entry whose file on disk is exactly as journalled (it was
        written completely, by this process or one that died); the others never
        happened.  An entry already recorded is not read again."""
        if not self.journal.is_file():
            return
        for line in self.journal.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                name, output = str(entry["path"]), Output(**entry["output"])
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a line cut short by a kill: that write never finished
            known = self.outputs.get(name)
            if known and (known.sha256, known.made_from()) == (output.sha256, output.made_from()):
                continue
            path = self.out / name
            if path.is_file() and file_sha256(path) == output.sha256:
                stat = path.stat()
                output.size, output.mtime_ns = stat.st_size, stat.st_mtime_ns
                self.outputs[name] = output
                self.changed = True

    def save(self, *, final: bool = True) -> None:
        """Write the manifest whole (atomically) if anything changed.  Only a ``final``
        save, once nothing is being written any more, starts a new journal: while
        workers write, the journal holds entries the manifest does not have yet.  The
        final save first adopts what the journal holds that the manifest does not (files
        a worker put in place before it was killed), so none is lost with the journal."""
        if final:
            self.replay()
        if not self.changed and self.path.exists():
            if final:
                self.journal.unlink(missing_ok=True)
            return
        head = {"format": FORMAT, "templates_checked": self.templates_checked}
        outputs = ((k, vars(v)) for k, v in sorted(self.outputs.items()))
        sources = (
            (k, {"sha256": v.sha256, "plans": [vars(p) for p in v.plans]})
            for k, v in sorted(self.sources.items())
        )
        pieces = itertools.chain(
            [f'{_dumps(head)[:-1]},"outputs":'],
            _json_object(outputs),
            [',"sources":'],
            _json_object(sources),
            ["}"],
        )
        write_atomic(self.path, (piece.encode() for piece in pieces))
        if final:
            self.journal.unlink(missing_ok=True)
        self.changed = False

    # -- what is on disk --------------------------------------------------------------

    def is_edited(self, name: str) -> bool:
        """An existing output whose bytes are not the ones plangen wrote (or that plangen
        did not write at all): someone's file, never to be overwritten silently."""
        path = self.out / name
        if not path.exists() and not path.is_symlink():
            return False
        if path.is_symlink() or not path.is_file():
            return True  # someone's link or folder where a file of plangen's was
        recorded = self.outputs.get(name)
        if recorded is None:
            return True
        stat = path.stat()
        if (stat.st_size, stat.st_mtime_ns) == (recorded.size, recorded.mtime_ns):
            return False  # unchanged since written: no need to read it
        return file_sha256(path) != recorded.sha256


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


ENCODED_AT_ONCE = 200  # entries of the manifest


def _json_object(items: Iterator[tuple[str, Any]]) -> Iterator[str]:
    """``_dumps(dict(items))`` in pieces, a few hundred entries at a time, for writing
    as they come: the manifest of 1,000 plans (5.7 MB) made whole at each save left
    the parent ~20 MB bigger by the end of the run (memory freed is kept for reuse),
    and every worker forked from it started that much bigger too."""
    yield "{"
    first = True
    while chunk := dict(itertools.islice(items, ENCODED_AT_ONCE)):
        yield ("" if first else ",") + _dumps(chunk)[1:-1]
        first = False
    yield "}"


@contextmanager
def exclusive(out: Path) -> Iterator[None]:
    """Hold the output folder for one run: two runs writing one manifest would lose
    each other's entries.  The lock goes with the process, however it ends."""
    try:  # the lock is on the folder itself: no lock file to leave behind
        out.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as error:
        raise OutputError(f"{out}: cannot be written ({error.strerror})") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(
                f"{out}: another plangen batch is writing to this folder; wait for it to finish"
            ) from None
        if (out / FOLDER).is_symlink():
            raise OutputError(
                f"{out / FOLDER}: is a link to somewhere else; plangen only writes inside the "
                "output folder. Remove the link (plangen makes the folder again)"
            )
        yield
    finally:
        os.close(descriptor)


RUNNING = "running"  # in FOLDER while a run writes: left behind only by one that was killed


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """Mark ``out`` as being written for the time of the block (call while holding the
    folder).  First the temporary files a killed run left are removed; the whole folder
    is searched for them only when the last run did not finish (its mark, or its
    journal, is still there): searching 1,000 plans' folders took a fifth of a batch
    run with nothing to make.  The mark is on disk before any file is written, and is
    removed only when the block ends normally."""
    folder = out / FOLDER
    mark = folder / RUNNING
    if mark.exists() or (folder / "journal.jsonl").exists():
        sweep_temporary(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(mark, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        _fsync_folder(folder)
    except OSError as error:  # a full disk, a folder it may not write: nothing written
        raise OutputError(
            f"{out}: cannot be written ({error.strerror}); nothing was changed"
        ) from None
    yield
    with contextlib.suppress(OSError):  # left behind: the next run only searches again
        mark.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sweep_temporary(out: Path) -> list[Path]:
    """Remove the temporary files a killed run left (only ever half-written copies;
    the files they were to replace are untouched).  Call while holding the folder."""
    left = [p for p in out.rglob(f"{TEMP_PREFIX}*.tmp") if p.is_file()]
    for path in left:
        path.unlink(missing_ok=True)
    return left


def journal_write(journal: Path, name: str, output: Output) -> None:
    """Append one entry to the journal, in one write, flushed to disk."""
    journal_writes(journal, [(name, output)])


def journal_writes(journal: Path, entries: Sequence[tuple[str, Output]]) -> None:
    """Append entries to the journal (a plan's files), in one write, flushed to disk
    once: a line a kill cuts short is skipped on replay, as for a single entry."""
    if not entries:
        return
    journal.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(
        json.dumps({"path": name, "output": asdict(output)}) + "\n" for name, output in entries
    )
    descriptor = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(descriptor, lines.encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
