"""One poller per followed run, shared by every client of this process that follows it.

The poller long-polls the results log with an adaptive interval: quick right after a chunk
arrived (more are likely to follow), slower while the run is idle, so a waiting stream costs few
reads. It stops when the run's ``done`` chunk arrives or its last follower leaves. A run still
open past its deadline (read once, from the run's head) is closed by the poller, so its streams
end.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator, Callable

from aws_lambda_powertools import Logger

from chalicelib.observability import SERVICE
from chalicelib.stores.results_log import ResultsLog, RunHead
from chalicelib.wire import Chunk, ChunkKind

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)


class RunFeed:
    """The chunks of one run seen so far, and a signal for every change."""

    def __init__(self, run_id: str, log: ResultsLog, min_interval: float, max_interval: float,
                 close_overdue: Callable[[RunHead], bool] | None = None):
        self.run_id = run_id
        self._close_overdue = close_overdue
        self._deadline_at: float | None = None
        self.chunks: list[Chunk] = []
        self.finished = False
        self.followers = 0
        self._log = log
        self._min = min_interval
        self._max = max_interval
        self._changed = asyncio.Event()
        self._task: asyncio.Task | None = None

    def after(self, seq: int) -> list[Chunk]:
        return [c for c in self.chunks if c.seq > seq]

    async def wait_after(self, seq: int, timeout: float) -> bool:
        """Wait until a chunk newer than ``seq`` exists or the run ended; False on time-out."""
        while not self.after(seq) and not self.finished:
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), timeout)
            except TimeoutError:
                return False
        return True

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._poll(), name=f"feed-{self.run_id}")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _poll(self) -> None:
        interval = self._min
        await self._read_deadline()
        while not self.finished and self.followers > 0:
            await self._end_if_overdue()
            last = self.chunks[-1].seq if self.chunks else 0
            try:
                new = await asyncio.to_thread(self._log.chunks, self.run_id, last)
            except Exception:  # a throttled or failed read is retried; the stream goes on
                logger.warning("polling run %s failed", self.run_id, exc_info=True)
                new = []
            if new:
                self._publish(new)
                interval = self._min
            else:
                interval = min(interval * 1.5, self._max)
            if not self.finished:
                await asyncio.sleep(interval)

    async def _read_deadline(self) -> None:
        if self._close_overdue is None or self._deadline_at is not None:
            return
        try:
            head = await asyncio.to_thread(self._log.head, self.run_id)
        except Exception:  # read again with the next poll's deadline check
            logger.warning("reading run %s's deadline failed", self.run_id, exc_info=True)
            return
        # A run without a deadline (written before there were any) is never closed here.
        known = head.deadline_at if head is not None else None
        self._deadline_at = float(known) if known is not None else float("inf")

    async def _end_if_overdue(self) -> None:
        if self._close_overdue is None:
            return
        if self._deadline_at is None:
            await self._read_deadline()
        if self._deadline_at is None or time.time() <= self._deadline_at:
            return
        try:
            head = await asyncio.to_thread(self._log.head, self.run_id)
            if head is not None:
                await asyncio.to_thread(self._close_overdue, head)
        except Exception:  # tried again on the next poll
            logger.warning("closing run %s past its deadline failed", self.run_id, exc_info=True)

    def _publish(self, new: list[Chunk]) -> None:
        self.chunks.extend(new)
        self.finished = self.finished or any(c.data_description == ChunkKind.DONE for c in new)
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()


class FeedHub:
    """The feeds of this process, by run id."""

    def __init__(self, log: ResultsLog, min_interval: float, max_interval: float,
                 close_overdue: Callable[[RunHead], bool] | None = None) -> None:
        self._log = log
        self._close_overdue = close_overdue
        self._min = min_interval
        self._max = max_interval
        self._feeds: dict[str, RunFeed] = {}

    @asynccontextmanager
    async def follow(self, run_id: str) -> AsyncIterator[RunFeed]:
        feed = self._feeds.get(run_id)
        if feed is None:
            feed = RunFeed(run_id, self._log, self._min, self._max, self._close_overdue)
            self._feeds[run_id] = feed
        feed.followers += 1
        feed.start()
        try:
            yield feed
        finally:
            feed.followers -= 1
            if feed.followers == 0:
                feed.stop()
                self._feeds.pop(run_id, None)

    @property
    def active(self) -> int:
        return len(self._feeds)
