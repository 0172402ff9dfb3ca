"""A real ``plangen serve`` and Debian's chromium driven by Selenium (no downloads: the
browser and its driver come from the system, and Selenium Manager is kept offline)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from tests.web_helpers import Server, running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("serve")) as started:
        yield started


class Browser:
    """One browser (one session), with its own download folder."""

    def __init__(self, driver: WebDriver, downloads: Path, base: str) -> None:
        self.driver, self.downloads, self.base = driver, downloads, base

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def text(self) -> str:
        return str(self.driver.find_element(By.TAG_NAME, "body").text)

    def upload(self, *files: Path) -> None:
        """Pick ``files`` on the start page and send them; wait for every plan."""
        self.open("/")
        picker = self.driver.find_element(By.ID, "intakes")
        picker.send_keys("\n".join(str(f) for f in files))
        self.driver.find_element(By.ID, "upload").click()
        self.wait_until_done()

    def wait_until_done(self, seconds: float = 120) -> None:
        """Until the results page says every plan is ready (it reloads itself till then)."""
        self._wait(
            lambda d: d.find_element(By.ID, "progress").get_attribute("data-finished") == "yes",
            seconds,
        )

    def click(self, css: str) -> None:
        """Click, again if the page reloaded itself under the pointer."""

        def clicked(driver: WebDriver) -> bool:
            driver.find_element(By.CSS_SELECTOR, css).click()
            return True

        self._wait(clicked, 30)

    def wait_for_text(self, text: str, seconds: float = 30) -> None:
        self._wait(lambda d: text in d.find_element(By.TAG_NAME, "body").text, seconds)

    def _wait(self, until: Callable[[WebDriver], bool], seconds: float) -> None:
        def reloaded_under_us(driver: WebDriver) -> bool:
            """``until``, "not yet" when the page replaced itself while it was read:
            chromium then says the node "does not belong to the document", or that the
            command was "aborted by navigation" (the page reloading itself mid-read, seen
            under load), which Selenium raises as a bare WebDriverException, not a stale
            element."""
            try:
                return until(driver)
            except WebDriverException as error:
                said = str(error.msg)
                if "does not belong to the document" in said or "aborted by navigation" in said:
                    return False
                raise

        WebDriverWait(
            self.driver,
            seconds,
            poll_frequency=0.3,
            ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
        ).until(reloaded_under_us)

    def downloaded(self, name: str, seconds: float = 60) -> Path:
        path = self.downloads / name
        deadline = time.monotonic() + seconds
        while not path.is_file() or list(self.downloads.glob("*.crdownload")):
            assert time.monotonic() < deadline, f"{name} was not downloaded"
            time.sleep(0.2)
        return path

    def screenshot(self, name: str) -> None:
        """Kept in $PLANGEN_SCREENSHOTS, when set, to be looked at."""
        folder = os.environ.get("PLANGEN_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            height = self.driver.execute_script("return document.body.scrollHeight")
            self.driver.set_window_size(1280, max(800, min(int(height) + 40, 4000)))
            self.driver.save_screenshot(str(Path(folder) / f"{name}.png"))
            self.driver.set_window_size(1280, 900)


@pytest.fixture
def browser_factory(server: Server, tmp_path: Path) -> Iterator[Callable[[], Browser]]:
    """New browsers, each a separate session; all closed after the test."""
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager never downloads
    started: list[WebDriver] = []

    def start() -> Browser:
        downloads = tmp_path / f"downloads-{len(started)}"
        downloads.mkdir()
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in (
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--window-size=1280,900",
            "--disable-gpu",
        ):
            options.add_argument(argument)
        options.add_experimental_option(
            "prefs",
            {
                "download.default_directory": str(downloads),
                "download.prompt_for_download": False,
                "safebrowsing.enabled": False,
            },
        )
        service = Service(executable_path=shutil.which("chromedriver") or "chromedriver")
        driver = webdriver.Chrome(options=options, service=service)
        started.append(driver)
        return Browser(driver, downloads, server.url)

    yield start
    for driver in started:
        driver.quit()


@pytest.fixture
def browser(browser_factory: Callable[[], Browser]) -> Browser:
    return browser_factory()
