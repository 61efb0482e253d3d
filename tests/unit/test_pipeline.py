"""The three stage handlers on in-process moto, fed real S3 and SQS event shapes."""

from __future__ import annotations

import json
from typing import Any

from chalicelib.pipeline import handlers
from chalicelib.pipeline.stage_run import final_status
from chalicelib.services import Services
from devstack.photos import sample_photo
from devstack.workers import sqs_event


def s3_event(bucket: str, key: str, sequencer: str = "01") -> dict[str, Any]:
    return {"Records": [{
        "eventName": "ObjectCreated:Put",
        "s3": {"bucket": {"name": bucket},
               "object": {"key": key.replace(" ", "+"), "sequencer": sequencer}},
    }]}


def drain(services: Services, stage: str) -> dict[str, Any]:
    """Receive what waits on a stage's queue and run the stage's handler on it."""
    sqs, url = services.clients.sqs, services.settings.queue_urls[stage]
    messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10,
                                   AttributeNames=["All"]).get("Messages", [])
    if not messages:
        return {"batchItemFailures": []}
    handler = {"lens": handlers.lens_handler, "gpt": handlers.gpt_handler,
               "pricing": handlers.pricing_handler}[stage]
    response = handler(sqs_event(messages, "arn:aws:sqs:us-east-1:123456789012:q"), None)
    for m in messages:
        sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return response


def lens_batch(body: dict[str, Any], receive_count: int = 1) -> dict[str, Any]:
    message = {"MessageId": "m1", "ReceiptHandle": "r1", "Body": json.dumps(body),
               "Attributes": {"ApproximateReceiveCount": str(receive_count)}}
    return sqs_event([message], "arn:aws:sqs:us-east-1:123456789012:lens")


def upload(services: Services, data: bytes) -> str:
    query_id = "q" * 27
    services.queries.create(query_id, "upload", f"uploads/{query_id}", "image/jpeg")
    services.clients.s3.put_object(Bucket=services.bucket.name, Key=f"uploads/{query_id}",
                                   Body=data, ContentType="image/jpeg")
    drain(services, "lens")  # the bucket's own notification
    return query_id


def chunks_of(services: Services, query_id: str) -> list[Any]:
    record = services.queries.get(query_id)
    return services.log.chunks(record.run_id)


def test_an_upload_runs_through_all_three_stages(aws: Services) -> None:
    query_id = upload(aws, sample_photo("trail-shoe").read_bytes())
    drain(aws, "gpt")
    drain(aws, "pricing")

    kinds = [c.data_description for c in chunks_of(aws, query_id)]
    assert kinds[0] == "lens-matches" and kinds[-1] == "done"
    assert len(kinds) == 7


def test_every_stage_delivered_twice_appends_each_chunk_once(aws: Services) -> None:
    query_id = upload(aws, sample_photo("wristwatch").read_bytes())
    handlers.lens_handler(lens_batch(s3_event(aws.bucket.name, f"uploads/{query_id}")), None)
    sqs = aws.clients.sqs
    for stage in ("gpt", "pricing"):
        url = aws.settings.queue_urls[stage]
        waiting = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
        assert waiting["ApproximateNumberOfMessages"] == "2"  # sent again by the redelivery
        drain(aws, stage)

    chunks = chunks_of(aws, query_id)
    assert [c.seq for c in chunks] == list(range(1, 8))
    assert [c.data_description for c in chunks].count("model-producer") == 1


def test_a_stage_failing_on_its_last_delivery_leaves_an_error_and_done(
    aws: Services, monkeypatch
) -> None:
    query_id = upload(aws, sample_photo("backpack").read_bytes())

    def broken(*_: Any) -> None:
        raise RuntimeError("the analyst crashed")

    monkeypatch.setattr(type(aws.analyst), "identify", broken)
    sqs, url = aws.clients.sqs, aws.settings.queue_urls["gpt"]
    message = sqs.receive_message(QueueUrl=url)["Messages"][0]
    message["Attributes"] = {"ApproximateReceiveCount": "1"}
    event = sqs_event([message], "arn")
    assert handlers.gpt_handler(event, None)["batchItemFailures"]  # retried at first

    event["Records"][0]["attributes"]["ApproximateReceiveCount"] = "3"
    assert handlers.gpt_handler(event, None) == {"batchItemFailures": []}
    drain(aws, "pricing")

    chunks = chunks_of(aws, query_id)
    errors = [c.data for c in chunks if c.data_description == "error"]
    assert errors == [{"stage": "gpt", "code": "stage-failed",
                       "message": "The gpt stage failed repeatedly and gave up."}]
    assert chunks[-1].data == {"status": "failed"}


