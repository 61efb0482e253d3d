"""Webhook deliveries: what a query's callback has not had yet, POSTed in order, signed.

A nudge (a message of the webhooks queue naming a query) says "look whether something is due".
The stages send one after each chunk to the queries that want every chunk, and whoever closes a
run sends one to each query following it; the lens stage sends one when it binds a query to a run
that has ended already. The delivery reads the query's record and its run, and POSTs each due
body through the SSRF-safe client (the URL is checked again: DNS may have changed since the query
was created). One delivery function at a time holds a query's callback, so POSTs go out one at a
time, in ``seq`` order; a failed try is retried by its own message after a growing delay (the
stages' mechanism: the message's visibility is shortened and it is reported failed), while the
nudges that arrive meanwhile are dropped, since that message will deliver everything that is due.
After ``WEBHOOK_MAX_ATTEMPTS`` tries of one delivery the callback is given up: its state becomes
``failed`` with the last error. Delivery is at least once: a receiver drops duplicates by their
``X-Lens-Gpt-Delivery`` id.

No receiver can hold up another's deliveries (stores/callbacks.py keeps the state): a POST has a
short time to connect and to its answer's first byte; at most ``WEBHOOK_DESTINATION_CONCURRENCY``
deliveries POST to one destination (scheme, host, port) at once; and a destination that failed
is not tried again for a delay that doubles with each failure in a row. A delivery that must wait
for its destination (every slot held, or backed off) makes no POST and holds no function: it
sends its query a new nudge for that time and ends, so the functions stay free for the others
(and the wait counts neither as a try of the query nor as a receive of any message).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from aws_lambda_powertools import Logger

from chalicelib import observability
from chalicelib.errors import LensGptError
from chalicelib.net.safe_fetch import FetchError
from chalicelib.observability import SERVICE
from chalicelib.services import Services
from chalicelib.stores.callbacks import destination
from chalicelib.stores.queries import Callback, QueryRecord
from chalicelib.stores.queues import MAX_DELAY_S
from chalicelib.stores.run_end import expired_upload_chunks, upload_expiry
from chalicelib.wire import (
    Chunk,
    ChunkKind,
    Summary,
    WebhookChunk,
    WebhookDone,
    image_sha256_of,
)

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
# How long one delivery function may hold a callback: its function's time-out (infra.resources),
# after which a function that died lets the next nudge go on.
LEASE_S = 60
# When another delivery holds the callback: look again this soon.
BUSY_DELAY_S = 1.0


class RetryLater(LensGptError):
    """This nudge's delivery must be tried again after ``delay_s`` seconds."""

    code = "webhook-retry"

    def __init__(self, message: str, delay_s: float) -> None:
        super().__init__(message)
        self.delay_s = delay_s


@dataclass(frozen=True)
class Delivery:
    """One POST due to a callback: its stable id, event, body and how far it gets the callback."""

    id: str
    event: str
    body: bytes
    seq: int
    final: bool


def signature(secret: str, timestamp: int, delivery_id: str, body: bytes) -> str:
    """``X-Lens-Gpt-Signature``: HMAC-SHA256 of ``"<timestamp>.<delivery id>." + body`` keyed
    by the secret (Stripe's scheme, with the delivery id signed too, so a captured body cannot
    be replayed under another id); the timestamp a plain integer."""
    signed = f"{int(timestamp)}.{delivery_id}.".encode() + body
    digest = hmac.new(secret.encode(), signed, hashlib.sha256)
    return f"t={int(timestamp)},v1={digest.hexdigest()}"


def due(record: QueryRecord, callback: Callback, chunks: list[Chunk]) -> list[Delivery]:
    """What the callback has not had yet: the outcome once the run has ended (``done``), or
    every chunk after the last one delivered (``chunk``)."""
    metadata = json.loads(record.metadata) if record.metadata else None
    if callback.events == "chunk":
        return [Delivery(f"{record.id}.{c.seq}", "chunk", WebhookChunk(
            query_id=record.id, chunk=c, metadata=metadata).model_dump_json().encode(),
            c.seq, c.data_description == ChunkKind.DONE)
            for c in chunks if c.seq > callback.seq]
    done = next((c for c in chunks if c.data_description == ChunkKind.DONE), None)
    if done is None or callback.seq:
        return []
    body = WebhookDone(query_id=record.id, status=done.data["status"],
                       image_sha256=image_sha256_of(chunks),
                       summary=Summary.of(chunks), metadata=metadata)
    return [Delivery(f"{record.id}.done", "done", body.model_dump_json().encode(), done.seq,
                     True)]


