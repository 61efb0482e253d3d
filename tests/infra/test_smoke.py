"""`make smoke` checks every step's status and that the stream ends with done: run here against
the local stack, which answers as the deployed one does."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import requests

from infra.smoke import SmokeFailed, smoke
from tests.helpers import Stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=Path(tmp_path_factory.mktemp("smoke-stack"))).start()
    yield running
    running.stop()


def test_the_smoke_test_passes_every_step_of_a_working_stack(stack: Stack) -> None:
    steps: list[str] = []

    smoke(stack.url, stack.url, report=steps.append)

    assert [step.split(":")[0] for step in steps][2:] == ["upload", "stream", "query",
                                                          "classify"]
    assert "upload: 204" in steps
    assert steps[3].startswith("stream: ") and steps[3].endswith("done")


def test_the_smoke_test_fails_a_step_that_answers_another_status(stack: Stack) -> None:
    # Given an API address where nothing is served (a wrong stage path answers 404)
    with pytest.raises(SmokeFailed, match="GET /health: HTTP 404"):
        smoke(f"{stack.url}/nowhere", stack.url, report=lambda _: None)


def test_the_stack_answers_a_presigned_upload_with_204(stack: Stack) -> None:
    created = requests.post(f"{stack.url}/queries", json={"content_type": "image/jpeg"},
                            timeout=30).json()
    answer = requests.post(created["upload"]["url"], data=created["upload"]["fields"],
                           files={"file": ("x.jpg", b"\xff\xd8\xff", "image/jpeg")}, timeout=30)

    assert answer.status_code == 204
