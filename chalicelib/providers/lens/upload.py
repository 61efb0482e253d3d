"""The photo as Google Lens takes it: JPEG, PNG, WebP or GIF as they are, anything else as JPEG."""

from __future__ import annotations

import io

from chalicelib.errors import ImageRejected
from chalicelib.images.decoding import thumbnail
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError

# Converted photos (HEIC) are sent at most this large: Lens looks at far fewer pixels.
_MAX_UPLOAD_SIDE = 4096
# Formats a browser can upload as they are; anything else (HEIC/HEIF) is sent as JPEG.
_UPLOAD_SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
                    "image/gif": ".gif"}


def upload_form(image: StagedImage) -> tuple[bytes, str, str]:
    """The bytes to upload, their file suffix and their media type (HEIC/HEIF made JPEG)."""
    data = image.load()
    suffix = _UPLOAD_SUFFIXES.get(image.mime_type)
    if suffix is None:
        return _to_jpeg(data), ".jpg", "image/jpeg"
    return data, suffix, image.mime_type


def _to_jpeg(data: bytes) -> bytes:
    buffer = io.BytesIO()
    try:
        # Decoded within the memory budget, and no larger than Lens looks at.
        thumbnail(data, _MAX_UPLOAD_SIDE).save(buffer, format="JPEG", quality=90)
    except (OSError, ValueError, ImageRejected) as exc:
        raise ProviderError("The image cannot be converted for upload.",
                            code="unsupported-image") from exc
    return buffer.getvalue()
