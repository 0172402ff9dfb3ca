"""``plangen serve``: the page on uvicorn, on this computer unless sign-in is set up."""

from __future__ import annotations

import ipaddress
import logging
import sys

from plangen.errors import ConfigError
from plangen.settings import Settings

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this computer only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refuse_open_without_sign_in(host: str, settings: Settings) -> None:
    """Raise :class:`ConfigError` for an address others can reach, unless ``[web]``
    in ``plangen.toml`` says who may sign in."""
    if is_loopback(host) or settings.web.authenticated:
        return
    raise ConfigError(
        f"will not listen on {host} without sign-in: intake files hold children's details. "
        "Add users ([[web.users]] with a password hash from `plangen serve "
        "--hash-password`) or the header of an authenticating reverse proxy "
        "([web] trusted_header) to plangen.toml, or serve on 127.0.0.1"
    )


def serve(settings: Settings, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Run the page until stopped (Ctrl+C); every upload is deleted on the way out."""
    import uvicorn

    from plangen.web.app import create_app

    refuse_open_without_sign_in(host, settings)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr
    )
    shown = f"[{host}]" if ":" in host else host
    print(f"plangen is at http://{shown}:{port}/ (Ctrl+C stops it)", flush=True)
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        access_log=False,  # the app logs each request by its route, without ids or names
        proxy_headers=False,  # the peer address is the one the trusted header checks
        server_header=False,
        log_level="info",
        timeout_graceful_shutdown=5,
    )
