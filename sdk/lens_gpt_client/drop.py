"""The bucket's key layout for dropped photos, as the service writes it.

``drop/a/b.jpg`` is processed like an upload; its result appears at ``results/a/b.jpg.json``.
"""

from __future__ import annotations

from urllib.parse import quote

DROP_PREFIX = "drop/"
RESULTS_PREFIX = "results/"


def drop_key(name: str) -> str:
    """The key under ``drop/`` for a name (kept as it is when it already starts there)."""
    name = name.lstrip("/")
    return name if name.startswith(DROP_PREFIX) else f"{DROP_PREFIX}{name}"


def hint_metadata(hint: str | None) -> dict[str, str]:
    """The object's user metadata that carries a hint (``x-amz-meta-hint``): URL-encoded UTF-8,
    since S3 metadata travels in HTTP headers."""
    return {"hint": quote(hint, safe=" ,.-_")} if hint else {}


def result_key_for_drop(key: str) -> str:
    """``drop/a/b.jpg`` -> ``results/a/b.jpg.json``."""
    return f"{RESULTS_PREFIX}{key[len(DROP_PREFIX):]}.json"
