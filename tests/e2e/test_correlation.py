"""One query's log lines and metrics, followed by its id from the API call through every stage."""

from __future__ import annotations

import json
from typing import Any

from devstack.photos import fresh_photo
from tests.helpers import Stack, wait_until

STAGES = ("lens", "gpt", "pricing")


def records_of(stack: Stack) -> list[dict[str, Any]]:
    """The JSON lines (logs and embedded metrics) the stack has written so far."""
    assert stack.server is not None
    found = []
    for line in stack.server.output().splitlines():
        if line.startswith("{"):
            try:
                found.append(json.loads(line))
            except ValueError:
                continue
    return found


def logs_of(stack: Stack, query_id: str) -> list[dict[str, Any]]:
    return [r for r in records_of(stack) if r.get("correlation_id") == query_id]


def run_query(stack: Stack) -> str:
    """A query as a user makes it: created through the API, uploaded, followed on its stream.

    Its photo is new to the service, so every stage analyses it (none reuses an earlier run)."""
    created = stack.submit(fresh_photo("wristwatch"))
    events = list(stack.stream(f"/queries/{created['id']}/stream"))
    assert events[-1]["data"]["data_description"] == "done"
    return created["id"]


def test_logs_carry_the_query_id_from_the_api_call_through_all_three_stages(
    stack: Stack,
) -> None:
    query_id = run_query(stack)

    def seen() -> list[dict[str, Any]] | None:
        # Each stage's last line: a stage logs more before it (the run it closes, say), and the
        # stream may end (with done) before the stage that wrote done has said it finished.
        logs = logs_of(stack, query_id)
        finished = {r.get("stage") for r in logs if r["message"] == "stage finished its record"}
        return logs if set(STAGES) <= finished else None

    logs = wait_until(seen, 30, "every stage to finish its record of the query")
    routes = {r.get("route") for r in logs}
    assert "POST /queries" in routes  # the API call that created it
    assert "GET /queries/{query_id}/stream" in routes  # the relay that streamed it
    assert all(r["service"] == "lens-gpt" for r in logs)


def test_each_stage_publishes_its_metrics_with_the_query_id(stack: Stack) -> None:
    query_id = run_query(stack)

    def published() -> dict[str, dict[str, Any]] | None:
        metrics = {r["stage"]: r for r in records_of(stack)
                   if "_aws" in r and r.get("query_id") == query_id}
        return metrics if set(STAGES) <= set(metrics) else None

    metrics = wait_until(published, 30, "every stage to publish its metrics")
    for stage in STAGES:
        emf = metrics[stage]
        (directive,) = emf["_aws"]["CloudWatchMetrics"]
        assert directive["Namespace"] == "lens-gpt"
        assert ["stage", "service"] in directive["Dimensions"]
        assert emf["StageDuration"]
        assert emf["ChunksAppended"]
