"""A local stack without workers in its process, so tests run (and kill) their own."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from devstack.emulator import dynamodb_control
from tests.helpers import Stack


@pytest.fixture
def bare_stack(tmp_path: Path) -> Iterator[Stack]:
    """Emulator, API and relay; a received message comes back after 2 s unless deleted.

    The relay polls at a relaxed pace: these tests check what arrives, not how soon, and on one
    machine every poll competes with the stages for the emulator.
    """
    relaxed = {"RELAY_POLL_MIN_SECONDS": "0.1", "RELAY_POLL_MAX_SECONDS": "0.4"}
    running = Stack(workdir=tmp_path, serve_workers=False, visibility_timeout=2,
                    env=relaxed).start()
    yield running
    dynamodb_control(running.aws_endpoint, throttle_rate=0.0)
    running.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/faults/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)
