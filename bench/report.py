"""How the benchmark's results are written: ``docs/benchmarks.md`` (a table with each target and
its verdict, the machine, the settings) and ``build/bench.json`` (everything measured)."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Callable

NOT_MEASURED = "not_measured"


@dataclass(frozen=True)
class Row:
    """One line of the table: a metric, its value, and its target if it has one."""

    metric: str
    value: str
    target: str = ""
    verdict: str = ""


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gb": _memory_gb(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def rows(results: dict[str, Any]) -> list[Row]:
    """The table, in the order of the issue's metrics."""
    single, cache = results.get("single", {}), results.get("cache_hit_ms", {})
    burst, waiting = results.get("burst", {}), results.get("waiting", {})
    compare = results.get("baseline", {})
    table = [
        _row("overhead_ratio, median", single, ("overhead_ratio", "median"), "≤ 1.10",
             lambda v: v <= 1.10),
        _row("overhead_ratio, p95", single, ("overhead_ratio", "p95")),
        _row("relay_latency_ms, p50", single, ("relay_latency_ms", "p50"), "≤ 100",
             lambda v: v <= 100),
        _row("relay_latency_ms, p99", single, ("relay_latency_ms", "p99"), "≤ 300",
             lambda v: v <= 300),
        _row("first_chunk_ms, p50", single, ("first_chunk_ms", "p50")),
        _row("first_chunk_ms, p95", single, ("first_chunk_ms", "p95")),
        _row("cache_hit_ms, p50", cache, ("p50",), "≤ 500", lambda v: v <= 500),
        _row("cache_hit_ms, p95", cache, ("p95",)),
        _row("webhook_after_done_ms, p50", results.get("webhook_ms", {}), ("p50",)),
        _row("webhook_after_done_ms, p95", results.get("webhook_ms", {}), ("p95",)),
        _row(f"burst of {burst.get('queries', '?')}: seconds to finish all", burst, ("seconds",)),
        _burst_row(burst),
        _row("reads_per_stream_second (waiting)", waiting, ("reads_per_stream_second",)),
        _row("baseline_ratio (sequential baseline ÷ pipeline)", compare, ("baseline_ratio",)),
    ]
    accuracy = results.get("analyst_accuracy", {})
    table += [
        _row(f"analyst accuracy: producer ({accuracy.get('analyst', '?')})", accuracy,
             ("producer_accuracy",)),
        _row("analyst accuracy: model", accuracy, ("model_accuracy",)),
        _row("analyst accuracy: producer and model", accuracy, ("both_accuracy",)),
    ]
    lens = results.get("lens", {})
    table += [_row("google-lens cold search, ms", lens, ("cold_ms",)),
              _row("google-lens warm search, ms", lens, ("warm_ms",)),
              _row("lens-http search, ms", lens, ("http_ms",)),
              _row("empty result to no-matches, lens-http, ms", lens, ("empty_http_ms",)),
              _row("empty result to no-matches, google-lens (warm), ms", lens,
                   ("empty_browser_ms",))]
    return table


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`): the local stack (`make run`'s, workers in",
        "their own process) with the **simulated** provider set, whose latencies and answers are",
        "fixed (see `chalicelib/providers/simulated.py`). The numbers measure the service's own",
        "overhead on this machine, not any outside service. Raw results: `build/bench.json`.",
        "",
        "| metric | value | target | verdict |",
        "|---|---|---|---|",
    ]
    lines += [f"| {r.metric} | {r.value} | {r.target} | {r.verdict} |" for r in rows(results)]
    lines += ["", "What each metric is:", ""] + [f"- {line}" for line in DEFINITIONS]
    lines += ["", "Reading them:", ""] + [f"- {line}" for line in NOTES]
    lines += _fault_section(results.get("faults"))
    lines += _cost_section(results.get("cost"), results.get("cost_measured"))
    lines += ["", "## Machine", ""] + _items(results["machine"])
    lines += ["", "## Settings", ""] + _items(results["settings"])
    lines += ["", f"Measured {results['measured_at']} in {results['duration_s']} s.", ""]
    return "\n".join(lines)


DEFINITIONS = [
    "`overhead_ratio`: from the upload's S3 event (`eventTime`) to the `done` chunk's "
    "`created_at`, divided by the critical path of the simulated latencies (lens + the longer "
    "of gpt and pricing); one query at a time.",
    "`relay_latency_ms`: from a chunk's append (`created_at`) to its arrival at a client "
    "reading the SSE stream, over every chunk of those queries.",
    "`first_chunk_ms`: from the end of the lens stage (the `lens-matches` append) to that first "
    "chunk's arrival at the client, which has been waiting since before the upload.",
    "`cache_hit_ms`: the same image uploaded again: from the start of the upload to `done` at "
    "the client (the stream open before the upload).",
    "`webhook_after_done_ms`: queries with a `callback_url` (`done` events) at a receiver on "
    "this machine: from the `done` chunk's append to the outcome's POST arriving there (the "
    "run's close nudges the webhooks queue; its worker signs and POSTs).",
    "`burst`: queries submitted at once (each a new image), every stream read to `done`; lost, "
    "doubled and out-of-order chunks counted against the complete stream.",
    "`reads_per_stream_second`: DynamoDB read requests, counted by the emulator, per open "
    "stream and second while the streams wait (their runs bound, the visual search slow).",
    "`baseline_ratio`: median time of `POST /classify` to `done` on a sequential baseline (one "
    "worker runs every step after the other, as the original Flask backend did; "
    "`bench/baseline.py`) divided by the pipeline's, the two run alternately in the same "
    "session; above 1 the pipeline is faster.",
    "analyst accuracy: `tools.evaluation` on the development set `samples/evaluation/`; the "
    "evaluation on real Google Lens outputs and their perturbations is `make eval`, reported "
    "in [evaluation.md](evaluation.md).",
    "google-lens cold and warm: one search that starts Chromium, then one that reuses it, "
    "against the local fake Lens page.",
    "lens-http: one upload and the visual-matches tab over HTTP, no browser, same fake site; "
    "empty result: from the start of a search whose page says \"No matches for your search\" "
    "to its `no-matches` (the browser's includes the fake's 0.7 s delay and 0.5 s settling).",
]


NOTES = [
    "The burst is bounded by the emulator rather than by the pipeline: every AWS call of the "
    "stack goes through one Python process (moto), which answers DynamoDB requests one at a "
    "time, and the relay of all 100 streams shares that process. In AWS each stage invocation "
    "and each stream runs in a Lambda environment of its own; here the workers emulate that "
    "scaling with a number of invocations per queue (the settings below).",
    "While a stream waits, the relay reads once per `RELAY_POLL_MAX_SECONDS` (after a quick "
    "start), so `reads_per_stream_second` is about its inverse; the same interval bounds how "
    "late the first chunk after a quiet spell can reach the client (`first_chunk_ms`).",
    "The targets are met on a quiet machine; on a busy one every emulated AWS call slows down "
    "and `overhead_ratio` with it (each query makes some 25 such calls on its critical path).",
]


def _fault_section(faults: dict[str, Any] | None) -> list[str]:
    """The fault run (``bench.faults``): what struck, and what every stream held."""
    if not faults:
        return []
    if NOT_MEASURED in faults:
        return ["", "## Fault run", "", f"Not measured: {faults[NOT_MEASURED]}"]
    lines = ["", "## Fault run", "",
             f"{faults['queries']} queries, {faults['concurrency']} at a time, under random "
             f"faults (`python -m bench.faults`, {faults['seconds']} s); each stream read to its "
             "end and checked chunk by chunk.", "", "| figure | value | target |", "|---|---|---|"]
    lines += [f"| {kind} | {n} | |" for kind, n in faults["faults"].items()]
    for figure in ("lost", "doubled", "out_of_order", "unfinished"):
        lines.append(f"| {figure.replace('_', ' ')} | {faults[figure]} | 0 |")
    lines.append(f"| slowest time to `done`, s | {faults['slowest_done_s']} | |")
    lines.append(f"| final statuses | {faults['statuses']} | |")
    return lines


def _cost_section(cost: dict[str, Any] | None, measured: dict[str, Any] | None) -> list[str]:
    """Estimated AWS cost per 1,000 queries (``bench.cost``), and what it is made of."""
    if not cost or not measured:
        return []
    if NOT_MEASURED in cost or NOT_MEASURED in measured:
        reason = cost.get(NOT_MEASURED) or measured.get(NOT_MEASURED)
        return ["", "## Cost per query", "", f"Not measured: {reason}"]
    ways = [w for w in ("watched", "unwatched") if w in cost]
    lines = ["", "## Cost per query", "",
             f"Estimated USD per 1,000 queries at {cost['prices']} (`bench/cost.py` says what "
             "is counted and what is not). *watched*: the client follows the stream to `done`; "
             "*unwatched*: it uploads and reads the result once. The stages' seconds are the "
             "simulated providers' fixed latencies: with the real ones the lens and gpt stages "
             "run for seconds and their GB-seconds dominate; the outside services' own charges "
             "(OpenAI, SerpApi) are not included.", "",
             "| service | " + " | ".join(ways) + " |", "|---|" + "---|" * len(ways)]
    services = [k for k in cost[ways[0]] if k != "total"] + ["total"]
    lines += [f"| {s} | " + " | ".join(str(cost[w][s]) for w in ways) + " |" for s in services]
    idle = cost.get("idle_stream_per_minute")
    if idle:
        lines += ["", f"An open stream that waits costs about {idle['usd']} USD a minute "
                      f"({idle['dynamodb reads']} DynamoDB reads and a minute of the relay)."]
    lines += ["", "Per query, as measured here:", "",
              "| | " + " | ".join(ways) + " |", "|---|" + "---|" * len(ways)]
    for key in ("api_calls", "api_seconds", "relay_seconds"):
        lines.append(f"| {key.replace('_', ' ')} | "
                     + " | ".join(str(measured[w][key]) for w in ways) + " |")
    stages = sorted({s for w in ways for s in measured[w]["stage_seconds"]})
    for stage in stages:
        lines.append(f"| {stage} seconds | "
                     + " | ".join(str(measured[w]["stage_seconds"].get(stage, 0)) for w in ways)
                     + " |")
    operations = sorted({op for w in ways for op in measured[w]["requests"]})
    for op in operations:
        lines.append(f"| {op} | "
                     + " | ".join(str(measured[w]["requests"].get(op, 0)) for w in ways) + " |")
    return lines


def write(results: dict[str, Any], markdown_path: Path, json_path: Path) -> None:
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    markdown_path.parent.mkdir(parents=True, exist_ok=True)
    markdown_path.write_text(markdown(results), "utf-8")


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _row(metric: str, section: dict[str, Any], path: tuple[str, ...], target: str = "",
         check: Callable[[float], bool] | None = None) -> Row:
    absent = _absent(section)
    value = _get(section, *path)
    if absent or value is None:
        why = absent or "not measured: no sample"
        return Row(metric, why, target, "not measured" if target else "")
    return Row(metric, str(value), target, _verdict(check(value)) if check else "")


def _burst_row(burst: dict[str, Any]) -> Row:
    metric, target = "burst: lost / doubled / out-of-order chunks", "0 / 0 / 0"
    if _absent(burst):
        return Row(metric, _absent(burst), target, "not measured")
    counts = [burst[kind] for kind in ("lost", "doubled", "out_of_order")]
    complete = burst["completed"] == burst["queries"] and burst["wrong"] == 0
    return Row(metric, " / ".join(map(str, counts)), target,
               _verdict(complete and not any(counts)))


def _absent(section: dict[str, Any]) -> str:
    if not section:
        return "not measured: the benchmark did not get to it"
    return f"not measured: {section[NOT_MEASURED]}" if NOT_MEASURED in section else ""


def _get(section: dict[str, Any], *path: str) -> Any:
    value: Any = section
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _verdict(ok: bool) -> str:
    return "pass" if ok else "**fail**"


def _items(values: dict[str, Any]) -> list[str]:
    return [f"- {key}: {value}" for key, value in values.items()]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None
