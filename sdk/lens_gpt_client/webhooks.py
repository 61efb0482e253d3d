"""Receiving the service's webhooks: check a delivery's signature, then read its event.

A query created with ``callback_url`` has its summary (``callback_events="done"``) or each of its
chunks (``"chunk"``) POSTed there. Every delivery carries::

    X-Lens-Gpt-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + body>
    X-Lens-Gpt-Event: done | chunk
    X-Lens-Gpt-Delivery: <query id>.<done | seq>   (the same on every retry of one delivery)

keyed with the ``callback_secret`` the service returned once, when the query was created. In a
receiver (any web framework; ``body`` is the raw request body, as bytes)::

    from lens_gpt_client import parse_event

    event = parse_event(body, request.headers["X-Lens-Gpt-Signature"], secret)
    if event.event == "done":
        print(event.query_id, event.summary.producer, event.summary.model)

Deliveries come at least once: a retry after a lost answer repeats one, so a receiver keeps the
delivery ids it has handled and ignores repeats.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, ValidationError

from lens_gpt_client.exceptions import LensGptClientError
from lens_gpt_client.types import Chunk, Summary, WireModel

SIGNATURE_HEADER = "X-Lens-Gpt-Signature"
EVENT_HEADER = "X-Lens-Gpt-Event"
DELIVERY_HEADER = "X-Lens-Gpt-Delivery"
# How old a signed timestamp may be: older deliveries are refused as possible replays. Retries
# are signed afresh, so an honest delivery is never older than its own network time.
DEFAULT_TOLERANCE_S = 300.0


class InvalidSignature(LensGptClientError):
    """A webhook delivery's signature is missing, malformed, wrong or too old."""


class WebhookDone(WireModel):
    """The ``done`` event: the query has finished; its summary as ``GET /queries/<id>`` has it."""

    event: Literal["done"]
    query_id: str
    status: str
    image_sha256: str | None = None
    summary: Summary
    metadata: dict[str, Any] | None = None


class WebhookChunk(WireModel):
    """A ``chunk`` event: one chunk of the query, in ``seq`` order, ``done`` last."""

    event: Literal["chunk"]
    query_id: str
    chunk: Chunk
    metadata: dict[str, Any] | None = None


WebhookEvent = Annotated[WebhookDone | WebhookChunk, Field(discriminator="event")]
_EVENT = TypeAdapter(WebhookEvent)


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The ``X-Lens-Gpt-Signature`` value the service sends with ``body`` at ``timestamp``."""
    return f"t={timestamp},v1={_digest(secret, body, str(timestamp))}"


def verify_signature(secret: str, body: bytes | str, header: str | None, *,
                     tolerance: float = DEFAULT_TOLERANCE_S, now: float | None = None) -> bool:
    """True if ``header`` signs exactly ``body`` with ``secret`` within ``tolerance`` seconds.

    ``body`` must be the raw request body: parsing and re-serialising JSON changes its bytes.
    """
    try:
        check_signature(secret, body, header, tolerance=tolerance, now=now)
    except InvalidSignature:
        return False
    return True


def check_signature(secret: str, body: bytes | str, header: str | None, *,
                    tolerance: float = DEFAULT_TOLERANCE_S, now: float | None = None) -> None:
    """Like ``verify_signature``, but raises ``InvalidSignature`` saying what is wrong."""
    raw = body.encode() if isinstance(body, str) else body
    timestamp, signatures = _parsed(header)
    # Any v1 may match: a service may sign with an old and a new secret while rotating.
    expected = _digest(secret, raw, timestamp)
    if not any(hmac.compare_digest(expected, s) for s in signatures):
        raise InvalidSignature("The signature does not match the body and secret.",
                               code="signature-mismatch")
    age = (time.time() if now is None else now) - int(timestamp)
    if abs(age) > tolerance:
        raise InvalidSignature(f"The signature is {abs(age):.0f} s away from now; at most "
                               f"{tolerance:.0f} s are accepted.", code="signature-expired")


def parse_event(body: bytes | str, header: str | None, secret: str, *,
                tolerance: float = DEFAULT_TOLERANCE_S) -> WebhookDone | WebhookChunk:
    """The delivery's event, once its signature is checked (``InvalidSignature`` if not)."""
    check_signature(secret, body, header, tolerance=tolerance)
    return read_event(body)


def read_event(body: bytes | str) -> WebhookDone | WebhookChunk:
    """The event a body holds, its signature NOT checked (``parse_event`` checks it)."""
    try:
        return _EVENT.validate_python(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise InvalidSignature(f"The body is no webhook event: {exc}",
                               code="invalid-event") from exc


def _parsed(header: str | None) -> tuple[str, list[str]]:
    """``t=<digits>,v1=<hex>[,v1=<hex>...]`` as the timestamp and the v1 signatures."""
    if not header:
        raise InvalidSignature(f"The delivery has no {SIGNATURE_HEADER} header.",
                               code="signature-missing")
    pairs = [part.strip().partition("=") for part in header.split(",")]
    timestamps = [value for key, _, value in pairs if key == "t"]
    signatures = [value for key, _, value in pairs if key == "v1" and value]
    if len(timestamps) != 1 or not timestamps[0].isdigit() or not signatures:
        raise InvalidSignature(f"The {SIGNATURE_HEADER} header is not t=<seconds>,v1=<hex>.",
                               code="signature-malformed")
    return timestamps[0], signatures


def _digest(secret: str, body: bytes, timestamp: str) -> str:
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
