"""The web application: its parts wired together, and what happens at start and stop.

:func:`create_app` builds the Starlette app; the pages themselves are in
:mod:`plangen.web.pages`.  At start the worker processes are started with the templates
loaded; every minute results older than ``results_minutes`` are deleted; at stop every
upload folder is deleted.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

from jinja2 import PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from plangen.intake.limits import MB
from plangen.settings import Settings
from plangen.web import pages
from plangen.web.jobs import Jobs
from plangen.web.preview import can_draw_pages
from plangen.web.security import Guard, Sessions
from plangen.web.state import Web, web_of
from plangen.web.workers import Workers

_SWEEP_SECONDS = 30.0


def create_app(settings: Settings, *, draw_pages: bool | None = None) -> Starlette:
    """The page, with its own worker processes and a private folder for uploads.

    ``draw_pages`` chooses the preview: page images (needs LibreOffice) or the HTML
    view; by default images when LibreOffice is installed.
    """
    count = settings.web.workers or os.cpu_count() or 1
    workers = Workers(settings, count)
    sessions = Sessions()
    web = Web(
        settings=settings,
        sessions=sessions,
        workers=workers,
        jobs=Jobs(settings, workers),
        draw_pages=can_draw_pages() if draw_pages is None else draw_pages,
        templates=SandboxedEnvironment(
            loader=PackageLoader("plangen.web", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
        ),
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        workers.start()
        sweeper = asyncio.create_task(_sweep(web))
        try:
            yield
        finally:
            sweeper.cancel()
            web.jobs.close()
            await workers.close()

    # the largest upload: every file at the [limits] size, and room for the form
    max_body = settings.web.max_files * settings.limits.max_file_bytes + MB
    static = Path(__file__).parent / "static"
    app = Starlette(
        routes=[*pages.ROUTES, Mount("/static", StaticFiles(directory=static), name="static")],
        middleware=[Middleware(Guard, web=settings.web, sessions=sessions, max_body=max_body)],
        exception_handlers={HTTPException: _refused},
        lifespan=lifespan,
    )
    web.templates.filters["label"] = pages.file_label
    app.state.web = web
    return app


async def _refused(request: Request, error: Exception) -> Response:
    """A refusal (not found, expired form, too large) as a page, never a trace."""
    assert isinstance(error, HTTPException)
    return web_of(request).render(
        request, "error.html", error.status_code, status=error.status_code, detail=error.detail
    )


async def _sweep(web: Web) -> None:
    """Delete results past their time, and forget idle sessions with theirs."""
    keep = web.settings.web.results_minutes * 60
    while True:
        await asyncio.sleep(min(_SWEEP_SECONDS, keep / 4))
        web.jobs.expire(web.sessions.forget_idle(keep))
