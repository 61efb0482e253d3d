"""What the API routes do: create a query with a presigned upload, and read a query."""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from chalicelib.errors import (
    BadCallbackUrl,
    BadRequest,
    IdempotencyKeyInUse,
    IdempotencyKeyReused,
    NotFound,
    PayloadTooLarge,
    QueryNotFound,
    UnsupportedMediaType,
)
from chalicelib.hints import HINT_PATTERN, MAX_HINT_CHARS, checked_hint
from chalicelib.net.safe_fetch import FetchError, SafeFetcher
from chalicelib.services import Services
from chalicelib.stores.media import analysed_key, upload_key
from chalicelib.stores.queries import (
    Callback,
    Claim,
    QueryRecord,
    new_callback_secret,
    new_query_id,
    plausible_query_id,
)
from chalicelib.stores.run_end import close_if_overdue, upload_expiry
from chalicelib.surfaces.http import strict_json
from chalicelib.wire import (
    CallbackStatus,
    Chunk,
    CreatedQuery,
    Links,
    QueryDocument,
    QueryStatus,
    Summary,
    image_sha256_of,
    status_of,
)

# A media type as RFC 6838 writes it (type/subtype, no parameters): it is echoed into the
# presigned POST's fields, so nothing else may pass, least of all a line break.
MEDIA_TYPE = r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}$"
IMAGE_TYPE = r"^image/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}$"


