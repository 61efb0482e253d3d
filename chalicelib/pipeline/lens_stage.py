"""The lens stage: an object arrived in the bucket; recognise it, dedupe it, search for it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote_plus

from aws_lambda_powertools import Logger

from chalicelib import observability
from chalicelib.errors import BadHint, ImageRejected, LensGptError, RunClosed, StageSettled
from chalicelib.hints import checked_hint, hint_key
from chalicelib.images import sentences
from chalicelib.images.recognition import inspect_image, sha256_of
from chalicelib.observability import SERVICE
from chalicelib.pipeline.stage_run import StageRun, finish_stage
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError
from chalicelib.services import Services
from chalicelib.stores.media import (
    DROP_PREFIX,
    analysed_key,
    query_id_of_upload,
    result_key_for_drop,
)
from chalicelib.stores.queries import DroppedObject, QueryRecord
from chalicelib.stores.results_log import RunHead
from chalicelib.stores.run_end import write_results
from chalicelib.wire import ChunkKind, StageMessage

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
DOWNSTREAM = ("gpt", "pricing")


@dataclass(frozen=True)
class ObjectCreated:
    """The part of an S3 ``ObjectCreated`` record the stage needs."""

    bucket: str
    key: str
    version: str
    sequencer: str = ""

    @classmethod
    def from_record(cls, record: dict) -> ObjectCreated:
        s3 = record["s3"]
        obj = s3["object"]
        # S3 event keys are URL-encoded with '+' for spaces.
        key = unquote_plus(obj["key"])
        sequencer = obj.get("sequencer") or ""
        version = obj.get("versionId") or sequencer or obj.get("eTag") or ""
        return cls(bucket=s3["bucket"]["name"], key=key, version=version, sequencer=sequencer)

    @property
    def dropped(self) -> DroppedObject:
        return DroppedObject(self.bucket, self.key, self.version, self.sequencer)


def query_id_of(event: ObjectCreated) -> str | None:
    """An upload's query id, known from its key before anything is read (None: a drop, whose
    random id the lens stage looks up, or no object of ours)."""
    return query_id_of_upload(event.key)


class LensStage:
    """Runs for each object created under ``uploads/`` or ``drop/``."""

    def __init__(self, services: Services) -> None:
        self._s = services

    def handle(self, event: ObjectCreated, retry_allowed: bool = False) -> str | None:
        """Process one created object; returns the query id it belongs to (None: ignored).

        With ``retry_allowed`` a provider error that a retry may cure is raised, so the message
        comes back; otherwise it becomes the stage's ``error`` chunk.
        """
        query = self._query_for(event)
        if query is None:
            return None
        run_id, image = query.run_id, None
        if run_id is None:
            bound = self._bind(query)
            if bound is None:
                return query.id
            run_id, image, query = bound
        self._follow_for_drop(query, run_id)
        self._follow_for_callback(query, run_id)
        head = self._s.log.head(run_id)
        if head is None or head.owner_query != query.id or head.closed:
            return query.id
        if "lens" in head.pending:
            image = image or self._load(query, head)
            self._search(run_id, image, head, retry_allowed)
        message = self._message(query, head, image)
        for stage in DOWNSTREAM:
            self._s.queues.send(stage, message)
        return query.id

    def abandon(self, event: ObjectCreated, exc: Exception) -> None:
        """The last delivery failed too: end the query's run with an error, so no one waits."""
        query = self._query_for(event)
        if query is None:
            return
        run_id = query.run_id or self._reject(query, None, _internal(exc))
        # Only the run's owner ends its run (a run shared with other queries goes on).
        head = self._s.log.head(run_id)
        if head is None or head.owner_query != query.id or head.closed:
            return
        searched = f"lens/{ChunkKind.LENS_MATCHES}" in head.emitted
        if ("lens" in head.pending and not searched
                and StageRun(self._s.log, run_id, "lens", head=head).give_up(_internal(exc))):
            for stage in ("lens", *DOWNSTREAM):
                finish_stage(self._s, run_id, stage)
            return
        # The search ended (here or in a racing delivery) and what died came after it: hand
        # over (again), so the stages after it run; a message they get twice changes nothing.
        self._s.log.hand_over(run_id, "lens", DOWNSTREAM)
        message = self._message(query, head, None)
        for stage in DOWNSTREAM:
            self._s.queues.send(stage, message)

    def _query_for(self, event: ObjectCreated) -> QueryRecord | None:
        if event.bucket != self._s.bucket.name:
            logger.warning("ignoring an object of another bucket")
            return None
        if event.key.startswith(DROP_PREFIX):
            return self._s.queries.claim_drop(event.dropped)
        query_id = query_id_of(event)
        if query_id is None:
            return None
        query = self._s.queries.get(query_id)
        if query is None:
            logger.warning("ignoring an upload that belongs to no query")
        return query

    def _bind(self, query: QueryRecord) -> tuple[str, StagedImage, QueryRecord] | None:
        """Read and check the bytes, then bind the query to its image's run (None: rejected).
        A drop's hint (its object's metadata) is checked and stored on its query first."""
        settings = self._s.settings
        data: bytes | None = None
        try:
            stored = self._s.bucket.describe(query.object_key)
            if query.source == "drop" and query.hint is None and stored.hint is not None:
                hint = checked_hint(stored.hint)
                if hint is not None:
                    query = self._s.queries.with_hint(query, hint)
            _check_declared(query, stored.size, stored.content_type, settings.max_image_bytes)
            data = self._s.bucket.read(query.object_key)
            image = self._staged(query, data)
        except (ImageRejected, BadHint) as exc:
            self._reject(query, sha256_of(data) if data is not None else None, exc)
            return None
        # The bytes read here are the ones analysed and served back: a later upload to the same
        # key (a presigned POST used twice) changes neither.
        self._s.bucket.keep_analysed(image.sha256, data, image.mime_type)
        run_id, owned = self._s.queries.run_for_image(image.sha256, query.id,
                                                      hint_key(query.hint))
        if not owned:
            observability.count(observability.CACHE_HITS)  # the image's analysis is reused
        return self._s.queries.bind(query.id, run_id), image, query

    def _reject(self, query: QueryRecord, sha: str | None, exc: LensGptError) -> str:
        """A run of its own for bytes that are no accepted image: an error, then ``done``."""
        run_id = f"rejected-{query.id}"
        self._s.log.create_run(run_id, sha, query.id)
        run_id = self._s.queries.bind(query.id, run_id)
        self._follow_for_drop(query, run_id)
        self._follow_for_callback(query, run_id)
        StageRun(self._s.log, run_id, "lens").give_up(exc)
        finish_stage(self._s, run_id, "lens")
        return run_id

    def _follow_for_drop(self, query: QueryRecord, run_id: str) -> None:
        if query.source != "drop":
            return
        result_key = result_key_for_drop(query.object_key)
        if not self._s.log.follow_results(run_id, result_key):
            write_results(self._s.log, self._s.bucket, self._s.queries, [result_key])

    def _follow_for_callback(self, query: QueryRecord, run_id: str) -> None:
        """A query with a webhook follows its run; one bound to a run that has ended (the same
        image analysed before) or that wants every chunk is nudged now for what exists."""
        callback = query.callback
        if callback is None or callback.state != "pending":
            return
        each_chunk = callback.events == "chunk"
        if not self._s.log.follow_callback(run_id, query.id, each_chunk) or each_chunk:
            self._s.queues.nudge(query.id)

    def _search(
        self, run_id: str, image: StagedImage, head: RunHead, retry_allowed: bool
    ) -> None:
        run = StageRun(self._s.log, run_id, "lens", head=head)
        try:
            run.step(ChunkKind.LENS_MATCHES,
                     lambda: [m.model_dump() for m in self._s.lens.search(image)])
        except ProviderError as exc:
            if exc.retryable and retry_allowed:
                raise
            run.give_up(exc)
        except (StageSettled, RunClosed):
            pass  # a racing delivery gave the search up, or a reader closed the run
        self._s.log.hand_over(run_id, "lens", DOWNSTREAM)

    def _load(self, query: QueryRecord, head: RunHead) -> StagedImage:
        """The run's image as it was analysed (kept under its hash when the query was bound)."""
        key = analysed_key(head.image_sha256) if head.image_sha256 else query.object_key
        return self._staged(query, self._s.bucket.read(key))

    def _staged(self, query: QueryRecord, data: bytes) -> StagedImage:
        settings, bucket = self._s.settings, self._s.bucket
        info = inspect_image(data, settings.max_image_bytes, settings.max_image_pixels)
        return StagedImage(
            sha256=info.sha256, mime_type=info.mime_type, load=lambda: data,
            presigned_url=lambda: bucket.presigned_get(analysed_key(info.sha256)),
            hint=query.hint,
        )

    def _message(
        self, query: QueryRecord, head: RunHead, image: StagedImage | None
    ) -> StageMessage:
        return StageMessage(
            run_id=head.run_id, query_id=query.id, bucket=self._s.bucket.name,
            key=analysed_key(head.image_sha256) if head.image_sha256 else query.object_key,
            image_sha256=head.image_sha256 or "",
            mime_type=image.mime_type if image else None, hint=query.hint,
        )


def _check_declared(query: QueryRecord, size: int, content_type: str | None,
                    max_bytes: int) -> None:
    """Re-check the presigned policy's conditions, which an emulator may not enforce."""
    if size > max_bytes:
        raise ImageRejected(sentences.too_large(size, max_bytes), code="image-too-large")
    # application/octet-stream says nothing (a direct upload whose file had no known type):
    # then, as always, the bytes decide.
    if (query.source == "upload" and content_type and not content_type.startswith("image/")
            and content_type != "application/octet-stream"):
        raise ImageRejected(f"Uploads must be images, not {content_type}.",
                            code="unsupported-media-type")


def _internal(exc: Exception) -> LensGptError:
    if isinstance(exc, LensGptError):
        return exc
    return LensGptError("The stage failed repeatedly and gave up.", code="stage-failed")
