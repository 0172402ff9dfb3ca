"""The write stage: every file whole or not at all.

A file is written to a temporary name in its own folder, flushed to disk, then renamed
over the old one, so that a reader (or a crash) only ever sees the old file or the new.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from plangen.errors import OutputError

TEMP_PREFIX = ".plangen-"
# a temporary file is made readable by its owner only; the file it becomes gets the
# permissions any other new file would (read once here, as setting umask is global)
_UMASK = os.umask(0o077)
os.umask(_UMASK)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; on failure the old file is left as it was.

    Raises :class:`OutputError` naming the file and the reason (disk full, permission).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(
            f"{path}: cannot be written ({error.strerror}); nothing was changed"
        ) from None
    try:
        os.fchmod(handle, 0o666 & ~_UMASK)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(
            f"{path}: cannot be written ({error.strerror}); the previous file, if any, is unchanged"
        ) from None
