"""Where the links of a new query point: built from API Gateway's own record of its domain in
AWS, from forwarding headers only when a proxy the configuration names sent them, and never
with a scheme other than http(s) or a host that could break a header."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.requests import Request
from starlette.testclient import TestClient

from app import app
from chalicelib.config import Settings
from chalicelib.errors import BadRequest
from chalicelib.services import Services
from chalicelib.surfaces.http import base_url, trusted_proxy
from chalicelib.surfaces.relay.app import create_app
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
