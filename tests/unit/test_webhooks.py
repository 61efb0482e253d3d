"""Webhooks on in-process moto: the URL check at creation, signing, the delivery's state on the
query record, retries, giving up, and the nudges a run's followers get."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from botocore.exceptions import ClientError
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from chalicelib.errors import BadRequest
from chalicelib.pipeline import handlers
from chalicelib.pipeline.stage_run import close_run
from chalicelib.pipeline.webhooks import RetryLater, WebhookDelivery, signature
from chalicelib.services import Services
from chalicelib.stores.callbacks import destination
from chalicelib.stores.dynamo import to_item
from chalicelib.stores.results_log import ResultsLog
from chalicelib.surfaces.api import QueryApi
from chalicelib.surfaces.openapi import openapi_document
from chalicelib.wire import ChunkKind, Summary, WebhookChunk, WebhookDone
from devstack.fakes.webhook_receiver import DROP, Receiver, StallingReceiver, verify
from devstack.photos import sample_photo
from devstack.workers import sqs_event
from tests.unit.test_pipeline import drain


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.close()


def with_settings(services: Services, **changes: Any) -> Services:
    """The same resources, other settings."""
    return Services(services.settings.model_copy(update=changes), services.clients)


def create(services: Services, **body: Any) -> dict[str, Any]:
    created, _ = QueryApi(services).create(json.dumps(body).encode(), "http://h")
    return created.model_dump(exclude_none=True)


def finished_run(services: Services, query_id: str, chunks: int = 2) -> str:
    """Bind the query to a run of ``chunks`` chunks, then close it (``done``)."""
    run_id = f"run-of-{query_id}"
    services.log.create_run(run_id, "ab" * 32, query_id)
    services.queries.bind(query_id, run_id)
    services.log.append(run_id, "gpt/model-producer", "gpt", ChunkKind.MODEL_PRODUCER,
                        {"producer": "Nordkap", "model": "Fjellsti 2"})
    if chunks > 1:
        services.log.append(run_id, "pricing/second-hand-offers", "pricing",
                            ChunkKind.SECOND_HAND_OFFERS, [])
    services.log.finish_stage(run_id, "lens")
    close_run(services, run_id)
    return run_id


def waiting_nudges(services: Services) -> list[str]:
    """The query ids nudged on the webhooks queue (the messages are taken off it)."""
    sqs, url = services.clients.sqs, services.settings.queue_urls["webhooks"]
    found: list[str] = []
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not messages:
            return found
        for m in messages:
            found.append(json.loads(m["Body"])["query_id"])
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])


def backoff_over(services: Services, url: str) -> None:
    """Time passes until the destination may be tried again (its failures are still counted)."""
    origin = destination(url)
    services.clients.dynamodb.update_item(
        TableName=services.settings.table, Key=to_item({"pk": f"destination#{origin}", "sk": 0}),
        UpdateExpression="SET retry_at = :zero", ExpressionAttributeValues=to_item({":zero": 0}))


def callback_of(services: Services, query_id: str) -> dict[str, Any]:
    return QueryApi(services).view(query_id).model_dump()["callback"]


# -- signing ---------------------------------------------------------------------------------

def test_the_signature_is_hmac_sha256_over_timestamp_delivery_id_and_body() -> None:
    # Given a known vector (computed apart: printf '1700000000.q1.done.{"a":1}' |
    # openssl dgst -sha256 -hmac whsec_test)
    header = signature("whsec_test", 1700000000, "q1.done", b'{"a":1}')

    assert header == ("t=1700000000,"
                      "v1=f421fc52074041aef1b1534f25d365e0f2dbc7f81b5bc4c0b9ad47846a334c33")
    assert verify("whsec_test", header, b'{"a":1}', "q1.done")
    assert not verify("whsec_other", header, b'{"a":1}', "q1.done")
    # The delivery id is signed: the same body under another id does not verify
    assert not verify("whsec_test", header, b'{"a":1}', "q1.1")


# -- the URL check at creation ---------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "ftp://example.com/hook",
    "file:///etc/passwd",
    "http://10.0.0.5/hook",
    "http://192.168.1.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/hook",
    "http://[::ffff:10.0.0.1]/hook",
    "http://127.0.0.1:8000/hook",
    "http://localhost/hook",
    "http://2130706433/hook",
    "http://user:secret@93.184.215.14/hook",
    "http://hooks.invalid/hook",
])
def test_a_callback_url_that_is_not_public_http_is_a_400(aws: Services, url: str) -> None:
    # Given the service as deployed (no loopback)
    deployed = with_settings(aws, fetch_allow_loopback=False)

    # When a query asks for a callback there, Then it is refused with a plain sentence
    with pytest.raises(BadRequest) as refused:
        create(deployed, callback_url=url)
    assert refused.value.code == "bad-callback-url"
    assert refused.value.message.startswith("callback_url cannot be delivered to:")


@pytest.mark.parametrize(("body", "code"), [
    ({"callback_events": "chunk"}, "bad-request"),
    ({"callback_url": "https://93.184.215.14/h", "callback_events": "every"}, "bad-request"),
    ({"callback_url": "https://93.184.215.14/" + "h" * 2048}, "bad-request"),
    ({"callback_url": 5}, "bad-request"),
])
def test_malformed_callback_fields_are_a_400(aws: Services, body: dict[str, Any],
                                             code: str) -> None:
    with pytest.raises(BadRequest) as refused:
        create(aws, **body)
    assert refused.value.code == code


def test_a_public_address_is_accepted_and_loopback_only_in_local_mode(aws: Services) -> None:
    deployed = with_settings(aws, fetch_allow_loopback=False)

    assert create(deployed, callback_url="https://93.184.215.14/hook")["callback_secret"]
    assert create(aws, callback_url="http://127.0.0.1:9/hook")["callback_secret"]


def test_the_secret_is_given_once_again_for_the_same_key_and_never_shown(aws: Services) -> None:
    # Given a query with a callback, created twice with one Idempotency-Key
    body = json.dumps({"callback_url": "http://127.0.0.1:9/h", "callback_events": "chunk"})
    first, _ = QueryApi(aws).create(body.encode(), "http://h", "key-1")
    again, created = QueryApi(aws).create(body.encode(), "http://h", "key-1")

    # Then both answers carry the same secret
    assert not created
    assert first.callback_secret and first.callback_secret.startswith("whsec_")
    assert len(first.callback_secret) >= 6 + 43
    assert again.callback_secret == first.callback_secret
    # And reading the query shows the callback's state, never its secret
    document = QueryApi(aws).view(first.id).model_dump()
    assert document["callback"] == {"url": "http://127.0.0.1:9/h", "events": "chunk",
                                    "state": "pending", "attempts": 0, "last_error": None}
    assert first.callback_secret not in json.dumps(document)


def test_a_query_without_a_callback_shows_none_and_has_no_secret(aws: Services) -> None:
    created = create(aws)

    assert "callback_secret" not in created
    assert "callback" not in QueryApi(aws).view(created["id"]).model_dump()


# -- deliveries ------------------------------------------------------------------------------

def test_a_done_delivery_is_the_summary_signed_and_marks_the_callback_delivered(
    aws: Services, receiver: Receiver,
) -> None:
    # Given a query with a callback whose run has ended
    created = create(aws, callback_url=receiver.url, metadata={"order": 7})
    run_id = finished_run(aws, created["id"])

    # When its nudge is handled
    WebhookDelivery(aws).handle(created["id"], "m-1")

    # Then the receiver got the outcome, signed with the secret of the 201
    (got,) = receiver.received
    body = WebhookDone.model_validate_json(got.body)
    assert body.summary == Summary.of(aws.log.chunks(run_id))
    assert (body.status, body.query_id, body.metadata) == ("done", created["id"], {"order": 7})
    assert verify(created["callback_secret"], got.headers["x-lens-gpt-signature"], got.body,
                  got.delivery_id)
    assert got.headers["x-lens-gpt-event"] == "done"
    assert got.delivery_id == f"{created['id']}.done"
    assert got.headers["user-agent"] == "lens-gpt-webhooks/1"
    assert got.headers["content-type"] == "application/json"
    assert callback_of(aws, created["id"]) | {"url": None} == {
        "url": None, "events": "done", "state": "delivered", "attempts": 1, "last_error": None}
    # And a later nudge delivers nothing again
    WebhookDelivery(aws).handle(created["id"], "m-2")
    assert len(receiver.received) == 1


def test_a_failed_try_is_retried_by_its_own_message_and_other_nudges_wait_for_it(
    aws: Services,
) -> None:
    # Given a receiver that fails twice, then takes deliveries
    receiver = Receiver(script=[500, DROP])
    try:
        services = with_settings(aws, webhook_retry_base_s=3.0)
        created = create(services, callback_url=receiver.url, callback_events="chunk")
        finished_run(services, created["id"], chunks=1)

        # When the nudge is handled: the try fails, and the message is to come back in 3 s
        with pytest.raises(RetryLater) as later:
            WebhookDelivery(services).handle(created["id"], "m-1")
        assert later.value.delay_s == 3.0
        assert callback_of(services, created["id"])["last_error"].startswith(
            "The receiver answered HTTP 500")
        # And another nudge meanwhile does nothing (the failed try's message delivers it all)
        WebhookDelivery(services).handle(created["id"], "m-2")
        assert len(receiver.received) == 1
        # When the message comes back (once its destination's own wait is over too): the
        # connection is dropped, the delay doubles
        backoff_over(services, receiver.url)
        with pytest.raises(RetryLater) as later:
            WebhookDelivery(services).handle(created["id"], "m-1")
        assert later.value.delay_s == 6.0
        # And the third try delivers everything, in order
        backoff_over(services, receiver.url)
        WebhookDelivery(services).handle(created["id"], "m-1")
    finally:
        receiver.close()

    ids = [r.delivery_id for r in receiver.received]
    assert ids == [f"{created['id']}.1"] * 3 + [f"{created['id']}.2"]
    assert [WebhookChunk.model_validate_json(r.body).chunk.seq for r in receiver.received] == \
        [1, 1, 1, 2]
    state = callback_of(services, created["id"])
    assert (state["state"], state["attempts"]) == ("delivered", 4)


def test_a_delivery_is_given_up_after_the_configured_attempts(aws: Services) -> None:
    receiver = Receiver(then=503)
    try:
        services = with_settings(aws, webhook_max_attempts=2)
        created = create(services, callback_url=receiver.url)
        finished_run(services, created["id"])

        with pytest.raises(RetryLater):
            WebhookDelivery(services).handle(created["id"], "m-1")
        backoff_over(services, receiver.url)
        WebhookDelivery(services).handle(created["id"], "m-1")  # given up: no retry asked
        WebhookDelivery(services).handle(created["id"], "m-3")  # nothing more is tried
    finally:
        receiver.close()

    assert len(receiver.received) == 2
    state = callback_of(services, created["id"])
    assert (state["state"], state["attempts"]) == ("failed", 2)
    assert state["last_error"] == "The receiver answered HTTP 503: ok"


def test_the_delivered_seq_never_moves_back_and_one_delivery_holds_the_callback(
    aws: Services,
) -> None:
    created = create(aws, callback_url="http://127.0.0.1:9/h", callback_events="chunk")
    query_id = created["id"]

    assert aws.callbacks.delivered(query_id, 5, final=False)
    assert not aws.callbacks.delivered(query_id, 3, final=False)
    assert not aws.callbacks.delivered(query_id, 5, final=False)
    assert aws.queries.get(query_id).callback.seq == 5
    # A second delivery cannot start while the first holds the callback (until its lease ends)
    now = int(time.time() * 1000)
    held = aws.callbacks.claim(query_id, now_ms=now - 61_000, lease_ms=60_000)
    assert held is not None and held.seq == 5  # the callback as it is when it is held
    assert aws.callbacks.claim(query_id, now_ms=now - 60_500, lease_ms=60_000) is None
    assert aws.callbacks.claim(query_id, now_ms=now, lease_ms=60_000) is not None
    finished_run(aws, query_id)
    with pytest.raises(RetryLater, match="under way"):
        WebhookDelivery(aws).handle(query_id, "m-1")


# -- nudges ----------------------------------------------------------------------------------

def upload(services: Services, created: dict[str, Any], photo: str = "trail-shoe") -> None:
    services.clients.s3.put_object(Bucket=services.bucket.name, Key=f"uploads/{created['id']}",
                                   Body=sample_photo(photo).read_bytes(),
                                   ContentType="image/jpeg")


def deliver_nudges(services: Services) -> dict[str, Any]:
    sqs, url = services.clients.sqs, services.settings.queue_urls["webhooks"]
    failures: list[Any] = []
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10,
                                       AttributeNames=["All"]).get("Messages", [])
        if not messages:
            return {"batchItemFailures": failures}
        for message in messages:
            response = handlers.webhooks_handler(sqs_event([message], "arn:q:lens-gpt-webhooks"),
                                                 None)
            failures += response["batchItemFailures"]
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])


def test_chunk_followers_are_nudged_after_each_chunk_and_get_all_in_order(
    aws: Services, receiver: Receiver,
) -> None:
    # Given an uploaded query that wants every chunk
    created = create(aws, callback_url=receiver.url, callback_events="chunk")
    upload(aws, created)

    # When the stages run and the nudges they sent are handled
    for stage in ("lens", "gpt", "pricing"):
        drain(aws, stage)
    assert deliver_nudges(aws) == {"batchItemFailures": []}

    # Then every chunk of the run reached the receiver once, in seq order, ending with done
    chunks = aws.log.chunks(aws.queries.get(created["id"]).run_id)
    got = [WebhookChunk.model_validate_json(r.body).chunk for r in receiver.received]
    assert got == chunks
    assert got[-1].data_description == ChunkKind.DONE
    assert callback_of(aws, created["id"])["state"] == "delivered"


def test_a_query_bound_to_a_finished_run_is_nudged_at_once(
    aws: Services, receiver: Receiver,
) -> None:
    # Given an image analysed before
    first = create(aws)
    upload(aws, first)
    for stage in ("lens", "gpt", "pricing"):
        drain(aws, stage)
    waiting_nudges(aws)
    # When a second query of the same image asks for its outcome
    second = create(aws, callback_url=receiver.url)
    upload(aws, second)
    drain(aws, "lens")

    # Then it is nudged at once, and gets the outcome of the first query's run
    assert deliver_nudges(aws) == {"batchItemFailures": []}
    (got,) = receiver.received
    run_id = aws.queries.get(first["id"]).run_id
    assert aws.queries.get(second["id"]).run_id == run_id
    assert WebhookDone.model_validate_json(got.body).summary == Summary.of(aws.log.chunks(run_id))


def test_runs_without_followers_send_no_nudge(aws: Services) -> None:
    created = create(aws)
    upload(aws, created, "wristwatch")
    for stage in ("lens", "gpt", "pricing"):
        drain(aws, stage)

    assert aws.log.chunks(aws.queries.get(created["id"]).run_id)[-1].data_description == "done"
    assert waiting_nudges(aws) == []


def test_a_rejected_upload_with_a_callback_gets_its_failed_outcome(
    aws: Services, receiver: Receiver,
) -> None:
    created = create(aws, callback_url=receiver.url)
    aws.clients.s3.put_object(Bucket=aws.bucket.name, Key=f"uploads/{created['id']}",
                              Body=b"not an image", ContentType="image/jpeg")
    drain(aws, "lens")
    deliver_nudges(aws)

    (got,) = receiver.received
    body = WebhookDone.model_validate_json(got.body)
    assert body.status == "failed"
    assert [e.code for e in body.summary.errors] == ["unsupported-image"]


def test_the_dead_letter_of_a_nudge_ends_its_callback_as_failed(aws: Services) -> None:
    created = create(aws, callback_url="http://127.0.0.1:9/h")
    record = aws.queries.get(created["id"])
    message = {"MessageId": "d1", "ReceiptHandle": "r1",
               "Body": json.dumps({"query_id": record.id}), "Attributes": {}}

    handlers.dead_letter_handler(
        sqs_event([message], "arn:aws:sqs:us-east-1:123456789012:lens-gpt-webhooks-dlq"), None)

    state = callback_of(aws, created["id"])
    assert state["state"] == "failed"
    assert "every try" in state["last_error"]


# -- the OpenAPI document ----------------------------------------------------------------------

def test_the_openapi_document_describes_the_callback_fields_and_both_deliveries() -> None:
    document = openapi_document(("EUR",))

    validate(document)
    schemas = document["components"]["schemas"]
    assert {"callback_url", "callback_events"} <= set(schemas["NewQuery"]["properties"])
    assert "callback_secret" in schemas["CreatedQuery"]["properties"]
    assert "callback" in schemas["QueryDocument"]["properties"]
    for event, model in (("done", "WebhookDone"), ("chunk", "WebhookChunk")):
        post = document["webhooks"][event]["post"]
        schema = post["requestBody"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{model}"}
        assert {p["name"] for p in post["parameters"] if p["required"]} == {
            "X-Lens-Gpt-Event", "X-Lens-Gpt-Delivery", "X-Lens-Gpt-Signature"}
    # And a body the service sends is valid by the document's schema
    body = WebhookDone(query_id="q", status="done", image_sha256=None, summary=Summary(),
                       metadata=None).model_dump(mode="json")
    # (the document's references, pointed at the same schemas under $defs)
    local = json.loads(json.dumps(schemas).replace("#/components/schemas/", "#/$defs/"))
    validator = Draft202012Validator({**local["WebhookDone"], "$defs": local})
    assert list(validator.iter_errors(body)) == []


def test_an_append_nudges_the_chunk_followers_and_a_close_all_of_them(aws: Services) -> None:
    nudged: list[str] = []
    log = ResultsLog(aws.clients.dynamodb, aws.settings.table, nudge=nudged.append)
    log.create_run("r1", None, "q-owner")
    assert log.follow_callback("r1", "q-chunks", each_chunk=True)
    assert log.follow_callback("r1", "q-done", each_chunk=False)

    log.append("r1", "gpt/model-producer", "gpt", ChunkKind.MODEL_PRODUCER, {"producer": "A"})
    assert nudged == ["q-chunks"]
    log.close("r1", lambda _chunks: "done")
    log.tell_followers(log.head("r1"))
    assert nudged == ["q-chunks", "q-chunks", "q-done"]
    # And a run that has ended takes no new follower
    assert not log.follow_callback("r1", "q-late", each_chunk=False)


def test_a_nudge_that_cannot_be_sent_never_fails_the_stage(aws: Services) -> None:
    def queue_down(query_id: str) -> None:
        raise ClientError({"Error": {"Code": "ServiceUnavailable", "Message": "down"}},
                          "SendMessage")

    log = ResultsLog(aws.clients.dynamodb, aws.settings.table, nudge=queue_down)
    log.create_run("r2", None, "q-owner")
    log.follow_callback("r2", "q-chunks", each_chunk=True)

    chunk = log.append("r2", "gpt/model-producer", "gpt", ChunkKind.MODEL_PRODUCER, {})
    assert [c.seq for c in log.chunks("r2")] == [chunk.seq] == [1]


def test_a_delivery_that_read_the_callback_before_another_ended_repeats_nothing(
    aws: Services, receiver: Receiver, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a query whose run has two chunks so far
    created = create(aws, callback_url=receiver.url, callback_events="chunk")
    run_id = f"run-of-{created['id']}"
    aws.log.create_run(run_id, None, created["id"])
    aws.queries.bind(created["id"], run_id)
    for kind in (ChunkKind.MODEL_PRODUCER, ChunkKind.PRODUCER_URL):
        aws.log.append(run_id, f"gpt/{kind}", "gpt", kind, {})
    # And a delivery that reads the record, then finds that another one started and ended
    # meanwhile (two nudges handled at once)
    read = aws.queries.get
    raced: list[bool] = []

    def read_then_race(query_id: str) -> Any:
        record = read(query_id)
        if not raced:
            raced.append(True)
            WebhookDelivery(aws).handle(query_id, "m-other")
        return record

    monkeypatch.setattr(aws.queries, "get", read_then_race)
    WebhookDelivery(aws).handle(created["id"], "m-1")

    # Then every chunk went out once
    ids = [r.delivery_id for r in receiver.received]
    assert ids == [f"{created['id']}.{seq}" for seq in (1, 2)]
    assert aws.queries.get(created["id"]).callback.seq == 2


# -- a query whose upload never comes ----------------------------------------------------------

def test_a_query_never_uploaded_is_told_so_once_its_upload_has_expired(
    aws: Services, receiver: Receiver,
) -> None:
    # Given a query with a callback whose upload expires in a second, and nothing uploaded
    services = with_settings(aws, upload_expires_s=1)
    created = create(services, callback_url=receiver.url, callback_events="chunk")

    # Then its creation left a delayed nudge, and a nudge before the expiry asks to come back
    with pytest.raises(RetryLater) as early:
        WebhookDelivery(services).handle(created["id"], "m-1")
    assert 0 < early.value.delay_s <= 2
    assert receiver.received == []

    # When the nudge comes back after the expiry
    time.sleep(early.value.delay_s + 0.1)
    WebhookDelivery(services).handle(created["id"], "m-1")

    # Then the receiver got what the query's stream ends with: upload-expired, then done failed
    chunks = [WebhookChunk.model_validate_json(p.body).chunk for p in receiver.received]
    assert [(c.seq, c.data_description) for c in chunks] == [(1, "error"), (2, "done")]
    assert chunks[0].data["code"] == "upload-expired" and chunks[1].data == {"status": "failed"}
    assert callback_of(services, created["id"])["state"] == "delivered"
    assert created["id"] in waiting_nudges(services)


def test_an_upload_that_came_but_is_not_bound_yet_is_left_to_the_lens_stage(
    aws: Services, receiver: Receiver,
) -> None:
    # Given a query whose photo arrived just before its upload expired, not yet read
    services = with_settings(aws, upload_expires_s=1)
    created = create(services, callback_url=receiver.url)
    services.bucket.write_json(f"uploads/{created['id']}", {"not": "read yet"})
    time.sleep(2.1)

    # When its expiry nudge is handled
    WebhookDelivery(services).handle(created["id"], "m-1")

    # Then nothing is said yet: the lens stage binds it and nudges then
    assert receiver.received == []
    assert callback_of(services, created["id"])["state"] == "pending"


def put_off_until(services: Services, query_id: str) -> int:
    """When the callback's next look is due (epoch ms; 0: none is put off)."""
    record = services.queries.get(query_id)
    assert record is not None and record.callback is not None
    return record.callback.retry_at


