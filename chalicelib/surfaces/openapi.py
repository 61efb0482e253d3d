"""``GET /openapi.json``: the OpenAPI 3.1 description of every route, built from the wire models.

The schemas are the pydantic models' own JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12), so
the description cannot drift from what the routes answer; the paths are declared here once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from chalicelib.hints import HINT_PATTERN, MAX_HINT_CHARS
from chalicelib.surfaces.api import NewQuery
from chalicelib.surfaces.http import MAX_CURSOR
from chalicelib.wire import (
    Chunk,
    CreatedQuery,
    ErrorBody,
    QueryDocument,
    WebhookChunk,
    WebhookDone,
)

Json = dict[str, Any]
_REF = "#/components/schemas/{model}"
_MODELS: list[type[BaseModel]] = [NewQuery, CreatedQuery, QueryDocument, Chunk, ErrorBody,
                                  WebhookDone, WebhookChunk]
# Why each error status happens, for the routes that can answer it.
_ERRORS = {
    400: "The request is malformed (a parameter out of range, a body that is not JSON, a "
         "callback_url the service may not deliver to: ``bad-callback-url``).",
    404: "There is no such query (or nothing at this path).",
    405: "The route does not take this method.",
    413: "The body is larger than the service accepts.",
    415: "The body's media type is not one this route reads.",
    403: "The deployment requires an access key (``x-api-key``) and the request has none it "
         "takes (``forbidden``).",
    409: "The first request with this Idempotency-Key is still being answered "
         "(``idempotency-key-in-use``); try again after ``Retry-After``.",
    422: "This Idempotency-Key was used with another body (``idempotency-key-reused``); "
         "nothing is created.",
}
# What the document says of who may do what (docs/security.md says it at length).
ACCESS_MODEL = (
    "A query id is an unguessable bearer capability (160 random bits): whoever holds it reads "
    "that query's state, stream and photo. A deployment may require an access key "
    "(``x-api-key``; API Gateway API keys with a usage plan: a quota and a throttle per key); "
    "then every ``/queries`` route and ``/classify`` need a valid key, and a query (with its "
    "Idempotency-Keys) belongs to the key that created it: another key reads 404.")
# Either no key (a deployment without keys) or the key (one that requires them).
_KEY_OPTIONAL = [{}, {"api_key": []}]


@lru_cache(maxsize=4)
def openapi_document(currencies: tuple[str, ...], version: str = "1") -> Json:
    """The whole document (the same for every request, so built once per process);
    ``currencies``: those ``/classify`` can show prices in."""
    _, top = models_json_schema([(m, "serialization") for m in _MODELS], ref_template=_REF)
    return {
        "openapi": "3.1.0",
        "info": {"title": "lens-gpt", "version": version,
                 "description": "A photo of an item in; what it is and what it is worth, "
                                "streamed out as chunks. " + ACCESS_MODEL},
        "paths": _paths(currencies),
        "webhooks": _webhooks(),
        "components": {"schemas": top.get("$defs", {}), "securitySchemes": {"api_key": {
            "type": "apiKey", "in": "header", "name": "x-api-key",
            "description": "Only where the deployment requires access keys: a key of its "
                           "usage plan (the SDK and CLI send ``LENS_GPT_API_KEY``)."}}},
    }


def _paths(currencies: tuple[str, ...]) -> Json:
    query_id = _param("query_id", "path", {"type": "string", "minLength": 1, "maxLength": 100},
                      "The query's id, as ``POST /queries`` answered it.", required=True)
    after = _param("after", "query", {"type": "integer", "minimum": 0, "maximum": MAX_CURSOR},
                   "Only chunks with a greater ``seq``; ASCII digits only (no sign, exponent, "
                   "separator or other digits).")
    return {
        "/": {"get": _op("The web page.", {200: _body("text/html", {"type": "string"})})},
        "/assets/{name}": {"get": _op(
            "One of the page's files.", {200: _body("text/plain", {"type": "string"})}, [404],
            [_param("name", "path", {"type": "string"}, "The file's name.", required=True)])},
        "/health": {"get": _op("The service answers.", {200: _body("application/json", {
            "type": "object", "properties": {"status": {"const": "ok"}}})})},
        "/openapi.json": {"get": _op("This document.",
                                     {200: _body("application/json", {"type": "object"})})},
        "/queries": {"post": _secured(_op(
            "Create a query and get a presigned upload for its photo. The upload is single-use "
            "in effect: the photo analysed is kept apart, and a second upload with the same "
            "form changes neither the result nor the photo ``/image`` serves. The body is JSON "
            "as RFC 8259 and I-JSON have it: NaN, Infinity, numbers that overflow, integers "
            "beyond +-2^53 and NUL characters are a 400.",
            {201: {**_body("application/json", _ref("CreatedQuery"),
                           "The query; for a repeat of an earlier request (same "
                           "Idempotency-Key, same body), that request's answer again."),
                   "headers": {"Idempotent-Replayed": {
                       "schema": {"const": "true"},
                       "description": "Present when the answer is a repeated one."}}}},
            [400, 403, 409, 413, 415, 422],
            [_param("Idempotency-Key", "header",
                    {"type": "string", "pattern": "^[!-~]{1,255}$"},
                    "A key of the client's (with access keys, of that access key): the same "
                    "key with the same body answers the first response again (id, upload and "
                    "callback_secret included); with another body, 422.")],
            request=_request("application/json", _ref("NewQuery"), required=False)))},
        "/queries/{query_id}": {"get": _secured(_op(
            "The query's state: status, the chunks after ``after``, their summary.",
            {200: _body("application/json", _ref("QueryDocument"))}, [400, 403, 404],
            [query_id, after, _param(
                "wait", "query", {"type": "string",
                                  "pattern": r"^(?:(?:[0-9]|1[0-9]|2[0-4])(?:\.[0-9]{1,6})?"
                                             r"|25(?:\.0{1,6})?)$"},
                "Hold the answer up to this many seconds (0 to 25, ASCII digits with an "
                "optional fraction) until a newer chunk exists.")]))},
        "/queries/{query_id}/image": {"get": _secured(_op(
            "The photo that was analysed (before the analysis: the upload as it is): a "
            "redirect to a link that works for five minutes.",
            {302: {"description": "The photo is at the ``Location``.", "headers": {
                "Location": {"schema": {"type": "string", "format": "uri"}}}}},
            [403, 404], [query_id]))},
        "/queries/{query_id}/stream": {"get": _secured(_op(
            "The query's chunks as server-sent events (or NDJSON), ending after ``done``. A "
            "stream waits by its nature (keep-alives until the next chunk), so it takes no "
            "``wait``.",
            {200: {"description": "The stream: one event (or line) per chunk.", "content": {
                "text/event-stream": {"schema": _sse_event()},
                "application/x-ndjson": {"schema": _ref("Chunk")}}}},
            [400, 403, 404],
            [query_id, after, _param("Last-Event-ID", "header",
                                     {"type": "string", "pattern": "^[0-9]{1,9}$"},
                                     "Resume after this ``seq`` (SSE reconnects); ASCII "
                                     "digits only.")]))},
        "/classify": {"post": _secured(_op(
            "Upload a photo directly; answered with its chunks in the original lens-gpt "
            "page's contract (``data: <chunk>`` events; no lens-matches; flat fields).",
            {200: _body("text/event-stream", _sse_event(), "One event per chunk.")},
            [400, 403, 413, 415],
            [_param("currency", "query", {"enum": list(currencies)},
                    "The ISO 4217 currency of every price (default: configured)."),
             _param("hint", "query", _HINT, "A text hint about the photo (the form field "
                    "``hint`` wins over it); 400 ``bad-hint`` when out of its limits.")],
            request={"required": True, "content": {"multipart/form-data": {
                # The form's fields are the file and its hint; the reader takes at most ten
                # fields, so a form of other fields is no request this operation describes.
                "schema": {"type": "object", "required": ["file"], "additionalProperties": False,
                           "properties": {"file": {"type": "string", "format": "binary",
                                                   "minLength": 1},
                                          "hint": _HINT}},
                "encoding": {"file": {"contentType": "image/*"}}}}}))},
    }


def _secured(operation: Json) -> Json:
    """An operation that needs the access key where the deployment requires keys."""
    return {**operation, "security": _KEY_OPTIONAL}


# A query's text hint (chalicelib.hints), as ``/classify`` takes it.
_HINT: Json = {"type": "string", "maxLength": MAX_HINT_CHARS, "pattern": HINT_PATTERN}


def _webhooks() -> Json:
    """What the service POSTs to a query's ``callback_url``: the outcome, or each chunk."""
    def delivery(event: str, model: str, summary: str) -> Json:
        headers = [
            _param("X-Lens-Gpt-Event", "header", {"const": event}, "The kind of delivery.",
                   required=True),
            _param("X-Lens-Gpt-Delivery", "header", {"type": "string"},
                   "``<query id>.done`` or ``<query id>.<seq>``: the same on every retry of "
                   "one delivery (delivery is at least once: drop repeats); signed.",
                   required=True),
            _param("X-Lens-Gpt-Signature", "header",
                   {"type": "string", "pattern": "^t=(0|[1-9][0-9]*)(,v1=[0-9a-f]{64})+$"},
                   "``t=<unix seconds>,v1=<hex>``: HMAC-SHA256, keyed by the query's "
                   "``callback_secret``, of ``<t>.<delivery id>.`` followed by the raw body "
                   "(Stripe's scheme with the delivery id signed). A receiver takes ``t`` as a "
                   "plain integer within 300 s of its clock either way, any matching ``v1`` "
                   "(two while a secret is rotated), and refuses a header with a malformed "
                   "entry.", required=True),
            _param("User-Agent", "header", {"const": "lens-gpt-webhooks/1"}, "The sender."),
        ]
        return {"post": {
            "summary": summary, "parameters": headers,
            "requestBody": _request("application/json", _ref(model)),
            "responses": {"2XX": {"description": "Taken. Any other answer, a time-out or a "
                                                 "refused connection is retried with growing "
                                                 "delays, a bounded number of times."}},
        }}

    return {
        "done": delivery("done", "WebhookDone",
                         "The query's outcome, once its run has ended (``callback_events`` "
                         "``done``, the default)."),
        "chunk": delivery("chunk", "WebhookChunk",
                          "Each chunk of the query's run, one at a time in ``seq`` order, the "
                          "``done`` chunk last (``callback_events`` ``chunk``)."),
    }


