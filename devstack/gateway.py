"""One base URL for everything: the relay's streams and, for every other path, the Chalice app.

In AWS the API (API Gateway + Lambda) and the relay (a streaming function URL) have URLs of
their own; here one ASGI application serves both, calling the Chalice app the way API Gateway
would: with the body read whole, but never more of it than an API route takes (larger bodies
get 413 unread), with forwarding headers only from the proxies the configuration names, and in
threads of its own, apart from the relay's. Long-polls (``GET /queries/<id>?wait=``) hold their
thread for up to ``max_wait_s``, so they get a pool of their own too: however many clients wait,
``/health``, ``POST /queries`` and the streams are answered at once.
"""

from __future__ import annotations

import asyncio
import base64
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from chalice import Chalice
from chalice.config import Config
from chalice.local import LocalGateway, LocalGatewayException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from chalicelib.config import Settings
from chalicelib.errors import LensGptError, NotFound, PayloadTooLarge
from chalicelib.services import Services
from chalicelib.surfaces.http import FORWARDING_HEADERS, trusted_proxy
from chalicelib.surfaces.relay.app import (
    Relay,
    RelayCors,
    json_error,
    method_not_allowed,
    routes,
)

_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class ChaliceBridge:
    """Calls the Chalice app with API Gateway events built from ASGI requests."""

    def __init__(self, chalice_app: Chalice, settings: Settings) -> None:
        config = Config.create(chalice_app=chalice_app, app_name=chalice_app.app_name)
        self._gateway = LocalGateway(chalice_app, config)
        self._settings = settings
        self._calls = ThreadPoolExecutor(settings.local_api_threads, "api")
        self._waits = ThreadPoolExecutor(settings.local_long_poll_threads, "api-wait")

    async def handle(self, request: Request) -> Response:
        body = await self._body(request)
        # The path as sent, still percent-encoded: decoded, a %0A or %09 in it would be dropped
        # by the route matcher and the request answered by another route than in AWS.
        raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        path = raw + (f"?{request.url.query}" if request.url.query else "")
        call = partial(self._gateway.handle_request, request.method, path,
                       self._headers(request), body or None)
        pool = self._waits if _waits(request) else self._calls
        try:
            answer = await asyncio.get_running_loop().run_in_executor(pool, call)
        except LocalGatewayException:
            return _not_found(request)
        return _response(answer)

    async def _body(self, request: Request) -> bytes:
        """The body, refused with 413 as soon as it is known to be larger than the limit:
        by its Content-Length before reading, else by counting what arrives."""
        limit = self._settings.max_api_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"The body is larger than {limit} bytes.")
        received = bytearray()
        async for piece in request.stream():
            received += piece
            if len(received) > limit:
                raise PayloadTooLarge(f"The body is larger than {limit} bytes.")
        return bytes(received)

    def _headers(self, request: Request) -> dict[str, str]:
        """The request's headers; forwarding headers only from a trusted proxy."""
        headers = dict(request.headers)
        peer = request.client.host if request.client else None
        if not trusted_proxy(peer, self._settings.trusted_proxies):
            for name in FORWARDING_HEADERS:
                headers.pop(name, None)
        return headers


def _waits(request: Request) -> bool:
    """Whether the request may be held (a long-poll with a non-zero ``wait``)."""
    return request.method == "GET" and request.query_params.get("wait", "0") not in ("", "0")


def _response(answer: dict[str, Any]) -> Response:
    body = answer.get("body") or b""
    if answer.get("isBase64Encoded"):
        body = base64.b64decode(body)
    headers = dict(answer.get("headers") or {})
    for name, values in (answer.get("multiValueHeaders") or {}).items():
        headers[name] = ", ".join(values)
    if not any(name.lower() == "content-type" for name in headers):
        headers["Content-Type"] = "application/json"  # API Gateway's default, as in AWS
    return Response(body, status_code=answer["statusCode"], headers=headers)


def create_gateway(services: Services, chalice_app: Chalice) -> tuple[Starlette, Relay]:
    relay = Relay(services)
    bridge = ChaliceBridge(chalice_app, services.settings)
    app = Starlette(
        routes=[*routes(relay), Route("/{path:path}", bridge.handle, methods=_METHODS)],
        middleware=[Middleware(RelayCors, settings=services.settings)],
        exception_handlers={LensGptError: json_error, 404: _nothing_here,
                            405: method_not_allowed},
    )
    return app, relay


async def _nothing_here(request: Request, exc: Exception) -> Response:
    """A path no route takes (one with a line break in it): the service's 404, not Starlette's."""
    return _not_found(request)


def _not_found(request: Request) -> Response:
    return json_error(request, NotFound(f"Nothing is at {request.url.path!r}."))
