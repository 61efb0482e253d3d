"""A small scripted HTTP service on loopback for the SDK's tests: each route answers from a
list (the last answer repeats), and every request is recorded as it arrived."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # dict/list -> JSON, bytes as they are
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    peer: tuple[str, int] = ("", 0)  # the client's address and port: its connection

    def json(self) -> Any:
        return json.loads(self.body)


class FakeService:
    """``routes["GET /queries/q1"] = [Answer(...), ...]``; ``seen`` lists the requests."""

    def __init__(self, port: int = 0, keep_alive: bool = False) -> None:
        """``keep_alive``: HTTP/1.1, whose connections a client may send more requests on."""
        self.routes: dict[str, list[Answer]] = {}
        self.seen: list[Seen] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler(keep_alive))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeService:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def requests_to(self, route: str) -> list[Seen]:
        method, path = route.split(" ", 1)
        return [s for s in self.seen if s.method == method and s.path.split("?")[0] == path]

    def _answer(self, method: str, path: str) -> Answer:
        script = self.routes.get(f"{method} {path.split('?')[0]}")
        if not script:
            return Answer(404, {"error": {"code": "not-found", "message": "No such route."}})
        return script.pop(0) if len(script) > 1 else script[0]

    def _handler(self, keep_alive: bool) -> type[BaseHTTPRequestHandler]:
        service = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def log_message(self, *_: Any) -> None:  # quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                service.seen.append(Seen(self.command, self.path, dict(self.headers), body,
                                         self.client_address[:2]))
                answer = service._answer(self.command, self.path)
                payload = (answer.body if isinstance(answer.body, bytes)
                           else json.dumps(answer.body).encode() if answer.body is not None
                           else b"")
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if "Content-Type" not in answer.headers:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

        return Handler


def chunk(seq: int, kind: str, data: Any, stage: str = "gpt") -> dict[str, Any]:
    return {"seq": seq, "image_sha256": "ab" * 32, "stage": stage, "data_description": kind,
            "data_type": "dict[str, Any]", "data": data, "created_at": "2026-11-22T10:00:00Z"}


def document(query_id: str, status: str, chunks: list[dict[str, Any]],
             summary: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    cursor = chunks[-1]["seq"] if chunks else 0
    return {"id": query_id, "status": status, "image_sha256": "ab" * 32, "chunks": chunks,
            "cursor": cursor, "summary": summary or {}, **extra}


def created(service: FakeService, query_id: str) -> dict[str, Any]:
    """A ``201`` of ``POST /queries`` whose presigned upload goes to the fake service too."""
    return {"id": query_id, "status": "awaiting_upload",
            "upload": {"url": f"{service.url}/upload", "fields": {"key": f"uploads/{query_id}"},
                       "max_bytes": 1000, "expires_at": "2026-11-22T10:15:00Z"},
            "links": {"self": f"{service.url}/queries/{query_id}",
                      "stream": f"{service.url}/queries/{query_id}/stream"}}
