"""Settings: ``plangen.toml`` in the working folder, or the file given with ``--config``.

Every setting has a default that follows the seeds, so plangen works with no file at
all.  An unknown key or a wrong type is a :class:`~plangen.errors.ConfigError` that
names the file and the key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from plangen.errors import ConfigError
from plangen.model import PlanKind
from plangen.render.context import DEFAULT_DATE_FORMAT

SETTINGS_FILE = "plangen.toml"
_SOURCE_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def default_templates() -> Path:
    """``templates/`` in the working folder if there is one, else plangen's own."""
    local = Path.cwd() / "templates"
    return local if local.is_dir() else _SOURCE_TEMPLATES


class Settings(BaseModel):
    """Everything a council may tune without code."""

    model_config = ConfigDict(extra="forbid")

    templates: Path | None = None  # folder holding cp-plan.docx, childs-plan.docx ...
    date_format: str = DEFAULT_DATE_FORMAT

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
    return settings
