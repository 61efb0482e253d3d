"""Every run ends, whatever dies: dead letters, deadlines, racing deliveries, stage time, drops.

On in-process moto with the real handlers and real SQS event shapes.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from chalicelib.pipeline import handlers
from chalicelib.pipeline.stage_run import StageRun
from chalicelib.services import Services, get_services, reset_services
from devstack.photos import fresh_photo, sample_photo
from devstack.workers import sqs_event
from tests.unit.test_pipeline import chunks_of, drain, lens_batch, upload

ARN = "arn:aws:sqs:us-east-1:123456789012"


def configure(monkeypatch: pytest.MonkeyPatch, **env: str) -> Services:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    reset_services()
    return get_services()


def kinds(services: Services, query_id: str) -> list[tuple[str, str]]:
    return [(c.stage, c.data_description) for c in chunks_of(services, query_id)]


def errors(services: Services, query_id: str) -> dict[str, str]:
    return {c.stage: c.data["code"] for c in chunks_of(services, query_id)
            if c.data_description == "error"}


def put_upload(services: Services, query_id: str, data: bytes) -> None:
    """A query and its upload, whose S3 event waits on the lens queue."""
    services.queries.create(query_id, "upload", f"uploads/{query_id}", "image/jpeg")
    services.clients.s3.put_object(Bucket=services.bucket.name, Key=f"uploads/{query_id}",
                                   Body=data, ContentType="image/jpeg")


def take(services: Services, stage: str) -> dict[str, Any]:
    """The message waiting on a stage's queue, received (as a dying delivery would)."""
    sqs, url = services.clients.sqs, services.settings.queue_urls[stage]
    messages = sqs.receive_message(QueueUrl=url, AttributeNames=["All"],
                                   MaxNumberOfMessages=10)["Messages"]
    # (The lens queue also holds the bucket's test event, which names no object.)
    return next(m for m in messages if "ObjectCreated" in m["Body"] or stage != "lens")


def dead_letter(message: dict[str, Any], stage: str) -> dict[str, Any]:
    """The message as the dead-letter consumer receives it from ``stage``'s dead-letter queue."""
    return sqs_event([message], f"{ARN}:lens-gpt-{stage}-dlq")


# -- case 1: a stage that dies on every delivery ---------------------------------------------


def test_a_gpt_message_in_its_dead_letter_queue_ends_the_run_with_stage_died(
    aws: Services,
) -> None:
    # Given an upload whose gpt message died on every delivery (it sits in the dead-letter queue)
    query_id = upload(aws, fresh_photo("backpack"))
    died = take(aws, "gpt")
    drain(aws, "pricing")
    assert "done" not in [k for _, k in kinds(aws, query_id)]

    # When the dead-letter consumer receives it
    answer = handlers.dead_letter_handler(dead_letter(died, "gpt"), None)

    # Then the gpt stage reports stage-died and the run is done, failed
    assert answer == {"batchItemFailures": []}
    assert errors(aws, query_id) == {"gpt": "stage-died"}
    chunks = chunks_of(aws, query_id)
    assert chunks[-1].data_description == "done" and chunks[-1].data == {"status": "failed"}


def test_a_dead_letter_of_a_stage_that_is_not_the_last_ends_only_that_stage(
    aws: Services,
) -> None:
    query_id = upload(aws, fresh_photo("mug"))
    died = take(aws, "pricing")

    handlers.dead_letter_handler(dead_letter(died, "pricing"), None)
    assert "done" not in [k for _, k in kinds(aws, query_id)]
    drain(aws, "gpt")

    assert errors(aws, query_id) == {"pricing": "stage-died"}
    assert kinds(aws, query_id)[-1] == ("-", "done")
    assert [k for s, k in kinds(aws, query_id) if s == "gpt"] == [
        "model-producer", "producer-url", "retail-price-details"]


def test_a_lens_message_in_its_dead_letter_queue_ends_the_run(aws: Services) -> None:
    # Given an upload whose S3 event killed the lens stage on every delivery
    query_id = "d" * 27
    put_upload(aws, query_id, fresh_photo("sunglasses"))
    died = take(aws, "lens")

    handlers.dead_letter_handler(dead_letter(died, "lens"), None)

    assert errors(aws, query_id) == {"lens": "stage-died"}
    assert kinds(aws, query_id)[-1] == ("-", "done")
    assert chunks_of(aws, query_id)[-1].data == {"status": "failed"}


