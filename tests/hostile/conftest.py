"""One local stack for the hostile-input tests, with the simulated providers at full speed."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.helpers import Stack

SIMULATED = {"LENS_PROVIDER": "simulated", "ANALYST": "simulated", "PRICER": "simulated",
             "SIMULATED_LATENCIES": "lens=0,gpt=0,pricing=0", "SIMULATED_FAULTS": ""}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=Path(tmp_path_factory.mktemp("hostile")), env=SIMULATED).start()
    yield running
    running.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = str(item.fspath).replace("\\", "/")
        if "tests/hostile/" in path and "test_image_bytes" not in path:
            item.add_marker(pytest.mark.e2e)
