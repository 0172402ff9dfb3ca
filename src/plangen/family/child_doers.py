"""Who does an action, as the child says it: "Jordan", "Mum and Dad", "Mum" where the
parents live apart and I live with Mum, "Grandad" from the relationship; and a "her"
straight after my name said as mine ("Take Ruby to her club": "my club")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plangen.family.context import called_by_child
from plangen.family.said_to_do import named_doer
from plangen.family.voice import Household, called
from plangen.model import Action, CorePerson, Plan
from plangen.privacy.locating import role_as_name
from plangen.rules.base import means_parents


def doers_of(
    action: Action, text: str, plan: Plan, who: Household, originals: Sequence[CorePerson] = ()
) -> tuple[str, str | None]:
    """Who does an action, as the child calls them, and their gender when that is one
    family member: "Jordan", "Mum and Dad", "Dad" ("he").  "Dean to complete ..." is
    done by Dean; parents named in what is done to them ("work with parents") are not
    also its doers."""
    named = named_doer(text, who)
    responsible = [named.group(1)] if named else action.responsible
    about_parents = re.search(r"\b(?:parents|mum|dad|mother|father)\b", text, re.I) or any(
        re.search(rf"\b{re.escape(r.first)}\b", text) for r in who.relatives
    )
    doers = [
        name
        for name in responsible
        if not (is_family_member(name, who) and about_parents and len(responsible) > 1)
    ] or responsible  # every doer was a parent named in the action: they still do it
    names: list[str] = []
    gender = None
    for name in doers:
        relative = next((r for r in who.relatives if name in (r.name, r.first)), None)
        if means_parents(name):
            names.append(parents_doing(plan, who, originals))
        elif relative is not None:
            names.append(relative.called or _called_from_role(name, plan) or relative.first)
            gender = relative.gender if len(doers) == 1 else None
        elif any(p.name == name for p in plan.core_group):
            names.append(called_by_child(name))
        elif any(role_as_name(p.role) == name for p in plan.core_group):
            names.append(f"my {name.removeprefix('the ')}")  # kept from a reader: by role
        else:
            names.append(name)  # a team or service: "Kinship Team"
    last = ", " if len(names) > 1 and " and " in names[-1] else " and "  # "Carl, Mum and Dad"
    joined = ", ".join(names[:-1]) + last + names[-1] if len(names) > 1 else "".join(names)
    return joined or "Someone", gender


def _address(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^\s*c/o\s+", "", text.lower()))


def parents_doing(plan: Plan, who: Household, originals: Sequence[CorePerson] = ()) -> str:
    """Who "parents" are as the doers of an action, as the child says it: "Mum and Dad";
    where they live apart and the child lives with one of them, that one (the reader29
    chair: Ruby was told "Mum and Dad will keep a sleep diary with me" by a plan whose
    "parents" was Mum, Dad living elsewhere and taking her to school on Wednesdays).
    ``originals``: the core group as the intake has it (a copy may leave out where the
    family live; only whether two addresses are the same is used, nothing is said)."""
    both = who.parents_as_child_says
    mum, dad = who.relative_called("Mum"), who.relative_called("Dad")
    home = _address(plan.child.address or "")
    if both != "Mum and Dad" or mum is None or dad is None or not home:
        return both
    lives = {p.name: _address(p.address or "") for p in originals or plan.core_group}
    apart = lives.get(mum.name) and lives.get(dad.name) and lives[mum.name] != lives[dad.name]
    at_home = [r.called for r in (mum, dad) if lives.get(r.name) == home]
    return at_home[0] if apart and len(at_home) == 1 else both


def _called_from_role(name: str, plan: Plan) -> str:
    """ "Maternal grandfather" -> "Grandad": the relationship without its side."""
    person = next((p for p in plan.core_group if p.name == name), None)
    if person is None:
        return ""
    role = re.split(r"[(,/–-]", person.role)[0].strip().lower()
    return called(re.sub(r"^(?:maternal|paternal)\s+", "", role))


def is_family_member(name: str, who: Household) -> bool:
    return means_parents(name) or any(name in (r.name, r.first) for r in who.relatives)


def mine_after_me(text: str, who: Household) -> str:
    """ "Take Ruby to her club": the "her" straight after my name (and "to", "with",
    "for") is mine, "Ruby's club", whoever does it (said by Mum, "her club" could be
    Mum's, and the line was left out of Ruby's version, once Mum was its doer)."""
    names = "|".join(map(re.escape, who.child_names))
    owner = {"he": "his", "she": "her"}.get(who.pronoun or "")
    if not names or not owner:
        return text
    return re.sub(
        rf"\b({names})(\s+(?:to|with|for|about|on)\s+){owner}\b",
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(1)}'s",
        text,
    )
