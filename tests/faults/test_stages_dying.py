"""Every run ends, whatever dies: a stage killed on every delivery, a stage that hangs past the
run's deadline, a failure on every delivery under a long visibility time-out."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import requests

from devstack.fault_run import Supervisor, run_queries, start_workers
from devstack.stream_check import problems
from tests.helpers import Stack, workerless_stack


def errors(chunks: list[dict]) -> dict[str, str]:
    return {c["stage"]: c["data"]["code"] for c in chunks if c["data_description"] == "error"}


@pytest.mark.parametrize("stage", ["lens", "gpt", "pricing"])
def test_a_stage_killed_during_every_delivery_ends_its_run_with_stage_died(
    bare_stack: Stack, stage: str,
) -> None:
    # Given workers whose process is SIGKILLed whenever the stage calls its provider (a new
    # process replaces each, as Lambda starts a new environment)
    workers = Supervisor(bare_stack, {"SIMULATED_LATENCIES": "lens=0,gpt=0,pricing=0",
                                      "SIMULATED_FAULTS": f"{stage}.kill=1"}, threads=2)
    try:
        # When a query runs
        (outcome,) = run_queries(bare_stack, 1, concurrency=1, seed=11, timeout=120)
    finally:
        workers.stop()

    # Then its stream ends: the stage died, the run is done (failed), nothing else is lost
    assert outcome.error is None, outcome.error
    assert workers.restarts >= 3  # every delivery was killed
    # (a kill takes the whole process: another stage's delivery under way may die with it)
    assert errors(outcome.streamed)[stage] == "stage-died"
    assert set(errors(outcome.streamed).values()) == {"stage-died"}
    assert outcome.streamed[-1]["data"] == {"status": "failed"}
    assert problems(outcome.streamed, outcome.image_sha256) == []
    assert outcome.stored == outcome.streamed


@pytest.fixture
def deadline_stack(tmp_path: Path) -> Iterator[Stack]:
    """A stack whose runs have a deadline of 8 s (the API and relay enforce it)."""
    with workerless_stack(tmp_path, 2, {"RUN_DEADLINE_SECONDS": "8"}) as running:
        yield running


def test_a_stage_that_hangs_past_the_runs_deadline_on_every_delivery_ends_the_run(
    deadline_stack: Stack,
) -> None:
    # Given a gpt provider that hangs for a minute on every call, in functions with two minutes
    workers = start_workers(deadline_stack, {
        "RUN_DEADLINE_SECONDS": "8", "SIMULATED_LATENCIES": "lens=0,gpt=0,pricing=0",
        "SIMULATED_FAULTS": "gpt.hang=1", "SIMULATED_HANG_SECONDS": "60",
    }, threads=2)
    try:
        # When a query runs
        (outcome,) = run_queries(deadline_stack, 1, concurrency=1, seed=12, timeout=60)
    finally:
        workers.kill()

    # Then the stream ends at the run's deadline: gpt says run-deadline, pricing finished
    assert outcome.error is None, outcome.error
    assert errors(outcome.streamed) == {"gpt": "run-deadline"}
    assert outcome.streamed[-1]["data"] == {"status": "failed"}
    assert [c["data_description"] for c in outcome.streamed if c["stage"] == "pricing"] == [
        "second-hand-offers", "estimated-price"]
    assert problems(outcome.streamed, outcome.image_sha256) == []
    # And reading the query says the same
    state = requests.get(f"{deadline_stack.url}/queries/{outcome.query_id}", timeout=10).json()
    assert state["status"] == "failed" and state["chunks"] == outcome.streamed


@pytest.fixture
def patient_stack(tmp_path: Path) -> Iterator[Stack]:
    """Messages stay hidden for 5 minutes once received, as a deployed queue keeps them."""
    with workerless_stack(tmp_path, 300) as running:
        yield running


def test_a_lens_failure_on_every_delivery_ends_the_query_in_seconds_not_visibility_time_outs(
    patient_stack: Stack,
) -> None:
    # Given a visual search that fails on every delivery, and a 5-minute visibility time-out
    workers = start_workers(patient_stack, {"SIMULATED_LATENCIES": "lens=0,gpt=0,pricing=0",
                                            "SIMULATED_FAULTS": "lens.error=1"}, threads=2)
    try:
        # When a query runs (followed for at most one minute)
        (outcome,) = run_queries(patient_stack, 1, concurrency=1, seed=13, timeout=60)
    finally:
        workers.stop()

    # Then it ended, with the lens stage's error, after its retries came back within seconds
    assert outcome.error is None, outcome.error
    assert errors(outcome.streamed)["lens"] == "provider-unavailable"
    assert outcome.streamed[-1]["data"] == {"status": "failed"}
    assert problems(outcome.streamed, outcome.image_sha256) == []
