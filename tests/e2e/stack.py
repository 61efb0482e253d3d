"""Starting the local stack as ``make run`` does, and talking to it as a client would."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import boto3
import requests

from devstack.child import Child as Process
from devstack.child import free_port

REPO = Path(__file__).resolve().parents[2]


def wait_until(check: Any, timeout: float, what: str, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Stack:
    """The service as ``python -m devstack`` runs it."""

    tmp: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    workers: bool = True
    visibility_timeout: int = 3
    port: int = field(default_factory=free_port)
    server: Process | None = None
    aws_endpoint: str = ""
    bucket: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        return {**env, "PYTHONUNBUFFERED": "1", **self.extra_env}

    def start(self) -> Stack:
        args = [sys.executable, "-m", "devstack", "serve", "--port", str(self.port),
                "--visibility-timeout", str(self.visibility_timeout)]
        if not self.workers:
            args.append("--no-workers")
        self.server = Process(args, self.env(), self.tmp / f"stack-{self.port}.log").start()
        health = wait_until(self._health, 60, "the stack to answer /health", interval=0.2)
        self.aws_endpoint, self.bucket = health["aws_endpoint"], health["bucket"]
        return self

    def _health(self) -> dict[str, Any] | None:
        if self.server and self.server.popen and self.server.popen.poll() is not None:
            raise AssertionError(f"the stack exited:\n{self.server.output()}")
        try:
            return requests.get(f"{self.url}/health", timeout=2).json()
        except requests.RequestException:
            return None

    def start_workers(self, extra_env: dict[str, str] | None = None) -> Process:
        args = [sys.executable, "-m", "devstack", "workers", "--aws-endpoint",
                self.aws_endpoint, "--visibility-timeout", str(self.visibility_timeout)]
        env = {**self.env(), **(extra_env or {})}
        return Process(args, env, self.tmp / f"workers-{time.monotonic_ns()}.log").start()

    def stop(self) -> None:
        if self.server:
            self.server.stop()

    # -- AWS on the emulator, as a user with bucket access would use it -------------------------

    def client(self, service: str) -> Any:
        return boto3.client(service, endpoint_url=self.aws_endpoint, region_name="us-east-1",
                            aws_access_key_id="testing", aws_secret_access_key="testing")

    # -- the HTTP surfaces ----------------------------------------------------------------------

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
