"""The Python SDK: submit a photo now, read what is known about it later (or follow it live).

::

    from lens_gpt_client import Client

    client = Client("http://127.0.0.1:8000")
    query = client.ask_async("shoe.jpg")                 # returns once the photo is uploaded
    query = client.wait_for_confident_result(query.id)   # the server's long-poll, never raises
    for chunk in client.stream(query.id):                # every chunk, from the first one
        print(chunk.data_description, chunk.data)

It needs only an HTTP client library (``requests``) and the wire shapes of ``chalicelib.wire``.
``image`` arguments may be a path, bytes, a binary file object or a PIL image. Streams reconnect
after a dropped connection and resume after the last chunk they yielded.
"""

from chalicelib.wire import Chunk
from lens_gpt_client.base import Client
from lens_gpt_client.exceptions import (
    ApiError,
    BadRequest,
    ImageTooLarge,
    LensGptClientError,
    PayloadTooLarge,
    QueryNotFound,
    ServiceUnreachable,
    StreamInterrupted,
    UnsupportedMediaType,
    UploadRejected,
)
from lens_gpt_client.images import ImageInput, read_image
from lens_gpt_client.types import Query, Summary

__all__ = [
    "ApiError", "BadRequest", "Chunk", "Client", "ImageInput", "ImageTooLarge",
    "LensGptClientError", "PayloadTooLarge", "Query", "QueryNotFound", "ServiceUnreachable",
    "StreamInterrupted", "Summary", "UnsupportedMediaType", "UploadRejected", "read_image",
]
