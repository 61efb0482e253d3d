"""The relay: a small web application that streams a query's chunks as they are appended.

Chalice cannot stream, so this runs beside it: locally under the same base URL, and in AWS in a
function whose URL streams responses, served by uvicorn behind the AWS Lambda Web Adapter
(``uvicorn --factory chalicelib.surfaces.relay.app:create_app``).
"""

from __future__ import annotations

import asyncio
import json
import time
from functools import partial
from typing import AsyncIterator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from chalicelib.config import Settings
from chalicelib.errors import (
    BadRequest,
    LensGptError,
    MethodNotAllowed,
    PayloadTooLarge,
    QueryNotFound,
    UnsupportedMediaType,
    error_body,
    error_headers,
    http_status,
)
from chalicelib.hints import checked_hint
from chalicelib.images import sentences
from chalicelib.observability import begin, correlate, logger
from chalicelib.services import Services, get_services
from chalicelib.stores.media import upload_key
from chalicelib.stores.queries import QueryRecord, new_query_id, plausible_query_id
from chalicelib.stores.run_end import close_if_overdue, expired_upload_chunks, upload_expiry
from chalicelib.surfaces.access import API_KEY_HEADER
from chalicelib.surfaces.http import cursor_param
from chalicelib.surfaces.relay import encoding
from chalicelib.surfaces.relay.feeds import FeedHub
from chalicelib.surfaces.relay.original_page import for_original_page
from chalicelib.wire import Chunk

# Room for the multipart envelope around the largest accepted file.
_MULTIPART_OVERHEAD = 64 * 1024
_STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


async def until(closing: asyncio.Event, body: AsyncIterator[bytes],
                for_s: float | None = None) -> AsyncIterator[bytes]:
    """``body``'s pieces until it ends, ``closing`` is set or ``for_s`` seconds have passed,
    whichever comes first."""
    closed = asyncio.ensure_future(asyncio.wait_for(closing.wait(), for_s))
    try:
        while True:
            step = asyncio.ensure_future(anext(body))
            await asyncio.wait({step, closed}, return_when=asyncio.FIRST_COMPLETED)
            if not step.done():
                step.cancel()
                await asyncio.gather(step, return_exceptions=True)
                return
            try:
                yield step.result()
            except StopAsyncIteration:
                return
    finally:
        closed.cancel()
        await asyncio.gather(closed, return_exceptions=True)  # its time-out, seen and dropped
        await body.aclose()  # type: ignore[attr-defined]


