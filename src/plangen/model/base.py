"""What every part of the plan model shares: a text field, a name field, and a model that
refuses unknown fields (``extra="forbid"``)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
)


def _none_is_blank(value: object) -> object:
    """A text left ``null`` (as a JSON export writes an empty field) is a blank text."""
    return "" if value is None else value


Text = Annotated[str, BeforeValidator(_none_is_blank), StringConstraints(strip_whitespace=True)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=True)

    # fields a later plangen added: written to the plan's .json only when given, so a plan
    # that has none of them writes the same .json as before they were added
    only_when_given: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        dumped: dict[str, object] = handler(self)
        for name in self.only_when_given:
            if not getattr(self, name):
                dumped.pop(name, None)
        return dumped
