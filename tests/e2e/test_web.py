"""The web page through Starlette's test client: safety, sessions, limits, messages.

The browser tests (tests/browser) cover what a person sees; these cover what must hold
for every request, quickly, without a browser.
"""

from __future__ import annotations

import html as html_module
import io
import logging
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from starlette.routing import Route
from starlette.testclient import TestClient

from plangen.intake.blank import SHEETS
from plangen.settings import Settings
from plangen.web import pages
from plangen.web.app import create_app
from plangen.web.config import User, WebSettings, hash_password
from plangen.web.state import Web
from tests.conftest import INPUTS, ROOT, TEMPLATES, Run, all_files
from tests.web_helpers import csrf_of

BAD = ROOT / "tests" / "bad_inputs"
BETTY = INPUTS / "betty-smith.xlsx"


def start(settings: Settings | None = None) -> TestClient:
    """The page without LibreOffice; one worker process is plenty for a test."""
    settings = settings or Settings()
    settings.web.workers = settings.web.workers or 1
    return TestClient(create_app(settings, draw_pages=False))


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with start() as started:
        yield started


def web(client: TestClient) -> Web:
    state: Web = client.app.state.web  # type: ignore[attr-defined]
    return state


def token(client: TestClient) -> str:
    return csrf_of(client.get("/").text)


