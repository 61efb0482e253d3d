"""The local workers: one poller per queue serving several invocations at once, as Lambda's
event source mapping does, with failed records left for redelivery."""

from __future__ import annotations

import threading
from typing import Any, Iterator

import boto3
import pytest

from devstack.emulator import MotoServer
from devstack.workers import QueueWorker


@pytest.fixture(scope="module")
def sqs() -> Iterator[Any]:
    server = MotoServer().start()
    yield boto3.client("sqs", endpoint_url=server.endpoint, region_name="us-east-1",
                       aws_access_key_id="testing", aws_secret_access_key="testing")
    server.stop()


def queue(sqs: Any, name: str, messages: int) -> str:
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    for n in range(messages):
        sqs.send_message(QueueUrl=url, MessageBody=f"message {n}")
    return url


def remaining(sqs: Any, url: str) -> int:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=[
        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
    return sum(int(v) for v in attributes.values())


def test_one_poller_runs_as_many_invocations_at_once_as_its_concurrency(sqs: Any) -> None:
    url = queue(sqs, "together", 4)
    together = threading.Barrier(4, timeout=20)  # breaks unless four run at the same time
    bodies: list[str] = []

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        together.wait()
        bodies.extend(r["body"] for r in event["Records"])
        return {}

    stop = threading.Event()
    worker = QueueWorker(sqs, url, handler, stop, concurrency=4, name="together")
    worker.start()
    try:
        for _ in range(20):
            if len(bodies) == 4:
                break
            stop.wait(0.5)
    finally:
        stop.set()
        worker.join(timeout=20)

    assert sorted(bodies) == [f"message {n}" for n in range(4)]
    assert remaining(sqs, url) == 0


def test_a_record_the_handler_reports_failed_stays_in_the_queue(sqs: Any) -> None:
    url = queue(sqs, "failing", 2)

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        failed = [r["messageId"] for r in event["Records"] if r["body"] == "message 0"]
        return {"batchItemFailures": [{"itemIdentifier": m} for m in failed]}

    worker = QueueWorker(sqs, url, handler, threading.Event(), visibility_timeout=30)
    handled = worker.poll_once(wait_s=1) + worker.poll_once(wait_s=1)

    assert handled == 2
    assert remaining(sqs, url) == 1
    assert sqs.receive_message(QueueUrl=url).get("Messages") is None  # hidden, not deleted
