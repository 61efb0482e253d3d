"""The embedded ``catalog`` visual-search provider: perceptual hashing against a local catalog.

A catalog directory holds ``catalog.json`` (``{"items": [{"id", "image", "producer", "model",
"listings": [{"title", "link", "source", "price"}]}]}``) and the reference image of each item,
at the path ``image`` relative to the directory.

How a photo is matched
----------------------
Every image is first set upright (EXIF orientation) and shrunk to fit 64x64, decoded at reduced
size where the format allows (``chalicelib/images/decoding.py``): the hashes look at 32x32
pixels or fewer, and a small image makes hashing cheap. It is then described by four
``imagehash`` hashes that fail in different ways, so that together they tell the items apart
better than any one of them:

- ``phash`` (64 bits, low DCT frequencies): the overall layout, robust to resizing and JPEG;
- ``dhash`` (64 bits, horizontal gradients): edges and outlines;
- ``average_hash`` (64 bits, light vs dark areas): the coarse silhouette;
- ``colorhash`` (42 bits, hue and saturation histogram): the colours, which the others ignore.

The distance between two images is the mean of the four normalised Hamming distances, a number
from 0 (same hashes) to 1. All four depend on the framing, so each reference is hashed not only
whole but also in 81 crops: 0, 5 or 10 % cut off each of its four sides. A photo's distance to an
item is its smallest distance to any of these crops, which keeps a photo cropped by up to about
10 % per side close to its item. Brightness changes of about +-20 % barely move the hashes, as each
of them compares parts of the image with each other rather than with fixed levels. Rotation is not
covered: a few degrees are tolerated, a photo turned by 90 degrees is not found.

``DEFAULT_MAX_DISTANCE`` was tuned on ``samples/``: 1,500 photos made from the catalog images
(resized with the aspect ratio changed by up to a third, JPEG quality 40-90, 0-10 % crops per
side, brightness +-20 %) stayed at most 0.10 from their item, while the nearest other item was
never closer than 0.18, and unrelated images (noise, flat colours, simple drawings) were 0.19 or
more from every item. The limit sits in the middle of that gap. The references are hashed once
per process and catalog directory, on the first search (about half a second for ten items).

Matches
-------
``search`` returns the listings of every item within ``max_distance``, closest item first and each
item's listings in catalog order. ``producer`` and ``model`` in the catalog are answers kept for
evaluation and never reach the matches. A match's ``thumbnail`` is ``catalog://<image>``, the
item's image path relative to the catalog directory (e.g. ``catalog://images/mug.png``): stable,
and resolvable by whoever serves the catalog, but not a URL a browser can open.
"""

from __future__ import annotations

import functools
import itertools
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import imagehash
import numpy as np
from PIL import Image
from pydantic import BaseModel, ValidationError

from chalicelib.errors import ImageRejected
from chalicelib.images.decoding import thumbnail
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.providers.pricing.prices import parse_price
from chalicelib.wire import LensMatch

CATALOG_FILE = "catalog.json"
THUMBNAIL_PREFIX = "catalog://"
DEFAULT_MAX_DISTANCE = 0.14

_SIDE = 64
_CROP_FRACTIONS = (0.0, 0.05, 0.10)

_HASHERS: tuple[Callable[[Image.Image], imagehash.ImageHash], ...] = (
    imagehash.phash,
    imagehash.dhash,
    imagehash.average_hash,
    functools.partial(imagehash.colorhash, binbits=3),
)

# One boolean matrix per hasher, a row per image (or per crop of a reference image).
Fingerprints = tuple[np.ndarray, ...]


class CatalogListing(BaseModel):
    title: str
    link: str
    source: str
    price: str | None = None


class CatalogItem(BaseModel):
    id: str
    image: str
    producer: str | None = None
    model: str | None = None
    listings: list[CatalogListing]


class Catalog(BaseModel):
    items: list[CatalogItem]


@dataclass(frozen=True)
class Reference:
    """A catalog item with the hashes of its image's crops."""

    item: CatalogItem
    fingerprints: Fingerprints


