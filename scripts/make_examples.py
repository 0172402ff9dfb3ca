"""Write the example intakes in ``inputs/`` from the data below.

``inputs/betty-smith.xlsx`` is the Child Protection Plan of seed 002 exactly: seven core
group members, the one risk with its four actions, their frequencies and timescales.
Run: ``.venv/bin/python scripts/make_examples.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from plangen.intake.blank import Rows, filled_workbook
from plangen.write import write_atomic

ROOT = Path(__file__).resolve().parent.parent

BETTY: Rows = {
    "plan": [
        {
            "kind": "CP Plan",
            "child_name": "Betty Smith",
            "date_of_birth": "Age 7",
            "address": "10 Elf Street, Livingston",
            "plan_date": "01.03.23",
            "next_core_group": "14.03.23",
        }
    ],
    "people": [
        {
            "name": "Harriet Hill",
            "role": "Lead Professional Social Worker",
            "agency": "Social Work",
            "present": "Yes",
        },
        {"name": "John Stevenson", "role": "Headteacher", "agency": "Education", "present": "Yes"},
        {"name": "Melanie Andrews", "role": "Addictions Worker", "agency": "NHS", "present": "Yes"},
        {"name": "Billy Jones", "role": "School Nurse", "agency": "NHS", "present": "Yes"},
        {
            "name": "Megan Charles",
            "role": "Support Worker",
            "agency": "Families Together",
            "present": "Yes",
        },
        {"name": "Suzi Smith", "role": "Mother", "present": "Yes"},
        {"name": "Tom Smith", "role": "Father", "present": "Yes"},
    ],
    "risks": [
        {
            "risk_factor": "Parental substance misuse",
            "risk_to_child": "neglect (tired, hungry, absent from school, "
            "not taken to medical appointments)",
            "action": "Stabilise parents on methadone Programme",
            "outcome": "Parents meet Betty's basic needs. Betty is clean, fed, attending school "
            "95% time, ready to learn, appropriately dressed, not tired. Betty is taken to all "
            "health appointments",
            "responsible": "Melanie Andrews & parents",
            "frequency": "Weekly",
            "timescale": "3 months – progress to be reviewed at every core group",
        },
        {
            "action": "Work with parents to provide boundaries, routines and plan meals",
            "responsible": "Megan Charles & parents",
            "frequency": "Twice Weekly\nJoint visit with SW fortnightly to discuss progress",
        },
        {
            "action": "Monitoring of presentation and listening to child",
            "responsible": "John Stevenson",
            "frequency": "Daily (Term time)",
        },
        {
            "action": "Remind parents and FT Worker of all health appointments",
            "responsible": "Billy Jones",
            "frequency": "As required",
        },
    ],
}

EXAMPLES: dict[str, Rows] = {"betty-smith.xlsx": BETTY}


def main(argv: Sequence[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "inputs"
    for name, rows in EXAMPLES.items():
        write_atomic(out / name, filled_workbook(rows))
        print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
