"""What a rule says about a plan: a :class:`Finding`, at a :class:`Place`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Segment = str | int


class Severity(StrEnum):
    """How much a finding matters.

    ``weakness``: the plan falls short of the guidance and should be changed before it
    goes out.  ``advice``: worth a look; the plan may be right as it is.  ``strength``:
    something the plan does well (shown with ``--explain``, for training).  ``note``:
    nothing to change; what plangen did that the worker should know (family members'
    contact details kept on the case record, not printed).  Neither a strength nor a
    note changes the exit status of ``plangen check``.
    """

    WEAKNESS = "weakness"
    ADVICE = "advice"
    STRENGTH = "strength"
    NOTE = "note"


_NAMES = {
    "risks": "risk",
    "outcomes": "outcome",
    "actions": "action",
    "core_group": "core group member",
    "reviews": "review",
}
_FIELDS = {
    "text": "",
    "risk_factor": "risk factor",
    "risk_to_child": "risk to child",
    "success_looks_like": "what success looks like",
    "responsible": "person responsible",
    "frequency": "frequency of contact",
    "timescale": "timescale",
    "priority": "priority",
    "plan": "contingency plan",
    "contingency": "contingency plan",
    "child_views": "the child's views",
    "family_views": "the parents' / carers' views",
    "next_core_group": "date of next core group",
    "next_review": "date of next review",
    "step_down": "step down or close",
    "core_group": "core group",
    "lead_professional": "lead professional",
}


@dataclass(frozen=True)
class Place:
    """Where in the plan a finding points: a path into the plan model.

    ``Place(("risks", 0, "outcomes", 0, "actions", 1, "timescale"))`` is written
    ``risks[0].outcomes[0].actions[1].timescale`` for tools and
    "risk 1, outcome 1, action 2, timescale" for people.  The empty place is the plan
    as a whole.

    ``priority`` is the plan's own number for the outcome the place is in (a Child's
    Plan numbers its outcomes by priority): people then read "outcome with priority 4,
    action 2", not the outcome's position; ``number``, a CP plan's (counted down the
    plan: "risk 2, outcome 3").  Neither changes the path (what comments are anchored
    by) nor equality.
    """

    segments: tuple[Segment, ...] = ()
    priority: int | None = field(default=None, compare=False)
    # a CP plan's own number for the outcome: counted down the plan, as its progress
    # table and the intake's Reviews sheet number them ("risk 2, outcome 3")
    number: int | None = field(default=None, compare=False)

    def __truediv__(self, segment: Segment) -> Place:
        return Place((*self.segments, segment), self.priority, self.number)

    @property
    def path(self) -> str:
        out = ""
        for segment in self.segments:
            out += f"[{segment}]" if isinstance(segment, int) else f".{segment}" if out else segment
        return out

    @property
    def where(self) -> str:
        if not self.segments:
            return "the plan as a whole"
        words: list[str] = []
        segments = list(self.segments)
        if self.priority is not None and segments[:1] == ["risks"] and len(segments) >= 4:
            words.append(f"outcome with priority {self.priority}")
            segments = segments[4:]
        elif self.number is not None and segments[:1] == ["risks"] and len(segments) >= 4:
            words += [f"risk {int(segments[1]) + 1}", f"outcome {self.number}"]
            segments = segments[4:]
        for index, segment in enumerate(segments):
            if isinstance(segment, int):
                continue
            following = segments[index + 1] if index + 1 < len(segments) else None
            if isinstance(following, int):
                words.append(f"{_NAMES.get(segment, segment)} {following + 1}")
            elif segment == "contingency" and following is not None:
                continue  # "contingency plan", not "contingency, contingency plan"
            elif segment in _FIELDS:
                if _FIELDS[segment]:
                    words.append(_FIELDS[segment])
            else:
                words.append(segment.replace("_", " "))
        return ", ".join(words)

    def parents(self) -> list[Place]:
        """This place and every wider place, narrowest first (for anchoring)."""
        return [Place(self.segments[:end]) for end in range(len(self.segments), -1, -1)]

    @classmethod
    def parse(cls, path: str) -> Place:
        """The place written as ``risks[0].outcomes[0].text``."""
        segments: list[Segment] = []
        for part in path.replace("]", "").replace("[", ".").split("."):
            if part:
                segments.append(int(part) if part.isdigit() else part)
        return cls(tuple(segments))


PLAN = Place()


@dataclass(frozen=True)
class Finding:
    """One thing a rule found: which rule, where, and what to do about it."""

    rule: str  # PLAN-01 ... PLAN-20
    severity: Severity
    place: Place
    problem: str  # what is wrong, in one plain sentence
    advice: str  # what good looks like
    evidence: str = ""  # the words that made a free-text rule fire (``check --explain``)
    # the other places the same message is about, said once here (:mod:`.once`), and
    # where they are in the plan's own numbers: "actions 1.2 and 3.1; the child's views"
    also: tuple[Place, ...] = ()
    also_in: str = ""
    kind: str = ""  # a strength's kind ("measurable", "timescale"): its words vary by plan

    @property
    def message(self) -> str:
        said = f"{self.problem} {self.advice}".strip()
        return f"{said} Also in: {self.also_in}." if self.also_in else said

    @property
    def places(self) -> tuple[Place, ...]:
        """Every place the finding is about: its own first, then the others."""
        return (self.place, *self.also)

    def as_dict(self) -> dict[str, Any]:
        """The finding for other tools (``plangen check --format json``): ``places``
        lists every place its message is about, its own ``path`` first."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.place.path,
            "where": self.place.where,
            "problem": self.problem,
            "advice": self.advice,
            "also_in": self.also_in,
            "places": [place.path for place in self.places],
        }
