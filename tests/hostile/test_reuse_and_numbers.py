"""What a client may not reuse or bend, against the running service: an Idempotency-Key with
another body, a presigned upload used twice, numbers JSON cannot carry, cursors written in other
digits than ASCII's."""

from __future__ import annotations

import hashlib

import pytest
import requests

from devstack.photos import fresh_photo
from tests.helpers import Stack, wait_until
from tests.hostile.test_hostile_requests import assert_json_error


def post_query(stack: Stack, body: bytes, key: str | None = None) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    return requests.post(f"{stack.url}/queries", data=body, headers=headers, timeout=10)


def test_an_idempotency_key_reused_with_another_body_is_a_422_and_gives_nothing_away(
    stack: Stack,
) -> None:
    # Given a query created with a key, a webhook and so a secret
    first = post_query(stack, b'{"callback_url": "http://127.0.0.1:9/a", "metadata": {"n": 1}}',
                       "order-17")
    assert first.status_code == 201, first.text

    # When the same key comes with another body
    other = post_query(stack, b'{"metadata": {"n": 2}}', "order-17")

    # Then it is refused, with nothing of the first query in the answer
    assert_json_error(other, 422)
    assert other.json()["error"]["code"] == "idempotency-key-reused"
    assert first.json()["id"] not in other.text
    assert first.json()["callback_secret"] not in other.text
    # And the same request again is the first answer again, status and all
    again = post_query(stack, b'{"metadata": {"n": 1}, "callback_url": "http://127.0.0.1:9/a"}',
                       "order-17")
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"


def test_a_presigned_upload_used_again_after_the_analysis_changes_nothing(stack: Stack) -> None:
    # Given a query whose photo was uploaded and analysed
    created = stack.create_query(content_type="image/jpeg")
    analysed, other = fresh_photo("wristwatch"), fresh_photo("backpack")
    stack.upload(created, analysed)
    finished = stack.poll_until_finished(created["id"], timeout=60)
    assert finished["image_sha256"] == hashlib.sha256(analysed).hexdigest()

    # When the same presigned POST is used again with another photo
    stack.upload(created, other)

    # Then the image link still serves the photo that was analysed, and the result stands
    def served() -> bytes:
        answer = requests.get(f"{stack.url}/queries/{created['id']}/image", timeout=10)
        assert answer.status_code == 200, answer.text
        return answer.content

    assert served() == analysed
    # (the second upload's event reaches the lens stage too: give it the time to do nothing)
    wait_until(lambda: requests.get(f"{stack.url}/queries/{created['id']}",
                                    timeout=10).json()["status"] == "done", 10, "the query")
    after = requests.get(f"{stack.url}/queries/{created['id']}", timeout=10).json()
    assert after["image_sha256"] == finished["image_sha256"]
    assert after["summary"] == finished["summary"]
    assert served() == analysed


@pytest.mark.parametrize("body", [
    b'{"metadata": {"a": NaN, "b": Infinity}}', b'{"metadata": {"b": 1e400}}',
    b'{"metadata": {"b": -Infinity}}', b'{"metadata": {"b": ' + b"1" * 900 + b"}}",
    b'{"metadata": {"b": "x\\u0000y"}}', b'{"filename": "a\\u0000.jpg"}',
])
def test_numbers_json_cannot_carry_and_nul_characters_are_a_400(stack: Stack,
                                                                 body: bytes) -> None:
    answer = post_query(stack, body)

    assert_json_error(answer, 400)
    assert "NaN" not in answer.text.replace("holds NaN", "")


@pytest.mark.parametrize("cursor", ["1_0", "\u0661", "\uff11", "1e3", "+2", "0x1", "1.0"])
def test_cursors_in_other_spellings_than_ascii_digits_are_a_400(stack: Stack,
                                                                 cursor: str) -> None:
    created = stack.create_query()
    query = f"{stack.url}/queries/{created['id']}"

    assert_json_error(requests.get(query, params={"after": cursor}, timeout=10), 400)
    assert_json_error(requests.get(f"{query}/stream", params={"after": cursor}, timeout=10),
                      400)
    assert_json_error(requests.get(f"{query}/stream", timeout=10,
                                   headers={"Last-Event-ID": cursor.encode().decode("latin-1")}),
                      400)
    assert_json_error(requests.get(query, params={"wait": cursor.replace("1.0", "1e0")},
                                   timeout=10), 400)
