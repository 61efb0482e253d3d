"""Local stand-ins for Lambda's SQS event source mappings.

Each worker long-polls one queue, hands the messages to the stage's handler as a real SQS event
batch, deletes what succeeded and leaves the reported failures in flight, so they come back when
their visibility time-out ends and, after ``maxReceiveCount`` deliveries, move to the
dead-letter queue: the same contract Lambda gives the handlers in AWS.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from chalice.local import LambdaContext

from chalicelib.local.emulator import REGION, queue_arn

logger = logging.getLogger(__name__)
Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def sqs_event(messages: list[dict[str, Any]], arn: str) -> dict[str, Any]:
    """Received messages as the ``Records`` of a Lambda SQS event."""
    return {"Records": [
        {
            "messageId": m["MessageId"],
            "receiptHandle": m["ReceiptHandle"],
            "body": m["Body"],
            "attributes": m.get("Attributes", {}),
            "messageAttributes": {
                name: {
                    "stringValue": value.get("StringValue"),
                    "binaryValue": value.get("BinaryValue"),
                    "stringListValues": [], "binaryListValues": [],
                    "dataType": value["DataType"],
                }
                for name, value in m.get("MessageAttributes", {}).items()
            },
            "md5OfBody": m.get("MD5OfBody"),
            "eventSource": "aws:sqs",
            "eventSourceARN": arn,
            "awsRegion": REGION,
        }
        for m in messages
    ]}


class QueueWorker(threading.Thread):
    """Polls one queue and calls one handler, until told to stop."""

    def __init__(
        self,
        sqs: Any,
        queue_url: str,
        handler: Handler,
        stop: threading.Event,
        batch_size: int = 1,
        visibility_timeout: int | None = None,
        name: str = "worker",
    ) -> None:
        super().__init__(name=name, daemon=True)
        self._sqs = sqs
        self._url = queue_url
        self._arn = queue_arn(sqs, queue_url)
        self._handler = handler
        self._halt = stop
        self._batch_size = batch_size
        self._visibility = visibility_timeout

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                self.poll_once()
            except Exception:  # the emulator going away at shutdown, or a handler bug
                if not self._halt.is_set():
                    logger.exception("%s: polling failed", self.name)
                    self._halt.wait(1.0)

    def poll_once(self, wait_s: int = 2) -> int:
        """One long poll and, if it brought messages, one handler invocation."""
        request: dict[str, Any] = {
            "QueueUrl": self._url, "MaxNumberOfMessages": self._batch_size,
            "WaitTimeSeconds": wait_s, "AttributeNames": ["All"],
            "MessageAttributeNames": ["All"],
        }
        if self._visibility is not None:
            request["VisibilityTimeout"] = self._visibility
        messages = self._sqs.receive_message(**request).get("Messages", [])
        if not messages:
            return 0
        context = LambdaContext(function_name=self.name, memory_size=1024)
        response = self._invoke(sqs_event(messages, self._arn), context)
        failed = {item["itemIdentifier"] for item in response.get("batchItemFailures", [])}
        done = [m for m in messages if m["MessageId"] not in failed]
        if done:
            self._sqs.delete_message_batch(QueueUrl=self._url, Entries=[
                {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)
            ])
        return len(messages)

    def _invoke(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        try:
            return self._handler(event, context) or {}
        except Exception:
            # A handler that raises fails its whole batch, as in Lambda.
            logger.exception("%s: handler raised", self.name)
            return {"batchItemFailures": [
                {"itemIdentifier": r["messageId"]} for r in event["Records"]
            ]}
