"""What each copy of a plan may hold, decided on the original plan.

Three audiences:

- a **family copy** for a named core-group member leaves out what is withheld from
  everyone and from them (``recipient``); the general family and child's versions
  (``recipient=None``) leave out everything withheld from anyone;
- the **formal plan and review copy** go to the whole core group, so every withheld
  detail reads "Held on the case record" (a setting) there;
- a **professionals-only copy**, made only on request, keeps everything.

Every numbered item ("action 2") is resolved against the original plan before anything
is taken out, and then every text of the copy is scrubbed of every withheld value,
however it is written (:mod:`plangen.privacy.match`), before any other rewriting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from plangen.model import NUMBERED, CorePerson, Plan, Withholding
from plangen.privacy.match import Hit, MarkerFor, Matcher, Secret
from plangen.privacy.names import is_family, name_key
from plangen.privacy.secrets import secret

if TYPE_CHECKING:  # the rules stage imports this module: no import back at run time
    from plangen.rules.findings import Finding

NOT_SHARED = "not shared"
HELD = "held on the case record"

# The kind of secret each withheld detail of a person is.
_PERSON_KINDS = {
    "address": "address",
    "phone": "phone",
    "email": "email",
    "role": "details",
    "agency": "details",
}


@dataclass
class Redacted:
    """A copy of the plan with what its reader must not see taken out."""

    plan: Plan
    matcher: Matcher
    # the original of each member of the copy's core group, in the same order: who is
    # family is decided on what the intake said, not on what is left of it
    originals: list[CorePerson] = field(default_factory=list)
    # (where, label) of each redaction made in free text, for the worker
    redactions: list[tuple[str, str]] = field(default_factory=list)
    marker: MarkerFor = field(default_factory=lambda: MarkerFor(NOT_SHARED))

    def scrub(self, text: str) -> str:
        """``text`` with every withheld value in it replaced by its marker."""
        return self.matcher.redact(text, self.marker)[0]

    def scrub_finding(self, finding: Finding) -> Finding:
        """A finding whose words are safe for this copy's readers."""
        return dataclasses.replace(
            finding,
            problem=self.scrub(finding.problem),
            advice=self.scrub(finding.advice),
            evidence=self.scrub(finding.evidence),
        )


def applies(item: Withholding, recipient: str | None) -> bool:
    """Whether ``item`` is kept from ``recipient`` (``None``: from every family member)."""
    if recipient is None or not item.withheld_from:
        return True
    return name_key(recipient) in {name_key(name) for name in item.withheld_from}


def kept_from(plan: Plan, recipient: str | None) -> list[Withholding]:
    return [item for item in plan.confidential if applies(item, recipient)]


def _person(plan: Plan, name: str) -> tuple[int, CorePerson]:
    for index, person in enumerate(plan.core_group):
        if person.name == name:
            return index, person
    raise LookupError(name)  # the model refuses a withholding about no one


def _numbered(plan: Plan, detail: str) -> list[tuple[str, tuple[int, ...]]]:
    """``"action 3"`` -> the path of the third action of the plan, counted over the
    whole plan in the order it is written."""
    match = NUMBERED.match(detail)
    if match is None:
        return []
    noun, wanted = match.group(1), int(match.group(2))
    paths: list[tuple[str, tuple[int, ...]]] = []
    for r, risk in enumerate(plan.risks):
        paths.append(("risk", (r,)))
        for o, outcome in enumerate(risk.outcomes):
            paths.append(("outcome", (r, o)))
            paths += [("action", (r, o, a)) for a in range(len(outcome.actions))]
    of_noun = [path for path in paths if path[0] == noun]
    return [of_noun[wanted - 1]] if 1 <= wanted <= len(of_noun) else []


