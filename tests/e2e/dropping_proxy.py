"""An HTTP proxy in front of the local stack that cuts streams off mid-way, as flaky networks do.

It forwards every request unchanged (the Host header too, so the links the service writes point
back at the proxy) and records what it forwarded. The first ``cuts`` streamed responses are
broken off after ``cut_after`` chunks: half of the next event is sent, then the connection is
closed without ending the chunked body.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import parse_qs, urlsplit

import requests

_HOP_BY_HOP = {
    "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
    "proxy-authorization", "proxy-authenticate", "content-length", "accept-encoding",
}
_STREAM_TYPES = ("text/event-stream", "application/x-ndjson")


@dataclass(frozen=True)
class Forwarded:
    """One request the proxy forwarded."""

    method: str
    path: str
    query: str
    after: str | None
    last_event_id: str | None
    streamed: bool
    cut: bool


class DroppingProxy:
    """A proxy on 127.0.0.1 in front of ``upstream``."""

    def __init__(self, upstream: str, cut_after: int, cuts: int = 1) -> None:
        self.upstream = upstream.rstrip("/")
        self.cut_after = cut_after
        self.cuts_left = cuts
        self.forwarded: list[Forwarded] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> DroppingProxy:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def streams(self) -> list[Forwarded]:
        with self._lock:
            return [f for f in self.forwarded if f.streamed]

    def requests_to(self, path_prefix: str) -> list[Forwarded]:
        with self._lock:
            return [f for f in self.forwarded if f.path.startswith(path_prefix)]

    def take_cut(self) -> bool:
        with self._lock:
            if self.cuts_left <= 0:
                return False
            self.cuts_left -= 1
            return True

    def record(self, forwarded: Forwarded) -> None:
        with self._lock:
            self.forwarded.append(forwarded)


def _handler_for(proxy: DroppingProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:
            """Quiet: the tests read ``proxy.forwarded`` instead."""

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._forward()

        def do_POST(self) -> None:  # noqa: N802
            self._forward()

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            answer = requests.request(self.command, proxy.upstream + self.path, data=body,
                                      headers=headers, stream=True, allow_redirects=False,
                                      timeout=(5, 60))
            streamed = answer.headers.get("content-type", "").startswith(_STREAM_TYPES)
            cut = streamed and proxy.take_cut()
            url = urlsplit(self.path)
            after = (parse_qs(url.query).get("after") or [None])[0]
            proxy.record(Forwarded(self.command, url.path, url.query, after,
                                   self.headers.get("Last-Event-ID"), streamed, cut))
            with answer:
                if streamed:
                    self._relay_stream(answer, cut)
                else:
                    self._relay_whole(answer)

        def _start(self, answer: requests.Response, extra: dict[str, str]) -> None:
            self.send_response(answer.status_code)
            for name, value in answer.headers.items():
                if name.lower() not in _HOP_BY_HOP and name.lower() != "content-encoding":
                    self.send_header(name, value)
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()

        def _relay_whole(self, answer: requests.Response) -> None:
            body = answer.content
            self._start(answer, {"Content-Length": str(len(body))})
            self.wfile.write(body)

        def _relay_stream(self, answer: requests.Response, cut: bool) -> None:
            self._start(answer, {"Transfer-Encoding": "chunked", "Connection": "close"})
            self.close_connection = True
            ndjson = answer.headers["content-type"].startswith("application/x-ndjson")
            sent = 0
            for event in _events(answer, b"\n" if ndjson else b"\n\n"):
                if cut and sent == proxy.cut_after and b'"seq"' in event:
                    self._write_chunk(event[: len(event) // 2])
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self._write_chunk(event)
                sent += b'"seq"' in event
            self.wfile.write(b"0\r\n\r\n")

        def _write_chunk(self, data: bytes) -> None:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

    return Handler


def _events(answer: requests.Response, separator: bytes) -> Iterator[bytes]:
    """The upstream body split into whole events (each with its separator)."""
    pending = b""
    for piece in answer.iter_content(chunk_size=None):
        pending += piece
        while separator in pending:
            event, pending = pending.split(separator, 1)
            yield event + separator
    if pending:
        yield pending
