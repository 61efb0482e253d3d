"""Decoding accepted images within a memory budget, upright and in 8-bit RGB.

A small file can describe a huge image (a 2 KB WebP of 16383x3000 pixels), and some decoders
keep whole copies of the frame besides Pillow's. So before anything is decoded, its cost is
estimated in bytes: width x height x the bytes per pixel of the decoded mode x the copies the
format's decoder holds. JPEGs (and MPO, a JPEG with more frames behind the first) are decoded at
reduced scale when only a small image is needed (``draft``); an image whose decoding would still
cost more than the budget is refused as too large. Every decoded frame is closed after use, so
its memory is released at once and not at the next garbage collection.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from typing import Iterator

from PIL import Image, ImageOps
from pillow_heif import register_heif_opener

from chalicelib.errors import ImageRejected

register_heif_opener()
# Pixel counts and decoding costs are checked here, with our own limits and errors, before
# anything is decoded; Pillow's own warning threshold would only get in the way.
Image.MAX_IMAGE_PIXELS = None
# Pillow allocates a large image in blocks, 16 MB by default. glibc serves blocks that small from
# its heap once a large block has been freed, and keeps that heap after the image is gone (one
# worker stayed 1.2 GB larger). Blocks of 64 MB always come from (and go back to) the system.
Image.core.set_block_size(64 * 1024 * 1024)

# What decoding may take at most, per image: a 50-megapixel PNG (200 MB as Pillow holds it) fits,
# so that no accepted image raises a worker by much more than this.
DECODE_BUDGET_BYTES = 256 * 1024 * 1024

# Bytes per pixel as Pillow holds each mode (RGB and YCbCr are padded to 4); others take 4.
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
# Decoders that hold copies of the whole frame besides Pillow's: libwebp's decoder keeps its
# frame and hands Pillow another; libheif keeps its own.
_FRAME_COPIES = {"WEBP": 3, "HEIF": 2}
# Formats whose decoder can scale down while decoding.
_DRAFTABLE = {"JPEG", "MPO"}
# Frames with alpha larger than this are resized band by band (see ``_fit``).
_WHOLE_COPY_BYTES = 32 * 1024 * 1024
_SIXTEEN_BIT = {"I;16", "I;16L", "I;16B", "I;16N", "I"}


def decode_cost(image: Image.Image) -> int:
    """The bytes decoding ``image`` at its current (possibly drafted) size would take."""
    width, height = image.size
    per_pixel = _BYTES_PER_PIXEL.get(image.mode, 4)
    return width * height * per_pixel * _FRAME_COPIES.get(image.format or "", 1)


def check_budget(image: Image.Image, budget: int = DECODE_BUDGET_BYTES) -> None:
    """Refuse, before decoding, an image whose decoding would cost more than ``budget``."""
    cost = decode_cost(image)
    if cost > budget:
        width, height = image.size
        raise ImageRejected(
            f"Decoding the {width}x{height} {image.format} image would take "
            f"{cost // 2**20} MB; at most {budget // 2**20} MB are allowed.",
            code="image-too-large",
        )


@contextmanager
def opened(data: bytes) -> Iterator[Image.Image]:
    """The first frame of the image in ``data``, not decoded yet; closed (released) after use."""
    image = Image.open(io.BytesIO(data))
    try:
        image.seek(0)
        yield image
    finally:
        image.close()


def draft_for(image: Image.Image, side: int) -> None:
    """Let a JPEG decoder scale down while decoding, keeping at least ``side`` pixels a side."""
    if image.format in _DRAFTABLE and side > 0:
        width, height = image.size
        scale = max(1.0, min(width, height) / side)
        image.draft("RGB", (max(1, int(width / scale)), max(1, int(height / scale))))


def thumbnail(data: bytes, side: int, budget: int = DECODE_BUDGET_BYTES) -> Image.Image:
    """The image upright, in 8-bit RGB, fit into ``side`` x ``side``; decoded within ``budget``.

    Raises ``ImageRejected`` for what cannot be decoded within the budget and lets Pillow's own
    errors through for what is no image or is damaged.
    """
    with opened(data) as image:
        draft_for(image, side)
        check_budget(image, budget)
        small = _fit(image, side)
        upright = ImageOps.exif_transpose(small)  # after shrinking: a small copy
    return to_rgb(upright)


def _fit(image: Image.Image, side: int) -> Image.Image:
    """``image`` fit into ``side`` x ``side``. Pillow resizes a frame with alpha through a whole
    premultiplied copy of it; a large one is resized band by band instead (its edges of
    transparency may blend a little differently, which a frame that large can spare)."""
    if image.mode in ("LA", "RGBA") and decode_cost(image) > _WHOLE_COPY_BYTES:
        image.load()
        bands = [_fit(image.getchannel(band), side) for band in image.getbands()]
        merged = Image.merge(image.mode, bands)
        merged.info = dict(image.info)  # the EXIF orientation still to apply
        return merged
    # Pillow's reduce() has no 16-bit modes; resizing those directly copies nothing whole.
    gap = None if image.mode in _SIXTEEN_BIT else 2.0
    image.thumbnail((side, side), Image.Resampling.LANCZOS, reducing_gap=gap)  # in place
    return image


def to_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB: 16-bit levels scaled (not clipped), transparency on white, CMYK converted."""
    if image.mode in _SIXTEEN_BIT:
        image = image.convert("I").point(lambda level: level * (1 / 256)).convert("L")
    # Transparent areas would otherwise turn black; a white backdrop is what a viewer shows.
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        backdrop = Image.new("RGBA", image.size, (255, 255, 255, 255))
        return Image.alpha_composite(backdrop, image.convert("RGBA")).convert("RGB")
    return image.convert("RGB")
