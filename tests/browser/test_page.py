"""The web page in a real browser: what a team administrator sees and takes away."""

from __future__ import annotations

import io
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By

from tests.browser.conftest import Browser
from tests.conftest import INPUTS, ROOT, Run, all_files
from tests.web_helpers import Server, many_plans

pytestmark = pytest.mark.browser
EXAMPLES = sorted(INPUTS.glob("*.xlsx"))
LEO = INPUTS / "domestic-abuse-leo-harris.xlsx"


def docx_text(data: bytes) -> str:
    """Every paragraph and table cell, headers and footers too."""
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def it_shows_bettys_findings(browser: Browser) -> None:
    browser.upload(INPUTS / "betty-smith.xlsx")
    rules = {cell.text for cell in browser.driver.find_elements(By.CSS_SELECTOR, "td.rule")}
    assert {"PLAN-10", "PLAN-12", "PLAN-13", "PLAN-15"} <= rules
    text = browser.text()
    assert "Child Protection Plan for Betty Smith, 01.03.23" in text
    assert "There is no contingency plan." in text  # what is wrong ...
    assert "and by when" in text  # ... and what good looks like
    assert "Strengths" in text and "One lead professional is named" in text
    assert "reading ease of" in text
    browser.screenshot("results-betty")


def it_downloads_every_file_as_a_zip_of_word_documents_that_open(
    browser: Browser, plangen: Callable[..., Run], tmp_path: Path
) -> None:
    assert plangen("generate", *EXAMPLES, "--out", "cli").exit_code == 0
    made = sorted(p.relative_to(tmp_path / "cli").as_posix() for p in all_files(tmp_path / "cli"))
    browser.upload(*EXAMPLES)
    results = browser.driver.current_url
    assert len(browser.driver.find_elements(By.CSS_SELECTOR, "#summary tbody tr")) == 4
    browser.driver.find_element(By.ID, "zip").click()
    archive = zipfile.ZipFile(browser.downloaded("plans.zip"))
    assert sorted(archive.namelist()) == made  # every file plangen generate writes
    documents = [name for name in archive.namelist() if name.endswith(".docx")]
    for name in documents:
        assert docx_text(archive.read(name)).strip(), f"{name} is empty"
    assert any(name.endswith("-cp-plan.docx") for name in documents)
    browser.driver.get(results)  # taken away: gone from the server
    assert "Not found" in browser.text()


def it_shows_a_damaged_file_located_as_the_command_line_does(
    browser: Browser, plangen: Callable[..., Run]
) -> None:
    damaged = ROOT / "tests" / "bad_inputs" / "random-bytes.docx"
    cli = plangen("generate", damaged, "--out", "out")
    [line] = [line for line in cli.stderr.splitlines() if line.startswith("error: random")]
    browser.upload(damaged)
    messages = [m.text for m in browser.driver.find_elements(By.CSS_SELECTOR, ".messages li")]
    assert messages == [line]
    assert "Traceback" not in browser.text()
    browser.screenshot("damaged")


def it_makes_a_copy_for_one_recipient_with_nothing_withheld_from_them(
    browser: Browser,
) -> None:
    browser.upload(LEO)
    person = browser.driver.find_element(By.XPATH, "//label[contains(., 'Dean Harris')]")
    assert "Withheld from them" in person.text
    person.find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
    person.find_element(By.XPATH, "ancestor::form//button").click()
    browser.wait_for_text("Copies made")
    [made] = browser.driver.find_elements(By.CSS_SELECTOR, "ul.copies-made li")
    name = made.find_element(By.CSS_SELECTOR, ".muted").text
    assert name.endswith("-family-for-dean-harris.docx")
    link = made.find_element(By.TAG_NAME, "a")
    link.click()
    text = docx_text(browser.downloaded(name).read_bytes())
    assert "Leo" in text
    for withheld in ("Harbour Road", "SE4 9QT", "07700 900141", "Grace Okoro"):
        assert withheld not in text
    browser.screenshot("recipient-copy")


def it_never_shows_one_sessions_results_to_another(
    browser_factory: Callable[[], Browser],
) -> None:
    first, second = browser_factory(), browser_factory()
    first.upload(INPUTS / "betty-smith.xlsx")
    results = first.driver.current_url
    download = first.driver.find_element(By.CSS_SELECTOR, ".files a").get_attribute("href")
    second.driver.get(results)
    assert "Not found" in second.text() and "Betty" not in second.text()
    second.driver.get(str(download))
    assert "Not found" in second.text()
    first.driver.get(results)  # still there for the one who uploaded it
    assert "Betty Smith" in first.text()


def it_refuses_a_post_without_the_csrf_token(browser: Browser, server: Server) -> None:
    browser.open("/")
    browser.driver.execute_script(
        "document.querySelectorAll('input[name=csrf]').forEach((e) => e.remove())"
    )
    browser.driver.find_element(By.ID, "intakes").send_keys(str(INPUTS / "betty-smith.xlsx"))
    browser.driver.find_element(By.ID, "upload").click()
    browser.wait_for_text("Refused")  # the refusal page, not the one being left
    assert "Refused" in browser.text() and "did not come from this page" in browser.text()
    cookie = browser.driver.get_cookie("plangen_session")
    assert cookie is not None
    request = urllib.request.Request(
        server.url + "/upload",
        data=b"csrf=wrong",
        headers={
            "cookie": f"plangen_session={cookie['value']}",
            "content-type": "application/x-www-form-urlencoded",
        },
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    refused.value.close()


@pytest.mark.soffice
def it_previews_the_formal_plan_as_page_images(browser: Browser) -> None:
    browser.upload(INPUTS / "betty-smith.xlsx")
    browser.driver.find_element(By.LINK_TEXT, "Preview the plan").click()
    pages = browser.driver.find_elements(By.CSS_SELECTOR, "img.page")
    assert pages
    for page in pages:
        width = browser.driver.execute_script("return arguments[0].naturalWidth", page)
        assert width > 300, "a page image did not load"
    browser.screenshot("preview")


def it_shows_progress_on_a_big_workbook_and_stays_responsive(
    browser: Browser, tmp_path: Path, server: Server
) -> None:
    workbook = tmp_path / "team-plans.xlsx"
    workbook.write_bytes(many_plans(200))
    browser.open("/")
    browser.driver.find_element(By.ID, "intakes").send_keys(str(workbook))
    browser.driver.find_element(By.ID, "upload").click()
    seen: set[str] = set()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        time.sleep(0.3)
        try:  # the page reloads itself as plans become ready
            bar = browser.driver.find_element(By.CSS_SELECTOR, "#progress progress")
            done, total = int(bar.get_attribute("value") or 0), int(bar.get_attribute("max"))
            seen.add(browser.driver.find_element(By.ID, "progress-text").text)
        except (StaleElementReferenceException, NoSuchElementException, TypeError):
            continue
        if total == 200 and 0 < done < 200:
            break
    else:
        pytest.fail(f"no progress was shown: {sorted(seen)}")
    # the findings are on the page; the plans not yet made say their documents are coming
    browser.wait_for_text("Preparing its documents")
    started = time.monotonic()
    with urllib.request.urlopen(server.url + "/", timeout=10) as response:
        assert response.status == 200
    assert time.monotonic() - started < 2.0, "the server stalled while making plans"
    browser.screenshot("progress")
    browser.click("form.delete button")
    browser.wait_for_text("Check an intake")  # back at the start, the upload deleted
