"""Creating and reading queries through the API module, on in-process moto."""

from __future__ import annotations

import base64
import json

import pytest

from chalicelib.errors import (
    BadRequest,
    IdempotencyKeyReused,
    QueryNotFound,
    UnsupportedMediaType,
    error_body,
    http_status,
)
from chalicelib.services import Services
from chalicelib.surfaces.api import QueryApi
from chalicelib.surfaces.http import cursor_param, number_param
from chalicelib.surfaces.relay.encoding import classify_event, ndjson_line, sse_event
from chalicelib.wire import Chunk, Summary


def test_a_new_query_gets_an_unguessable_id_and_a_policy_limiting_size_and_type(
    aws: Services,
) -> None:
    created = QueryApi(aws).create(b'{"filename": "x.png"}', "http://h")[0].model_dump()

    assert len(base64.urlsafe_b64decode(created["id"] + "=")) * 8 >= 120
    assert created["upload"]["fields"]["Content-Type"] == "image/png"
    policy = json.loads(base64.b64decode(created["upload"]["fields"]["policy"]))
    assert ["content-length-range", 1, aws.settings.max_image_bytes] in policy["conditions"]
    assert ["starts-with", "$Content-Type", "image/"] in policy["conditions"]
    assert created["links"] == {"self": f"http://h/queries/{created['id']}",
                                "stream": f"http://h/queries/{created['id']}/stream"}


@pytest.mark.parametrize(("body", "error"), [
    (b"[1, 2]", BadRequest),
    (b'{"content_type": 5}', BadRequest),
    (b'{"unknown": 1}', BadRequest),
    (b'{"content_type": "application/pdf"}', UnsupportedMediaType),
])
def test_malformed_bodies_are_refused(aws: Services, body: bytes, error: type) -> None:
    with pytest.raises(error):
        QueryApi(aws).create(body, "http://h")


def test_unknown_and_impossible_ids_are_not_found(aws: Services) -> None:
    for query_id in ("nope", "../etc/passwd", "x" * 500):
        with pytest.raises(QueryNotFound):
            QueryApi(aws).view(query_id)


def test_a_query_awaits_its_upload_until_the_object_exists(aws: Services) -> None:
    api = QueryApi(aws)
    created, _ = api.create(None, "http://h")
    assert api.view(created.id).status == "awaiting_upload"

    aws.clients.s3.put_object(Bucket=aws.bucket.name, Key=f"uploads/{created.id}", Body=b"x")
    assert api.view(created.id).status == "processing"


def chunk(seq: int, description: str, data: object, stage: str = "gpt") -> Chunk:
    return Chunk(seq=seq, image_sha256="a", stage=stage, data_description=description,
                 data_type="dict[str, Any]", data=data, created_at="2026-11-22T10:00:00.000Z")


def test_the_summary_folds_what_is_known_so_far() -> None:
    chunks = [
        chunk(1, "model-producer", {"producer": "Nordkap", "model": "Fjellsti Trail 2"}),
        chunk(2, "second-hand-offers", [{"price": 1}, {"price": 2}], "pricing"),
        chunk(3, "error", {"stage": "gpt", "code": "no-producer-page", "message": "m"}),
        chunk(4, "estimated-price", {"price": 70.0, "min_range": 60.0, "max_range": 80.0,
                                     "certainty": 0.5, "currency": "EUR"}, "pricing"),
    ]
    summary = Summary.of(chunks).model_dump()

    assert (summary["producer"], summary["model"]) == ("Nordkap", "Fjellsti Trail 2")
    assert summary["offers_count"] == 2
    assert (summary["estimated_price"], summary["certainty"]) == (70.0, 0.5)
    assert summary["producer_url"] is None
    assert summary["errors"][0]["code"] == "no-producer-page"


def test_wire_encodings() -> None:
    c = chunk(7, "done", {"status": "done"}, "-")

    assert sse_event(c).startswith(b"id: 7\ndata: {")
    assert classify_event(c) == b"data: " + c.model_dump_json().encode() + b"\n\n"
    assert json.loads(ndjson_line(c)) == c.model_dump()


def test_query_ids_never_look_like_command_line_options() -> None:
    from chalicelib.stores.queries import new_query_id

    ids = {new_query_id() for _ in range(2000)}

    assert len(ids) == 2000
    assert not any(i.startswith("-") for i in ids)


def test_metadata_is_kept_with_the_query_and_returned(aws: Services) -> None:
    api = QueryApi(aws)
    body = json.dumps({"metadata": {"shelf": "B4", "lot": 17, "tags": ["lamp"]}}).encode()

    created, _ = api.create(body, "http://h")

    assert created.metadata == {"shelf": "B4", "lot": 17, "tags": ["lamp"]}
    assert api.view(created.id).metadata == created.metadata


@pytest.mark.parametrize("metadata", [{"note": "x" * 1100}, ["not", "an", "object"], "text"])
def test_metadata_over_1_kb_or_not_an_object_is_a_400(aws: Services, metadata: object) -> None:
    with pytest.raises(BadRequest) as refused:
        QueryApi(aws).create(json.dumps({"metadata": metadata}).encode(), "http://h")
    assert "metadata" in refused.value.message


