"""Reading a stream's body: whole lines only, chunks from them, and an optional deadline."""

from __future__ import annotations

import time
from typing import Iterator

import requests
from pydantic import ValidationError

from lens_gpt_client.exceptions import ApiError
from lens_gpt_client.types import Chunk


class Dropped(Exception):
    """A stream's connection broke; the stream reopens it."""


class Deadline:
    """An optional moment after which a stream stops."""

    def __init__(self, seconds: float | None) -> None:
        self._at = None if seconds is None else time.monotonic() + max(0.0, seconds)

    def passed(self) -> bool:
        return self._at is not None and time.monotonic() >= self._at

    def cap(self, seconds: float) -> float:
        """``seconds``, or less if the deadline comes sooner (never quite zero)."""
        if self._at is None:
            return seconds
        return max(0.05, min(seconds, self._at - time.monotonic()))


def complete_lines(answer: requests.Response) -> Iterator[bytes]:
    """The body's newline-terminated lines as they arrive; a cut-off last line is not one."""
    pending = b""
    for piece in answer.iter_content(chunk_size=None):
        pending += piece
        *lines, pending = pending.split(b"\n")
        yield from lines
    if pending.strip():
        raise requests.exceptions.ChunkedEncodingError("The body ended inside a line.")


def parse_chunk(line: bytes | str) -> Chunk:
    """A chunk from one line of a stream (NDJSON, or an event's ``data:``)."""
    try:
        return Chunk.model_validate_json(line)
    except ValidationError as exc:
        raise ApiError(f"The stream sent something that is not a chunk: {exc}",
                       code="bad-chunk") from exc