def test_an_unreadable_dead_letter_is_dropped_without_failing_the_batch(aws: Services) -> None:
    message = {"MessageId": "m1", "ReceiptHandle": "r1", "Body": "not a stage message",
               "Attributes": {"ApproximateReceiveCount": "1"}}

    answer = handlers.dead_letter_handler(dead_letter(message, "gpt"), None)

    assert answer == {"batchItemFailures": []}


# -- the run's deadline ----------------------------------------------------------------------


def past_deadline(monkeypatch: pytest.MonkeyPatch,
                  photo_name: str) -> tuple[Services, str, bytes]:
    """Runs with a one-second deadline, and an upload whose gpt and pricing never ran, read
    after its deadline passed: the services, the query id and the photo."""
    services = configure(monkeypatch, RUN_DEADLINE_SECONDS="1")
    photo = fresh_photo(photo_name)
    query_id = upload(services, photo)
    time.sleep(1.5)
    return services, query_id, photo


def test_a_reader_closes_a_run_past_its_deadline_and_a_later_upload_starts_a_new_run(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chalicelib.surfaces.api import QueryApi

    # Given runs whose deadline is one second, and a run whose gpt and pricing never ran
    services, first, photo = past_deadline(monkeypatch, "wristwatch")

    # When a client reads the query past the deadline
    document = QueryApi(services).view(first)

    # Then the run is closed: each pending stage says run-deadline, then done (failed)
    assert document.status == "failed"
    assert errors(services, first) == {"gpt": "run-deadline", "pricing": "run-deadline"}
    assert kinds(services, first)[-1] == ("-", "done")
    # And the stages' late messages add nothing
    before = kinds(services, first)
    drain(services, "gpt")
    drain(services, "pricing")
    assert kinds(services, first) == before

    # And a later upload of the same image is analysed afresh
    second = "e" * 27
    put_upload(services, second, photo)
    drain(services, "lens")
    assert services.queries.get(second).run_id != services.queries.get(first).run_id
    assert kinds(services, second)[0] == ("lens", "lens-matches")


def test_a_later_upload_of_an_image_whose_run_is_past_its_deadline_starts_a_new_run(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, first, _ = past_deadline(monkeypatch, "desk-lamp")
    sha = chunks_of(services, first)[0].image_sha256

    # Nobody read the stuck run; the next upload of its image finds it past its deadline
    run_id, owned = services.queries.run_for_image(sha, "another")

    assert owned and run_id != services.queries.get(first).run_id


# -- case 14: two deliveries racing ----------------------------------------------------------


def test_once_a_stage_reported_its_error_no_chunk_of_it_follows(aws: Services) -> None:
    from chalicelib.errors import LensGptError, StageSettled

    query_id = upload(aws, fresh_photo("trail-shoe"))
    run_id = aws.queries.get(query_id).run_id
    late = StageRun(aws.log, run_id, "gpt")
    late.step("model-producer", lambda: {"producer": "A", "model": "B"})

    # Given one delivery gave the stage up while another was still computing
    StageRun(aws.log, run_id, "gpt").give_up(LensGptError("gave up", code="stage-failed"))

    # Then the slower delivery's next chunk is refused
    with pytest.raises(StageSettled):
        late.step("producer-url", lambda: {"link": "https://x.example", "title": "x"})
    assert [k for s, k in kinds(aws, query_id) if s == "gpt"] == ["model-producer", "error"]


def test_once_a_stage_wrote_its_last_step_a_racing_error_is_not_recorded(aws: Services) -> None:
    from chalicelib.errors import LensGptError

    query_id = upload(aws, fresh_photo("compact-camera"))
    run_id = aws.queries.get(query_id).run_id
    # Given the pricing stage wrote all its steps (one delivery) ...
    run = StageRun(aws.log, run_id, "pricing")
    run.step("second-hand-offers", lambda: [])
    run.step("estimated-price", lambda: {"price": 1.0, "min_range": 1.0, "max_range": 1.0,
                                         "certainty": 0.5, "currency": "EUR"})

    # When a racing delivery of the same message gives up before the stage is marked finished
    StageRun(aws.log, run_id, "pricing").give_up(LensGptError("failed", code="stage-failed"))

    # Then the stage has its chunks and no error
    assert [k for s, k in kinds(aws, query_id) if s == "pricing"] == [
        "second-hand-offers", "estimated-price"]


# -- stage time and redelivery delays (case 13) -----------------------------------------------


class FakeContext:
    """A Lambda context with a fixed remaining time."""

    def __init__(self, remaining_s: float) -> None:
        self._end = time.monotonic() + remaining_s
        self.function_name, self.memory_limit_in_mb = "gpt", 1024
        self.invoked_function_arn, self.aws_request_id = f"{ARN}:function:gpt", "r"

    def get_remaining_time_in_millis(self) -> int:
        return int(max(0.0, self._end - time.monotonic()) * 1000)


def test_a_provider_slower_than_the_functions_time_left_ends_as_an_error_chunk(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = configure(monkeypatch, STAGE_TIME_MARGIN_SECONDS="0.5")
    query_id = upload(services, fresh_photo("acoustic-guitar"))

    def slow(*_: Any) -> None:
        time.sleep(10)

    monkeypatch.setattr(type(services.analyst), "identify", slow)
    message = take(services, "gpt")
    message["Attributes"]["ApproximateReceiveCount"] = "3"

    # When the last delivery runs in a function with 1.5 s left
    started = time.monotonic()
    answer = handlers.gpt_handler(sqs_event([message], f"{ARN}:lens-gpt-gpt"), FakeContext(1.5))

    # Then the stage returned before its time ran out, with the time-out as its error
    assert answer == {"batchItemFailures": []}
    assert time.monotonic() - started < 5
    assert errors(services, query_id) == {"gpt": "provider-timeout"}


def test_a_failed_delivery_comes_back_after_a_short_delay_not_the_visibility_time_out(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chalicelib.providers.exceptions import ProviderError

    services = configure(monkeypatch, REDELIVERY_DELAY_SECONDS="1")
    query_id = upload(services, fresh_photo("backpack"))

    def unavailable(*_: Any) -> None:
        raise ProviderError("down", code="provider-unavailable", retryable=True)

    monkeypatch.setattr(type(services.analyst), "identify", unavailable)
    sqs, url = services.clients.sqs, services.settings.queue_urls["gpt"]
    # Received with the queue's own visibility time-out (minutes)
    message = take(services, "gpt")

    answer = handlers.gpt_handler(sqs_event([message], f"{ARN}:lens-gpt-gpt"), None)
    assert answer["batchItemFailures"]

    # Then the message is visible again after about a second
    again = []
    deadline = time.monotonic() + 10
    while not again and time.monotonic() < deadline:
        again = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1).get("Messages", [])
    assert again and json.loads(again[0]["Body"])["query_id"] == query_id


# -- drops: ids (case 10) and the result of the object now at the key (case 8) ---------------


def test_a_drop_query_id_is_random_and_a_repeated_event_makes_no_second_query(
    aws: Services,
) -> None:
    import hashlib

    key = "drop/shelf/item.jpg"
    aws.clients.s3.put_object(Bucket=aws.bucket.name, Key=key,
                              Body=sample_photo("mug").read_bytes())
    etag = aws.clients.s3.head_object(Bucket=aws.bucket.name, Key=key)["ETag"].strip('"')
    event = {"Records": [{"eventName": "ObjectCreated:Put",
                          "s3": {"bucket": {"name": aws.bucket.name},
                                 "object": {"key": "drop/shelf/item.jpg", "eTag": etag}}}]}
    drain(aws, "lens")
    handlers.lens_handler(lens_batch(event), None)  # the same event again

    query_ids = [c for c in _query_ids(aws) if aws.queries.get(c).source == "drop"]
    assert len(query_ids) == 1
    (query_id,) = query_ids
    # 27 URL-safe characters: 160 random bits, nothing computed from bucket, key or ETag
    assert len(query_id) == 27
    computable = hashlib.sha256(f"{aws.bucket.name}\n{key}\n{etag}".encode()).hexdigest()
    assert computable[:32] not in query_id


def test_a_key_dropped_again_gets_the_result_of_its_new_object(aws: Services) -> None:
    s3, bucket, key = aws.clients.s3, aws.bucket.name, "drop/re/dropped.jpg"
    # Given an image already analysed (its run ended) ...
    known = sample_photo("sunglasses").read_bytes()
    upload(aws, known)
    drain(aws, "gpt")
    drain(aws, "pricing")
    # ... and a new image dropped at a key, still being analysed
    s3.put_object(Bucket=bucket, Key=key, Body=fresh_photo("wristwatch"))
    drain(aws, "lens")

    # When the known image is dropped at the same key, and the first one's analysis ends later
    s3.put_object(Bucket=bucket, Key=key, Body=known)
    drain(aws, "lens")
    drain(aws, "gpt")
    drain(aws, "pricing")

    # Then the result file describes the known image, the object now at the key
    result = json.loads(s3.get_object(Bucket=bucket, Key="results/re/dropped.jpg.json")
                        ["Body"].read())
    now_etag = s3.head_object(Bucket=bucket, Key=key)["ETag"].strip('"')
    assert result["summary"]["producer"] == "Solvenne"
    assert result["object_version"] == now_etag


def _query_ids(services: Services) -> list[str]:
    items = services.clients.dynamodb.scan(TableName=services.settings.table)["Items"]
    return [i["id"]["S"] for i in items if i["pk"]["S"].startswith("query#")]



def test_a_lens_stage_that_died_after_its_search_hands_the_run_over_instead_of_failing(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chalicelib.stores.results_log import ResultsLog

    # Given the lens stage's delivery dies after the search, before handing over
    real = ResultsLog.hand_over
    deaths = []

    def dies_once(self: ResultsLog, *args: Any) -> bool:
        if not deaths:
            deaths.append(1)
            raise RuntimeError("killed")
        return real(self, *args)

    monkeypatch.setattr(ResultsLog, "hand_over", dies_once)
    query_id = "f" * 27
    put_upload(aws, query_id, fresh_photo("mug"))
    died = take(aws, "lens")
    answer = handlers.lens_handler(sqs_event([died], f"{ARN}:lens-gpt-lens"), None)
    assert answer["batchItemFailures"]

    # When its message reaches the dead-letter consumer
    handlers.dead_letter_handler(dead_letter(died, "lens"), None)
    drain(aws, "gpt")
    drain(aws, "pricing")

    # Then the run goes on and ends complete
    assert kinds(aws, query_id)[0] == ("lens", "lens-matches")
    assert errors(aws, query_id) == {}
    assert len(kinds(aws, query_id)) == 7 and chunks_of(aws, query_id)[-1].data == {
        "status": "done"}


def test_a_lens_dead_letter_racing_a_delivery_that_finished_the_search_hands_over(
    aws: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chalicelib.providers.exceptions import ProviderError
    from chalicelib.stores.results_log import ResultsLog

    # Given an upload whose search failed once (its run bound, the search pending) ...
    def unavailable(*_: Any) -> None:
        raise ProviderError("down", code="provider-unavailable", retryable=True)

    query_id = "g" * 27
    put_upload(aws, query_id, fresh_photo("wristwatch"))
    died = take(aws, "lens")
    with monkeypatch.context() as patch:
        patch.setattr(type(aws.lens), "search", unavailable)
        handlers.lens_handler(sqs_event([died], f"{ARN}:lens-gpt-lens"), None)
    run_id = aws.queries.get(query_id).run_id
    stale = aws.log.head(run_id)
    # ... and a racing delivery that wrote the matches after the consumer read the run's head
    StageRun(aws.log, run_id, "lens").step("lens-matches", lambda: [])
    real_head = ResultsLog.head
    reads = []

    def head_read_before_the_race(self: ResultsLog, run: str) -> Any:
        reads.append(run)
        return stale if len(reads) == 1 else real_head(self, run)

    monkeypatch.setattr(ResultsLog, "head", head_read_before_the_race)

    # When the dead-letter consumer ends the lens stage
    handlers.dead_letter_handler(dead_letter(died, "lens"), None)
    monkeypatch.setattr(ResultsLog, "head", real_head)
    drain(aws, "gpt")
    drain(aws, "pricing")

    # Then the search stands, and the stages after it ran: no stage is left without an outcome
    stages = {s for s, _ in kinds(aws, query_id)}
    assert "error" not in [k for s, k in kinds(aws, query_id) if s == "lens"]
    assert {"gpt", "pricing"} <= stages and kinds(aws, query_id)[-1] == ("-", "done")
