"""Command-line options several commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (default: plangen.toml in this folder)."),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Show values from the intake in error messages (they are \\[hidden] by default, "
        "as messages end up in logs and e-mails).",
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Replace files edited by hand, after moving them to OUT/.plangen/edited/.",
    ),
]
PdfOption = Annotated[
    bool, typer.Option("--pdf", help="Also a PDF/A of each document (needs LibreOffice).")
]
