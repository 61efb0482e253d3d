"""How chunks are written on the wire (pure): SSE events, NDJSON lines, keep-alives."""

from __future__ import annotations

from chalicelib.wire import Chunk


def sse_event(chunk: Chunk) -> bytes:
    """One SSE event; ``id`` is the chunk's ``seq`` so a client can resume with Last-Event-ID."""
    return f"id: {chunk.seq}\ndata: {chunk.model_dump_json()}\n\n".encode()


def classify_event(chunk: Chunk) -> bytes:
    """Exactly ``data: <json>`` and a blank line: what the original lens-gpt page parses."""
    return f"data: {chunk.model_dump_json()}\n\n".encode()


def ndjson_line(chunk: Chunk) -> bytes:
    return chunk.model_dump_json().encode() + b"\n"


def sse_keepalive() -> bytes:
    """An SSE comment: ignored by clients, keeps proxies from closing an idle stream."""
    return b": keep-alive\n\n"


def ndjson_keepalive() -> bytes:
    """An empty line, which NDJSON readers skip."""
    return b"\n"
