"""What an intake withholds, read from the original plan: the values (as secrets to
find, :func:`secrets_of`), where they stand themselves (:func:`withheld_places`), and
what the plan says openly beside them (towns, surnames, agencies)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plangen.model import NUMBERED, CorePerson, Plan, PlanKind, Withholding
from plangen.privacy.match import Secret
from plangen.privacy.names import is_family
from plangen.privacy.numbering import resolve
from plangen.privacy.secrets import secret

Place = tuple[str | int, ...]

# The kind of secret each withheld detail of a person is.
PERSON_KINDS = {
    "address": "address",
    "phone": "phone",
    "email": "email",
    "role": "details",
    "agency": "agency",
}


# Withheld with a professional's agency: their name, which leads to it as surely (a
# deputy head's name finds the school on its website).
NAME_OF_PLACE = "name"
OF_PLACE = "(their agency is withheld)"  # said after the name in a finding


def with_names_of_places(plan: Plan, items: list[Withholding]) -> list[Withholding]:
    """``items`` and, for each professional whose agency they withhold, that person's
    name, kept from the same people."""
    extra: list[Withholding] = []
    for item in items:
        if item.detail != "agency" or item.about in ("child", "plan"):
            continue
        _, person = member(plan, item.about)
        if is_family(person) or not person.agency.strip():
            continue
        derived = Withholding(
            about=item.about, detail=NAME_OF_PLACE, withheld_from=list(item.withheld_from)
        )
        if derived not in items and derived not in extra:
            extra.append(derived)
    return [*items, *extra]


def member(plan: Plan, name: str) -> tuple[int, CorePerson]:
    for index, person in enumerate(plan.core_group):
        if person.name == name:
            return index, person
    raise LookupError(name)  # the model refuses a withholding about no one


def numbered_paths(plan: Plan, detail: str) -> list[tuple[str, tuple[int, ...]]]:
    """``"action 3"`` -> the path of the third action of the plan, counted over the
    whole plan in the order it is written; ``"risk 3"`` the need the plan numbers 3
    where it numbers them (:mod:`plangen.privacy.numbering`, which the model's check
    has made sure of)."""
    try:
        noun, path = resolve(plan.risks, detail, need=plan.kind is PlanKind.CHILDS_PLAN)
    except ValueError:
        return []
    return [] if path is None else [(noun, path)]


def secrets_of(plan: Plan, items: list[Withholding]) -> list[Secret]:
    """Every withheld value of ``items``, read from the original ``plan``."""
    found: list[Secret] = []
    public = open_places(plan)
    for item in items:
        if item.about == "child" and item.detail in ("school", "phone"):
            from plangen.privacy.childs_own import child_secrets  # it reads this module

            found += child_secrets(plan, item, public)
        elif item.about == "child":
            child = plan.child
            value = {
                "address": child.address,
                # an unborn baby's due date is the date of birth to come
                "date_of_birth": child.date_of_birth or child.due_date,
                # the name itself, not a note beside it ("Robin (uses they/them)")
                "known_as": child.known_as and child.first_name,
            }[item.detail]
            kinds = {"address": "address", "date_of_birth": "date", "known_as": "name"}
            label = {
                "address": "the child's address",
                "date_of_birth": "the child's date of birth",
                "known_as": "the name the child is known by",
            }[item.detail]
            found.append(secret(kinds[item.detail], label, value, public))
        elif item.about == "plan" and item.value:
            # a sentence no row names, held all the same (:mod:`plangen.privacy.echoes`)
            found.append(secret("details", "a sentence not to be shared", item.value))
        elif item.about == "plan":
            found += _plan_secrets(plan, item.detail)
        else:
            _, person = member(plan, item.about)
            whose = f"{person.name}'s"
            if item.detail == NAME_OF_PLACE:
                # every part of the name but one the plan gives someone else (a surname
                # the child shares): "Mrs Ward" in an action is found too
                found.append(
                    secret(
                        "name",
                        f"{whose} name {OF_PLACE}",
                        person.name,
                        _names_besides(plan, person),
                    )
                )
                continue
            if item.detail:
                found.append(
                    secret(
                        PERSON_KINDS[item.detail],
                        f"{whose} {item.detail}",
                        getattr(person, item.detail),
                        public,
                    )
                )
                continue
            # the label is said in the review copy, which the core group receives: it
            # must not name the person who is withheld
            hidden = "the details of a person"
            found.append(secret("name", hidden, person.name, open_names(plan)))
            for detail, kind in PERSON_KINDS.items():
                found.append(secret(kind, hidden, getattr(person, detail), public))
    return found


def open_places(plan: Plan) -> str:
    """Where the plan openly says places: every member's agency, address and e-mail that
    nothing withholds, and the meeting places."""
    closed = {(item.about, item.detail) for item in plan.confidential}
    said: list[str] = []
    for person in plan.core_group:
        if (person.name, "") in closed:
            continue
        said += [
            getattr(person, detail)
            for detail in ("agency", "address", "email")
            if (person.name, detail) not in closed
        ]
    said += [m.details for m in (plan.next_core_group, plan.next_review) if m is not None]
    return "\n".join(said)


def open_names(plan: Plan) -> str:
    """The names the plan gives openly: the child's, and every member's not withheld
    whole (a surname the family shares tells no one who is withheld)."""
    whole = {item.about for item in plan.confidential if not item.detail}
    names = [plan.child.name, plan.child.known_as or ""]
    names += [person.name for person in plan.core_group if person.name not in whole]
    return "\n".join(names)


def _names_besides(plan: Plan, person: CorePerson) -> str:
    """The names the plan gives openly, other than ``person``'s."""
    return "\n".join(name for name in open_names(plan).split("\n") if name and name != person.name)


