"""PLAN-21: a withheld detail written into the plan's free text.

plangen takes it out of every copy the person it is withheld from receives; the
worker should still reword the text, so that the plan reads well without it.
"""

from __future__ import annotations

from collections.abc import Iterator

from plangen.model import Plan
from plangen.privacy.match import Matcher
from plangen.privacy.withheld import secrets_of, texts_of, withheld_places, work_names
from plangen.rules.base import Context, rule
from plangen.rules.findings import Place, Severity


@rule(
    "PLAN-21",
    Severity.WEAKNESS,
    "DPA 2018 sch. 3; safeguarding practice in domestic abuse",
    "free text that holds a detail withheld from a core-group member",
)
def withheld_in_text(plan: Plan, context: Context) -> Iterator[tuple[Place, str, str]]:
    if not plan.confidential:
        return
    matcher = Matcher(
        secrets_of(plan, plan.confidential), protected=work_names(plan, plan.confidential)
    )
    own = withheld_places(plan)
    for place, text in texts_of(plan):
        if any(place[: len(prefix)] == prefix for prefix in own):
            continue
        hits = matcher.find(text)
        if not hits:
            continue
        what = sorted({hit.secret.label for hit in hits})
        yield (
            Place(place),
            f"This text holds {' and '.join(what)}, withheld from someone in the core group; "
            "plangen has taken it out of every copy that person gets.",
            "Reword this text without the withheld detail, so the plan reads well for "
            "everyone who receives it.",
        )
