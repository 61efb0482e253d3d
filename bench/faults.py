"""``python -m bench.faults``: the fault run: 1,000 queries under random faults, each checked.

    python -m bench.faults [--queries 1000] [--concurrency 12]

The local stack's workers run with the simulated providers failing, crashing, hanging and
SIGKILLing their process at random (a killed process is replaced at once), DynamoDB throttles a
share of requests, a share of S3 events is delivered twice and failed deliveries come back.
Every query's stream is read to its end and checked (``devstack.stream_check``): the figures
(queries, faults of each kind, lost, doubled, out of order, unfinished, slowest time to ``done``)
go into ``build/bench.json`` under ``faults`` and the fault section of ``docs/benchmarks.md``.
``make bench`` runs it too.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench import report
from devstack.child import REPO
from devstack.emulator import dynamodb_control
from devstack.fault_run import Duplicator, Outcome, Supervisor, run_queries
from devstack.launcher import LocalStack
from devstack.stream_check import problems, sequence_problems

FAULTS = {
    "SIMULATED_LATENCIES": "lens=0.04,gpt=0.06,pricing=0.04",
    "SIMULATED_FAULTS": "error=0.03,crash=0.03,hang=0.02,kill=0.005",
    "SIMULATED_HANG_SECONDS": "0.3",
}
THROTTLE_RATE = 0.03
DUPLICATED_SHARE = 0.15


def measure(queries: int, workdir: Path, concurrency: int = 12) -> dict[str, Any]:
    """Run ``queries`` queries under random faults on a stack of its own; the figures."""
    relaxed = {"RELAY_POLL_MIN_SECONDS": "0.1", "RELAY_POLL_MAX_SECONDS": "0.4"}
    stack = LocalStack(workdir, relaxed, serve_workers=False, visibility_timeout=2).start()
    began = time.monotonic()
    try:
        workers = Supervisor(stack, FAULTS)
        dynamodb_control(stack.aws_endpoint, throttle_rate=THROTTLE_RATE, reset=True)
        duplicator = Duplicator(stack, DUPLICATED_SHARE, random.Random(7))
        try:
            outcomes = run_queries(stack, queries, concurrency=concurrency, seed=1,
                                   duplicator=duplicator)
        finally:
            emulator = dynamodb_control(stack.aws_endpoint, throttle_rate=0.0)
            workers.stop()
    finally:
        stack.stop()
    injected = Counter(re.findall(r"injected fault: (\w+)", workers.output()))
    faults = {f"provider {kind}": injected[kind] for kind in ("error", "crash", "hang")}
    faults.update({"worker kills": injected["kill"], "throttled DynamoDB requests":
                   emulator["throttled"], "duplicated S3 events": duplicator.sent})
    return {"queries": queries, "concurrency": concurrency, "faults": faults,
            **tally(outcomes), "seconds": round(time.monotonic() - began)}


def tally(outcomes: list[Outcome]) -> dict[str, Any]:
    """Lost, doubled, out-of-order and unfinished streams, and the slowest time to ``done``."""
    unfinished = [o for o in outcomes if o.error]
    finished = [o for o in outcomes if not o.error]
    doubled = [o for o in finished if any("times" in p for p in sequence_problems(o.streamed))]
    out_of_order = [o for o in finished
                    if any("times" not in p for p in sequence_problems(o.streamed))]
    lost = [o for o in finished if o not in doubled and o not in out_of_order and (
        problems(o.streamed, o.image_sha256) or o.stored != o.streamed)]
    times = [o.seconds_to_done for o in finished if o.seconds_to_done is not None]
    statuses = Counter(o.streamed[-1]["data"]["status"] for o in finished)
    return {
        "lost": len(lost), "doubled": len(doubled), "out_of_order": len(out_of_order),
        "unfinished": len(unfinished), "slowest_done_s": round(max(times), 1) if times else None,
        "statuses": dict(statuses),
        "examples": {o.query_id: {"problem": o.error or problems(o.streamed, o.image_sha256),
                                  "stored": [c["data_description"] for c in o.stored]}
                     for o in (unfinished + doubled + out_of_order + lost)[:5]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=12)
    parser.add_argument("--markdown", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--json", type=Path, default=REPO / "build" / "bench.json")
    args = parser.parse_args(argv)
    # The other measurements of an earlier `make bench` stay; only the fault run is replaced.
    results: dict[str, Any] = (json.loads(args.json.read_text("utf-8"))
                               if args.json.is_file() else {})
    results.setdefault("measured_at", report.now_iso())
    results.setdefault("machine", report.machine())
    results.setdefault("settings", {})
    results.setdefault("duration_s", 0)
    print(f"running {args.queries} queries under random faults ...", flush=True)
    results["faults"] = measure(args.queries, args.json.parent / "faults", args.concurrency)
    report.write(results, args.markdown, args.json)
    print(json.dumps(results["faults"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
