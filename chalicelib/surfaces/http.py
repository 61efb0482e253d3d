"""Small helpers shared by the API and the relay: the request's base URL and query numbers."""

from __future__ import annotations

from typing import Mapping

from chalicelib.errors import BadRequest


def base_url(headers: Mapping[str, str], stage_path: str = "") -> str:
    """The URL clients reached us at, from the Host and forwarding headers."""
    host = headers.get("x-forwarded-host") or headers.get("host") or "localhost"
    proto = headers.get("x-forwarded-proto") or "http"
    return f"{proto}://{host}{stage_path}"


def number_param(params: Mapping[str, str] | None, name: str, default: float,
                 low: float, high: float) -> float:
    """A numeric query parameter within [low, high], or a 400."""
    raw = (params or {}).get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a number, not {raw!r}.") from None
    if not low <= value <= high or value != value:
        raise BadRequest(f"{name} must be between {low:g} and {high:g}.")
    return value
