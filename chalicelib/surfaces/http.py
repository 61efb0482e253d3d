"""Small helpers shared by the API and the relay: the request's base URL and query numbers."""

from __future__ import annotations

import ipaddress
import json
import re
from typing import Any, Iterable, Mapping

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


# What a number in a query parameter or header may look like: ASCII digits, a decimal point
# only where a fraction makes sense. Python's own readers take much more ("1_0", "+2", "1e3",
# Arabic-Indic and fullwidth digits), which would make one cursor answer to many spellings.
_WHOLE = re.compile(r"[0-9]{1,12}")
_DECIMAL = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,6})?")


def number_param(params: Mapping[str, str] | None, name: str, default: float,
                 low: float, high: float, whole: bool = False) -> float:
    """A numeric query parameter within [low, high] written in ASCII digits (``whole``: no
    fraction either), or a 400."""
    raw = (params or {}).get(name)
    if raw is None or raw == "":
        return default
    if not (_WHOLE if whole else _DECIMAL).fullmatch(raw):
        kind = "a whole number" if whole else "a number"
        raise BadRequest(f"{name} must be {kind} in ASCII digits, not {raw[:40]!r}.")
    value = float(raw)
    if not low <= value <= high:
        # Whole bounds in full: 2^31 written as 2.14748e+09 would not say which number.
        shown = (f"{low:.0f}", f"{high:.0f}") if whole else (f"{low:g}", f"{high:g}")
        raise BadRequest(f"{name} must be between {shown[0]} and {shown[1]}.")
    return value


# A cursor is a chunk's ``seq``: a whole number from 0 to 2^31 (as the OpenAPI document says).
MAX_CURSOR = 2**31


def cursor_param(params: Mapping[str, str] | None, name: str = "after") -> int:
    """A resume point (the query's ``after``, or an SSE reconnect's ``Last-Event-ID``), or a
    400; absent or empty: 0, from the first chunk."""
    return int(number_param(params, name, 0, 0, MAX_CURSOR, whole=True))


# ?wait= up to 25 s is accepted everywhere (the SDK asks that much); a deployment may hold the
# request for less (MAX_WAIT_SECONDS: API Gateway's 29 s include a cold start).
ACCEPTED_WAIT_S = 25.0


def wait_param(params: Mapping[str, str] | None, max_wait_s: float) -> float:
    """A long-poll's ``wait`` (seconds), or a 400."""
    return number_param(params, "wait", 0, 0, max(max_wait_s, ACCEPTED_WAIT_S))


# The largest integer every JSON reader keeps exactly (an IEEE 754 double's 2^53, RFC 7493).
MAX_SAFE_INTEGER = 2**53


def _refuse_constant(name: str) -> Any:
    raise BadRequest(f"The body holds {name}, which is not a JSON number.")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadRequest(f"The number {text[:40]} is too large.")
    return value


def _safe_int(text: str) -> int:
    # Checked by length first: converting a 5,000-digit string is refused by Python itself.
    if len(text.lstrip("-")) > 16 or abs(int(text)) > MAX_SAFE_INTEGER:
        raise BadRequest(f"The integer {text[:40]} is beyond +-2^53.")
    return int(text)


def strict_json(body: bytes | str) -> Any:
    """A JSON body as RFC 8259 and I-JSON (RFC 7493) have it: no NaN or Infinity, no number
    that overflows a double, no integer beyond +-2^53, no NUL character in any string or name;
    anything else is a 400 (a ``ValueError`` for text that is not JSON at all)."""
    document = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float,
                          parse_int=_safe_int)
    _no_nul(document)
    return document


def _no_nul(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise BadRequest("The body holds a NUL character, which no field may hold.")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
