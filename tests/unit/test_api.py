"""Creating and reading queries through the API module, on in-process moto."""

from __future__ import annotations

import base64
import json

import pytest

from chalicelib.errors import BadRequest, QueryNotFound, UnsupportedMediaType
from chalicelib.services import Services
from chalicelib.surfaces.api import QueryApi
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


def test_the_same_idempotency_key_gives_the_same_query(aws: Services) -> None:
    api = QueryApi(aws)
    first, first_new = api.create(b'{"metadata": {"a": 1}}', "http://h", "order-7-photo-1")
    again, again_new = api.create(b'{"metadata": {"a": 2}}', "http://h", "order-7-photo-1")
    other, _ = api.create(None, "http://h", "order-7-photo-2")

    assert (first_new, again_new) == (True, False)
    assert again.id == first.id and again.metadata == {"a": 1}
    assert other.id != first.id


@pytest.mark.parametrize("key", ["", "with space", "line\nbreak", "x" * 256, "é"])
def test_an_idempotency_key_that_is_not_printable_ascii_is_a_400(aws: Services, key: str) -> None:
    with pytest.raises(BadRequest):
        QueryApi(aws).create(None, "http://h", key)
