"""The relay's start script (the handler the Web Adapter runs) serves the relay on its port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
import requests

from devstack.child import free_port
from devstack.emulator import MotoServer, create_resources
from tests.helpers import REPO, wait_until

SCRIPT = REPO / "layers" / "relay" / "run.sh"


@pytest.fixture
def relay_port(tmp_path: Path) -> Iterator[int]:
    """run.sh started as the adapter starts it: the port in AWS_LWA_PORT, code in the task root."""
    emulator = MotoServer().start()
    # moto keeps its state per process: start from an empty account each time.
    requests.post(f"{emulator.endpoint}/moto-api/reset", timeout=10)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(create_resources(emulator.endpoint), AWS_LWA_PORT=str(port),
               LAMBDA_TASK_ROOT=str(REPO), PATH=f"{Path(sys.executable).parent}:{env['PATH']}")
    log = (tmp_path / "relay.log").open("wb")
    script = subprocess.Popen(["bash", str(SCRIPT)], cwd=tmp_path, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield port
    finally:
        os.killpg(script.pid, signal.SIGTERM)
        script.wait(timeout=15)
        log.close()
        emulator.stop()


def _answer(port: int, path: str, **kwargs: object) -> list[requests.Response]:
    """The answer in a list (a 4xx response is falsy), or none while nothing listens."""
    try:
        return [requests.request(url=f"http://127.0.0.1:{port}{path}", timeout=5, **kwargs)]
    except requests.ConnectionError:
        return []


def test_the_script_serves_the_relay_on_the_adapters_port(relay_port: int) -> None:
    (unknown,) = wait_until(lambda: _answer(relay_port, "/queries/nope/stream", method="GET"),
                            30, "the relay to listen on the adapter's port")
    (not_multipart,) = _answer(relay_port, "/classify", method="POST", data=b"{}",
                               headers={"Content-Type": "application/json"})

    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "not-found"
    assert not_multipart.status_code == 415


def test_the_relay_lets_the_page_of_another_origin_read_streams(relay_port: int) -> None:
    """In AWS the page is served by the API and the stream by the relay's own URL."""
    page = "https://abc.execute-api.eu-west-1.amazonaws.com"
    (answer,) = wait_until(
        lambda: _answer(relay_port, "/queries/nope/stream", method="GET",
                        headers={"Origin": page}),
        30, "the relay to listen on the adapter's port",
    )
    (preflight,) = _answer(relay_port, "/queries/x/stream", method="OPTIONS", headers={
        "Origin": page, "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "last-event-id",
    })

    assert answer.headers["access-control-allow-origin"] == "*"
    assert preflight.status_code == 200
    assert "last-event-id" in preflight.headers["access-control-allow-headers"].lower()
