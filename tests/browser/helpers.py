"""What the browser tests (and ``make bench-lens``) share besides fixtures: the browser's
settings, a staged sample photo, and the check for unreaped Chromium processes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from chalicelib.providers.base import StagedImage
from chalicelib.providers.lens.browser import BrowserConfig
from chalicelib.providers.lens.processes import process_ids, stat
from devstack.photos import sample_photo

# Chromium may resolve no name but 127.0.0.1: the tests cannot reach the internet.
LOCAL_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


def browser_config(**changes: object) -> BrowserConfig:
    """The tests' browser: local-only, and quick to call a silent browser hung."""
    options: dict[str, object] = {"extra_flags": (LOCAL_ONLY,), "probe_timeout_s": 3.0}
    return BrowserConfig(**{**options, **changes})  # type: ignore[arg-type]


def staged_photo(path: Path | None = None) -> StagedImage:
    data = (path or sample_photo("trail-shoe")).read_bytes()
    return StagedImage.from_bytes(data, hashlib.sha256(data).hexdigest(), "image/jpeg")


def zombie_children() -> set[int]:
    """This process's children that died and were never reaped."""
    me = os.getpid()
    return {pid for pid in process_ids() if (info := stat(pid)) and info[:2] == ("Z", me)}
