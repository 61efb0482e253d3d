"""Lambda entry points of the three stages: SQS batches with partial failures.

Each record is handled alone; a record that raises is reported back so only it is retried. On its
last delivery (``MAX_RECEIVE_COUNT``) a failing record is turned into an ``error`` chunk instead,
so its run still gets ``done`` and no client waits for a message parked in a dead-letter queue.
"""

from __future__ import annotations

import json
from typing import Any, Callable

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from chalicelib.models import StageMessage
from chalicelib.pipeline.analysis_stages import AnalysisStage, GptStage, PricingStage
from chalicelib.pipeline.lens_stage import LensStage, ObjectCreated
from chalicelib.services import get_services

logger = Logger(service="lens-gpt")


def _is_last_delivery(record: SQSRecord) -> bool:
    deliveries = int(record.attributes.approximate_receive_count or 1)
    return deliveries >= get_services().settings.max_receive_count


def _guarded(
    record: SQSRecord, work: Callable[[], None], abandon: Callable[[Exception], None]
) -> None:
    try:
        work()
    except Exception as exc:
        if not _is_last_delivery(record):
            logger.warning("stage failed, will be retried", exc_info=True)
            raise
        logger.exception("stage failed on its last delivery, giving up")
        abandon(exc)


def lens_record(record: SQSRecord) -> None:
    """One S3 notification (which may hold several object records, or be a test event)."""
    body = json.loads(record.body)
    stage = LensStage(get_services())
    for s3_record in body.get("Records", []):
        if not str(s3_record.get("eventName", "")).startswith("ObjectCreated"):
            continue
        _handle_object(record, stage, ObjectCreated.from_record(s3_record))


def _handle_object(record: SQSRecord, stage: LensStage, event: ObjectCreated) -> None:
    logger.append_keys(object_key=event.key)
    _guarded(record, lambda: _correlate(stage.handle(event)),
             lambda exc: stage.abandon(event, exc))


def _correlate(query_id: str | None) -> None:
    if query_id:
        logger.set_correlation_id(query_id)


def _analysis_record(stage: AnalysisStage, record: SQSRecord) -> None:
    message = StageMessage.model_validate_json(record.body)
    logger.set_correlation_id(message.query_id)
    logger.append_keys(run_id=message.run_id, stage=stage.stage)
    _guarded(record, lambda: stage.handle(message), lambda exc: stage.abandon(message, exc))


def gpt_record(record: SQSRecord) -> None:
    _analysis_record(GptStage(get_services()), record)


def pricing_record(record: SQSRecord) -> None:
    _analysis_record(PricingStage(get_services()), record)


def _batch(record_handler: Callable[[SQSRecord], None]) -> Callable[[dict, Any], dict]:
    def handler(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        # A processor per invocation: it holds the batch's state, and the local runner calls
        # handlers from several threads at once.
        processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
        return process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )

    return handler


lens_handler = _batch(lens_record)
gpt_handler = _batch(gpt_record)
pricing_handler = _batch(pricing_record)
