"""The pages: upload, results, downloads, preview, recipient copies, blanks, templates.

Each handler finds its upload through :meth:`Jobs.get` with the browser's own session,
so an id from another session is "not found", exactly like an id that never existed.
Every POST handler reads its form through :func:`_posted`, which checks the CSRF token.
"""

from __future__ import annotations

import asyncio
import io
import secrets
import shutil
import subprocess
import zipfile
from pathlib import Path

from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from plangen.intake.blank import blank_workbook, workbook_bytes
from plangen.model import PlanKind
from plangen.pipeline import ON_REQUEST, VERSION_FILES, output_stem
from plangen.render.context import blank_context
from plangen.render.engine import load_template
from plangen.web import work
from plangen.web.jobs import Job, PlanResult, safe_name
from plangen.web.preview import html_view, page_images
from plangen.web.security import check_csrf, session_of
from plangen.web.state import Web, web_of
from plangen.web.workers import URGENT, WorkerCrashed

_FORMS = {"cp": PlanKind.CP_PLAN, "child": PlanKind.CHILDS_PLAN}
_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".json": "application/json",
    ".pdf": "application/pdf",
}
_NOT_FOUND = (
    "There is nothing here. Results are kept for a while only, and only for the browser "
    "that uploaded them; they are removed once their zip is downloaded."
)
_NOT_MADE = (
    "The documents are still being made. The results page lists each one as soon as it "
    "is ready to download."
)
_NEWS_SECONDS = 20.0  # a page's question about progress is answered at least this often

# what each file is, by the end of its name (the pipeline's VERSION_FILES)
_LABELS = {
    ".docx": "The plan",
    ".json": "The plan as data (JSON)",
    ".review.docx": "Review copy, with comments",
    "-family.docx": "Family version",
    "-family.draft.docx": "Family version: the worker's readability draft",
    "-child.docx": "Child's version",
}


def file_label(name: str) -> str:
    """What a file is, for a person: "Review copy, with comments"."""
    if "-family-for-" in name:
        return "Family copy for one person"
    if "-professionals-only" in name:
        return "For professionals only: nothing withheld"
    ends = [suffix for suffix in _LABELS if name.endswith(suffix)]
    return _LABELS[max(ends, key=len)] if ends else name


async def _posted(request: Request) -> FormData:
    """The form, once its CSRF token is checked; at most ``max_files`` files."""
    web = web_of(request)
    form = await request.form(max_files=web.settings.web.max_files, max_fields=100)
    try:
        check_csrf(request, form.get("csrf"))
    except HTTPException:
        await form.close()  # the uploaded files' spool files go now
        raise
    return form


def _job(request: Request) -> Job:
    job = web_of(request).jobs.get(session_of(request).id, request.path_params["job"])
    if job is None:
        raise HTTPException(404, _NOT_FOUND)
    return job


def _plan(job: Job, number: int) -> PlanResult:
    for result in job.plans:
        if result.number == number:
            return result
    raise HTTPException(404, _NOT_FOUND)


async def home(request: Request, error: str = "", status: int = 200) -> Response:
    web = web_of(request)
    jobs = web.jobs.of_session(session_of(request).id)
    return web.render(request, "home.html", status, jobs=jobs, error=error)


async def upload(request: Request) -> Response:
    """Store the intake files and show their results page (which fills in as it goes)."""
    form = await _posted(request)
    files = [f for f in form.getlist("intakes") if isinstance(f, UploadFile) and f.filename]
    if not files:
        return await home(request, "Choose one or more intake files first.", 400)
    uploads = [(f.filename or "", await f.read()) for f in files]
    await form.close()
    job = web_of(request).jobs.create(session_of(request).id, uploads)
    return RedirectResponse(f"/jobs/{job.id}", 303)


async def results(request: Request) -> Response:
    job = _job(request)
    withheld = {  # shown beside the copies, which are offered once the files are made
        result.number: {
            person.name: work.withheld_from(result.plan, person.name)
            for person in result.plan.core_group
        }
        for result in job.plans
        if result.files
    }
    return web_of(request).render(
        request, "job.html", job=job, progress=job.progress(), withheld=withheld
    )


async def status(request: Request) -> Response:
    """Where the upload is; with ``?after=VERSION`` (the version the page last saw),
    once it has moved on from there, or after ``_NEWS_SECONDS`` with no change."""
    job = _job(request)
    seen = request.query_params.get("after", "")
    if seen.isdigit():
        waits = [
            asyncio.ensure_future(job.news(int(seen), _NEWS_SECONDS)),
            asyncio.ensure_future(_gone(request)),  # the page was closed or reloaded
        ]
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for wait in waits:
            wait.cancel()
        job = _job(request)  # deleted meanwhile: "not found" as for any other
    return JSONResponse(job.progress())


