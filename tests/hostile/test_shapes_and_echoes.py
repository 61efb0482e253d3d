"""Nothing guessable, nothing echoed, one error shape: forwarded headers from strangers, control
characters in fields, malformed and deeply nested bodies and wrong methods, against the running
service (the API through the local gateway, and the relay)."""

from __future__ import annotations

import io
import json

import pytest
import requests
from PIL import Image

from tests.helpers import Stack, assert_complete_log
from tests.hostile.test_hostile_requests import FULL_RUN, assert_json_error, classify

# What a message must not carry: the validator's own words, its links, a traceback's.
INTERNALS = ("pydantic", "http://", "https://", "Input should", "Traceback", "Value error",
             "For further information", "line 1 column")


def assert_plain_400(answer: requests.Response) -> None:
    assert_json_error(answer, 400)
    message = answer.json()["error"]["message"]
    assert not any(word in message for word in INTERNALS), message
    assert "\r" not in message and "\n" not in message


def test_forwarded_headers_from_a_client_do_not_make_the_links(stack: Stack) -> None:
    # Given a client (no proxy the configuration names) that claims to be forwarded
    answer = requests.post(f"{stack.url}/queries", json={}, timeout=10, headers={
        "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "javascript"})

    # Then the links point where the client really reached the service
    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert answer.headers["Location"] == f"{stack.url}/queries/{created['id']}"
    assert created["links"]["self"].startswith(f"{stack.url}/")
    assert "evil" not in answer.text and "javascript" not in answer.text


@pytest.mark.parametrize("content_type", ["image/jpeg\r\nX-Injected: 1", "image/jpeg\n",
                                          "image/jpeg\x00", "image/ jpeg"])
def test_a_content_type_with_line_breaks_is_refused_not_echoed(
    stack: Stack, content_type: str
) -> None:
    answer = requests.post(f"{stack.url}/queries", json={"content_type": content_type},
                           timeout=10)

    assert_plain_400(answer)
    assert "X-Injected" not in answer.text


@pytest.mark.parametrize("body", [
    b'{"content_type": 5}', b'{"unknown": 1}', b"[1, 2]", b"not json", b'{"filename": "a\\nb"}',
    b'{"filename": "' + b"x" * 2000 + b'"}', b"[" * 20_000 + b"]" * 20_000,
    b'{"a": ' * 5_000 + b"1" + b"}" * 5_000,
])
def test_malformed_and_deeply_nested_bodies_get_a_plain_400(stack: Stack, body: bytes) -> None:
    answer = requests.post(f"{stack.url}/queries", data=body, timeout=30,
                           headers={"Content-Type": "application/json"})

    assert_plain_400(answer)


@pytest.mark.parametrize(("method", "path", "allowed"), [
    ("PUT", "/queries", "POST"), ("DELETE", "/health", "GET"), ("POST", "/", "GET"),
    ("PATCH", "/queries/abc", "GET"), ("POST", "/assets/app.js", "GET"),
    ("GET", "/classify", "POST"), ("PUT", "/classify", "POST"),
    ("POST", "/queries/abc/stream", "GET"), ("DELETE", "/queries/abc/stream", "GET"),
])
def test_a_wrong_method_gets_405_in_the_service_shape_with_allow(
    stack: Stack, method: str, path: str, allowed: str
) -> None:
    answer = requests.request(method, f"{stack.url}{path}", timeout=10)

    assert_json_error(answer, 405)
    assert answer.json()["error"]["code"] == "method-not-allowed"
    assert allowed in answer.headers["Allow"].split(", ")


def test_a_camera_mpo_photo_is_analysed_as_a_jpeg(stack: Stack) -> None:
    # Given a photo with an MPF segment and a preview frame, as cameras write it
    photo = Image.linear_gradient("L").resize((90, 60)).convert("RGB")
    photo.putpixel((4, 4), (0, 200, 0))
    buffer = io.BytesIO()
    photo.save(buffer, "MPO", save_all=True, append_images=[photo.resize((30, 20))])

    # When it is classified
    chunks = classify(stack, buffer.getvalue())

    # Then it gets the full analysis, not unsupported-image
    assert_complete_log(chunks)
    assert len(chunks) == FULL_RUN and chunks[-1]["data"]["status"] == "done", json.dumps(chunks)
