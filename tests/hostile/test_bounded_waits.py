"""Every wait ends and every input is bounded, on the local stack over HTTP: long-polls do not
hold up other requests, keep-alives keep their promise with many idle streams, a stream of a
query that is never uploaded ends, and bodies over the limit are refused before they are read.

This module runs its own stack, with a short keep-alive interval and short upload expiry.
"""

from __future__ import annotations

import json
import selectors
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest
import requests

from tests.helpers import Stack
from tests.hostile import files
from tests.hostile.conftest import SIMULATED

KEEPALIVE_S = 1.0
UPLOAD_EXPIRES_S = 3
API_BODY_LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    env = {**SIMULATED, "RELAY_KEEPALIVE_SECONDS": str(KEEPALIVE_S),
           "UPLOAD_EXPIRES_SECONDS": str(UPLOAD_EXPIRES_S)}
    running = Stack(workdir=Path(tmp_path_factory.mktemp("bounded")), env=env).start()
    yield running
    running.stop()


def raw_request(stack: Stack, head: str) -> socket.socket:
    """A connection to the stack with ``head`` (request line and headers) sent on it."""
    conn = socket.create_connection(("127.0.0.1", stack.port), timeout=30)
    conn.sendall(head.encode("latin-1"))
    return conn


def read_answer(conn: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a (non-chunked) answer on ``conn``."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            break
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def test_long_polls_do_not_hold_up_other_requests(stack: Stack) -> None:
    # Given 16 clients long-polling a query that will not change for 25 s
    waiting = stack.create_query()["id"]
    with ThreadPoolExecutor(16) as pool:
        polls = [pool.submit(requests.get, f"{stack.url}/queries/{waiting}",
                             params={"wait": 25}, timeout=60) for _ in range(16)]
        time.sleep(1)  # let them reach the server

        # When other clients check health, create a query and classify a photo
        health = requests.get(f"{stack.url}/health", timeout=60)
        created = requests.post(f"{stack.url}/queries", json={}, timeout=60)
        classified = requests.post(f"{stack.url}/classify", timeout=60, stream=True, files={
            "file": ("photo.jpg", files.image_bytes("JPEG", (70, 50)), "image/jpeg")})

        # Then they are answered (the stream's head has come) while the long-polls are still
        # waiting; how long the analysis then takes depends on the machine's load, not the polls.
        still_waiting = sum(not poll.done() for poll in polls)
        assert health.json()["status"] == "ok"
        assert created.status_code == 201
        assert classified.status_code == 200
        assert still_waiting == 16
        assert '"done"' in b"".join(classified.iter_lines()).decode()
        assert all(poll.result().status_code == 200 for poll in polls)


def test_many_idle_streams_get_their_first_keepalive_by_the_clock(stack: Stack) -> None:
    # Given 200 streams of queries nobody uploads to
    ids = [stack.create_query()["id"] for _ in range(200)]
    selector = selectors.DefaultSelector()
    opened: dict[socket.socket, float] = {}
    for query_id in ids:
        conn = raw_request(stack, f"GET /queries/{query_id}/stream HTTP/1.1\r\n"
                                  f"Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        conn.setblocking(False)
        opened[conn] = time.monotonic()
        selector.register(conn, selectors.EVENT_READ, bytearray())

    # When they wait for the first keep-alive comment of each
    first_keepalive: dict[socket.socket, float] = {}
    deadline = time.monotonic() + 30
    while len(first_keepalive) < len(opened) and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1):
            received: bytearray = key.data
            received += key.fileobj.recv(65536)
            if b"\n:" in received and key.fileobj not in first_keepalive:
                first_keepalive[key.fileobj] = time.monotonic()
    for conn in opened:
        selector.unregister(conn)
        conn.close()

    # Then every stream had one, within a few intervals of the promised one
    assert len(first_keepalive) == len(opened)
    late = max(first_keepalive[c] - opened[c] for c in opened)
    assert late < 4 * KEEPALIVE_S, f"the last first keep-alive came after {late:.1f} s"


def test_a_stream_of_a_query_never_uploaded_ends_when_its_upload_expires(stack: Stack) -> None:
    # Given a query nobody uploads to
    created = stack.create_query()

    # When its stream is followed
    events = [event["data"] for event in stack.stream(f"/queries/{created['id']}/stream")]

    # Then it ends with the upload's expiry: an error, then done (failed)
    assert [e["data_description"] for e in events] == ["error", "done"]
    assert events[0]["data"]["code"] == "upload-expired" and events[0]["data"]["message"]
    assert events[1]["data"]["status"] == "failed"


def test_an_upload_in_time_is_not_cut_short_by_the_expiry(stack: Stack) -> None:
    created = stack.submit(files.image_bytes("JPEG", (71, 53)))
    time.sleep(UPLOAD_EXPIRES_S * 2 + 1)  # well past the expiry and its grace

    events = [event["data"] for event in stack.stream(f"/queries/{created['id']}/stream")]

    assert events[-1]["data"]["status"] == "done"


def test_an_api_body_over_the_limit_is_refused_by_its_length_before_it_is_sent(
    stack: Stack
) -> None:
    # Given a request that declares 50 MB and sends none of it
    conn = raw_request(stack, "POST /queries HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/json\r\n"
                              f"Content-Length: {50 * 1024 * 1024}\r\n\r\n")

    # Then it is answered with 413 in the service's shape without waiting for the body
    status, headers, body = read_answer(conn)
    conn.close()
    assert status == 413 and headers["content-type"].startswith("application/json")
    assert json.loads(body)["error"]["code"] == "payload-too-large"


def test_an_api_body_over_the_limit_is_refused_while_it_streams(stack: Stack) -> None:
    # Given a chunked body that has sent a little more than the limit and then goes on waiting
    conn = raw_request(stack, "POST /queries HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/json\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n")
    piece = b" " * 8192
    for _ in range(API_BODY_LIMIT // len(piece) + 2):
        conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))

    # Then the server stops reading and answers 413
    status, _, body = read_answer(conn)
    conn.close()
    assert status == 413
    assert json.loads(body)["error"]["code"] == "payload-too-large"
    assert requests.get(f"{stack.url}/health", timeout=10).json()["status"] == "ok"
