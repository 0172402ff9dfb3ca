"""``plangen serve``: the command that starts the web page (registered in
:mod:`plangen.cli`; the web server itself is imported only when it starts)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plangen.console import handle_errors, say
from plangen.settings import load_settings

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (default: plangen.toml in this folder)."),
]


def serve_command(
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. Anything but this computer (127.0.0.1) needs "
            "sign-in set up in plangen.toml (\\[web]).",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    hash_password: Annotated[
        bool,
        typer.Option(
            "--hash-password",
            help="Ask for a password and print its hash for \\[\\[web.users]]; start nothing.",
        ),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Start the web page for the team: upload intakes, see findings, take the plans."""
    from plangen.web.config import hash_password as make_hash
    from plangen.web.server import serve

    if hash_password:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        say(f'password_hash = "{make_hash(password)}"')
        return
    with handle_errors():
        serve(load_settings(config), host, port)
