"""What the tests share besides fixtures: the local stack with the HTTP calls a client makes,
and checks of a query's log."""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import requests

from devstack.emulator import dynamodb_control
from devstack.launcher import LocalStack

REPO = Path(__file__).resolve().parents[1]


def wait_until(check: Any, timeout: float, what: str, interval: float = 0.1) -> Any:
    """``check()``'s first truthy value, polled until ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Stack(LocalStack):
    """The local stack, and its HTTP surfaces used as a client would use them.

    Messages come back after 3 s unless deleted (not the queues' own minutes), so a test of a
    lost or failed delivery ends soon.
    """

    visibility_timeout: int | None = 3

    def create_query(self, **body: Any) -> dict[str, Any]:
        answer = requests.post(f"{self.url}/queries", json=body or None, timeout=10)
        assert answer.status_code == 201, answer.text
        return answer.json()

    def upload(self, created: dict[str, Any], data: bytes, filename: str = "photo.jpg") -> None:
        upload = created["upload"]
        answer = requests.post(upload["url"], data=upload["fields"],
                               files={"file": (filename, data)}, timeout=30)
        assert answer.status_code in (200, 201, 204), answer.text

    def submit(self, data: bytes) -> dict[str, Any]:
        created = self.create_query(content_type="image/jpeg", filename="photo.jpg")
        self.upload(created, data)
        return created

    def poll_until_finished(self, query_id: str, timeout: float = 30) -> dict[str, Any]:
        """Follow a query with the long-poll API until it is done or failed."""
        deadline = time.monotonic() + timeout
        chunks: list[dict[str, Any]] = []
        cursor = 0
        while time.monotonic() < deadline:
            answer = requests.get(f"{self.url}/queries/{query_id}",
                                  params={"after": cursor, "wait": 5}, timeout=30)
            assert answer.status_code == 200, answer.text
            state = answer.json()
            chunks += state["chunks"]
            cursor = state["cursor"]
            if state["status"] in ("done", "failed"):
                return {**state, "chunks": chunks}
        raise AssertionError(f"query {query_id} did not finish in {timeout} s")

    def stream(self, path: str, headers: dict[str, str] | None = None,
               timeout: float = 30) -> Iterator[dict[str, Any]]:
        """The SSE events of a stream: each as ``{"id", "data"}``."""
        with requests.get(f"{self.url}{path}", headers=headers, stream=True,
                          timeout=timeout) as answer:
            assert answer.status_code == 200, answer.text
            event: dict[str, Any] = {}
            for line in answer.iter_lines(decode_unicode=True):
                if line == "":
                    if "data" in event:
                        yield event
                    event = {}
                elif line.startswith("id: "):
                    event["id"] = int(line[4:])
                elif line.startswith("data: "):
                    event["data"] = json.loads(line[6:])


def descriptions(chunks: list[dict[str, Any]]) -> list[str]:
    return [c["data_description"] for c in chunks]


def assert_complete_log(chunks: list[dict[str, Any]]) -> None:
    """seq 1..n without gap or repeat, no chunk twice, ``done`` exactly once and last."""
    assert [c["seq"] for c in chunks] == list(range(1, len(chunks) + 1)), chunks
    kinds = [(c["stage"], c["data_description"]) for c in chunks]
    assert len(kinds) == len(set(kinds)), kinds
    assert descriptions(chunks).count("done") == 1
    assert chunks[-1]["data_description"] == "done"


# The relay polls at a relaxed pace: these tests check what arrives, not how soon, and on one
# machine every poll competes with the stages for the emulator.
RELAXED = {"RELAY_POLL_MIN_SECONDS": "0.1", "RELAY_POLL_MAX_SECONDS": "0.4"}


@contextmanager
def workerless_stack(workdir: Path, visibility_timeout: int,
                     env: dict[str, str] | None = None) -> Iterator[Stack]:
    """Emulator, API and relay (with ``env``); a received message comes back after
    ``visibility_timeout`` seconds unless deleted."""
    running = Stack(workdir=workdir, serve_workers=False, visibility_timeout=visibility_timeout,
                    env={**RELAXED, **(env or {})}).start()
    try:
        yield running
    finally:
        dynamodb_control(running.aws_endpoint, throttle_rate=0.0)  # as the tests found it
        running.stop()
