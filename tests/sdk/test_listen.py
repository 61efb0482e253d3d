"""``lens-gpt listen``: a webhook receiver on this machine that checks and prints deliveries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from devstack.child import free_port
from lens_gpt_client.listen import Delivery, Listener
from lens_gpt_client.webhooks import WebhookDone, sign

SECRET = "whsec_listen-test"
DONE = json.dumps({"event": "done", "query_id": "q1", "status": "done", "image_sha256": None,
                   "summary": {"producer": "Acme", "model": "X1"}, "metadata": None}).encode()


def headers(body: bytes, secret: str = SECRET, delivery: str = "q1.done") -> dict[str, str]:
    return {"Content-Type": "application/json", "X-Lens-Gpt-Event": "done",
            "X-Lens-Gpt-Delivery": delivery,
            "X-Lens-Gpt-Signature": sign(secret, body, int(time.time()), delivery)}


def reported(seen: list[Delivery], timeout: float = 5) -> list[Delivery]:
    """The deliveries reported so far, once there is one (the listener answers the POST before
    it reports the delivery)."""
    deadline = time.monotonic() + timeout
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)
    return list(seen)


@pytest.fixture
def listener() -> Iterator[tuple[Listener, list[Delivery]]]:
    seen: list[Delivery] = []
    running = Listener(seen.append, secrets=[SECRET])
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running, seen
    running.shutdown()


def test_a_delivery_signed_with_the_secret_is_taken_and_read(
        listener: tuple[Listener, list[Delivery]]) -> None:
    running, seen = listener

    answer = requests.post(running.url, data=DONE, headers=headers(DONE), timeout=5)

    assert answer.status_code == 200
    (delivery,) = reported(seen)
    assert delivery.verified and delivery.id == "q1.done"
    assert isinstance(delivery.event, WebhookDone) and delivery.event.summary.model == "X1"


def test_a_delivery_signed_otherwise_is_refused_with_400(
        listener: tuple[Listener, list[Delivery]]) -> None:
    running, seen = listener

    answer = requests.post(running.url, data=DONE, headers=headers(DONE, "whsec_other"),
                           timeout=5)

    assert answer.status_code == 400
    (refused,) = reported(seen)
    assert refused.refused and "does not match" in refused.refused and refused.event is None


def test_the_command_prints_each_delivery_and_stops_after_count() -> None:
    port = free_port()
    command = subprocess.Popen(
        [sys.executable, "-m", "lens_gpt_client.cli", "listen", "--port", str(port),
         "--secret", SECRET, "--count", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        first_line = command.stdout.readline()  # once it says so, it listens
        assert f"http://127.0.0.1:{port}/hooks" in first_line
        bad = requests.post(f"http://127.0.0.1:{port}/hooks", data=DONE,
                            headers=headers(DONE, "whsec_other"), timeout=5)
        good = requests.post(f"http://127.0.0.1:{port}/hooks", data=DONE,
                             headers=headers(DONE), timeout=5)
        out, _ = command.communicate(timeout=10)
    finally:
        command.kill()

    assert (bad.status_code, good.status_code, command.returncode) == (400, 200, 0)
    assert "refused q1.done: The signature does not match" in out
    assert "q1.done  outcome: Acme X1 (done)  [signature verified]" in out
