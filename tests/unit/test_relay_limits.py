"""POST /classify behind the relay's function URL: our 413 (not Lambda's) for photos the URL
could not carry, pointing to the presigned upload; the per-client rate limit on creating queries
and on /classify (429 with Retry-After)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator

import pytest
from starlette.testclient import TestClient

from app import app
from chalicelib.images.sentences import too_large
from chalicelib.services import Services
from chalicelib.surfaces.relay.app import create_app

MB = 1024 * 1024


def relay_with(aws: Services, **settings: object) -> TestClient:
    services = dataclasses.replace(aws, settings=aws.settings.model_copy(update=settings))
    return TestClient(create_app(services))


def post_photo(client: TestClient, size: int) -> tuple[int, dict]:
    """The status and (unless it is a stream, which is left unread) the JSON body."""
    files = {"file": ("big.jpg", b"\xff" * size, "image/jpeg")}
    with client.stream("POST", "/classify", files=files) as answer:
        if answer.status_code == 200:
            return 200, {}
        answer.read()
        return answer.status_code, answer.json()


def test_classify_refuses_a_photo_above_its_own_limit_with_a_json_413_naming_the_upload(
    aws: Services,
) -> None:
    # Given the relay as deployed: 4 MB for /classify, 20 MB through the presigned upload
    client = relay_with(aws, classify_max_bytes=4 * MB, max_image_bytes=20 * MB)

    # When a 5 MB photo is posted to /classify
    status, body = post_photo(client, 5 * MB)

    # Then it gets our 413 in our JSON shape, pointing to the presigned upload
    assert status == 413
    error = body["error"]
    assert error["code"] == "payload-too-large"
    assert error["message"].startswith(too_large(None, 4 * MB))  # "... at most 4.19 MB ..."
    assert "POST /queries" in error["message"] and "upload" in error["message"]


def test_classify_without_its_own_limit_takes_what_the_upload_takes(aws: Services) -> None:
    # Given a relay with no /classify limit of its own (locally)
    client = relay_with(aws, classify_max_bytes=0, max_image_bytes=1 * MB)

    # When a photo above the image limit is posted
    status, body = post_photo(client, 2 * MB)

    # Then the image limit answers, with nothing about another way in
    assert status == 413
    assert "POST /queries" not in body["error"]["message"]


def api_create(source: str) -> dict:
    """``POST /queries`` as API Gateway hands it to the function, from ``source``."""
    from tests.unit.test_http_surfaces import API_HOST, api_gateway_event

    event = api_gateway_event({"host": API_HOST, "content-type": "application/json"})
    event["requestContext"]["identity"]["sourceIp"] = source
    return app(event, None)


def limited(aws: Services, monkeypatch: pytest.MonkeyPatch, per_minute: float,
            burst: int) -> Services:
    """The process's services with a rate limit (what the template sets in AWS)."""
    services = dataclasses.replace(aws, settings=aws.settings.model_copy(
        update={"rate_limit_per_minute": per_minute, "rate_limit_burst": burst}))
    monkeypatch.setattr("app.get_services", lambda: services)
    return services


def test_creating_queries_past_the_burst_gets_429_with_retry_after_per_address(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a limit of 3 at once, then 6 a minute (one every 10 s)
    limited(aws, monkeypatch, per_minute=6, burst=3)

    # When one address creates four queries at once, and another address one
    answers = [api_create("198.51.100.7") for _ in range(4)]
    other = api_create("203.0.113.50")

    # Then the first three are created, the fourth refused with 429 and when to come back
    assert [a["statusCode"] for a in answers] == [201, 201, 201, 429]
    refused = answers[-1]
    assert json.loads(refused["body"])["error"]["code"] == "rate-limited"
    assert 1 <= int(refused["headers"]["Retry-After"]) <= 10
    # And another address is not held back by it
    assert other["statusCode"] == 201


def test_classify_past_the_burst_gets_429_before_reading_the_photo(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given the relay with a limit of one at once, behind the function URL (the adapter passes
    # the URL's record of the caller)
    client = TestClient(create_app(limited(aws, monkeypatch, per_minute=1, burst=1)))
    caller = {"x-amzn-request-context": json.dumps({"http": {"sourceIp": "192.0.2.8"}})}

    # When the caller classifies twice (the first too large to stream, so it answers at once)
    first = client.post("/classify", headers=caller, files={"file": ("a.jpg", b"", "image/jpeg")})
    second = client.post("/classify", headers=caller, files={"file": ("a.jpg", b"x",
                                                                     "image/jpeg")})

    # Then the second is refused with 429 and Retry-After
    assert first.status_code == 400
    assert second.status_code == 429
    assert second.json()["error"]["code"] == "rate-limited"
    assert int(second.headers["retry-after"]) > 0


def test_a_long_poll_asking_25_s_of_a_deployment_that_waits_less_is_answered(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given the API as deployed, holding a long-poll at most 1 s here (20 s in AWS)
    services = dataclasses.replace(aws, settings=aws.settings.model_copy(
        update={"max_wait_s": 1.0}))
    monkeypatch.setattr("app.get_services", lambda: services)
    created = json.loads(api_create("198.51.100.9")["body"])
    from tests.unit.test_http_surfaces import API_HOST, api_gateway_event

    # When the SDK long-polls with its own 25 s
    event = api_gateway_event({"host": API_HOST})
    event.update(resource="/queries/{query_id}", path=f"/queries/{created['id']}",
                 httpMethod="GET", body=None, pathParameters={"query_id": created["id"]},
                 queryStringParameters={"wait": "25"},
                 multiValueQueryStringParameters={"wait": ["25"]})
    event["requestContext"].update(resourcePath="/queries/{query_id}", httpMethod="GET")
    answer = app(event, None)

    # Then it gets the query (after the deployment's own wait), not a 400
    assert answer["statusCode"] == 200, answer
    assert json.loads(answer["body"])["id"] == created["id"]


def test_a_stream_ends_when_it_has_been_open_as_long_as_a_stream_may_be() -> None:
    """Each open stream holds a relay function in AWS: past STREAM_MAX_SECONDS it ends (the
    client resumes with Last-Event-ID), even while its query still waits for chunks."""
    import asyncio

    from chalicelib.surfaces.relay.app import until

    async def forever() -> AsyncIterator[bytes]:
        while True:
            yield b": keep-alive\n\n"
            await asyncio.sleep(0.05)

    async def read() -> list[bytes]:
        return [piece async for piece in until(asyncio.Event(), forever(), for_s=0.3)]

    pieces = asyncio.run(asyncio.wait_for(read(), timeout=10))

    assert 1 <= len(pieces) <= 20
