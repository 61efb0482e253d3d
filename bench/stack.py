"""The local stack for the benchmark, in child processes, and what the benchmark reads from it.

The emulator, the API and the relay run in one process (``python -m devstack serve
--no-workers``) and the stage workers in another (``... workers``): in AWS too the relay and the
stages run in functions of their own. ``EventTap`` reads each upload's S3 event time, and
``dynamodb_requests`` the emulator's DynamoDB request counters.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import boto3
import requests

from devstack.child import Child, free_port
from devstack.emulator import READ_OPERATIONS, dynamodb_control

REPO = Path(__file__).resolve().parents[1]
TAP_QUEUE = "lens-gpt-bench-tap"


def iso_seconds(text: str) -> float:
    """``2026-11-22T10:00:00.123Z`` (chunk ``created_at``, S3 ``eventTime``) as epoch seconds."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


class StackFailed(RuntimeError):
    """A process of the stack exited or never answered."""


@dataclass
class BenchStack:
    """``make run``'s stack with the given settings, workers in their own process."""

    workdir: Path
    env: dict[str, str]
    worker_threads: int = 4
    port: int = field(default_factory=free_port)
    server: Child | None = None
    workers: Child | None = None
    aws_endpoint: str = ""
    bucket: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def child_env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        return {**inherited, "PYTHONUNBUFFERED": "1", **self.env, **(extra or {})}

    def start(self) -> BenchStack:
        self.workdir.mkdir(parents=True, exist_ok=True)
        args = [sys.executable, "-m", "devstack", "serve", "--port", str(self.port),
                "--no-workers"]
        self.server = Child(args, self.child_env(), self.workdir / "serve.log").start()
        health = self._wait_for_health(60)
        self.aws_endpoint, self.bucket = health["aws_endpoint"], health["bucket"]
        self.workers = self.start_workers()
        return self

    def start_workers(self, extra_env: dict[str, str] | None = None,
                      threads: int | None = None) -> Child:
        """A workers process against this stack's emulator (the caller stops it)."""
        args = [sys.executable, "-m", "devstack", "workers", "--aws-endpoint",
                self.aws_endpoint, "--worker-threads", str(threads or self.worker_threads)]
        log = self.workdir / f"workers-{time.monotonic_ns()}.log"
        child = Child(args, self.child_env(extra_env), log).start()
        _wait_for_line(log, "workers are running", child, 60)
        return child

    def stop(self) -> None:
        for child in (self.workers, self.server):
            if child is not None:
                child.stop()

    def client(self, service: str) -> Any:
        return boto3.client(service, endpoint_url=self.aws_endpoint, region_name="us-east-1",
                            aws_access_key_id="testing", aws_secret_access_key="testing")

    def dynamodb_reads(self) -> int:
        """DynamoDB read requests the emulator has answered so far."""
        requests_ = dynamodb_control(self.aws_endpoint)["requests"]
        return sum(n for operation, n in requests_.items() if operation in READ_OPERATIONS)

    def _wait_for_health(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.server is not None
            if not self.server.alive():
                raise StackFailed(f"the stack exited; see {self.server.log_path}")
            try:
                return requests.get(f"{self.url}/health", timeout=2).json()
            except requests.RequestException:
                time.sleep(0.2)
        raise StackFailed("the stack did not answer /health in time")


def _wait_for_line(path: Path, text: str, child: Child, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(errors="replace"):
            return
        if not child.alive():
            raise StackFailed(f"a process exited; see {path}")
        time.sleep(0.1)
    raise StackFailed(f"no {text!r} in {path} in time")


class EventTap:
    """Every upload's S3 event time, from a second subscription to the bucket's notifications.

    A measuring device of the benchmark only: the emulator notifies every matching subscription
    (S3 itself refuses overlapping ones), so the lens queue gets its events as before.
    """

    def __init__(self, stack: BenchStack, prefix: str = "uploads/") -> None:
        self._s3, self._sqs = stack.client("s3"), stack.client("sqs")
        self._bucket = stack.bucket
        self._prefix = prefix
        self._times: dict[str, float] = {}
        self._seen = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drain, daemon=True, name="event-tap")
        self._url = ""

    def start(self) -> EventTap:
        self._url = self._sqs.create_queue(QueueName=TAP_QUEUE)["QueueUrl"]
        arn = self._sqs.get_queue_attributes(QueueUrl=self._url, AttributeNames=["QueueArn"])
        config = self._s3.get_bucket_notification_configuration(Bucket=self._bucket)
        config.pop("ResponseMetadata", None)
        config.setdefault("QueueConfigurations", []).append({
            "Id": "bench-tap", "QueueArn": arn["Attributes"]["QueueArn"],
            "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": self._prefix}]}},
        })
        self._s3.put_bucket_notification_configuration(Bucket=self._bucket,
                                                       NotificationConfiguration=config)
        self._thread.start()
        return self

    def event_time(self, key: str, timeout: float = 30) -> float | None:
        """When S3 announced ``key`` (epoch seconds), or None if it did not in time."""
        with self._seen:
            self._seen.wait_for(lambda: key in self._times, timeout)
            return self._times.get(key)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _drain(self) -> None:
        while not self._stop.is_set():
            try:
                answer = self._sqs.receive_message(QueueUrl=self._url, WaitTimeSeconds=1,
                                                   MaxNumberOfMessages=10)
            except Exception:  # the emulator stopping under us at the end
                return
            for message in answer.get("Messages", []):
                self._record(json.loads(message["Body"]))
                self._sqs.delete_message(QueueUrl=self._url,
                                         ReceiptHandle=message["ReceiptHandle"])

    def _record(self, event: dict[str, Any]) -> None:
        with self._seen:
            for record in event.get("Records", []):
                key = unquote_plus(record["s3"]["object"]["key"])
                self._times.setdefault(key, iso_seconds(record["eventTime"]))
            self._seen.notify_all()
