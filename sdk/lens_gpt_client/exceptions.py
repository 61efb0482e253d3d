"""The SDK's errors: each carries the ``code`` and ``message`` of the service's JSON error."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit


class LensGptClientError(Exception):
    """Base of the SDK's errors: ``code`` and ``message`` as in the service's JSON errors."""

    def __init__(self, message: str, *, code: str = "client-error", status: int | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status


class ApiError(LensGptClientError):
    """The service answered a request with an HTTP error."""


class BadRequest(ApiError):
    """The service found the request malformed (HTTP 400)."""


class QueryNotFound(ApiError):
    """No query has this id, or it has expired (HTTP 404)."""


class PayloadTooLarge(ApiError):
    """The service refused an upload as too large (HTTP 413)."""


class UnsupportedMediaType(ApiError):
    """The service reads no such content type (HTTP 415)."""


class ServiceUnreachable(LensGptClientError):
    """The service could not be reached, or did not answer in time."""


class UploadRejected(LensGptClientError):
    """The storage refused the presigned upload."""


class ImageTooLarge(LensGptClientError):
    """The image is larger than the service accepts; it was not uploaded."""


class InvalidImage(LensGptClientError, ValueError):
    """The file is empty or not an image the service reads; nothing was sent."""


class StreamInterrupted(LensGptClientError):
    """A stream dropped more often in a row than the client reconnects."""


class InvalidMetadata(LensGptClientError, ValueError):
    """A query's metadata is not a JSON object of at most 1 KB; nothing was sent."""


class InvalidCallback(LensGptClientError, ValueError):
    """A query's callback is not an http(s) URL with events ``done`` or ``chunk``; nothing was
    sent."""


_ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest, 404: QueryNotFound, 413: PayloadTooLarge, 415: UnsupportedMediaType,
}


def api_error(status: int, body: bytes, reason: str | None) -> ApiError:
    """The error an HTTP error answer of the service stands for."""
    kind = _ERRORS_BY_STATUS.get(status, ApiError)
    try:
        error = json.loads(body)["error"]
        code, message = str(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError):
        code, message = f"http-{status}", reason or "HTTP error"
    return kind(message, code=code, status=status)


def upload_error(status: int, text: str) -> UploadRejected:
    """S3 answers errors in XML: ``<Error><Code>EntityTooLarge</Code><Message>...``."""
    code = re.search(r"<Code>([^<]*)</Code>", text)
    message = re.search(r"<Message>([^<]*)</Message>", text)
    kebab = re.sub(r"(?<!^)(?=[A-Z])", "-", code.group(1)).lower() if code else "upload-refused"
    detail = message.group(1) if message else f"HTTP {status}"
    return UploadRejected(f"The storage refused the upload: {detail}", code=kebab, status=status)


def unreachable(url: str, reason: str) -> ServiceUnreachable:
    """One sentence for a service that could not be reached at all."""
    parts = urlsplit(url)
    return ServiceUnreachable(f"The service at {parts.scheme}://{parts.netloc} could not be "
                              f"reached ({reason}); is it running, and is the URL right?",
                              code="unreachable")
