"""``python -m bench``: measure the local stack with the simulated providers; write the report.

    python -m bench [--queries 24] [--burst 100] [--latencies lens=1.0,gpt=1.0,pricing=0.5]

Writes ``docs/benchmarks.md`` and ``build/bench.json`` (see ``bench.report`` for what each metric
is). A measurement that cannot be made is reported as "not measured" with the reason.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable

import requests

from bench import components, cost, faults, report, scenarios
from bench.client import BenchClient
from bench.probes import EventTap
from chalicelib.config import Settings
from devstack.child import REPO, Child, free_port
from devstack.launcher import LocalStack, StackFailed, wait_for_answer


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    env = {
        "LENS_PROVIDER": "simulated", "ANALYST": "simulated", "PRICER": "simulated",
        "SIMULATED_LATENCIES": args.latencies, "SIMULATED_FAULTS": "", "PROVIDER_DELAYS": "",
    }
    settings = Settings.from_env({**os.environ, **env})
    plan = scenarios.Plan(
        latencies=settings.simulated_latencies, queries=args.queries, burst=args.burst,
        cache_hits=min(args.cache_hits, args.queries), webhooks=args.webhooks,
        comparisons=args.comparisons,
        waiting_streams=args.waiting_streams, waiting_s=args.waiting_seconds,
    )
    began = time.monotonic()
    results: dict[str, Any] = {
        "measured_at": report.now_iso(),
        "machine": report.machine(),
        "settings": _settings_record(settings, plan, args.worker_threads),
    }
    results.update(_measure_stack(args, env, plan))
    print("measuring the analyst and google-lens ...", flush=True)
    results["analyst_accuracy"] = components.analyst_accuracy(Settings.from_env())
    results["lens"] = components.lens_timings(Settings.from_env())
    if args.fault_queries:
        results["faults"] = _step(f"{args.fault_queries} queries under random faults",
                                  lambda: faults.measure(args.fault_queries,
                                                         args.json.parent / "faults"))
    results["duration_s"] = round(time.monotonic() - began)
    report.write(results, args.markdown, args.json)
    print(report.markdown(results))
    return 0


def _measure_stack(args: argparse.Namespace, env: dict[str, str],
                   plan: scenarios.Plan) -> dict[str, Any]:
    workdir = args.json.parent / "bench"
    stack = LocalStack(workdir, env, serve_workers=False)  # as in AWS: stages apart from the relay
    baseline_port = free_port()
    baseline = Child([sys.executable, "-m", "bench.baseline", "--port", str(baseline_port)],
                     stack.child_env(), workdir / "baseline.log")
    results: dict[str, Any] = {}
    try:
        print("starting the local stack ...", flush=True)
        stack.start()
        stack.start_workers(threads=args.worker_threads)
        baseline.start()
        tap = EventTap(stack).start()
        client = BenchClient(stack.url)
        photos = scenarios.PhotoSource()
        scenarios.warm_up(client, photos, plan)
        wait_for_answer(f"http://127.0.0.1:{baseline_port}/health", baseline, 30)
        first = photos.take(plan.queries)
        single = _step("single queries",
                       lambda: scenarios.single_queries(client, tap, plan, first))
        results["single"], traces = single if isinstance(single, tuple) else (single, [])
        n = plan.cache_hits
        results["cache_hit_ms"] = _step(
            "cache hits", lambda: scenarios.cache_hits(client, traces[:n], first[:n]))
        results["webhook_ms"] = _step("webhook deliveries", lambda: scenarios.webhooks(
            client, photos.take(plan.webhooks)))
        baseline_url = f"http://127.0.0.1:{baseline_port}"
        results["baseline"] = _step("the sequential baseline", lambda: (
            scenarios.baseline_comparison(client, baseline_url, photos.take(plan.comparisons))))
        results["burst"] = _step(f"a burst of {plan.burst}", lambda: scenarios.burst(
            client, plan.burst, photos.take(plan.burst)))
        results["cost_measured"] = _step("AWS requests and seconds per query", lambda: (
            cost.measure(stack, client, photos.take(args.cost_queries),
                         ready_after_s=2 * plan.critical_path_s + 1)))
        results["waiting"] = _step("reads of waiting streams",
                                   lambda: scenarios.waiting_reads(stack, client, plan))
        if report.NOT_MEASURED not in results["cost_measured"]:
            results["cost"] = cost.estimate(results["cost_measured"], results["waiting"])
        tap.stop()
    except (StackFailed, requests.RequestException) as exc:
        traceback.print_exc()
        reason = f"the local stack failed: {exc}"
        for key in ("single", "cache_hit_ms", "webhook_ms", "baseline", "burst", "waiting"):
            results.setdefault(key, {report.NOT_MEASURED: reason})
    finally:
        baseline.stop()
        stack.stop()
    return results


def _step(what: str, measure: Callable[[], Any]) -> Any:
    print(f"measuring {what} ...", flush=True)
    try:
        return measure()
    except Exception as exc:  # one failed measurement must not lose the others
        traceback.print_exc()
        return {report.NOT_MEASURED: f"{what} failed: {type(exc).__name__}: {exc}"}


def _settings_record(settings: Settings, plan: scenarios.Plan,
                     worker_threads: int) -> dict[str, Any]:
    latencies = ", ".join(f"{k} {v:g} s" for k, v in settings.simulated_latencies.items())
    return {
        "providers": "simulated (lens, analyst, pricer)",
        "simulated latencies": latencies,
        "critical path": f"{plan.critical_path_s:g} s",
        "relay poll interval": f"{settings.relay_poll_min_s:g} s to "
                               f"{settings.relay_poll_max_s:g} s",
        "worker threads per queue": worker_threads,
        "single queries (after warm-up)": f"{plan.queries} (warm-up {plan.warmup})",
        "cache hits": plan.cache_hits,
        "webhook queries": plan.webhooks,
        "baseline comparisons": f"{plan.comparisons} pairs",
        "burst": plan.burst,
        "waiting streams": f"{plan.waiting_streams} for {plan.waiting_s:g} s",
        "max receive count": settings.max_receive_count,
    }


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latencies", default="lens=1.0,gpt=1.0,pricing=0.5",
                        help="the simulated stages' fixed times (SIMULATED_LATENCIES)")
    parser.add_argument("--queries", type=int, default=24, help="single queries (>= 20)")
    parser.add_argument("--cache-hits", type=int, default=10)
    parser.add_argument("--webhooks", type=int, default=10,
                        help="queries whose outcome is POSTed to a local receiver")
    parser.add_argument("--cost-queries", type=int, default=10,
                        help="queries for the cost per query (half watched, half not)")
    parser.add_argument("--comparisons", type=int, default=10,
                        help="pipeline/baseline pairs for baseline_ratio")
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--waiting-streams", type=int, default=8)
    parser.add_argument("--waiting-seconds", type=float, default=10.0)
    parser.add_argument("--worker-threads", type=int, default=32,
                        help="workers per queue (Lambda would scale out instead)")
    parser.add_argument("--fault-queries", type=int, default=1000,
                        help="queries of the fault run (bench.faults); 0 skips it")
    parser.add_argument("--markdown", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--json", type=Path, default=REPO / "build" / "bench.json")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
