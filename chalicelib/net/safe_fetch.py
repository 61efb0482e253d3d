"""Fetching URLs that come from outside (scraped pages, model answers) without reaching inside.

A URL from a web page or a model's answer could point at the machine itself, the VPC or the
cloud's metadata service (server-side request forgery). ``SafeFetcher`` fetches such a URL only if:

* its scheme is ``http`` or ``https`` and it carries no user name or password;
* its host is a name, or an IP address written the canonical way: decimal, octal and hex forms
  ("2130706433", "0177.0.0.1", "0x7f.1") are refused outright rather than interpreted;
* *every* address the name resolves to is public: not loopback, private, link-local (which holds
  the metadata service, 169.254.169.254), shared, multicast, reserved or unspecified, also when
  an IPv4 address hides inside an IPv6 one (``::ffff:127.0.0.1``, 6to4, Teredo, NAT64);
* the same holds for every redirect hop, which is followed here, one at a time (a POST, as a
  webhook delivery makes it, follows none: its answer is the status the receiver gave).

The connection goes to the address that was checked (the name is not resolved a second time), so
a name that answers publicly to the check and privately to the connection (DNS rebinding) gains
nothing; TLS still verifies the certificate against the name. Each fetch has a size limit (of the
decoded body, so compressed bombs stop too) and one wall-clock deadline for the whole exchange
(connecting, headers, body, redirects): urllib3's time-outs bound each read only, so a server
sending a byte a second would outlast them; at the deadline the fetch's sockets are shut down.
``allow_loopback`` lets the local stack and tests reach a server on 127.0.0.1 (the setting
``FETCH_ALLOW_LOOPBACK``, which the local stack sets); in AWS nothing sets it. Names are resolved
within a time limit too (``bounded_resolver``), so a name no DNS server answers for fails fast.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import ConnectTimeoutError, HTTPError, ReadTimeoutError

from chalicelib.errors import LensGptError

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "lens-gpt/1.0 (+product page reader)"
DEFAULT_RESOLVE_TIMEOUT_S = 2.0
# What a POST keeps of its answer's body: enough to say why a receiver refused.
_ANSWER_CHARS = 200

_SCHEMES = {"http": 80, "https": 443}
_REDIRECTS = {301, 302, 303, 307, 308}
_READ_SIZE = 64 * 1024
# Names that reach this machine or the cloud's metadata service however DNS is set up.
_BLOCKED_NAMES = ("localhost", "metadata.google.internal", "instance-data")
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, RFC 6052 and 8215).
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


class FetchError(LensGptError):
    """A URL could not be fetched (refused, unreachable, too slow, too large or not a page)."""

    code = "fetch-failed"


class UnsafeUrl(FetchError):
    """A URL (or a redirect hop) leads somewhere this service must not reach."""

    code = "unsafe-url"


class ResponseTooLarge(FetchError):
    """A response is larger than the fetcher's size limit."""

    code = "response-too-large"


@dataclass(frozen=True)
class FetchedPage:
    """A fetched response: the final URL after redirects, its type and its (decoded) body."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes

    def text(self) -> str:
        return self.body.decode(self.charset or "utf-8", errors="replace")


@dataclass(frozen=True)
class Answer:
    """What a receiver answered a POST: its status, headers and the start of its body."""

    status: int
    headers: dict[str, str]
    text: str

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (a public address) and what to ask for."""

    scheme: str
    host: str
    port: int
    address: str
    path: str

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _SCHEMES[self.scheme] else f"{host}:{self.port}"


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def bounded_resolver(timeout_s: float = DEFAULT_RESOLVE_TIMEOUT_S,
                     resolve: Resolver = system_resolver) -> Resolver:
    """``resolve`` given up after ``timeout_s`` (the system resolver has no time limit of its
    own; an abandoned lookup finishes in its daemon thread and is dropped)."""

    def resolver(host: str, port: int) -> list[str]:
        outcome: dict[str, Any] = {}

        def lookup() -> None:
            try:
                outcome["addresses"] = resolve(host, port)
            except BaseException as exc:  # handed to the caller's thread below
                outcome["error"] = exc

        worker = threading.Thread(target=lookup, daemon=True, name="resolve")
        worker.start()
        worker.join(timeout_s)
        if "addresses" in outcome:
            return outcome["addresses"]
        raise outcome.get("error") or OSError(f"resolving {host!r} took too long")

    return resolver


def is_public(address: IPAddress, allow_loopback: bool = False) -> bool:
    """Whether an address is on the public internet (and is no disguised private one)."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return is_public(embedded, allow_loopback)
    if allow_loopback and address.is_loopback:
        return True
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_unspecified
    )


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, 6to4, Teredo or NAT64 IPv6 address."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def literal_address(host: str) -> IPAddress | None:
    """The address a host names literally, or None for a name; non-canonical forms raise."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _looks_numeric(host):
        raise UnsafeUrl(f"The host {host!r} is an IP address in an unusual notation.")
    return None


