"""Logs, metrics and traces with Powertools for AWS Lambda, set up once for every entry point.

- ``logger`` writes JSON lines; the query id is their ``correlation_id``. Its keys are kept per
  thread and per asyncio task (powertools' thread-safe keys), because the relay serves many
  queries in one process and the local runner calls the handlers from several threads at once.
- Metrics are CloudWatch embedded-metric-format lines on stdout (namespace ``lens-gpt``,
  dimensions ``service`` and ``stage``). Each stage invocation collects its own set and flushes it
  when it ends, so concurrent invocations never flush each other's; outside an invocation (the
  API, the relay, command-line tools) counting is a no-op.
- ``tracer`` adds X-Ray subsegments in Lambda. Powertools switches it off outside Lambda, and the
  local runner sets ``POWERTOOLS_TRACE_DISABLED`` as well.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import IO, Any, Iterator

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnit

from chalicelib.providers.exceptions import NothingFound, ProviderError

SERVICE = "lens-gpt"
NAMESPACE = "lens-gpt"

# The metrics, each per stage (see docs/operations.md, "Observability").
CHUNKS_APPENDED = "ChunksAppended"
STAGE_DURATION = "StageDuration"
PROVIDER_ERRORS = "ProviderErrors"
CACHE_HITS = "CacheHits"
FAILED_DELIVERIES = "FailedDeliveries"
ABANDONED_RECORDS = "AbandonedRecords"
DIED_RECORDS = "DiedRecords"  # dead letters turned into a stage's stage-died error
UNREADABLE_DEAD_LETTERS = "UnreadableDeadLetters"
# Webhooks (stage "webhooks"): POSTs a receiver took, tries that failed (and will be retried),
# and deliveries given up after WEBHOOK_MAX_ATTEMPTS tries (a receiver's problem, not ours).
WEBHOOKS_DELIVERED = "WebhooksDelivered"
WEBHOOK_FAILURES = "WebhookFailures"
WEBHOOKS_GIVEN_UP = "WebhooksGivenUp"
# Deliveries put off (no POST made) while their destination was busy or backed off.
WEBHOOKS_PUT_OFF = "WebhooksPutOff"

logger = Logger(service=SERVICE)
# Its JSON lines are complete; the root logger (Lambda's, or the local runner's) would print
# each a second time.
logging.getLogger(SERVICE).propagate = False
tracer = Tracer(service=SERVICE)
_metrics: ContextVar[EphemeralMetrics | None] = ContextVar("lens_gpt_metrics", default=None)


def log_to(stream: IO[str]) -> None:
    """Write the service's log lines to ``stream``: the operator tools keep stdout for their
    own output, so they send the logs to stderr."""
    handler = logger.registered_handler
    if isinstance(handler, logging.StreamHandler):
        handler.setStream(stream)


def begin(context: Any = None, **keys: Any) -> None:
    """Start the log context of one request or invocation: nothing of the previous one remains."""
    logger.thread_safe_clear_keys()
    if context is not None:
        keys.update(function_name=getattr(context, "function_name", None),
                    function_request_id=getattr(context, "aws_request_id", None))
    logger.thread_safe_append_keys(**{k: v for k, v in keys.items() if v is not None})


def correlate(query_id: str | None, **keys: Any) -> None:
    """From here on, this thread's (or task's) log lines carry ``query_id`` as correlation id."""
    if query_id:
        logger.thread_safe_append_keys(correlation_id=query_id, **keys)
        metrics = _metrics.get()
        if metrics is not None:
            metrics.add_metadata(key="query_id", value=query_id)


@contextmanager
def traced(name: str, query_id: str | None = None) -> Iterator[None]:
    """An X-Ray subsegment (a no-op where tracing is off), annotated with the query id."""
    with tracer.provider.in_subsegment(name=name) as subsegment:
        if query_id:
            subsegment.put_annotation(key="query_id", value=query_id)
        yield


@contextmanager
def stage_metrics(stage: str) -> Iterator[None]:
    """Collect the metrics of one stage invocation and publish them when it ends."""
    metrics = EphemeralMetrics(namespace=NAMESPACE, service=SERVICE)
    metrics.add_dimension(name="stage", value=stage)
    token = _metrics.set(metrics)
    try:
        yield
    finally:
        _metrics.reset(token)
        # An invocation that counted nothing publishes nothing (rather than warn about it).
        if metrics.metric_set:
            metrics.flush_metrics()


def count(name: str, value: float = 1) -> None:
    """Add to a counter of the current stage invocation."""
    _add(name, value, MetricUnit.Count)


@contextmanager
def timed(name: str = STAGE_DURATION) -> Iterator[None]:
    """Record how long the block took, in milliseconds, whether or not it raised."""
    start = time.perf_counter()
    try:
        yield
    finally:
        _add(name, (time.perf_counter() - start) * 1000, MetricUnit.Milliseconds)


def _add(name: str, value: float, unit: MetricUnit) -> None:
    metrics = _metrics.get()
    if metrics is not None:
        metrics.add_metric(name=name, unit=unit, value=value)


def provider_failed(exc: BaseException) -> None:
    """Count ``exc`` as a ``ProviderErrors`` of the current stage if a provider could not answer.

    ``NothingFound`` is an answer (the evidence supports no result), not a failure.
    """
    if isinstance(exc, ProviderError) and not isinstance(exc, NothingFound):
        count(PROVIDER_ERRORS)
