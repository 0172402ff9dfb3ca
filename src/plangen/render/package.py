"""A ``.docx`` as a zip of parts, written deterministically and cheaply.

Unchanged parts keep their compressed bytes (copied, never re-deflated); replaced parts
are deflated once.  Every entry carries the same fixed timestamp, so the same parts
always give the same bytes: plans are byte-identical from run to run.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO

# 1980-01-01 00:00, the earliest time a zip entry can carry.
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_VERSION = 20  # 2.0: deflate
# small parts deflated before, by name and contents (bounded: at most ~4 MB held)
_REUSED_UP_TO, _REUSED_PARTS = 16_384, 256
_DEFLATED: dict[tuple[str, bytes], Entry] = {}


@dataclass(frozen=True)
class Entry:
    """One part of the package, compressed as it will be written."""

    name: str
    method: int  # zipfile.ZIP_DEFLATED or ZIP_STORED
    crc: int
    size: int
    raw: bytes

    @classmethod
    def deflated(cls, name: str, data: bytes) -> Entry:
        # the same small part recurs in every document of a plan and across plans (the
        # keywords, a header, the content types): deflated once, the bytes are the same
        if len(data) > _REUSED_UP_TO:
            return cls._deflate(name, data)
        key = (name, data)
        entry = _DEFLATED.get(key)
        if entry is None:
            if len(_DEFLATED) >= _REUSED_PARTS:
                _DEFLATED.clear()
            entry = _DEFLATED[key] = cls._deflate(name, data)
        return entry

    @classmethod
    def _deflate(cls, name: str, data: bytes) -> Entry:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        raw = compressor.compress(data) + compressor.flush()
        return cls(name, zipfile.ZIP_DEFLATED, zlib.crc32(data), len(data), raw)

    def data(self) -> bytes:
        if self.method == zipfile.ZIP_STORED:
            return self.raw
        return zlib.decompress(self.raw, -15)


class Package:
    """The parts of a ``.docx`` in their zip order."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {entry.name: entry for entry in entries}
        self.names = [entry.name for entry in entries]

    def data(self, name: str) -> bytes:
        return self.entries[name].data()

    def text(self, name: str) -> str:
        return self.data(name).decode("utf-8")

    def rebuild(
        self, replacements: dict[str, bytes], *, added: dict[str, bytes] | None = None
    ) -> bytes:
        """The package as ``.docx`` bytes, with some parts' contents replaced and new
        parts (``added``, in their order) after the others."""
        entries = [
            Entry.deflated(name, replacements[name]) if name in replacements else entry
            for name, entry in self.entries.items()
        ]
        entries += [Entry.deflated(name, data) for name, data in (added or {}).items()]
        return write(entries)


def read(blob: bytes, *, max_part_size: int | None = None) -> Package:
    """Read a zip's entries without re-compressing them.

    Raises ``zipfile.BadZipFile`` for a damaged archive and ``ValueError`` for a part
    larger than ``max_part_size`` once inflated (checked before inflating it).
    """
    entries: list[Entry] = []
    with zipfile.ZipFile(BytesIO(blob)) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if max_part_size is not None and info.file_size > max_part_size:
                raise ValueError(
                    f"part {info.filename} would inflate to {info.file_size:,} bytes, "
                    f"over the limit of {max_part_size:,}"
                )
            if info.compress_type in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED) and not (
                info.flag_bits & 0x1
            ):
                name_len, extra_len = struct.unpack_from("<HH", blob, info.header_offset + 26)
                start = info.header_offset + 30 + name_len + extra_len
                raw = blob[start : start + info.compress_size]
                entries.append(
                    Entry(info.filename, info.compress_type, info.CRC, info.file_size, raw)
                )
            else:
                entries.append(Entry.deflated(info.filename, archive.read(info)))
    return Package(entries)


def write(entries: list[Entry]) -> bytes:
    """Zip bytes for ``entries``, in order, with a fixed timestamp on each."""
    out = BytesIO()
    central = BytesIO()
    for entry in entries:
        name = entry.name.encode("utf-8")
        offset = out.tell()
        flags = 0x800  # names are UTF-8
        out.write(
            _LOCAL.pack(
                0x04034B50,
                _VERSION,
                flags,
                entry.method,
                _DOS_TIME,
                _DOS_DATE,
                entry.crc,
                len(entry.raw),
                entry.size,
                len(name),
                0,
            )
        )
        out.write(name)
        out.write(entry.raw)
        central.write(
            _CENTRAL.pack(
                0x02014B50,
                _VERSION,
                _VERSION,
                flags,
                entry.method,
                _DOS_TIME,
                _DOS_DATE,
                entry.crc,
                len(entry.raw),
                entry.size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        central.write(name)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(_END.pack(0x06054B50, 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()


def normalise(docx: bytes) -> bytes:
    """Re-zip any ``.docx`` (from python-docx, say) deterministically."""
    return read(docx).rebuild({})
