"""The benchmark's cost arithmetic: requests and seconds per query into USD per 1,000 queries."""

from __future__ import annotations

import pytest

from bench.cost import Prices, estimate
from infra import resources

PRICES = Prices(stated="test prices", lambda_request=1.0, lambda_gb_second=10.0,
                api_gateway_request=100.0, sqs_request=1000.0, dynamodb_write_unit=1e4,
                dynamodb_read_unit=1e5, s3_write_request=1e6, s3_read_request=1e7)


def test_each_service_is_priced_from_what_one_query_asked_of_it() -> None:
    measured = {"watched": {
        "requests": {"sqs SendMessage": 2, "sqs DeleteMessage": 1,
                     "dynamodb TransactWriteItems": 1, "dynamodb GetItem": 3,
                     "s3 PostObject": 1, "s3 GetObject": 2},
        "api_calls": 1, "api_seconds": 0.0, "relay_seconds": 2.0,
        "stage_seconds": {"lens": 4.0, "gpt": 1.0},
    }}

    cost = estimate(measured, {"reads_per_stream_second": 2.0}, PRICES)["watched"]

    # lambda: 2 stages + 1 API call + 1 relay invocation, and GB-seconds at each memory size
    memory_gb = {key: resources.function(key).memory_mb / 1024 for key in ("lens", "gpt", "relay")}
    gb_seconds = 4 * memory_gb["lens"] + 1 * memory_gb["gpt"] + 2 * memory_gb["relay"]
    assert cost["lambda"] == pytest.approx((4 * 1.0 + gb_seconds * 10.0) * 1000)
    assert cost["api gateway"] == 100.0 * 1000
    assert cost["sqs"] == 3 * 1000.0 * 1000
    assert cost["dynamodb"] == (4 * 1e4 + 3 * 1e5) * 1000  # a transaction: 4 write units
    assert cost["s3"] == (1e6 + 2 * 1e7) * 1000
    assert cost["total"] == pytest.approx(sum(v for k, v in cost.items() if k != "total"))


def test_an_idle_stream_minute_is_its_reads_and_a_minute_of_the_relay() -> None:
    idle = estimate({}, {"reads_per_stream_second": 2.0}, PRICES)["idle_stream_per_minute"]

    assert idle["dynamodb reads"] == 120.0
    relay_gb = resources.function("relay").memory_mb / 1024
    assert idle["usd"] == pytest.approx(120 * 1e5 + 60 * relay_gb * 10.0)
