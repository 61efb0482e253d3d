"""Where the links of a new query point: built from API Gateway's own record of its domain in
AWS, from forwarding headers only when a proxy the configuration names sent them, and never
with a scheme other than http(s) or a host that could break a header."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any

import pytest
from starlette.requests import Request
from starlette.testclient import TestClient

from app import app
from chalicelib.config import Settings
from chalicelib.errors import BadRequest
from chalicelib.services import Services
from chalicelib.stores.queries import QueryStore, new_query_id
from chalicelib.surfaces.http import base_url, trusted_proxy
from chalicelib.surfaces.relay.app import Relay, create_app
from chalicelib.surfaces.relay.encoding import sse_event, sse_keepalive
from devstack.gateway import ChaliceBridge

API_HOST = "abc123.execute-api.us-east-1.amazonaws.com"


def api_gateway_event(headers: dict[str, str]) -> dict[str, Any]:
    """``POST /queries`` as API Gateway hands it to the function."""
    return {
        "resource": "/queries", "path": "/queries", "httpMethod": "POST", "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None, "multiValueQueryStringParameters": None,
        "pathParameters": None, "stageVariables": None, "body": "{}", "isBase64Encoded": False,
        "requestContext": {"resourcePath": "/queries", "httpMethod": "POST", "stage": "api",
                           "domainName": API_HOST, "path": "/api/queries",
                           "identity": {"sourceIp": "203.0.113.9"}},
    }


def test_on_api_gateway_the_links_come_from_its_domain_and_stage_not_the_headers(
    aws: Services,
) -> None:
    # Given a client that sends forwarding headers through API Gateway (which passes them on)
    event = api_gateway_event({"host": API_HOST, "content-type": "application/json",
                               "x-forwarded-host": "evil.example",
                               "x-forwarded-proto": "javascript"})

    # When it creates a query
    answer = app(event, None)

    # Then the links are the stage's own URL
    created = json.loads(answer["body"])
    assert answer["statusCode"] == 201, answer
    assert created["links"]["self"] == f"https://{API_HOST}/api/queries/{created['id']}"


@pytest.mark.parametrize(("headers", "expected"), [
    ({"host": "127.0.0.1:8000"}, "http://127.0.0.1:8000"),
    ({"host": "a", "x-forwarded-host": "lens.example", "x-forwarded-proto": "HTTPS"},
     "https://lens.example"),
    ({"host": "[::1]:8000"}, "http://[::1]:8000"),
])
def test_a_base_url_is_http_or_https_on_a_well_formed_host(
    headers: dict[str, str], expected: str
) -> None:
    assert base_url(headers) == expected


@pytest.mark.parametrize("headers", [
    {"host": "a", "x-forwarded-proto": "javascript"},
    {"host": "a", "x-forwarded-proto": "data"},
    {"host": "evil.example/\r\nSet-Cookie: x=1"},
    {"host": "evil.example/path"},
    {"host": "user@evil.example"},
])
def test_anything_else_is_a_bad_request(headers: dict[str, str]) -> None:
    with pytest.raises(BadRequest):
        base_url(headers)


def test_only_the_named_proxies_are_trusted() -> None:
    assert trusted_proxy("10.1.2.3", ("10.0.0.0/8",))
    assert trusted_proxy("127.0.0.1", ("127.0.0.1",))
    assert not trusted_proxy("127.0.0.1", ())
    assert not trusted_proxy("192.0.2.1", ("10.0.0.0/8", "127.0.0.1"))
    assert not trusted_proxy("testclient", ("10.0.0.0/8",))


def forwarded_request(peer: str) -> Request:
    headers = [(b"host", b"127.0.0.1:8000"), (b"x-forwarded-host", b"lens.example"),
               (b"x-forwarded-proto", b"https")]
    return Request({"type": "http", "method": "POST", "path": "/queries", "headers": headers,
                    "client": (peer, 4000), "query_string": b""})


def test_the_local_gateway_passes_forwarding_headers_on_only_from_a_trusted_proxy() -> None:
    bridge = ChaliceBridge(app, Settings(trusted_proxies=("10.0.0.0/8",)))

    from_proxy = bridge._headers(forwarded_request("10.0.0.7"))
    from_client = bridge._headers(forwarded_request("192.0.2.1"))

    assert base_url(from_proxy) == "https://lens.example"
    assert base_url(from_client) == "http://127.0.0.1:8000"


def test_a_fault_inside_a_route_is_a_500_in_the_service_shape_without_internals(
    aws: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a fault deep inside creating a query
    def broken(*_: object) -> None:
        raise RuntimeError("boto3 said: secret internals")

    monkeypatch.setattr("chalicelib.surfaces.api.QueryApi.create", broken)

    # When a client creates one
    answer = app(api_gateway_event({"host": API_HOST, "content-type": "application/json"}), None)

    # Then it gets a 500 in the service's shape, with a sentence and nothing of the fault
    assert answer["statusCode"] == 500
    error = json.loads(answer["body"])["error"]
    assert error["code"] == "internal-error" and error["message"]
    assert "RuntimeError" not in answer["body"] and "internals" not in answer["body"]


def test_the_relay_on_its_own_answers_wrong_methods_with_a_json_405(aws: Services) -> None:
    # The relay as it runs in AWS, behind its function URL, without the local gateway
    client = TestClient(create_app(aws))

    on_classify = client.get("/classify")
    on_stream = client.post("/queries/abc/stream")

    for answer, allowed in ((on_classify, "POST"), (on_stream, "GET")):
        assert answer.status_code == 405
        assert answer.json()["error"]["code"] == "method-not-allowed"
        assert allowed in answer.headers["allow"]


def test_a_stream_waiting_for_an_upload_outlives_failed_reads_and_ends_when_it_expires(
    aws: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a query with a one-second upload whose record cannot be read (the table throttles)
    services = dataclasses.replace(aws, settings=aws.settings.model_copy(
        update={"upload_expires_s": 1, "relay_keepalive_s": 0.2}))
    record = services.queries.create(new_query_id(), "upload", "uploads/none", "image/jpeg")

    def throttled(*_: object) -> None:
        raise RuntimeError("ProvisionedThroughputExceededException")

    monkeypatch.setattr(QueryStore, "get", throttled)

    # When its stream is followed
    async def follow() -> list[bytes]:
        relay = Relay(services)
        return [piece async for piece in relay._chunks(record, 0, sse_event, sse_keepalive)]

    pieces = asyncio.run(follow())

    # Then it kept the client alive, and ended with upload-expired and done
    events = [json.loads(p.split(b"data: ", 1)[1]) for p in pieces if b"data: " in p]
    assert sse_keepalive() in pieces
    assert [e["data_description"] for e in events] == ["error", "done"]
    assert events[0]["data"]["code"] == "upload-expired"
