"""The SDK's Groundlight-like semantics, sync and async, against a scripted local service:
what is sent (metadata, Idempotency-Key), what is retried and how long it pauses, and when the
waits return."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Iterator

import pytest

from chalicelib.images.sentences import too_large
from devstack.child import free_port
from lens_gpt_client import (
    AsyncClient,
    Client,
    ImageTooLarge,
    InvalidCallback,
    InvalidImage,
    InvalidMetadata,
    Query,
    Retries,
    ServiceUnreachable,
)
from tests.fake_service import Answer, FakeService, chunk, created, document
from tests.helpers import REPO

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 60
FINAL = document("q1", "done", [chunk(1, "model-producer", {"producer": "Acme", "model": "X1"}),
                                chunk(2, "done", {"status": "done"}, stage="-")],
                 {"producer": "Acme", "model": "X1"})
IDENTIFIED = document("q1", "processing",
                      [chunk(1, "model-producer", {"producer": "Acme", "model": "X1"})],
                      {"producer": "Acme", "model": "X1"})
NOTHING_YET = document("q1", "processing", [])


@pytest.fixture
def service() -> Iterator[FakeService]:
    with FakeService() as fake:
        yield fake


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the clients take between retries and polls (recorded; not slept)."""
    taken: list[float] = []

    async def no_async_sleep(seconds: float) -> None:
        taken.append(seconds)

    monkeypatch.setattr("lens_gpt_client.base.time.sleep", taken.append)
    monkeypatch.setattr("lens_gpt_client.aio.asyncio.sleep", no_async_sleep)
    return taken


def sync_and_async(service: FakeService, method: str, *args: Any, **kwargs: Any) -> list[Any]:
    """``method`` called on a ``Client`` and on an ``AsyncClient`` of the same service."""
    with Client(service.url) as client:
        first = getattr(client, method)(*args, **kwargs)

    async def run() -> Any:
        async with AsyncClient(service.url) as client:
            return await getattr(client, method)(*args, **kwargs)

    return [first, asyncio.run(run())]


def script_creation(service: FakeService) -> None:
    service.routes["POST /queries"] = [Answer(201, created(service, "q1"))]
    service.routes["POST /upload"] = [Answer(204)]


# -- what is sent ---------------------------------------------------------------------------------

def test_metadata_and_the_idempotency_key_go_with_the_creation(service: FakeService) -> None:
    script_creation(service)

    queries = sync_and_async(service, "ask_async", JPEG, metadata={"shelf": "B4", "n": 2},
                             idempotency_key="order-7781")

    creations = service.requests_to("POST /queries")
    assert [c.json()["metadata"] for c in creations] == [{"shelf": "B4", "n": 2}] * 2
    assert [c.headers["Idempotency-Key"] for c in creations] == ["order-7781"] * 2
    assert [q.metadata for q in queries] == [{"shelf": "B4", "n": 2}] * 2
    assert len(service.requests_to("POST /upload")) == 2


def test_metadata_over_1_kb_is_refused_before_anything_is_sent(service: FakeService) -> None:
    with Client(service.url) as client, pytest.raises(InvalidMetadata, match="at most 1024"):
        client.ask_async(JPEG, metadata={"note": "x" * 1020})
    with Client(service.url) as client, pytest.raises(InvalidMetadata, match="JSON object"):
        client.ask_async(JPEG, metadata=["not", "an", "object"])  # type: ignore[arg-type]

    assert service.seen == []


def test_metadata_the_service_returns_is_exposed_on_the_query(service: FakeService) -> None:
    service.routes["GET /queries/q1"] = [Answer(200, {**FINAL, "metadata": {"shelf": "B4"}})]

    queries = sync_and_async(service, "get_image_query", "q1")

    assert [q.metadata for q in queries] == [{"shelf": "B4"}] * 2


def test_get_image_returns_the_uploaded_bytes(service: FakeService) -> None:
    service.routes["GET /queries/q1/image"] = [
        Answer(200, JPEG, {"Content-Type": "image/jpeg"})]

    assert sync_and_async(service, "get_image", "q1") == [JPEG, JPEG]


# -- retries --------------------------------------------------------------------------------------

def test_5xx_answers_are_retried_with_small_jittered_pauses(service: FakeService,
                                                           pauses: list[float]) -> None:
    service.routes["GET /queries/q1"] = [Answer(503), Answer(502), Answer(200, FINAL)] * 2

    queries = sync_and_async(service, "get_query", "q1")

    assert [q.status for q in queries] == ["done", "done"]
    assert len(service.requests_to("GET /queries/q1")) == 6
    assert len(pauses) == 4
    first, second = Retries().first_pause, 2 * Retries().first_pause
    assert all(0 <= p <= first for p in pauses[0::2]) and all(0 <= p <= second
                                                               for p in pauses[1::2])


