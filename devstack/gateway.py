"""One base URL for everything: the relay's streams and, for every other path, the Chalice app.

In AWS the API (API Gateway + Lambda) and the relay (a streaming function URL) have URLs of
their own; here one ASGI application serves both, calling the Chalice app the way API Gateway
would: with the body read whole, but never more of it than an API route takes (larger bodies
get 413 unread), with forwarding headers only from the proxies the configuration names, and in
threads of its own, apart from the relay's. Long-polls (``GET /queries/<id>?wait=``) hold their
thread for up to ``max_wait_s``, so they get a pool of their own too: however many clients wait,
``/health``, ``POST /queries`` and the streams are answered at once; and a long-poll whose answer
is there already (a finished query, newer chunks) is answered from the quick pool, without
waiting for a slot among the waiting ones. A method a route does not take is a 405 whose
``Allow`` names the methods that route takes (TRACE included, which nothing takes).
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any
from urllib.parse import parse_qsl, urlencode

from chalice import Chalice
from chalice.config import Config
from chalice.local import LocalGateway, LocalGatewayException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from chalicelib.config import Settings
from chalicelib.errors import (
    BadRequest,
    LensGptError,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
)
from chalicelib.services import Services
from chalicelib.surfaces.http import FORWARDING_HEADERS, trusted_proxy, wait_param
from chalicelib.surfaces.relay.app import ROUTE_METHODS as RELAY_ROUTE_METHODS
from chalicelib.surfaces.relay.app import (
    Relay,
    RelayCors,
    json_error,
    method_not_allowed,
    routes,
)

_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"]


class ChaliceBridge:
    """Calls the Chalice app with API Gateway events built from ASGI requests."""

    def __init__(self, chalice_app: Chalice, settings: Settings) -> None:
        config = Config.create(chalice_app=chalice_app, app_name=chalice_app.app_name)
        self._gateway = LocalGateway(chalice_app, config)
        self._allowed = route_methods(chalice_app)
        self._settings = settings
        self._calls = ThreadPoolExecutor(settings.local_api_threads, "api")
        self._waits = ThreadPoolExecutor(settings.local_long_poll_threads, "api-wait")

    async def handle(self, request: Request) -> Response:
        allowed = self._allowed_methods(request.url.path)
        if allowed is not None and request.method not in allowed:
            raise MethodNotAllowed(f"{request.method} is not allowed here; use "
                                   f"{' or '.join(allowed)}.", allow=allowed)
        body = await self._body(request)
        # The path as sent, still percent-encoded: decoded, a %0A or %09 in it would be dropped
        # by the route matcher and the request answered by another route than in AWS.
        raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        query = request.url.query
        try:
            if _waits(request) and self._valid_wait(request):
                # Answered at once if there is something to answer: no waiting slot for that.
                quick = await self._call(self._calls, request, raw, _without_wait(query), body)
                if not _nothing_new(quick):
                    return _response(quick)
                return _response(await self._call(self._waits, request, raw, query, body))
            return _response(await self._call(self._calls, request, raw, query, body))
        except LocalGatewayException:
            return _not_found(request)

    async def _call(self, pool: ThreadPoolExecutor, request: Request, raw: str, query: str,
                    body: bytes) -> dict[str, Any]:
        path = raw + (f"?{query}" if query else "")
        call = partial(self._gateway.handle_request, request.method, path,
                       self._headers(request), body or None)
        return await asyncio.get_running_loop().run_in_executor(pool, call)

    def _valid_wait(self, request: Request) -> bool:
        """Whether the long-poll's ``wait`` is one the route takes (else it answers 400 at once,
        as the route itself says)."""
        try:
            wait_param(request.query_params, self._settings.max_wait_s)
        except BadRequest:
            return False
        return True

    def _allowed_methods(self, path: str) -> tuple[str, ...] | None:
        """The methods the route of ``path`` takes (None: no route has it)."""
        return next((methods for pattern, methods in self._allowed if pattern.fullmatch(path)),
                    None)

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


def _without_wait(query: str) -> str:
    """The query string with ``wait=0`` (the same read, answered at once)."""
    pairs = [(k, "0" if k == "wait" else v) for k, v in parse_qsl(query, keep_blank_values=True)]
    return urlencode(pairs)


def _nothing_new(answer: dict[str, Any]) -> bool:
    """Whether a long-poll answered at once found nothing to tell yet (a query under way with no
    newer chunk), so it is worth holding."""
    if answer.get("statusCode") != 200:
        return False
    try:
        document = json.loads(answer.get("body") or "")
    except ValueError:
        return False
    return (isinstance(document, dict) and not document.get("chunks")
            and document.get("status") not in ("done", "failed"))


def route_methods(chalice_app: Chalice) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each path pattern of the Chalice app and the relay with the methods its route takes (the
    Chalice app's refusals of the other methods are no route of their own)."""
    table: dict[str, list[str]] = {}
    for path, entries in chalice_app.routes.items():
        for method, entry in entries.items():
            if not entry.view_name.startswith("not_allowed_"):
                table.setdefault(path, []).append(method)
    table.update({path: list(methods) for path, methods in RELAY_ROUTE_METHODS.items()})
    return [(re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))), tuple(methods))
            for path, methods in table.items()]


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
