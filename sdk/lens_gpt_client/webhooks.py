"""Receiving the service's webhooks: check a delivery's signature, then read its event.

A query created with ``callback_url`` has its summary (``callback_events="done"``) or each of its
chunks (``"chunk"``) POSTed there. Every delivery carries::

    X-Lens-Gpt-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<delivery id>." + body>
    X-Lens-Gpt-Event: done | chunk
    X-Lens-Gpt-Delivery: <query id>.<done | seq>   (the same on every retry of one delivery)

keyed with the ``callback_secret`` the service returned once, when the query was created. In a
receiver (any web framework; ``body`` is the raw request body, as bytes)::

    from lens_gpt_client import SeenDeliveries, parse_event

    seen = SeenDeliveries()  # optional: refuses a delivery id already accepted
    event = parse_event(body, request.headers, secret, seen=seen)
    if event.event == "done":
        print(event.query_id, event.summary.producer, event.summary.model)

The check is Stripe's: the timestamp is a plain integer (no sign, no leading zero) within
``tolerance`` seconds of now, either way (clocks differ); the delivery id is signed, so a captured
body cannot be replayed under another id; any ``v1`` that matches is enough (a header carries two
while a secret is rotated), but a header with a malformed entry (a ``v1`` that is not 64 hex
digits, a second ``t``, an entry without ``=``) is refused whole. Deliveries come at least once:
a retry after a lost answer repeats one (same id), so a receiver ignores repeats: with ``seen``,
``parse_event`` raises ``RepeatedDelivery`` for an id it accepted before (answer it 2xx).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
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


# A canonical timestamp: digits without a sign or a leading zero; a v1 signature: SHA-256 hex.
_TIMESTAMP = re.compile(r"0|[1-9][0-9]{0,11}")
_V1 = re.compile(r"[0-9a-f]{64}")
# Another scheme a later service may add beside v1 (ignored here, as Stripe's libraries do).
_OTHER_SCHEME = re.compile(r"v(?:0|[2-9][0-9]*)")


class InvalidSignature(LensGptClientError):
    """A webhook delivery's signature is missing, malformed, wrong or too old."""


class RepeatedDelivery(LensGptClientError):
    """A delivery id already accepted (a retry after a lost answer, or a replay): answer 2xx
    and do nothing with it."""


class SeenDeliveries:
    """The delivery ids ``parse_event`` has accepted, kept for ``keep_s`` seconds (longer than
    any timestamp it accepts) and at most ``most`` of them: a replay guard for one receiver
    process (keep them in a database to share them between processes)."""

    def __init__(self, keep_s: float = 2 * DEFAULT_TOLERANCE_S, most: int = 100_000) -> None:
        self._keep_s = keep_s
        self._most = most
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, delivery_id: str, now: float | None = None) -> bool:
        """Remember ``delivery_id``; False if it was seen already."""
        at = time.time() if now is None else now
        with self._lock:
            while self._seen and (len(self._seen) >= self._most
                                  or next(iter(self._seen.values())) < at - self._keep_s):
                self._seen.popitem(last=False)
            if delivery_id in self._seen:
                return False
            self._seen[delivery_id] = at
            return True

    def forget(self, delivery_id: str) -> None:
        """Let a delivery come again (its handling failed after ``parse_event`` accepted it)."""
        with self._lock:
            self._seen.pop(delivery_id, None)


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


def sign(secret: str, body: bytes, timestamp: int, delivery_id: str) -> str:
    """The ``X-Lens-Gpt-Signature`` value the service sends with ``body`` at ``timestamp``."""
    return f"t={timestamp},v1={_digest(secret, body, str(timestamp), delivery_id)}"


def verify_signature(secret: str, body: bytes | str, header: str | None, *, delivery_id: str,
                     tolerance: float = DEFAULT_TOLERANCE_S, now: float | None = None) -> bool:
    """True if ``header`` signs exactly ``body`` and ``delivery_id`` (the
    ``X-Lens-Gpt-Delivery`` header) with ``secret``, within ``tolerance`` seconds of now.

    ``body`` must be the raw request body: parsing and re-serialising JSON changes its bytes.
    """
    try:
        check_signature(secret, body, header, delivery_id=delivery_id, tolerance=tolerance,
                        now=now)
    except InvalidSignature:
        return False
    return True


