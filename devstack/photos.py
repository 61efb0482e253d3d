"""The sample photos, and fresh copies of them for the tests and the benchmark: the same item in
bytes never seen before, so the service analyses it afresh instead of answering from its cache
(which is keyed by the image's SHA-256)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from PIL import Image

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
