"""A webhook receiver on this machine, for trying webhooks out (``lens-gpt listen``).

It answers each POST the service sends to a ``callback_url`` such as
``http://127.0.0.1:9009/hooks`` (the local stack may call loopback addresses; a deployed service
calls public ones only), checks its signature when it knows the secret, and hands the event on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from lens_gpt_client.webhooks import (
    DELIVERY_HEADER,
    SIGNATURE_HEADER,
    InvalidSignature,
    WebhookChunk,
    WebhookDone,
    check_signature,
    parse_event,
    read_event,
)

# The largest body taken: a chunk event with many matches stays far below it.
MAX_BODY_BYTES = 1_000_000


@dataclass(frozen=True)
class Delivery:
    """One POST as it arrived: its id, its raw body, and the event (None if it was refused)."""

    id: str
    body: bytes
    event: WebhookDone | WebhookChunk | None
    verified: bool  # its signature matched one of the secrets
    refused: str | None = None  # why it was answered 400


class Listener:
    """An HTTP server that answers webhook deliveries and calls ``on_delivery`` with each.

    With ``secrets``, a delivery whose signature matches none of them (or is too old) is
    answered 400 and reported refused; without, signatures are not checked.
    """

    def __init__(self, on_delivery: Callable[[Delivery], None], port: int = 0,
                 host: str = "127.0.0.1", secrets: Sequence[str] = ()) -> None:
        self._on_delivery = on_delivery
        self._secrets = tuple(secrets)
        self._server = ThreadingHTTPServer((host, port), self._handler())
        self._server.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/hooks"

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.2)

    def shutdown(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def receive(self, headers: dict[str, str], body: bytes) -> Delivery:
        """The delivery these headers and body make (what ``on_delivery`` is then given)."""
        delivery_id = headers.get(DELIVERY_HEADER.lower(), "")
        signature = headers.get(SIGNATURE_HEADER.lower())
        try:
            if self._secrets:
                secret = self._matching_secret(body, signature, delivery_id)
                return Delivery(delivery_id, body, parse_event(
                    body, signature, secret, delivery_id=delivery_id), True)
            return Delivery(delivery_id, body, read_event(body), False)
        except InvalidSignature as exc:
            return Delivery(delivery_id, body, None, False, exc.message)

    def _matching_secret(self, body: bytes, signature: str | None, delivery_id: str) -> str:
        reasons = []
        for secret in self._secrets:
            try:
                check_signature(secret, body, signature, delivery_id=delivery_id)
            except InvalidSignature as exc:
                reasons.append(exc)
                continue
            return secret
        raise reasons[-1]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                size = int(self.headers.get("Content-Length") or 0)
                if size > MAX_BODY_BYTES:
                    self._answer(413)
                    return
                delivery = listener.receive({k.lower(): v for k, v in self.headers.items()},
                                            self.rfile.read(size))
                # Recorded before the answer, so whoever sent it sees it once answered.
                listener._on_delivery(delivery)
                self._answer(400 if delivery.refused else 200)

            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: Any) -> None:
                pass  # each delivery is reported by on_delivery instead

        return Handler
