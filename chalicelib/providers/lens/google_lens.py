"""The ``google-lens`` visual-search provider: Google Lens in headless Chromium.

A search opens the Lens start page (``LENS_URL``), answers a consent wall, uploads the photo
through the page's file input, waits for the visual matches and reads them (``lens_page`` says
how the page is recognised). Every wait is an explicit wait on the page's state, polled a few
times a second, and all of them share one budget (``LENS_TIMEOUT_SECONDS``): a page that never
shows results ends as ``lens-timeout``, never as a hang. Results that arrive in bursts are read
once the set of matches has stopped changing for ``settle_s``. With a text hint, the results
page's search box ("Add to your search", ``name=q``) then gets the hint, and the refined
results are read the same way (without such a box, the photo's own results stand).

The browser is the execution environment's shared one (``browser`` beside this module): started
by the first search, reused by the next, replaced when it died or hangs.
"""

from __future__ import annotations

import functools
import tempfile
import time
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from aws_lambda_powertools import Logger
from selenium.common.exceptions import (
    ElementClickInterceptedException,
    ElementNotInteractableException,
    JavascriptException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from chalicelib.config import Settings
from chalicelib.observability import SERVICE
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.browser import (
    DRIVER_ERRORS,
    BrowserConfig,
    ManagedBrowser,
    shared_browser,
)
from chalicelib.providers.lens.lens_page import (
    SOCS_COOKIE,
    SOCS_REJECTED,
    STATE_ARGUMENTS,
    STATE_SCRIPT,
    LensBlocked,
    LensTimeout,
    PageState,
    consent_cookie,
)
from chalicelib.providers.lens.upload import upload_form
from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.wire import LensMatch

logger = Logger(service=SERVICE, child=True)
# The results page's text box that refines a visual search ("Add to your search").
REFINE_BOX = (By.CSS_SELECTOR, 'textarea[name="q"], input[name="q"]')
# Answers to a consent wall before it counts as a loop (a wall may take two steps).
MAX_CONSENT_ANSWERS = 2
MAX_OPENER_CLICKS = 2
POLL_SECONDS = 0.2
SETTLE_SECONDS = 0.5
# A consent wall answered is gone within this (or comes back, which the next read sees).
_CONSENT_GONE_SECONDS = 5.0


class GoogleLens:
    """Visual search through the Google Lens web page (see the module docstring)."""

    def __init__(self, browser: ManagedBrowser, lens_url: str, timeout_s: float = 30.0,
                 settle_s: float = SETTLE_SECONDS, consent_cookie: str = SOCS_REJECTED) -> None:
        self._browser = browser
        self._lens_url = lens_url
        self._timeout_s = timeout_s
        self._settle_s = settle_s
        self._consent_cookie = consent_cookie

    @classmethod
    def from_settings(cls, settings: Settings) -> GoogleLens:
        browser = shared_browser(BrowserConfig.from_settings(settings))
        return cls(browser, settings.lens_url, settings.lens_timeout_s,
                   consent_cookie=consent_cookie(settings.lens_consent_cookie))

    def search(self, image: StagedImage) -> list[LensMatch]:
        with tempfile.TemporaryDirectory(prefix="lens-upload-") as folder:
            upload = write_upload(image, Path(folder))
            try:
                with self._browser.session() as driver:
                    if self._consent_cookie:
                        preset_cookie(driver, self._lens_url, SOCS_COOKIE, self._consent_cookie)
                    flow = LensFlow(driver, self._timeout_s, self._settle_s)
                    return flow.run(self._lens_url, upload, hint=image.hint)
            except DRIVER_ERRORS as exc:
                raise ProviderError(
                    "The browser failed during the Lens search; the next search gets a new one.",
                    code="lens-browser", retryable=True,
                ) from exc


class LensFlow:
    """One Lens search in one browser tab, within ``timeout_s`` from its start."""

    def __init__(self, driver: WebDriver, timeout_s: float, settle_s: float = SETTLE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._driver = driver
        self._timeout_s = timeout_s
        self._settle_s = settle_s
        self._clock = clock
        self._deadline = clock() + timeout_s
        self._seen: tuple[int, bool] | None = None
        self._seen_since = 0.0

    def run(self, url: str, upload: Path, hint: str | None = None) -> list[LensMatch]:
        """The visual matches for the photo at ``upload`` (refined by ``hint``'s text)."""
        self._open(url)
        consent_answers = opener_clicks = 0
        uploaded = False
        to_refine = hint
        while True:
            ready = functools.partial(self._actionable, uploaded=uploaded,
                                      opener_clicks=opener_clicks)
            state = self._wait(ready, uploaded)
            if state.blocked:
                raise LensBlocked("Google refused the search (unusual traffic or a captcha).",
                                  retryable=True)
            if uploaded and state.consent is None:
                if to_refine and self._refine(to_refine):
                    to_refine = None
                    continue
                return state.page.outcome()
            try:
                if state.consent is not None:
                    if consent_answers >= MAX_CONSENT_ANSWERS:
                        raise LensBlocked(f"Google's consent wall came back after "
                                          f"{consent_answers} answers.")
                    consent_answers += 1
                    self._answer_consent(state.consent)
                elif state.file_input is not None:
                    state.file_input.send_keys(str(upload))
                    uploaded = True
                else:
                    opener_clicks += 1
                    self._click(state.opener)
            except StaleElementReferenceException:
                continue  # the page changed between reading and acting: read it again

    def _refine(self, hint: str) -> bool:
        """Type the hint into the results page's search box and wait for the page it leads to;
        False when the page has no such box."""
        boxes = [box for box in self._driver.find_elements(*REFINE_BOX) if box.is_displayed()]
        if not boxes:
            logger.info("the Lens results page has no search box; the hint is not applied")
            return False
        before = self._driver.current_url
        boxes[0].clear()
        boxes[0].send_keys(hint, Keys.ENTER)
        self._seen = None
        try:
            WebDriverWait(self._driver, max(0.0, self._remaining()),
                          poll_frequency=POLL_SECONDS).until(
                lambda driver: driver.current_url != before)
        except TimeoutException as exc:
            raise LensTimeout(f"Google Lens did not refine by the hint within "
                              f"{self._timeout_s:g} s.") from exc
        return True

    def _open(self, url: str) -> None:
        self._driver.set_page_load_timeout(max(1.0, self._remaining()))
        try:
            self._driver.get(url)
        except TimeoutException as exc:
            raise LensTimeout(f"The Lens page did not load within {self._timeout_s:g} s.") from exc

    def _actionable(self, state: PageState, uploaded: bool, opener_clicks: int) -> bool:
        """Whether the page asks for the next step (or has said all it will say)."""
        if state.blocked or state.consent is not None:
            return True
        if not uploaded:
            return state.file_input is not None or (
                state.opener is not None and opener_clicks < MAX_OPENER_CLICKS
            )
        return self._settled(state)

    def _settled(self, state: PageState) -> bool:
        """Matches (or a "no results" message) that have not changed for ``settle_s``."""
        seen = (len(state.page.matches), state.page.no_results_text)
        if seen == (0, False):
            self._seen = None
            return False
        if seen != self._seen:
            self._seen, self._seen_since = seen, self._clock()
            return False
        return self._clock() - self._seen_since >= self._settle_s

    def _wait(self, ready: Callable[[PageState], bool], uploaded: bool) -> PageState:
        def poll(driver: WebDriver) -> PageState | None:
            state = PageState.from_script(driver.execute_script(STATE_SCRIPT, *STATE_ARGUMENTS))
            return state if ready(state) else None

        waiting = WebDriverWait(
            self._driver, max(0.0, self._remaining()), poll_frequency=POLL_SECONDS,
            # A page that navigates between two reads leaves stale elements and dead scripts.
            ignored_exceptions=(StaleElementReferenceException, JavascriptException),
        )
        try:
            return waiting.until(poll)
        except TimeoutException as exc:
            what = "no results" if uploaded else "no upload control"
            raise LensTimeout(f"Google Lens showed {what} within {self._timeout_s:g} s.") from exc

    def _answer_consent(self, button: WebElement) -> None:
        self._click(button)

        def gone(_: WebDriver) -> bool:
            try:
                return not button.is_displayed()
            except StaleElementReferenceException:
                return True

        timeout = max(0.0, min(_CONSENT_GONE_SECONDS, self._remaining()))
        try:
            WebDriverWait(self._driver, timeout, poll_frequency=POLL_SECONDS).until(gone)
        except TimeoutException:
            pass  # still there: the next read of the page counts it as a second appearance

    def _click(self, element: WebElement) -> None:
        try:
            element.click()
        except (ElementClickInterceptedException, ElementNotInteractableException):
            # Covered by an overlay or animated in: a script click still reaches the handler.
            self._driver.execute_script("arguments[0].click();", element)

    def _remaining(self) -> float:
        return self._deadline - self._clock()


def preset_cookie(driver: WebDriver, url: str, name: str, value: str) -> None:
    """Set a cookie for the site of ``url`` before the first visit (the consent answer), for the
    whole registered domain where there is one (Google answers from several hosts)."""
    host = urlsplit(url).hostname or ""
    cookie: dict[str, object] = {"name": name, "value": value, "path": "/"}
    if host.replace(".", "").isdigit() or "." not in host:
        cookie["url"] = f"{urlsplit(url).scheme}://{host}/"
    else:
        cookie.update(domain="." + registered_domain(url), secure=True)
    driver.execute_cdp_cmd("Network.setCookie", cookie)


def write_upload(image: StagedImage, folder: Path) -> Path:
    """The photo as a file the browser can upload (HEIC/HEIF converted to JPEG)."""
    data, suffix, _ = upload_form(image)
    path = folder / f"photo{suffix}"
    path.write_bytes(data)
    return path
