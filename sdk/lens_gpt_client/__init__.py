"""The Python SDK: submit a photo now, read what is known about it later (or follow it live).

::

    from lens_gpt_client import Client

    client = Client()                                    # $LENS_GPT_URL, else 127.0.0.1:8000
    query = client.ask_async("shoe.jpg", metadata={"shelf": "B4"})  # returns once uploaded
    query = client.wait_for_confident_result(query.id)   # the server's long-poll, never raises
    for chunk in client.stream(query.id):                # every chunk, from the first one
        print(chunk.data_description, chunk.data)

It needs only an HTTP client library (``requests``; ``httpx`` for ``AsyncClient``) and
pydantic. ``image`` arguments may be a path, bytes, a binary file object or a PIL image.
Streams reconnect after a dropped connection and resume after the last chunk they yielded.
"""

from lens_gpt_client.aio import AsyncClient
from lens_gpt_client.base import Client
from lens_gpt_client.exceptions import (
    ApiError,
    BadRequest,
    ImageTooLarge,
    InvalidCallback,
    InvalidImage,
    InvalidMetadata,
    LensGptClientError,
    PayloadTooLarge,
    QueryNotFound,
    ServiceUnreachable,
    StreamInterrupted,
    UnsupportedMediaType,
    UploadRejected,
)
from lens_gpt_client.images import ImageInput, checked_image, read_image
from lens_gpt_client.policy import Retries
from lens_gpt_client.types import Chunk, ChunkKind, Query, Summary
from lens_gpt_client.webhooks import (
    InvalidSignature,
    RepeatedDelivery,
    SeenDeliveries,
    WebhookChunk,
    WebhookDone,
    parse_event,
    verify_signature,
)

__all__ = [
    "ApiError", "AsyncClient", "BadRequest", "Chunk", "ChunkKind", "Client", "ImageInput",
    "ImageTooLarge", "InvalidCallback", "InvalidImage", "InvalidMetadata", "InvalidSignature",
    "LensGptClientError", "PayloadTooLarge", "Query",
    "QueryNotFound", "Retries", "ServiceUnreachable", "StreamInterrupted", "Summary",
    "UnsupportedMediaType", "UploadRejected", "WebhookChunk",
    "RepeatedDelivery", "SeenDeliveries", "WebhookDone", "parse_event",
    "checked_image", "read_image", "verify_signature",
]
