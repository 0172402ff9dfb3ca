"""A professional said by role, not by name, in a copy whose reader must not have the
name: a place-bound worker in a withheld reader's family copy ("the school nurse", not
"[name not shared]"), and the protected parent's own domestic-abuse specialist in the
formal plan and review copy too (reader 29: her IDVA's name reached the father there)."""

from __future__ import annotations

import re
from typing import Any

from plangen.model import Plan, Withholding
from plangen.privacy.locating import (
    place_bound_role,
    role_as_name,
    unplaced_role,
    works_where_found,
)
from plangen.privacy.withheld import NAME_OF_PLACE, text_slots


def by_role(data: dict[str, Any], name: str, role: str, others: set[str]) -> None:
    """``name`` given by ``role`` ("school nurse") wherever the plan says it: two people
    whose names are kept alike ("[name not shared]") stay two people, each with their
    own role, in the Who cell; elsewhere "Jo Pike" reads "the school nurse", not
    "[name not shared]"."""
    for risk in data["risks"]:
        for outcome in risk["outcomes"]:
            for action in outcome["actions"]:
                action["responsible"] = [role if n == name else n for n in action["responsible"]]
    # the name as a worker writes it: whole, "Mrs Pike", or "Jo" where no one else in
    # the plan is called Jo
    parts = name.split()
    forms = [re.escape(name)]
    if len(parts) > 1:
        forms.append(rf"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+{re.escape(parts[-1])}")
    # "Mrs Davies" has no first name to be said alone ("Mrs" is everyone's)
    if parts and parts[0] not in others and not _TITLE.fullmatch(parts[0]):
        forms.append(re.escape(parts[0]))
    written = "|".join(forms)
    by_name = re.compile(rf"(^|[.!?]\s+)?\b(?:{written})\b")
    for place, holder, key in text_slots(data):
        if place[0] == "core_group" or "responsible" in place:
            continue
        # "Jo Pike to make ...", the action's doer, is said by its Who cell: "Make ..."
        said = re.sub(rf"^(?:{written}) to (\w)", lambda m: m.group(1).upper(), holder[key])
        holder[key] = by_name.sub(lambda m: _role_for(m, role), said)


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?")
# "Mrs Davies (school counsellor)", "Mr Qureshi (learning mentor)": a member of staff
# written into a Who cell with their role, not one of the core group
_NAMED_STAFF = re.compile(
    r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
    r"\s*\((?P<role>[^()]+)\)$"
)


def staff_of_places(plan: Plan) -> list[tuple[str, str, str]]:
    """(cell, name, role) of each member of staff an action's Who cell names beside a
    place-bound role ("Mrs Davies (school counsellor)") who is not in the core group:
    their name leads to the place as surely as its head teacher's (reader 31)."""
    members = {person.name for person in plan.core_group}
    found: dict[str, tuple[str, str, str]] = {}
    for risk in plan.risks:
        for outcome in risk.outcomes:
            for action in outcome.actions:
                for cell in action.responsible:
                    m = _NAMED_STAFF.match(cell.strip())
                    if m is None or m.group("name") in members:
                        continue
                    if place_bound_role(m.group("role")):
                        found[cell] = (cell, m.group("name"), m.group("role"))
    return list(found.values())


def staff_by_role(plan: Plan, data: dict[str, Any], *, unplaced: bool) -> None:
    """Each of :func:`staff_of_places` said by role only in ``data``: in the Who cell and
    wherever the text names them ("Mr Qureshi will arrange mentoring sessions")."""
    everyone = [plan.child.name, plan.child.known_as or "", *(p.name for p in plan.core_group)]
    others = {n.split()[0] for n in everyone if n.split()}
    for cell, name, role in staff_of_places(plan):
        said = role_as_name(unplaced_role(role) if unplaced else role)
        for risk in data["risks"]:
            for outcome in risk["outcomes"]:
                for action in outcome["actions"]:
                    action["responsible"] = [
                        said if n == cell else n for n in action["responsible"]
                    ]
        for _, holder, key in text_slots(data):
            holder[key] = holder[key].replace(cell, said)
        by_role(data, name, said, others)


def place_bound_by_role(plan: Plan, data: dict[str, Any]) -> list[Withholding]:
    """The formal plan a reader kept from a place receives: each professional who works
    there said by role in its text, the name cell held on the case record (a head
    teacher's name is on the school's website: reader 31, held-out plans 156, 158)."""
    items = []
    everyone = [plan.child.name, plan.child.known_as or "", *(p.name for p in plan.core_group)]
    for person in plan.core_group:
        if not works_where_found(plan, person):
            continue
        others = {n.split()[0] for n in everyone if n.split() and n != person.name}
        by_role(data, person.name, role_as_name(person.role), others)
        items.append(Withholding(about=person.name, detail=NAME_OF_PLACE, withheld_from=[]))
    return items


def _role_for(match: re.Match[str], role: str) -> str:
    """A name's place in a sentence, given by ``role`` (with a capital at its start)."""
    start = match.group(1)
    return f"{start}T{role[1:]}" if start is not None else role


# the protected parent's own domestic-abuse specialist (her IDVA, refuge or outreach
# worker): in the formal plan and review copy the reader kept from her also gets, by
# role only, as in his family copy (reader 29: her IDVA's name reached him there)
HER_SPECIALIST = re.compile(
    r"\b(?:i[ds]va|domestic (?:abuse|violence) (?:advocate|outreach|specialist|worker)"
    r"|da (?:outreach|advocate|specialist)|women'?s aid|refuge)\b",
    re.I,
)


def her_specialists(plan: Plan, data: dict[str, Any]) -> list[Withholding]:
    """The name of each such specialist in the plan, held (said by role in the text of
    ``data``, the name cell held on the case record)."""
    items = []
    everyone = [plan.child.name, plan.child.known_as or "", *(p.name for p in plan.core_group)]
    for person in plan.core_group:
        if not HER_SPECIALIST.search(f"{person.role} {person.agency}".replace("\u2019", "'")):
            continue
        others = {n.split()[0] for n in everyone if n.split() and n != person.name}
        by_role(data, person.name, role_as_name(unplaced_role(person.role)), others)
        items.append(Withholding(about=person.name, detail=NAME_OF_PLACE, withheld_from=[]))
    return items


def unnamed_doers(plan: Plan, held: str) -> None:
    """In the formal plan, a Who cell whose person is held whole, their role too, reads
    "[name held on the case record]", never "the [details held on the case record]"
    (reader 32: "Nadia Whitfield & the [details held ...]"); what the role would say
    (a housing support worker, a refuge's) stays held."""
    article = re.compile(rf"\b(?:the|an?)\s+\[(?:details|name|role) {re.escape(held)}\]", re.I)
    for action in (a for outcome in plan.outcomes for a in outcome.actions):
        action.responsible = [article.sub(f"[name {held}]", n) for n in action.responsible]
