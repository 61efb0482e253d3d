"""What ``make run`` shows on its console: one line per query, while the JSON logs go to a file.

The service logs as in Lambda (JSON lines, metrics as embedded-metric lines on stdout); locally
that is a flood that scrolls the base URL away. So the runner sends stdout and the service's
log lines to a file, and this reporter, a log handler on the service logger, turns two of the
lines into the console's: "query bound to its run" and "run finished".
"""

from __future__ import annotations

import io
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import IO

from chalicelib.stores.results_log import ResultsLog

# The status a run ended with (None while it runs), by run id.
RunEnd = Callable[[str], str | None]
# Why a run failed, in a few words (None: nothing to say), by run id.
RunTrouble = Callable[[str], str | None]


class QueryLines(logging.Handler):
    """Prints ``<query id>  <outcome>  <seconds>`` once each query's run has finished."""

    def __init__(self, console: IO[str], run_end: RunEnd,
                 trouble: RunTrouble | None = None) -> None:
        super().__init__(level=logging.INFO)
        self._console = console
        self._run_end = run_end
        self._trouble = trouble or (lambda _run_id: None)
        self._events: queue.SimpleQueue[tuple[str, str, str, float]] = queue.SimpleQueue()
        self._waiting: dict[str, list[tuple[str, float]]] = {}
        self._thread = threading.Thread(target=self._report, daemon=True, name="query-lines")
        self._thread.start()

    def emit(self, record: logging.LogRecord) -> None:
        # Only queued here: the lines are written (and runs looked up) off the stages' threads.
        message, extra = record.getMessage(), record.__dict__
        if message == "query bound to its run":
            self._events.put(("bound", extra["run_id"], extra["query_id"], record.created))
        elif message == "run finished":
            self._events.put(("finished", extra["run_id"], extra["status"], record.created))

    def _report(self) -> None:
        while True:
            kind, run_id, value, at = self._events.get()
            if kind == "bound":
                ended = self._run_end(run_id)
                if ended is None:
                    self._waiting.setdefault(run_id, []).append((value, at))
                else:  # a known image: its stored result serves this query at once
                    self._line(value, ended, 0.0, "stored result")
            else:
                why = self._trouble(run_id) if value == "failed" else None
                for query_id, since in self._waiting.pop(run_id, []):
                    self._line(query_id, value, at - since, why or "")

    def _line(self, query_id: str, status: str, seconds: float, note: str = "") -> None:
        when = time.strftime("%H:%M:%S")
        tail = f"  ({note})" if note else ""
        self._console.write(f"{when}  query {query_id}  {status:<6}  {seconds:5.1f} s{tail}\n")
        self._console.flush()


def trouble_of(log: ResultsLog) -> RunTrouble:
    """What made a run fail: its first error chunk, as ``<stage> gave up: <message>``."""
    def trouble(run_id: str) -> str | None:
        errors = [c.data for c in log.chunks(run_id) if c.data_description == "error"]
        first = next((e for e in errors if isinstance(e, dict)), None)
        if first is None:
            return None
        return f"{first.get('stage', '?')} gave up: {first.get('message') or first.get('code')}"
    return trouble


def run_end_of(log: ResultsLog) -> RunEnd:
    """How a run ended (``done``/``failed``), read from its head; None while it runs."""
    def ended(run_id: str) -> str | None:
        head = log.head(run_id)
        return head.status if head is not None and head.closed else None
    return ended


class LineWriter(io.TextIOBase):
    """A text stream shared by many threads that writes whole lines, each in one write.

    ``print`` writes a line and its newline separately, so two threads printing at once (the
    stages' metric lines, the log lines) can put two JSON objects on one line, which no reader
    can parse. Here each thread's text is held until its newline, and every complete line goes
    to ``stream`` in one write under a lock.
    """

    def __init__(self, stream: IO[str]) -> None:
        super().__init__()
        self._stream = stream
        self._lock = threading.Lock()
        self._pending = threading.local()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        held = getattr(self._pending, "text", "") + text
        complete, newline, rest = held.rpartition("\n")
        self._pending.text = rest
        if newline:
            with self._lock:
                self._stream.write(complete + newline)
                self._stream.flush()
        return len(text)

    def flush(self) -> None:
        with self._lock:
            self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()
