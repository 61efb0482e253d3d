"""Webhooks on the local stack: a receiver on 127.0.0.1 gets each query's outcome (or every
chunk), signed, in order, also when it fails for a while; one that never recovers is given up."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from devstack.child import free_port
from devstack.fakes.webhook_receiver import (
    DROP,
    Received,
    Receiver,
    StallingReceiver,
    verify,
)
from devstack.photos import fresh_photo
from lens_gpt_client import Client, InvalidSignature, WebhookChunk, WebhookDone, parse_event
from tests.helpers import RELAXED, Stack, assert_complete_log, wait_until

MAX_ATTEMPTS = 3


@pytest.fixture(scope="module")
def hooks_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The stack with quick retries (1 s, then 2 s) and few tries, so a test's wait is short."""
    running = Stack(workdir=Path(tmp_path_factory.mktemp("hooks-stack")), env={
        **RELAXED, "WEBHOOK_RETRY_BASE_SECONDS": "1",
        "WEBHOOK_MAX_ATTEMPTS": str(MAX_ATTEMPTS)}).start()
    yield running
    running.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.close()


def ask(stack: Stack, url: str, events: str = "done", **body: Any) -> dict[str, Any]:
    return stack.create_query(content_type="image/jpeg", callback_url=url,
                              callback_events=events, **body)


