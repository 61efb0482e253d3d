"""A client as the benchmark needs one: it sends queries and reads their streams, noting when
each chunk arrived (this machine's clock, which the service's timestamps share)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import requests

from bench.probes import iso_seconds

DONE = "done"


@dataclass
class Arrival:
    """One chunk and when the client read it (epoch seconds)."""

    chunk: dict[str, Any]
    at: float

    @property
    def latency_s(self) -> float:
        """From the chunk's append (its ``created_at``) to its arrival here."""
        return self.at - iso_seconds(self.chunk["created_at"])


@dataclass
class Trace:
    """What a client saw of one query."""

    query_id: str
    started: float  # when the upload began
    arrivals: list[Arrival] = field(default_factory=list)
    error: str | None = None

    def first(self, description: str) -> Arrival | None:
        return next((a for a in self.arrivals if a.chunk["data_description"] == description),
                    None)

    @property
    def done_at(self) -> float | None:
        done = self.first(DONE)
        return done.at if done else None

    @property
    def image_sha256(self) -> str | None:
        return next((a.chunk["image_sha256"] for a in self.arrivals if a.chunk["image_sha256"]),
                    None)


def read_events(response: requests.Response, trace: Trace) -> None:
    """Read SSE events as they come (``chunk_size=None``: whatever arrived, at once)."""
    buffer = b""
    try:
        for piece in response.iter_content(chunk_size=None):
            now = time.time()
            buffer += piece
            while b"\n\n" in buffer:
                block, buffer = buffer.split(b"\n\n", 1)
                for line in block.split(b"\n"):
                    if line.startswith(b"data: "):
                        trace.arrivals.append(Arrival(json.loads(line[6:]), now))
    except requests.RequestException as exc:
        trace.error = f"stream broke: {exc}"


class BenchClient:
    """The service's surfaces, used as the page and the SDK use them."""

    def __init__(self, base_url: str, timeout: float = 120) -> None:
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout

    def upload_and_follow(self, data: bytes, fields: dict[str, Any] | None = None) -> Trace:
        """Create a query (with ``fields`` added to its body), open its stream, upload through
        the presigned POST, read to done."""
        created = requests.post(f"{self.base_url}/queries", timeout=30, json={
            "content_type": "image/jpeg", "filename": "photo.jpg", **(fields or {})})
        created.raise_for_status()
        query = created.json()
        trace = Trace(query_id=query["id"], started=0.0)
        with requests.get(query["links"]["stream"], stream=True,
                          timeout=(10, self._timeout)) as response:
            response.raise_for_status()
            reader = threading.Thread(target=read_events, args=(response, trace), daemon=True)
            reader.start()
            trace.started = time.time()
            upload = query["upload"]
            answer = requests.post(upload["url"], data=upload["fields"], timeout=30,
                                   files={"file": ("photo.jpg", data, "image/jpeg")})
            answer.raise_for_status()
            reader.join(self._timeout)
        if trace.done_at is None and trace.error is None:
            trace.error = "the stream ended without done"
        return trace

    def classify(self, data: bytes, base_url: str | None = None) -> Trace:
        """``POST /classify`` (here or at ``base_url``), read to done."""
        trace = Trace(query_id="", started=time.time())
        with requests.post(f"{(base_url or self.base_url).rstrip('/')}/classify", stream=True,
                           files={"file": ("photo.jpg", data, "image/jpeg")},
                           timeout=(10, self._timeout)) as response:
            response.raise_for_status()
            trace.query_id = response.headers.get("X-Query-Id", "")
            read_events(response, trace)
        return trace
