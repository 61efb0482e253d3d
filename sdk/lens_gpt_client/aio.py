"""``AsyncClient``: the same methods as ``Client`` for asyncio code, on httpx.

::

    async with AsyncClient() as client:
        query = await client.ask_async("shoe.jpg")
        async for chunk in client.stream(query.id):
            print(chunk.data_description, chunk.data)
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable

import httpx

from lens_gpt_client.exceptions import (
    ApiError,
    ServiceUnreachable,
    StreamInterrupted,
    api_error,
    unreachable,
    upload_error,
)
from lens_gpt_client.images import ImageInput, ImageUpload, checked_image
from lens_gpt_client.policy import (
    RETRY_STATUSES,
    CallbackEvents,
    PollPauses,
    Retries,
    callback_of,
    check_size,
    confident,
    create_request,
    created_query,
    default_api_key,
    default_base_url,
    identified,
    metadata_field,
    view_params,
    with_api_key,
)
from lens_gpt_client.streaming import Deadline, Dropped, parse_chunk
from lens_gpt_client.types import Chunk, ChunkKind, Query

NDJSON = "application/x-ndjson"


class AsyncClient:
    """A client of one lens-gpt service for asyncio code; see ``Client`` for each method."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        stream_base_url: str | None = None,
        http: httpx.AsyncClient | None = None,
        timeout: float = 30.0,
        max_wait: float = 25.0,
        reconnects: int = 5,
        stream_read_timeout: float = 60.0,
        retries: Retries | None = None,
        api_key: str | None = None,
    ) -> None:
        base_url = base_url or default_base_url()
        # Sent as x-api-key with every request to the service (not to the bucket's upload URL).
        self.api_key = api_key or default_api_key()
        self.base_url = base_url.rstrip("/")
        self.stream_base_url = (stream_base_url or base_url).rstrip("/")
        self.timeout = timeout
        self.max_wait = max_wait
        self.reconnects = reconnects
        self.stream_read_timeout = stream_read_timeout
        self.retries = retries or Retries()
        self._http = http or httpx.AsyncClient()
        self._stream_links: dict[str, str] = {}

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._http.aclose()

    # -- submit now -------------------------------------------------------------------------

    async def ask_async(self, image: ImageInput, *,
                        metadata: dict[str, Any] | str | None = None,
                        idempotency_key: str | None = None, callback_url: str | None = None,
                        callback_events: CallbackEvents | None = None,
                        hint: str | None = None) -> Query:
        """Create a query and upload the image; returns as soon as the upload is stored (see
        ``Client.ask_async`` for the arguments)."""
        upload = checked_image(image)
        extra = metadata_field(metadata)
        body, headers = create_request(upload.filename, upload.content_type, extra,
                                       idempotency_key, callback_of(callback_url, callback_events),
                                       hint)
        created = await self._call("POST", f"{self.base_url}/queries", json=body,
                                   headers=headers)
        check_size(created, upload)
        await self._upload(created["upload"], upload)
        query = created_query(created, extra)
        if "stream" in query.links:
            self._stream_links[query.id] = query.links["stream"]
        return query

    async def ask_confident(self, image: ImageInput, confidence_threshold: float = 0.7,
                            wait: float = 30.0, **create: Any) -> Query:
        """``ask_async`` then ``wait_for_confident_result``."""
        query = await self.ask_async(image, **create)
        return await self.wait_for_confident_result(query.id, confidence_threshold, timeout=wait)

    async def _upload(self, presigned: dict[str, Any], upload: ImageUpload) -> None:
        fields = presigned["fields"]
        content_type = fields.get("Content-Type") or upload.content_type or "image/jpeg"
        answer = await self._attempts(lambda: self._http.post(
            presigned["url"], data=fields, timeout=self.timeout,
            files={"file": (upload.filename, upload.data, content_type)},
        ), presigned["url"])
        if answer.status_code >= 300:
            raise upload_error(answer.status_code, answer.text)

    # -- read later -------------------------------------------------------------------------

    async def get_query(self, query_id: str) -> Query:
        """The query's status, all its chunks so far and their summary."""
        return await self._view(query_id, after=0, wait=0.0)

    async def get_image_query(self, query_id: str) -> Query:
        """Groundlight's name for ``get_query``."""
        return await self.get_query(query_id)

    async def get_image(self, query_id: str) -> bytes:
        """The photo uploaded for the query, as it was uploaded."""
        answer = await self._send("GET", f"{self.base_url}/queries/{query_id}/image")
        return answer.content

    async def wait_for_confident_result(self, query_id: str, confidence_threshold: float = 0.7,
                                        timeout: float = 30.0) -> Query:
        """Confident or final (at once if already so); else the latest state after
        ``timeout`` seconds, without raising."""
        return await self._wait_until(query_id, lambda q: confident(q, confidence_threshold),
                                      timeout)

    async def wait_for_identification(self, query_id: str, timeout: float = 30.0) -> Query:
        """Producer and model known, or final; else the latest state after ``timeout``."""
        return await self._wait_until(query_id, identified, timeout)

    async def _wait_until(self, query_id: str, ready: Callable[[Query], bool],
                          timeout: float) -> Query:
        deadline = time.monotonic() + max(0.0, timeout)
        pauses = PollPauses()
        query = await self.get_query(query_id)
        while not ready(query):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            newer = await self._view(query_id, after=query.cursor,
                                     wait=min(remaining, self.max_wait))
            if not newer.chunks and not newer.finished:
                await asyncio.sleep(min(pauses.next(), max(0.0, deadline - time.monotonic())))
            query = query.extended(newer)
        return query

    async def _view(self, query_id: str, after: int, wait: float) -> Query:
        answer = await self._call("GET", f"{self.base_url}/queries/{query_id}",
                                  params=view_params(after, wait), timeout=self.timeout + wait)
        links = {"stream": self._stream_links[query_id]} if query_id in self._stream_links else {}
        return Query.model_validate({**answer, "links": links})

    # -- follow live ------------------------------------------------------------------------

    async def stream(self, query_id: str, after: int | None = None,
                     timeout: float | None = None) -> AsyncIterator[Chunk]:
        """The query's chunks from the first (or after seq ``after``) until ``done``; a dropped
        connection is reopened after the last chunk yielded."""
        url = (self._stream_links.get(query_id)
               or f"{self.stream_base_url}/queries/{query_id}/stream")
        deadline = Deadline(timeout)
        cursor, failures = after or 0, 0
        while not deadline.passed():
            try:
                async for chunk in self._open_stream(url, cursor, deadline):
                    if chunk.seq <= cursor:
                        continue
                    cursor, failures = chunk.seq, 0
                    yield chunk
                    if chunk.data_description == ChunkKind.DONE:
                        return
            except Dropped as exc:
                if not deadline.passed():
                    failures = await self._reconnect_pause(failures, exc)
                continue
            if not deadline.passed():
                failures = await self._reconnect_pause(failures, None)

    async def classify(self, image: ImageInput,
                       hint: str | None = None) -> AsyncIterator[Chunk]:
        """Upload the image directly (``POST /classify``) and yield every chunk until ``done``:
        the query's id comes from the answer, the full chunks from the query's own stream (as
        the sync client does)."""
        upload = checked_image(image)
        files = {"file": (upload.filename, upload.data, upload.content_type or "image/jpeg")}
        form = {"hint": hint} if hint is not None else None
        async with self._opened("POST", f"{self.stream_base_url}/classify", files=files,
                                data=form, timeout=self.timeout) as answer:
            query_id = answer.headers.get("X-Query-Id")
        if not query_id:
            raise StreamInterrupted("The classify answer named no query.",
                                    code="stream-interrupted")
        async for chunk in self.stream(query_id):
            yield chunk

    async def walk_from_last(self, query_id: str,
                             timeout: float | None = None) -> AsyncIterator[Chunk]:
        """The newest chunk so far, then each new one until ``done``."""
        query = await self.get_query(query_id)
        after = 0
        if query.chunks:
            last = query.chunks[-1]
            yield last
            if last.data_description == ChunkKind.DONE:
                return
            after = last.seq
        async for chunk in self.stream(query_id, after=after, timeout=timeout):
            yield chunk

    async def walk_on_new_events(self, query_id: str,
                                 timeout: float | None = None) -> AsyncIterator[Chunk]:
        """Only the chunks that arrive from now on (none for a finished query)."""
        query = await self.get_query(query_id)
        if not query.finished:
            async for chunk in self.stream(query_id, after=query.cursor, timeout=timeout):
                yield chunk

    async def _open_stream(self, url: str, after: int,
                           deadline: Deadline) -> AsyncIterator[Chunk]:
        timeout = httpx.Timeout(self.timeout, read=deadline.cap(self.stream_read_timeout))
        try:
            async with self._opened("GET", url, params={"after": after},
                                    headers={"Accept": NDJSON}, timeout=timeout) as answer:
                async for line in _complete_lines(answer):
                    if line.strip():
                        yield parse_chunk(line)
                    if deadline.passed():
                        return
        except ServiceUnreachable as exc:
            raise Dropped(str(exc)) from exc
        except ApiError as exc:
            if exc.status is not None and exc.status >= 500:
                raise Dropped(exc.message) from exc
            raise
        except httpx.HTTPError as exc:
            raise Dropped(str(exc)) from exc

    async def _reconnect_pause(self, failures: int, exc: Exception | None) -> int:
        failures += 1
        if failures > self.reconnects:
            raise StreamInterrupted(f"The stream dropped {failures} times in a row; giving up.",
                                    code="stream-interrupted") from exc
        await asyncio.sleep(min(0.1 * 2 ** (failures - 1), 3.0))
        return failures

    # -- HTTP -------------------------------------------------------------------------------

    async def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        answer = await self._send(method, url, **kwargs)
        try:
            return answer.json()
        except ValueError as exc:
            raise ApiError(f"{url} answered something that is not JSON.", code="bad-answer",
                           status=answer.status_code) from exc

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        kwargs.setdefault("timeout", self.timeout)
        with_api_key(kwargs, self.api_key)
        answer = await self._attempts(lambda: self._http.request(method, url, **kwargs), url)
        if answer.status_code >= 400:
            raise api_error(answer.status_code, answer.content, answer.reason_phrase)
        return answer

    @asynccontextmanager
    async def _opened(self, method: str, url: str, **kwargs: Any) -> AsyncIterator[httpx.Response]:
        """A streamed answer (its body not yet read), after retries; errors raised as such."""
        request = self._http.build_request(method, url, **with_api_key(kwargs, self.api_key))
        answer = await self._attempts(lambda: self._http.send(request, stream=True), url)
        try:
            if answer.status_code >= 400:
                await answer.aread()
                raise api_error(answer.status_code, answer.content, answer.reason_phrase)
            yield answer
        finally:
            await answer.aclose()

    async def _attempts(self, request: Callable[[], Any], url: str) -> httpx.Response:
        """The answer of ``request``, retried after connection errors, 429 and 5xx."""
        attempt = 0
        while True:
            attempt += 1
            last = attempt >= self.retries.attempts
            try:
                answer: httpx.Response = await request()
            except httpx.TransportError as exc:
                if last:
                    raise unreachable(url, _reason(exc)) from exc
                await asyncio.sleep(self.retries.pause(attempt))
                continue
            if last or answer.status_code not in RETRY_STATUSES:
                return answer
            await answer.aclose()
            await asyncio.sleep(self.retries.pause(attempt, answer.headers.get("Retry-After")))


async def _complete_lines(answer: httpx.Response) -> AsyncIterator[bytes]:
    """The body's newline-terminated lines as they arrive; a cut-off last line is not one."""
    pending = b""
    async for piece in answer.aiter_bytes():
        pending += piece
        *lines, pending = pending.split(b"\n")
        for line in lines:
            yield line
    if pending.strip():
        raise httpx.RemoteProtocolError("The body ended inside a line.")



def _reason(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "no answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    return type(exc).__name__
