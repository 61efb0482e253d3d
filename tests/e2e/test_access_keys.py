"""Access keys on the local stack (asked for with REQUIRE_ACCESS_KEY and LOCAL_ACCESS_KEYS):
nothing of /queries or /classify without a known key, the page still opens, and a query is read
only with the key that created it; the SDK sends its key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from devstack.photos import fresh_photo
from lens_gpt_client import Client, QueryNotFound
from tests.helpers import RELAXED, Stack

ALICE, BOB = "alice-key-0123456789abcdef", "bob-key-0123456789abcdef"


@pytest.fixture(scope="module")
def keyed_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=Path(tmp_path_factory.mktemp("keyed-stack")), env={
        **RELAXED, "REQUIRE_ACCESS_KEY": "true", "LOCAL_ACCESS_KEYS": f"{ALICE},{BOB}"}).start()
    yield running
    running.stop()


@pytest.mark.parametrize("key", [None, "", "not-a-key-of-this-service"])
def test_without_a_known_key_nothing_is_created_or_read(keyed_stack: Stack,
                                                        key: str | None) -> None:
    headers = {"x-api-key": key} if key is not None else {}
    url = keyed_stack.url

    answers = [
        requests.post(f"{url}/queries", json={}, headers=headers, timeout=10),
        requests.get(f"{url}/queries/some-id", headers=headers, timeout=10),
        requests.get(f"{url}/queries/some-id/stream", headers=headers, timeout=10),
        requests.get(f"{url}/queries/some-id/image", headers=headers, timeout=10),
        requests.post(f"{url}/classify", files={"file": ("a.jpg", b"x")}, headers=headers,
                      timeout=10),
    ]

    for answer in answers:
        assert answer.status_code == 403, (answer.url, answer.text)
        assert answer.json()["error"]["code"] == "forbidden"
    # The page, its document and the health check stay open (the page asks for the key)
    assert requests.get(f"{url}/", timeout=10).status_code == 200
    assert 'id="api-key"' in requests.get(f"{url}/", timeout=10).text
    assert requests.get(f"{url}/health", timeout=10).status_code == 200


def test_a_query_is_read_only_with_the_key_that_created_it(keyed_stack: Stack) -> None:
    # Given a query Alice created and followed to its end with the SDK
    with Client(keyed_stack.url, api_key=ALICE) as alice:
        query = alice.ask_async(fresh_photo("mug"))
        finished = alice.wait_for_confident_result(query.id, timeout=60)
    assert finished.finished

    # Then Bob, who has a valid key of his own, reads 404 everywhere, as for an unknown id
    bob = {"x-api-key": BOB}
    base = f"{keyed_stack.url}/queries/{query.id}"
    for path in ("", "/stream", "/image"):
        answer = requests.get(f"{base}{path}", headers=bob, timeout=10)
        assert answer.status_code == 404, (path, answer.text)
    with Client(keyed_stack.url, api_key=BOB) as other, pytest.raises(QueryNotFound):
        other.get_image_query(query.id)
    # And Alice reads it (the stream too)
    mine = {"x-api-key": ALICE}
    assert requests.get(base, headers=mine, timeout=10).json()["status"] == "done"
    events = list(keyed_stack.stream(f"/queries/{query.id}/stream", headers=mine))
    assert events[-1]["data"]["data_description"] == "done"
