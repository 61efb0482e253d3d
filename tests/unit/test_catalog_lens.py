"""The embedded catalog lens finds a catalog item in photos of it, and nothing in other images."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.lens.catalog import CatalogLens
from chalicelib.wire import LensMatch

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CATALOG_DIR = SAMPLES / "catalog"
CATALOG = json.loads((CATALOG_DIR / "catalog.json").read_text(encoding="utf-8"))
LINKS = {item["id"]: [listing["link"] for listing in item["listings"]] for item in CATALOG["items"]}
PHOTOS = sorted((SAMPLES / "photos").glob("*.jpg"))

Transform = Callable[[Image.Image], Image.Image]


def item_of_photo(photo: Path) -> str:
    """The item a sample photo shows: its file name is ``<item-id>-<what>.jpg``."""
    return max((item for item in LINKS if photo.name.startswith(f"{item}-")), key=len)


def item_of_link(link: str) -> str:
    return next(item for item, links in LINKS.items() if link in links)


def staged(data: bytes, mime_type: str = "image/jpeg") -> StagedImage:
    return StagedImage.from_bytes(data, hashlib.sha256(data).hexdigest(), mime_type)


def jpeg(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def catalog_image(item: str) -> Image.Image:
    return Image.open(CATALOG_DIR / "images" / f"{item}.png").convert("RGB")


def crop(left: float, top: float, right: float, bottom: float) -> Transform:
    def apply(image: Image.Image) -> Image.Image:
        w, h = image.size
        box = (round(w * left), round(h * top), round(w * (1 - right)), round(h * (1 - bottom)))
        return image.crop(box)

    return apply


def brighten(factor: float) -> Transform:
    return lambda image: ImageEnhance.Brightness(image).enhance(factor)


def resize(width: int, height: int) -> Transform:
    return lambda image: image.resize((width, height), Image.Resampling.BILINEAR)


@pytest.fixture(scope="module")
def lens() -> CatalogLens:
    return CatalogLens.from_directory(CATALOG_DIR)


def search_photo(lens: CatalogLens, photo: Path) -> list[LensMatch]:
    return lens.search(staged(photo.read_bytes()))


def test_the_sample_photos_show_several_items() -> None:
    # Given the sample photos that ship with the catalog
    items = {item_of_photo(photo) for photo in PHOTOS}

    # Then there are enough of them for a demo
    assert len(PHOTOS) >= 6
    assert len(items) >= 5


@pytest.mark.parametrize("photo", PHOTOS, ids=lambda photo: photo.name)
def test_a_sample_photo_finds_its_own_item_and_only_it(lens: CatalogLens, photo: Path) -> None:
    # Given a photo derived from a catalog image
    item = item_of_photo(photo)

    # When it is searched
    matches = search_photo(lens, photo)

    # Then the item's listings come back, in catalog order, and no other item's
    assert [match.link for match in matches] == LINKS[item]


@pytest.mark.parametrize(
    ("item", "steps"),
    [
        ("backpack", [crop(0.10, 0.0, 0.02, 0.0)]),
        ("wristwatch", [brighten(0.8)]),
        ("sunglasses", [crop(0.0, 0.09, 0.0, 0.0), brighten(1.2)]),
        ("trail-shoe", [resize(1000, 750)]),
        ("compact-camera", [crop(0.04, 0.04, 0.04, 0.04), resize(300, 300), brighten(1.1)]),
        ("desk-lamp", [crop(0.0, 0.0, 0.10, 0.10), brighten(0.85)]),
        ("headphones", [resize(200, 200)]),
        ("mug", [crop(0.0, 0.0, 0.10, 0.07), brighten(1.2)]),
        ("acoustic-guitar", [crop(0.03, 0.10, 0.0, 0.0), resize(500, 560)]),
        ("bike-helmet", [brighten(0.8), resize(900, 900)]),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
@pytest.mark.parametrize("quality", [90, 50])
def test_a_fresh_photo_of_a_catalog_item_finds_that_item_first(
    lens: CatalogLens, item: str, steps: list[Transform], quality: int
) -> None:
    # Given a catalog image cropped, brightened or darkened, resized and re-compressed
    image = catalog_image(item)
    for step in steps:
        image = step(image)

    # When the photo is searched
    matches = lens.search(staged(jpeg(image, quality)))

    # Then the first listings are the item's own, not another item's
    assert item_of_link(matches[0].link) == item
    assert [match.link for match in matches[: len(LINKS[item])]] == LINKS[item]


def test_a_sideways_phone_photo_with_an_exif_orientation_finds_its_item(lens: CatalogLens) -> None:
    # Given a photo stored sideways, with the EXIF tag that tells viewers to turn it upright
    stored = catalog_image("headphones").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 degrees clockwise to display
    buffer = io.BytesIO()
    stored.save(buffer, format="JPEG", quality=80, exif=exif)

    # When it is searched
    matches = lens.search(staged(buffer.getvalue()))

    # Then the lens looks at it upright and finds the headphones
    assert item_of_link(matches[0].link) == "headphones"


def noise() -> Image.Image:
    pixels = np.random.default_rng(7).integers(0, 256, size=(480, 640, 3), dtype=np.uint8)
    return Image.fromarray(pixels, mode="RGB")


def flat_colour() -> Image.Image:
    return Image.new("RGB", (640, 480), (40, 90, 140))


def house() -> Image.Image:
    image = Image.new("RGB", (600, 600), (135, 200, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((150, 300, 450, 550), fill=(180, 60, 40))
    draw.polygon([(120, 300), (300, 120), (480, 300)], fill=(90, 40, 30))
    draw.rectangle((260, 420, 340, 550), fill=(60, 40, 20))
    draw.rectangle((0, 550, 600, 600), fill=(60, 160, 60))
    return image


@pytest.mark.parametrize("make_image", [noise, flat_colour, house], ids=lambda f: f.__name__)
def test_an_unrelated_image_finds_nothing(
    lens: CatalogLens, make_image: Callable[[], Image.Image]
) -> None:
    # Given an image of nothing in the catalog
    data = jpeg(make_image())

    # When it is searched, then the lens says it found nothing
    with pytest.raises(NothingFound) as caught:
        lens.search(staged(data))
    assert caught.value.code == "no-matches"


@pytest.mark.parametrize(
    ("photo", "shown_price", "price", "currency"),
    [
        ("trail-shoe-small.jpg", "79,00 €", 79.0, "EUR"),
        ("trail-shoe-small.jpg", "1.699 kr", 1699.0, "SEK"),
        ("wristwatch-q60.jpg", "US $675.00", 675.0, "USD"),
        ("backpack-crop.jpg", "£55", 55.0, "GBP"),
        ("compact-camera-wide-blur.jpg", "¥89,800", 89800.0, "JPY"),
        ("mug-crop-left.jpg", None, None, None),
    ],
)
def test_listing_prices_come_back_as_numbers_with_iso_codes(
    lens: CatalogLens,
    photo: str,
    shown_price: str | None,
    price: float | None,
    currency: str | None,
) -> None:
    # Given the listing of the photographed item whose page shows this price
    item = item_of_photo(SAMPLES / "photos" / photo)
    listing = next(
        listing
        for entry in CATALOG["items"]
        if entry["id"] == item
        for listing in entry["listings"]
        if listing["price"] == shown_price
    )

    # When the photo is searched
    matches = search_photo(lens, SAMPLES / "photos" / photo)

    # Then that listing carries the amount as a number and the ISO 4217 code
    match = next(match for match in matches if match.link == listing["link"])
    assert (match.price, match.currency) == (price, currency)
    assert (match.title, match.source) == (listing["title"], listing["source"])


def test_matches_point_at_the_catalog_image_as_thumbnail(lens: CatalogLens) -> None:
    # Given a photo of the mug, when it is searched
    matches = search_photo(lens, SAMPLES / "photos" / "mug-crop-left.jpg")

    # Then every match carries the same stable reference to the mug's catalog image
    assert {match.thumbnail for match in matches} == {"catalog://images/mug.png"}


@pytest.mark.parametrize(
    "data",
    [
        (SAMPLES / "bad" / "not-an-image.jpg").read_bytes(),
        (SAMPLES / "bad" / "truncated.png").read_bytes(),
        b"",
    ],
    ids=["text-file", "truncated-png", "empty"],
)
def test_bytes_that_are_not_an_image_are_refused(lens: CatalogLens, data: bytes) -> None:
    # Given bytes Pillow cannot decode, when they are searched
    with pytest.raises(ProviderError) as caught:
        lens.search(staged(data))

    # Then the lens refuses the image instead of reporting an empty search
    assert not isinstance(caught.value, NothingFound)
    assert caught.value.code == "unsupported-image"