def test_a_receiver_that_never_answers_is_let_go_at_the_first_byte_deadline(
    aws: Services,
) -> None:
    # Given a receiver that accepts the connection and never answers
    stall = StallingReceiver()
    try:
        services = with_settings(aws, webhook_first_byte_s=0.5, webhook_timeout_s=30.0)
        created = create(services, callback_url=stall.url)
        finished_run(services, created["id"])

        # When its delivery is tried
        started = time.monotonic()
        with pytest.raises(RetryLater):
            WebhookDelivery(services).handle(created["id"], "m-1")

        # Then it gives up at the first-byte deadline, not at the whole POST's limit
        assert time.monotonic() - started < 5
        assert stall.connections == 1
        assert "took too long" in callback_of(services, created["id"])["last_error"]
    finally:
        stall.close()


def test_a_stalled_destination_holds_only_its_slots_and_others_are_delivered_at_once(
    aws: Services, receiver: Receiver,
) -> None:
    # Given a destination that never answers, with two deliveries to it under way
    stall = StallingReceiver()
    services = with_settings(aws, webhook_first_byte_s=10.0, webhook_destination_concurrency=2)
    stalled = [create(services, callback_url=stall.url) for _ in range(3)]
    healthy = create(services, callback_url=receiver.url)
    for query in [*stalled, healthy]:
        finished_run(services, query["id"])
    holders = [threading.Thread(target=lambda q=q: _tried(services, q["id"])) for q in stalled[:2]]
    try:
        # one after the other: moto's in-process DynamoDB does not make two threads'
        # conditional writes atomic, as DynamoDB does, and both could take the first slot
        for count, holder in enumerate(holders, start=1):
            holder.start()
            wait_for(lambda count=count: stall.connections == count)

        # When a third delivery to it comes up, and one to another destination
        started = time.monotonic()
        WebhookDelivery(services).handle(stalled[2]["id"], "m-3")
        put_off = time.monotonic() - started
        WebhookDelivery(services).handle(healthy["id"], "m-4")

        # Then the third makes no POST and holds nothing (it is put off to a new nudge), and
        # the other destination's delivery goes out at once: neither waited on the stalled
        # receiver (its first-byte deadline, 10 s, is what a wait on it would take)
        assert put_off < 4 and stall.connections == 2
        assert put_off_until(services, stalled[2]["id"]) > time.time() * 1000
        assert time.monotonic() - started < 4
        assert len(receiver.received) == 1
        assert callback_of(services, healthy["id"])["state"] == "delivered"
    finally:
        for holder in holders:
            holder.join(10)
        stall.close()


