"""Sending stage messages: references to the image and run, never image bytes."""

from __future__ import annotations

from typing import Any

from chalicelib.wire import StageMessage


class StageQueues:
    """The work queues of the gpt and pricing stages (and any other, by stage name)."""

    def __init__(self, client: Any, queue_urls: dict[str, str]) -> None:
        self._sqs = client
        self._urls = queue_urls

    def send(self, stage: str, message: StageMessage) -> None:
        self._sqs.send_message(
            QueueUrl=self._urls[stage],
            MessageBody=message.model_dump_json(),
            MessageAttributes={
                "query_id": {"DataType": "String", "StringValue": message.query_id},
            },
        )
