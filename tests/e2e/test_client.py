"""The Python SDK against the local stack: submit now, read later, follow live, resume."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import requests
from PIL import Image

from devstack.child import free_port
from devstack.photos import fresh_photo, sample_photo
from lens_gpt_client import (
    ApiError,
    AsyncClient,
    Chunk,
    Client,
    ImageTooLarge,
    Query,
    QueryNotFound,
    ServiceUnreachable,
)
from tests.e2e.dropping_proxy import DroppingProxy
from tests.helpers import REPO, Stack, assert_complete_log, descriptions

FIVE_KINDS = {
    "model-producer", "producer-url", "retail-price-details", "second-hand-offers",
    "estimated-price",
}


@pytest.fixture
def client(stack: Stack) -> Iterator[Client]:
    with Client(stack.url) as sdk:
        yield sdk


def dumps(chunks: list[Chunk]) -> list[dict[str, Any]]:
    return [c.model_dump() for c in chunks]


def first_chunk_arrived(stack: Stack, query_id: str) -> int:
    """Wait (long-poll) until the query has a chunk; its cursor then."""
    state = requests.get(f"{stack.url}/queries/{query_id}", params={"wait": 20},
                         timeout=30).json()
    assert state["chunks"], "no chunk arrived"
    return state["cursor"]


# -- submit now, read later ----------------------------------------------------------------------

def test_ask_async_returns_before_the_result_and_the_result_is_read_later(
    paced_stack: Stack,
) -> None:
    with Client(paced_stack.url) as client:
        query = client.ask_async(fresh_photo("compact-camera"))

        assert isinstance(query, Query) and not query.finished and query.chunks == []
        final = client.wait_for_confident_result(query.id, confidence_threshold=1.0, timeout=30)
        later = client.get_query(query.id)

    assert final.status == "done" and final.finished
    assert all(isinstance(c, Chunk) for c in final.chunks)
    assert_complete_log(dumps(final.chunks))
    assert FIVE_KINDS <= set(descriptions(dumps(final.chunks)))
    assert final.summary.producer and final.summary.model
    assert final.certainty == final.latest("estimated-price")["certainty"]
    assert dumps(later.chunks) == dumps(final.chunks)


def image_as_path(path: Path) -> Any:
    return path


def image_as_text_path(path: Path) -> Any:
    return str(path)


def image_as_bytes(path: Path) -> Any:
    return path.read_bytes()


def image_as_file(path: Path) -> Any:
    return path.open("rb")


def image_as_pil(path: Path) -> Any:
    return Image.open(path)


@pytest.mark.parametrize("as_image", [
    image_as_path, image_as_text_path, image_as_bytes, image_as_file, image_as_pil,
])
def test_an_image_may_be_a_path_bytes_a_file_or_a_pil_image(
    client: Client, stack: Stack, as_image: Callable[[Path], Any],
) -> None:
    photo = sample_photo("bike-helmet")
    expected = stack.poll_until_finished(stack.submit(photo.read_bytes())["id"])["summary"]

    query = client.ask_async(as_image(photo))
    result = client.wait_for_confident_result(query.id, confidence_threshold=1.0)

    assert result.status == "done"
    assert (result.summary.producer, result.summary.model) == (
        expected["producer"], expected["model"])


def test_a_damaged_image_ends_failed_with_its_error(client: Client) -> None:
    # (A file that is no image at all is refused before its upload: tests/sdk.)
    query = client.ask_async(REPO / "samples" / "bad" / "truncated.png")
    result = client.wait_for_confident_result(query.id)

    assert result.status == "failed"
    assert [e["code"] for e in result.errors] == ["corrupt-image"]
    assert result.summary.errors == result.errors


# -- waiting for a confident result ---------------------------------------------------------------

def test_wait_for_confident_result_returns_once_the_certainty_is_reached(
    paced_stack: Stack,
) -> None:
    with Client(paced_stack.url) as client:
        query = client.ask_async(fresh_photo("acoustic-guitar"))

        confident = client.wait_for_confident_result(query.id, confidence_threshold=0.01)
        final = client.wait_for_confident_result(query.id, confidence_threshold=1.0)

    assert confident.certainty is not None and confident.certainty >= 0.01
    assert confident.status == "processing"
    assert "done" not in descriptions(dumps(confident.chunks))
    assert final.status == "done"
    assert dumps(final.chunks)[: len(confident.chunks)] == dumps(confident.chunks)


def test_wait_for_confident_result_returns_the_latest_state_on_time_out(stack: Stack) -> None:
    created = stack.create_query()  # never uploaded: nothing will ever arrive
    with DroppingProxy(stack.url, cut_after=0, cuts=0) as proxy, Client(proxy.url) as client:
        result = client.wait_for_confident_result(created["id"], timeout=1.5)
        asked = proxy.requests_to(f"/queries/{created['id']}")

    assert result.status == "awaiting_upload" and result.chunks == []
    # The waiting is done by the service's long-poll, not by asking again and again.
    assert len(asked) <= 3
    assert any("wait=" in r.query for r in asked)


# -- following ------------------------------------------------------------------------------------

def test_stream_yields_every_chunk_from_the_start_or_after_a_seq(
    client: Client, stack: Stack,
) -> None:
    created = stack.submit(sample_photo("sunglasses").read_bytes())
    stored = stack.poll_until_finished(created["id"])["chunks"]

    everything = dumps(list(client.stream(created["id"])))
    after_three = dumps(list(client.stream(created["id"], after=3)))

    assert everything == stored
    assert after_three == stored[3:]


def test_walk_from_last_starts_at_the_newest_chunk_then_follows(paced_stack: Stack) -> None:
    with Client(paced_stack.url) as client:
        query = client.ask_async(fresh_photo("headphones"))
        seen = first_chunk_arrived(paced_stack, query.id)

        walked = list(client.walk_from_last(query.id))
        again = list(client.walk_from_last(query.id))

    seqs = [c.seq for c in walked]
    assert seqs[0] >= seen
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert len(walked) > 1 and walked[-1].data_description == "done"
    assert [c.model_dump() for c in again] == [walked[-1].model_dump()]


def test_walk_on_new_events_yields_only_what_arrives_afterwards(paced_stack: Stack) -> None:
    with Client(paced_stack.url) as client:
        query = client.ask_async(fresh_photo("mug"))
        seen = first_chunk_arrived(paced_stack, query.id)

        walked = list(client.walk_on_new_events(query.id))
        after_the_end = list(client.walk_on_new_events(query.id))

    seqs = [c.seq for c in walked]
    assert seqs and seqs[0] > seen
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert walked[-1].data_description == "done"
    assert after_the_end == []


def test_a_stream_cut_off_mid_way_resumes_after_the_last_chunk(stack: Stack) -> None:
    created = stack.submit(sample_photo("desk-lamp").read_bytes())
    stored = stack.poll_until_finished(created["id"])["chunks"]

    with DroppingProxy(stack.url, cut_after=2, cuts=2) as proxy, Client(proxy.url) as client:
        received = dumps(list(client.stream(created["id"])))
        streams = proxy.streams()

    assert received == stored
    assert [s.cut for s in streams] == [True, True, False]
    assert [s.after for s in streams] == ["0", "2", "4"]


def test_stream_with_a_timeout_ends_without_raising(client: Client, stack: Stack) -> None:
    created = stack.create_query()  # never uploaded

    received = list(client.stream(created["id"], timeout=1.0))

    assert received == []


# -- direct upload ---------------------------------------------------------------------------------

def test_classify_yields_the_chunks_of_a_direct_upload(client: Client) -> None:
    chunks = dumps(list(client.classify(sample_photo("trail-shoe"))))

    assert_complete_log(chunks)
    assert FIVE_KINDS <= set(descriptions(chunks))


def test_classify_reads_the_full_chunks_from_the_query_stream_and_survives_a_drop(
    stack: Stack,
) -> None:
    with DroppingProxy(stack.url, cut_after=3) as proxy, Client(proxy.url) as client:
        chunks = dumps(list(client.classify(fresh_photo("backpack"))))
        streams = proxy.streams()

    assert_complete_log(chunks)
    assert "lens-matches" in descriptions(chunks)
    assert [s.method for s in streams][0] == "POST"
    assert all(s.method == "GET" for s in streams[1:]) and len(streams) >= 2


# -- errors ----------------------------------------------------------------------------------------

def test_errors_carry_the_service_code_and_message(client: Client, stack: Stack) -> None:
    with pytest.raises(QueryNotFound) as missing:
        client.get_query("no-such-query")
    with pytest.raises(QueryNotFound):
        list(client.stream("no-such-query"))
    with pytest.raises(ImageTooLarge) as too_large:
        client.ask_async(b"\xff\xd8\xff" + bytes(21 * 1024 * 1024))
    with pytest.raises(ServiceUnreachable) as unreachable, \
            Client(f"http://127.0.0.1:{free_port()}") as nowhere:
        nowhere.get_query("anything")

    assert (missing.value.code, missing.value.status) == ("not-found", 404)
    assert "no-such-query" in missing.value.message
    assert too_large.value.code == "image-too-large"
    assert unreachable.value.code == "unreachable"


def test_get_image_returns_the_photo_that_was_uploaded(client: Client) -> None:
    photo = fresh_photo("mug")
    query = client.ask_async(photo)

    assert client.get_image(query.id) == photo


def test_metadata_and_the_idempotency_key_are_kept_by_the_service(client: Client) -> None:
    photo = fresh_photo("mug")
    first = client.ask_async(photo, metadata={"shelf": "B4"}, idempotency_key="upload-41")
    again = client.ask_async(photo, metadata={"shelf": "B4"}, idempotency_key="upload-41")
    # The same key with another body is refused (422), and creates nothing
    with pytest.raises(ApiError) as reused:
        client.ask_async(photo, metadata={"shelf": "C1"}, idempotency_key="upload-41")

    assert again.id == first.id
    assert reused.value.status == 422 and reused.value.code == "idempotency-key-reused"
    assert client.get_image_query(first.id).metadata == {"shelf": "B4"}


def test_the_async_client_classifies_too(stack: Stack) -> None:
    async def classify() -> list[Chunk]:
        async with AsyncClient(stack.url) as client:
            return [chunk async for chunk in client.classify(fresh_photo("wristwatch"))]

    chunks = dumps(asyncio.run(classify()))

    assert_complete_log(chunks)
    assert FIVE_KINDS <= set(descriptions(chunks))