def callback_state(stack: Stack, query_id: str) -> dict[str, Any]:
    answer = requests.get(f"{stack.url}/queries/{query_id}", timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()["callback"]


def settled(stack: Stack, query_id: str, timeout: float = 60) -> dict[str, Any]:
    """The callback's state once it is no longer pending."""
    return wait_until(lambda: (lambda s: s if s["state"] != "pending" else None)(
        callback_state(stack, query_id)), timeout, f"the callback of {query_id} to settle")


def first_of_each(received: list[Received]) -> list[Received]:
    """The POSTs without repeats of a delivery id (what a receiver dropping duplicates keeps)."""
    seen: set[str] = set()
    kept = []
    for post in received:
        if post.delivery_id not in seen:
            seen.add(post.delivery_id)
            kept.append(post)
    return kept


def test_the_outcome_is_posted_signed_with_the_summary_a_reader_sees(
    hooks_stack: Stack, receiver: Receiver,
) -> None:
    # Given a query asking for its outcome at a receiver
    created = ask(hooks_stack, receiver.url, metadata={"order": "A-17"})
    assert created["callback_secret"].startswith("whsec_")

    # When its photo is uploaded and the analysis ends
    hooks_stack.upload(created, fresh_photo("wristwatch"))
    finished = hooks_stack.poll_until_finished(created["id"], timeout=60)
    (post,) = receiver.wait_for(1)

    # Then the receiver got one POST: the outcome, as the reader sees it, signed
    body = post.document
    assert body == {"event": "done", "query_id": created["id"], "status": finished["status"],
                    "image_sha256": finished["image_sha256"], "summary": finished["summary"],
                    "metadata": {"order": "A-17"}}
    assert verify(created["callback_secret"], post.headers["x-lens-gpt-signature"], post.body,
                  post.delivery_id)
    assert post.headers["x-lens-gpt-event"] == "done"
    assert post.delivery_id == f"{created['id']}.done"
    assert settled(hooks_stack, created["id"]) == {
        "url": receiver.url, "events": "done", "state": "delivered", "attempts": 1,
        "last_error": None}


def test_every_chunk_is_posted_in_order_ending_with_done(
    hooks_stack: Stack, receiver: Receiver,
) -> None:
    created = ask(hooks_stack, receiver.url, "chunk")
    hooks_stack.upload(created, fresh_photo("backpack"))
    finished = hooks_stack.poll_until_finished(created["id"], timeout=60)

    assert settled(hooks_stack, created["id"])["state"] == "delivered"
    posts = receiver.received
    assert [p.document["chunk"] for p in posts] == finished["chunks"]
    assert_complete_log([p.document["chunk"] for p in posts])
    assert [p.delivery_id for p in posts] == [f"{created['id']}.{c['seq']}"
                                              for c in finished["chunks"]]
    assert all(p.headers["x-lens-gpt-event"] == "chunk" for p in posts)
    assert all(verify(created["callback_secret"], p.headers["x-lens-gpt-signature"], p.body,
                      p.delivery_id)
               for p in posts)


def test_a_receiver_that_fails_then_recovers_gets_every_chunk_in_order(
    hooks_stack: Stack,
) -> None:
    # Given a receiver that answers 500, then drops the connection, then takes deliveries
    receiver = Receiver(script=[500, DROP])
    try:
        created = ask(hooks_stack, receiver.url, "chunk")
        hooks_stack.upload(created, fresh_photo("mug"))
        finished = hooks_stack.poll_until_finished(created["id"], timeout=60)
        state = settled(hooks_stack, created["id"])
    finally:
        receiver.close()

    # Then every chunk arrived in order; the only repeats are retries of the first delivery
    chunks = finished["chunks"]
    ids = [p.delivery_id for p in receiver.received]
    assert ids == [f"{created['id']}.1"] * 2 + [f"{created['id']}.{c['seq']}" for c in chunks]
    assert [p.document["chunk"] for p in first_of_each(receiver.received)] == chunks
    # And the callback says what happened
    assert state["state"] == "delivered"
    assert state["attempts"] == len(chunks) + 2
    assert state["last_error"]


def test_a_receiver_that_never_recovers_is_given_up_and_the_stream_still_ends(
    hooks_stack: Stack,
) -> None:
    receiver = Receiver(then=503)
    try:
        created = ask(hooks_stack, receiver.url)
        hooks_stack.upload(created, fresh_photo("sunglasses"))
        events = list(hooks_stack.stream(f"/queries/{created['id']}/stream", timeout=60))
        state = settled(hooks_stack, created["id"])
    finally:
        receiver.close()

    assert events[-1]["data"]["data_description"] == "done"
    assert state["state"] == "failed"
    assert state["attempts"] == MAX_ATTEMPTS
    assert state["last_error"].startswith("The receiver answered HTTP 503")
    assert len(receiver.received) == MAX_ATTEMPTS
    assert {p.delivery_id for p in receiver.received} == {f"{created['id']}.done"}


def test_a_second_query_of_an_image_analysed_before_is_delivered_too(
    hooks_stack: Stack, receiver: Receiver,
) -> None:
    # Given an image whose analysis has ended
    photo = fresh_photo("desk-lamp")
    first = hooks_stack.submit(photo)
    finished = hooks_stack.poll_until_finished(first["id"], timeout=60)
    # When another query of the same image asks for its outcome
    second = ask(hooks_stack, receiver.url)
    hooks_stack.upload(second, photo)

    # Then it gets the outcome of that analysis
    (post,) = receiver.wait_for(1)
    assert post.document["summary"] == finished["summary"]
    assert post.document["query_id"] == second["id"]
    assert settled(hooks_stack, second["id"])["state"] == "delivered"


@pytest.mark.parametrize("url", ["http://10.1.2.3/hook", "http://169.254.169.254/latest",
                                 "gopher://example.com/", "http://hooks.invalid/x"])
def test_a_callback_url_the_service_may_not_reach_is_a_clean_400(
    hooks_stack: Stack, url: str,
) -> None:
    answer = requests.post(f"{hooks_stack.url}/queries", json={"callback_url": url},
                           timeout=10)

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad-callback-url"


def test_the_sdk_asks_for_every_chunk_and_its_receiver_checks_each_delivery(
    hooks_stack: Stack, receiver: Receiver,
) -> None:
    # Given a query made with the SDK, asking for every chunk
    with Client(hooks_stack.url) as client:
        query = client.ask_async(fresh_photo("headphones"), callback_url=receiver.url,
                                 callback_events="chunk", metadata={"bin": 4})
        finished = client.wait_for_confident_result(query.id, timeout=60)
    assert finished.finished and query.callback_secret

    # When the receiver reads each delivery with the SDK's webhook helpers
    settled(hooks_stack, query.id)
    events = [parse_event(p.body, p.headers, query.callback_secret)
              for p in receiver.received]

    # Then each is a typed, signed chunk event, in order, the done chunk last
    assert all(isinstance(e, WebhookChunk) for e in events)
    assert [e.chunk.seq for e in events] == [c.seq for c in finished.chunks]
    assert events[-1].chunk.data_description == "done"
    assert {e.metadata["bin"] for e in events} == {4}
    # And a body changed on the way is refused
    post = receiver.received[0]
    with pytest.raises(InvalidSignature):
        parse_event(post.body.replace(b"}", b" }", 1), post.headers, query.callback_secret)


def test_the_cli_asks_for_the_outcome_and_prints_the_secret_once(
    hooks_stack: Stack, receiver: Receiver, tmp_path: Path,
) -> None:
    photo = tmp_path / "kettle.jpg"
    photo.write_bytes(fresh_photo("compact-camera"))

    run = subprocess.run(
        [sys.executable, "-m", "lens_gpt_client.cli", "identify", str(photo),
         "--url", hooks_stack.url, "--callback-url", receiver.url],
        capture_output=True, text=True, timeout=90, env={**os.environ, "LENS_GPT_URL": ""})

    assert run.returncode == 0, run.stderr
    secret = re.search(r"signed with (whsec_\S+)", run.stdout)
    assert secret, run.stdout
    (post,) = receiver.wait_for(1)
    event = parse_event(post.body, post.headers, secret.group(1))
    assert isinstance(event, WebhookDone) and event.status == "done"


def test_lens_gpt_listen_receives_what_identify_asks_for(
    hooks_stack: Stack, tmp_path: Path,
) -> None:
    # Given `lens-gpt listen` on this machine (as the README shows it)
    port = free_port()
    listener = subprocess.Popen(
        [sys.executable, "-m", "lens_gpt_client.cli", "listen", "--port", str(port),
         "--count", "1"], stdout=subprocess.PIPE, text=True)
    try:
        assert "Listening" in listener.stdout.readline()
        photo = tmp_path / "lamp.jpg"
        photo.write_bytes(fresh_photo("desk-lamp"))

        # When a photo is identified with that address as its callback
        run = subprocess.run(
            [sys.executable, "-m", "lens_gpt_client.cli", "identify", str(photo), "--url",
             hooks_stack.url, "--callback-url", f"http://127.0.0.1:{port}/hooks"],
            capture_output=True, text=True, timeout=90)
        out, _ = listener.communicate(timeout=60)
    finally:
        listener.kill()

    # Then the listener printed the outcome it received, and stopped
    assert run.returncode == 0, run.stderr
    query_id = re.search(r": query (\S+)", run.stdout).group(1)
    assert f"{query_id}.done  outcome:" in out and "(done)" in out
    assert listener.returncode == 0


def test_a_query_never_uploaded_gets_its_expired_outcome(
    tmp_path: Path, receiver: Receiver,
) -> None:
    # Given a stack whose uploads expire after two seconds, and a query nobody uploads to
    stack = Stack(workdir=tmp_path, env={**RELAXED, "UPLOAD_EXPIRES_SECONDS": "2"}).start()
    try:
        created = ask(stack, receiver.url)

        # When its upload expires, Then its outcome is POSTed: failed, upload-expired
        (post,) = receiver.wait_for(1, timeout=60)
        events = list(stack.stream(f"/queries/{created['id']}/stream", timeout=30))
    finally:
        stack.stop()
    assert post.document["status"] == "failed"
    assert [e["code"] for e in post.document["summary"]["errors"]] == ["upload-expired"]
    assert verify(created["callback_secret"], post.headers["x-lens-gpt-signature"], post.body,
                  post.delivery_id)
    # And it says what the query's own stream ends with
    assert [e["data"]["data_description"] for e in events] == ["error", "done"]


def test_receivers_that_never_answer_do_not_hold_up_another_querys_webhook(
    hooks_stack: Stack, receiver: Receiver,
) -> None:
    # Given 12 queries whose receivers (three destinations) accept and never answer, with their
    # deliveries under way
    stalls = [StallingReceiver() for _ in range(3)]
    try:
        hostile = [ask(hooks_stack, stalls[i % 3].url) for i in range(12)]
        photo = fresh_photo("wristwatch")
        for created in hostile:
            hooks_stack.upload(created, photo)
        for created in hostile:
            hooks_stack.poll_until_finished(created["id"], timeout=60)
        wait_until(lambda: all(s.connections for s in stalls), 30,
                   "the deliveries to the stalling receivers")

        # When another query, with a receiver that answers, finishes
        healthy = ask(hooks_stack, receiver.url)
        hooks_stack.upload(healthy, fresh_photo("backpack"))
        finished = hooks_stack.poll_until_finished(healthy["id"], timeout=60)
        (post,) = receiver.wait_for(1, timeout=60)
        held = [s.connections for s in stalls]
    finally:
        for stall in stalls:
            stall.close()

    # Then its webhook arrives right after its done chunk (alone it takes a few hundredths of a
    # second; the bound is generous, the behaviour is what counts), and no destination was
    # sent more than its share
    done_at = datetime.fromisoformat(finished["chunks"][-1]["created_at"].replace("Z", "+00:00"))
    assert post.document["query_id"] == healthy["id"]
    assert post.at - done_at.timestamp() < 2.0
    assert max(held) <= 4 * 2, held
