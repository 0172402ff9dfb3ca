"""Every output, byte for byte as recorded (issue 15: speed work changes no byte).

``tests/golden/output-bytes.sha256`` holds the SHA-256 of every file plangen makes for
every example and every family test plan, every version included
(``scripts/output_bytes.py`` writes it).  A change meant to change an output rewrites
the record and says why in its commit; any other difference is a defect.
"""

from __future__ import annotations

import io
import zipfile

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.outputs import make_files
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import INPUTS, script

FIXED = (1980, 1, 1, 0, 0, 0)  # the one date every part of every output carries


def it_makes_every_file_of_every_example_and_family_plan_as_recorded() -> None:
    """A regression guard: the record was made before the speed work."""
    made = list(script("output_bytes").output_hashes())
    recorded = script("output_bytes").RECORD.read_text().splitlines()
    names = [line.split("  ", 1)[1] for line in recorded]
    assert [line.split("  ", 1)[1] for line in made] == names, "a different set of files"
    changed = [new.split("  ", 1)[1] for new, old in zip(made, recorded, strict=True) if new != old]
    assert not changed, f"{len(changed)} files differ from the record: {changed[:5]}"


def it_dates_every_part_of_the_professionals_only_copy_as_every_other_output() -> None:
    """The professionals-only copy was saved by python-docx with the time of the run:
    two runs a few seconds apart gave different bytes for the same plan."""
    [plan] = read_plans(INPUTS / "domestic-abuse-leo-harris.xlsx")
    assert isinstance(plan, Plan)
    settings = Settings()
    files = make_files(
        plan, INPUTS, settings, check(plan, settings.rules), versions=["professionals"]
    )
    assert files, "Leo's plan withholds details: it has a professionals-only copy"
    for path, data in files:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            dates = {info.date_time for info in archive.infolist()}
        assert dates == {FIXED}, (path.name, dates)