def secrets_of(plan: Plan, items: list[Withholding]) -> list[Secret]:
    """Every withheld value of ``items``, read from the original ``plan``."""
    found: list[Secret] = []
    public = open_places(plan)
    for item in items:
        if item.about == "child":
            child = plan.child
            value = {
                "address": child.address,
                "date_of_birth": child.date_of_birth,
                "known_as": child.known_as,
            }[item.detail]
            kinds = {"address": "address", "date_of_birth": "date", "known_as": "name"}
            label = {
                "address": "the child's address",
                "date_of_birth": "the child's date of birth",
                "known_as": "the name the child is known by",
            }[item.detail]
            found.append(secret(kinds[item.detail], label, value, public))
        elif item.about == "plan":
            found += _plan_secrets(plan, item.detail)
        else:
            _, person = _person(plan, item.about)
            whose = f"{person.name}'s"
            if item.detail:
                found.append(
                    secret(
                        _PERSON_KINDS[item.detail],
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
            for detail, kind in _PERSON_KINDS.items():
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
    for noun, path in _numbered(plan, detail):
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


def redacted(plan: Plan, recipient: str | None, *, words: str = NOT_SHARED) -> Redacted:
    """The family copy of ``plan`` for ``recipient``: withheld items left out, and every
    withheld value scrubbed from what is left."""
    items = kept_from(plan, recipient)
    data = plan.model_dump()
    removals: list[tuple[str, tuple[int, ...]]] = []
    for item in items:
        if item.about == "child":
            data["child"][item.detail] = None
        elif item.about == "plan":
            _take_plan_detail(data, plan, item.detail, removals, replace=None)
        else:
            index, _ = _person(plan, item.about)
            if item.detail:
                data["core_group"][index][item.detail] = ""
            else:
                removals.append(("person", (index,)))
    _remove(data, removals)
    gone = {path[0] for noun, path in removals if noun == "person"}
    kept = [p for index, p in enumerate(plan.core_group) if index not in gone]
    return _scrubbed(plan, data, items, MarkerFor(words), kept)


def formal(plan: Plan, *, held: str = HELD) -> Redacted:
    """The formal plan for the core group: every withheld detail reads ``held``."""
    items = list(plan.confidential)
    data = plan.model_dump()
    shown = held[:1].upper() + held[1:]
    for item in items:
        if item.about == "child":
            if item.detail == "date_of_birth":
                data["child"]["date_of_birth"] = None
                data["child"]["age"] = None
            else:
                data["child"][item.detail] = shown
        elif item.about == "plan":
            _take_plan_detail(data, plan, item.detail, [], replace=shown)
        else:
            index, _ = _person(plan, item.about)
            person = data["core_group"][index]
            for detail in [item.detail] if item.detail else list(_PERSON_KINDS):
                person[detail] = shown if person[detail] else ""
            if not item.detail:
                person["name"] = shown
    return _scrubbed(plan, data, items, MarkerFor(held), list(plan.core_group))


def _take_plan_detail(
    data: dict[str, Any],
    plan: Plan,
    detail: str,
    removals: list[tuple[str, tuple[int, ...]]],
    *,
    replace: str | None,
) -> None:
    if detail in ("child_views", "family_views", "step_down"):
        data[detail] = replace or ""
        return
    if detail == "contingency":
        data["contingency"] = {"plan": replace or "", "timescale": ""}
        return
    for noun, path in _numbered(plan, detail):
        if replace is None:
            removals.append((noun, path))
            continue
        risk = data["risks"][path[0]]
        if noun == "risk":
            risk.update(risk_factor=replace, risk_to_child="", plain=None, outcomes=[])
        elif noun == "outcome":
            risk["outcomes"][path[1]].update(
                text=replace, success_looks_like="", plain=None, actions=[], reviews=[]
            )
        else:
            action = risk["outcomes"][path[1]]["actions"][path[2]]
            action.update(text=replace, plain=None, responsible=[], frequency="", timescale="")


def _remove(data: dict[str, Any], removals: list[tuple[str, tuple[int, ...]]]) -> None:
    """Take out the items at ``removals`` (paths into the original), deepest and last
    first, so that no removal moves another item's path."""
    # the same item may be withheld twice (from two people, say): taken out once
    for noun, path in sorted(set(removals), key=lambda r: (len(r[1]), r[1]), reverse=True):
        if noun == "person":
            del data["core_group"][path[0]]
            continue
        try:
            if noun == "risk":
                del data["risks"][path[0]]
            elif noun == "outcome":
                del data["risks"][path[0]]["outcomes"][path[1]]
            else:
                del data["risks"][path[0]]["outcomes"][path[1]]["actions"][path[2]]
        except IndexError:
            continue  # inside an item already taken out


def _scrubbed(
    plan: Plan,
    data: dict[str, Any],
    items: list[Withholding],
    marker: MarkerFor,
    originals: list[CorePerson],
) -> Redacted:
    matcher = Matcher(secrets_of(plan, items), protected=work_names(plan, items))
    redactions: list[tuple[str, str]] = []
    for where, holder, key in _texts(data, ""):
        value = holder[key]
        text, hits = matcher.redact(value, marker)
        if hits:
            holder[key] = text
            redactions += [(where, hit.secret.label) for hit in _unique(hits)]
    data["confidential"] = []
    # a copy, not an intake: two members whose names were scrubbed alike are still two
    copy = Plan.model_validate(data, context={"copy": True})
    return Redacted(copy, matcher, originals, redactions, marker)


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    kept = []
    for hit in hits:
        if hit.secret.label not in seen:
            seen.add(hit.secret.label)
            kept.append(hit)
    return kept


_NOT_TEXT = frozenset({"kind", "threshold", "status", "wellbeing", "confidential"})


def _texts(value: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, container, key) of every text in the dumped plan."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, inner in items:
        if key in _NOT_TEXT:
            continue
        path = f"{where}.{key}" if isinstance(key, str) else f"{where}[{key}]"
        if isinstance(inner, str) and inner:
            yield path.lstrip("."), value, key
        elif isinstance(inner, dict | list):
            yield from _texts(inner, path)


def withheld_places(plan: Plan) -> set[tuple[str | int, ...]]:
    """The places in ``plan`` that are themselves withheld details (a person's address,
    a whole action ...): a withheld value is expected there, nowhere else."""
    places: set[tuple[str | int, ...]] = set()
    for item in plan.confidential:
        if item.about == "child":
            places.add(("child", item.detail))
        elif item.about == "plan":
            if not NUMBERED.match(item.detail):
                places.add((item.detail,))
            for noun, path in _numbered(plan, item.detail):
                prefix: tuple[str | int, ...] = ("risks", path[0])
                if noun in ("outcome", "action"):
                    prefix += ("outcomes", path[1])
                if noun == "action":
                    prefix += ("actions", path[2])
                places.add(prefix)
        else:
            index, _ = _person(plan, item.about)
            places.add(("core_group", index, item.detail) if item.detail else ("core_group", index))
    return places


def texts_of(plan: Plan) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(place, text) of every text in ``plan`` a withheld detail could be written in."""

    def walk(value: Any, at: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key not in _NOT_TEXT:
                    yield from walk(inner, (*at, key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, (*at, index))
        elif isinstance(value, str) and value:
            yield at, value

    yield from walk(plan.model_dump(), ())
