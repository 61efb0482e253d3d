"""Each surface of SPEC.md, end to end over real HTTP against the local stack."""

from __future__ import annotations

import json
import time

import requests

from devstack.photos import sample_photo
from tests.helpers import REPO, Stack, assert_complete_log, descriptions, wait_until
from tests.original_page import render

FIVE_KINDS = {
    "model-producer", "producer-url", "retail-price-details", "second-hand-offers",
    "estimated-price",
}


def test_presigned_upload_then_poll_streams_every_kind_of_chunk(stack: Stack) -> None:
    created = stack.create_query(content_type="image/jpeg", filename="shoe.jpg")
    assert created["status"] == "awaiting_upload"
    assert requests.get(created["links"]["self"], timeout=5).json()["status"] == "awaiting_upload"

    stack.upload(created, sample_photo("trail-shoe").read_bytes())
    state = stack.poll_until_finished(created["id"])

    assert state["status"] == "done"
    assert_complete_log(state["chunks"])
    assert descriptions(state["chunks"])[0] == "lens-matches"
    assert FIVE_KINDS <= set(descriptions(state["chunks"]))
    summary = state["summary"]
    assert summary["producer"] and summary["model"] and summary["producer_url"]
    assert summary["offers_count"] >= 1
    assert 0 <= summary["certainty"] <= 1
    assert len(state["image_sha256"]) == 64


def test_sse_stream_replays_resumes_and_ends_after_done(stack: Stack) -> None:
    created = stack.submit(sample_photo("wristwatch").read_bytes())
    events = list(stack.stream(f"/queries/{created['id']}/stream"))

    assert [e["id"] for e in events] == [e["data"]["seq"] for e in events]
    assert events[-1]["data"]["data_description"] == "done"
    assert_complete_log([e["data"] for e in events])

    resumed = list(stack.stream(f"/queries/{created['id']}/stream",
                                headers={"Last-Event-ID": "2"}))
    assert [e["id"] for e in resumed] == [e["id"] for e in events[2:]]
    after = list(stack.stream(f"/queries/{created['id']}/stream?after=3"))
    assert [e["id"] for e in after] == [e["id"] for e in events[3:]]


def test_ndjson_stream_gives_one_chunk_per_line(stack: Stack) -> None:
    created = stack.submit(sample_photo("backpack").read_bytes())
    with requests.get(f"{stack.url}/queries/{created['id']}/stream",
                      headers={"Accept": "application/x-ndjson"}, stream=True,
                      timeout=30) as answer:
        assert answer.headers["content-type"].startswith("application/x-ndjson")
        chunks = [json.loads(line) for line in answer.iter_lines() if line.strip()]

    assert_complete_log(chunks)


def test_the_stream_follows_a_query_live_from_before_its_upload(stack: Stack) -> None:
    created = stack.create_query()
    received: list[dict] = []

    import threading

    reader = threading.Thread(target=lambda: received.extend(
        e["data"] for e in stack.stream(f"/queries/{created['id']}/stream")))
    reader.start()
    time.sleep(0.5)
    stack.upload(created, sample_photo("headphones").read_bytes())
    reader.join(timeout=30)

    assert not reader.is_alive()
    assert_complete_log(received)


def test_classify_streams_what_the_original_page_parses(stack: Stack) -> None:
    """The original lens-gpt page splits the body on blank lines, strips 'data: ' and parses."""
    lamp = sample_photo("desk-lamp").read_bytes()
    answer = requests.post(f"{stack.url}/classify",
                           files={"file": ("lamp.jpg", lamp, "image/jpeg")}, timeout=30)
    assert answer.status_code == 200
    parts = [p for p in answer.text.split("\n\n") if p]
    chunks = [json.loads(p.removeprefix("data: ")) for p in parts]

    assert all(p.startswith("data: ") and "\n" not in p for p in parts)
    assert FIVE_KINDS <= set(descriptions(chunks)) <= FIVE_KINDS | {"error", "done"}
    assert descriptions(chunks).count("done") == 1 and chunks[-1]["data_description"] == "done"
    assert [c["seq"] for c in chunks] == sorted({c["seq"] for c in chunks})
    assert render(chunks)  # the original page's cards render every field
    full = stack.poll_until_finished(answer.headers["X-Query-Id"])["chunks"]
    assert_complete_log(full)  # the query's own stream keeps every kind, lens-matches too
    assert "lens-matches" in descriptions(full)


def test_classify_prices_come_in_the_currency_asked_for(stack: Stack) -> None:
    photo = sample_photo("trail-shoe").read_bytes()
    answer = requests.post(f"{stack.url}/classify", params={"currency": "usd"},
                           files={"file": ("shoe.jpg", photo, "image/jpeg")}, timeout=30)
    chunks = [json.loads(p.removeprefix("data: ")) for p in answer.text.split("\n\n") if p]

    priced = [c["data"] for c in chunks if c["data_description"] == "estimated-price"]
    priced += [o for c in chunks if c["data_description"] == "second-hand-offers"
               for o in c["data"]]
    assert priced and {p["currency"] for p in priced} == {"USD"}
    assert answer.headers["X-Exchange-Rates-Date"]


def test_s3_drop_writes_results_next_to_it(stack: Stack) -> None:
    s3 = stack.client("s3")
    key = "drop/Été 2026/mug photo #1.jpg"
    s3.put_object(Bucket=stack.bucket, Key=key, Body=sample_photo("mug").read_bytes())

    result_key = "results/Été 2026/mug photo #1.jpg.json"
    body = wait_until(lambda: _read(s3, stack.bucket, result_key), 30, "the drop's results")
    result = json.loads(body)

    assert result["status"] == "done"
    assert_complete_log(result["chunks"])
    assert result["summary"]["producer"]
    assert len(result["image_sha256"]) == 64


