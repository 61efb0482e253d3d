"""Small helpers shared by the API and the relay: the request's base URL and query numbers."""

from __future__ import annotations

import ipaddress
import re
from typing import Iterable, Mapping

from chalicelib.errors import BadRequest

# A host name or IP literal, with an optional port: nothing that could end a header or a URL.
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])"
                   r"(?::[0-9]{1,5})?")
_SCHEMES = ("http", "https")
# The headers by which a proxy tells what the client asked for; only trusted proxies' count.
FORWARDING_HEADERS = ("x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded")


def base_url(headers: Mapping[str, str], stage_path: str = "") -> str:
    """The URL clients reached us at, from the Host header, or from the forwarding headers
    (which the local gateway passes on only from the proxies the configuration names); only
    http and https, and only a well-formed host."""
    host = headers.get("x-forwarded-host") or headers.get("host") or "localhost"
    proto = (headers.get("x-forwarded-proto") or "http").strip().lower()
    if proto not in _SCHEMES:
        raise BadRequest("X-Forwarded-Proto must be http or https.")
    if not _HOST.fullmatch(host.strip()):
        raise BadRequest("The Host header must be a host name with an optional port.")
    return f"{proto}://{host.strip()}{stage_path}"


def trusted_proxy(peer: str | None, proxies: Iterable[str]) -> bool:
    """Whether ``peer`` is one of ``proxies`` (addresses or networks like ``10.0.0.0/8``)."""
    try:
        address = ipaddress.ip_address(peer or "")
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


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
