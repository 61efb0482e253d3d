"""Each measurement of the benchmark. Every function returns plain data for ``build/bench.json``.

Times come from three clocks of this one machine: the S3 event's ``eventTime`` (read by the
event tap), each chunk's ``created_at`` (its append, millisecond resolution), and the client's
arrival time of each chunk.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

import requests

from bench.client import BenchClient, Trace
from bench.probes import EventTap, dynamodb_reads, iso_seconds
from bench.stats import median, milliseconds, percentile, rounded, stream_faults
from devstack.fakes.webhook_receiver import Receiver
from devstack.launcher import LocalStack
from devstack.photos import fresh_photo

FAULT_KINDS = ("lost", "doubled", "out_of_order", "wrong")


@dataclass(frozen=True)
class Plan:
    """How much of each measurement to do."""

    latencies: dict[str, float]
    warmup: int = 3
    queries: int = 24
    cache_hits: int = 10
    webhooks: int = 10
    comparisons: int = 10
    burst: int = 100
    waiting_streams: int = 8
    waiting_s: float = 10.0

    @property
    def critical_path_s(self) -> float:
        """lens, then the longer of gpt and pricing (which run side by side)."""
        lat = self.latencies
        return lat.get("lens", 0.0) + max(lat.get("gpt", 0.0), lat.get("pricing", 0.0))


class PhotoSource:
    """Fresh photos (a new SHA-256 each), numbered so a run can upload one again."""

    def __init__(self) -> None:
        self._n = 0

    def take(self, count: int) -> list[bytes]:
        photos = [fresh_photo(self._n + i) for i in range(count)]
        self._n += count
        return photos


def warm_up(client: BenchClient, photos: PhotoSource, plan: Plan) -> None:
    """First queries pay for imports and connections; they are not measured."""
    for photo in photos.take(plan.warmup):
        client.upload_and_follow(photo)


def single_queries(client: BenchClient, tap: EventTap, plan: Plan,
                   photos: list[bytes]) -> tuple[dict[str, Any], list[Trace]]:
    """One query at a time: overhead, relay latency and first chunk."""
    traces = [client.upload_and_follow(photo) for photo in photos]
    ratios, event_to_done, latencies, first_chunk = [], [], [], []
    for trace in traces:
        done, first = trace.first("done"), trace.first("lens-matches")
        event = tap.event_time(f"uploads/{trace.query_id}", timeout=5)
        if done is None or event is None:
            continue
        seconds = iso_seconds(done.chunk["created_at"]) - event
        event_to_done.append(seconds)
        ratios.append(seconds / plan.critical_path_s)
        latencies += [arrival.latency_s for arrival in trace.arrivals]
        if first is not None and trace.arrivals[0] is first:
            first_chunk.append(first.latency_s)
    result = {
        "queries": len(traces),
        "failed": sum(t.error is not None for t in traces),
        "critical_path_s": plan.critical_path_s,
        "overhead_ratio": {"median": rounded(median(ratios)),
                           "p95": rounded(percentile(ratios, 95)),
                           "max": rounded(max(ratios, default=None)), "samples": len(ratios)},
        "event_to_done_s": {"median": rounded(median(event_to_done)),
                            "p95": rounded(percentile(event_to_done, 95))},
        "relay_latency_ms": _spread(milliseconds(latencies), (50, 99)),
        "first_chunk_ms": _spread(milliseconds(first_chunk), (50, 95)),
        "stream_faults": _fault_totals(traces),
    }
    return result, traces


def cache_hits(client: BenchClient, first_runs: list[Trace],
               photos: list[bytes]) -> dict[str, Any]:
    """The same image again: from the start of its upload to ``done`` at the client."""
    durations, reused = [], 0
    for earlier, photo in zip(first_runs, photos, strict=True):
        trace = client.upload_and_follow(photo)
        if trace.done_at is None:
            continue
        durations.append(trace.done_at - trace.started)
        reused += [a.chunk for a in trace.arrivals] == [a.chunk for a in earlier.arrivals]
    return {**_spread(milliseconds(durations), (50, 95)), "served_from_stored_chunks": reused}


def webhooks(client: BenchClient, photos: list[bytes]) -> dict[str, Any]:
    """Queries asking for their outcome at a receiver on this machine: from the ``done`` chunk's
    append to the outcome's arrival there (one query at a time)."""
    receiver = Receiver()
    try:
        done_at = {}
        for photo in photos:
            trace = client.upload_and_follow(photo, {"callback_url": receiver.url})
            done = trace.first("done")
            if done is not None:
                done_at[trace.query_id] = iso_seconds(done.chunk["created_at"])
        posts = receiver.wait_for(len(done_at), timeout=60)
    finally:
        receiver.close()
    delays = [post.at - done_at[post.document["query_id"]] for post in posts
              if post.document.get("query_id") in done_at]
    return {**_spread(milliseconds(delays), (50, 95)), "queries": len(photos),
            "delivered": len(delays)}


