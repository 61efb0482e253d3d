"""Hostile files, made here: valid images of every accepted format to spoil, a decompression
bomb, polyglots and an SVG; and the verdict image recognition gives any bytes."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from PIL import Image

from chalicelib.errors import ImageRejected
from chalicelib.images.recognition import inspect_image  # (importing it registers HEIF with Pillow)

FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "HEIF")
REASONS = {"unsupported-image", "corrupt-image", "image-too-large"}
MAX_BYTES, MAX_PIXELS = 20 * 1024 * 1024, 50_000_000


def image_bytes(fmt: str, size: tuple[int, int] = (96, 64)) -> bytes:
    """A small valid image with some detail (so a corruption has pixels to hit)."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    image.putpixel((3, 5), (255, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def verdict(data: bytes) -> str:
    """The format the bytes are accepted as, or the code of the reason they are refused."""
    try:
        return inspect_image(data, MAX_BYTES, MAX_PIXELS).format
    except ImageRejected as exc:
        return exc.code


def png_bomb(side: int = 10_000) -> bytes:
    """A real PNG of ``side`` x ``side`` black pixels (100 megapixels by default) that
    compresses to about 100 KB: decoded, it would take ``side``² bytes of memory."""
    row = b"\x00" * (side + 1)  # filter byte, then the pixels
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(
        b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A tiny JPEG whose frame header claims another size (a bomb by its header alone)."""
    data = bytearray(image_bytes("JPEG", (16, 16)))
    sof = next(i for i in range(len(data) - 1) if data[i] == 0xFF and data[i + 1] in (0xC0, 0xC2))
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def jpeg_with_zip() -> bytes:
    """A polyglot: a valid JPEG that is also a valid ZIP archive (the archive appended)."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("payload.html", "<script>alert(1)</script>")
    return image_bytes("JPEG") + archive.getvalue()


def gif_header_with_script() -> bytes:
    """The start of a GIF that goes on as a script: a polyglot no image decoder can finish."""
    return b"GIF89a/*\x00\x00*/=1;" + b"<script>alert(document.domain)</script>" * 20


def zip_with_jpeg() -> bytes:
    """An archive holding an image: an image inside, but not an image."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("photo.jpg", image_bytes("JPEG"))
    return archive.getvalue()


SVG = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
       b'<script>alert(1)</script><rect width="64" height="64" fill="red"/></svg>')


def _chunk(kind: bytes, payload: bytes) -> bytes:
    checksum = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", checksum)