def test_a_failed_run_is_not_reused_but_a_done_one_is(aws: Services) -> None:
    data = sample_photo("mug").read_bytes()
    first = upload(aws, data)
    sha = chunks_of(aws, first)[0].image_sha256
    run_id = aws.queries.get(first).run_id
    aws.log.append(run_id, "gpt/error", "gpt", "error",
                   {"stage": "gpt", "code": "provider-error", "message": "down"})
    aws.log.close(run_id, final_status)

    assert aws.queries.run_for_image(sha, "other")[0] == f"{sha}-2"
    assert aws.queries.run_for_image(sha, "third")[0] == f"{sha}-2"


def analysed_puts(services: Services) -> list[str]:
    """The keys of every PUT the service's S3 client makes under ``analysed/`` from now on."""
    keys: list[str] = []

    def record(params: dict[str, Any], **_: Any) -> None:
        if params["Key"].startswith("analysed/"):
            keys.append(params["Key"])

    services.clients.s3.meta.events.register("provide-client-params.s3.PutObject", record)
    return keys


def upload_as(services: Services, query_id: str, data: bytes, hint: str | None = None) -> None:
    services.queries.create(query_id, "upload", f"uploads/{query_id}", "image/jpeg", hint=hint)
    services.clients.s3.put_object(Bucket=services.bucket.name, Key=f"uploads/{query_id}",
                                   Body=data, ContentType="image/jpeg")
    drain(services, "lens")


def test_the_analysed_copy_is_stored_once_per_image(aws: Services) -> None:
    # Given an image analysed once (its bytes kept under analysed/<sha256>)
    data = sample_photo("mug").read_bytes()
    puts = analysed_puts(aws)
    upload_as(aws, "first-query-of-the-mug-0001", data)
    assert len(puts) == 1
    sha = aws.queries.get("first-query-of-the-mug-0001").run_id.rsplit("-", 1)[0]

    # When the same bytes come again: reusing the run, and with a hint (a run of its own)
    upload_as(aws, "second-query-of-the-mug-001", data)
    upload_as(aws, "third-query-of-the-mug-0001", data, hint="a blue mug")

    # Then the copy is not put again, and is still there to be served
    assert puts == [f"analysed/{sha}"]
    assert aws.bucket.read(f"analysed/{sha}") == data

    # But a copy that expired (the bucket's lifecycle) is put back by the next query
    aws.clients.s3.delete_object(Bucket=aws.bucket.name, Key=f"analysed/{sha}")
    upload_as(aws, "fourth-query-of-the-mug-001", data)
    assert puts == [f"analysed/{sha}"] * 2
    assert aws.bucket.read(f"analysed/{sha}") == data


def test_drops_write_results_named_after_their_key(aws: Services) -> None:
    key = "drop/a/b ü.jpg"
    aws.clients.s3.put_object(Bucket=aws.bucket.name, Key=key,
                              Body=sample_photo("sunglasses").read_bytes())
    drain(aws, "lens")
    drain(aws, "gpt")
    drain(aws, "pricing")

    body = aws.clients.s3.get_object(Bucket=aws.bucket.name, Key="results/a/b ü.jpg.json")
    result = json.loads(body["Body"].read())
    assert result["status"] == "done"
    assert result["summary"]["producer"] == "Solvenne"


def test_a_retryable_provider_error_is_retried_then_reported_on_the_last_delivery(
    aws: Services, monkeypatch
) -> None:
    from chalicelib.providers.exceptions import ProviderError

    query_id = upload(aws, sample_photo("desk-lamp").read_bytes())

    def rate_limited(*_: Any) -> None:
        raise ProviderError("The analyst is rate limited.", code="analyst-rate-limited",
                            retryable=True)

    monkeypatch.setattr(type(aws.analyst), "identify", rate_limited)
    sqs, url = aws.clients.sqs, aws.settings.queue_urls["gpt"]
    message = sqs.receive_message(QueueUrl=url)["Messages"][0]
    message["Attributes"] = {"ApproximateReceiveCount": "1"}
    event = sqs_event([message], "arn")

    assert handlers.gpt_handler(event, None)["batchItemFailures"]
    assert "error" not in [c.data_description for c in chunks_of(aws, query_id)]

    event["Records"][0]["attributes"]["ApproximateReceiveCount"] = "3"
    assert handlers.gpt_handler(event, None) == {"batchItemFailures": []}
    errors = [c.data for c in chunks_of(aws, query_id) if c.data_description == "error"]
    assert [e["code"] for e in errors] == ["analyst-rate-limited"]