def test_a_failing_destination_is_backed_off_for_every_query_and_a_success_resets_it(
    aws: Services, receiver: Receiver,
) -> None:
    # Given a destination that failed a delivery
    failing = Receiver(script=[503])
    try:
        services = with_settings(aws, webhook_retry_base_s=30.0)
        first, second = (create(services, callback_url=failing.url) for _ in range(2))
        other = create(services, callback_url=receiver.url)
        for query in (first, second, other):
            finished_run(services, query["id"])
        with pytest.raises(RetryLater):
            WebhookDelivery(services).handle(first["id"], "m-1")

        # When another query's delivery to it comes up
        WebhookDelivery(services).handle(second["id"], "m-2")

        # Then it is put off without a POST until the destination's wait is over, and another
        # destination is not affected
        assert len(failing.received) == 1
        assert put_off_until(services, second["id"]) > (time.time() + 20) * 1000
        WebhookDelivery(services).handle(other["id"], "m-3")
        assert len(receiver.received) == 1
        # And once its wait is over, a delivery that succeeds ends the destination's failures
        backoff_over(services, failing.url)
        WebhookDelivery(services).handle(first["id"], "m-1")
        assert services.destinations.state(destination(failing.url)).failures == 0
    finally:
        failing.close()


def _tried(services: Services, query_id: str) -> None:
    with contextlib.suppress(RetryLater):
        WebhookDelivery(services).handle(query_id, f"m-{query_id}")


def wait_for(condition: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.02)
