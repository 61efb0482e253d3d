"""Queries sent to a local stack while faults are injected, and what each one ended with.

For the fault tests and the benchmark's fault run. Workers run in a process of their own with the
simulated providers, so a caller (or a ``kill`` fault) can SIGKILL them; a ``Supervisor`` starts
a new process whenever one died, as Lambda starts a new environment. Each query is followed live
on its SSE stream (opened before the upload) and read back from the API afterwards; both must
hold the same complete log (see ``stream_check``).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import requests
from PIL import Image

from devstack.child import Child
from devstack.launcher import LocalStack as Stack
from devstack.launcher import StackFailed

SIMULATED = {"LENS_PROVIDER": "simulated", "ANALYST": "simulated", "PRICER": "simulated"}


@dataclass
class Outcome:
    """One query as a client saw it."""

    query_id: str
    image_sha256: str
    streamed: list[dict[str, Any]] = field(default_factory=list)
    stored: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    seconds_to_done: float | None = None


def unique_png(rng: random.Random) -> bytes:
    """A small image no other query has (so every query is analysed, none served from cache)."""
    image = Image.frombytes("RGB", (24, 24), rng.randbytes(24 * 24 * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def start_workers(stack: Stack, env: dict[str, str], threads: int = 16) -> Child:
    """A workers process with the simulated providers (the caller kills or stops it)."""
    return stack.start_workers({**SIMULATED, **env}, threads=threads)


class Supervisor:
    """Keeps one workers process running: one that died (killed) is replaced at once."""

    def __init__(self, stack: Stack, env: dict[str, str], threads: int = 16) -> None:
        self._stack, self._env, self._threads = stack, env, threads
        self.current = start_workers(stack, env, threads)
        self.started = [self.current]
        self._halt = threading.Event()
        self._watcher = threading.Thread(target=self._watch, daemon=True, name="supervisor")
        self._watcher.start()

    @property
    def restarts(self) -> int:
        return len(self.started) - 1

    def output(self) -> str:
        return "".join(child.output() for child in self.started)

    def stop(self) -> None:
        self._halt.set()
        self._watcher.join(timeout=70)
        self.current.stop()

    def _watch(self) -> None:
        while not self._halt.wait(0.2):
            if self.current.alive():
                continue
            try:
                start_workers(self._stack, self._env, self._threads)
            except StackFailed:
                pass  # killed before it was up (a kill fault on its first call): again
            self.current = self._stack.workers[-1]
            self.started.append(self.current)


class Duplicator:
    """Delivers some uploads' S3 event to the lens queue a second time, a moment later."""

    def __init__(self, stack: Stack, share: float, rng: random.Random) -> None:
        self._sqs = stack.client("sqs")
        self._url = self._sqs.get_queue_url(QueueName="lens-gpt-lens")["QueueUrl"]
        self._bucket = stack.bucket
        self._share = share
        self._rng = rng
        self.sent = 0

    def maybe_repeat(self, query_id: str) -> None:
        if self._rng.random() >= self._share:
            return
        time.sleep(self._rng.uniform(0, 0.3))
        event = {"Records": [{
            "eventName": "ObjectCreated:Post",
            "s3": {"bucket": {"name": self._bucket},
                   "object": {"key": f"uploads/{query_id}", "sequencer": "0A"}},
        }]}
        self._sqs.send_message(QueueUrl=self._url, MessageBody=json.dumps(event))
        self.sent += 1


def run_queries(stack: Stack, count: int, concurrency: int, seed: int,
                duplicator: Duplicator | None = None, timeout: float = 120) -> list[Outcome]:
    """``count`` queries, ``concurrency`` at a time, each followed to ``done``."""
    rng = random.Random(seed)
    photos = [unique_png(rng) for _ in range(count)]

    def one(photo: bytes) -> Outcome:
        try:
            return _follow(stack, photo, duplicator, timeout)
        except requests.RequestException as exc:
            return Outcome("", hashlib.sha256(photo).hexdigest(), error=str(exc))

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        outcomes = list(pool.map(one, photos))
    for outcome in outcomes:
        if outcome.query_id:
            answer = requests.get(f"{stack.url}/queries/{outcome.query_id}", timeout=30)
            outcome.stored = answer.json()["chunks"]
    return outcomes


def _follow(stack: Stack, photo: bytes, duplicator: Duplicator | None,
            timeout: float) -> Outcome:
    answer = requests.post(f"{stack.url}/queries", timeout=30,
                           json={"content_type": "image/png", "filename": "photo.png"})
    answer.raise_for_status()
    created = answer.json()
    outcome = Outcome(created["id"], hashlib.sha256(photo).hexdigest())
    with requests.get(created["links"]["stream"], stream=True, timeout=(10, timeout)) as answer:
        reader = threading.Thread(target=_read_sse, args=(answer, outcome), daemon=True)
        reader.start()
        started = time.monotonic()
        upload = created["upload"]
        requests.post(upload["url"], data=upload["fields"], timeout=30,
                      files={"file": ("photo.png", photo)}).raise_for_status()
        if duplicator is not None:
            duplicator.maybe_repeat(created["id"])
        reader.join(timeout)
        if outcome.streamed and outcome.streamed[-1]["data_description"] == "done":
            outcome.seconds_to_done = time.monotonic() - started
    if outcome.error is None and (not outcome.streamed
                                  or outcome.streamed[-1]["data_description"] != "done"):
        outcome.error = "the stream did not end with done in time"
    return outcome


def _read_sse(answer: requests.Response, outcome: Outcome) -> None:
    try:
        for line in answer.iter_lines(decode_unicode=True):
            if line.startswith("data: "):
                outcome.streamed.append(json.loads(line[6:]))
    except requests.RequestException as exc:
        outcome.error = f"the stream broke: {exc}"
    except AttributeError:
        pass  # the response was closed under the reader after the follower's time-out

