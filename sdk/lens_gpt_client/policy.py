"""What the sync and the async client share: where the service is, when to retry and how long
to pause, what a query's metadata may be, and when a wait is over."""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal

from lens_gpt_client.exceptions import ImageTooLarge, InvalidCallback, InvalidMetadata
from lens_gpt_client.images import ImageUpload
from lens_gpt_client.sentences import too_large
from lens_gpt_client.types import Query

URL_VARIABLE = "LENS_GPT_URL"
# A deployment that requires access keys takes one in this header; clients read it from here.
API_KEY_VARIABLE = "LENS_GPT_API_KEY"
API_KEY_HEADER = "x-api-key"
LOCAL_URL = "http://127.0.0.1:8000"
METADATA_LIMIT = 1024
# Answers worth another try: the service or a proxy in front of it was briefly unwell or busy.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def default_base_url() -> str:
    """``$LENS_GPT_URL``, else the local stack's default address."""
    return os.environ.get(URL_VARIABLE) or LOCAL_URL


def default_api_key() -> str | None:
    """``$LENS_GPT_API_KEY``, if set."""
    return os.environ.get(API_KEY_VARIABLE) or None


def with_api_key(kwargs: dict[str, Any], api_key: str | None) -> dict[str, Any]:
    """A request's arguments with the access key in its headers (none: unchanged)."""
    if api_key:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), API_KEY_HEADER: api_key}
    return kwargs


@dataclass(frozen=True)
class Retries:
    """How often and how long to retry a request that met a connection error, 429 or 5xx.

    Pauses grow from ``first_pause`` (doubling, up to ``max_pause``) with full jitter, so many
    clients retrying at once spread out; a ``Retry-After`` answer is honoured instead.
    """

    attempts: int = 4
    first_pause: float = 0.05
    max_pause: float = 5.0
    max_retry_after: float = 60.0

    def pause(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1 for the first retry)."""
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            return min(asked, self.max_retry_after)
        return random.uniform(0, min(self.max_pause, self.first_pause * 2 ** (attempt - 1)))


NO_RETRIES = Retries(attempts=1)


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) in seconds from now, or None."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class PollPauses:
    """Pauses between polls whose answer brought nothing new: 50 ms first, then longer.

    The long-poll normally returns as soon as something changed, so these only matter when it
    answers early (a proxy cut it, or a service ignores ``wait``).
    """

    def __init__(self, first: float = 0.05, factor: float = 1.5, most: float = 2.0) -> None:
        self._next, self._factor, self._most = first, factor, most

    def next(self) -> float:
        pause = self._next
        self._next = min(self._most, self._next * self._factor)
        return pause


def metadata_field(metadata: dict[str, Any] | str | None) -> dict[str, Any] | None:
    """``metadata`` as it is sent: a JSON object of at most 1 KB (as compact JSON)."""
    if metadata is None:
        return None
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError as exc:
            raise InvalidMetadata("metadata given as text must be a JSON object.",
                                  code="invalid-metadata") from exc
    if not isinstance(metadata, dict):
        raise InvalidMetadata("metadata must be a JSON object (a dict).", code="invalid-metadata")
    try:
        size = len(json.dumps(metadata, separators=(",", ":")).encode())
    except (TypeError, ValueError) as exc:
        raise InvalidMetadata(f"metadata must be JSON: {exc}", code="invalid-metadata") from exc
    if size > METADATA_LIMIT:
        raise InvalidMetadata(f"metadata has {size} bytes as JSON; at most {METADATA_LIMIT} "
                              "are accepted.", code="metadata-too-large")
    return metadata


def create_request(filename: str, content_type: str | None, metadata: dict[str, Any] | None,
                   idempotency_key: str | None, callback: Callback | None = None,
                   hint: str | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """The JSON body and headers of ``POST /queries``."""
    body: dict[str, Any] = {"filename": filename}
    if hint is not None:
        body["hint"] = hint
    if content_type:
        body["content_type"] = content_type
    if metadata is not None:
        body["metadata"] = metadata
    if callback is not None:
        body.update(callback.fields())
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
    return body, headers


CallbackEvents = Literal["done", "chunk"]


@dataclass(frozen=True)
class Callback:
    """Where the service POSTs a query's webhooks: its summary once it is finished (``done``)
    or each of its chunks as it is written (``chunk``)."""

    url: str
    events: CallbackEvents = "done"

    def fields(self) -> dict[str, str]:
        return {"callback_url": self.url, "callback_events": self.events}


def callback_of(url: str | None, events: CallbackEvents | None) -> Callback | None:
    """The callback ``ask_async`` was given, checked before anything is sent (the service checks
    the address itself: public http(s) only)."""
    if url is None:
        if events is not None:
            raise InvalidCallback("callback_events needs a callback_url.",
                                  code="bad-callback-url")
        return None
    if events not in (None, "done", "chunk"):
        raise InvalidCallback(f"callback_events must be 'done' or 'chunk', not {events!r}.",
                              code="bad-callback-events")
    if not url.startswith(("http://", "https://")):
        raise InvalidCallback("callback_url must be an http:// or https:// URL.",
                              code="bad-callback-url")
    return Callback(url, events or "done")


def confident(query: Query, threshold: float) -> bool:
    """Final, or its estimate's certainty has reached the threshold."""
    certainty = query.certainty
    return query.finished or (certainty is not None and certainty >= threshold)


def identified(query: Query) -> bool:
    """Final, or the producer and the model are known."""
    return query.finished or query.identified


def check_size(created: dict[str, Any], upload: ImageUpload) -> None:
    """Refuses, before the upload, an image over the limit the service announced."""
    limit = created["upload"].get("max_bytes")
    if limit is not None and len(upload.data) > limit:
        raise ImageTooLarge(too_large(len(upload.data), limit), code="image-too-large",
                            status=413)


def created_query(created: dict[str, Any], metadata: dict[str, Any] | None) -> Query:
    """The state of a query whose photo has just been uploaded."""
    return Query(id=created["id"], status="processing", links=created.get("links") or {},
                 metadata=created.get("metadata", metadata),
                 callback_secret=created.get("callback_secret"))


def view_params(after: int, wait: float) -> dict[str, Any]:
    params: dict[str, Any] = {"after": after}
    if wait > 0:
        params["wait"] = f"{wait:.3f}"
    return params