class WebhookDelivery:
    """Delivers what is due to one query's callback (see the module docstring)."""

    def __init__(self, services: Services) -> None:
        self._s = services

    def handle(self, query_id: str, message_id: str) -> None:
        """Deliver what is due; ``RetryLater`` when this message must come back for it."""
        s = self._s
        record = s.queries.get(query_id)
        callback = record.callback if record else None
        if record is None or callback is None or callback.state != "pending":
            return
        if record.run_id is None and not self._upload_expired(record):
            return  # the lens stage nudges when it binds the query to its run
        now_ms = _now_ms()
        if callback.retry_at > now_ms and callback.retry_token != message_id:
            return  # a failed try's own message comes back for everything that is due
        origin = destination(callback.url)
        state = s.destinations.state(origin)
        if state.retry_at > now_ms:
            self._put_off(query_id, state.retry_at, now_ms)
            return
        held = s.callbacks.claim(query_id, now_ms, LEASE_S * 1000)
        if held is None:
            if self._still_pending(query_id):
                raise RetryLater("Another delivery of this webhook is under way.", BUSY_DELAY_S)
            return  # delivered (or given up) since the read above
        try:
            slot = s.destinations.take_slot(origin, now_ms, LEASE_S * 1000,
                                            s.settings.webhook_destination_concurrency)
            if slot is None:
                # Every slot of the destination is held: look again once a POST could be over.
                self._put_off(query_id, now_ms + int(self._busy_delay_s() * 1000), now_ms)
                return
            try:
                # From the callback as held: a delivery that ended since the read above moved
                # it on.
                self._deliver(record, held, message_id, time.monotonic() + LEASE_S, origin,
                              state.failures > 0)
            finally:
                s.destinations.free_slot(origin, slot)
        finally:
            s.callbacks.release(query_id)

    def _busy_delay_s(self) -> float:
        settings = self._s.settings
        return max(1.0, min(settings.webhook_first_byte_s, settings.webhook_timeout_s) / 2)

    def _put_off(self, query_id: str, retry_at_ms: int, now_ms: int) -> None:
        """Have the query's delivery looked at again at ``retry_at_ms`` by a new nudge, which
        holds its retry (the nudges meanwhile are dropped); this message ends here. If another
        message holds a retry already, that one comes back for everything that is due."""
        token = self._s.queues.nudge(query_id, (retry_at_ms - now_ms) / 1000)
        if self._s.callbacks.defer(query_id, retry_at_ms, token, now_ms):
            observability.count(observability.WEBHOOKS_PUT_OFF)
            logger.info("webhook delivery put off for %.1f s: its destination is busy or "
                        "backed off", (retry_at_ms - now_ms) / 1000)

    def _upload_expired(self, record: QueryRecord) -> bool:
        """True once the query's upload has expired with nothing uploaded (its outcome is then
        the expired upload's, as its stream's is); before that, ``RetryLater`` until then (the
        query's creation sent this nudge, delayed, for this very check)."""
        wait_s = upload_expiry(record, self._s.settings.upload_expires_s) - time.time()
        if wait_s > 0:
            raise RetryLater("The upload has not expired yet.", min(wait_s, MAX_DELAY_S))
        # An upload that arrived just in time is bound by the lens stage, which nudges then.
        return not self._s.bucket.exists(record.object_key)

    def _still_pending(self, query_id: str) -> bool:
        record = self._s.queries.get(query_id)
        return bool(record and record.callback and record.callback.state == "pending")

    def give_up(self, query_id: str, reason: str) -> None:
        """End the callback as failed (its nudge died on every delivery)."""
        record = self._s.queries.get(query_id)
        if record is None or record.callback is None or record.callback.state != "pending":
            return
        self._s.callbacks.failed(query_id, reason, record.callback.failures, give_up=True)
        observability.count(observability.WEBHOOKS_GIVEN_UP)
        logger.warning("webhook given up: %s", reason)

    def _deliver(self, record: QueryRecord, callback: Callback, message_id: str,
                 lease_end: float, origin: str, origin_failing: bool) -> None:
        if record.run_id is None:
            chunks = expired_upload_chunks(record)
        else:
            _, chunks = self._s.log.run_state(record.run_id)
        failures = callback.failures
        for delivery in due(record, callback, chunks):
            if time.monotonic() + self._s.settings.webhook_timeout_s > lease_end:
                raise RetryLater("The delivery's time ran out; the rest follows.", BUSY_DELAY_S)
            error, destination_failed = self._post(callback, delivery)
            if error is None:
                self._s.callbacks.delivered(record.id, delivery.seq, delivery.final)
                observability.count(observability.WEBHOOKS_DELIVERED)
                if origin_failing:
                    self._s.destinations.succeeded(origin)
                    origin_failing = False
                failures = 0
                continue
            if destination_failed:
                settings = self._s.settings
                self._s.destinations.failed(origin, _now_ms(), settings.webhook_retry_base_s,
                                            settings.webhook_retry_max_s)
            self._failed(record.id, delivery, error, failures + 1, message_id)
            return

    def _post(self, callback: Callback, delivery: Delivery) -> tuple[str | None, bool]:
        """POST one delivery: None if the receiver took it, else why not (a sentence); and
        whether the destination itself failed (unreachable, too slow, 5xx, 408 or 429), which
        backs it off for every query, rather than refused this one delivery (another 4xx)."""
        headers = {
            "Content-Type": "application/json",
            "X-Lens-Gpt-Event": delivery.event,
            "X-Lens-Gpt-Delivery": delivery.id,
            "X-Lens-Gpt-Signature": signature(callback.secret, int(time.time()), delivery.id,
                                              delivery.body),
        }
        try:
            answer = self._s.callback_fetcher.post(callback.url, delivery.body, headers)
        except FetchError as exc:
            return exc.message, True
        if answer.ok:
            return None, False
        said = f": {answer.text.strip()[:100]}" if answer.text.strip() else ""
        return (f"The receiver answered HTTP {answer.status}{said}",
                answer.status >= 500 or answer.status in (408, 429))

    def _failed(self, query_id: str, delivery: Delivery, error: str, failures: int,
                message_id: str) -> None:
        settings = self._s.settings
        give_up = failures >= settings.webhook_max_attempts
        delay = min(settings.webhook_retry_base_s * 2 ** (failures - 1),
                    settings.webhook_retry_max_s)
        self._s.callbacks.failed(query_id, error, failures, give_up,
                                 _now_ms() + int(delay * 1000), message_id)
        if give_up:
            observability.count(observability.WEBHOOKS_GIVEN_UP)
            logger.warning("webhook delivery %s given up after %d tries: %s", delivery.id,
                           failures, error)
            return
        observability.count(observability.WEBHOOK_FAILURES)
        logger.info("webhook delivery %s failed (try %d), retried in %.0f s: %s", delivery.id,
                    failures, delay, error)
        raise RetryLater(error, delay)


def _now_ms() -> int:
    return int(time.time() * 1000)
