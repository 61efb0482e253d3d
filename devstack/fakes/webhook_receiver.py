"""A webhook receiver on 127.0.0.1 (for the tests and the benchmark), and an independent check
of signatures."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from devstack.fakes.local_server import start_local_server

DROP = "drop"  # an answer that closes the connection without a response


@dataclass(frozen=True)
class Received:
    """One POST as the receiver got it."""

    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.time)  # when it arrived (epoch seconds)

    @property
    def document(self) -> dict[str, Any]:
        return json.loads(self.body)

    @property
    def delivery_id(self) -> str:
        return self.headers["x-lens-gpt-delivery"]


def verify(secret: str, header: str, body: bytes, delivery_id: str) -> bool:
    """``X-Lens-Gpt-Signature`` checked as a receiver would, with the standard library only."""
    parts = dict(part.split("=", 1) for part in header.split(","))
    signed = f"{parts['t']}.{delivery_id}.".encode() + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


class Receiver:
    """Records every POST; answers the first ones as ``script`` says (a status, or ``DROP``),
    then ``then``."""

    def __init__(self, script: list[int | str] | None = None, then: int | str = 200) -> None:
        self.received: list[Received] = []
        self._script = list(script or [])
        self._then = then
        self._lock = threading.Lock()
        self._server, self.base = start_local_server(self._handler(), "webhook-receiver")
        self.url = f"{self.base}/hooks/lens"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                answer = receiver._take(Received({k.lower(): v for k, v in self.headers.items()},
                                                 body))
                if answer == DROP:
                    self.close_connection = True
                    self.connection.close()
                    return
                self.send_response(int(answer))
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *_: Any) -> None:
                pass

        return Handler

    def _take(self, received: Received) -> int | str:
        with self._lock:
            self.received.append(received)
            return self._script.pop(0) if self._script else self._then

    def wait_for(self, count: int, timeout: float = 30) -> list[Received]:
        """The first ``count`` POSTs, once that many have arrived."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.received) >= count:
                    return list(self.received)
            time.sleep(0.05)
        raise AssertionError(f"{len(self.received)} POSTs arrived, not {count}")

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class StallingReceiver:
    """A receiver that accepts every connection and never answers (nor closes it): what a
    hostile or broken webhook destination does to hold up its deliveries."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/hooks/stall"
        self.held: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True, name="stalling-receiver").start()

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self.held)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed
            with self._lock:
                self.held.append(conn)

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            for conn in self.held:
                conn.close()
