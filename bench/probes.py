"""What the benchmark reads from the local stack besides what a client sees.

``EventTap`` reads each upload's S3 event time, and ``dynamodb_reads`` the emulator's DynamoDB
request counters.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime
from typing import Any
from urllib.parse import unquote_plus

from devstack.emulator import READ_OPERATIONS, dynamodb_control
from devstack.launcher import LocalStack

TAP_QUEUE = "lens-gpt-bench-tap"


def iso_seconds(text: str) -> float:
    """``2026-11-22T10:00:00.123Z`` (chunk ``created_at``, S3 ``eventTime``) as epoch seconds."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def dynamodb_reads(stack: LocalStack) -> int:
    """DynamoDB read requests the stack's emulator has answered so far."""
    counts = dynamodb_control(stack.aws_endpoint)["requests"]
    return sum(n for operation, n in counts.items() if operation in READ_OPERATIONS)


class EventTap:
    """Every upload's S3 event time, from a second subscription to the bucket's notifications.

    A measuring device of the benchmark only: the emulator notifies every matching subscription
    (S3 itself refuses overlapping ones), so the lens queue gets its events as before.
    """

    def __init__(self, stack: LocalStack, prefix: str = "uploads/") -> None:
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
