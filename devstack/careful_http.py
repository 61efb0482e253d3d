"""uvicorn's HTTP/1.1 protocol (h11), made as careful as a server facing the internet should be.

h11 and uvicorn leave three things to the server: how long a client may take to send a request's
head (a client trickling a header byte every few seconds holds its connection for ever:
slowloris), and two head forms RFC 9112 tells a server to refuse because a proxy in front may
read the body's end differently (request smuggling): a message with both Content-Length and
Transfer-Encoding (section 6.3), and a header continued on the next line (obs-fold, section
5.2). Here each request's head is held until it is complete and checked before the parser sees
it; a head that does not arrive within ``head_timeout_s`` closes the connection (408).
"""

from __future__ import annotations

import asyncio
import json

from uvicorn.protocols.http.h11_impl import H11Protocol

# How long a request's head may take to arrive, from the connection (or the previous answer);
# the runner sets it from LOCAL_HEAD_TIMEOUT_SECONDS.
HEAD_TIMEOUT_S = 5.0
# The largest head taken (uvicorn's own limit for h11 is 64 KB too).
MAX_HEAD_BYTES = 64 * 1024


def head_problem(head: bytes) -> str | None:
    """Why a request head (request line and header lines, without the blank line) is refused,
    or None."""
    lines = head.split(b"\r\n")
    fields = lines[1:]
    if any(line[:1] in (b" ", b"\t") for line in fields):
        return "A header is continued on the next line (obs-fold); send each on one line."
    names = {line.split(b":", 1)[0].strip().lower() for line in fields}
    if b"content-length" in names and b"transfer-encoding" in names:
        return "Content-Length and Transfer-Encoding cannot both be sent; send one of them."
    return None


class CarefulH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on each request head and the checks above."""

    head_timeout_s = HEAD_TIMEOUT_S

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head = bytearray()
        self._reading_head = True
        self._head_timer: asyncio.TimerHandle | None = None
        self._start_head_timer()

    def data_received(self, data: bytes) -> None:
        if not self._reading_head:
            super().data_received(data)
            return
        self._unset_keepalive_if_required()  # the head timer watches the connection now
        self._head += data
        end = self._head.find(b"\r\n\r\n")
        if end == -1:
            if len(self._head) > MAX_HEAD_BYTES:
                self._refuse(431, "The request's headers are too large.")
            return  # held until the head is complete: nothing reaches the parser unchecked
        problem = head_problem(bytes(self._head[:end]))
        if problem is not None:
            self._refuse(400, problem)
            return
        held = bytes(self._head)
        self._head.clear()
        self._reading_head = False
        self._stop_head_timer()
        super().data_received(held)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._reading_head = True  # the next request's head is held and checked too
            self._start_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def _start_head_timer(self) -> None:
        self._stop_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout_s, self._head_too_slow)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        if self._reading_head and not self.transport.is_closing():
            if self._head:
                self._refuse(408, "The request's headers did not arrive in time.")
            else:
                self.transport.close()

    def _refuse(self, status: int, message: str) -> None:
        """Answer in the service's error shape and close (the rest of the request is unread)."""
        codes = {400: ("Bad Request", "bad-request"), 408: ("Request Timeout", "request-timeout"),
                 431: ("Request Header Fields Too Large", "headers-too-large")}
        reason, code = codes[status]
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        self.transport.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
        self._stop_head_timer()
        self._reading_head = False
        self.transport.close()