class Relay:
    """The stream endpoints over one hub of shared run feeds."""

    def __init__(self, services: Services) -> None:
        self._s = services
        settings = services.settings
        self.hub = FeedHub(
            services.log, settings.relay_poll_min_s, settings.relay_poll_max_s,
            lambda head: close_if_overdue(services.log, services.bucket, services.queries, head),
        )
        self._closing = asyncio.Event()

    def _until_closed(self, body: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        """A stream that also ends when the relay closes, or when it has been open as long as a
        stream may be (``STREAM_MAX_SECONDS``)."""
        return until(self._closing, body, self._s.settings.stream_max_s or None)

    def close(self) -> None:
        """End every open stream now (the server is stopping); clients resume elsewhere with
        ``Last-Event-ID`` or ``?after=``. Safe from a signal handler or another thread: the
        loop is woken, not left asleep until its next timer."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._closing.set()
            return
        loop.call_soon_threadsafe(self._closing.set)

    async def stream(self, request: Request) -> Response:
        """``GET /queries/<id>/stream``: SSE, or NDJSON when asked for."""
        query_id = request.path_params["query_id"]
        begin(route="GET /queries/{query_id}/stream")
        correlate(query_id)
        after = self._resume_point(request)
        owner = await asyncio.to_thread(self._s.access.owner, request.headers)
        record = await self._record(query_id, owner)
        logger.info("stream opened", extra={"after": after})
        if "application/x-ndjson" in request.headers.get("accept", ""):
            body = self._until_closed(self._chunks(record, after, encoding.ndjson_line,
                                                   encoding.ndjson_keepalive))
            return StreamingResponse(body, media_type="application/x-ndjson",
                                     headers=_STREAM_HEADERS)
        body = self._until_closed(self._chunks(record, after, encoding.sse_event,
                                               encoding.sse_keepalive))
        return StreamingResponse(body, media_type="text/event-stream", headers=_STREAM_HEADERS)

    async def classify(self, request: Request) -> Response:
        """``POST /classify``: a direct multipart upload, answered with its stream."""
        begin(route="POST /classify")
        owner = await asyncio.to_thread(self._s.access.owner, request.headers)
        await asyncio.to_thread(self._s.rate_limiter.admit, source_address(request))
        currency = self._currency(request)
        # A hint as a query parameter, or (which wins) as a form field beside the file.
        hint = checked_hint(request.query_params.get("hint"))
        data, content_type, form_hint = await self._read_upload(request)
        if form_hint is not None:
            hint = checked_hint(form_hint)
        query_id = new_query_id()
        correlate(query_id)
        logger.info("query created from a direct upload", extra={"bytes": len(data)})
        record = await asyncio.to_thread(partial(
            self._s.queries.create, query_id, "upload", upload_key(query_id), content_type,
            owner=owner, hint=hint))
        await asyncio.to_thread(self._s.bucket.put_upload, query_id, data, content_type)
        def encode(chunk: Chunk) -> bytes:
            original = for_original_page(chunk, currency, self._s.convert_currency)
            return encoding.classify_event(original) if original is not None else b""

        body = self._until_closed(self._chunks(record, 0, encode, None))
        headers = {**_STREAM_HEADERS, "X-Query-Id": query_id,
                   "X-Exchange-Rates-Date": self._s.exchange_rates_date}
        return StreamingResponse(body, media_type="text/event-stream", headers=headers)

    def _currency(self, request: Request) -> str:
        """``?currency=`` (ISO 4217, one the rate table knows), else the configured default."""
        asked = request.query_params.get("currency") or self._s.settings.classify_currency
        currency = asked.strip().upper()
        if currency not in self._s.known_currencies:
            known = ", ".join(sorted(self._s.known_currencies))
            raise BadRequest(f"currency must be one of {known}.")
        return currency

    def _resume_point(self, request: Request) -> int:
        # A reconnect's Last-Event-ID wins over the URL's ``after`` (which it repeats).
        if request.headers.get("last-event-id"):
            return cursor_param(request.headers, "Last-Event-ID")
        return cursor_param(request.query_params)

    async def _record(self, query_id: str, owner: str | None) -> QueryRecord:
        record = None
        if plausible_query_id(query_id):
            record = await asyncio.to_thread(self._s.queries.get, query_id)
        # Another key's query reads as no query at all: its id tells nothing.
        if record is None or not record.readable_by(owner):
            raise QueryNotFound(f"There is no query {query_id!r}.")
        return record

    async def _read_upload(self, request: Request) -> tuple[bytes, str, object]:
        """The file's bytes and type, and the form's ``hint`` field (None without one)."""
        limit, too_large = self._upload_limit()
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise UnsupportedMediaType("Send the image as multipart/form-data in a field 'file'.")
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit + _MULTIPART_OVERHEAD:
            raise PayloadTooLarge(f"{sentences.too_large(None, limit)}{too_large}")
        try:
            form = await request.form(max_files=1, max_fields=10)
        except Exception:  # the multipart parser raises several types for bad bodies
            raise BadRequest("The multipart body could not be read; send the image as "
                             "multipart/form-data in a field 'file'.") from None
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise BadRequest("The multipart body has no file in a field named 'file'.")
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise PayloadTooLarge(f"{sentences.too_large(None, limit)}{too_large}")
        if not data:
            raise BadRequest(sentences.EMPTY_FILE)
        return data, upload.content_type or "application/octet-stream", form.get("hint")

    def _upload_limit(self) -> tuple[int, str]:
        """The largest file /classify takes, and what to add when it refuses a larger one."""
        settings = self._s.settings
        own = settings.classify_max_bytes
        if not own or own >= settings.max_image_bytes:
            return settings.max_image_bytes, ""
        return own, (f" Photos up to {sentences.megabytes(settings.max_image_bytes)} go through "
                     f"the presigned "
                     f"upload: POST /queries, then POST the file to its upload URL.")

    async def _chunks(
        self,
        record: QueryRecord,
        after: int,
        encode: Callable[[Chunk], bytes],
        keepalive: Callable[[], bytes] | None,
    ) -> AsyncIterator[bytes]:
        settings = self._s.settings
        run_id = record.run_id
        if run_id is None:
            found: list[str] = []
            async for piece in self._await_upload(record, found, encode, keepalive):
                yield piece
            if not found:
                return  # the upload expired; the stream has ended with its error
            run_id = found[0]
        async with self.hub.follow(run_id) as feed:
            cursor = after
            while True:
                for chunk in feed.after(cursor):
                    encoded = encode(chunk)
                    if encoded:  # an encoding may leave a kind out (/classify: lens-matches)
                        yield encoded
                    cursor = chunk.seq
                if feed.finished:
                    logger.info("stream ended after done", extra={"cursor": cursor})
                    return
                arrived = await feed.wait_after(cursor, settings.relay_keepalive_s)
                if not arrived and keepalive is not None:
                    yield keepalive()

    async def _await_upload(
        self,
        record: QueryRecord,
        found: list[str],
        encode: Callable[[Chunk], bytes],
        keepalive: Callable[[], bytes] | None,
    ) -> AsyncIterator[bytes]:
        """Until the query is bound to a run (then appended to ``found``), with keep-alives by
        the clock, not by time slept (with many streams, a poll can take longer than its
        sleep); if its upload expires with nothing uploaded, an ``error`` and ``done``.

        Polls quickly at first, since the lens stage binds an upload (a known image to its
        stored chunks) moments after it arrives, then backing off like the run feeds.
        """
        settings = self._s.settings
        interval = settings.relay_poll_min_s
        next_keepalive = time.monotonic() + settings.relay_keepalive_s
        expires: float | None = upload_expiry(record, settings.upload_expires_s)
        while not found:
            if expires is not None and time.time() >= expires:
                uploaded = await self._uploaded(record)
                if uploaded is False:
                    for chunk in expired_upload_chunks(record):
                        yield encode(chunk)
                    logger.info("stream ended: nothing was uploaded before the upload expired")
                    return
                if uploaded:
                    expires = None  # it arrived late: the lens stage will bind it
            poll = asyncio.ensure_future(self._bound_run(record.id, interval))
            try:
                while not poll.done():
                    await asyncio.wait({poll}, timeout=max(0.0, next_keepalive - time.monotonic()))
                    if time.monotonic() >= next_keepalive:
                        next_keepalive = time.monotonic() + settings.relay_keepalive_s
                        if keepalive is not None:
                            yield keepalive()
            finally:
                poll.cancel()
            found.extend(filter(None, [poll.result()]))
            interval = min(interval * 1.5, settings.relay_poll_max_s)

    async def _bound_run(self, query_id: str, delay: float) -> str | None:
        """The run the query is bound to, after ``delay``; None while unbound, and for a read
        that failed (throttled): the next poll tries again, and the stream goes on."""
        await asyncio.sleep(delay)
        try:
            bound = await asyncio.to_thread(self._s.queries.get, query_id)
        except Exception:
            logger.warning("reading query %s failed", query_id, exc_info=True)
            return None
        return bound.run_id if bound else None

    async def _uploaded(self, record: QueryRecord) -> bool | None:
        """Whether the upload's object arrived (late, but the lens stage has yet to read it);
        None if that could not be read (asked again at the next poll)."""
        try:
            return await asyncio.to_thread(self._s.bucket.exists, record.object_key)
        except Exception:
            logger.warning("checking the upload of %s failed", record.id, exc_info=True)
            return None


def json_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LensGptError)
    return JSONResponse(error_body(exc), status_code=http_status(exc), headers=error_headers(exc))


async def method_not_allowed(request: Request, exc: Exception) -> Response:
    """A method a route does not take: 405 in the service's shape, with ``Allow``."""
    allow = (getattr(exc, "headers", None) or {}).get("Allow", "")
    allowed = tuple(method.strip() for method in allow.split(",") if method.strip())
    return json_error(request, MethodNotAllowed(
        f"{request.method} is not allowed here; use {' or '.join(allowed)}.", allow=allowed))


# The relay's routes and the methods they take; the others get a JSON 405.
ROUTE_METHODS = {"/queries/{query_id}/stream": ("GET", "HEAD"), "/classify": ("POST",)}
_ALL_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class RelayCors:
    """The relay's CORS answers (preflight included), for its own routes only.

    In AWS the page (the API's origin) and the original lens-gpt page (any origin) read the
    streams and ``POST /classify`` from the relay's function URL, another origin; the local
    gateway puts the same layer in front of the same routes, so a page behaves alike in both.
    """

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self._app = app
        self._cors = CORSMiddleware(
            app, allow_origins=list(settings.relay_allowed_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Last-Event-ID", "Accept", API_KEY_HEADER],
            expose_headers=["X-Query-Id", "X-Exchange-Rates-Date"],
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        is_relay = path == "/classify" or (path.startswith("/queries/")
                                           and path.endswith("/stream"))
        await (self._cors if is_relay else self._app)(scope, receive, send)


def source_address(request: Request) -> str:
    """The caller's address: the function URL's record of it, which the Web Adapter passes on
    (``x-amzn-request-context``), else the connection's peer (locally)."""
    context = request.headers.get("x-amzn-request-context")
    if context:
        try:
            return str(json.loads(context)["http"]["sourceIp"])
        except (ValueError, KeyError, TypeError):
            pass
    return request.client.host if request.client else ""


def routes(relay: Relay) -> list[Route]:
    """The relay's routes, each with a twin that refuses the methods it does not take (so that
    the local gateway's catch-all for the API does not answer them with a 404)."""
    views = {"/queries/{query_id}/stream": relay.stream, "/classify": relay.classify}
    served = [Route(path, views[path], methods=list(ROUTE_METHODS[path])) for path in views]
    refused = [Route(path, _refusal(allowed), methods=[m for m in _ALL_METHODS
                                                       if m not in allowed])
               for path, allowed in ROUTE_METHODS.items()]
    return served + refused


def _refusal(allowed: tuple[str, ...]) -> Callable[[Request], Awaitable[Response]]:
    async def refuse(request: Request) -> Response:
        allow = {"Allow": ", ".join(allowed)}
        return await method_not_allowed(request, HTTPException(405, headers=allow))

    return refuse


def create_app(services: Services | None = None) -> Starlette:
    """The relay application (``services`` defaults to the process's)."""
    services = services or get_services()
    relay = Relay(services)
    cors = Middleware(RelayCors, settings=services.settings)
    return Starlette(routes=routes(relay), middleware=[cors],
                     exception_handlers={LensGptError: json_error, 405: method_not_allowed})
