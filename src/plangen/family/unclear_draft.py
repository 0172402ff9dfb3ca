"""What the plan leaves unclear about a change, told to the worker, never the family.

Reader 29 found vague changes passed on without comment; stop 31 told the family after
each one ("This is a step on the way. The plan does not yet say what it should change
for Chi."). The stop-32 reader, a parent-educator, found that worse: a worker fixes the
plan before it is sent, and does not tell the family it is defective (one such note sat
under the plan's best outcome). The note now goes only to the worker's readability draft,
as a comment beside the change, for the worker to put right in the plan.
"""

from __future__ import annotations

from plangen.family.unclear import unclear_said
from plangen.model import Outcome
from plangen.rules.reading import Reader

# the draft's comments that say what a change leaves unclear start with this
UNCLEAR_CHANGE = "Not said to the family, put it right in the plan"


def unclear_note(change: str, outcome: Outcome, read: Reader, child: str) -> str:
    """For the worker's draft: ``change`` (as the family version shows it) and what the
    plan does not yet say of it; "" for a clear change."""
    said = unclear_said(outcome, read, child, None).strip()
    if not said:
        return ""
    return f'{UNCLEAR_CHANGE}: "{change}" {said}'
