"""The web page served at ``/`` and its assets (plain HTML, CSS and JavaScript; no build step)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from chalicelib.errors import NotFound

_HERE = Path(__file__).parent
ASSET_TYPES = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
}
# Scripts and styles only from our own files: text from chunks can never run as code. The upload
# goes to the storage's own origin (a presigned POST), so connections may go anywhere. Images:
# the photo's preview (blob:), the visual matches' thumbnails (https: or inline data:), ours, and
# a permalink's photo (a short-lived link of the storage: https in AWS).
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' https: data: blob:{storage}; connect-src *; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


def page_headers(storage_endpoint: str | None = None) -> dict[str, str]:
    """The page's headers; an http storage endpoint (the local emulator) is added to the
    images the page may show, so that a permalink shows its photo there too."""
    origin = ""
    if storage_endpoint:
        parts = urlsplit(storage_endpoint)
        if parts.scheme == "http" and parts.netloc:
            origin = f" http://{parts.netloc}"
    return {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": _POLICY.format(storage=origin),
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
    }


PAGE_HEADERS = page_headers()


@lru_cache(maxsize=1)
def index_html() -> str:
    return (_HERE / "index.html").read_text(encoding="utf-8")


@lru_cache(maxsize=len(ASSET_TYPES))
def _asset_text(name: str) -> str:
    return (_HERE / name).read_text(encoding="utf-8")


def asset(name: str) -> tuple[str, dict[str, str]]:
    """``(body, headers)`` of ``/assets/<name>``, one of the page's files; else ``NotFound``."""
    if name not in ASSET_TYPES:
        raise NotFound(f"There is no asset {name!r}.")
    headers = {"Content-Type": ASSET_TYPES[name], "X-Content-Type-Options": "nosniff",
               "Cache-Control": "no-cache"}
    return _asset_text(name), headers
