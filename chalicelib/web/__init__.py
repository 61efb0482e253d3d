"""The web page served at ``/``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def index_html() -> str:
    return (Path(__file__).parent / "index.html").read_text(encoding="utf-8")
