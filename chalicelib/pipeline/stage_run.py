"""What every stage does with the results log: idempotent steps, giving up, finishing."""

from __future__ import annotations

from typing import Any, Callable

from aws_lambda_powertools import Logger

from chalicelib import observability
from chalicelib.errors import LensGptError, RunClosed
from chalicelib.observability import SERVICE
from chalicelib.providers.exceptions import FINDING_CODES
from chalicelib.stores.media import MediaBucket
from chalicelib.stores.results_log import ResultsLog, RunHead
from chalicelib.wire import Chunk, ChunkKind, ResultDocument, RunStatus, StageError

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)


class StageRun:
    """One stage's work on one run.

    Each step is keyed by ``<stage>/<data_description>``: a redelivered message finds the steps
    already written and reuses their data instead of computing (and paying for) them again.
    Which steps are written is read once per delivery (from ``head``, a read the caller made, or
    the first read here), saving a read per step: a step that a concurrent delivery wrote since
    is computed again but still stored once, since an append never writes a key twice.
    """

    def __init__(self, log: ResultsLog, run_id: str, stage: str,
                 head: RunHead | None = None) -> None:
        self.log = log
        self.run_id = run_id
        self.stage = stage
        self._head = head

    def step(self, description: str, compute: Callable[[], Any]) -> Any:
        """The data of this step's chunk, computing and appending it only if it is missing."""
        head = self._known_head()
        key = f"{self.stage}/{description}"
        if head is not None and key in head.emitted:
            observability.count(observability.CACHE_HITS)  # a redelivery reuses the step
            return self.log.chunk(self.run_id, head.emitted[key]).data
        data = compute()
        return self.log.append(self.run_id, key, self.stage, description, data).data

    def give_up(self, exc: LensGptError) -> None:
        """Record that this stage stops here, with the reason a user can read."""
        observability.provider_failed(exc)
        error = StageError(stage=self.stage, code=exc.code, message=exc.message)
        try:
            self.log.append(self.run_id, f"{self.stage}/{ChunkKind.ERROR}", self.stage,
                            ChunkKind.ERROR, error.model_dump())
        except RunClosed:
            logger.warning("run %s closed before %s could report %s", self.run_id, self.stage,
                           exc.code)

    def is_pending(self) -> bool:
        self._head = self.log.head(self.run_id)
        return self._head is not None and self.stage in self._head.pending

    def _known_head(self) -> RunHead | None:
        if self._head is None:
            self._head = self.log.head(self.run_id)
        return self._head


def finish_stage(log: ResultsLog, bucket: MediaBucket, run_id: str, stage: str) -> None:
    """Mark the stage finished; whoever finishes last closes the run and writes drop results.

    Safe to repeat: a redelivered message that finds its stage finished closes again, which
    appends nothing new and rewrites the same result files.
    """
    if log.finish_stage(run_id, stage):
        close_run(log, bucket, run_id)


def close_run(log: ResultsLog, bucket: MediaBucket, run_id: str) -> None:
    """Append ``done`` (once) and write every result file the run's drops asked for."""
    log.close(run_id, final_status)
    head = log.head(run_id)
    if head is not None:
        write_results(log, bucket, run_id, sorted(head.result_keys))


def final_status(chunks: list[Chunk]) -> RunStatus:
    """``failed`` when a stage gave up for a reason other than a finding about the item."""
    failures = [
        c for c in chunks
        if c.data_description == ChunkKind.ERROR and c.data.get("code") not in FINDING_CODES
    ]
    return "failed" if failures else "done"


def write_results(log: ResultsLog, bucket: MediaBucket, run_id: str, keys: list[str]) -> None:
    """Write a finished run's ``results/<key>.json`` files."""
    if not keys:
        return
    document = ResultDocument.of(log.chunks(run_id)).model_dump()
    for key in keys:
        bucket.write_json(key, document)