class NewQuery(BaseModel):
    """The optional body of ``POST /queries``."""

    # callback_events only with a callback_url (the document says so too).
    model_config = ConfigDict(extra="forbid", json_schema_extra={"dependentSchemas": {
        "callback_events": {"required": ["callback_url"],
                            "properties": {"callback_url": {"type": "string"}}}}})

    # Any well-formed media type is read (another than an image's is then a 415); the document
    # promises success for image types only.
    content_type: str | None = Field(default=None, max_length=100, pattern=MEDIA_TYPE,
                                     json_schema_extra={"pattern": IMAGE_TYPE})
    filename: str | None = Field(default=None, max_length=1024, pattern=r"^[^\x00-\x1f\x7f]*$")
    # Anything the client wants back with the query: a JSON object of at most 1 KB.
    metadata: dict[str, Any] | None = None
    # Where the service POSTs the outcome (``done``) or every chunk (``chunk``); see the docs'
    # Webhooks section. Only public http(s) addresses are accepted.
    callback_url: str | None = Field(default=None, min_length=1, max_length=2048,
                                     json_schema_extra={"format": "uri",
                                                        "pattern": "^https?://"})
    callback_events: Literal["done", "chunk"] = "done"
    # A short text about the photo ("the lamp, not the table"); checked by ``checked_hint``
    # (400 ``bad-hint``), described here for the document.
    hint: str | None = Field(default=None, json_schema_extra={
        "maxLength": MAX_HINT_CHARS, "pattern": HINT_PATTERN,
        "description": "What to look at or what the item is, e.g. \"Sony camera\" or \"the "
                       "lamp, not the table\"; part of what is analysed (the same photo with "
                       "another hint is analysed again)."})

    @field_validator("metadata")
    @classmethod
    def _small(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None and len(compact_json(value)) > MAX_METADATA_BYTES:
            raise ValueError("too large")
        return value


MAX_METADATA_BYTES = 1024
# An Idempotency-Key: printable ASCII, as a client would make one (a UUID, a hash).
IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


def compact_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


EXAMPLE_BODY = '{"content_type": "image/jpeg", "filename": "x.jpg"}'
# What each kind of field error means, in the words of this API (not the validator's).
_FIELD_PROBLEMS = {
    "extra_forbidden": "is not a field this request takes",
    "string_type": "must be a string",
    "string_too_long": "is too long",
}
_FIELD_HINTS = {
    "content_type": "content_type must be a media type like image/jpeg",
    "metadata": "metadata must be a JSON object of at most 1 KB",
    "filename": "filename must be a file name without line breaks or control characters",
    "callback_url": "callback_url must be an http or https URL of at most 2048 characters",
    "callback_events": "callback_events must be \"done\" or \"chunk\"",
}


# The body types ``POST /queries`` reads as JSON. The route accepts every type and refuses the
# others itself, so that they get the service's error shape rather than the framework's.
JSON_BODY_TYPES = ("application/json", "text/plain", "application/x-www-form-urlencoded")


def check_body_type(content_type: str | None) -> None:
    """A declared body type other than JSON's is a 415 (none declared: the body decides)."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared and declared not in JSON_BODY_TYPES:
        raise UnsupportedMediaType(f"Send the body as application/json, not {declared}.")


def parse_new_query(body: bytes | None, max_bytes: int) -> NewQuery:
    """Read the optional JSON body; refuse anything malformed with a 400, 413 or 415."""
    if body and len(body) > max_bytes:
        raise PayloadTooLarge(f"The body is larger than {max_bytes} bytes.")
    if not body or not body.strip():
        return NewQuery()
    try:
        document = strict_json(body)
    except RecursionError:
        raise BadRequest("The body is nested too deeply to be a query.") from None
    except ValueError:
        raise BadRequest(f"The body is not valid JSON; send an object like {EXAMPLE_BODY}.") \
            from None
    if not isinstance(document, dict):
        raise BadRequest(f"The body must be a JSON object like {EXAMPLE_BODY}.")
    hint = checked_hint(document.pop("hint", None))
    try:
        request = NewQuery.model_validate(document).model_copy(update={"hint": hint})
    except ValidationError as exc:
        raise BadRequest(plain_problem(exc)) from None
    if request.content_type and not request.content_type.startswith("image/"):
        raise UnsupportedMediaType(f"Only images can be uploaded, not {request.content_type}.")
    if "callback_events" in request.model_fields_set and not request.callback_url:
        raise BadRequest("callback_events needs a callback_url to deliver to.")
    return request


def checked_callback(request: NewQuery, fetcher: SafeFetcher) -> Callback | None:
    """The webhook asked for, its URL checked as a delivery will check it (scheme, host, every
    address public), with a new secret; None when none was asked for."""
    if request.callback_url is None:
        return None
    try:
        fetcher.check(request.callback_url)
    except FetchError as exc:
        raise BadCallbackUrl(f"callback_url cannot be delivered to: {exc.message}") from None
    return Callback(url=request.callback_url, events=request.callback_events,
                    secret=new_callback_secret())


def callback_status(callback: Callback) -> CallbackStatus:
    """What ``GET /queries/<id>`` shows of a webhook: everything but its secret."""
    return CallbackStatus(url=callback.url, events=callback.events, state=callback.state,
                          attempts=callback.attempts, last_error=callback.last_error)


def plain_problem(exc: ValidationError) -> str:
    """The first problem of the body, as a sentence of this API (no validator text or links)."""
    error = exc.errors(include_url=False)[0]
    field = ".".join(str(part) for part in error["loc"]) or "the body"
    if error["type"] != "extra_forbidden" and field in _FIELD_HINTS:
        return f"{_FIELD_HINTS[field]}."
    problem = _FIELD_PROBLEMS.get(error["type"], "is not valid")
    return f"The field {field[:40]!r} {problem}; send an object like {EXAMPLE_BODY}."


def upload_content_type(request: NewQuery) -> str:
    """The declared type, else one guessed from the file name, else JPEG (bytes decide anyway)."""
    guessed = mimetypes.guess_type(request.filename or "")[0]
    if request.content_type:
        return request.content_type
    return guessed if guessed and guessed.startswith("image/") else "image/jpeg"


# How long the link of ``GET /queries/<id>/image`` lets a client fetch the photo.
IMAGE_LINK_SECONDS = 300


class QueryApi:
    """``POST /queries`` and ``GET /queries/<id>``."""

    def __init__(self, services: Services) -> None:
        self._s = services

    def create(self, body: bytes | None, base_url: str, idempotency_key: str | None = None,
               owner: str | None = None) -> tuple[CreatedQuery, bool]:
        """A new query with its presigned upload; ``(query, created)``. With an
        ``idempotency_key``, a repeat of the first request (same key, same body) gets the first
        answer again, byte for byte (``created`` is False), and the same key with another body
        is an ``IdempotencyKeyReused`` (422) that creates nothing (as Stripe, and the IETF's
        Idempotency-Key draft, answer). ``owner``: the hash of the access key the request
        carries (keys on), to which the query and the Idempotency-Key belong."""
        request = parse_new_query(body, self._s.settings.max_api_body_bytes)
        callback = checked_callback(request, self._s.callback_fetcher)
        if idempotency_key is None:
            return self._create(new_query_id(), request, callback, base_url, owner), True
        pk = idempotency_pk(idempotency_key, owner)
        request_print = fingerprint(request)
        claim = self._s.queries.claim_id(pk, request_print)
        if not claim.new:
            return replayed(claim, request_print), False
        try:
            created = self._create(claim.query_id, request, callback, base_url, owner)
        except BaseException:
            self._s.queries.release_idempotency(pk)
            raise
        self._s.queries.answer_idempotency(pk, created.model_dump_json(exclude_none=True))
        return created, True

    def _create(self, query_id: str, request: NewQuery, callback: Callback | None,
                base_url: str, owner: str | None) -> CreatedQuery:
        metadata = compact_json(request.metadata).decode() if request.metadata else None
        record = self._s.queries.create(query_id, "upload", upload_key(query_id),
                                        upload_content_type(request), metadata=metadata,
                                        callback=callback, owner=owner, hint=request.hint)
        settings = self._s.settings
        upload = self._s.bucket.presigned_upload(
            query_id, record.content_type or "image/jpeg", settings.max_image_bytes,
            settings.upload_expires_s,
        )
        if record.callback:
            # If nothing is uploaded, the webhook still says how the query ended: this nudge
            # comes back when the upload has expired (the lens stage nudges on an upload).
            self._s.queues.nudge(query_id, upload_expiry(record, settings.upload_expires_s)
                                 - time.time())
        return CreatedQuery(
            id=query_id, status="awaiting_upload", upload=upload,
            links=links(query_id, base_url, settings.stream_base_url or base_url),
            metadata=json.loads(record.metadata) if record.metadata else None,
            callback_secret=record.callback.secret if record.callback else None,
        )

    def view(self, query_id: str, after: int = 0, wait: float = 0.0,
             owner: str | None = None) -> QueryDocument:
        """The query's state; with ``wait``, held until a chunk newer than ``after`` exists or
        the query has finished (at most ``wait`` seconds)."""
        deadline = time.monotonic() + max(0.0, min(wait, self._s.settings.max_wait_s))
        interval = 0.05
        while True:
            record = self._record(query_id, owner)
            chunks = self._run_chunks(record.run_id) if record.run_id else []
            newer = [c for c in chunks if c.seq > after]
            finished = status_of(chunks) is not None
            if newer or finished or time.monotonic() >= deadline:
                return self._document(record, chunks, newer, after)
            time.sleep(min(interval, max(0.0, deadline - time.monotonic())))
            interval = min(interval * 1.5, 0.5)

    def image_url(self, query_id: str, owner: str | None = None) -> str:
        """A short-lived address of the query's photo: once it is bound to its run, the bytes
        that were analysed (kept under their hash, whatever came to the upload key since);
        before, the upload as it is now."""
        record = self._record(query_id, owner)
        key = record.object_key
        if record.run_id is not None:
            head = self._s.log.head(record.run_id)
            sha = head.image_sha256 if head is not None else None
            key = analysed_key(sha) if sha else key
            if not sha or not self._s.bucket.exists(key):
                raise NotFound("This query's photo was not kept: it was no image this service "
                               "analyses (or it has expired).")
        elif not self._s.bucket.exists(key):
            raise NotFound("This query's photo has not been uploaded (or has expired).")
        return self._s.bucket.presigned_get(key, IMAGE_LINK_SECONDS)

    def _run_chunks(self, run_id: str) -> list[Chunk]:
        """The run's chunks; a run found past its deadline is closed first, so no reader waits
        for ever on a run whose stage died unseen."""
        s = self._s
        head, chunks = s.log.run_state(run_id)
        if head is not None and close_if_overdue(s.log, s.bucket, s.queries, head):
            chunks = s.log.chunks(run_id)
        return chunks

    def _record(self, query_id: str, owner: str | None = None) -> QueryRecord:
        record = self._s.queries.get(query_id) if plausible_query_id(query_id) else None
        # Another key's query reads as no query at all: its id tells nothing.
        if record is None or not record.readable_by(owner):
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
            metadata=json.loads(record.metadata) if record.metadata else None,
            callback=callback_status(record.callback) if record.callback else None,
            hint=record.hint,
        )

    def _status(self, record: QueryRecord, chunks: list[Chunk]) -> QueryStatus:
        ended = status_of(chunks)
        if ended is not None:
            return "done" if ended == "done" else "failed"
        if record.run_id or self._s.bucket.exists(record.object_key):
            return "processing"
        return "awaiting_upload"


def idempotency_pk(idempotency_key: str, owner: str | None = None) -> str:
    """Where an Idempotency-Key's claim is kept (by its hash: the key is the client's text),
    apart for each access key (``owner``: its hash)."""
    if not IDEMPOTENCY_KEY.match(idempotency_key):
        raise BadRequest("Idempotency-Key must be 1 to 255 printable ASCII characters.")
    scoped = f"{owner}\n{idempotency_key}" if owner else idempotency_key
    return f"idempotency#{hashlib.sha256(scoped.encode()).hexdigest()}"


def fingerprint(request: NewQuery) -> str:
    """What makes two bodies the same request: the fields they set, with their values, in a
    canonical JSON (so spacing and the order of fields do not count; a field left out and one
    sent with its default do)."""
    fields = request.model_dump(mode="json", exclude_unset=True)
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def replayed(claim: Claim, asked: str) -> CreatedQuery:
    """The first answer given to a key's first request, for a repeat of that request."""
    if claim.fingerprint != asked:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was used with another body; use a new key for a new query.")
    if claim.answer is None:
        raise IdempotencyKeyInUse(
            "The first request with this Idempotency-Key is still being answered; try again.")
    return CreatedQuery.model_validate_json(claim.answer)


def links(query_id: str, base_url: str, stream_base_url: str) -> Links:
    return Links(
        self=f"{base_url.rstrip('/')}/queries/{query_id}",
        stream=f"{stream_base_url.rstrip('/')}/queries/{query_id}/stream",
    )
