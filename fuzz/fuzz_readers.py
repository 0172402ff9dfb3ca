"""Fuzz the workbook and Word readers with atheris (libFuzzer): ``make fuzz``.

Each input becomes a temporary ``.xlsx`` or ``.docx`` file, read with
:func:`plangen.intake.read_plans`.  A :class:`~plangen.errors.PlangenError` is the
reader saying what is wrong with the file, as it should; any other exception is a bug,
and libFuzzer keeps the input that raised it (``-artifact_prefix=fuzz/crashes/``).

What the input is, is read from its content, so that every seed in ``fuzz/seeds/`` is
a real file or part, and the inputs grown from it keep its kind:

* a zip (``PK``) is the file itself: a Word document if it names a ``word/`` part,
  else a workbook.  This reaches the checks made before any XML is parsed;
* XML holding ``<w:document`` is the body of Betty's generated plan, and other XML is
  the "Risks and actions" sheet of her workbook, put back into that file with a right
  checksum.  Bytes mutated inside a zip almost never pass its checksum, so only this
  way do the XML parsers and plangen's reading of tables see mutated content.

Run one input again, to see its traceback::

    .venv/bin/python fuzz/fuzz_readers.py fuzz/crashes/crash-<sha1>
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import atheris

with atheris.instrument_imports():
    # read_plans imports its readers when first called, too late to be instrumented
    import plangen.intake.wordform
    import plangen.intake.workbook  # noqa: F401
    from plangen.errors import PlangenError
    from plangen.intake import read_plans

SEEDS = Path(__file__).resolve().parent / "seeds"
WORD_BODY = ("betty-smith-plan.docx", "word/document.xml")
RISKS_SHEET = ("betty-smith.xlsx", "xl/worksheets/sheet4.xml")


@cache
def host_without(seed: str, part: str) -> bytes:
    """The seed file with one part left out, to which a fuzzed part is added."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(SEEDS / seed) as source, zipfile.ZipFile(buffer, "w") as copy:
        for item in source.infolist():
            if item.filename != part:
                copy.writestr(item, source.read(item), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def with_part(host: tuple[str, str], xml: bytes) -> bytes:
    """The host seed with ``xml`` as its part (the central directory lists it last)."""
    seed, part = host
    buffer = io.BytesIO(host_without(seed, part))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(part, xml, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def intake_file(data: bytes) -> tuple[bytes, str]:
    """The file an input stands for, and its suffix."""
    if not data.startswith(b"PK"):
        host = WORD_BODY if b"<w:document" in data else RISKS_SHEET
        return with_part(host, data), Path(host[0]).suffix
    return data, ".docx" if b"word/" in data else ".xlsx"


def test_one_input(data: bytes) -> None:
    """Read ``data`` as an intake file; only plangen's own errors may stop it.

    The file is deleted whatever happens, so that a long run (or a crash) leaves no
    temporary files behind.
    """
    content, suffix = intake_file(data)
    handle, name = tempfile.mkstemp(prefix="plangen-fuzz-", suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        read_plans(Path(name))
    except PlangenError:
        pass
    finally:
        os.unlink(name)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
