"""The client of one lens-gpt service: submit now, read later, or follow live."""

from __future__ import annotations

import time
from typing import Any, Callable, Iterator

import requests

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
from lens_gpt_client.streaming import Deadline, Dropped, complete_lines, parse_chunk
from lens_gpt_client.types import Chunk, ChunkKind, Query

NDJSON = "application/x-ndjson"


class Client:
    """A client of one lens-gpt service.

    ``base_url`` is the API (what ``make run`` prints; default ``$LENS_GPT_URL``, else
    ``http://127.0.0.1:8000``). ``stream_base_url`` is the relay's, where streams and
    ``/classify`` are served; it defaults to ``base_url`` (one URL locally). Requests that meet a
    connection error, 429 or 5xx are retried as ``retries`` says.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        stream_base_url: str | None = None,
        session: requests.Session | None = None,
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
        self.retries = retries or Retries()
        self.timeout = timeout
        self.max_wait = max_wait
        self.reconnects = reconnects
        # Longer than the relay's keep-alive interval: silence this long means a dead connection.
        self.stream_read_timeout = stream_read_timeout
        self._session = session or requests.Session()
        self._stream_links: dict[str, str] = {}

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    # -- submit now -------------------------------------------------------------------------

    def ask_async(self, image: ImageInput, *, metadata: dict[str, Any] | str | None = None,
                  idempotency_key: str | None = None, callback_url: str | None = None,
                  callback_events: CallbackEvents | None = None,
                  hint: str | None = None) -> Query:
        """Create a query and upload the image; returns as soon as the upload is stored.

        ``metadata`` (a JSON object of at most 1 KB) is stored with the query and returned on
        it. ``idempotency_key`` is sent as ``Idempotency-Key``: the same key gives the same
        query, so a retried call creates no second one. With ``callback_url`` the service POSTs
        the summary there when the query finishes (``callback_events="chunk"``: every chunk),
        signed with ``query.callback_secret``, which only this answer holds (see
        ``lens_gpt_client.webhooks``). ``hint`` is a short text about the photo ("Sony camera",
        "the lamp, not the table"; at most 200 characters on one line): part of what is
        analysed, so the same photo with another hint is analysed again.
        """
        upload = checked_image(image)
        extra = metadata_field(metadata)
        body, headers = create_request(upload.filename, upload.content_type, extra,
                                       idempotency_key, callback_of(callback_url, callback_events),
                                       hint)
        created = self._call("POST", f"{self.base_url}/queries", json=body, headers=headers)
        check_size(created, upload)
        self._upload(created["upload"], upload)
        query = created_query(created, extra)
        if "stream" in query.links:
            self._stream_links[query.id] = query.links["stream"]
        return query

    def ask_confident(self, image: ImageInput, confidence_threshold: float = 0.7,
                      wait: float = 30.0, **create: Any) -> Query:
        """``ask_async`` then ``wait_for_confident_result``: the query once confident or final,
        else its latest state after ``wait`` seconds."""
        query = self.ask_async(image, **create)
        return self.wait_for_confident_result(query.id, confidence_threshold, timeout=wait)

    def _upload(self, presigned: dict[str, Any], upload: ImageUpload) -> None:
        fields = presigned["fields"]
        content_type = fields.get("Content-Type") or upload.content_type or "image/jpeg"
        answer = self._attempts(lambda: self._session.post(
            presigned["url"], data=fields, timeout=self.timeout,
            files={"file": (upload.filename, upload.data, content_type)},
        ), presigned["url"])
        if answer.status_code >= 300:
            raise upload_error(answer.status_code, answer.text)

    # -- read later -------------------------------------------------------------------------

    def get_query(self, query_id: str) -> Query:
        """The query's status, all its chunks so far and their summary."""
        return self._view(query_id, after=0, wait=0.0)

    def health(self) -> dict[str, Any]:
        """The service's ``/health`` answer (the local stack also names its bucket there)."""
        return self._call("GET", f"{self.base_url}/health")

    def get_image_query(self, query_id: str) -> Query:
        """Groundlight's name for ``get_query``."""
        return self.get_query(query_id)

    def get_image(self, query_id: str) -> bytes:
        """The photo uploaded for the query, as it was uploaded."""
        answer = self._send("GET", f"{self.base_url}/queries/{query_id}/image")
        with answer:
            return answer.content

    def wait_for_confident_result(
        self, query_id: str, confidence_threshold: float = 0.7, timeout: float = 30.0
    ) -> Query:
        """The query once its estimate's certainty reaches the threshold or it has finished
        (at once if it already has); else, when ``timeout`` seconds have passed, its latest
        state: it never raises for the time-out (check ``finished`` and ``certainty``)."""
        return self._wait_until(query_id, lambda q: confident(q, confidence_threshold), timeout)

    def wait_for_identification(self, query_id: str, timeout: float = 30.0) -> Query:
        """The query once the producer and the model are known or it has finished; else, when
        ``timeout`` seconds have passed, its latest state (check ``identified``)."""
        return self._wait_until(query_id, identified, timeout)

    def _wait_until(self, query_id: str, ready: Callable[[Query], bool],
                    timeout: float) -> Query:
        """Long-polls (one request per new chunk) until ``ready`` or the time-out."""
        deadline = time.monotonic() + max(0.0, timeout)
        pauses = PollPauses()
        query = self.get_query(query_id)
        while not ready(query):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            newer = self._view(query_id, after=query.cursor, wait=min(remaining, self.max_wait))
            if not newer.chunks and not newer.finished:
                # Nothing new although the long-poll ended: it was cut short; pause a little.
                time.sleep(min(pauses.next(), max(0.0, deadline - time.monotonic())))
            query = query.extended(newer)
        return query

    def _view(self, query_id: str, after: int, wait: float) -> Query:
        answer = self._call("GET", f"{self.base_url}/queries/{query_id}",
                            params=view_params(after, wait), timeout=self.timeout + wait)
        links = {"stream": self._stream_links[query_id]} if query_id in self._stream_links else {}
        return Query.model_validate({**answer, "links": links})

    # -- follow live ------------------------------------------------------------------------

    def stream(
        self, query_id: str, after: int | None = None, timeout: float | None = None
    ) -> Iterator[Chunk]:
        """The query's chunks from the first (or after seq ``after``) until ``done``.

        A dropped connection is reopened after the last chunk yielded, so none is lost or
        repeated. With ``timeout``, the iteration also ends (without ``done``) once that many
        seconds have passed, at the latest one keep-alive interval of the relay later.
        """
        url = self._stream_url(query_id)
        deadline = Deadline(timeout)
        cursor = after or 0
        failures = 0
        while not deadline.passed():
            try:
                for chunk in self._open_stream(url, cursor, deadline):
                    if chunk.seq <= cursor:
                        continue
                    cursor, failures = chunk.seq, 0
                    yield chunk
                    if chunk.data_description == ChunkKind.DONE:
                        return
            except Dropped as exc:
                if not deadline.passed():
                    failures = self._reconnect_pause(failures, exc)
                continue
            if not deadline.passed():
                # The body ended before ``done``: a proxy or the relay closed it early.
                failures = self._reconnect_pause(failures, None)

    def _stream_url(self, query_id: str) -> str:
        known = self._stream_links.get(query_id)
        return known or f"{self.stream_base_url}/queries/{query_id}/stream"

    def walk_from_last(self, query_id: str, timeout: float | None = None) -> Iterator[Chunk]:
        """The newest chunk so far, then each new one until ``done``."""
        query = self.get_query(query_id)
        if query.chunks:
            last = query.chunks[-1]
            yield last
            if last.data_description == ChunkKind.DONE:
                return
            yield from self.stream(query_id, after=last.seq, timeout=timeout)
        else:
            yield from self.stream(query_id, after=0, timeout=timeout)

    def walk_on_new_events(
        self, query_id: str, timeout: float | None = None
    ) -> Iterator[Chunk]:
        """Only the chunks that arrive from now on (none for a finished query)."""
        query = self.get_query(query_id)
        if not query.finished:
            yield from self.stream(query_id, after=query.cursor, timeout=timeout)

    def classify(self, image: ImageInput, hint: str | None = None) -> Iterator[Chunk]:
        """Upload the image directly (``POST /classify``) and yield every chunk until ``done``.

        ``/classify`` answers in the original lens-gpt page's flat contract (no
        ``lens-matches``, prices converted); the client takes only the query id from it and
        reads the full chunks from the query's own stream, which also survives a dropped
        connection.
        """
        upload = checked_image(image)
        answer = self._send(
            "POST", f"{self.stream_base_url}/classify", stream=True,
            data={"hint": hint} if hint is not None else None,
            files={"file": (upload.filename, upload.data, upload.content_type or "image/jpeg")},
            timeout=(self.timeout, self.stream_read_timeout),
        )
        with answer:
            query_id = answer.headers.get("X-Query-Id")
        if not query_id:
            raise StreamInterrupted("The classify answer named no query.",
                                    code="stream-interrupted")
        yield from self.stream(query_id)

    def _open_stream(self, url: str, after: int, deadline: Deadline) -> Iterator[Chunk]:
        """One connection's chunks; ends early (without raising) once the deadline passed."""
        read_timeout = deadline.cap(self.stream_read_timeout)
        try:
            answer = self._send("GET", url, stream=True, params={"after": after},
                                headers={"Accept": NDJSON}, timeout=(self.timeout, read_timeout))
        except ServiceUnreachable as exc:
            raise Dropped(str(exc)) from exc
        except ApiError as exc:
            if exc.status is not None and exc.status >= 500:
                raise Dropped(exc.message) from exc
            raise
        with answer:
            try:
                for line in complete_lines(answer):
                    if line.strip():
                        yield parse_chunk(line)
                    if deadline.passed():  # checked on keep-alives too
                        return
            except requests.RequestException as exc:
                raise Dropped(str(exc)) from exc

    def _reconnect_pause(self, failures: int, exc: Exception | None) -> int:
        failures += 1
        if failures > self.reconnects:
            raise StreamInterrupted(
                f"The stream dropped {failures} times in a row; giving up.",
                code="stream-interrupted",
            ) from exc
        # A short back-off: the first retry is almost immediate, later ones give the relay air.
        time.sleep(min(0.1 * 2 ** (failures - 1), 3.0))
        return failures

    # -- HTTP -------------------------------------------------------------------------------

    def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        answer = self._send(method, url, **kwargs)
        try:
            return answer.json()
        except ValueError as exc:
            raise ApiError(f"{url} answered something that is not JSON.", code="bad-answer",
                           status=answer.status_code) from exc

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        with_api_key(kwargs, self.api_key)
        answer = self._attempts(lambda: self._session.request(method, url, **kwargs), url)
        if answer.status_code >= 400:
            with answer:
                raise api_error(answer.status_code, answer.content, answer.reason)
        return answer

    def _attempts(self, request: Callable[[], requests.Response],
                  url: str) -> requests.Response:
        """The answer of ``request``, retried after connection errors, 429 and 5xx."""
        attempt = 0
        while True:
            attempt += 1
            last = attempt >= self.retries.attempts
            try:
                answer = request()
            except requests.RequestException as exc:
                if last:
                    raise unreachable(url, _reason(exc)) from exc
                time.sleep(self.retries.pause(attempt))
                continue
            if last or answer.status_code not in RETRY_STATUSES:
                return answer
            answer.close()
            time.sleep(self.retries.pause(attempt, answer.headers.get("Retry-After")))



def _reason(exc: requests.RequestException) -> str:
    """Why a request failed, in a few words (the exception itself stays chained)."""
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    if isinstance(exc, requests.ConnectionError):
        return "could not connect"
    return type(exc).__name__
