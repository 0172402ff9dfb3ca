"""What every page shares: settings, sessions, jobs, workers and the page templates."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2.sandbox import SandboxedEnvironment
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from plangen.settings import Settings
from plangen.web.jobs import Jobs
from plangen.web.security import Sessions, session_of
from plangen.web.workers import Workers


@dataclass
class Web:
    """Everything the pages share."""

    settings: Settings
    sessions: Sessions
    workers: Workers
    jobs: Jobs
    draw_pages: bool
    templates: SandboxedEnvironment
    previews: asyncio.Lock = field(default_factory=asyncio.Lock)  # one LibreOffice at a time

    @property
    def office_profile(self) -> Path:
        return self.jobs.root / "office-profile"

    def render(
        self, request: Request, template: str, code: int = 200, /, **values: Any
    ) -> Response:
        """A page from ``templates/``, autoescaped, with this session's CSRF token."""
        page = self.templates.get_template(template)
        html = page.render(csrf=session_of(request).csrf, settings=self.settings, **values)
        return HTMLResponse(html, code)


def web_of(request: Request) -> Web:
    web: Web = request.app.state.web
    return web
