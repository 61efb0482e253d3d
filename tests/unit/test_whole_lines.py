"""The workers' stdout holds one JSON object per line however many threads print at once: the
benchmark's cost table reads the stages' metric lines from it (an interleaved line stopped it
with "JSONDecodeError: Extra data")."""

from __future__ import annotations

import io
import json
import sys
import threading

import pytest
from aws_lambda_powertools import Logger

from chalicelib import observability
from chalicelib.observability import SERVICE
from devstack import runner
from devstack.console import LineWriter

THREADS, LINES = 8, 300


def print_from_threads(target: object) -> None:
    def work(n: int) -> None:
        for i in range(LINES):
            # As powertools prints a metric: the object, then print's own newline.
            print(json.dumps({"thread": n, "i": i, "StageDuration": [1.5]}), file=target)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_lines_printed_by_many_threads_stay_whole() -> None:
    out = io.StringIO()

    print_from_threads(LineWriter(out))

    lines = out.getvalue().splitlines()
    assert len(lines) == THREADS * LINES
    assert {(o["thread"], o["i"]) for o in map(json.loads, lines)} == {
        (n, i) for n in range(THREADS) for i in range(LINES)}


def test_a_partial_line_waits_for_its_newline() -> None:
    out = io.StringIO()
    writer = LineWriter(out)

    writer.write('{"a": ')
    assert out.getvalue() == ""
    writer.write('1}\n{"b"')
    assert out.getvalue() == '{"a": 1}\n'


def test_the_workers_metrics_and_logs_share_one_whole_line_stdout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a worker process's stdout (its log file)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    handler = observability.logger.registered_handler
    monkeypatch.setattr(handler, "stream", handler.stream)  # put back afterwards

    # When the workers set up their output, then metrics are printed and logs written at once
    runner._whole_lines_on_stdout()
    logger = Logger(service=SERVICE, child=True)
    logging_thread = threading.Thread(target=lambda: [logger.info("line %d", i)
                                                      for i in range(LINES)])
    logging_thread.start()
    print_from_threads(None)  # print() to sys.stdout, as powertools' metrics do
    logging_thread.join()

    # Then every line of the file is one JSON object
    assert isinstance(sys.stdout, LineWriter)
    lines = out.getvalue().splitlines()
    assert len(lines) == THREADS * LINES + LINES
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert sum(json.loads(line).get("message", "").startswith("line ") for line in lines) == LINES
