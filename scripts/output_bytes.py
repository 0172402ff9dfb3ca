"""The SHA-256 of every file plangen makes for every example and every family test plan.

Speed work must leave every output byte for byte as it was; this is the record it is
checked against (``tests/e2e/test_same_bytes.py``).  Each plan in ``inputs/*.xlsx``
and ``tests/family_plans/*.json`` is made with every version, the professionals-only
copy and each marked family member's own copy included, in memory
(:func:`plangen.outputs.make_files`, the function every command writes through).

Run: ``.venv/bin/python scripts/output_bytes.py`` prints the record;
``--write`` replaces ``tests/golden/output-bytes.sha256`` with it.  Write it only when
an output is meant to change, and say in the commit why it did.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.outputs import OUTPUTS, make_files
from plangen.rules import check
from plangen.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "golden" / "output-bytes.sha256"
SOURCES = sorted((ROOT / "inputs").glob("*.xlsx")) + sorted(
    (ROOT / "tests" / "family_plans").glob("plan-*.json")
)
EVERY_VERSION = tuple(output.name for output in OUTPUTS)


def output_hashes() -> Iterator[str]:
    """``<sha256>  <source>/<file>`` for every file of every plan of :data:`SOURCES`."""
    settings = Settings()
    out = Path("out")
    for source in SOURCES:
        for plan in read_plans(source):
            assert isinstance(plan, Plan), f"{source.name}: {plan}"
            findings = check(plan, settings.rules)
            for path, data in make_files(plan, out, settings, findings, versions=EVERY_VERSION):
                name = path.relative_to(out).as_posix()
                yield f"{hashlib.sha256(data).hexdigest()}  {source.name}/{name}"


def main(argv: list[str]) -> int:
    lines = "".join(f"{line}\n" for line in output_hashes())
    if argv[1:] == ["--write"]:
        RECORD.write_text(lines)
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
