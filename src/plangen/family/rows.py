"""A row of "Who will do what" whose Who cell says nothing useful, given its doer from
the task it holds (reader 32, B19; reader 33)."""

from __future__ import annotations

import re
from typing import Any

# "The school will monitor behaviour": the service its task names does it
_SERVICE_WILL = re.compile(r"^(The (?:school|nursery|college|police)) will (\w)")
# "You will go to the alcohol service", "Wayne will go ...": the task names its doer
_DOER_WILL = re.compile(r"^(You|[A-Z][a-z]+(?: and (?:you|[A-Z][a-z]+))?) will \w")


def who_from_task(row: dict[str, Any]) -> None:
    """``row`` with a Who its task names: a row whose worker was held back by name, and
    whose task says which service does it ("A worker | The school will monitor
    behaviour" reads "The school | Monitor behaviour"), and a row the plan gave nobody
    ("  | You will go to the alcohol service" reads "You | You will go ...")."""
    what = str(row.get("what", ""))
    found = _SERVICE_WILL.match(what)
    if row.get("who") == "A worker" and found is not None:
        row["who"] = found.group(1)
        row["what"] = found.group(2).upper() + what[found.end() :]
        return
    doer = _DOER_WILL.match(what)
    if not str(row.get("who", "")).strip() and doer is not None:
        row["who"] = doer.group(1)
