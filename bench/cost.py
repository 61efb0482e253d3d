"""Cost per query in AWS, estimated from what queries ask of each service on the local stack.

What one query costs is the AWS requests it causes and the seconds each function runs for it:

- requests: the emulator counts every request by service and operation
  (``devstack.emulator.RequestCounts``); the count over a batch of queries, divided by the batch;
- stage seconds: the stages' own ``StageDuration`` metric lines (in the workers' log), per query;
- API and relay seconds: how long the client's calls to them were open (an upper bound of the
  function's time: the network is included); the watched client's one API call (creating the
  query) is counted, its seconds are not.

Two ways of asking: a client that watches the stream until ``done``, and one that uploads and
reads the result once when it is ready. Prices are AWS's published on-demand list prices for
us-east-1 as stated in ``PRICES`` (with their date): an estimate to compare designs and spot
what dominates, not a bill. Not included: CloudWatch logs and metrics, X-Ray, data transfer,
the event source mappings' own polling of the queues (billed per poll, whatever the traffic),
and storage (S3 objects, table items, both kept a few days).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from bench.client import BenchClient
from devstack.emulator import request_counts
from devstack.launcher import LocalStack
from infra import resources

# The queue operations a query causes; receiving is the event source mappings' polling.
_QUEUE_OPERATIONS = ("SendMessage", "SendMessageBatch", "DeleteMessage", "DeleteMessageBatch",
                     "ChangeMessageVisibility", "ChangeMessageVisibilityBatch")


@dataclass(frozen=True)
class Prices:
    """On-demand list prices in USD (x86 Lambda, standard queues, DynamoDB on demand)."""

    stated: str = "AWS list prices for us-east-1 as published in June 2025"
    lambda_request: float = 0.20 / 1e6
    lambda_gb_second: float = 0.0000166667
    api_gateway_request: float = 3.50 / 1e6  # REST API, first 333 million a month
    sqs_request: float = 0.40 / 1e6  # per 64 KB chunk; stage messages are one chunk
    dynamodb_write_unit: float = 0.625 / 1e6
    dynamodb_read_unit: float = 0.125 / 1e6
    s3_write_request: float = 0.005 / 1000  # PUT, POST, LIST
    s3_read_request: float = 0.0004 / 1000  # GET, HEAD


PRICES = Prices()
# Request units per DynamoDB operation for this service's small items (under 1 KB written,
# 4 KB read): a transaction costs twice, and its writes touch two items (a run's head and a
# chunk); a query of a run's chunks reads a few KB.
_WRITE_UNITS = {"PutItem": 1, "UpdateItem": 1, "DeleteItem": 1, "TransactWriteItems": 4}
_READ_UNITS = {"GetItem": 1, "Query": 2, "Scan": 2, "TransactGetItems": 2, "BatchGetItem": 1}


def measure(stack: LocalStack, client: BenchClient, photos: list[bytes],
            ready_after_s: float) -> dict[str, Any]:
    """Requests and function seconds per query, with and without a client watching;
    ``ready_after_s``: when the unwatched client comes back for the result."""
    half = len(photos) // 2
    return {"watched": _batch(stack, client, photos[:half], ready_after_s, watched=True),
            "unwatched": _batch(stack, client, photos[half:], ready_after_s, watched=False)}


def _batch(stack: LocalStack, client: BenchClient, photos: list[bytes], ready_after_s: float,
           watched: bool) -> dict[str, Any]:
    request_counts(stack.aws_endpoint, reset=True)
    api_s = relay_s = 0.0
    api_calls = 0
    query_ids = []
    for photo in photos:
        began = time.monotonic()
        if watched:
            trace = client.upload_and_follow(photo)
            relay_s += time.monotonic() - began
            api_calls += 1
            query_ids.append(trace.query_id)
        else:
            query_id, seconds, calls = _upload_then_read_once(client, photo, ready_after_s)
            api_s, api_calls = api_s + seconds, api_calls + calls
            query_ids.append(query_id)
    time.sleep(2.0)  # the last stage's own settling writes
    counts = request_counts(stack.aws_endpoint)
    n = len(photos)
    return {
        "queries": n,
        "requests": {op: round(c / n, 2) for op, c in sorted(counts.items())
                     if not op.startswith("sqs ") or op.split()[1] in _QUEUE_OPERATIONS},
        "api_calls": round(api_calls / n, 2),
        "api_seconds": round(api_s / n, 3),
        "relay_seconds": round(relay_s / n, 3),
        "stage_seconds": _stage_seconds(stack, set(query_ids)),
    }


def _upload_then_read_once(client: BenchClient, photo: bytes,
                           ready_after_s: float) -> tuple[str, float, int]:
    """Create and upload; come back when the result should be ready and read it (once, unless
    it is not finished yet: then a long-poll for the rest)."""
    began = time.monotonic()
    created = requests.post(f"{client.base_url}/queries", json={}, timeout=30).json()
    upload = created["upload"]
    requests.post(upload["url"], data=upload["fields"], timeout=30,
                  files={"file": ("photo.jpg", photo, "image/jpeg")}).raise_for_status()
    api_s, calls, cursor = time.monotonic() - began, 1, 0
    time.sleep(ready_after_s)
    while True:  # a long-poll answers when a newer chunk exists; ``after`` skips what is read
        asked = time.monotonic()
        state = requests.get(created["links"]["self"], params={"after": cursor, "wait": 20},
                             timeout=60).json()
        api_s, calls, cursor = api_s + time.monotonic() - asked, calls + 1, state["cursor"]
        if state["status"] in ("done", "failed"):
            return created["id"], api_s, calls


def _stage_seconds(stack: LocalStack, query_ids: set[str]) -> dict[str, float]:
    """Seconds each stage ran per query, from the ``StageDuration`` metric lines."""
    total: dict[str, float] = {}
    for worker in stack.workers:
        for line in Path(worker.log_path).read_text(errors="replace").splitlines():
            if '"StageDuration"' not in line or not line.startswith("{"):
                continue
            metric = json.loads(line)
            if metric.get("query_id") in query_ids:
                total[metric["stage"]] = (total.get(metric["stage"], 0.0)
                                          + sum(metric["StageDuration"]) / 1000)
    return {stage: round(s / max(1, len(query_ids)), 3) for stage, s in sorted(total.items())}


def estimate(measured: dict[str, Any], waiting: dict[str, Any],
             prices: Prices = PRICES) -> dict[str, Any]:
    """USD per 1,000 queries in each way of asking, by service; and an idle stream's minute."""
    out: dict[str, Any] = {"prices": prices.stated}
    for way, m in measured.items():
        by_service = {
            "lambda": _lambda(m, prices),
            "api gateway": m["api_calls"] * prices.api_gateway_request,
            "sqs": sum(c for op, c in m["requests"].items() if op.startswith("sqs "))
            * prices.sqs_request,
            "dynamodb": _dynamodb(m["requests"], prices),
            "s3": _s3(m["requests"], prices),
        }
        out[way] = {k: round(v * 1000, 4) for k, v in by_service.items()}
        out[way]["total"] = round(sum(by_service.values()) * 1000, 4)
    if "reads_per_stream_second" in waiting:
        reads = waiting["reads_per_stream_second"] * 60
        relay_gb = resources.function("relay").memory_mb / 1024
        out["idle_stream_per_minute"] = {
            "dynamodb reads": round(reads, 1),
            "usd": round(reads * _READ_UNITS["GetItem"] * prices.dynamodb_read_unit
                         + 60 * relay_gb * prices.lambda_gb_second, 6),
        }
    return out


