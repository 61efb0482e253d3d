"""Any accepted ``image`` argument as bytes, a file name and a type label for the upload.

An image may be a path, bytes, a binary file object or a PIL image. The service recognises
images by their bytes; the type sent along is only a label, sniffed from the first bytes.
"""

from __future__ import annotations

import io
import mimetypes
import os
from dataclasses import dataclass
from typing import Any, BinaryIO

from lens_gpt_client.exceptions import InvalidImage
from lens_gpt_client.sentences import EMPTY_FILE, NOT_AN_IMAGE

# A path, bytes, a binary file object or a PIL image (``Any``: pillow is optional).
ImageInput = str | os.PathLike | bytes | bytearray | memoryview | BinaryIO | Any


@dataclass(frozen=True)
class ImageUpload:
    """An image as it is sent: its bytes, a file name and (if known) its type."""

    data: bytes
    filename: str
    content_type: str | None

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypheix", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heif"),
    (b"ftypmsf1", 4, "image/heif"),
)


def checked_image(image: ImageInput) -> ImageUpload:
    """``read_image``, refusing before anything is sent what the service would refuse anyway:
    an empty file, or bytes of no image format it reads (``InvalidImage``, in the service's
    words)."""
    upload = read_image(image)
    if not upload.data:
        raise InvalidImage(EMPTY_FILE, code="unsupported-image")
    if not _sniffed(upload.data) and upload.data[4:8] != b"ftyp":
        # (An ISO media file of another brand may still be a HEIF image: the service decides.)
        raise InvalidImage(NOT_AN_IMAGE, code="unsupported-image")
    return upload


def read_image(image: ImageInput) -> ImageUpload:
    """The bytes, a file name and a type label of any accepted kind of ``image`` argument."""
    if isinstance(image, (bytes, bytearray, memoryview)):
        return _labelled(bytes(image), "image")
    if isinstance(image, (str, os.PathLike)):
        with open(image, "rb") as file:
            return _labelled(file.read(), os.path.basename(os.fspath(image)))
    pil_image = _pil_image_class()
    if pil_image is not None and isinstance(image, pil_image):
        return _from_pil(image)
    if hasattr(image, "read"):
        data = image.read()
        if not isinstance(data, bytes):
            raise TypeError("Open the image file in binary mode ('rb').")
        name = getattr(image, "name", None)
        return _labelled(data, os.path.basename(name) if isinstance(name, str) else "image")
    raise TypeError(f"An image must be a path, bytes, a binary file or a PIL image, "
                    f"not {type(image).__name__}.")


def _sniffed(data: bytes) -> str | None:
    """The image type the first bytes say, if any."""
    return next((t for magic, at, t in _SIGNATURES if data[at:at + len(magic)] == magic), None)


def _labelled(data: bytes, filename: str) -> ImageUpload:
    sniffed = _sniffed(data)
    guessed = mimetypes.guess_type(filename)[0]
    named = guessed if guessed and guessed.startswith("image/") else None
    # The service recognises images by their bytes; the type is only a label for the upload.
    return ImageUpload(data=data, filename=filename, content_type=sniffed or named)


def _pil_image_class() -> type | None:
    try:
        from PIL import Image
    except ImportError:  # PIL images are an option; the SDK itself does not need pillow
        return None
    return Image.Image


def _from_pil(image: Any) -> ImageUpload:
    """A PIL image encoded in its own format when it has one we accept, else as PNG."""
    fmt = image.format if image.format in ("JPEG", "PNG", "WEBP", "GIF") else "PNG"
    if fmt == "PNG" and image.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
        image = image.convert("RGBA")
    if fmt == "JPEG" and image.mode not in ("L", "RGB", "CMYK"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    extension = {"JPEG": "jpg"}.get(fmt, fmt.lower())
    return ImageUpload(data=buffer.getvalue(), filename=f"image.{extension}",
                       content_type=f"image/{fmt.lower()}")

