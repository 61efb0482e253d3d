"""Local stand-ins for Lambda's SQS event source mappings.

Each worker long-polls one queue, hands the messages to the stage's handler as a real SQS event
batch, deletes what succeeded and leaves the reported failures in flight, so they come back when
their visibility time-out ends and, after ``maxReceiveCount`` deliveries, move to the
dead-letter queue: the same contract Lambda gives the handlers in AWS.
"""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any, Callable

from aws_lambda_powertools import Logger
from chalice.local import LambdaContext

from chalicelib.observability import SERVICE
from devstack.emulator import REGION, queue_arn

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
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
    """Polls one queue and calls one handler, until told to stop.

    Like Lambda's event source mapping, one poller serves up to ``concurrency`` invocations at
    once: the queue sees a single long poll however many invocations may run (idle pollers each
    holding a long poll would load the emulator), and it asks for messages only while an
    invocation is free to start on them at once, so none waits here while its visibility
    time-out runs.
    """

    def __init__(
        self,
        sqs: Any,
        queue_url: str,
        handler: Handler,
        stop: threading.Event,
        batch_size: int = 1,
        visibility_timeout: int | None = None,
        name: str = "worker",
        concurrency: int = 1,
        function_timeout_s: float = 60,
    ) -> None:
        super().__init__(name=name, daemon=True)
        self._sqs = sqs
        self._url = queue_url
        self._arn = queue_arn(sqs, queue_url)
        self._handler = handler
        self._halt = stop
        self._batch_size = batch_size
        self._visibility = visibility_timeout
        self._concurrency = concurrency
        self._timeout_ms = int(function_timeout_s * 1000)
        self._free = threading.Semaphore(concurrency)
        self._running: set[threading.Thread] = set()
        self._count = itertools.count()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                self.poll_once()
            except Exception:  # the emulator going away at shutdown, or a handler bug
                if not self._halt.is_set():
                    logger.exception("%s: polling failed", self.name)
                    self._halt.wait(1.0)

    def join(self, timeout: float | None = None) -> None:
        """Wait for the poller, then for the invocations under way (within ``timeout``)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        super().join(timeout)
        for invocation in list(self._running):
            invocation.join(None if deadline is None else max(0.0, deadline - time.monotonic()))

    def poll_once(self, wait_s: int = 2) -> int:
        """One long poll for as many batches as invocations are free; they start at once."""
        slots = self._take_free(timeout=wait_s)
        if not slots:
            return 0
        try:
            messages = self._receive(slots * self._batch_size, wait_s)
        except Exception:
            self._release(slots)
            raise
        batches = [messages[i:i + self._batch_size]
                   for i in range(0, len(messages), self._batch_size)]
        self._release(slots - len(batches))
        for batch in batches:
            if self._concurrency == 1:
                self._invoke_batch(batch)
            else:
                self._start_invocation(batch)
        return len(messages)

    def _take_free(self, timeout: float) -> int:
        """Wait for one free invocation, then take every other free one (up to what one
        receive can fill: 10 messages)."""
        if not self._free.acquire(timeout=timeout):
            return 0
        slots, most = 1, max(1, 10 // self._batch_size)
        while slots < most and self._free.acquire(blocking=False):
            slots += 1
        return slots

    def _release(self, slots: int) -> None:
        for _ in range(slots):
            self._free.release()

    def _receive(self, count: int, wait_s: int) -> list[dict[str, Any]]:
        request: dict[str, Any] = {
            "QueueUrl": self._url, "MaxNumberOfMessages": count,
            "WaitTimeSeconds": wait_s, "AttributeNames": ["All"],
            "MessageAttributeNames": ["All"],
        }
        if self._visibility is not None:
            request["VisibilityTimeout"] = self._visibility
        return self._sqs.receive_message(**request).get("Messages", [])

    def _start_invocation(self, batch: list[dict[str, Any]]) -> None:
        invocation = threading.Thread(target=self._invoke_batch, args=(batch,), daemon=True,
                                      name=f"{self.name}-{next(self._count)}")
        self._running.add(invocation)
        invocation.start()

    def _invoke_batch(self, messages: list[dict[str, Any]]) -> None:
        """One handler invocation; what succeeded is deleted, the failures come back later."""
        try:
            name = threading.current_thread().name
            # The function's time-out, as Lambda gives it: the stages bound their steps by it.
            context = LambdaContext(function_name=name, memory_size=1024,
                                    max_runtime_ms=self._timeout_ms)
            response = self._invoke(sqs_event(messages, self._arn), context)
            failed = {item["itemIdentifier"] for item in response.get("batchItemFailures", [])}
            done = [m for m in messages if m["MessageId"] not in failed]
            if done:
                self._sqs.delete_message_batch(QueueUrl=self._url, Entries=[
                    {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]}
                    for i, m in enumerate(done)
                ])
        except Exception:  # the emulator going away at shutdown
            if not self._halt.is_set():
                logger.exception("%s: settling a batch failed", self.name)
        finally:
            self._running.discard(threading.current_thread())
            self._free.release()

    def _invoke(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        try:
            return self._handler(event, context) or {}
        except Exception:
            # A handler that raises fails its whole batch, as in Lambda.
            logger.exception("%s: handler raised", self.name)
            return {"batchItemFailures": [
                {"itemIdentifier": r["messageId"]} for r in event["Records"]
            ]}