def _lambda(m: dict[str, Any], prices: Prices) -> float:
    """Invocations and GB-seconds: one invocation per stage message and per API call."""
    gb_seconds = sum(s * resources.function(stage).memory_mb / 1024
                     for stage, s in m["stage_seconds"].items())
    gb_seconds += m["api_seconds"] * resources.function("api").memory_mb / 1024
    gb_seconds += m["relay_seconds"] * resources.function("relay").memory_mb / 1024
    invocations = len(m["stage_seconds"]) + m["api_calls"] + (1 if m["relay_seconds"] else 0)
    return invocations * prices.lambda_request + gb_seconds * prices.lambda_gb_second


def _dynamodb(requests_: dict[str, float], prices: Prices) -> float:
    writes = reads = 0.0
    for op, count in requests_.items():
        service, name = op.split(" ", 1)
        if service == "dynamodb":
            writes += count * _WRITE_UNITS.get(name, 0)
            reads += count * _READ_UNITS.get(name, 0)
    return writes * prices.dynamodb_write_unit + reads * prices.dynamodb_read_unit


def _s3(requests_: dict[str, float], prices: Prices) -> float:
    cost = 0.0
    for op, count in requests_.items():
        service, name = op.split(" ", 1)
        if service == "s3":
            read = name in ("GetObject", "HeadObject", "HeadBucket")
            cost += count * (prices.s3_read_request if read else prices.s3_write_request)
    return cost
