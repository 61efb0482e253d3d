"""Photos as cameras and editors write them: MPO (JPEG with an MPF segment), EXIF-turned, CMYK
and 16-bit images are read as the photos they show, by the lens stage's check, the catalog lens
and the photo sent to the model."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from chalicelib.images.recognition import inspect_image
from chalicelib.providers.analysts.photo_payload import data_url
from chalicelib.providers.base import StagedImage
from chalicelib.providers.lens.catalog import CatalogLens

CATALOG_DIR = Path(__file__).resolve().parents[2] / "samples" / "catalog"
LIMITS = (20 * 1024 * 1024, 50_000_000)


def item_photo(item: str = "headphones") -> Image.Image:
    return Image.open(CATALOG_DIR / "images" / f"{item}.png").convert("RGB")


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def camera_mpo(image: Image.Image, orientation: int = 1) -> bytes:
    """A JPEG with an MPF segment and a second frame, as Sony, Panasonic and Canon write."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    preview = image.resize((image.width // 4, image.height // 4))
    return encoded(image, "MPO", save_all=True, append_images=[preview], exif=exif)


def sixteen_bit_grey(image: Image.Image) -> bytes:
    levels = np.asarray(image.convert("L"), dtype=np.uint16) * 257  # full 16-bit range
    return encoded(Image.fromarray(levels), "PNG")


def sent_to_model(data: bytes) -> Image.Image:
    url = data_url(data)
    return Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))


def found(data: bytes, mime_type: str = "image/jpeg") -> str:
    staged = StagedImage.from_bytes(data, hashlib.sha256(data).hexdigest(), mime_type)
    match = CatalogLens.from_directory(CATALOG_DIR).search(staged)[0]
    return match.thumbnail


def test_a_camera_mpo_is_accepted_as_a_jpeg() -> None:
    # Given a photo as a camera writes it (Pillow reads it as "MPO")
    data = camera_mpo(item_photo())
    assert Image.open(io.BytesIO(data)).format == "MPO"

    # When the lens stage checks it
    info = inspect_image(data, *LIMITS)

    # Then it is a JPEG, of its first frame's size
    assert (info.format, info.mime_type) == ("JPEG", "image/jpeg")
    assert (info.width, info.height) == item_photo().size


def test_a_sideways_camera_mpo_finds_its_item_upright() -> None:
    sideways = item_photo().transpose(Image.Transpose.ROTATE_90)
    assert found(camera_mpo(sideways, orientation=6)).endswith("headphones.png")


@pytest.mark.parametrize("mode", ["CMYK", "16-bit"])
def test_cmyk_and_16_bit_photos_find_their_item(mode: str) -> None:
    photo = item_photo()
    data = encoded(photo.convert("CMYK"), "JPEG") if mode == "CMYK" else sixteen_bit_grey(photo)
    assert found(data, "image/jpeg" if mode == "CMYK" else "image/png").endswith(
        "headphones.png")


def test_the_model_gets_a_turned_photo_upright_and_cmyk_or_16_bit_as_plain_rgb() -> None:
    photo = item_photo()
    sideways = photo.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6

    upright = sent_to_model(encoded(sideways, "JPEG", exif=exif))
    from_cmyk = sent_to_model(encoded(photo.convert("CMYK"), "JPEG"))
    from_16_bit = sent_to_model(sixteen_bit_grey(photo))

    assert upright.size == photo.size
    assert from_cmyk.mode == "RGB"
    assert from_16_bit.mode == "RGB"
    # 16-bit levels are scaled, not clipped: the photo does not turn white
    grey = np.asarray(photo.convert("L"), dtype=float)
    assert abs(np.asarray(from_16_bit.convert("L"), dtype=float).mean() - grey.mean()) < 8