async def _gone(request: Request) -> None:
    """Until the browser closes the connection."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def download(request: Request) -> Response:
    """One file, once it is made: a file is listed only when written whole."""
    job = _job(request)
    index = request.path_params["index"]
    if index >= len(job.downloads) and job.phase != "done":
        raise HTTPException(409, _NOT_MADE)
    if not 0 <= index < len(job.downloads):
        raise HTTPException(404, _NOT_FOUND)
    path = job.downloads[index]
    return FileResponse(
        job.out / path,
        media_type=_TYPES.get(path.suffix, "application/octet-stream"),
        filename=path.name,
    )


async def everything(request: Request) -> Response:
    """Every file of the upload as one zip; the upload is then deleted from the server."""
    web, job = web_of(request), _job(request)
    if job.phase != "done":
        raise HTTPException(409, "The plans are still being made; try again when they are ready.")
    data = await asyncio.to_thread(_zip, job.out, list(job.downloads))
    web.jobs.delete(job)
    return Response(
        data,
        media_type="application/zip",
        headers={"content-disposition": 'attachment; filename="plans.zip"'},
    )


def _zip(folder: Path, paths: list[Path]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            archive.write(folder / path, path.as_posix())
    return buffer.getvalue()


async def delete(request: Request) -> Response:
    await _posted(request)
    web_of(request).jobs.delete(_job(request))
    return RedirectResponse("/", 303)


async def copies(request: Request) -> Response:
    """Family copies for the ticked core-group members (names from the plan itself)."""
    form = await _posted(request)
    web, job = web_of(request), _job(request)
    result = _plan(job, request.path_params["number"])
    members = {person.name for person in result.plan.core_group}
    names = [str(name) for name in form.getlist("recipient")]
    if not names or not set(names) <= members or result.findings is None:
        raise HTTPException(400, "Tick one or more people from this plan's core group.")
    return await _make_copies(web, job, result, names)


async def _make_copies(
    web: Web, job: Job, result: PlanResult, names: list[str], versions: tuple[str, ...] = ()
) -> Response:
    """Make the copies asked for, then back to the plan on the results page; a copy
    that cannot be made is a 400 with the reason, a crashed worker a 500."""
    try:
        await web.jobs.copies(job, result, names, versions)
    except work.Failed as failed:
        raise HTTPException(400, failed.message) from None
    except WorkerCrashed:
        raise HTTPException(500, "plangen stopped unexpectedly while making the copy.") from None
    return RedirectResponse(f"/jobs/{job.id}#plan-{result.number}", 303)


async def professionals(request: Request) -> Response:
    """The plan with nothing withheld, for professionals only (its pages say whom it
    must not reach): made only when asked for, as ``--versions professionals`` is."""
    await _posted(request)
    web, job = web_of(request), _job(request)
    result = _plan(job, request.path_params["number"])
    if not result.plan.confidential or result.findings is None:
        raise HTTPException(400, "This plan withholds nothing: its plan is for everyone.")
    return await _make_copies(web, job, result, [], versions=ON_REQUEST)


async def preview(request: Request) -> Response:
    """The formal plan as page images, or (without LibreOffice) as an HTML view."""
    web, job = web_of(request), _job(request)
    result = _plan(job, request.path_params["number"])
    stem = output_stem(result.plan, job.out)
    docx = stem.with_name(stem.name + VERSION_FILES["plan"][0])  # the formal plan
    if not result.files or not docx.is_file():
        raise HTTPException(409, "This plan's documents are not ready yet.")
    pages, note = 0, ""
    if web.draw_pages:
        folder = job.folder / "preview" / str(result.number)
        try:
            async with web.previews:
                images = await asyncio.to_thread(page_images, docx, folder, web.office_profile)
            pages = len(images)
        except (subprocess.SubprocessError, OSError):
            note = "LibreOffice could not draw the pages; this is the text of the plan."
    blocks = [] if pages else await asyncio.to_thread(html_view, docx)
    return web.render(
        request, "preview.html", job=job, result=result, pages=pages, blocks=blocks, note=note
    )


async def page_image(request: Request) -> Response:
    job = _job(request)
    result = _plan(job, request.path_params["number"])
    images = sorted((job.folder / "preview" / str(result.number)).glob("page-*.png"))
    page = request.path_params["page"]
    if not 1 <= page <= len(images):
        raise HTTPException(404, _NOT_FOUND)
    return FileResponse(images[page - 1], media_type="image/png")


async def blank_intake(request: Request) -> Response:
    data = await asyncio.to_thread(lambda: workbook_bytes(blank_workbook()))
    return _attachment(data, "intake.xlsx")


async def blank_form(request: Request) -> Response:
    kind = _FORMS.get(request.path_params["kind"])
    if kind is None:
        raise HTTPException(404, _NOT_FOUND)
    template = load_template(web_of(request).settings.template_for(kind))
    data = await asyncio.to_thread(template.render, blank_context(kind))
    return _attachment(data, f"{kind.value}-form.docx")


async def check_template(request: Request) -> Response:
    """``plangen templates check`` on an uploaded template; the file is deleted after."""
    form = await _posted(request)
    web = web_of(request)
    given = form.get("template")
    if not isinstance(given, UploadFile) or not given.filename:
        return await home(request, "Choose the Word template (.docx) to check.", 400)
    folder = web.jobs.root / f"template-{secrets.token_hex(16)}"
    path = folder / safe_name(given.filename, 1)
    try:
        folder.mkdir()
        path.write_bytes(await given.read())
        await form.close()
        problems = await web.workers.run(URGENT, work.check_template_file, path)
    except work.Failed as failed:
        problems = [failed.message]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return web.render(request, "template.html", name=path.name, problems=problems)


def _attachment(data: bytes, name: str) -> Response:
    return Response(
        data,
        media_type=_TYPES[Path(name).suffix],
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


ROUTES = [
    Route("/", home),
    Route("/upload", upload, methods=["POST"]),
    Route("/jobs/{job}", results),
    Route("/jobs/{job}/status", status),
    Route("/jobs/{job}/files/{index:int}", download),
    Route("/jobs/{job}/plans.zip", everything),
    Route("/jobs/{job}/delete", delete, methods=["POST"]),
    Route("/jobs/{job}/plans/{number:int}/copies", copies, methods=["POST"]),
    Route("/jobs/{job}/plans/{number:int}/professionals", professionals, methods=["POST"]),
    Route("/jobs/{job}/plans/{number:int}/preview", preview),
    Route("/jobs/{job}/plans/{number:int}/pages/{page:int}", page_image),
    Route("/blank/intake.xlsx", blank_intake),
    Route("/blank/{kind}-form.docx", blank_form),
    Route("/templates/check", check_template, methods=["POST"]),
]
