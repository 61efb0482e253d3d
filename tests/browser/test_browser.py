"""The browser's lifecycle: started once, reused, replaced when dead or hung, closed cleanly."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
from selenium.webdriver.common.selenium_manager import SeleniumManager

from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.browser import BrowserUnavailable, ManagedBrowser
from chalicelib.providers.lens.google_lens import GoogleLens
from chalicelib.providers.lens.processes import group_members
from devstack.fakes.lens_site import FakeLensSite, browser_config
from devstack.photos import staged_photo
from tests.browser.helpers import zombie_children


@pytest.fixture
def fresh_browser(tmp_path: Path) -> Iterator[ManagedBrowser]:
    """A browser of its own, whose work directory is under this test's temp dir."""
    managed = ManagedBrowser(browser_config(temp_dir=str(tmp_path)))
    yield managed
    managed.close()


@pytest.fixture(autouse=True)
def no_selenium_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    """Selenium Manager downloads drivers and browsers: the browser must never need it."""

    def refuse(*args: object) -> dict[str, str]:
        raise AssertionError("Selenium Manager was asked for a driver")

    monkeypatch.setattr(SeleniumManager, "binary_paths", refuse)


def chromium_processes(browser: ManagedBrowser) -> list[int]:
    """The browser's Chromium processes (its process group without chromedriver)."""
    group = browser.process_group
    assert group is not None
    return [pid for pid in group_members(group) if pid != group]


def search(browser: ManagedBrowser, site: FakeLensSite, variant: str = "ok",
           timeout_s: float = 20.0) -> int:
    """Search once; the number of visual matches (the page's related searches not counted)."""
    found = GoogleLens(browser, site.lens_url(variant), timeout_s).search(staged_photo())
    return sum(match.is_listing for match in found)


def test_the_browser_starts_on_the_first_search_and_serves_the_next(
    fresh_browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a browser nobody has used yet
    assert fresh_browser.process_group is None

    # When two searches run one after the other
    search(fresh_browser, lens_site)
    first = fresh_browser.process_group
    search(fresh_browser, lens_site)

    # Then one browser served both
    assert fresh_browser.starts == 1
    assert fresh_browser.process_group == first


@pytest.mark.parametrize("signal_sent", [signal.SIGKILL, signal.SIGSTOP], ids=["crashed", "hung"])
def test_a_crashed_or_hung_browser_is_replaced_on_the_next_search(
    fresh_browser: ManagedBrowser, lens_site: FakeLensSite, signal_sent: signal.Signals
) -> None:
    # Given a browser whose Chromium processes died (or froze) after a search
    search(fresh_browser, lens_site)
    old_group = fresh_browser.process_group
    for pid in chromium_processes(fresh_browser):
        os.kill(pid, signal_sent)

    # When the next search runs
    found = search(fresh_browser, lens_site)

    # Then it finds the matches in a new browser, and nothing is left of the old one
    assert found == 8
    assert fresh_browser.starts == 2
    assert old_group is not None and group_members(old_group) == []


def test_a_browser_dying_during_a_search_fails_only_that_search(
    fresh_browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a search that is waiting for results when Chromium dies
    errors: list[Exception] = []
    uploads = len(lens_site.uploads)

    def slow_search() -> None:
        try:
            search(fresh_browser, lens_site, "slow", timeout_s=15.0)
        except Exception as exc:  # noqa: BLE001 (the test inspects what the search raised)
            errors.append(exc)

    worker = threading.Thread(target=slow_search)
    worker.start()
    deadline = time.monotonic() + 15
    while len(lens_site.uploads) == uploads and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in chromium_processes(fresh_browser):
        os.kill(pid, signal.SIGKILL)
    worker.join(20)

    # Then that search fails with an error a retry can overcome
    assert len(errors) == 1 and isinstance(errors[0], ProviderError)
    assert (errors[0].code, errors[0].retryable) == ("lens-browser", True)
    # And the next search gets a working browser
    assert search(fresh_browser, lens_site) == 8


def test_closing_leaves_no_process_no_zombie_and_no_files(
    fresh_browser: ManagedBrowser, lens_site: FakeLensSite, tmp_path: Path
) -> None:
    # Given a browser that searched, with its profile under the temp dir
    zombies_before = zombie_children()
    search(fresh_browser, lens_site)
    group = fresh_browser.process_group
    assert group is not None and any(tmp_path.iterdir())

    # When it is closed
    fresh_browser.close()

    # Then none of its processes is left, not even as a zombie, and its files are gone
    assert group_members(group) == []
    assert zombie_children() <= zombies_before
    assert list(tmp_path.iterdir()) == []


def test_the_single_process_mode_of_the_container_image_searches_and_closes_cleanly(
    lens_site: FakeLensSite, tmp_path: Path
) -> None:
    # Given a browser in single-process mode, as the Lambda image runs it
    browser = ManagedBrowser(browser_config(single_process=True, temp_dir=str(tmp_path)))
    zombies_before = zombie_children()

    # When it searches and is closed
    try:
        found = search(browser, lens_site)
        group = browser.process_group
    finally:
        browser.close()

    # Then it found the matches, and left nothing behind
    assert found == 8
    assert group is not None and group_members(group) == []
    assert zombie_children() <= zombies_before


@pytest.mark.parametrize("missing", ["chromium_path", "chromedriver_path"])
def test_a_missing_browser_is_a_retryable_provider_error_without_downloads(
    tmp_path: Path, missing: str
) -> None:
    # Given a configuration naming a browser or driver that is not installed
    browser = ManagedBrowser(browser_config(**{missing: str(tmp_path / "absent")}))

    # When a session is opened, then the error says so (and Selenium Manager was never asked)
    with pytest.raises(BrowserUnavailable) as caught, browser.session():
        pass
    assert (caught.value.code, caught.value.retryable) == ("browser-unavailable", True)
    assert browser.process_group is None
