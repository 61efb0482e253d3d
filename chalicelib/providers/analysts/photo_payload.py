"""The photo as a vision model receives it: a short-lived URL it fetches, or the bytes inline.

Vision APIs read JPEG, PNG, WebP and (still) GIF, and scale anything larger than about 2048
pixels down anyway. So a photo is sent as it is only when it is a JPEG, PNG or WebP of modest
size, upright, in plain 8-bit RGB or grey; HEIC, GIF (first frame), CMYK, 16-bit, turned (EXIF
orientation), unrecognised labels and large photos are re-encoded as an upright JPEG of at most
``MAX_SIDE`` pixels, which also keeps a base64 request small.
"""

from __future__ import annotations

import base64
import io
from typing import Literal

from PIL import ExifTags, UnidentifiedImageError

from chalicelib.errors import ImageRejected
from chalicelib.images.decoding import opened, thumbnail
from chalicelib.images.recognition import FORMAT_NAMES, MIME_TYPES
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError

ImageMode = Literal["url", "base64"]
PASS_THROUGH = frozenset({"image/jpeg", "image/png", "image/webp"})
# Modes every reader shows right; CMYK and 16-bit images are re-encoded as 8-bit RGB.
PLAIN_MODES = frozenset({"RGB", "RGBA", "L", "LA", "P", "1"})
MAX_SIDE = 2048
MAX_INLINE_BYTES = 4 * 1024 * 1024
_JPEG_QUALITY = 85


def image_for_model(image: StagedImage, mode: ImageMode) -> str | None:
    """A URL for the model's ``image_url`` part: presigned (``url``) or a data URL; None if the
    image has no bytes (an evaluation run without a photo)."""
    if mode == "url" and image.mime_type in PASS_THROUGH:
        url = image.presigned_url()
        if url:
            return url
    data = image.load()
    return data_url(data) if data else None


def data_url(data: bytes) -> str:
    """``data:<type>;base64,...`` of the photo, re-encoded when the model could not read it as
    it is or it is needlessly large."""
    payload, mime_type = _model_ready(data)
    return f"data:{mime_type};base64,{base64.b64encode(payload).decode('ascii')}"


def _model_ready(data: bytes) -> tuple[bytes, str]:
    try:
        with opened(data) as image:
            mime_type = MIME_TYPES.get(FORMAT_NAMES.get(image.format or "", image.format or ""), "")
            small = max(image.size) <= MAX_SIDE and len(data) <= MAX_INLINE_BYTES
            upright = image.getexif().get(ExifTags.Base.Orientation, 1) == 1
            if mime_type in PASS_THROUGH and small and upright and image.mode in PLAIN_MODES:
                return data, mime_type
        return _as_jpeg(data), "image/jpeg"
    except ImageRejected as exc:
        raise ProviderError(exc.message, code=exc.code) from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ProviderError("the photo cannot be prepared for the model",
                            code="unsupported-image") from exc


def _as_jpeg(data: bytes) -> bytes:
    """The first frame, upright, in 8-bit RGB, at most ``MAX_SIDE`` a side, as a JPEG."""
    out = io.BytesIO()
    thumbnail(data, MAX_SIDE).save(out, "JPEG", quality=_JPEG_QUALITY)
    return out.getvalue()