def _looks_numeric(host: str) -> bool:
    """Hosts the C resolver would read as an IPv4 address ("2130706433", "0x7f.1", "127.1")."""
    try:
        socket.inet_aton(host)
    except OSError:
        labels = host.split(".")
        return all(label[:2].lower() == "0x" or label.isdigit() for label in labels if label)
    return True


class SafeFetcher:
    """GETs pages from public addresses only (see the module docstring)."""

    def __init__(
        self,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        resolver: Resolver | None = None,
        allow_loopback: bool = False,
        user_agent: str = USER_AGENT,
        connect_timeout_s: float | None = None,
        first_byte_s: float | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        # Shorter limits within the deadline: to connect, and between the bytes of the answer
        # (its first byte included), so a server that accepts and never answers is let go soon.
        self._connect_s = connect_timeout_s
        self._read_s = first_byte_s
        self.max_redirects = max_redirects
        self._resolve = resolver or bounded_resolver(min(timeout_s, DEFAULT_RESOLVE_TIMEOUT_S))
        self._allow_loopback = allow_loopback
        self._user_agent = user_agent

    def fetch(self, url: str, accept: Iterable[str] = HTML_TYPES) -> FetchedPage:
        """The page at ``url`` after at most ``max_redirects`` redirects, each hop checked."""
        with self._deadline(url) as cutoff:
            return self._follow(url, tuple(accept), cutoff)

    def post(self, url: str, body: bytes, headers: dict[str, str]) -> Answer:
        """POST ``body`` to ``url`` under the same rules as ``fetch``, following no redirect,
        within one deadline; any answer is returned (a non-2xx one too), a failure raises."""
        with self._deadline(url) as cutoff:
            target = self.check(url)
            with _pool(target, cutoff, self._connect_s, self._read_s) as pool:
                sent = {**headers, "Host": target.host_header, "User-Agent": self._user_agent}
                try:
                    response = pool.urlopen(
                        "POST", target.path, body=body, headers=sent, redirect=False,
                        retries=False, preload_content=False, assert_same_host=False,
                    )
                    text = response.read(_ANSWER_CHARS * 4, decode_content=True)
                    response.release_conn()
                except (ConnectTimeoutError, ReadTimeoutError) as exc:
                    raise FetchError(f"{target.host} took too long to connect or to answer.",
                                     code="fetch-timeout") from exc
                except HTTPError as exc:
                    raise FetchError(f"{target.host} could not be reached: {exc}") from exc
                if cutoff.passed():
                    raise FetchError(f"{url} took too long.", code="fetch-timeout")
                return Answer(response.status, dict(response.headers),
                              text.decode("utf-8", errors="replace")[:_ANSWER_CHARS])

    @contextmanager
    def _deadline(self, url: str) -> Iterator[Cutoff]:
        """One exchange's wall-clock deadline; a failure after it passed is a time-out."""
        cutoff = Cutoff(time.monotonic() + self.timeout_s)
        try:
            yield cutoff
        except FetchError:
            if cutoff.passed():
                raise FetchError(f"{url} took too long.", code="fetch-timeout") from None
            raise
        finally:
            cutoff.cancel()

    def _follow(self, url: str, accepted: tuple[str, ...], cutoff: Cutoff) -> FetchedPage:
        for _ in range(self.max_redirects + 1):
            target = self.check(url)
            with _pool(target, cutoff, self._connect_s, self._read_s) as pool:
                response = self._request(pool, target)
                try:
                    location = response.headers.get("location")
                    if response.status in _REDIRECTS and location:
                        url = urljoin(url, location.strip())
                        continue
                    page = self._page(url, response, accepted, cutoff.deadline)
                finally:
                    response.release_conn()
                if cutoff.passed():  # a body cut short by the shutdown is no page
                    raise FetchError(f"{url} took too long.", code="fetch-timeout")
                return page
        raise FetchError(f"More than {self.max_redirects} redirects.", code="too-many-redirects")

    def check(self, url: str) -> Target:
        """Where ``url`` may be fetched from, or ``UnsafeUrl``."""
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in _SCHEMES:
            raise UnsafeUrl(f"Only http and https URLs are fetched, not {scheme or 'this'!r}.")
        if parts.username is not None or parts.password is not None:
            raise UnsafeUrl("URLs with a user name or password are not fetched.")
        host = (parts.hostname or "").rstrip(".").lower()
        try:
            port = parts.port or _SCHEMES[scheme]
        except ValueError as exc:
            raise UnsafeUrl(f"The URL {url!r} has an invalid port.") from exc
        if not host:
            raise UnsafeUrl(f"The URL {url!r} names no host.")
        address = self._checked_address(host, port)
        path = parts.path or "/"
        return Target(scheme, host, port, address, f"{path}?{parts.query}" if parts.query else path)

    def _checked_address(self, host: str, port: int) -> str:
        """A public address of ``host``; every address it resolves to must be public."""
        literal = literal_address(host)
        if literal is None and self._blocked_name(host):
            raise UnsafeUrl(f"The host {host!r} is this machine or a metadata service.")
        addresses = [literal] if literal is not None else self._resolved(host, port)
        if not addresses:
            raise FetchError(f"The host {host!r} has no address.")
        private = [a for a in addresses if not is_public(a, self._allow_loopback)]
        if private:
            raise UnsafeUrl(f"The host {host!r} resolves to a non-public address ({private[0]}).")
        return str(addresses[0])

    def _resolved(self, host: str, port: int) -> list[IPAddress]:
        try:
            found = self._resolve(host, port)
            # A scope ("fe80::1%eth0") is no part of the address to check.
            return [ipaddress.ip_address(address.split("%")[0]) for address in found]
        except (OSError, UnicodeError, ValueError) as exc:
            raise FetchError(f"The host {host!r} cannot be resolved.") from exc

    def _blocked_name(self, host: str) -> bool:
        if self._allow_loopback and host == "localhost":
            return False
        return any(host == name or host.endswith(f".{name}") for name in _BLOCKED_NAMES)

    def _request(
        self, pool: urllib3.HTTPConnectionPool, target: Target
    ) -> urllib3.BaseHTTPResponse:
        """One GET to the checked address, with the original name for Host, SNI and the cert."""
        headers = {
            "Host": target.host_header,
            "User-Agent": self._user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        }
        try:
            return pool.urlopen(
                "GET", target.path, headers=headers, redirect=False, retries=False,
                preload_content=False, assert_same_host=False,
            )
        except HTTPError as exc:
            raise FetchError(f"{target.host} could not be reached: {exc}") from exc

    def _page(
        self,
        url: str,
        response: urllib3.BaseHTTPResponse,
        accepted: tuple[str, ...],
        deadline: float,
    ) -> FetchedPage:
        if not 200 <= response.status < 300:
            raise FetchError(f"{url} answered HTTP {response.status}.", code="fetch-status")
        content_type, charset = _media_type(response.headers.get("content-type", ""))
        if accepted and content_type not in accepted:
            raise FetchError(f"{url} is {content_type or 'untyped'}, not a page.",
                             code="unsupported-content")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise ResponseTooLarge(f"{url} has {declared} bytes; at most {self.max_bytes}.")
        body = self._read(url, response, deadline)
        return FetchedPage(url, response.status, content_type, charset, body)

    def _read(self, url: str, response: urllib3.BaseHTTPResponse, deadline: float) -> bytes:
        """The decoded body, stopping at the size limit or the deadline."""
        received = bytearray()
        try:
            for piece in response.stream(_READ_SIZE, decode_content=True):
                received += piece
                if len(received) > self.max_bytes:
                    raise ResponseTooLarge(f"{url} is larger than {self.max_bytes} bytes.")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url} took too long.", code="fetch-timeout")
        except HTTPError as exc:
            raise FetchError(f"{url} could not be read: {exc}") from exc
        return bytes(received)