def work_names(plan: Plan, items: list[Withholding]) -> list[str]:
    """The agencies and work contacts of the professionals not withheld from the reader:
    names a withheld town may be part of without being the withheld address."""
    withheld = {item.about for item in items if item.about not in ("child", "plan")}
    shown: list[str] = []
    for person in plan.core_group:
        if is_family(person) or person.name in withheld:
            continue
        shown += [person.agency, person.address, person.email]
    return [name for name in shown if name]


def _plan_secrets(plan: Plan, detail: str) -> list[Secret]:
    labels = {
        "child_views": "the child's views",
        "family_views": "the family's views",
        "step_down": "the step-down criteria",
    }
    if detail in labels:
        return [secret("details", labels[detail], getattr(plan, detail))]
    if detail == "contingency":
        return [
            secret("details", "the contingency plan", plan.contingency.plan),
            secret("details", "the contingency timescale", plan.contingency.timescale),
        ]
    found = []
    for noun, path in numbered_paths(plan, detail):
        risk = plan.risks[path[0]]
        if noun == "risk":
            texts = [risk.risk_factor, risk.risk_to_child, risk.plain or ""]
            texts += [o.text for o in risk.outcomes] + [a.text for a in risk.actions]
        elif noun == "outcome":
            outcome = risk.outcomes[path[1]]
            texts = [outcome.text, outcome.success_looks_like, outcome.plain or ""]
            texts += [a.text for a in outcome.actions]
        else:
            action = risk.outcomes[path[1]].actions[path[2]]
            texts = [action.text, action.plain or ""]
        found += [secret("details", detail, text) for text in texts if text]
    return found


_NOT_TEXT = frozenset({"kind", "threshold", "status", "wellbeing", "confidential"})
# the slot of a copy's dumped plan for a finding's sentences in the rule's own words
# (:mod:`plangen.privacy.told`): their values and names are treated, but they are not
# read as the plan's sentences, nor are the core group's cells, the child's details
WORDING = "wording"
NOT_SENTENCES = ("core_group", "child", "confidential", WORDING)


def text_slots(value: Any, at: Place = ()) -> Iterator[tuple[Place, Any, Any]]:
    """(place, container, key) of every non-empty text in a dumped plan."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, inner in items:
        if key in _NOT_TEXT:
            continue
        if isinstance(inner, str) and inner:
            yield (*at, key), value, key
        elif isinstance(inner, dict | list):
            yield from text_slots(inner, (*at, key))


def withheld_places(plan: Plan) -> set[Place]:
    """The places in ``plan`` that are themselves withheld details (a person's address,
    a whole action ...): a withheld value is expected there, nowhere else."""
    places: set[Place] = set()
    for item in plan.confidential:
        if item.about == "child":
            places.add(("child", item.detail))
        elif item.about == "plan":
            if not NUMBERED.match(item.detail):
                places.add((item.detail,))
            for noun, path in numbered_paths(plan, item.detail):
                prefix: Place = ("risks", path[0])
                if noun in ("outcome", "action"):
                    prefix += ("outcomes", path[1])
                if noun == "action":
                    prefix += ("actions", path[2])
                places.add(prefix)
        else:
            index, _ = member(plan, item.about)
            places.add(("core_group", index, item.detail) if item.detail else ("core_group", index))
    return places


def texts_of(plan: Plan) -> Iterator[tuple[Place, str]]:
    """(place, text) of every text in ``plan`` a withheld detail could be written in."""
    for place, holder, key in text_slots(plan.model_dump()):
        yield place, holder[key]