def _op(summary: str, answers: dict[int, Json], errors: list[int] | None = None,
        parameters: list[Json] | None = None, request: Json | None = None) -> Json:
    responses = {str(status): answer for status, answer in answers.items()}
    for status in [*(errors or []), 405]:
        responses[str(status)] = _body("application/json", _ref("ErrorBody"), _ERRORS[status])
    operation: Json = {"summary": summary, "responses": responses}
    if parameters:
        operation["parameters"] = parameters
    if request:
        operation["requestBody"] = request
    return operation


def _body(media_type: str, schema: Json, description: str = "The answer.") -> Json:
    """A response with one media type."""
    return {"description": description, "content": {media_type: {"schema": schema}}}


def _request(media_type: str, schema: Json, required: bool = True) -> Json:
    return {"required": required, "content": {media_type: {"schema": schema}}}


def _sse_event() -> Json:
    """One server-sent event whose ``data`` is a chunk's JSON (``id``: its seq)."""
    return {"type": "object", "required": ["data"], "properties": {
        "event": {"type": "string"}, "id": {"type": "string", "pattern": "^[0-9]+$"},
        "data": {"type": "string", "contentMediaType": "application/json",
                 "contentSchema": _ref("Chunk")}}}


def _ref(model: str) -> Json:
    return {"$ref": _REF.format(model=model)}


def _param(name: str, where: str, schema: Json, description: str,
           required: bool = False) -> Json:
    return {"name": name, "in": where, "schema": schema, "description": description,
            "required": required}
