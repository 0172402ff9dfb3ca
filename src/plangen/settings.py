"""Settings: ``plangen.toml`` in the working folder, or the file given with ``--config``.

Every setting has a default that follows the seeds, so plangen works with no file at
all.  An unknown key or a wrong type is a :class:`~plangen.errors.ConfigError` that
names the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from plangen.errors import ConfigError
from plangen.intake.limits import Limits
from plangen.model import PlanKind
from plangen.render.context import DEFAULT_DATE_FORMAT
from plangen.web.config import WebSettings

SETTINGS_FILE = "plangen.toml"
_SOURCE_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def default_templates() -> Path:
    """``templates/`` in the working folder if there is one, else plangen's own."""
    local = Path.cwd() / "templates"
    return local if local.is_dir() else _SOURCE_TEMPLATES


class Jurisdiction(StrEnum):
    """Whose child protection guidance sets the meeting timings."""

    ENGLAND = "england"
    SCOTLAND = "scotland"
    WALES = "wales"
    NORTHERN_IRELAND = "northern-ireland"

    @classmethod
    def _missing_(cls, value: object) -> Jurisdiction | None:
        """``"England"``, ``"Northern Ireland"``, ``" northern_ireland "``: a nation as
        anyone writes it (held-out settings wrote "England" and were refused)."""
        said = "-".join(re.split(r"[\s_-]+", str(value).strip().lower()))
        return next((nation for nation in cls if nation.value == said), None)


# Weeks from the plan to the next core group (CP Plan) and to the next review (Child's
# Plan). England: core groups at least 6-weekly (Working Together 2023). Scotland:
# core groups within 15 working days of the CPPM, then regularly (National Guidance
# 2021, updated 2023); 6-weekly is the seeds' default. Wales: core groups monthly, no
# more than 6-weekly (Wales Safeguarding Procedures). Reviews of a Child's Plan at
# least every 6 weeks (seed 000).
PRESETS: dict[Jurisdiction, dict[str, int]] = {
    Jurisdiction.ENGLAND: {"core_group_weeks": 6, "review_weeks": 6},
    Jurisdiction.SCOTLAND: {"core_group_weeks": 6, "review_weeks": 6},
    Jurisdiction.WALES: {"core_group_weeks": 4, "review_weeks": 6},
    # Northern Ireland: the seeds' 6-weekly default, until a council sets its own
    Jurisdiction.NORTHERN_IRELAND: {"core_group_weeks": 6, "review_weeks": 6},
}


class RuleSettings(BaseModel):
    """Thresholds of the quality rules; ``None`` takes the jurisdiction's preset."""

    model_config = ConfigDict(extra="forbid")

    jurisdiction: Jurisdiction = Jurisdiction.ENGLAND
    max_outcomes: int = Field(default=6, ge=1)  # PLAN-01
    core_group_weeks: int | None = Field(default=None, ge=1)  # PLAN-11, CP Plans
    review_weeks: int | None = Field(default=None, ge=1)  # PLAN-11, Child's Plans
    max_professionals_with_parents: int = Field(default=5, ge=1)  # PLAN-14
    max_contacts_a_week: float = Field(default=5.0, gt=0)  # PLAN-14
    extensions_before_drift: int = Field(default=2, ge=1)  # PLAN-17
    disabled: list[str] = Field(default_factory=list)  # rule ids a council switches off
    data: Path | None = None  # a tuned copy of plangen's rules.toml (word lists)

    def weeks_to_next_meeting(self, kind: PlanKind) -> int:
        """The longest gap allowed from the plan to its next core group or review."""
        preset = PRESETS[self.jurisdiction]
        if kind is PlanKind.CP_PLAN:
            return self.core_group_weeks or preset["core_group_weeks"]
        return self.review_weeks or preset["review_weeks"]


class FamilySettings(BaseModel):
    """Targets for the family and child versions (GOV.UK, mygov.scot and NHS aim at a
    reading age of 9 to 11)."""

    model_config = ConfigDict(extra="forbid")

    parents_min_flesch: float = 70.0
    child_min_flesch: float = 80.0
    max_words_per_sentence: int = Field(default=15, ge=5)
    long_word_syllables: int = Field(default=4, ge=3)  # a "long word" in the report
    glossary: Path | None = None  # a council's own glossary.toml


class ConfidentialSettings(BaseModel):
    """How withheld details read in the plans that go to the whole core group."""

    model_config = ConfigDict(extra="forbid")

    # in the formal plan and the review copy, in place of a detail withheld from a
    # core-group member ("Held on the case record"; in free text "[address held on
    # the case record]")
    held: str = Field(default="held on the case record", min_length=3)


class ReviewSettings(BaseModel):
    """What the review copy carries besides the findings."""

    model_config = ConfigDict(extra="forbid")

    strengths: bool = True  # what the plan does well, as comments marked "Strength: ..."


class Settings(BaseModel):
    """Everything a council may tune without code."""

    model_config = ConfigDict(extra="forbid")

    templates: Path | None = None  # folder holding cp-plan.docx, childs-plan.docx ...
    date_format: str = DEFAULT_DATE_FORMAT
    rules: RuleSettings = Field(default_factory=RuleSettings)
    family: FamilySettings = Field(default_factory=FamilySettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    limits: Limits = Field(default_factory=Limits)
    confidential: ConfidentialSettings = Field(default_factory=ConfidentialSettings)
    web: WebSettings = Field(default_factory=WebSettings)  # plangen serve

    def template_dir(self) -> Path:
        return self.templates or default_templates()

    def template_for(self, kind: PlanKind) -> Path:
        """The Word template a plan of this kind is rendered with."""
        return self.template_dir() / f"{kind.value}.docx"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from ``path``, or ``plangen.toml`` in the working folder, or defaults.

    Raises :class:`ConfigError` for a file that is missing (when named), unreadable,
    not TOML, or holding an unknown setting.
    """
    if path is None:
        local = Path.cwd() / SETTINGS_FILE
        if not local.is_file():
            return Settings()
        path = local
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: is not valid TOML ({error})") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise ConfigError(f"{path}: {problems}") from None
    if settings.templates is not None and not settings.templates.is_absolute():
        settings.templates = (path.parent / settings.templates).resolve()
    if settings.rules.data is not None and not settings.rules.data.is_absolute():
        settings.rules.data = (path.parent / settings.rules.data).resolve()
    if settings.family.glossary is not None and not settings.family.glossary.is_absolute():
        settings.family.glossary = (path.parent / settings.family.glossary).resolve()
    return settings
