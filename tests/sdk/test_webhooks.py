"""Checking a webhook delivery as a receiver does: the signature over timestamp and body, its
age, and the event it carries."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from lens_gpt_client import (
    InvalidSignature,
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


def header_for(body: bytes, timestamp: int = NOW, secret: str = SECRET) -> str:
    """The header as the documented rule makes it, written out independently of the SDK."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def test_a_delivery_signed_as_documented_verifies() -> None:
    assert verify_signature(SECRET, BODY, header_for(BODY), now=NOW + 3)
    assert sign(SECRET, BODY, NOW) == header_for(BODY)


@pytest.mark.parametrize(("body", "header", "code"), [
    (BODY + b" ", header_for(BODY), "signature-mismatch"),                  # body changed
    (BODY, header_for(BODY, secret="whsec_other"), "signature-mismatch"),   # other secret
    (BODY, header_for(BODY).replace(f"t={NOW}", f"t={NOW + 1}"), "signature-mismatch"),
    (BODY, header_for(BODY, timestamp=NOW - 301), "signature-expired"),     # replayed later
    (BODY, None, "signature-missing"),
    (BODY, "v1=abc", "signature-malformed"),
    (BODY, f"t=soon,v1={'0' * 64}", "signature-malformed"),
])
def test_anything_else_is_refused_and_says_why(body: bytes, header: str | None,
                                               code: str) -> None:
    assert not verify_signature(SECRET, body, header, now=NOW)
    with pytest.raises(InvalidSignature) as refused:
        check_signature(SECRET, body, header, now=NOW)
    assert refused.value.code == code


def test_while_a_secret_is_rotated_either_signature_may_match() -> None:
    old = header_for(BODY, secret="whsec_old").split(",")[1]

    assert verify_signature(SECRET, BODY, f"{header_for(BODY)},{old}", now=NOW)
    assert verify_signature("whsec_old", BODY, f"{header_for(BODY)},{old}", now=NOW)


def test_the_events_are_read_typed() -> None:
    chunk_body = json.dumps({"event": "chunk", "query_id": "q1", "metadata": None, "chunk": {
        "seq": 4, "image_sha256": None, "stage": "-", "data_description": "done",
        "data_type": "dict[str, str]", "data": {"status": "done"},
        "created_at": "2026-11-30T10:00:00.000Z"}}).encode()
    signed = sign(SECRET, chunk_body, NOW)

    done = parse_event(BODY, sign(SECRET, BODY, NOW), SECRET, tolerance=float("inf"))
    chunk = parse_event(chunk_body, signed, SECRET, tolerance=float("inf"))

    assert isinstance(done, WebhookDone) and done.summary.producer == "Acme"
    assert done.metadata == {"shelf": "B4"}
    assert isinstance(chunk, WebhookChunk) and chunk.chunk.data_description == "done"


def test_a_signed_body_that_is_no_event_is_refused() -> None:
    body = b'{"event": "party"}'

    with pytest.raises(InvalidSignature) as refused:
        parse_event(body, sign(SECRET, body, NOW), SECRET, tolerance=float("inf"))
    assert refused.value.code == "invalid-event"