def test_the_same_image_again_is_served_from_its_stored_chunks(stack: Stack) -> None:
    data = sample_photo("sunglasses").read_bytes()
    first = stack.poll_until_finished(stack.submit(data)["id"])
    started = time.monotonic()
    second = stack.poll_until_finished(stack.submit(data)["id"])

    assert second["chunks"] == first["chunks"]
    assert time.monotonic() - started < 5


def test_a_file_that_is_not_an_image_fails_with_an_error_chunk(stack: Stack) -> None:
    created = stack.submit((REPO / "samples" / "bad" / "not-an-image.jpg").read_bytes())
    state = stack.poll_until_finished(created["id"])

    assert state["status"] == "failed"
    assert descriptions(state["chunks"]) == ["error", "done"]
    assert state["chunks"][0]["data"]["code"] == "unsupported-image"
    assert state["chunks"][-1]["data"] == {"status": "failed"}


def test_http_errors_have_the_json_error_shape(stack: Stack) -> None:
    cases = [
        requests.get(f"{stack.url}/queries/nope", timeout=5),
        requests.get(f"{stack.url}/queries/nope/stream", timeout=5),
        requests.post(f"{stack.url}/queries", data=b"{not json",
                      headers={"Content-Type": "application/json"}, timeout=5),
        requests.post(f"{stack.url}/queries", json={"content_type": "text/plain"}, timeout=5),
        requests.post(f"{stack.url}/classify", data=b"x", timeout=5),
        requests.post(f"{stack.url}/classify", files={"other": ("a", b"b")}, timeout=5),
        requests.get(f"{stack.url}/queries/x", params={"wait": "99"}, timeout=5),
        requests.post(f"{stack.url}/classify", params={"currency": "XYZ"},
                      files={"file": ("a.jpg", b"x", "image/jpeg")}, timeout=5),
        requests.get(f"{stack.url}/assets/nope.js", timeout=5),
        requests.get(f"{stack.url}/nothing/here", timeout=5),
    ]

    assert [c.status_code for c in cases] == [404, 404, 400, 415, 415, 400, 400, 400, 404, 404]
    for answer in cases:
        error = answer.json()["error"]
        assert error["code"] and error["message"]


def test_long_poll_returns_on_time_out_without_new_chunks(stack: Stack) -> None:
    created = stack.create_query()
    started = time.monotonic()
    state = requests.get(created["links"]["self"], params={"wait": 1}, timeout=10).json()

    assert 0.9 <= time.monotonic() - started < 5
    assert state["chunks"] == [] and state["status"] == "awaiting_upload"


def test_health_names_the_local_endpoint_and_bucket(stack: Stack) -> None:
    health = requests.get(f"{stack.url}/health", timeout=5).json()

    assert health["status"] == "ok"
    assert health["aws_endpoint"].startswith("http://127.0.0.1:")
    assert health["bucket"] == stack.bucket


def _read(s3, bucket: str, key: str) -> bytes | None:
    try:
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    except s3.exceptions.NoSuchKey:
        return None


def test_the_original_page_on_another_origin_may_call_classify(stack: Stack) -> None:
    """The original lens-gpt page is served from its own origin: the local gateway answers
    CORS for the relay's routes as the deployed relay does, preflight included."""
    page = "http://localhost:3000"
    preflight = requests.options(f"{stack.url}/classify", timeout=5, headers={
        "Origin": page, "Access-Control-Request-Method": "POST"})
    photo = sample_photo("mug").read_bytes()
    answer = requests.post(f"{stack.url}/classify", headers={"Origin": page}, timeout=30,
                           files={"file": ("mug.jpg", photo, "image/jpeg")})
    api = requests.get(f"{stack.url}/health", headers={"Origin": page}, timeout=5)

    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert answer.headers["access-control-allow-origin"] == "*"
    assert "X-Query-Id" in answer.headers["access-control-expose-headers"]
    assert render([json.loads(p.removeprefix("data: ")) for p in answer.text.split("\n\n") if p])
    assert "access-control-allow-origin" not in api.headers  # the API's routes, as in AWS


def data_fits(data_type: str, data: object) -> bool:
    """Whether ``data`` is of the Python type a chunk's ``data_type`` names (strictly: a
    number is not a str, None is not a str)."""
    from typing import Any

    from pydantic import TypeAdapter, ValidationError

    try:
        TypeAdapter(eval(data_type, {"Any": Any})).validate_python(data, strict=True)  # noqa: S307
    except ValidationError:
        return False
    return True


def test_every_chunk_s_data_type_is_true_to_its_data(stack: Stack) -> None:
    # Given finished queries with every kind of chunk, errors included
    states = [stack.poll_until_finished(stack.submit(sample_photo(name).read_bytes())["id"])
              for name in ("trail-shoe", "wristwatch")]
    states.append(stack.poll_until_finished(stack.submit(
        (REPO / "samples" / "bad" / "truncated.png").read_bytes())["id"]))

    # Then each chunk's data is of the type its data_type says
    chunks = [c for state in states for c in state["chunks"]]
    assert {"model-producer", "error", "done"} <= set(descriptions(chunks))
    wrong = [(c["data_description"], c["data_type"], c["data"]) for c in chunks
             if not data_fits(c["data_type"], c["data"])]
    assert wrong == []
