"""Nothing lost, nothing doubled: duplicate deliveries, a killed worker, a poisoned message."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests

from devstack.photos import sample_photo
from tests.helpers import Stack, assert_complete_log, descriptions, wait_until

FULL_RUN = [
    "lens-matches", "model-producer", "producer-url", "retail-price-details",
    "second-hand-offers", "estimated-price", "done",
]


def test_the_same_s3_event_and_stage_messages_delivered_twice_write_each_chunk_once(
    stack: Stack,
) -> None:
    sqs = stack.client("sqs")
    urls = {s: sqs.get_queue_url(QueueName=f"lens-gpt-{s}")["QueueUrl"] for s in
            ("lens", "gpt", "pricing")}
    created = stack.submit(sample_photo("compact-camera").read_bytes())
    first = stack.poll_until_finished(created["id"])
    run_id = f"{first['image_sha256']}-1"

    # Given the upload's notification and both stage messages arrive again
    event = {"Records": [{
        "eventName": "ObjectCreated:Post",
        "s3": {"bucket": {"name": stack.bucket},
               "object": {"key": f"uploads/{created['id']}", "sequencer": "0A"}},
    }]}
    sqs.send_message(QueueUrl=urls["lens"], MessageBody=json.dumps(event))
    message = {"run_id": run_id, "query_id": created["id"], "bucket": stack.bucket,
               "key": f"uploads/{created['id']}", "image_sha256": first["image_sha256"]}
    for stage in ("gpt", "pricing"):
        sqs.send_message(QueueUrl=urls[stage], MessageBody=json.dumps(message))
    wait_until(lambda: all(_queue_empty(sqs, u) for u in urls.values()), 20, "queues to drain")

    # Then the log is unchanged
    again = stack.poll_until_finished(created["id"])
    assert again["chunks"] == first["chunks"]
    assert_complete_log(again["chunks"])


@pytest.fixture
def slow_stack(tmp_path: Path) -> Iterator[Stack]:
    """A stack whose workers run in their own process, with slow analysis stages."""
    running = Stack(workdir=tmp_path, serve_workers=False, visibility_timeout=2).start()
    yield running
    running.stop()


def test_a_worker_killed_in_the_middle_of_a_stage_loses_and_doubles_nothing(
    slow_stack: Stack,
) -> None:
    workers = slow_stack.start_workers({"PROVIDER_DELAYS": "gpt=1.5,pricing=1.5"})
    created = slow_stack.submit(sample_photo("acoustic-guitar").read_bytes())

    # When the worker process dies (SIGKILL) while the analysis stages are under way
    wait_until(lambda: _has_chunk(slow_stack, created["id"], "lens-matches"), 30, "lens-matches")
    time.sleep(0.3)
    workers.kill()
    partial = _chunks(slow_stack, created["id"])
    assert "done" not in descriptions(partial)

    # Then new workers pick the messages up again after their visibility time-out
    replacement = slow_stack.start_workers()
    try:
        state = slow_stack.poll_until_finished(created["id"], timeout=60)
    finally:
        replacement.stop()

    assert state["status"] == "done"
    assert_complete_log(state["chunks"])
    assert sorted(descriptions(state["chunks"])) == sorted(FULL_RUN)
    assert state["chunks"][: len(partial)] == partial


def test_a_message_that_keeps_failing_reaches_its_dead_letter_queue_and_is_logged_there(
    slow_stack: Stack,
) -> None:
    workers = slow_stack.start_workers()
    sqs = slow_stack.client("sqs")
    try:
        url = sqs.get_queue_url(QueueName="lens-gpt-gpt")["QueueUrl"]
        sqs.send_message(QueueUrl=url, MessageBody="this is not a stage message")

        # Then, after its deliveries, the dead-letter consumer takes it: no stage sent it, so
        # there is no run to end, and its body is logged for an operator
        wait_until(lambda: "an unreadable dead letter was dropped" in workers.output(), 30,
                   "the dead-letter consumer to drop the message")
    finally:
        workers.stop()

    assert "this is not a stage message" in workers.output()


def _queue_empty(sqs, url: str) -> bool:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=[
        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
    ])["Attributes"]
    return all(v == "0" for v in attributes.values())


def _chunks(stack: Stack, query_id: str) -> list[dict]:
    return requests.get(f"{stack.url}/queries/{query_id}", timeout=10).json()["chunks"]


def _has_chunk(stack: Stack, query_id: str, description: str) -> bool:
    return description in descriptions(_chunks(stack, query_id))