def check_signature(secret: str, body: bytes | str, header: str | None, *, delivery_id: str,
                    tolerance: float = DEFAULT_TOLERANCE_S, now: float | None = None) -> None:
    """Like ``verify_signature``, but raises ``InvalidSignature`` saying what is wrong."""
    raw = body.encode() if isinstance(body, str) else body
    timestamp, signatures = _parsed(header)
    if not delivery_id:
        raise InvalidSignature(f"The delivery has no {DELIVERY_HEADER} header.",
                               code="signature-missing")
    # Any v1 may match: a service may sign with an old and a new secret while rotating.
    expected = _digest(secret, raw, timestamp, delivery_id)
    if not any(hmac.compare_digest(expected, s) for s in signatures):
        raise InvalidSignature("The signature does not match the body, delivery id and secret.",
                               code="signature-mismatch")
    age = (time.time() if now is None else now) - int(timestamp)
    if abs(age) > tolerance:
        raise InvalidSignature(f"The signature is {abs(age):.0f} s away from now; at most "
                               f"{tolerance:.0f} s are accepted.", code="signature-expired")


def parse_event(body: bytes | str, headers: Mapping[str, str] | str | None, secret: str, *,
                tolerance: float = DEFAULT_TOLERANCE_S, delivery_id: str | None = None,
                seen: SeenDeliveries | None = None) -> WebhookDone | WebhookChunk:
    """The delivery's event, once its signature is checked (``InvalidSignature`` if not).

    ``headers`` are the request's headers (any case), or its ``X-Lens-Gpt-Signature`` value
    alone, with ``delivery_id`` its ``X-Lens-Gpt-Delivery``. With ``seen``, a delivery id it
    accepted before raises ``RepeatedDelivery``.
    """
    if isinstance(headers, Mapping):
        lowered = {k.lower(): v for k, v in headers.items()}
        header = lowered.get(SIGNATURE_HEADER.lower())
        delivery_id = delivery_id or lowered.get(DELIVERY_HEADER.lower())
    else:
        header = headers
    check_signature(secret, body, header, delivery_id=delivery_id or "", tolerance=tolerance)
    event = read_event(body)
    if seen is not None and not seen.add(delivery_id or ""):
        raise RepeatedDelivery(f"The delivery {delivery_id} was accepted before.",
                               code="delivery-repeated")
    return event


def read_event(body: bytes | str) -> WebhookDone | WebhookChunk:
    """The event a body holds, its signature NOT checked (``parse_event`` checks it)."""
    try:
        return _EVENT.validate_python(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise InvalidSignature(f"The body is no webhook event: {exc}",
                               code="invalid-event") from exc


def _parsed(header: str | None) -> tuple[str, list[str]]:
    """``t=<digits>,v1=<hex>[,v1=<hex>...]`` as the timestamp and the v1 signatures; a header
    with any malformed entry is refused whole."""
    if not header:
        raise InvalidSignature(f"The delivery has no {SIGNATURE_HEADER} header.",
                               code="signature-missing")
    timestamps, signatures = [], []
    for part in header.split(","):
        key, equals, value = part.strip().partition("=")
        if key == "t" and _TIMESTAMP.fullmatch(value):
            timestamps.append(value)
        elif key == "v1" and _V1.fullmatch(value):
            signatures.append(value)
        elif not (equals and _OTHER_SCHEME.fullmatch(key) and value.isalnum()
                  and value.isascii()):
            raise InvalidSignature(f"The {SIGNATURE_HEADER} header has a malformed entry "
                                   f"{part.strip()[:20]!r}; it must be t=<seconds>,v1=<hex>.",
                                   code="signature-malformed")
    if len(timestamps) != 1 or not signatures:
        raise InvalidSignature(f"The {SIGNATURE_HEADER} header is not t=<seconds>,v1=<hex>.",
                               code="signature-malformed")
    return timestamps[0], signatures


def _digest(secret: str, body: bytes, timestamp: str, delivery_id: str) -> str:
    signed = f"{timestamp}.{delivery_id}.".encode() + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
