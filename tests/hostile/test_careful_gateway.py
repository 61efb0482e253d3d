"""The local gateway as a careful server: long-polls that have their answer are not queued behind
those that wait, heads that trickle in are cut off, smuggling-prone heads are refused, and a
refused method is told the methods its route takes."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from devstack.careful_http import head_problem
from devstack.photos import fresh_photo
from tests.helpers import RELAXED, Stack
from tests.hostile.conftest import SIMULATED

WAITING_SLOTS = 2
HEAD_TIMEOUT_S = 1.5


@pytest.fixture(scope="module")
def small_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A stack with two long-poll slots, so a few waiting clients fill them."""
    running = Stack(workdir=Path(tmp_path_factory.mktemp("careful")), env={
        **SIMULATED, **RELAXED, "LOCAL_LONG_POLL_THREADS": str(WAITING_SLOTS),
        "LOCAL_HEAD_TIMEOUT_SECONDS": str(HEAD_TIMEOUT_S)}).start()
    yield running
    running.stop()


def raw_exchange(stack: Stack, data: bytes, timeout: float = 10) -> bytes:
    """Send ``data`` on a new connection; everything answered until the server closes."""
    parts = urlsplit(stack.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as conn:
        conn.sendall(data)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
        return answer


def test_a_long_poll_on_a_finished_query_does_not_wait_for_a_slot(small_stack: Stack) -> None:
    # Given a finished query, and every waiting slot held by long-polls on queries that wait
    finished = small_stack.submit(fresh_photo("mug"))
    small_stack.poll_until_finished(finished["id"], timeout=60)
    waiting = [small_stack.create_query() for _ in range(WAITING_SLOTS * 2)]
    with ThreadPoolExecutor(len(waiting)) as pool:
        holds = [pool.submit(requests.get, f"{small_stack.url}/queries/{q['id']}",
                             params={"wait": 4}, timeout=30) for q in waiting]
        time.sleep(0.5)  # the holds are under way

        # When a client long-polls the finished query
        started = time.monotonic()
        answer = requests.get(f"{small_stack.url}/queries/{finished['id']}",
                              params={"wait": 20}, timeout=30)
        took = time.monotonic() - started

        # Then it is answered at once, not after the holds
        assert answer.status_code == 200 and answer.json()["status"] == "done"
        assert took < 2, took
        assert all(h.result().status_code == 200 for h in holds)


def test_a_head_that_trickles_in_is_cut_off(small_stack: Stack) -> None:
    started = time.monotonic()

    answer = raw_exchange(small_stack, b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: 1",
                          timeout=HEAD_TIMEOUT_S + 10)

    assert answer.startswith(b"HTTP/1.1 408 ")
    assert HEAD_TIMEOUT_S - 0.5 < time.monotonic() - started < HEAD_TIMEOUT_S + 5


@pytest.mark.parametrize("head", [
    b"POST /queries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    b"POST /queries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding:\r\n chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    b"GET /health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\tfolded\r\n\r\n",
])
def test_smuggling_prone_heads_are_a_400(small_stack: Stack, head: bytes) -> None:
    answer = raw_exchange(small_stack, head)

    assert answer.startswith(b"HTTP/1.1 400 "), answer[:100]
    assert b'"code": "bad-request"' in answer


def test_the_checks_are_a_pure_rule() -> None:
    assert head_problem(b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0") is None
    assert head_problem(b"GET / HTTP/1.1\r\nHost: x\r\ncontent-length: 1\r\n"
                        b"TRANSFER-ENCODING: chunked")
    assert head_problem(b"GET / HTTP/1.1\r\nHost: x\r\n folded")


@pytest.mark.parametrize(("method", "path", "allow"), [
    ("TRACE", "/health", "GET"),
    ("HEAD", "/queries", "POST"),
    ("DELETE", "/queries/some-id", "GET"),
    ("TRACE", "/queries/some-id/stream", "GET, HEAD"),
    ("PUT", "/classify", "POST"),
])
def test_a_refused_method_is_told_the_methods_its_route_takes(
    small_stack: Stack, method: str, path: str, allow: str,
) -> None:
    answer = requests.request(method, f"{small_stack.url}{path}", timeout=10)

    assert answer.status_code == 405
    assert answer.headers["Allow"] == allow
    if method != "HEAD":
        assert answer.json()["error"]["message"].endswith(f"use {allow.replace(', ', ' or ')}.")