def upload(client: TestClient, *paths: Path) -> str:
    """Send intake files as the page's form does; the results page's path."""
    files = [("intakes", (path.name, path.read_bytes())) for path in paths]
    response = client.post(
        "/upload", data={"csrf": token(client)}, files=files, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    location: str = response.headers["location"]
    return location


def finished(client: TestClient, results: str, seconds: float = 120) -> str:
    """The results page once every plan is ready."""
    deadline = time.monotonic() + seconds
    while not client.get(results + "/status").json()["finished"]:
        assert time.monotonic() < deadline, "the upload did not finish"
        time.sleep(0.1)
    return client.get(results).text


def text_of(html: str) -> str:
    return html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


@pytest.fixture
def as_stranger(client: TestClient) -> Iterator[Callable[[], None]]:
    """Switch the client to a new browser session; its own cookie comes back after."""
    own = dict(client.cookies)

    def switch() -> None:
        client.cookies.clear()

    yield switch
    client.cookies.clear()
    client.cookies.update(own)


def it_sends_security_headers_on_every_response(
    client: TestClient, as_stranger: Callable[[], None]
) -> None:
    for path in ("/", "/static/plangen.css", "/static/plangen.js", "/no-such-page"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
    as_stranger()
    cookie = client.get("/").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def it_refuses_every_post_without_its_csrf_token(client: TestClient) -> None:
    results = upload(client, BETTY)
    finished(client, results)
    job = results.rsplit("/", 1)[1]
    posts = [r for r in pages.ROUTES if isinstance(r, Route) and "POST" in (r.methods or ())]
    assert len(posts) >= 4
    for route in posts:
        path = route.path.replace("{job}", job).replace("{number:int}", "1")
        for form in ({}, {"csrf": "not-the-token"}):
            response = client.post(path, data={**form, "recipient": "Tom Smith"})
            assert response.status_code == 403, path
            assert "did not come from this page" in response.text
    assert "Betty Smith" in client.get(results).text  # nothing was deleted


def it_never_lets_another_session_open_an_upload(
    client: TestClient, as_stranger: Callable[[], None]
) -> None:
    results = upload(client, BETTY)
    finished(client, results)
    paths = [results, results + "/status", results + "/files/0", results + "/plans/1/preview"]
    assert all(client.get(path).status_code == 200 for path in paths)
    as_stranger()
    for path in [*paths, results + "/plans.zip"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Betty" not in response.text
    stranger = token(client)
    refused = client.post(results + "/delete", data={"csrf": stranger})
    assert refused.status_code == 404


def it_words_input_problems_as_the_command_line_does(
    client: TestClient, plangen: Callable[..., Run]
) -> None:
    bad = [
        BAD / name
        for name in (
            "not-a-date.xlsx",
            "random-bytes.docx",
            "no-people-sheet.xlsx",
            "password.xlsx",
            "wrong-types.json",
        )
    ]
    cli = plangen("generate", *bad, "--out", "out")
    expected = [line for line in cli.stderr.splitlines() if line.startswith("error: ")]
    page = finished(client, upload(client, *bad, BETTY))
    shown = [text_of(m) for m in re.findall(r"<li><code>(.*?)</code></li>", page, re.S)]
    assert shown == [text_of(line) for line in expected]
    assert "Betty Smith" in page  # the good file's plan is made all the same
    assert "Traceback" not in page


def it_deletes_an_upload_once_its_zip_is_downloaded(
    client: TestClient, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    intakes = [BETTY, INPUTS / "domestic-abuse-leo-harris.xlsx"]
    assert plangen("generate", *intakes, "--out", "cli").exit_code == 0
    made = sorted(p.relative_to(tmp_path / "cli").as_posix() for p in all_files(tmp_path / "cli"))
    results = upload(client, *intakes)
    finished(client, results)
    [job] = [
        j
        for j in web(client).jobs.of_session(client.cookies["plangen_session"])
        if results.endswith(j.id)
    ]
    archive = zipfile.ZipFile(io.BytesIO(client.get(results + "/plans.zip").content))
    assert sorted(archive.namelist()) == made  # what plangen generate writes, no more
    for name in made:  # byte for byte: the page makes them from the versions it read
        assert archive.read(name) == (tmp_path / "cli" / name).read_bytes(), name
    documents = [n for n in archive.namelist() if n.endswith(".docx")]
    assert all(Document(io.BytesIO(archive.read(n))).paragraphs for n in documents)
    assert not job.folder.exists()
    assert client.get(results).status_code == 404


def it_deletes_results_after_their_time(client: TestClient) -> None:
    results = upload(client, BETTY)
    finished(client, results)
    jobs = web(client).jobs
    [job] = [
        j for j in jobs.of_session(client.cookies["plangen_session"]) if results.endswith(j.id)
    ]
    jobs.expire([])
    assert client.get(results).status_code == 200  # not yet
    job.created -= 31 * 60
    jobs.expire([])
    assert client.get(results).status_code == 404
    assert not job.folder.exists()


def it_deletes_every_upload_when_it_stops() -> None:
    with start() as client:
        finished(client, upload(client, BETTY))
        root = web(client).jobs.root
        assert any(root.rglob("*.docx"))
    assert not root.exists()


def it_shows_the_plan_as_html_without_libreoffice(client: TestClient) -> None:
    results = upload(client, BETTY)
    finished(client, results)
    page = text_of(client.get(results + "/plans/1/preview").text)
    assert "CHILD PROTECTION PLAN" in page
    assert "Betty Smith" in page and "Parental substance misuse" in page


def it_makes_copies_only_for_core_group_members(client: TestClient) -> None:
    results = upload(client, INPUTS / "domestic-abuse-leo-harris.xlsx")
    page = finished(client, results)
    assert "Withheld from them: Amy Harris&#39;s address" in page
    refused = client.post(
        results + "/plans/1/copies", data={"csrf": token(client), "recipient": "Dean Haris"}
    )
    assert refused.status_code == 400
    assert "Tick one or more people from this plan&#39;s core group" in refused.text
    made = client.post(
        results + "/plans/1/copies", data={"csrf": token(client), "recipient": "Dean Harris"}
    )
    assert made.status_code == 200 and "family-for-dean-harris.docx" in made.text


def it_refuses_uploads_beyond_the_limits() -> None:
    settings = Settings.model_validate({"limits": {"max_file_mb": 0.005}, "web": {"max_files": 2}})
    with start(settings) as client:
        page = finished(client, upload(client, BETTY))
        assert "betty-smith.xlsx" in page and "0.005 MB" in page
        three = [("intakes", (f"{n}.json", b"{}")) for n in range(3)]
        refused = client.post("/upload", data={"csrf": token(client)}, files=three)
        assert refused.status_code == 400
        huge = [("intakes", ("big.json", b" " * (2 * 1024 * 1024)))]
        refused = client.post("/upload", data={"csrf": token(client)}, files=huge)
        assert refused.status_code == 413


def it_asks_who_you_are_when_users_are_configured() -> None:
    users = [User(name="ann", password_hash=hash_password("correct horse"))]
    with start(Settings(web=WebSettings(users=users))) as client:
        asked = client.get("/")
        assert asked.status_code == 401 and "Basic" in asked.headers["www-authenticate"]
        assert client.get("/", auth=("ann", "wrong")).status_code == 401
        assert client.get("/", auth=("bob", "correct horse")).status_code == 401
        assert client.get("/", auth=("ann", "correct horse")).status_code == 200


def it_believes_a_proxys_header_only_from_the_proxy() -> None:
    proxy = WebSettings(trusted_header="X-Remote-User", trusted_proxies=["testclient"])
    with start(Settings(web=proxy)) as client:
        assert client.get("/").status_code == 401
        ann = client.get("/", headers={"X-Remote-User": "ann"})
        assert ann.status_code == 200
        results = upload_as(client, "ann")
        bob = client.get(results, headers={"X-Remote-User": "bob"})
        assert bob.status_code == 404  # ann's cookie does not carry over to bob
    elsewhere = WebSettings(trusted_header="X-Remote-User", trusted_proxies=["10.0.0.1"])
    with start(Settings(web=elsewhere)) as client:
        assert client.get("/", headers={"X-Remote-User": "ann"}).status_code == 401


def upload_as(client: TestClient, user: str) -> str:
    headers = {"X-Remote-User": user}
    form = csrf_of(client.get("/", headers=headers).text)
    response = client.post(
        "/upload",
        data={"csrf": form},
        files=[("intakes", (BETTY.name, BETTY.read_bytes()))],
        headers=headers,
        follow_redirects=False,
    )
    assert response.status_code == 303
    location: str = response.headers["location"]
    return location


def it_logs_no_names_files_or_ids(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="plangen.web"):
        results = upload(client, BETTY, BAD / "not-a-date.xlsx")
        finished(client, results)
        client.get(results + "/files/0")
    logged = caplog.text
    assert "POST /upload 303" in logged and "GET /jobs/{job}" in logged
    for secret in ("Betty", "betty", "not-a-date", results.rsplit("/", 1)[1], "Elf Street"):
        assert secret not in logged


def it_hands_out_the_blank_intakes(client: TestClient) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(client.get("/blank/intake.xlsx").content))
    assert {title for title, _ in SHEETS.values()} <= set(workbook.sheetnames)
    for kind, heading in (("cp", "CHILD PROTECTION PLAN"), ("child", "CHILD'S PLAN")):
        form = Document(io.BytesIO(client.get(f"/blank/{kind}-form.docx").content))
        assert heading in "\n".join(p.text for p in form.paragraphs).upper()


def it_checks_a_changed_template(client: TestClient, tmp_path: Path) -> None:
    changed = tmp_path / "cp-plan-2025.docx"
    document = Document(str(TEMPLATES / "cp-plan.docx"))
    document.add_paragraph("Signed: {{ lead_profesional }}")
    document.save(str(changed))
    page = client.post(
        "/templates/check",
        data={"csrf": token(client)},
        files={"template": (changed.name, changed.read_bytes())},
    )
    assert (
        'cp-plan-2025.docx (body): uses "lead_profesional", which a cp-plan template is not '
        "given (see the README for the values each template can use), in the paragraph "
        '"Signed: {{ lead_profesional }}"'
    ) in text_of(page.text)
    good = client.post(
        "/templates/check",
        data={"csrf": token(client)},
        files={"template": ("family.docx", (TEMPLATES / "family.docx").read_bytes())},
    )
    assert "family.docx: ok" in good.text


def it_keeps_a_hostile_file_name_inside_the_upload(client: TestClient) -> None:
    files = [("intakes", ("../../..\\..\\evil:name.xlsx", b"not a workbook"))]
    response = client.post("/upload", data={"csrf": token(client)}, files=files)
    page = finished(client, str(response.url.path))
    [message] = [text_of(m) for m in re.findall(r"<li><code>(.*?)</code></li>", page, re.S)]
    assert message.startswith("error: evil_name.xlsx: ")
    jobs = web(client).jobs
    job = jobs.get(client.cookies["plangen_session"], str(response.url.path).rsplit("/", 1)[1])
    assert job is not None
    [stored] = job.sources
    assert stored.name == "evil_name.xlsx" and stored.is_relative_to(job.folder)
    assert not list(jobs.root.parent.glob("evil*"))


def it_answers_a_form_that_is_not_an_upload_with_a_page(client: TestClient) -> None:
    empty = client.post("/upload", data={"csrf": token(client)})
    assert empty.status_code == 400 and "Choose one or more intake files" in empty.text
    garbled = client.post(
        "/upload",
        content=b"--x\r\nContent-Disposition: form-data; name=\r\n\r\n",
        headers={"content-type": "multipart/form-data; boundary=x"},
    )
    assert garbled.status_code in (400, 403) and "<h1>" in garbled.text


def it_makes_the_professionals_only_copy_on_request(client: TestClient) -> None:
    results = upload(client, INPUTS / "domestic-abuse-leo-harris.xlsx")
    page = finished(client, results)
    assert "For professionals only" not in page  # not made until asked for
    made = client.post(results + "/plans/1/professionals", data={"csrf": token(client)})
    [index] = re.findall(r'href="/jobs/[^"]+/files/(\d+)">For professionals only', made.text)
    document = Document(io.BytesIO(client.get(f"{results}/files/{index}").content))
    header = document.sections[0].header.paragraphs[0].text
    assert header.startswith("PROFESSIONALS ONLY") and "Dean Harris" in header
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "18 Harbour Road" in cells  # everything: nothing withheld from professionals
    betty = upload(client, BETTY)
    finished(client, betty)
    refused = client.post(betty + "/plans/1/professionals", data={"csrf": token(client)})
    assert refused.status_code == 400 and "withholds nothing" in refused.text


def it_makes_a_plan_with_no_childs_version_as_generate_does(
    client: TestClient, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """A pre-birth plan gets no child's version (plan 33): the page makes the same files
    as the command line, no error, and says why, as the command line does."""
    intake = Path(__file__).resolve().parent.parent / "family_plans" / "plan-33.json"
    assert plangen("generate", intake, "--out", "cli").exit_code == 0
    made = sorted(p.relative_to(tmp_path / "cli").as_posix() for p in all_files(tmp_path / "cli"))
    assert not [name for name in made if name.endswith("-child.docx")]
    results = upload(client, intake)
    page = finished(client, results)
    assert "Traceback" not in page and "went wrong" not in page.lower()
    assert "No child's version: the baby is not born yet." in text_of(page)
    archive = zipfile.ZipFile(io.BytesIO(client.get(results + "/plans.zip").content))
    assert sorted(archive.namelist()) == made
