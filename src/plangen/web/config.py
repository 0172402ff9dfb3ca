"""``[web]`` in ``plangen.toml``: who may use the page, and how long results are kept.

Kept free of the web framework, so the settings load without it.  A password is kept
only as an scrypt hash (:func:`hash_password`, ``plangen serve --hash-password``),
checked in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from pydantic import BaseModel, ConfigDict, Field, field_validator

# scrypt's cost: 2**14 rounds of 8 blocks, about 16 MB and 50 ms a check (OWASP's floor
# for scrypt is N=2**17 with r=8 at 128 MB; a team page checks one password at a time,
# and the lower cost keeps a burst of logins from exhausting memory).
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` for ``password``, to paste into ``[[web.users]]``."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"{_SCHEME}${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a hash made by :func:`hash_password`."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest, validate=True)
        got = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return scheme == _SCHEME and hmac.compare_digest(got, expected)


class User(BaseModel):
    """One person allowed in, with the hash of their password (never the password)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    password_hash: str

    @field_validator("password_hash")
    @classmethod
    def _is_a_hash(cls, value: str) -> str:
        if not value.startswith(_SCHEME + "$") or value.count("$") != 5:
            raise ValueError("is not a password hash; make one with: plangen serve --hash-password")
        return value


class WebSettings(BaseModel):
    """The page started by ``plangen serve``.

    With neither ``users`` nor ``trusted_header`` it only listens on this computer
    (127.0.0.1).  ``trusted_header`` names the header in which an authenticating
    reverse proxy passes the signed-in user (for example ``X-Remote-User``); it is
    believed only from the addresses in ``trusted_proxies``.
    """

    model_config = ConfigDict(extra="forbid")

    users: list[User] = Field(default_factory=list)
    trusted_header: str | None = None
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    results_minutes: float = Field(default=30.0, gt=0)  # results deleted after this
    max_files: int = Field(default=20, ge=1)  # intake files in one upload
    workers: int | None = Field(default=None, ge=1)  # processes making plans (every core)

    @property
    def authenticated(self) -> bool:
        """Whether the page asks who is using it (needed off this computer)."""
        return bool(self.users or self.trusted_header)
