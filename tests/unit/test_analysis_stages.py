"""The gpt and pricing stages end to end on in-process moto, with the configured providers."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from chalicelib.pipeline.analysis_stages import GptStage
from chalicelib.services import Services, get_services, reset_services
from chalicelib.wire import StageMessage
from devstack.fakes.openai_server import (
    FakeOpenAI,
    image_urls,
    schema_name,
    serve_fake_openai,
    status,
)
from devstack.fakes.openai_server import structured as answer
from devstack.photos import sample_photo
from tests.unit.test_pipeline import chunks_of, drain, upload


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with serve_fake_openai() as server:
        yield server


def configure(monkeypatch: pytest.MonkeyPatch, **env: str) -> Services:
    """The services again, after the environment changed."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    reset_services()
    return get_services()


def openai_env(fake: FakeOpenAI) -> dict[str, str]:
    return {"ANALYST": "openai", "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake.base_url,
            "OPENAI_MAX_RETRIES": "1", "OPENAI_TIMEOUT_SECONDS": "5",
            "OPENAI_IMAGE_MODE": "base64"}


def errors_of(services: Services, query_id: str) -> list[dict]:
    return [c.data for c in chunks_of(services, query_id) if c.data_description == "error"]


def test_a_model_that_keeps_failing_ends_the_gpt_stage_with_an_error_chunk(
    aws: Services, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    # Given the openai analyst, a model server that answers 500 to everything, and a message
    # on its last delivery (earlier ones would go back to the queue for another try)
    services = configure(monkeypatch, **openai_env(fake), MAX_RECEIVE_COUNT="1")
    fake.answer = lambda body: status(500)
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())

    # When the gpt and pricing stages run
    assert drain(services, "gpt") == {"batchItemFailures": []}
    drain(services, "pricing")

    # Then the request was retried, the stage wrote why it gave up, and the run still ended
    assert len(fake.requests) == 2
    (error,) = errors_of(services, query_id)
    assert error["stage"] == "gpt" and error["code"] == "analyst-unavailable"
    chunks = chunks_of(services, query_id)
    assert "estimated-price" in [c.data_description for c in chunks]
    assert chunks[-1].data == {"status": "failed"}


def test_the_model_names_the_item_from_the_uploaded_photo(
    aws: Services, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    # Given a model that names the item but finds no producer page among the candidates
    services = configure(monkeypatch, **openai_env(fake))
    fake.answer = lambda body: answer({
        "IdentityAnswer": {"producer": "Nordkap", "model": "Fjellsti Trail 2"},
        "PageAnswer": {"link": None},
    }[schema_name(body)])
    data = sample_photo("trail-shoe").read_bytes()
    query_id = upload(services, data)

    drain(services, "gpt")
    drain(services, "pricing")

    # Then the identity is a chunk, the missing page a finding, and the run is done
    chunks = chunks_of(services, query_id)
    identity = next(c for c in chunks if c.data_description == "model-producer")
    assert identity.data == {"producer": "Nordkap", "model": "Fjellsti Trail 2"}
    assert [e["code"] for e in errors_of(services, query_id)] == ["no-producer-page"]
    assert chunks[-1].data == {"status": "done"}
    # And the photo went to the model labelled with its real type
    (photo_url,) = image_urls(fake.requests[0]["body"])
    assert photo_url == "data:image/jpeg;base64," + base64.b64encode(data).decode()


def test_a_message_without_the_image_type_has_it_read_from_the_bytes(aws: Services):
    # Given a photo stored under a key, and a message that does not say its type
    data = sample_photo("mug").read_bytes()
    aws.clients.s3.put_object(Bucket=aws.bucket.name, Key="uploads/q1", Body=data)
    message = StageMessage(run_id="r", query_id="q1", bucket=aws.bucket.name, key="uploads/q1",
                           image_sha256="0" * 64)

    # When the gpt stage prepares the photo for its analyst
    image = GptStage(aws)._image(message)

    # Then its type comes from the bytes
    assert image.mime_type == "image/jpeg"
    assert image.load() == data


def test_no_marketplace_offers_end_the_pricing_stage_with_a_finding(
    aws: Services, monkeypatch: pytest.MonkeyPatch
):
    # Given marketplaces configured so that none of the matches is one
    services = configure(monkeypatch, MARKETPLACE_DOMAINS="nowhere.example")
    query_id = upload(services, sample_photo("wristwatch").read_bytes())

    drain(services, "gpt")
    drain(services, "pricing")

    # Then there is no made-up price, but a no-offers error, and the run is still done
    chunks = chunks_of(services, query_id)
    kinds = [c.data_description for c in chunks]
    assert "second-hand-offers" not in kinds and "estimated-price" not in kinds
    assert errors_of(services, query_id) == [{
        "stage": "pricing", "code": "no-offers",
        "message": "No second-hand offers were found for this item.",
    }]
    assert chunks[-1].data == {"status": "done"}


def test_the_rates_table_is_configurable(aws: Services, monkeypatch: pytest.MonkeyPatch):
    # Given a made-up table where a euro buys ten dollars
    services = configure(monkeypatch, PRICE_CURRENCY="USD",
                         PRICE_RATES='{"EUR": 1, "USD": 10, "NOK": 10, "GBP": 1}')
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())

    drain(services, "pricing")

    # Then the estimate (from euro offers of 65-85) is priced by that table
    estimate = next(c.data for c in chunks_of(services, query_id)
                    if c.data_description == "estimated-price")
    assert estimate["currency"] == "USD"
    assert 600 <= estimate["price"] <= 850
