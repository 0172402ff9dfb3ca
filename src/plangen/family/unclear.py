"""A change the plan leaves unclear, said honestly to the family (reader 29: "Change 1:
State of the home to improve." and "Change 4: Educational psychology assessment." passed
on without comment; a parent cannot know what is expected).

The change stays in the worker's words. After it, one plain sentence says what the plan
does not say yet, and whom to ask; the review copy asks the worker to put it right
(PLAN-03, PLAN-04). The same readings as those rules decide it, so the family copy and
the review copy never disagree.
"""

from __future__ import annotations

from pathlib import Path

from plangen.model import Outcome, Plan
from plangen.rules.base import child_names
from plangen.rules.reading import Reader, reader
from plangen.rules.text import word_lists


def plan_reader(plan: Plan, data: Path | None = None) -> Reader:
    """The rules' reader of outcomes, for this plan's child, from the word lists the
    run's rules use (``data``: the council's tuned copy, ``[rules] data``), so the
    family copy and the review copy never disagree."""
    return reader(word_lists(data), tuple(child_names(plan)))


def unclear_said(outcome: Outcome, read: Reader, child: str, lead: str | None) -> str:
    """ " This is a step on the way. The plan does not yet say what it should change for
    Oliwia. You can ask Elen Roberts, your lead worker.": after a change that is a task
    or a service (whoever does it), or that nothing can show has happened; "" for a clear
    one."""
    ask = f" You can ask {lead}, your lead worker." if lead else ""
    if read.process(outcome.text):
        return (
            " This is a step on the way. The plan does not yet say what it should change "
            f"for {child}.{ask}"
        )
    success = outcome.success_looks_like
    if not read.measure(outcome.text) and not (success and read.measure(success)):
        return f" The plan does not yet say how we will know this has happened.{ask}"
    return ""
