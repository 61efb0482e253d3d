"""Checking a webhook delivery as a receiver does: the signature over timestamp, delivery id and
body, its age (either way), the header's form, repeats, and the event it carries."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest

from lens_gpt_client import (
    InvalidSignature,
    RepeatedDelivery,
    SeenDeliveries,
    WebhookChunk,
    WebhookDone,
    parse_event,
    verify_signature,
)
from lens_gpt_client.webhooks import check_signature, sign

SECRET = "whsec_test-secret"
BODY = json.dumps({"event": "done", "query_id": "q1", "status": "done", "image_sha256": "ab" * 32,
                   "summary": {"producer": "Acme", "model": "X1"}, "metadata": {"shelf": "B4"}},
                  separators=(",", ":")).encode()
NOW = 1_800_000_000
DELIVERY = "q1.done"


def header_for(body: bytes, timestamp: int | str = NOW, secret: str = SECRET,
               delivery: str = DELIVERY) -> str:
    """The header as the documented rule makes it, written out independently of the SDK."""
    digest = hmac.new(secret.encode(), f"{timestamp}.{delivery}.".encode() + body,
                      hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def test_a_delivery_signed_as_documented_verifies() -> None:
    assert verify_signature(SECRET, BODY, header_for(BODY), delivery_id=DELIVERY, now=NOW + 3)
    assert sign(SECRET, BODY, NOW, DELIVERY) == header_for(BODY)


def test_the_tolerance_is_symmetric_300_s_either_way_as_stripe_has_it() -> None:
    # Clocks differ both ways: 290 s ahead is taken as 290 s behind is; 301 s is not
    for skew in (-290, 290, -300, 300):
        assert verify_signature(SECRET, BODY, header_for(BODY, NOW + skew),
                                delivery_id=DELIVERY, now=NOW)
    for skew in (-301, 301):
        assert not verify_signature(SECRET, BODY, header_for(BODY, NOW + skew),
                                    delivery_id=DELIVERY, now=NOW)


BOGUS_V1 = "v1=" + "f" * 63 + "g"


@pytest.mark.parametrize(("body", "header", "delivery", "code"), [
    (BODY + b" ", header_for(BODY), DELIVERY, "signature-mismatch"),                # body changed
    (BODY, header_for(BODY, secret="whsec_other"), DELIVERY, "signature-mismatch"),  # secret
    (BODY, header_for(BODY).replace(f"t={NOW}", f"t={NOW + 1}"), DELIVERY,
     "signature-mismatch"),
    (BODY, header_for(BODY), "q1.7", "signature-mismatch"),        # another delivery id
    (BODY, header_for(BODY), "", "signature-missing"),             # no delivery id
    (BODY, header_for(BODY, timestamp=NOW - 301), DELIVERY, "signature-expired"),  # replay
    (BODY, None, DELIVERY, "signature-missing"),
    (BODY, "v1=abc", DELIVERY, "signature-malformed"),
    (BODY, f"t=soon,v1={'0' * 64}", DELIVERY, "signature-malformed"),
    # A timestamp that is not a canonical integer, though it reads as the same number
    (BODY, header_for(BODY, timestamp=f"0{NOW}"), DELIVERY, "signature-malformed"),
    (BODY, header_for(BODY, timestamp=f"+{NOW}"), DELIVERY, "signature-malformed"),
    (BODY, header_for(BODY, timestamp=f"{NOW}.0"), DELIVERY, "signature-malformed"),
    (BODY, header_for(BODY, timestamp="\u0661" * 10), DELIVERY, "signature-malformed"),
    # A good v1 beside a malformed entry: the header is refused whole
    (BODY, f"{header_for(BODY)},{BOGUS_V1}", DELIVERY, "signature-malformed"),
    (BODY, f"{header_for(BODY)},v1=", DELIVERY, "signature-malformed"),
    (BODY, f"{header_for(BODY)},junk", DELIVERY, "signature-malformed"),
    (BODY, f"{header_for(BODY)},t={NOW}", DELIVERY, "signature-malformed"),
])
def test_anything_else_is_refused_and_says_why(body: bytes, header: str | None, delivery: str,
                                               code: str) -> None:
    assert not verify_signature(SECRET, body, header, delivery_id=delivery, now=NOW)
    with pytest.raises(InvalidSignature) as refused:
        check_signature(SECRET, body, header, delivery_id=delivery, now=NOW)
    assert refused.value.code == code


def test_while_a_secret_is_rotated_either_signature_may_match() -> None:
    # Stripe's rule: any well-formed v1 that matches is enough (a header carries two while a
    # secret is rotated); another scheme's entry (v0) is passed over
    old = header_for(BODY, secret="whsec_old").split(",")[1]

    header = f"{header_for(BODY)},{old},v0=abc123"
    assert verify_signature(SECRET, BODY, header, delivery_id=DELIVERY, now=NOW)
    assert verify_signature("whsec_old", BODY, header, delivery_id=DELIVERY, now=NOW)


def test_a_replay_within_the_window_is_refused_with_a_replay_guard() -> None:
    # Given a receiver that keeps the delivery ids it accepted
    seen = SeenDeliveries()
    headers = {"X-Lens-Gpt-Signature": sign(SECRET, BODY, int(time.time()), DELIVERY),
               "X-Lens-Gpt-Delivery": DELIVERY}
    assert parse_event(BODY, headers, SECRET, seen=seen).query_id == "q1"

    # When the same delivery comes again within the tolerance (a replay, or a retry)
    with pytest.raises(RepeatedDelivery) as repeated:
        parse_event(BODY, headers, SECRET, seen=seen)

    # Then it is refused as a repeat; a forgotten one (its handling failed) is taken again
    assert repeated.value.code == "delivery-repeated"
    seen.forget(DELIVERY)
    assert parse_event(BODY, headers, SECRET, seen=seen).query_id == "q1"
    # And a delivery whose signature fails is not remembered
    with pytest.raises(InvalidSignature):
        parse_event(BODY, {**headers, "X-Lens-Gpt-Delivery": "q1.9"}, SECRET, seen=seen)
    assert seen.add("q1.9")


def test_the_events_are_read_typed() -> None:
    chunk_body = json.dumps({"event": "chunk", "query_id": "q1", "metadata": None, "chunk": {
        "seq": 4, "image_sha256": None, "stage": "-", "data_description": "done",
        "data_type": "dict[str, str]", "data": {"status": "done"},
        "created_at": "2026-11-30T10:00:00.000Z"}}).encode()
    signed = sign(SECRET, chunk_body, NOW, "q1.4")

    done = parse_event(BODY, sign(SECRET, BODY, NOW, DELIVERY), SECRET, delivery_id=DELIVERY,
                       tolerance=float("inf"))
    chunk = parse_event(chunk_body, {"x-lens-gpt-signature": signed,
                                     "x-lens-gpt-delivery": "q1.4"}, SECRET,
                        tolerance=float("inf"))

    assert isinstance(done, WebhookDone) and done.summary.producer == "Acme"
    assert done.metadata == {"shelf": "B4"}
    assert isinstance(chunk, WebhookChunk) and chunk.chunk.data_description == "done"


def test_a_signed_body_that_is_no_event_is_refused() -> None:
    body = b'{"event": "party"}'

    with pytest.raises(InvalidSignature) as refused:
        parse_event(body, sign(SECRET, body, NOW, DELIVERY), SECRET, delivery_id=DELIVERY,
                    tolerance=float("inf"))
    assert refused.value.code == "invalid-event"
