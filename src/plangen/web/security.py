"""Who is asking, and what they may have: authentication, sessions, CSRF, headers.

Every request passes :class:`Guard` (a plain ASGI middleware, outermost):

- authentication, when ``[web]`` configures it: HTTP Basic against the scrypt hashes of
  ``[[web.users]]``, or the user named in ``trusted_header`` by an authenticating
  reverse proxy at one of ``trusted_proxies``;
- a browser session: a random id in an HttpOnly, SameSite=Strict cookie, bound to the
  user; uploads belong to one session and no other can see them;
- a body limit, so an upload cannot fill the disk;
- security headers on every response (a Content-Security-Policy with no inline script,
  nosniff, no framing, no referrer, no caching);
- any error that escapes a page becomes a plain 500 page; the log gets its type only.

Each form POST checks its CSRF token with :func:`check_csrf`.  The log names the route
(``/jobs/{job}``), never an id, a file name or a value from an intake.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import logging
import secrets
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plangen.web.config import WebSettings, verify_password

log = logging.getLogger("plangen.web")
COOKIE = "plangen_session"
HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass
class Session:
    """One browser: its CSRF token and the uploads it may see."""

    id: str
    user: str | None
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    seen: float = field(default_factory=time.monotonic)


class Sessions:
    """Sessions in memory; an idle one is forgotten with its uploads' expiry."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}

    def find(self, cookie: str | None, user: str | None) -> Session | None:
        session = self._sessions.get(cookie or "")
        if session is None or session.user != user:  # a cookie never crosses users
            return None
        session.seen = time.monotonic()
        return session

    def new(self, user: str | None) -> Session:
        session = Session(secrets.token_urlsafe(32), user)
        self._sessions[session.id] = session
        return session

    def forget_idle(self, seconds: float) -> list[str]:
        """Forget sessions idle for ``seconds``; their ids, so their uploads go too."""
        cutoff = time.monotonic() - seconds
        idle = [sid for sid, s in self._sessions.items() if s.seen < cutoff]
        for sid in idle:
            del self._sessions[sid]
        return idle


def session_of(request: Request) -> Session:
    session: Session = request.scope["state"]["session"]
    return session


def check_csrf(request: Request, token: object) -> None:
    """Refuse a form POST whose CSRF token is missing or not this session's."""
    expected = session_of(request).csrf
    if not isinstance(token, str) or not hmac.compare_digest(token, expected):
        raise HTTPException(403, "This form has expired or did not come from this page.")


class Guard:
    """Authentication, session, body limit, headers and the last word on errors."""

    def __init__(
        self, app: ASGIApp, *, web: WebSettings, sessions: Sessions, max_body: int
    ) -> None:
        self.app, self.web, self.sessions, self.max_body = app, web, sessions, max_body
        self._verified: set[bytes] = set()  # Basic credentials already checked
        self._key = secrets.token_bytes(32)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}
        headers = Headers(scope=scope)
        user, allowed = self._user(scope, headers)
        if not allowed:
            status["code"] = 401
            await self._unauthorised(scope, receive, send)
            self._log(scope, 401, started)
            return
        cookie = SimpleCookie(headers.get("cookie", "")).get(COOKIE)
        session = self.sessions.find(cookie.value if cookie else None, user)
        fresh = session is None
        if session is None:
            session = self.sessions.new(user)
        scope.setdefault("state", {})["session"] = session

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                raw = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _OURS]
                raw += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                if fresh:
                    raw.append((b"set-cookie", _cookie(session.id, scope).encode()))
                message = {**message, "headers": raw}
            await send(message)

        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            response: Response = PlainTextResponse("This upload is too large.", 413)
            await response(scope, receive, send_with_headers)
        else:
            try:
                await self.app(scope, _limited(receive, self.max_body), send_with_headers)
            except Exception as error:  # the page shows no trace; the log, the type only
                log.error("internal error %s on %s", type(error).__name__, _route(scope))
                response = PlainTextResponse("Something went wrong in plangen.", 500)
                # if the response had started, the connection is closed instead
                with contextlib.suppress(RuntimeError):
                    await response(scope, receive, send_with_headers)
        self._log(scope, status["code"], started)

    def _user(self, scope: Scope, headers: Headers) -> tuple[str | None, bool]:
        """The signed-in user, and whether the request may go on."""
        web = self.web
        if not web.authenticated:
            return None, True
        if web.trusted_header:
            client = scope.get("client") or ("", 0)
            named = headers.get(web.trusted_header, "").strip()
            if named and client[0] in web.trusted_proxies:
                return named, True
        given = headers.get("authorization", "")
        if web.users and given.lower().startswith("basic "):
            return self._basic(given[6:].strip())
        return None, False

    def _basic(self, encoded: str) -> tuple[str | None, bool]:
        try:
            name, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None, False
        seen = hmac.new(self._key, encoded.encode(), hashlib.sha256).digest()
        if seen in self._verified:
            return name, True
        for user in self.web.users:
            if hmac.compare_digest(user.name, name) and verify_password(
                password, user.password_hash
            ):
                if len(self._verified) > 10_000:  # a bound, not a cache policy
                    self._verified.clear()
                self._verified.add(seen)
                return name, True
        return None, False

    async def _unauthorised(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(HEADERS)
        if self.web.users:
            headers["www-authenticate"] = 'Basic realm="plangen", charset="UTF-8"'
        await PlainTextResponse("Sign in to use plangen.", 401, headers=headers)(
            scope, receive, send
        )

    def _log(self, scope: Scope, status: int, started: float) -> None:
        took = (time.perf_counter() - started) * 1000
        log.info("%s %s %d %.0f ms", scope.get("method"), _route(scope), status, took)


_OURS = {k.encode() for k in HEADERS}


def _cookie(session_id: str, scope: Scope) -> str:
    secure = "; Secure" if scope.get("scheme") == "https" else ""
    return f"{COOKIE}={session_id}; Path=/; HttpOnly; SameSite=Strict{secure}"


def _limited(receive: Receive, most: int) -> Receive:
    """``receive`` that refuses a body larger than ``most`` bytes, however it is sent."""
    taken = 0

    async def limited() -> Message:
        nonlocal taken
        message = await receive()
        taken += len(message.get("body", b""))
        if taken > most:
            raise HTTPException(413, "This upload is too large.")
        return message

    return limited


def _route(scope: Scope) -> str:
    """The route's pattern (``/jobs/{job}``), never the path with its ids."""
    app: Any = scope.get("app")
    for route in getattr(getattr(app, "router", None), "routes", []):
        if isinstance(route, Route) and route.matches(scope)[0] is Match.FULL:
            return route.path
    return "/static" if scope.get("path", "").startswith("/static/") else "(other)"
