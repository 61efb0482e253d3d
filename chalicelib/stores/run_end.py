"""Ending runs from wherever they are read: past their deadline, drop results, and queries
whose upload never came.

Both the stages and the readers (the API, the relay) end runs, so this lives with the stores: a
reader that finds a run past its deadline closes it (an ``error`` for each stage still pending,
then ``done``), and whoever closes a run writes the result files of the drops that follow it. A
query whose upload expired has no run; its stream and its webhook end it the same way.
"""

from __future__ import annotations

from datetime import datetime

from aws_lambda_powertools import Logger

from chalicelib.errors import RunClosed, RunDeadlinePassed, StageSettled
from chalicelib.observability import SERVICE
from chalicelib.stores.media import MediaBucket, drop_key_for_result
from chalicelib.stores.queries import QueryRecord, QueryStore
from chalicelib.stores.results_log import FINAL_STEPS, ResultsLog, RunHead
from chalicelib.wire import Chunk, ChunkKind, ResultDocument, StageError, utc_now_iso

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
# After an upload expires: a POST that began just before may still be arriving.
_UPLOAD_GRACE_S = 60
# Rewrites of one result file when drops of its key race (each rewrite is of a newer object).
_MAX_RESULT_WRITES = 5


def close_if_overdue(log: ResultsLog, bucket: MediaBucket, queries: QueryStore,
                     head: RunHead) -> bool:
    """Close a run found past its deadline; True if it was (and is now closed)."""
    if not head.overdue():
        return False
    reason = RunDeadlinePassed("The run did not finish before its deadline and was ended.")
    logger.warning("closing run %s past its deadline; pending %s", head.run_id,
                   sorted(head.pending))
    for stage in sorted(head.pending):
        error = StageError(stage=stage, code=reason.code, message=reason.message)
        final = FINAL_STEPS.get(stage)
        try:
            log.append(head.run_id, f"{stage}/{ChunkKind.ERROR}", stage, ChunkKind.ERROR,
                       error.model_dump(), forbid=[f"{stage}/{final}"] if final else [])
        except (RunClosed, StageSettled):
            pass  # the stage (or the run) ended meanwhile
    # Past its deadline a run has failed, whatever it holds.
    log.close(head.run_id, lambda _chunks: "failed")
    closed = log.head(head.run_id)
    write_results(log, bucket, queries, sorted(closed.result_keys) if closed else [])
    if closed is not None:
        log.tell_followers(closed)
    return True


def write_results(log: ResultsLog, bucket: MediaBucket, queries: QueryStore,
                  result_keys: list[str]) -> None:
    """Write each ``results/<key>.json`` from the run of the object now at its drop key, if that
    run has ended: never from an older object's run. Re-read after writing, so that a newer
    object that arrived meanwhile has the last word."""
    for result_key in result_keys:
        drop_key = drop_key_for_result(result_key)
        for _ in range(_MAX_RESULT_WRITES):
            current = queries.current_drop(drop_key)
            if current is None or current.run_id is None:
                break
            head, chunks = log.run_state(current.run_id)
            if head is None or not head.closed:
                break  # whoever closes it writes the file
            document = ResultDocument.of(chunks, object_version=current.object_version)
            bucket.write_json(result_key, document.model_dump())
            latest = queries.current_drop(drop_key)
            if latest is not None and latest.id == current.id and latest.run_id == head.run_id:
                break


def upload_expiry(record: QueryRecord, upload_expires_s: int) -> float:
    """When a query's presigned upload stops being accepted (epoch seconds), plus a grace for
    an upload that started just before (up to a minute, never more than the upload's time)."""
    created = datetime.fromisoformat(record.created_at.replace("Z", "+00:00"))
    return created.timestamp() + upload_expires_s + min(_UPLOAD_GRACE_S, upload_expires_s)


def expired_upload_chunks(record: QueryRecord) -> list[Chunk]:
    """What a stream of a query whose upload never came ends with: an ``error``, then
    ``done`` (failed). Nothing is stored: the query has no run to store it in."""
    now = utc_now_iso()
    error = StageError(stage="lens", code="upload-expired",
                       message="No image was uploaded before the upload expired.")
    kinds = [("lens", ChunkKind.ERROR, error.model_dump()), ("-", ChunkKind.DONE,
                                                              {"status": "failed"})]
    return [Chunk(seq=seq, image_sha256=None, stage=stage, data_description=kind,
                  data_type=kind.data_type, data=data, created_at=now)
            for seq, (stage, kind, data) in enumerate(kinds, start=1)]
