"""Each stage's metrics and log lines, as CloudWatch reads them from the functions' stdout."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from chalicelib.observability import logger
from chalicelib.providers.exceptions import NoOffers, ProviderError
from chalicelib.services import Services
from devstack.photos import sample_photo
from tests.unit.test_pipeline import chunks_of, drain


def printed(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()
            if line.startswith("{")]


def metrics_by_stage(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        if "_aws" in record:
            found.setdefault(record["stage"], []).append(record)
    return found


def upload(services: Services, query_id: str, data: bytes) -> None:
    services.queries.create(query_id, "upload", f"uploads/{query_id}", "image/jpeg")
    services.clients.s3.put_object(Bucket=services.bucket.name, Key=f"uploads/{query_id}",
                                   Body=data, ContentType="image/jpeg")
    drain(services, "lens")


def run_query(services: Services, query_id: str, data: bytes) -> None:
    upload(services, query_id, data)
    drain(services, "gpt")
    drain(services, "pricing")


def test_each_stage_publishes_its_chunks_and_duration_tagged_with_the_query(
    aws: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    run_query(aws, "query-one", sample_photo("trail-shoe").read_bytes())

    metrics = metrics_by_stage(printed(capsys))
    assert set(metrics) == {"lens", "gpt", "pricing"}
    appended = sum(sum(m.get("ChunksAppended", [])) for ms in metrics.values() for m in ms)
    assert appended == len(chunks_of(aws, "query-one"))
    for stage, published in metrics.items():
        (emf,) = published
        assert emf["query_id"] == "query-one"
        assert emf["StageDuration"][0] > 0
        directive = emf["_aws"]["CloudWatchMetrics"][0]
        assert directive["Namespace"] == "lens-gpt"
        assert directive["Dimensions"] == [["stage", "service"]], stage


def test_a_second_upload_of_the_same_photo_is_a_cache_hit(
    aws: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    data = sample_photo("wristwatch").read_bytes()
    run_query(aws, "first-query", data)
    capsys.readouterr()

    upload(aws, "second-query", data)

    (lens,) = metrics_by_stage(printed(capsys))["lens"]
    assert lens["query_id"] == "second-query"
    assert lens["CacheHits"] == [1.0]


def test_a_provider_that_fails_counts_as_a_provider_error_and_nothing_found_does_not(
    aws: Services, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(*_: Any) -> None:
        raise ProviderError("The model is down.", code="analyst-unavailable")

    def nothing(*_: Any) -> None:
        raise NoOffers("No offers.")

    monkeypatch.setattr(type(aws.analyst), "identify", unavailable)
    monkeypatch.setattr(type(aws.pricer), "offers", nothing)
    run_query(aws, "query-two", sample_photo("backpack").read_bytes())

    metrics = metrics_by_stage(printed(capsys))
    assert metrics["gpt"][0]["ProviderErrors"] == [1.0]
    assert "ProviderErrors" not in metrics["pricing"][0]
    assert [c.data["code"] for c in chunks_of(aws, "query-two")
            if c.data_description == "error"] == ["analyst-unavailable", "no-offers"]


def test_every_log_line_of_a_record_carries_its_query_id(
    aws: Services, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The log handler holds the stdout of its creation; point it at the captured one.
    monkeypatch.setattr(logger.registered_handler, "stream", sys.stdout)
    run_query(aws, "query-three", sample_photo("mug").read_bytes())

    logs = [r for r in printed(capsys) if "message" in r]
    assert {r["stage"] for r in logs} == {"lens", "gpt", "pricing"}
    assert {r["correlation_id"] for r in logs} == {"query-three"}


def test_module_loggers_write_the_query_id_into_their_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from chalicelib.observability import begin, correlate
    from chalicelib.pipeline import lens_stage, stage_run
    from chalicelib.providers.lens import browser
    from chalicelib.surfaces.relay import feeds

    monkeypatch.setattr(logger.registered_handler, "stream", sys.stdout)
    begin(stage="lens")
    correlate("query-1")
    for module in (lens_stage, stage_run, browser, feeds):
        module.logger.warning("a line from %s", module.__name__)

    lines = [r for r in printed(capsys) if r.get("message", "").startswith("a line from")]
    assert len(lines) == 4
    assert all(r["correlation_id"] == "query-1" and r["stage"] == "lens" for r in lines)
