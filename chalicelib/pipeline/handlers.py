"""Lambda entry points of the three stages and of their dead-letter queues: SQS batches with
partial failures.

Each record is handled alone; a record that raises is reported back so only it is retried, after
a short delay that doubles with each delivery (its visibility is changed), not after the queue's
whole visibility time-out. On its last delivery (``MAX_RECEIVE_COUNT``) a failing record is
turned into an ``error`` chunk instead, so its run still gets ``done``. Steps are bounded by the
function's remaining time, so a slow provider ends as an error before Lambda stops the function.
A delivery that dies anyway (killed, out of memory) on every try reaches the dead-letter queue,
whose consumer turns it into the stage's ``stage-died`` error and, if it was the last, ``done``.

Every log line of a record carries its query id as correlation id: from the object key for the
lens stage (``uploads/<query id>``, or the id a drop is given), from the message's ``query_id``
attribute for the others. Each invocation publishes its stage's metrics and is traced.
"""

from __future__ import annotations

import json
from typing import Any, Callable

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from chalicelib import observability
from chalicelib.errors import StageDied
from chalicelib.observability import logger, tracer
from chalicelib.pipeline.analysis_stages import AnalysisStage, GptStage, PricingStage
from chalicelib.pipeline.lens_stage import LensStage, ObjectCreated, query_id_of
from chalicelib.pipeline.stage_run import stage_time
from chalicelib.pipeline.webhooks import RetryLater, WebhookDelivery
from chalicelib.services import get_services
from chalicelib.stores.queues import WEBHOOKS
from chalicelib.wire import StageMessage, WebhookNudge


def _is_last_delivery(record: SQSRecord) -> bool:
    deliveries = int(record.attributes.approximate_receive_count or 1)
    return deliveries >= get_services().settings.max_receive_count


def _guarded(
    record: SQSRecord, work: Callable[[], None], abandon: Callable[[Exception], None]
) -> None:
    try:
        with observability.timed():
            work()
    except Exception as exc:
        if not _is_last_delivery(record):
            # (On the last delivery the stage gives up, which counts a provider's failure.)
            observability.provider_failed(exc)
            observability.count(observability.FAILED_DELIVERIES)
            logger.warning("stage failed, will be retried", exc_info=True)
            _retry_soon(record)
            raise
        observability.count(observability.ABANDONED_RECORDS)
        logger.exception("stage failed on its last delivery, giving up")
        abandon(exc)
        return
    logger.info("stage finished its record")


def _retry_soon(record: SQSRecord) -> None:
    settings = get_services().settings
    deliveries = int(record.attributes.approximate_receive_count or 1)
    delay = min(settings.redelivery_delay_s * 2 ** (deliveries - 1),
                settings.redelivery_delay_max_s)
    get_services().queues.retry_later(record.event_source_arn, record.receipt_handle, delay)


def lens_record(record: SQSRecord) -> None:
    """One S3 notification (which may hold several object records, or be a test event)."""
    body = json.loads(record.body)
    stage = LensStage(get_services())
    for s3_record in body.get("Records", []):
        if not str(s3_record.get("eventName", "")).startswith("ObjectCreated"):
            continue
        _handle_object(record, stage, ObjectCreated.from_record(s3_record))


def _handle_object(record: SQSRecord, stage: LensStage, event: ObjectCreated) -> None:
    query_id = query_id_of(event)
    observability.correlate(query_id, object_key=event.key)
    with observability.traced("## lens record", query_id):
        retry_allowed = not _is_last_delivery(record)
        _guarded(record, lambda: observability.correlate(stage.handle(event, retry_allowed)),
                 lambda exc: stage.abandon(event, exc))


def _analysis_record(stage: AnalysisStage, record: SQSRecord) -> None:
    message = StageMessage.model_validate_json(record.body)
    query_id = _carried_query_id(record) or message.query_id
    observability.correlate(query_id, run_id=message.run_id)
    with observability.traced(f"## {stage.stage} record", query_id):
        retry_allowed = not _is_last_delivery(record)
        _guarded(record, lambda: stage.handle(message, retry_allowed),
                 lambda exc: stage.abandon(message, exc))


