"""One base URL for everything: the relay's streams and, for every other path, the Chalice app.

In AWS the API (API Gateway) and the relay (a streaming function URL) have URLs of their own;
here one ASGI application serves both, calling the Chalice app the way API Gateway would.
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any

from chalice import Chalice
from chalice.config import Config
from chalice.local import LocalGateway, LocalGatewayException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from chalicelib.errors import LensGptError, NotFound
from chalicelib.services import Services
from chalicelib.surfaces.relay.app import Relay, json_error, routes

_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class ChaliceBridge:
    """Calls the Chalice app with API Gateway events built from ASGI requests."""

    def __init__(self, chalice_app: Chalice) -> None:
        config = Config.create(chalice_app=chalice_app, app_name=chalice_app.app_name)
        self._gateway = LocalGateway(chalice_app, config)

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        # The path as sent, still percent-encoded: decoded, a %0A or %09 in it would be dropped
        # by the route matcher and the request answered by another route than in AWS.
        raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        path = raw + (f"?{request.url.query}" if request.url.query else "")
        headers = dict(request.headers)
        try:
            answer = await asyncio.to_thread(
                self._gateway.handle_request, request.method, path, headers, body or None
            )
        except LocalGatewayException:
            return _not_found(request)
        return _response(answer)


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
    bridge = ChaliceBridge(chalice_app)
    app = Starlette(
        routes=[*routes(relay), Route("/{path:path}", bridge.handle, methods=_METHODS)],
        exception_handlers={LensGptError: json_error, 404: _nothing_here},
    )
    return app, relay


async def _nothing_here(request: Request, exc: Exception) -> Response:
    """A path no route takes (one with a line break in it): the service's 404, not Starlette's."""
    return _not_found(request)


def _not_found(request: Request) -> Response:
    return json_error(request, NotFound(f"Nothing is at {request.url.path!r}."))
