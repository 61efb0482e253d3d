"""Sending stage messages: references to the image and run, never image bytes."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from botocore.exceptions import ClientError

from chalicelib.observability import SERVICE
from chalicelib.wire import StageMessage, WebhookNudge

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
# A work queue's dead-letter queue is named after it with this suffix.
DEAD_LETTER_SUFFIX = "-dlq"
# The longest SQS delays a message (DelaySeconds).
MAX_DELAY_S = 900
# The queue of webhook nudges (its consumer delivers what a query's callback has not had yet).
WEBHOOKS = "webhooks"


def queue_name_of(arn_or_url: str) -> str:
    """The queue's name, the last part of its ARN (``arn:...:name``) or URL (``.../name``)."""
    return arn_or_url.replace(":", "/").rsplit("/", 1)[-1]


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

    def nudge(self, query_id: str, delay_s: float = 0) -> str:
        """Have the query's webhook delivered what is due (a no-op if nothing is), now or after
        ``delay_s`` (at most ``MAX_DELAY_S``); the message's id."""
        answer = self._sqs.send_message(
            QueueUrl=self._urls[WEBHOOKS],
            MessageBody=WebhookNudge(query_id=query_id).model_dump_json(),
            MessageAttributes={"query_id": {"DataType": "String", "StringValue": query_id}},
            DelaySeconds=max(0, min(round(delay_s), MAX_DELAY_S)),
        )
        return str(answer.get("MessageId", ""))

    def stage_of_dead_letters(self, queue_arn: str) -> str | None:
        """The stage whose dead-letter queue this is (None: not one of ours)."""
        name = queue_name_of(queue_arn)
        return next((stage for stage, url in self._urls.items()
                     if queue_name_of(url) + DEAD_LETTER_SUFFIX == name), None)

    def retry_later(self, queue_arn: str, receipt_handle: str, delay_s: float) -> None:
        """Have a failed delivery come back after ``delay_s``, not after the whole visibility
        time-out (best effort: a message that cannot be changed comes back after that)."""
        name = queue_name_of(queue_arn)
        url = next((u for u in self._urls.values() if queue_name_of(u) == name), None)
        if url is None:
            return
        try:
            self._sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=receipt_handle,
                                                VisibilityTimeout=int(delay_s))
        except ClientError:
            logger.warning("could not shorten the visibility of a failed delivery",
                           exc_info=True)