def baseline_comparison(client: BenchClient, baseline_url: str,
                        photos: list[bytes]) -> dict[str, Any]:
    """The same single-query workload (``POST /classify``, read to ``done``) on the pipeline and
    on the sequential baseline, alternately, so both see the same machine load."""
    pipeline, baseline = [], []
    for n, photo in enumerate(photos):
        runs = [(pipeline, None), (baseline, baseline_url)]
        for durations, url in runs if n % 2 == 0 else reversed(runs):
            trace = client.classify(photo, url)
            if trace.done_at is not None:
                durations.append(trace.done_at - trace.started)
    ratio = (median(baseline) / median(pipeline)) if pipeline and baseline else None
    return {
        "pipeline_s": {"median": rounded(median(pipeline)), "samples": len(pipeline)},
        "baseline_s": {"median": rounded(median(baseline)), "samples": len(baseline)},
        "baseline_ratio": rounded(ratio),
    }


def burst(client: BenchClient, size: int, photos: list[bytes]) -> dict[str, Any]:
    """``size`` queries submitted at once; every stream must be complete and in order."""
    start = threading.Barrier(size + 1)

    def one(photo: bytes) -> Trace:
        start.wait()
        try:
            return client.upload_and_follow(photo)
        except requests.RequestException as exc:
            return Trace(query_id="", started=time.time(), error=f"request failed: {exc}")

    with ThreadPoolExecutor(max_workers=size) as pool:
        futures = [pool.submit(one, photo) for photo in photos]
        start.wait()
        began = time.time()
        traces = [f.result() for f in futures]
    finished = [t.done_at for t in traces if t.done_at is not None]
    return {
        "queries": size,
        "seconds": rounded(max(finished) - began if finished else None, 2),
        "completed": len(finished),
        "broken_streams": sum(t.error is not None for t in traces),
        **_fault_totals(traces),
    }


def waiting_reads(stack: LocalStack, client: BenchClient, plan: Plan) -> dict[str, Any]:
    """DynamoDB reads per open stream per second while the stream waits for its next chunk.

    Fresh workers whose visual search takes minutes bind each upload to its run and then keep
    it waiting; the window counts every read the emulator answers, which here are only the
    relay's (the waiting workers read nothing).
    """
    n = plan.waiting_streams
    stack.stop_workers()  # the last measurement: only the waiting workers from here on
    workers = stack.start_workers({"SIMULATED_LATENCIES": "lens=600,gpt=1,pricing=1"}, threads=n)
    try:
        opened = _open_waiting_streams(client, n)
        time.sleep(3.0)  # binding done, the relay's poll interval at its slowest
        before, began = dynamodb_reads(stack), time.monotonic()
        time.sleep(plan.waiting_s)
        reads, seconds = dynamodb_reads(stack) - before, time.monotonic() - began
        for close in opened:
            close()
    finally:
        workers.stop()
    return {"streams": n, "seconds": rounded(seconds, 2), "reads": reads,
            "reads_per_stream_second": rounded(reads / (n * seconds), 2)}


def _open_waiting_streams(client: BenchClient, n: int) -> list[Callable[[], None]]:
    closers = []
    for photo in PhotoSource().take(n):
        created = requests.post(f"{client.base_url}/queries", json={}, timeout=30).json()
        response = requests.get(created["links"]["stream"], stream=True, timeout=(10, 120))
        upload = created["upload"]
        requests.post(upload["url"], data=upload["fields"], timeout=30,
                      files={"file": ("photo.jpg", photo, "image/jpeg")}).raise_for_status()
        closers.append(response.close)
    return closers


def _spread(values_ms: list[float], percentiles: tuple[int, ...]) -> dict[str, Any]:
    spread: dict[str, Any] = {f"p{q}": rounded(percentile(values_ms, q), 1) for q in percentiles}
    spread.update(max=rounded(max(values_ms, default=None), 1), samples=len(values_ms))
    return spread


def _fault_totals(traces: list[Trace]) -> dict[str, int]:
    totals = dict.fromkeys(FAULT_KINDS, 0)
    for trace in traces:
        for kind, n in stream_faults([a.chunk for a in trace.arrivals]).items():
            totals[kind] += n
    return totals
