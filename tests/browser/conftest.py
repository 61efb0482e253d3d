"""Fixtures of the tests that drive real headless Chromium against local pages."""

from __future__ import annotations

from typing import Iterator

import pytest

from chalicelib.providers.lens.browser import ManagedBrowser
from devstack.fakes.lens_site import FakeLensSite, browser_config, serve_lens_site


@pytest.fixture(scope="module")
def lens_site() -> Iterator[FakeLensSite]:
    site, server = serve_lens_site()
    yield site
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[ManagedBrowser]:
    """One browser for a module's searches, as one Lambda environment would keep it."""
    managed = ManagedBrowser(browser_config())
    yield managed
    managed.close()
