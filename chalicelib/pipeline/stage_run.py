"""What every stage does with the results log: idempotent steps, giving up, finishing."""

from __future__ import annotations

import contextvars
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from aws_lambda_powertools import Logger

from chalicelib import observability
from chalicelib.errors import LensGptError, RunClosed, StageSettled
from chalicelib.observability import SERVICE
from chalicelib.providers.exceptions import FINDING_CODES, ProviderError
from chalicelib.services import Services
from chalicelib.stores.results_log import FINAL_STEPS, ResultsLog, RunHead
from chalicelib.stores.run_end import write_results
from chalicelib.wire import Chunk, ChunkKind, RunStatus, StageError

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
# When the function running this stage will be stopped (monotonic seconds), less a margin.
_stage_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "stage_deadline", default=None)


class StageTimedOut(ProviderError):
    """A provider call did not answer within the time the function has left."""

    code = "provider-timeout"


@contextmanager
def stage_time(context: Any, margin_s: float) -> Iterator[None]:
    """Bound every step of this invocation by the Lambda context's remaining time, less
    ``margin_s`` to record the outcome; without a context, steps are not bounded."""
    remaining = getattr(context, "get_remaining_time_in_millis", None)
    deadline = time.monotonic() + remaining() / 1000 - margin_s if remaining else None
    token = _stage_deadline.set(deadline)
    try:
        yield
    finally:
        _stage_deadline.reset(token)


def stage_time_left() -> float | None:
    """Seconds this invocation has left for its steps (None: not bounded)."""
    deadline = _stage_deadline.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def within_stage_time(compute: Callable[[], Any]) -> Any:
    """``compute()``, given up with ``StageTimedOut`` (retryable) when the function's time runs
    out first: a slow provider ends as an error the stage records, not as a killed function.
    The abandoned call finishes in its own thread; its answer is dropped."""
    deadline = _stage_deadline.get()
    if deadline is None:
        return compute()
    outcome: dict[str, Any] = {}

    def call() -> None:
        try:
            outcome["value"] = compute()
        except BaseException as exc:  # handed to the stage's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=contextvars.copy_context().run, args=(call,),
                              daemon=True, name="provider-call")
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise StageTimedOut("The provider did not answer within the time the stage had left.",
                            retryable=True)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


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

    def step(self, description: str, compute: Callable[[], Any], part: str = "") -> Any:
        """The data of this step's chunk, computing and appending it only if it is missing.

        ``part`` keys a further chunk of the same kind (``pricing/second-hand-offers/7``: the
        offers for the identity of seq 7)."""
        head = self._known_head()
        key = f"{self.stage}/{description}" + (f"/{part}" if part else "")
        if head is not None and key in head.emitted:
            observability.count(observability.CACHE_HITS)  # a redelivery reuses the step
            return self.log.chunk(self.run_id, head.emitted[key]).data
        data = within_stage_time(compute)
        # Once the stage's error is written its outcome is decided: no chunk may follow it.
        return self.log.append(self.run_id, key, self.stage, description, data,
                               forbid=[f"{self.stage}/{ChunkKind.ERROR}"]).data

    def give_up(self, exc: LensGptError) -> bool:
        """Record that this stage stops here, with the reason a user can read; False if its
        outcome was decided otherwise first (all its steps written, or the run closed)."""
        observability.provider_failed(exc)
        error = StageError(stage=self.stage, code=exc.code, message=exc.message)
        final = FINAL_STEPS.get(self.stage)
        try:
            # A stage whose last step is written succeeded: a racing delivery's error is moot.
            self.log.append(self.run_id, f"{self.stage}/{ChunkKind.ERROR}", self.stage,
                            ChunkKind.ERROR, error.model_dump(),
                            forbid=[f"{self.stage}/{final}"] if final else [])
        except RunClosed:
            logger.warning("run %s closed before %s could report %s", self.run_id, self.stage,
                           exc.code)
            return False
        except StageSettled:
            logger.info("run %s: %s finished before it could report %s", self.run_id,
                        self.stage, exc.code)
            return False
        return True

    def is_pending(self) -> bool:
        self._head = self.log.head(self.run_id)
        return self._head is not None and self.stage in self._head.pending

    def _known_head(self) -> RunHead | None:
        if self._head is None:
            self._head = self.log.head(self.run_id)
        return self._head


def finish_stage(s: Services, run_id: str, stage: str) -> None:
    """Mark the stage finished; whoever finishes last closes the run and writes drop results.

    Safe to repeat: a redelivered message that finds its stage finished closes again, which
    appends nothing new and rewrites the same result files.
    """
    if s.log.finish_stage(run_id, stage):
        close_run(s, run_id)


def close_run(s: Services, run_id: str) -> None:
    """Append ``done`` (once) and write every result file the run's drops asked for."""
    s.log.close(run_id, final_status)
    head = s.log.head(run_id)
    if head is not None:
        write_results(s.log, s.bucket, s.queries, sorted(head.result_keys))
        s.log.tell_followers(head)


def final_status(chunks: list[Chunk]) -> RunStatus:
    """``failed`` when a stage gave up for a reason other than a finding about the item."""
    failures = [
        c for c in chunks
        if c.data_description == ChunkKind.ERROR and c.data.get("code") not in FINDING_CODES
    ]
    return "failed" if failures else "done"