def _carried_query_id(record: SQSRecord) -> str | None:
    """The ``query_id`` message attribute the sender set, if it did."""
    attributes = record.message_attributes
    return attributes["query_id"].string_value if "query_id" in attributes else None


def gpt_record(record: SQSRecord) -> None:
    _analysis_record(GptStage(get_services()), record)


def pricing_record(record: SQSRecord) -> None:
    _analysis_record(PricingStage(get_services()), record)


def webhook_record(record: SQSRecord) -> None:
    """One nudge: deliver what the query's callback is due; a failed try comes back later."""
    nudge = WebhookNudge.model_validate_json(record.body)
    observability.correlate(nudge.query_id)
    try:
        WebhookDelivery(get_services()).handle(nudge.query_id, record.message_id)
    except RetryLater as later:
        get_services().queues.retry_later(record.event_source_arn, record.receipt_handle,
                                          later.delay_s)
        raise


def dead_letter_record(record: SQSRecord) -> None:
    """A stage's message that died on every delivery: that stage's ``stage-died`` error."""
    services = get_services()
    stage = services.queues.stage_of_dead_letters(record.event_source_arn)
    died = StageDied(f"The {stage} stage stopped on every delivery of its work (a time-out or "
                     "a crash) and gave up.")
    try:
        if stage == "lens":
            _lens_died(services, record, died)
        elif stage == WEBHOOKS:
            nudge = WebhookNudge.model_validate_json(record.body)
            observability.correlate(nudge.query_id)
            WebhookDelivery(services).give_up(
                nudge.query_id, "The delivery stopped on every try (a time-out or a crash).")
        elif stage in ("gpt", "pricing"):
            message = StageMessage.model_validate_json(record.body)
            observability.correlate(_carried_query_id(record) or message.query_id,
                                    run_id=message.run_id)
            _ANALYSIS[stage](services).abandon(message, died)
        else:
            raise ValueError(f"no stage has the dead-letter queue {record.event_source_arn}")
    except ValueError:
        # Not a message any stage sent (pydantic's errors are ValueErrors too): nothing to end.
        observability.count(observability.UNREADABLE_DEAD_LETTERS)
        logger.error("an unreadable dead letter was dropped", extra={"body": record.body[:4096]})
        return
    observability.count(observability.DIED_RECORDS)
    logger.warning("a stage's message died on every delivery; its run is told so")


def _lens_died(services: Any, record: SQSRecord, died: StageDied) -> None:
    stage = LensStage(services)
    for s3_record in json.loads(record.body).get("Records", []):
        if str(s3_record.get("eventName", "")).startswith("ObjectCreated"):
            event = ObjectCreated.from_record(s3_record)
            observability.correlate(query_id_of(event), object_key=event.key)
            stage.abandon(event, died)


_ANALYSIS: dict[str, Callable[[Any], AnalysisStage]] = {"gpt": GptStage, "pricing": PricingStage}


def _batch(
    stage: str, record_handler: Callable[[SQSRecord], None]
) -> Callable[[dict, Any], dict]:
    def handler(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        observability.begin(context, stage=stage)
        margin = get_services().settings.stage_time_margin_s
        with observability.stage_metrics(stage), stage_time(context, margin):
            # A processor per invocation: it holds the batch's state, and the local runner calls
            # handlers from several threads at once.
            processor = BatchProcessor(event_type=EventType.SQS,
                                       raise_on_entire_batch_failure=False)
            return process_partial_response(
                event=event, record_handler=record_handler, processor=processor, context=context
            )

    handler.__name__ = handler.__qualname__ = f"{stage}_handler"
    return tracer.capture_lambda_handler(handler, capture_response=False)


lens_handler = _batch("lens", lens_record)
gpt_handler = _batch("gpt", gpt_record)
pricing_handler = _batch("pricing", pricing_record)
dead_letter_handler = _batch("dead-letters", dead_letter_record)
webhooks_handler = _batch(WEBHOOKS, webhook_record)
