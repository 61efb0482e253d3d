"""One headless Chromium per execution environment, driven through chromedriver.

Lambda keeps an execution environment (its memory, processes and temp directory) between
invocations, so the browser is started by the first search and reused by the later ones: a cold
start pays for Chromium once, a warm invocation only for the page. Before each use it is checked
(its driver process alive, a trivial script answered within ``probe_timeout_s``); a dead or hung
browser is killed and replaced, so one crash costs one search, not the environment.

Processes: chromedriver is started in a session of its own, so it and the Chromium processes it
spawns share one process group; Chromium's crash handler, which detaches itself, is found by the
browser's work directory on its command line. Closing a browser kills all of them and reaps
them (``processes`` beside this module), so no zombie is left behind even where init never
reaps.

Files: Chromium's profile, cache and home live in a fresh directory under the temp dir (the only
writable place in Lambda), removed when the browser closes. The chromedriver and Chromium paths
are always passed explicitly, so Selenium Manager never runs (it would try to download them).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from aws_lambda_powertools import Logger
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver
from urllib3.exceptions import HTTPError as TransportError

from chalicelib.config import Settings
from chalicelib.observability import SERVICE
from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.processes import (
    become_subreaper,
    kill_and_reap,
    processes_mentioning,
)

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

# What a failing WebDriver call raises: the driver's own errors, and the HTTP client's when
# chromedriver is gone or does not answer in time.
DRIVER_ERRORS: tuple[type[Exception], ...] = (WebDriverException, TransportError, OSError)

# Flags for a browser without display, GPU, sandbox or much shared memory (Lambda), that talks to
# nobody but the pages it is sent to.
BASE_FLAGS: tuple[str, ...] = (
    "--headless=new",
    "--no-sandbox",  # Lambda allows none of the kernel features the sandbox needs
    "--disable-gpu",
    "--disable-dev-shm-usage",  # /dev/shm is tiny there: share memory through the temp dir
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-breakpad",
    "--disable-domain-reliability",
    "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
    "--no-pings",
    "--mute-audio",
    "--hide-scrollbars",
    "--password-store=basic",
    "--use-mock-keychain",
)
# Without these, ``navigator.webdriver`` is true: the first thing bot checks read.
DISGUISE_FLAGS: tuple[str, ...] = ("--disable-blink-features=AutomationControlled",)
# One process instead of a dozen: less memory and start-up time, and nothing left to orphan.
SINGLE_PROCESS_FLAGS: tuple[str, ...] = ("--single-process", "--no-zygote")


class BrowserUnavailable(ProviderError):
    """Chromium or chromedriver could not be started."""

    code = "browser-unavailable"

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = True) -> None:
        super().__init__(message, code=code, retryable=retryable)


@dataclass(frozen=True)
class BrowserConfig:
    """How to start the browser, and how long to wait for it."""

    chromium_path: str = "/usr/bin/chromium"
    chromedriver_path: str = "/usr/bin/chromedriver"
    single_process: bool = False
    # The longest one WebDriver command may take; longer than any page load the caller allows.
    command_timeout_s: float = 60.0
    # A live browser answers a trivial script well within this.
    probe_timeout_s: float = 5.0
    language: str = "en-US"
    window_size: tuple[int, int] = (1366, 900)
    extra_flags: tuple[str, ...] = ()
    temp_dir: str | None = None
    # Look like an ordinary browser to the pages (Google serves captchas to automation): no
    # automation flags, and this user agent ("": the browser's own without "Headless").
    disguise: bool = True
    user_agent: str = ""
    proxy: str = ""  # e.g. "http://user:pass@proxy.example:3128" or "socks5://host:1080"

    @classmethod
    def from_settings(cls, settings: Settings) -> BrowserConfig:
        return cls(
            chromium_path=settings.chromium_path,
            chromedriver_path=settings.chromedriver_path,
            single_process=settings.chromium_single_process,
            command_timeout_s=settings.lens_timeout_s + 15.0,
            extra_flags=tuple(shlex.split(settings.chromium_flags)),
            user_agent=settings.lens_user_agent,
            proxy=settings.lens_proxy,
        )

    def flags(self, workdir: Path) -> list[str]:
        width, height = self.window_size
        return [
            *BASE_FLAGS,
            *(SINGLE_PROCESS_FLAGS if self.single_process else ()),
            f"--window-size={width},{height}",
            f"--lang={self.language}",
            f"--user-data-dir={workdir / 'profile'}",
            f"--disk-cache-dir={workdir / 'cache'}",
            f"--crash-dumps-dir={workdir / 'crashes'}",
            *(DISGUISE_FLAGS if self.disguise else ()),
            *((f"--proxy-server={self.proxy}",) if self.proxy else ()),
            *self.extra_flags,
        ]


@dataclass
class _Running:
    """A started browser: its WebDriver session, chromedriver process and working directory."""

    driver: WebDriver
    service: Service
    workdir: Path
    # Its processes outside the group (the crash handler), noted while they still run.
    helpers: set[int] = field(default_factory=set)

    @property
    def group(self) -> int:
        """The process group of chromedriver and every Chromium process it started."""
        return self.service.process.pid


class ManagedBrowser:
    """One Chromium with its chromedriver: started on first use, checked before each use,
    replaced when it died or hangs. One caller at a time uses it (``session``)."""

    def __init__(self, config: BrowserConfig) -> None:
        self.config = config
        self.starts = 0
        self._lock = threading.Lock()
        self._running: _Running | None = None

    @contextlib.contextmanager
    def session(self) -> Iterator[WebDriver]:
        """The live browser for one task; it is left on a blank page afterwards, and discarded
        if a WebDriver call failed during the task (the next session starts a new one)."""
        with self._lock:
            running = self._live()
            try:
                yield running.driver
            except DRIVER_ERRORS:
                self._discard("it failed during use")
                raise
            finally:
                if self._running is running:
                    self._park(running)

    @property
    def process_group(self) -> int | None:
        """The running browser's process group (None before the first start or after close)."""
        running = self._running
        return running.group if running else None

    def close(self) -> None:
        """Quit the browser, kill and reap whatever is left of it and remove its files."""
        with self._lock:
            self._discard("it is closed", graceful=True)

    def _live(self) -> _Running:
        running = self._running
        if running is not None and not self._answers(running):
            self._discard("it stopped answering")
            running = None
        if running is None:
            running = self._running = self._start()
        return running

    def _start(self) -> _Running:
        try:
            return self._launch()
        except BrowserUnavailable:
            # Now and then a fresh Chromium exits during start-up; a second one starts.
            logger.warning("Chromium did not start; trying once more", exc_info=True)
            return self._launch()

    def _launch(self) -> _Running:
        become_subreaper()
        config = self.config
        workdir = Path(tempfile.mkdtemp(prefix="lens-chromium-", dir=config.temp_dir))
        home = workdir / "home"
        home.mkdir()
        options = webdriver.ChromeOptions()
        options.binary_location = config.chromium_path
        options.page_load_strategy = "eager"
        for flag in config.flags(workdir):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"intl.accept_languages": config.language})
        if config.disguise:
            options.add_experimental_option("excludeSwitches", ["enable-automation"])
        service = Service(
            executable_path=config.chromedriver_path,
            env=_browser_environment(home),
            log_output=subprocess.DEVNULL,
            popen_kw={"start_new_session": True},
        )
        started = time.monotonic()
        try:
            driver = webdriver.Chrome(service=service, options=options)
        except DRIVER_ERRORS as exc:
            _stop_processes(service, workdir, set())
            shutil.rmtree(workdir, ignore_errors=True)
            raise BrowserUnavailable(f"Chromium could not be started: {_first_line(exc)}") from exc
        driver.command_executor.client_config.timeout = config.command_timeout_s
        if config.disguise:
            _set_user_agent(driver, config)
        self.starts += 1
        logger.info("started Chromium in %.2f s (process group %d)",
                    time.monotonic() - started, service.process.pid)
        helpers = processes_mentioning(str(workdir)) - {service.process.pid}
        return _Running(driver=driver, service=service, workdir=workdir, helpers=helpers)

    def _answers(self, running: _Running) -> bool:
        """Whether chromedriver runs and the browser runs a script within the probe time-out."""
        if running.service.process.poll() is not None:
            return False
        return self._with_short_timeout(running, lambda: running.driver.execute_script("return 1"))

    def _park(self, running: _Running) -> None:
        """Leave one blank tab, so no page keeps running while the environment is frozen."""

        def blank() -> None:
            driver = running.driver
            handles = driver.window_handles
            for handle in handles[1:]:
                driver.switch_to.window(handle)
                driver.close()
            driver.switch_to.window(handles[0])
            driver.get("about:blank")

        if not self._with_short_timeout(running, blank):
            self._discard("it could not leave the page")

    def _with_short_timeout(self, running: _Running, action: Callable[[], object]) -> bool:
        client = running.driver.command_executor.client_config
        client.timeout = self.config.probe_timeout_s
        try:
            action()
            return True
        except DRIVER_ERRORS:
            return False
        finally:
            client.timeout = self.config.command_timeout_s

    def _discard(self, reason: str, graceful: bool = False) -> None:
        running, self._running = self._running, None
        if running is None:
            return
        logger.info("closing Chromium (process group %d): %s", running.group, reason)
        if graceful and running.service.process.poll() is None:
            running.driver.command_executor.client_config.timeout = self.config.probe_timeout_s
            with contextlib.suppress(*DRIVER_ERRORS):
                running.driver.quit()
        _stop_processes(running.service, running.workdir, running.helpers)
        shutil.rmtree(running.workdir, ignore_errors=True)


