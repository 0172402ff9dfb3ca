"""The write stage: every file whole or not at all.

A file is written to a temporary name in its own folder, flushed to disk, then renamed
over the old one, so that a reader (or a crash) only ever sees the old file or the new.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from plangen.errors import OutputError

TEMP_PREFIX = ".plangen-"
# a temporary file is made readable by its owner only; the file it becomes gets the
# permissions any other new file would (read once here, as setting umask is global)
_UMASK = os.umask(0o077)
os.umask(_UMASK)


def write_atomic(path: Path, data: bytes | Iterable[bytes], *, durable: bool = True) -> None:
    """Write ``data`` (or its pieces, in turn) to ``path`` atomically; on failure the
    old file is left as it was.
    ``durable=False``: not flushed to disk first (for files that do not outlive the
    process that wrote them anyway, such as the web page's results).

    Raises :class:`OutputError` naming the file and the reason (disk full, permission).
    """
    unchanged = "the previous file, if any, is unchanged"
    temp = _temp_beside(
        path, data, str(path), before="nothing was changed", after=unchanged, durable=durable
    )
    try:
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror}); {unchanged}") from None


def _temp_beside(
    path: Path,
    data: bytes | Iterable[bytes],
    label: str,
    *,
    before: str,
    after: str,
    durable: bool = True,
) -> Path:
    """``data`` in a temporary file beside ``path``, flushed to disk (if ``durable``);
    on failure :class:`OutputError` says ``before`` (no file made yet) or ``after`` (one
    made and removed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"{label}: cannot be written ({error.strerror}); {before}") from None
    try:
        os.fchmod(handle, 0o666 & ~_UMASK)
        with os.fdopen(handle, "wb") as stream:
            if isinstance(data, bytes):
                stream.write(data)
            else:
                stream.writelines(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{label}: cannot be written ({error.strerror}); {after}") from None
    except BaseException:  # the pieces could not be made: no file is left half-written
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def _outside_link(out: Path, name: str) -> Path | None:
    """The first part of ``out/name`` below ``out`` that is a symbolic link, if any."""
    path = out
    for part in Path(name).parts:
        path = path / part
        if path.is_symlink():
            return path
    return None


def stage(
    out: Path, name: str, data: bytes, *, shown_as: str | None = None, durable: bool = True
) -> Path:
    """Write ``data`` to a temporary file beside ``out/name`` and return it; nothing is
    in place until :func:`commit_staged`.  Refuses to write through a symbolic link
    inside ``out`` (it could lead anywhere).  ``durable=False``: not yet flushed to
    disk; :func:`flush` it before it is put in place."""
    label = f"{out}/{shown_as or name}"
    link = _outside_link(out, name)
    if link is not None:
        raise OutputError(
            f"{label}: not written, because it or its folder is a link to somewhere else; "
            "plangen only writes inside the output folder"
        )
    return _temp_beside(out / name, data, label, before=_NOTHING, after=_NOTHING, durable=durable)


_NOTHING = "nothing of this plan was changed"


def flush(temp: Path, label: str) -> None:
    """Flush a file staged with ``durable=False`` to disk; raises :class:`OutputError`
    (``label`` names the file) when it cannot be."""
    try:
        descriptor = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise OutputError(f"{label}: cannot be written ({error.strerror}); {_NOTHING}") from None


def _put_in_place(temp: Path, path: Path) -> None:
    os.replace(temp, path)


def commit_staged(staged: list[tuple[Path, Path]]) -> None:
    """Put each staged file in place, all or none: the files of a plan change together.

    Each file already there is first kept under a temporary name (a hard link, so no
    copy); if any rename fails, the files already put in place are put back as they
    were, and :class:`OutputError` is raised.
    """
    kept: list[tuple[Path, Path | None]] = []  # (path, its old file kept aside, if any)
    old: Path | None = None
    try:
        for temp, path in staged:
            old = None
            old = _keep_aside(path)
            _put_in_place(temp, path)
            kept.append((path, old))
    except OSError as error:
        failed = path.name
        if old is not None and (not kept or kept[-1][1] is not old):
            old.unlink(missing_ok=True)  # the file that failed is still the old one
        for done, old in reversed(kept):
            if old is not None:
                os.replace(old, done)
            else:
                done.unlink(missing_ok=True)
        raise OutputError(
            f"{failed}: cannot be put in place ({error.strerror}); this plan's files "
            "are all as they were"
        ) from None
    for _, old in kept:
        if old is not None:
            old.unlink(missing_ok=True)


def _keep_aside(path: Path) -> Path | None:
    if not path.is_file():
        return None
    aside = path.with_name(f"{TEMP_PREFIX}{path.name}.old.tmp")
    aside.unlink(missing_ok=True)
    try:
        os.link(path, aside)
    except OSError:
        shutil.copy2(path, aside)
    return aside


def unstage(temps: list[Path]) -> None:
    """Remove temporary files that were never put in place."""
    for temp in temps:
        temp.unlink(missing_ok=True)