class Cutoff:
    """One fetch's deadline, enforced on its sockets: each is shut down when the deadline
    passes, which ends a read that is blocked or trickling."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self._timers: list[threading.Timer] = []

    def watch(self, sock: socket.socket) -> None:
        timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), _shut, (sock,))
        timer.daemon = True
        self._timers.append(timer)
        timer.start()

    def passed(self) -> bool:
        return time.monotonic() >= self.deadline

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _Watched:
    """A connection whose raw socket (beneath any TLS) its fetch's ``Cutoff`` shuts down."""

    def __init__(self, *args: Any, cutoff: Cutoff, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cutoff = cutoff

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        self._cutoff.watch(sock)
        return sock


class _WatchedConnection(_Watched, HTTPConnection):
    """A watched HTTP connection."""


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    """A watched HTTPS connection."""


def _pool(target: Target, cutoff: Cutoff, connect_s: float | None = None,
          read_s: float | None = None) -> urllib3.HTTPConnectionPool:
    """A connection pool for the checked address only (never for a name resolved again)."""
    remaining = _remaining(cutoff.deadline)
    timeout = urllib3.Timeout(connect=min(connect_s or remaining, remaining),
                              read=min(read_s or remaining, remaining))
    pool: urllib3.HTTPConnectionPool
    if target.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            target.address, target.port, timeout=timeout, retries=False,
            cert_reqs="CERT_REQUIRED", server_hostname=target.host, assert_hostname=target.host,
            cutoff=cutoff,
        )
        pool.ConnectionCls = _WatchedHTTPSConnection
        return pool
    pool = urllib3.HTTPConnectionPool(target.address, target.port, timeout=timeout,
                                      retries=False, cutoff=cutoff)
    pool.ConnectionCls = _WatchedConnection
    return pool


def _remaining(deadline: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError("The time limit for fetching ran out.", code="fetch-timeout")
    return remaining


def _media_type(header: str) -> tuple[str, str | None]:
    """``"text/html; charset=UTF-8"`` -> ``("text/html", "UTF-8")``."""
    message = Message()
    message["content-type"] = header or "application/octet-stream"
    return message.get_content_type(), message.get_content_charset()