class CatalogLens:
    """Visual search against the catalog in ``catalog_dir`` (see the module docstring)."""

    def __init__(self, catalog_dir: Path, max_distance: float = DEFAULT_MAX_DISTANCE) -> None:
        self.catalog_dir = Path(catalog_dir)
        self.max_distance = max_distance

    @classmethod
    def from_directory(
        cls, catalog_dir: str | Path, max_distance: float = DEFAULT_MAX_DISTANCE
    ) -> CatalogLens:
        """A lens for ``catalog_dir``; fails now, not at the first search, if it has no catalog."""
        directory = Path(catalog_dir).resolve()
        if not (directory / CATALOG_FILE).is_file():
            raise ProviderError(
                f"no {CATALOG_FILE} in the catalog directory", code="catalog-unavailable"
            )
        return cls(directory, max_distance)

    def search(self, image: StagedImage) -> list[LensMatch]:
        ranked = self.rank(image)
        close = [(item, distance) for item, distance in ranked if distance <= self.max_distance]
        if not close:
            nearest = f"{ranked[0][1]:.3f}" if ranked else "none"
            raise NoMatches(
                f"no catalog item looks like this image (nearest distance {nearest}, "
                f"limit {self.max_distance})"
            )
        return [to_match(listing, item) for item, _ in close for listing in item.listings]

    def rank(self, image: StagedImage) -> list[tuple[CatalogItem, float]]:
        """Every catalog item with its distance to ``image``, closest first."""
        query = fingerprint(open_image(image.load()))
        references = load_references(self.catalog_dir.resolve())
        ranked = [(ref.item, distance(query, ref.fingerprints)) for ref in references]
        return sorted(ranked, key=lambda pair: pair[1])


def open_image(data: bytes) -> Image.Image:
    """Decode (within the decoding budget), upright and shrink an uploaded image; ProviderError
    if it cannot be read."""
    try:
        return thumbnail(data, _SIDE)
    except ImageRejected as exc:
        raise ProviderError(exc.message, code=exc.code) from exc
    # What Pillow's decoders raise on damaged or hostile input, beyond "not an image" (OSError).
    except (
        OSError,
        EOFError,
        ValueError,
        SyntaxError,
        struct.error,
        Image.DecompressionBombError,
    ) as exc:
        raise ProviderError(f"the image cannot be read: {exc}", code="unsupported-image") from exc


def fingerprint(image: Image.Image) -> Fingerprints:
    return fingerprint_all([image])


def fingerprint_all(images: list[Image.Image]) -> Fingerprints:
    return tuple(
        np.array([hasher(image).hash.flatten() for image in images], dtype=bool)
        for hasher in _HASHERS
    )


def distance(query: Fingerprints, reference: Fingerprints) -> float:
    """Mean normalised Hamming distance of the query to the closest reference crop."""
    per_hasher = [np.mean(rows != row, axis=1) for row, rows in zip(query, reference, strict=True)]
    return float(np.mean(per_hasher, axis=0).min())


def crops(image: Image.Image) -> list[Image.Image]:
    """The image with every combination of 0/5/10 % cut off each side."""
    width, height = image.size
    return [
        image.crop(
            (
                round(width * left),
                round(height * top),
                round(width * (1 - right)),
                round(height * (1 - bottom)),
            )
        )
        for left, top, right, bottom in itertools.product(_CROP_FRACTIONS, repeat=4)
    ]


@functools.lru_cache(maxsize=8)
def load_references(catalog_dir: Path) -> tuple[Reference, ...]:
    """The catalog's items with their hashes, computed once per process and directory."""
    catalog = read_catalog(catalog_dir)
    return tuple(
        Reference(item, fingerprint_all(crops(read_reference_image(catalog_dir, item))))
        for item in catalog.items
    )


def read_catalog(catalog_dir: Path) -> Catalog:
    try:
        return Catalog.model_validate_json((catalog_dir / CATALOG_FILE).read_bytes())
    except (OSError, ValidationError) as exc:
        raise ProviderError(
            f"the catalog cannot be read: {exc}", code="catalog-unavailable"
        ) from exc


def read_reference_image(catalog_dir: Path, item: CatalogItem) -> Image.Image:
    try:
        return open_image((catalog_dir / item.image).read_bytes())
    except (OSError, ProviderError) as exc:
        raise ProviderError(
            f"the catalog image of {item.id!r} cannot be read", code="catalog-unavailable"
        ) from exc


def to_match(listing: CatalogListing, item: CatalogItem) -> LensMatch:
    price = parse_price(listing.price)
    return LensMatch(
        title=listing.title,
        link=listing.link,
        source=listing.source,
        thumbnail=THUMBNAIL_PREFIX + item.image,
        price=price.amount if price else None,
        currency=price.currency if price else None,
    )