_browsers: dict[BrowserConfig, ManagedBrowser] = {}
_browsers_lock = threading.Lock()


def shared_browser(config: BrowserConfig) -> ManagedBrowser:
    """The execution environment's browser for ``config``: one per process and configuration."""
    with _browsers_lock:
        browser = _browsers.get(config)
        if browser is None:
            browser = _browsers[config] = ManagedBrowser(config)
        return browser


@atexit.register
def close_shared_browsers() -> None:
    """Close every shared browser (at interpreter exit; tests may call it too)."""
    with _browsers_lock:
        browsers = list(_browsers.values())
        _browsers.clear()
    for browser in browsers:
        browser.close()


def _stop_processes(service: Service, workdir: Path, helpers: set[int]) -> None:
    """Kill and reap chromedriver, its Chromium processes and the browser's helpers."""
    process = getattr(service, "process", None)
    if process is None:
        return
    kill_and_reap(process, str(workdir), helpers)
    with contextlib.suppress(*DRIVER_ERRORS):
        service.stop()  # closes its pipes; the process is already gone


def _browser_environment(home: Path) -> dict[str, str]:
    """The environment of chromedriver and Chromium: their home and caches in the work dir."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SE_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"))
    return env


def _set_user_agent(driver: WebDriver, config: BrowserConfig) -> None:
    """The configured user agent, or the browser's own as a headful Chrome would send it."""
    agent = config.user_agent or str(driver.execute_script("return navigator.userAgent"))
    driver.execute_cdp_cmd("Network.setUserAgentOverride", {
        "userAgent": agent.replace("HeadlessChrome", "Chrome"),
        "acceptLanguage": config.language,
    })


def _first_line(exc: Exception) -> str:
    text = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    return text.strip().splitlines()[0]
