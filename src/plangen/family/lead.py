"""The lead worker, as a family copy names them: by name when the copy gives it, never
a blank where a name was (reader 32, plan 165: "One part of the plan is not included in
this copy., your lead worker, will talk to you").
"""

from __future__ import annotations

from plangen.family.held_words import NAME
from plangen.model import Plan


def lead_name(plan: Plan) -> str:
    """The lead professional's name as this copy may print it; "" when there is no
    lead, or their name is kept from the reader (empty, a marker, "Name not given")."""
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    name = lead.name.strip() if lead is not None else ""
    if not name or name.startswith("[") or name == NAME or not any(c.isalpha() for c in name):
        return ""
    return name


def lead_worker(plan: Plan, *, start: bool = False) -> str:
    """ "Nadia Whitfield, your lead worker," or, with no name to give, "your lead
    worker" once (``start``: with a capital, to begin a sentence)."""
    name = lead_name(plan)
    if name:
        return f"{name}, your lead worker,"
    return "Your lead worker" if start else "your lead worker"
