"""The client of one lens-gpt service: submit now, read later, or follow live."""

from __future__ import annotations

import time
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from chalicelib.wire import Chunk, ChunkKind
from lens_gpt_client.exceptions import (
    ApiError,
    ImageTooLarge,
    ServiceUnreachable,
    StreamInterrupted,
    api_error,
    upload_error,
)
from lens_gpt_client.images import ImageInput, ImageUpload, read_image
from lens_gpt_client.streaming import Deadline, Dropped, complete_lines, parse_chunk
from lens_gpt_client.types import Query

NDJSON = "application/x-ndjson"


class Client:
    """A client of one lens-gpt service.

    ``base_url`` is the API (what ``make run`` prints). ``stream_base_url`` is the relay's, where
    streams and ``/classify`` are served; it defaults to ``base_url`` (one URL locally).
    """

    def __init__(
        self,
        base_url: str,
        *,
        stream_base_url: str | None = None,
        session: requests.Session | None = None,
        timeout: float = 30.0,
        max_wait: float = 25.0,
        reconnects: int = 5,
        stream_read_timeout: float = 60.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.stream_base_url = (stream_base_url or base_url).rstrip("/")
        self.timeout = timeout
        self.max_wait = max_wait
        self.reconnects = reconnects
        # Longer than the relay's keep-alive interval: silence this long means a dead connection.
        self.stream_read_timeout = stream_read_timeout
        self._session = session or _session_with_retries()
        self._stream_links: dict[str, str] = {}

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    # -- submit now -------------------------------------------------------------------------

    def ask_async(self, image: ImageInput) -> Query:
        """Create a query and upload the image; returns as soon as the upload is stored."""
        upload = read_image(image)
        body = {"filename": upload.filename}
        if upload.content_type:
            body["content_type"] = upload.content_type
        created = self._call("POST", f"{self.base_url}/queries", json=body)
        limit = created["upload"].get("max_bytes")
        if limit is not None and len(upload.data) > limit:
            raise ImageTooLarge(f"The image has {len(upload.data)} bytes; at most {limit} are "
                                "accepted.", code="image-too-large", status=413)
        self._upload(created["upload"], upload)
        links = created.get("links") or {}
        if "stream" in links:
            self._stream_links[created["id"]] = links["stream"]
        return Query(id=created["id"], status="processing", links=links)

    def _upload(self, presigned: dict[str, Any], upload: ImageUpload) -> None:
        fields = presigned["fields"]
        content_type = fields.get("Content-Type") or upload.content_type or "image/jpeg"
        try:
            answer = self._session.post(
                presigned["url"], data=fields, timeout=self.timeout,
                files={"file": (upload.filename, upload.data, content_type)},
            )
        except requests.RequestException as exc:
            raise ServiceUnreachable(f"The upload to {presigned['url']} failed: {_reason(exc)}.",
                                     code="unreachable") from exc
        if answer.status_code >= 300:
            raise upload_error(answer)

    # -- read later -------------------------------------------------------------------------

    def get_query(self, query_id: str) -> Query:
        """The query's status, all its chunks so far and their summary."""
        return self._view(query_id, after=0, wait=0.0)

    def wait_for_confident_result(
        self, query_id: str, confidence_threshold: float = 0.7, timeout: float = 30.0
    ) -> Query:
        """The query once its estimate's certainty reaches the threshold or it has finished;
        else, when ``timeout`` seconds have passed, its latest state (never raises for that).

        Each wait is one long-poll the service holds until a newer chunk exists.
        """
        deadline = time.monotonic() + max(0.0, timeout)
        query = self.get_query(query_id)
        while not _good_enough(query, confidence_threshold):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            wait = min(remaining, self.max_wait)
            query = query.extended(self._view(query_id, after=query.cursor, wait=wait))
        return query

    def _view(self, query_id: str, after: int, wait: float) -> Query:
        params: dict[str, Any] = {"after": after}
        if wait > 0:
            params["wait"] = f"{wait:.3f}"
        answer = self._call("GET", f"{self.base_url}/queries/{query_id}", params=params,
                            timeout=self.timeout + wait)
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

    def classify(self, image: ImageInput) -> Iterator[Chunk]:
        """Upload the image directly (``POST /classify``) and yield every chunk until ``done``.

        ``/classify`` answers in the original lens-gpt page's flat contract (no
        ``lens-matches``, prices converted); the client takes only the query id from it and
        reads the full chunks from the query's own stream, which also survives a dropped
        connection.
        """
        upload = read_image(image)
        answer = self._send(
            "POST", f"{self.stream_base_url}/classify", stream=True,
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
        try:
            answer = self._session.request(method, url, **kwargs)
        except requests.RequestException as exc:
            raise ServiceUnreachable(f"{method} {url} failed: {_reason(exc)}.",
                                     code="unreachable") from exc
        if answer.status_code >= 400:
            with answer:
                raise api_error(answer)
        return answer


def _reason(exc: requests.RequestException) -> str:
    """Why a request failed, in a few words (the exception itself stays chained)."""
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    if isinstance(exc, requests.ConnectionError):
        return "could not connect"
    return type(exc).__name__


def _good_enough(query: Query, threshold: float) -> bool:
    certainty = query.certainty
    return query.finished or (certainty is not None and certainty >= threshold)


def _session_with_retries() -> requests.Session:
    """A session that retries GETs whose connection failed or that met a gateway error."""
    retry = Retry(total=3, connect=3, read=2, status=3, backoff_factor=0.2,
                  allowed_methods=frozenset({"GET"}), status_forcelist=(502, 503, 504),
                  raise_on_status=False)
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
