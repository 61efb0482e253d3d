"""Sample photos with bytes never seen before, so the service analyses them afresh."""

from __future__ import annotations

import io
import uuid

from PIL import Image

from tests.conftest import sample_photo


def fresh_photo(name: str) -> bytes:
    """A sample photo re-encoded with a unique comment: the same item, a new SHA-256."""
    with Image.open(sample_photo(name)) as image:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=92, comment=uuid.uuid4().hex.encode())
    return buffer.getvalue()
