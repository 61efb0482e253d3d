"""A local server that answers like OpenAI's Chat Completions API, for the real SDK (tests only).

It records every request (path, headers, JSON body) so tests can check what the SDK sent, and
plays a script of replies: a structured answer, an HTTP error (429, 500 with ``retry-after-ms``
so the SDK's retries stay quick), a hang past the client's time-out, or content that is not
JSON. When the script runs out, ``answer`` (a function of the request body) decides.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from devstack.fakes.local_server import start_local_server

Reply = tuple[str, Any]
Answer = Callable[[dict[str, Any]], Reply]


def structured(data: dict[str, Any]) -> Reply:
    """A reply whose assistant message holds ``data`` as JSON."""
    return ("content", json.dumps(data))


def status(code: int) -> Reply:
    return ("status", code)


def hang() -> Reply:
    """No answer until the client gives up (or the server stops)."""
    return ("hang", None)


def not_json() -> Reply:
    return ("content", "Sure! The producer is probably Nordkap.")


@dataclass
class FakeOpenAI:
    """The server's state: the script, the default answer and what it received."""

    answer: Answer = field(default=lambda body: status(500))
    script: list[Reply] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""
    stopping: threading.Event = field(default_factory=threading.Event)

    def schema_names(self) -> list[str]:
        """The JSON schema each request asked for, in order."""
        return [r["body"]["response_format"]["json_schema"]["name"] for r in self.requests]

    def next_reply(self, body: dict[str, Any]) -> Reply:
        return self.script.pop(0) if self.script else self.answer(body)


def schema_name(body: dict[str, Any]) -> str:
    return body.get("response_format", {}).get("json_schema", {}).get("name", "")


def user_text(body: dict[str, Any]) -> str:
    """All text parts of the request's user messages."""
    parts = []
    for message in body.get("messages", []):
        content = message.get("content")
        if message.get("role") != "user":
            continue
        if isinstance(content, str):
            parts.append(content)
        else:
            parts.extend(p.get("text", "") for p in content if p.get("type") == "text")
    return "\n".join(parts)


def image_urls(body: dict[str, Any]) -> list[str]:
    return [
        part["image_url"]["url"]
        for message in body.get("messages", [])
        if isinstance(message.get("content"), list)
        for part in message["content"]
        if part.get("type") == "image_url"
    ]


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            headers = {name.lower(): value for name, value in self.headers.items()}
            fake.requests.append({"path": self.path, "headers": headers, "body": body})
            if not self.path.endswith("/chat/completions"):
                self._send(404, {"error": {"message": "unknown path", "type": "invalid_request"}})
                return
            kind, value = fake.next_reply(body)
            if kind == "hang":
                fake.stopping.wait(30)
                return
            if kind == "status":
                self._send(value, {"error": {"message": f"fake error {value}", "type": "server"}},
                           {"retry-after-ms": "10"})
                return
            self._send(200, _completion(body, value))

        def _send(self, code: int, payload: dict[str, Any],
                  headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(code)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up first

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


def _completion(body: dict[str, Any], content: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-fake-{len(content)}",
        "object": "chat.completion",
        "created": 1_767_225_600,
        "model": body.get("model", ""),
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content, "refusal": None},
            "finish_reason": "stop",
            "logprobs": None,
        }],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


@contextmanager
def serve_fake_openai() -> Iterator[FakeOpenAI]:
    """Run a fake on 127.0.0.1 for the duration of the block."""
    fake = FakeOpenAI()
    server, url = start_local_server(_handler(fake), "fake-openai")
    fake.base_url = f"{url}/v1"
    try:
        yield fake
    finally:
        fake.stopping.set()
        server.shutdown()
        server.server_close()
