"""The relay: a small web application that streams a query's chunks as they are appended.

Chalice cannot stream, so this runs beside it: locally under the same base URL, and in AWS in a
function whose URL streams responses, served by uvicorn behind the AWS Lambda Web Adapter
(``uvicorn --factory chalicelib.surfaces.relay.app:create_app``).
"""

from __future__ import annotations

import asyncio
from typing import AsyncIterator, Callable

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from chalicelib.errors import (
    BadRequest,
    LensGptError,
    PayloadTooLarge,
    QueryNotFound,
    UnsupportedMediaType,
    error_body,
    http_status,
)
from chalicelib.observability import begin, correlate, logger
from chalicelib.services import Services, get_services
from chalicelib.stores.media import upload_key
from chalicelib.stores.queries import QueryRecord, new_query_id, plausible_query_id
from chalicelib.stores.run_end import close_if_overdue
from chalicelib.surfaces.http import number_param
from chalicelib.surfaces.relay import encoding
from chalicelib.surfaces.relay.feeds import FeedHub
from chalicelib.wire import Chunk

# Room for the multipart envelope around the largest accepted file.
_MULTIPART_OVERHEAD = 64 * 1024
_STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class Relay:
    """The stream endpoints over one hub of shared run feeds."""

    def __init__(self, services: Services) -> None:
        self._s = services
        settings = services.settings
        self.hub = FeedHub(
            services.log, settings.relay_poll_min_s, settings.relay_poll_max_s,
            lambda head: close_if_overdue(services.log, services.bucket, services.queries, head),
        )

    async def stream(self, request: Request) -> Response:
        """``GET /queries/<id>/stream``: SSE, or NDJSON when asked for."""
        query_id = request.path_params["query_id"]
        begin(route="GET /queries/{query_id}/stream")
        correlate(query_id)
        after = self._resume_point(request)
        record = await self._record(query_id)
        logger.info("stream opened", extra={"after": after})
        if "application/x-ndjson" in request.headers.get("accept", ""):
            body = self._chunks(record, after, encoding.ndjson_line, encoding.ndjson_keepalive)
            return StreamingResponse(body, media_type="application/x-ndjson",
                                     headers=_STREAM_HEADERS)
        body = self._chunks(record, after, encoding.sse_event, encoding.sse_keepalive)
        return StreamingResponse(body, media_type="text/event-stream", headers=_STREAM_HEADERS)

    async def classify(self, request: Request) -> Response:
        """``POST /classify``: a direct multipart upload, answered with its stream."""
        begin(route="POST /classify")
        data, content_type = await self._read_upload(request)
        query_id = new_query_id()
        correlate(query_id)
        logger.info("query created from a direct upload", extra={"bytes": len(data)})
        record = await asyncio.to_thread(
            self._s.queries.create, query_id, "upload", upload_key(query_id), content_type
        )
        await asyncio.to_thread(self._s.bucket.put_upload, query_id, data, content_type)
        body = self._chunks(record, 0, encoding.classify_event, None)
        headers = {**_STREAM_HEADERS, "X-Query-Id": query_id}
        return StreamingResponse(body, media_type="text/event-stream", headers=headers)

    def _resume_point(self, request: Request) -> int:
        last_event_id = request.headers.get("last-event-id")
        if last_event_id:
            return int(number_param({"Last-Event-ID": last_event_id}, "Last-Event-ID", 0, 0,
                                    2**31))
        return int(number_param(request.query_params, "after", 0, 0, 2**31))

    async def _record(self, query_id: str) -> QueryRecord:
        record = None
        if plausible_query_id(query_id):
            record = await asyncio.to_thread(self._s.queries.get, query_id)
        if record is None:
            raise QueryNotFound(f"There is no query {query_id!r}.")
        return record

    async def _read_upload(self, request: Request) -> tuple[bytes, str]:
        limit = self._s.settings.max_image_bytes
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise UnsupportedMediaType("Send the image as multipart/form-data in a field 'file'.")
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit + _MULTIPART_OVERHEAD:
            raise PayloadTooLarge(f"The upload is larger than {limit} bytes.")
        try:
            form = await request.form(max_files=1, max_fields=10)
        except Exception as exc:  # the multipart parser raises several types for bad bodies
            raise BadRequest(f"The multipart body could not be read: {exc}") from exc
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise BadRequest("The multipart body has no file in a field named 'file'.")
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise PayloadTooLarge(f"The file is larger than {limit} bytes.")
        if not data:
            raise BadRequest("The file is empty.")
        return data, upload.content_type or "application/octet-stream"

    async def _chunks(
        self,
        record: QueryRecord,
        after: int,
        encode: Callable[[Chunk], bytes],
        keepalive: Callable[[], bytes] | None,
    ) -> AsyncIterator[bytes]:
        settings = self._s.settings
        run_id = record.run_id
        interval, quiet = settings.relay_poll_min_s, 0.0
        while run_id is None:
            # Not uploaded yet (or the lens stage has not read it): wait, quietly alive. Quick
            # at first, since the lens stage binds an upload (a known image to its stored
            # chunks) moments after it arrives, then backing off like the run feeds.
            await asyncio.sleep(interval)
            quiet += interval
            interval = min(interval * 1.5, settings.relay_poll_max_s)
            bound = await asyncio.to_thread(self._s.queries.get, record.id)
            run_id = bound.run_id if bound else None
            if run_id is None and keepalive is not None and quiet >= settings.relay_keepalive_s:
                quiet = 0.0
                yield keepalive()
        async with self.hub.follow(run_id) as feed:
            cursor = after
            while True:
                for chunk in feed.after(cursor):
                    yield encode(chunk)
                    cursor = chunk.seq
                if feed.finished:
                    logger.info("stream ended after done", extra={"cursor": cursor})
                    return
                arrived = await feed.wait_after(cursor, settings.relay_keepalive_s)
                if not arrived and keepalive is not None:
                    yield keepalive()


def json_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LensGptError)
    return JSONResponse(error_body(exc), status_code=http_status(exc))


def routes(relay: Relay) -> list[Route]:
    return [
        Route("/queries/{query_id}/stream", relay.stream, methods=["GET"]),
        Route("/classify", relay.classify, methods=["POST"]),
    ]


def create_app(services: Services | None = None) -> Starlette:
    """The relay application (``services`` defaults to the process's)."""
    services = services or get_services()
    relay = Relay(services)
    # In AWS the page (the API's origin) reads the stream from the relay's function URL, another
    # origin: EventSource and /classify need the relay to allow the page's origin.
    cors = Middleware(
        CORSMiddleware, allow_origins=list(services.settings.relay_allowed_origins),
        allow_methods=["GET", "POST"], allow_headers=["Last-Event-ID", "Accept"],
        expose_headers=["X-Query-Id"],
    )
    return Starlette(routes=routes(relay), middleware=[cors],
                     exception_handlers={LensGptError: json_error})
