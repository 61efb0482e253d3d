"""A local web server with scripted pages, redirects and slow or endless answers (tests only)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from devstack.fakes.local_server import start_local_server


@dataclass(frozen=True)
class Route:
    """What the server answers on one path."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "text/html"})
    hang: bool = False
    chunked_bytes: int = 0  # stream this many bytes without a content-length
    trickle: str = ""  # "headers" or "body": send that part one byte per ``trickle_s``
    trickle_s: float = 0.2


def page(html: str, content_type: str = "text/html; charset=utf-8") -> Route:
    return Route(body=html.encode(), headers={"content-type": content_type})


def redirect(location: str, status: int = 302) -> Route:
    return Route(status=status, headers={"location": location})


@dataclass
class PageServer:
    routes: dict[str, Route]
    base_url: str = ""
    hits: list[str] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)  # paths whose answer was sent in full
    stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base_url + path


def _handler(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            server.hits.append(self.path)
            route = server.routes.get(self.path, Route(status=404, body=b"not found"))
            if route.hang:
                server.stopping.wait(30)
                return
            try:
                self._answer(route)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as a size limit should make it

        def _answer(self, route: Route) -> None:
            if route.trickle:
                self._trickle(route)
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.chunked_bytes:
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                piece = b"<p>" + b"x" * 8185 + b"</p>"
                for _ in range(route.chunked_bytes // len(piece) + 1):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
                return
            self.send_header("content-length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def _trickle(self, route: Route) -> None:
            """Headers and body, one part sent a byte at a time (a slow-loris server)."""
            head = b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\nx-padding: " + b"p" * 40
            head += b"\r\ncontent-length: %d\r\n\r\n" % len(route.body)
            for part, name in ((head, "headers"), (route.body, "body")):
                pieces = [part[i:i + 1] for i in range(len(part))] if route.trickle == name \
                    else [part]
                for piece in pieces:
                    if server.stopping.wait(route.trickle_s if len(pieces) > 1 else 0):
                        return
                    self.wfile.write(piece)
                    self.wfile.flush()
            server.completed.append(self.path)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serve_pages(routes: dict[str, Route]) -> Iterator[PageServer]:
    """Serve ``routes`` on 127.0.0.1 for the duration of the block."""
    state = PageServer(routes)
    httpd, state.base_url = start_local_server(_handler(state), "fake-pages")
    try:
        yield state
    finally:
        state.stopping.set()
        httpd.shutdown()
        httpd.server_close()
