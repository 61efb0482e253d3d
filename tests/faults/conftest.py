"""A local stack without workers in its process, so tests run (and kill) their own."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.helpers import Stack, workerless_stack


@pytest.fixture
def bare_stack(tmp_path: Path) -> Iterator[Stack]:
    """Emulator, API and relay; a received message comes back after 2 s unless deleted."""
    with workerless_stack(tmp_path, 2) as running:
        yield running


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/faults/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)
