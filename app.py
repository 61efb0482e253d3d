"""lens-gpt's API (API Gateway + Lambda) and the SQS handlers of the zip-packaged stages.

Wiring only: every route and handler calls into ``chalicelib``.
"""

from __future__ import annotations

from functools import wraps
from typing import Any, Callable

from chalice import Chalice, Response

from chalicelib.config import queue_name
from chalicelib.errors import (
    LensGptError,
    MethodNotAllowed,
    error_body,
    error_headers,
    http_status,
)
from chalicelib.observability import begin, correlate, logger, traced
from chalicelib.pipeline import handlers
from chalicelib.services import get_services
from chalicelib.surfaces.api import QueryApi, check_body_type
from chalicelib.surfaces.http import base_url, cursor_param, wait_param
from chalicelib.surfaces.openapi import openapi_document
from chalicelib.surfaces.web import asset, index_html, page_headers

app = Chalice(app_name="lens-gpt")


def json_errors(view: Callable[..., Any]) -> Callable[..., Any]:
    """Our errors become the JSON error shape with their HTTP status; anything else is a 500 in
    the same shape (Chalice's own would name its exception types)."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except LensGptError as exc:
            return Response(body=error_body(exc), status_code=http_status(exc),
                            headers=error_headers(exc))
        except Exception:
            logger.exception("request failed")
            failure = LensGptError("The request failed inside the service; try again later.")
            return Response(body=error_body(failure), status_code=500)

    return wrapper


@app.middleware("http")
def observed(request: Any, get_response: Callable[[Any], Response]) -> Response:
    """Each request: a fresh log context, the query id as correlation id, a trace subsegment."""
    route = f"{request.method} {request.path}"
    query_id = (request.uri_params or {}).get("query_id")
    begin(request.lambda_context, route=route)
    correlate(query_id)
    with traced(f"## {route}", query_id):
        return get_response(request)


def _base_url() -> str:
    """Behind API Gateway, its own record of the domain and stage (a client's X-Forwarded-Host
    passes through API Gateway untouched); locally, the headers the gateway let through."""
    request = app.current_request
    domain, stage = request.context.get("domainName"), request.context.get("stage", "")
    if domain:
        return f"https://{domain}/{stage}" if ".execute-api." in domain and stage else \
            f"https://{domain}"
    return base_url(request.headers)


@app.route("/", methods=["GET"])
@json_errors
def page() -> Response:
    return Response(body=index_html(), headers=page_headers(get_services().settings.endpoint_url))


@app.route("/assets/{name}", methods=["GET"])
@json_errors
def page_asset(name: str) -> Response:
    body, headers = asset(name)
    return Response(body=body, headers=headers)


@app.route("/openapi.json", methods=["GET"])
def openapi() -> dict[str, Any]:
    return openapi_document(tuple(sorted(get_services().known_currencies)))


@app.route("/health", methods=["GET"])
@json_errors
def health() -> dict[str, Any]:
    settings = get_services().settings
    status: dict[str, Any] = {"status": "ok", "service": "lens-gpt"}
    if settings.local_mode:
        status.update(aws_endpoint=settings.endpoint_url, bucket=settings.bucket)
    return status


@app.route("/queries", methods=["POST"], content_types=["*/*"])
@json_errors
def create_query() -> Response:
    request = app.current_request
    owner = get_services().access.owner(request.headers)
    check_body_type(request.headers.get("content-type"))
    # API Gateway's record of the caller's address (a client's X-Forwarded-For is its own word).
    get_services().rate_limiter.admit(request.context.get("identity", {}).get("sourceIp", ""))
    created, new = QueryApi(get_services()).create(
        request.raw_body, _base_url(), request.headers.get("idempotency-key"), owner)
    correlate(created.id)
    logger.info("query created, awaiting its upload" if new else "query asked for again")
    # A repeated request (same Idempotency-Key, same body) creates nothing: the first answer
    # again, status included, marked as a replay (Stripe's header).
    headers = {"Location": created.links.self}
    if not new:
        headers["Idempotent-Replayed"] = "true"
    return Response(body=created.model_dump(exclude_none=True), status_code=201,
                    headers=headers)


@app.route("/queries/{query_id}", methods=["GET"])
@json_errors
def get_query(query_id: str) -> dict[str, Any]:
    owner = get_services().access.owner(app.current_request.headers)
    params = app.current_request.query_params
    settings = get_services().settings
    after = cursor_param(params)
    wait = wait_param(params, settings.max_wait_s)
    return QueryApi(get_services()).view(query_id, after=after, wait=wait,
                                         owner=owner).model_dump()


@app.route("/queries/{query_id}/image", methods=["GET"])
@json_errors
def get_query_image(query_id: str) -> Response:
    """The photo as uploaded: a redirect to a short-lived link of the bucket's object."""
    owner = get_services().access.owner(app.current_request.headers)
    link = QueryApi(get_services()).image_url(query_id, owner)
    return Response(body="", status_code=302, headers={"Location": link,
                                                       "Cache-Control": "no-store"})


# Every route with the methods it takes: the others get a 405 in the service's shape, with Allow
# (not Chalice's shape locally, nor API Gateway's 403 "Missing Authentication Token" in AWS).
ROUTE_METHODS = {"/": ("GET",), "/assets/{name}": ("GET",), "/health": ("GET",),
                 "/queries": ("POST",), "/queries/{query_id}": ("GET",),
                 "/queries/{query_id}/image": ("GET",), "/openapi.json": ("GET",)}
_ALL_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _refuse_other_methods(path: str, allowed: tuple[str, ...]) -> None:
    @json_errors
    def not_allowed(**_: str) -> Response:
        method = app.current_request.method
        raise MethodNotAllowed(f"{method} is not allowed here; use {' or '.join(allowed)}.",
                               allow=allowed)

    others = [m for m in _ALL_METHODS if m not in allowed]
    app.route(path, methods=others, content_types=["*/*"],
              name=f"not_allowed_{len(app.routes)}")(not_allowed)


for _path, _allowed in ROUTE_METHODS.items():
    _refuse_other_methods(_path, _allowed)


@app.on_sqs_message(queue=queue_name("gpt"), batch_size=1)
def gpt_stage(event: Any) -> dict[str, Any]:
    return handlers.gpt_handler(event.to_dict(), event.context)


@app.on_sqs_message(queue=queue_name("pricing"), batch_size=1)
def pricing_stage(event: Any) -> dict[str, Any]:
    return handlers.pricing_handler(event.to_dict(), event.context)


@app.on_sqs_message(queue=queue_name("webhooks"), batch_size=1)
def webhook_deliveries(event: Any) -> dict[str, Any]:
    return handlers.webhooks_handler(event.to_dict(), event.context)
