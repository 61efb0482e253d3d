"""Recognising an accepted image by its bytes (never by its name) and hashing it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from chalicelib.errors import ImageRejected
from chalicelib.images import sentences
from chalicelib.images.decoding import check_budget, draft_for, opened

# An MPO is a JPEG with more frames (a preview, a second view) after the first, as many cameras
# write; its first frame is the photo, and as a file it is a JPEG to every other reader.
FORMAT_NAMES = {"MPO": "JPEG"}
# Decoding to check the bytes needs no more pixels a side than this (JPEG scales down for it).
_CHECK_SIDE = 256

MIME_TYPES: dict[str, str] = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "HEIF": "image/heif",
}


@dataclass(frozen=True)
class ImageInfo:
    """What the lens stage learns about accepted bytes."""

    sha256: str
    format: str
    mime_type: str
    width: int
    height: int


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inspect_image(data: bytes, max_bytes: int, max_pixels: int) -> ImageInfo:
    """Accept JPEG, PNG, WebP, GIF (first frame) and HEIC/HEIF within the limits, else raise."""
    if not data:
        raise ImageRejected(sentences.EMPTY_FILE)
    if len(data) > max_bytes:
        raise ImageRejected(sentences.too_large(len(data), max_bytes), code="image-too-large")
    try:
        with opened(data) as image:
            fmt = FORMAT_NAMES.get(image.format or "", image.format or "")
            if fmt not in MIME_TYPES:
                raise ImageRejected(f"{fmt or 'This'} images are not supported.")
            width, height = image.size
            if width * height > max_pixels:
                raise ImageRejected(
                    f"The image has {width}x{height} pixels; at most {max_pixels} are accepted.",
                    code="image-too-large",
                )
            _decode_first_frame(image)
    except (UnidentifiedImageError, OSError, ValueError, EOFError) as exc:
        raise ImageRejected(sentences.NOT_AN_IMAGE) from exc
    return ImageInfo(sha256_of(data), fmt, MIME_TYPES[fmt], width, height)


def _decode_first_frame(image: Image.Image) -> None:
    """Decode, so that truncated or corrupt files are refused here and not later: JPEGs at
    reduced scale (every byte is still read), the others within the decoding budget."""
    draft_for(image, _CHECK_SIDE)
    check_budget(image)
    try:
        image.load()
    # EOFError: the HEIF decoder's answer to some cut or damaged files.
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageRejected("The image is truncated or corrupt.", code="corrupt-image") from exc
