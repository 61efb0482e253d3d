"""What the API routes do: create a query with a presigned upload, and read a query."""

from __future__ import annotations

import json
import mimetypes
import time

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chalicelib.errors import BadRequest, QueryNotFound, UnsupportedMediaType
from chalicelib.services import Services
from chalicelib.stores.media import upload_key
from chalicelib.stores.queries import QueryRecord, new_query_id, plausible_query_id
from chalicelib.stores.run_end import close_if_overdue
from chalicelib.wire import (
    Chunk,
    CreatedQuery,
    Links,
    QueryDocument,
    QueryStatus,
    Summary,
    image_sha256_of,
    status_of,
)


class NewQuery(BaseModel):
    """The optional body of ``POST /queries``."""

    model_config = ConfigDict(extra="forbid")

    content_type: str | None = Field(default=None, max_length=100)
    filename: str | None = Field(default=None, max_length=1024)


# The body types ``POST /queries`` reads as JSON. The route accepts every type and refuses the
# others itself, so that they get the service's error shape rather than the framework's.
JSON_BODY_TYPES = ("application/json", "text/plain", "application/x-www-form-urlencoded")


def check_body_type(content_type: str | None) -> None:
    """A declared body type other than JSON's is a 415 (none declared: the body decides)."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared and declared not in JSON_BODY_TYPES:
        raise UnsupportedMediaType(f"Send the body as application/json, not {declared}.")


def parse_new_query(body: bytes | None) -> NewQuery:
    """Read the optional JSON body; refuse anything malformed with a 400 or 415."""
    if not body or not body.strip():
        return NewQuery()
    try:
        request = NewQuery.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise BadRequest(f"The body must be a JSON object like "
                         f'{{"content_type": "image/jpeg", "filename": "x.jpg"}}: {exc}') from exc
    if request.content_type and not request.content_type.startswith("image/"):
        raise UnsupportedMediaType(f"Only images can be uploaded, not {request.content_type}.")
    return request


def upload_content_type(request: NewQuery) -> str:
    """The declared type, else one guessed from the file name, else JPEG (bytes decide anyway)."""
    guessed = mimetypes.guess_type(request.filename or "")[0]
    if request.content_type:
        return request.content_type
    return guessed if guessed and guessed.startswith("image/") else "image/jpeg"


class QueryApi:
    """``POST /queries`` and ``GET /queries/<id>``."""

    def __init__(self, services: Services) -> None:
        self._s = services

    def create(self, body: bytes | None, base_url: str) -> CreatedQuery:
        request = parse_new_query(body)
        query_id = new_query_id()
        content_type = upload_content_type(request)
        self._s.queries.create(query_id, "upload", upload_key(query_id), content_type)
        settings = self._s.settings
        upload = self._s.bucket.presigned_upload(
            query_id, content_type, settings.max_image_bytes, settings.upload_expires_s
        )
        return CreatedQuery(
            id=query_id, status="awaiting_upload", upload=upload,
            links=links(query_id, base_url, settings.stream_base_url or base_url),
        )

    def view(self, query_id: str, after: int = 0, wait: float = 0.0) -> QueryDocument:
        """The query's state; with ``wait``, held until a chunk newer than ``after`` exists or
        the query has finished (at most ``wait`` seconds)."""
        deadline = time.monotonic() + max(0.0, min(wait, self._s.settings.max_wait_s))
        interval = 0.05
        while True:
            record = self._record(query_id)
            chunks = self._run_chunks(record.run_id) if record.run_id else []
            newer = [c for c in chunks if c.seq > after]
            finished = status_of(chunks) is not None
            if newer or finished or time.monotonic() >= deadline:
                return self._document(record, chunks, newer, after)
            time.sleep(min(interval, max(0.0, deadline - time.monotonic())))
            interval = min(interval * 1.5, 0.5)

    def _run_chunks(self, run_id: str) -> list[Chunk]:
        """The run's chunks; a run found past its deadline is closed first, so no reader waits
        for ever on a run whose stage died unseen."""
        s = self._s
        head, chunks = s.log.run_state(run_id)
        if head is not None and close_if_overdue(s.log, s.bucket, s.queries, head):
            chunks = s.log.chunks(run_id)
        return chunks

    def _record(self, query_id: str) -> QueryRecord:
        record = self._s.queries.get(query_id) if plausible_query_id(query_id) else None
        if record is None:
            raise QueryNotFound(f"There is no query {query_id!r}.")
        return record

    def _document(
        self, record: QueryRecord, chunks: list[Chunk], newer: list[Chunk], after: int
    ) -> QueryDocument:
        return QueryDocument(
            id=record.id,
            status=self._status(record, chunks),
            image_sha256=image_sha256_of(chunks),
            chunks=newer,
            cursor=newer[-1].seq if newer else after,
            summary=Summary.of(chunks),
        )

    def _status(self, record: QueryRecord, chunks: list[Chunk]) -> QueryStatus:
        ended = status_of(chunks)
        if ended is not None:
            return "done" if ended == "done" else "failed"
        if record.run_id or self._s.bucket.exists(record.object_key):
            return "processing"
        return "awaiting_upload"


def links(query_id: str, base_url: str, stream_base_url: str) -> Links:
    return Links(
        self=f"{base_url.rstrip('/')}/queries/{query_id}",
        stream=f"{stream_base_url.rstrip('/')}/queries/{query_id}/stream",
    )
