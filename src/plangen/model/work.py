"""The work of a plan: risks (or needs), each answered by outcomes for the child, each
reached through actions; review progress on an outcome; and the contingency plan."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import (
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from plangen.kinds import ProgressStatus, Wellbeing
from plangen.model.base import Name, Text, _Model

# The first words of a timescale that is a time, not a task of its own: a date, a
# period, a deadline or a review point ("3 months", "By 31/01/25", "Until RCPC", "Ongoing").
_A_TIME = re.compile(
    r"^\W*(?:\d|by\b|before\b|within\b|until\b|till\b|to\b|for\b|from\b|over\b|during\b"
    r"|throughout\b|after\b|at\b|in\b|on\b|end\b|next\b|each\b|every\b|ongoing\b"
    r"|immediate(?:ly)?\b|now\b|asap\b|a\.s\.a\.p|tbc\b|tba\b|as\b|when\b|same\b|one\b|two\b"
    r"|three\b|four\b|six\b|twelve\b|weekly\b|fortnightly\b|monthly\b|daily\b|termly\b"
    r"|review(?:ed)?\b|start(?:ing)?\b|life\b|duration\b|half[- ]?term\b|term\b|summer\b"
    r"|autumn\b|spring\b|easter\b|christmas\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.I,
)


def is_a_time(timescale: str) -> bool:
    """Whether ``timescale`` is a time another action can share, not a task of its own."""
    return _A_TIME.match(timescale) is not None


# in the JSON Schema, though read before the model (:meth:`Action._as_above`)
_AS_ABOVE = {
    "timescale_as_above": {
        "type": "boolean",
        "description": "the same timescale as the action above (a blank is none agreed)",
    }
}


class Action(_Model):
    """One thing someone will do.  SMART: what, who, how often, by when.

    ``responsible`` holds each name as written; ``"parents"`` stands for the core group's
    parents and carers.  A blank ``timescale`` on an action that follows another action
    of the same outcome reads as "the same timescale as above", as in the seed example
    where one timescale is written beside four actions, when the one above is a time
    ("3 months", "By 31/01/25", "Ongoing"); when it names its own task ("Assessment by
    13/06/2025") the blank is no timescale (see :meth:`Outcome.timescale_of`).  A JSON
    intake says which it is: a blank there is none agreed, ``timescale_as_above`` the
    one above (:mod:`plangen.intake.json_values`).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        json_schema_extra=lambda schema: schema["properties"].update(_AS_ABOVE),
    )

    text: Text
    responsible: list[Name] = Field(default_factory=list)
    frequency: Text = ""
    timescale: Text = ""
    plain: Text | None = None  # the worker's own plain words for the family version
    # the intake's timescale cell is empty and outside the merged cell above it (the
    # worker merged the timescale down the rows it was meant for, and stopped): no
    # timescale, not the one above.  Written to the plan's .json only when true.
    timescale_left_blank: bool = False

    @model_validator(mode="before")
    @classmethod
    def _as_above(cls, data: object) -> object:
        """``"timescale_as_above": true`` (written by :class:`Outcome` for an action that
        shares the timescale above it) is that: a blank timescale, not left blank."""
        if not isinstance(data, dict) or "timescale_as_above" not in data:
            return data
        data = dict(data)
        if data.pop("timescale_as_above") is True:
            if str(data.get("timescale") or "").strip() or data.get("timescale_left_blank"):
                raise ValueError(
                    "says its timescale is the same as above and also gives it one (or "
                    "says it was left blank); keep one of them"
                )
            data["timescale"] = ""
        return data

    only_when_given = ("timescale_left_blank",)


class ReviewEntry(_Model):
    """Progress on an outcome recorded at a review or core group."""

    date: dt.date
    status: ProgressStatus
    note: Text = ""
    timescale_extended: bool = False


LABEL_WORDS = 8  # the first words of an outcome that name it in a later table


class Outcome(_Model):
    """The change the plan is aiming for, for the child (seed 002: "anticipated outcome
    for child"), with the actions meant to bring it about.

    An outcome with empty ``text`` holds actions that were written with no anticipated
    outcome; the quality rules point at them.
    """

    text: Text = ""
    priority: int | None = Field(default=None, ge=1)
    success_looks_like: Text = ""  # "what progress / success looks like": steps along the way
    actions: list[Action] = Field(default_factory=list)
    reviews: list[ReviewEntry] = Field(default_factory=list)
    plain: Text | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        """A blank timescale that shares the one above says so (``timescale_as_above``):
        a JSON intake's blank is no timescale, so the plan's .json reads back the same."""
        dumped: dict[str, object] = handler(self)
        actions = dumped.get("actions")
        if isinstance(actions, list):
            for index, action in enumerate(self.actions):
                if index and not action.timescale and not action.timescale_left_blank:
                    actions[index] = {**actions[index], "timescale_as_above": True}
        return dumped

    def label(self, number: int) -> str:
        """``"2. Parents meet Betty's basic needs. Betty is clean, fed ..."``: the
        outcome named by its number and first words, where a table lists it again."""
        words = self.text.split()
        short = " ".join(words[:LABEL_WORDS]) + (" ..." if len(words) > LABEL_WORDS else "")
        return f"{number}. {short}".strip()

    def timescale_of(self, index: int) -> str:
        """The timescale of action ``index``: its own, or the one above it that it shares
        (the seed's one merged cell beside four actions).  A blank under a timescale that
        names another task ("Assessment by 13/06/2025" above "Grandad to do the school
        run") is shared by no one who reads it: it is no timescale ("")."""
        if self.actions[index].timescale_left_blank and not self.actions[index].timescale:
            return ""
        for action in reversed(self.actions[: index + 1]):
            if action.timescale:
                own = action is self.actions[index]
                return action.timescale if own or is_a_time(action.timescale) else ""
            if action.timescale_left_blank:  # the row above has none: so has this one
                return ""
        return ""

    def shares_timescale(self, index: int) -> bool:
        """Whether action ``index`` has no timescale of its own and shares the one above."""
        return not self.actions[index].timescale and bool(self.timescale_of(index))


class Risk(_Model):
    """An identified risk to the child (CP Plan) or a need (Child's Plan).

    ``risk_factor`` is what in the child's life causes concern ("parental substance
    misuse"); ``risk_to_child`` is the harm it brings ("neglect: tired, hungry ...").
    """

    risk_factor: Text = ""
    risk_to_child: Text = ""
    wellbeing: list[Wellbeing] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    plain: Text | None = None

    @property
    def actions(self) -> list[Action]:
        return [action for outcome in self.outcomes for action in outcome.actions]


class Contingency(_Model):
    """What happens if the outcomes are not achieved, and by when."""

    plan: Text = ""
    timescale: Text = ""