def test_429_is_retried_after_the_time_retry_after_asks_for(service: FakeService,
                                                           pauses: list[float]) -> None:
    busy = Answer(429, {"error": {"code": "rate-limited", "message": "Slow down."}},
                  {"Retry-After": "2"})
    service.routes["GET /queries/q1"] = [busy, Answer(200, FINAL), busy, Answer(200, FINAL)]

    sync_and_async(service, "get_query", "q1")

    assert pauses == [2.0, 2.0]


def test_a_service_still_failing_after_the_retries_raises_its_error(service: FakeService,
                                                                   pauses: list[float]) -> None:
    service.routes["GET /queries/q1"] = [
        Answer(503, {"error": {"code": "unavailable", "message": "Try later."}})]

    with Client(service.url) as client, pytest.raises(Exception) as raised:
        client.get_query("q1")

    assert (raised.value.code, raised.value.status) == ("unavailable", 503)
    assert len(service.requests_to("GET /queries/q1")) == Retries().attempts


def test_connection_errors_are_retried_until_the_service_answers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    started: list[FakeService] = []
    taken: list[float] = []

    def start_on_first_pause(seconds: float) -> None:
        """Nothing listens on the port until the first pause: the first attempt fails."""
        taken.append(seconds)
        if not started:
            started.append(FakeService(port).__enter__())
            started[0].routes["GET /queries/q1"] = [Answer(200, FINAL)]

    monkeypatch.setattr("lens_gpt_client.base.time.sleep", start_on_first_pause)
    try:
        query = Client(f"http://127.0.0.1:{port}").get_query("q1")
    finally:
        for fake in started:
            fake.__exit__()

    assert query.status == "done"
    assert len(taken) == 1


def test_an_unreachable_service_is_one_sentence(pauses: list[float]) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}"

    with Client(nowhere) as client, pytest.raises(ServiceUnreachable) as raised:
        client.get_query("q1")

    assert raised.value.message == (f"The service at {nowhere} could not be reached (could not "
                                    "connect); is it running, and is the URL right?")


# -- waits ----------------------------------------------------------------------------------------

def test_waits_return_at_once_for_a_final_query(service: FakeService) -> None:
    service.routes["GET /queries/q1"] = [Answer(200, FINAL)]

    confident = sync_and_async(service, "wait_for_confident_result", "q1", 0.99, timeout=30)
    known = sync_and_async(service, "wait_for_identification", "q1", timeout=30)

    assert [q.status for q in confident + known] == ["done"] * 4
    assert len(service.requests_to("GET /queries/q1")) == 4  # one request per call
    assert all("wait=" not in s.path for s in service.seen)


def test_wait_for_identification_returns_once_producer_and_model_are_known(
        service: FakeService) -> None:
    service.routes["GET /queries/q1"] = [Answer(200, NOTHING_YET), Answer(200, IDENTIFIED)] * 2

    queries = sync_and_async(service, "wait_for_identification", "q1", timeout=30)

    assert [(q.status, q.identified, q.summary.model) for q in queries] == [
        ("processing", True, "X1")] * 2
    second = service.requests_to("GET /queries/q1")[1]
    assert "after=0" in second.path and "wait=" in second.path  # the long-poll


def test_on_time_out_the_waits_return_the_latest_state_without_raising(
        service: FakeService, pauses: list[float]) -> None:
    # The long-poll answers early with nothing new (as after a proxy cut it short).
    service.routes["GET /queries/q1"] = [Answer(200, IDENTIFIED),
                                         Answer(200, {**IDENTIFIED, "chunks": []})]

    queries = sync_and_async(service, "wait_for_confident_result", "q1", 0.7, timeout=0.3)

    assert [(q.finished, q.certainty, q.summary.producer) for q in queries] == [
        (False, None, "Acme")] * 2
    assert pauses and pauses[0] <= 0.05  # the first pause after an empty answer is short


def test_ask_confident_uploads_then_waits(service: FakeService) -> None:
    script_creation(service)
    service.routes["GET /queries/q1"] = [Answer(200, FINAL)]

    queries = sync_and_async(service, "ask_confident", JPEG, 0.7, wait=5,
                             metadata={"shelf": "B4"})

    assert [(q.id, q.status) for q in queries] == [("q1", "done")] * 2
    assert [c.json()["metadata"] for c in service.requests_to("POST /queries")] == [
        {"shelf": "B4"}] * 2


# -- the async chunk iterator ---------------------------------------------------------------------

