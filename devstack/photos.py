"""The sample photos, and fresh copies of them for the tests and the benchmark: the same item in
bytes never seen before, so the service analyses it afresh instead of answering from its cache
(which is keyed by the image's SHA-256)."""

from __future__ import annotations

import hashlib
import io
import uuid
from pathlib import Path

from PIL import Image

from chalicelib.providers.base import StagedImage

PHOTOS = Path(__file__).resolve().parents[1] / "samples" / "photos"


def sample_photo(which: str | int = "") -> Path:
    """A sample photo: the first (by name) whose name starts with ``which``, or the
    ``which``-th, counting round when ``which`` passes their number."""
    photos = sorted(PHOTOS.glob("*.jpg"))
    if isinstance(which, int):
        return photos[which % len(photos)]
    return next(p for p in photos if p.name.startswith(which))


def fresh_photo(which: str | int = "") -> bytes:
    """``sample_photo(which)`` re-encoded with a unique JPEG comment: a new SHA-256."""
    with Image.open(sample_photo(which)) as image:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=92, comment=uuid.uuid4().hex.encode())
    return buffer.getvalue()


def staged_photo(path: Path | None = None) -> StagedImage:
    """A sample photo (the trail shoe unless ``path``) staged as the lens stage would."""
    data = (path or sample_photo("trail-shoe")).read_bytes()
    return StagedImage.from_bytes(data, hashlib.sha256(data).hexdigest(), "image/jpeg")
