"""The local stack, started once for the end-to-end tests that can share it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.helpers import Stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=Path(tmp_path_factory.mktemp("stack"))).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def paced_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A stack whose identification takes a few seconds (three provider calls of 1 s) while
    pricing is quick, so clients can watch a query under way and see its estimate first."""
    running = Stack(workdir=Path(tmp_path_factory.mktemp("paced-stack")), visibility_timeout=30,
                    env={"PROVIDER_DELAYS": "lens=0.5,gpt=1"}).start()
    yield running
    running.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)