def test_the_same_idempotency_key_and_body_give_the_first_answer_again(aws: Services) -> None:
    # Given a query created with an Idempotency-Key and a webhook (so a secret)
    api = QueryApi(aws)
    body = b'{"metadata": {"a": 1}, "callback_url": "https://93.184.215.14/hook"}'
    first, first_new = api.create(body, "http://h", "order-7-photo-1")

    # When the same request is sent again (spacing and field order do not count)
    again, again_new = api.create(
        b'{ "callback_url": "https://93.184.215.14/hook", "metadata": {"a": 1} }',
        "http://h", "order-7-photo-1")
    other, _ = api.create(None, "http://h", "order-7-photo-2")

    # Then it is the first answer again: same id, secret and upload; nothing new is created
    assert (first_new, again_new) == (True, False)
    assert again.model_dump() == first.model_dump()
    assert again.callback_secret and again.upload == first.upload
    assert other.id != first.id


@pytest.mark.parametrize("second", [b'{"metadata": {"a": 2}}', b"", b'{"filename": "y.png"}'])
def test_an_idempotency_key_reused_with_another_body_is_a_422_that_creates_nothing(
    aws: Services, second: bytes,
) -> None:
    api = QueryApi(aws)
    first, _ = api.create(b'{"metadata": {"a": 1}}', "http://h", "order-7-photo-1")

    with pytest.raises(IdempotencyKeyReused) as refused:
        api.create(second, "http://h", "order-7-photo-1")

    assert http_status(refused.value) == 422
    assert error_body(refused.value)["error"]["code"] == "idempotency-key-reused"
    assert api.view(first.id).metadata == {"a": 1}
    # The first answer is still what the first request gets
    assert api.create(b'{"metadata": {"a": 1}}', "http://h", "order-7-photo-1")[0].id == first.id


@pytest.mark.parametrize("key", ["", "with space", "line\nbreak", "x" * 256, "é"])
def test_an_idempotency_key_that_is_not_printable_ascii_is_a_400(aws: Services, key: str) -> None:
    with pytest.raises(BadRequest):
        QueryApi(aws).create(None, "http://h", key)


@pytest.mark.parametrize(("body", "why"), [
    (b'{"metadata": {"a": NaN}}', "NaN"),
    (b'{"metadata": {"b": Infinity}}', "Infinity"),
    (b'{"metadata": {"b": -Infinity}}', "Infinity"),
    (b'{"metadata": {"b": 1e400}}', "too large"),
    (b'{"metadata": {"b": ' + b"9" * 900 + b"}}", "2^53"),
    (b'{"metadata": {"b": 9007199254740993}}', "2^53"),
    (b'{"metadata": {"b": "a\\u0000b"}}', "NUL"),
    (b'{"metadata": {"a\\u0000": 1}}', "NUL"),
    (b'{"filename": "x\\u0000.jpg"}', "NUL"),
])
def test_non_finite_huge_and_nul_values_are_a_400(aws: Services, body: bytes, why: str) -> None:
    with pytest.raises(BadRequest) as refused:
        QueryApi(aws).create(body, "http://h")
    assert why in refused.value.message


def test_numbers_within_the_safe_range_are_kept_exactly(aws: Services) -> None:
    body = b'{"metadata": {"big": 9007199254740992, "small": -9007199254740992, "x": 1.5e300}}'
    created, _ = QueryApi(aws).create(body, "http://h")
    assert created.metadata == {"big": 2**53, "small": -(2**53), "x": 1.5e300}


@pytest.mark.parametrize("raw", ["1_0", "\u0661", "\uff11", "1e3", "+2", "-1", " 1", "0x1",
                                 "1.5", "NaN", "inf"])
def test_cursors_take_ascii_digits_only(raw: str) -> None:
    with pytest.raises(BadRequest):
        cursor_param({"after": raw})


@pytest.mark.parametrize("raw", ["1_0", "\u0661", "1e1", "+2", "NaN", "inf", "2.", ".5"])
def test_wait_takes_an_ascii_decimal_only(raw: str) -> None:
    with pytest.raises(BadRequest):
        number_param({"wait": raw}, "wait", 0, 0, 25)


def test_cursors_run_from_0_to_2_to_the_31() -> None:
    assert cursor_param({}) == 0 and cursor_param({"after": ""}) == 0
    assert cursor_param({"after": str(2**31)}) == 2**31
    with pytest.raises(BadRequest, match="Last-Event-ID must be between 0 and 2147483648"):
        cursor_param({"Last-Event-ID": str(2**31 + 1)}, "Last-Event-ID")


def test_plain_cursors_and_waits_are_read() -> None:
    assert cursor_param({"after": "17"}) == 17
    assert number_param({"wait": "2.500"}, "wait", 0, 0, 25) == 2.5
