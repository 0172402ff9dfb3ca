"""PLAN-21: a withheld detail written into the plan's free text.

plangen takes it out of every copy the person it is withheld from receives; the
worker should still reword the text, so that the plan reads well without it.
"""

from __future__ import annotations

from collections.abc import Iterator

from plangen.model import Plan, Withholding
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
    yield from _withheld_whole(plan)
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
            # a name in a person-responsible cell cannot be reworded, only replaced
            'Write the role instead of the name ("school DSL", "nursery key person"), so '
            "every member knows who does it."
            if place[-1] == "responsible" or (len(place) > 1 and place[-2] == "responsible")
            else "Reword this text without the withheld detail, so the plan reads well for "
            "everyone who receives it.",
        )


def _withheld_whole(plan: Plan) -> Iterator[tuple[Place, str, str]]:
    """An action or a core-group member withheld whole from someone in the core group:
    every core-group copy shows a row of "Held on the case record", with no person,
    frequency or timescale, so the group cannot see the work exists or who does it."""
    for place in sorted(withheld_places(plan), key=str):
        item = next(
            (i for i in plan.confidential if i.withheld_from and _place_of(plan, i) == place),
            None,
        )
        if item is None:
            continue
        if place[0] == "risks" and len(place) == 6:
            yield (
                Place(place),
                "This action is withheld whole from someone in the core group, so every "
                'core-group copy shows only "Held on the case record", with no person, '
                "frequency or timescale.",
                "Reword it so it can be shared (the kind of support, the worker's role, how "
                "often, by when) and withhold only the detail that must not be seen.",
            )
        elif place[0] == "core_group" and len(place) == 2:
            yield (
                Place(place),
                "This core-group member is withheld whole from someone in the core group, so "
                "the others cannot see who they are or what they do.",
                'Give their role ("specialist domestic abuse worker"), and their agency '
                "unless it would show where the child or a parent is (a school, a nursery, a "
                "refuge); withhold only their name and contact details.",
            )


def _place_of(plan: Plan, item: Withholding) -> tuple[object, ...] | None:
    """The place a withholding covers, as :func:`withheld_places` gives it."""
    places = withheld_places(plan.model_copy(update={"confidential": [item]}))
    return next(iter(places), None)
