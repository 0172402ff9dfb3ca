"""How much plangen will read from one intake file (``[limits]`` in ``plangen.toml``).

An intake file comes from outside: a form e-mailed in, a workbook exported by another
system.  These limits stop a damaged or hostile file (a zip bomb, a sheet of a million
rows, a cell of fifty megabytes) before it costs the machine its memory, with a
message that says which limit was crossed and how to raise it.  The defaults are far
above any real plan.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

MB = 1024 * 1024


class Limits(BaseModel):
    """The most plangen reads from one intake file."""

    model_config = ConfigDict(extra="forbid")

    max_file_mb: float = Field(default=20.0, gt=0)  # the file as it is on disk
    max_unzipped_mb: float = Field(default=200.0, gt=0)  # an .xlsx/.docx, every part inflated
    max_rows: int = Field(default=10_000, ge=1)  # filled rows in one sheet or table
    max_columns: int = Field(default=100, ge=10)  # columns read from one sheet or table
    max_cell_chars: int = Field(default=32_767, ge=100)  # one cell (Excel's own limit)
    max_plans: int = Field(default=1_000, ge=1)  # plans in one intake file
    max_strings: int = Field(default=100_000, ge=1_000)  # a workbook's shared texts
    max_form_tags: int = Field(default=400_000, ge=10_000)  # XML tags in one Word form part

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * MB)

    @property
    def max_unzipped_bytes(self) -> int:
        return int(self.max_unzipped_mb * MB)


DEFAULT_LIMITS = Limits()