def test_the_async_stream_yields_every_chunk_and_resumes_after_a_drop(
        service: FakeService, pauses: list[float]) -> None:
    lines = [json.dumps(c) for c in FINAL["chunks"]]
    ndjson = {"Content-Type": "application/x-ndjson"}
    service.routes["GET /queries/q1/stream"] = [
        Answer(200, (lines[0] + "\n" + lines[1][:10]).encode(), ndjson),  # cut mid-line
        Answer(200, (lines[1] + "\n").encode(), ndjson),
    ]

    async def follow() -> list[Query]:
        async with AsyncClient(service.url) as client:
            return [c async for c in client.stream("q1")]

    chunks = asyncio.run(follow())

    assert [c.seq for c in chunks] == [1, 2]
    assert chunks[-1].data_description == "done"
    reopened = service.requests_to("GET /queries/q1/stream")[1]
    assert "after=1" in reopened.path


def test_a_callback_goes_with_the_creation_and_its_secret_comes_back(
        service: FakeService) -> None:
    service.routes["POST /queries"] = [Answer(201, {**created(service, "q1"),
                                                    "callback_secret": "whsec_abc"})]
    service.routes["POST /upload"] = [Answer(204)]

    queries = sync_and_async(service, "ask_async", JPEG, callback_url="https://hooks.example/x",
                             callback_events="chunk")

    creations = service.requests_to("POST /queries")
    assert [(c.json()["callback_url"], c.json()["callback_events"]) for c in creations] == [
        ("https://hooks.example/x", "chunk")] * 2
    assert [q.callback_secret for q in queries] == ["whsec_abc"] * 2


def test_a_callback_that_cannot_be_one_is_refused_before_anything_is_sent(
        service: FakeService) -> None:
    with Client(service.url) as client:
        with pytest.raises(InvalidCallback, match="http"):
            client.ask_async(JPEG, callback_url="ftp://hooks.example/x")
        with pytest.raises(InvalidCallback, match="'done' or 'chunk'"):
            client.ask_async(JPEG, callback_url="https://hooks.example/x",
                             callback_events="every")  # type: ignore[arg-type]
        with pytest.raises(InvalidCallback, match="needs a callback_url"):
            client.ask_async(JPEG, callback_events="done")

    assert service.seen == []


@pytest.mark.parametrize(("image", "words"), [
    (b"", "The file is empty."),
    ("README.md", "The file is not an image in a supported format."),
])
@pytest.mark.parametrize("method", ["ask_async", "classify"])
def test_an_empty_file_or_one_that_is_no_image_is_refused_before_anything_is_sent(
        service: FakeService, image: Any, words: str, method: str) -> None:
    # Given a client of a service, and a file the service would refuse
    path = image if isinstance(image, bytes) else str(REPO / image)

    # When it is asked about, by the sync and the async client
    with Client(service.url) as client, pytest.raises(InvalidImage) as sync_refusal:
        result = getattr(client, method)(path)
        if method == "classify":
            next(result)

    async def ask() -> None:
        async with AsyncClient(service.url) as client:
            result = getattr(client, method)(path)
            if method == "classify":
                await anext(result)
            else:
                await result

    with pytest.raises(InvalidImage) as async_refusal:
        asyncio.run(ask())

    # Then both refuse it in the service's words, and nothing reached the service
    assert sync_refusal.value.message == async_refusal.value.message == words
    assert service.seen == []


def test_an_image_over_the_announced_limit_is_not_uploaded_and_said_in_the_services_words(
        service: FakeService) -> None:
    script_creation(service)  # announces at most 1,000 bytes

    with Client(service.url) as client, pytest.raises(ImageTooLarge) as refusal:
        client.ask_async(JPEG + bytes(2000))

    assert refusal.value.message == too_large(len(JPEG) + 2000, 1000)
    assert service.requests_to("POST /upload") == []


def test_the_hint_goes_with_the_creation_and_with_classify(service: FakeService) -> None:
    script_creation(service)
    service.routes["POST /classify"] = [Answer(200, b"", {"X-Query-Id": "q1"})] * 2
    done = json.dumps(chunk(1, "done", {"status": "done"}, stage="-")).encode()
    service.routes["GET /queries/q1/stream"] = [Answer(200, done + b"\n", {
        "Content-Type": "application/x-ndjson"})] * 2

    sync_and_async(service, "ask_async", JPEG, hint="Sony camera")
    with Client(service.url) as client:
        list(client.classify(JPEG, hint="the lamp"))

    assert [c.json()["hint"] for c in service.requests_to("POST /queries")] == [
        "Sony camera"] * 2
    (classified,) = service.requests_to("POST /classify")
    assert b'name="hint"\r\n\r\nthe lamp\r\n' in classified.body
