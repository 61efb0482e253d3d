"""Exception types that cross module boundaries.

A stage that catches one of these turns it into an ``error`` chunk; anything else is a bug or a
transient fault and is left to the queue's retry and dead-letter policy.
"""

from __future__ import annotations

import math
from typing import Any

from chalicelib.wire import ErrorBody


class LensGptError(Exception):
    """Base class of every error this service raises on purpose."""

    code = "internal-error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ImageRejected(LensGptError):
    """The uploaded bytes are not an image this service accepts."""

    code = "unsupported-image"


class RunClosed(LensGptError):
    """A chunk was appended to a run whose ``done`` chunk is already written."""

    code = "run-closed"


class StageDied(LensGptError):
    """Every delivery of a stage's message died (a time-out, a crash): it reached its dead-letter
    queue."""

    code = "stage-died"


class RunDeadlinePassed(LensGptError):
    """A run outlived its deadline; whoever read it past the deadline closed it."""

    code = "run-deadline"


class StageSettled(LensGptError):
    """A stage's outcome (all its chunks, or its error) is decided already; nothing is added."""

    code = "stage-settled"


class NotFound(LensGptError):
    """Nothing is at this path."""

    code = "not-found"


class QueryNotFound(NotFound):
    """No query has this id."""


class BadRequest(LensGptError):
    """The request is malformed."""

    code = "bad-request"


class BadCallbackUrl(BadRequest):
    """A query's callback URL is not one the service may deliver to."""

    code = "bad-callback-url"


class BadHint(BadRequest):
    """A query's text hint is not one line of printable text within the length limit."""

    code = "bad-hint"


class PayloadTooLarge(LensGptError):
    """The request body is larger than the service accepts."""

    code = "payload-too-large"


class UnsupportedMediaType(LensGptError):
    """The request's content type is not one this endpoint reads."""

    code = "unsupported-media-type"


class MethodNotAllowed(LensGptError):
    """The path exists, but not with this method; ``allow`` names the methods it takes."""

    code = "method-not-allowed"

    def __init__(self, message: str, allow: tuple[str, ...]) -> None:
        super().__init__(message)
        self.allow = allow


class IdempotencyKeyReused(LensGptError):
    """An Idempotency-Key already used with another body: nothing is created."""

    code = "idempotency-key-reused"


class IdempotencyKeyInUse(LensGptError):
    """The first request with this Idempotency-Key is still being answered."""

    code = "idempotency-key-in-use"


class AccessDenied(LensGptError):
    """The deployment asks for an access key, and the request has none it knows."""

    code = "forbidden"


class TooManyRequests(LensGptError):
    """A client made more requests than its rate limit allows."""

    code = "rate-limited"

    def __init__(self, message: str, *, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


# The HTTP status of each error a request can end with; anything else is a 500.
HTTP_STATUS: dict[type[LensGptError], int] = {
    BadRequest: 400,
    NotFound: 404,
    PayloadTooLarge: 413,
    UnsupportedMediaType: 415,
    MethodNotAllowed: 405,
    TooManyRequests: 429,
    IdempotencyKeyReused: 422,
    IdempotencyKeyInUse: 409,
    AccessDenied: 403,
}


def http_status(exc: LensGptError) -> int:
    return next((s for t, s in HTTP_STATUS.items() if isinstance(exc, t)), 500)


def error_headers(exc: LensGptError) -> dict[str, str]:
    """The headers an error answer carries besides its body (a 405's ``Allow``, a 429's
    ``Retry-After`` in whole seconds)."""
    if isinstance(exc, IdempotencyKeyInUse):
        return {"Retry-After": "1"}
    if isinstance(exc, TooManyRequests):
        return {"Retry-After": str(max(1, math.ceil(exc.retry_after_s)))}
    return {"Allow": ", ".join(exc.allow)} if isinstance(exc, MethodNotAllowed) else {}


def error_body(exc: LensGptError) -> dict[str, Any]:
    """The JSON error shape of every HTTP surface."""
    return ErrorBody.of(exc.code, exc.message)
