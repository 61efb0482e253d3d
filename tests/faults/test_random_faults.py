"""Nothing lost, nothing doubled, under faults injected at random.

Faults: providers that raise (a retryable provider error), crash (an exception that is no
provider error), hang until their time-out, or SIGKILL the workers process (replaced at once, as
Lambda starts a new environment), each of which has the queue deliver the message again (on its
last delivery the stage reports an ``error`` instead, and a message killed on every delivery
becomes a ``stage-died`` error through its dead-letter queue); DynamoDB answering a share of
requests as throttled; S3 events delivered twice; messages redelivered after their visibility
time-out. Every query's stream must still hold each expected chunk exactly once, ``seq`` without
gaps, ``done`` last (see ``devstack.stream_check``). The benchmark runs the same with 1,000
queries (``python -m bench.faults``).
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections import Counter

from devstack.emulator import dynamodb_control
from devstack.fault_run import Duplicator, Outcome, Supervisor, run_queries, start_workers
from devstack.stream_check import problems
from tests.helpers import Stack

# Enough for every kind of fault to strike several times; the benchmark runs 1,000.
QUERIES = 80


def assert_every_stream_complete(outcomes: list[Outcome]) -> None:
    broken = {o.query_id: (o.error, [c["data_description"] for c in o.streamed],
                           [(c["stage"], c["data_description"]) for c in o.stored])
              for o in outcomes if o.error}
    assert not broken, broken
    wrong = {o.query_id: found for o in outcomes if (found := problems(o.streamed, o.image_sha256))}
    assert not wrong, wrong
    differing = [o.query_id for o in outcomes if o.stored != o.streamed]
    assert not differing, f"streamed and stored logs differ for {differing}"


def test_queries_under_random_faults_each_get_every_chunk_exactly_once(
    bare_stack: Stack,
) -> None:
    # Given providers failing, crashing, hanging and killing their process at random, DynamoDB
    # throttling 3% of requests and a share of the S3 events delivered twice. Each fault has a
    # 3% rate: over some 240 provider calls, that none strikes is all but impossible (0.97^240,
    # under 0.1%), where the 1,000-query run of `make bench` (devstack.fault_run) can use
    # rarer kills.
    workers = Supervisor(bare_stack, {
        "SIMULATED_LATENCIES": "lens=0.04,gpt=0.06,pricing=0.04",
        "SIMULATED_FAULTS": "error=0.03,crash=0.03,hang=0.03,kill=0.03",
        "SIMULATED_HANG_SECONDS": "0.3",
    })
    dynamodb_control(bare_stack.aws_endpoint, throttle_rate=0.03, reset=True)
    duplicator = Duplicator(bare_stack, share=0.15, rng=random.Random(7))
    try:
        # When 80 queries run through the stack, 12 at a time
        outcomes = run_queries(bare_stack, QUERIES, concurrency=12, seed=1,
                               duplicator=duplicator)
    finally:
        faults = dynamodb_control(bare_stack.aws_endpoint, throttle_rate=0.0)
        workers.stop()

    # Then every stream is complete and right, and the faults did strike
    assert_every_stream_complete(outcomes)
    injected = Counter(re.findall(r"injected fault: (\w+)", workers.output()))
    assert all(injected[kind] > 0 for kind in ("error", "crash", "hang")), injected
    assert workers.restarts > 0
    assert faults["throttled"] > 0 and duplicator.sent > 0
    statuses = Counter(o.streamed[-1]["data"]["status"] for o in outcomes)
    assert statuses["done"] > QUERIES / 2, statuses

    # And afterwards, with the faults gone, the service answers a new query in full
    calm = start_workers(bare_stack, {"SIMULATED_LATENCIES": "lens=0,gpt=0,pricing=0"})
    try:
        after = run_queries(bare_stack, 1, concurrency=1, seed=5)
    finally:
        calm.stop()
    assert_every_stream_complete(after)
    assert after[0].streamed[-1]["data"]["status"] == "done"


def test_workers_killed_mid_stage_again_and_again_lose_and_double_nothing(
    bare_stack: Stack,
) -> None:
    # Given stages slow enough to be caught in the middle, and throttling and repeated events;
    # and more deliveries per message than kills can take from it on a slow machine (a message
    # killed on every delivery would end its stage with stage-died: test_stages_dying)
    allow_deliveries(bare_stack, 10)
    env = {"SIMULATED_LATENCIES": "lens=0.3,gpt=0.6,pricing=0.3", "SIMULATED_FAULTS": "",
           "MAX_RECEIVE_COUNT": "10"}
    current = [start_workers(bare_stack, env, threads=8)]
    dynamodb_control(bare_stack.aws_endpoint, throttle_rate=0.05)
    done, kills = threading.Event(), []

    def kill_repeatedly() -> None:
        # Spaced wider than a redelivery (2 s) plus a stage, so no message loses all three
        # of its deliveries to kills.
        while not done.wait(4.5) and len(kills) < 4:
            current[0].kill()
            kills.append(time.monotonic())
            current.append(start_workers(bare_stack, env, threads=8))
            current.pop(0)

    killer = threading.Thread(target=kill_repeatedly, daemon=True)
    killer.start()
    try:
        # When queries run while the workers are SIGKILLed every few seconds
        outcomes = run_queries(bare_stack, 48, concurrency=8, seed=2,
                               duplicator=Duplicator(bare_stack, 0.1, random.Random(3)))
    finally:
        done.set()
        killer.join(timeout=30)
        dynamodb_control(bare_stack.aws_endpoint, throttle_rate=0.0)
        current[0].stop()

    # Then each query still has all its chunks, each once, and ends done
    assert len(kills) >= 2
    assert_every_stream_complete(outcomes)
    assert {o.streamed[-1]["data"]["status"] for o in outcomes} == {"done"}
    assert all(len(o.streamed) == 7 for o in outcomes)


def allow_deliveries(stack: Stack, count: int) -> None:
    """Raise every work queue's redrive threshold on the emulator."""
    sqs = stack.client("sqs")
    for stage in ("lens", "gpt", "pricing"):
        url = sqs.get_queue_url(QueueName=f"lens-gpt-{stage}")["QueueUrl"]
        dlq = sqs.get_queue_url(QueueName=f"lens-gpt-{stage}-dlq")["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])
        policy = {"deadLetterTargetArn": arn["Attributes"]["QueueArn"],
                  "maxReceiveCount": str(count)}
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": json.dumps(policy)})
