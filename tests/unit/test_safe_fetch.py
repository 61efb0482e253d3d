"""Safe fetching: only public http(s) addresses, every redirect hop checked, size and time limits.

Refused URLs are refused before any connection is made, so none of these tests sends a packet
anywhere but 127.0.0.1; names are resolved by a resolver the test provides.
"""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Iterator

import pytest

from chalicelib.net.safe_fetch import (
    FetchError,
    ResponseTooLarge,
    SafeFetcher,
    UnsafeUrl,
    bounded_resolver,
)
from devstack.fakes.web_pages import PageServer, Route, page, redirect, serve_pages
from devstack.fakes.webhook_receiver import Receiver

PRODUCT = "<html><body><main><h1>Fjellsti Trail 2</h1><p>1.699 kr</p></main></body></html>"


def no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"{host} should have been refused without resolving it")


def resolver(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list[str]:
        return table[host]

    return resolve


@pytest.fixture
def pages() -> Iterator[PageServer]:
    routes = {
        "/product": page(PRODUCT),
        "/moved": redirect("/product", 301),
        "/hop-1": redirect("/hop-2"),
        "/hop-2": redirect("/product"),
        "/loop": redirect("/loop"),
        "/big": Route(body=b"<p>" + b"x" * 5000 + b"</p>"),
        "/endless": Route(chunked_bytes=200_000),
        "/bomb": Route(
            body=gzip.compress(b"<p>" + b"0" * 500_000 + b"</p>"),
            headers={"content-type": "text/html", "content-encoding": "gzip"},
        ),
        "/slow": Route(hang=True),
        "/image": Route(body=b"\x89PNG....", headers={"content-type": "image/png"}),
        "/gone": Route(status=404, body=b"no"),
    }
    with serve_pages(routes) as server:
        yield server


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/",
        "http://LOCALHOST./admin",
        "http://shop.localhost/",
        "http://127.0.0.1/",
        "http://127.0.0.2:8080/",
        "http://10.1.2.3/",
        "http://192.168.1.1/",
        "http://172.16.0.5/",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/",
        "http://0.0.0.0/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.0x0.0x0.0x1/",
        "http://0x7f000001/",
        "http://127.1/",
        "http://017700000001/",
        "http://metadata.google.internal/computeMetadata/v1/",
    ],
)
def test_internal_addresses_are_refused_before_connecting(url: str):
    # Given a URL from a scraped page or a model that points inside / When it is fetched
    fetcher = SafeFetcher(resolver=no_dns)

    # Then it is refused as unsafe
    with pytest.raises(UnsafeUrl):
        fetcher.fetch(url)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://ftp.example.com/file.txt",
        "gopher://example.com:70/_GET",
        "javascript:alert(1)",
        "data:text/html,<h1>hi</h1>",
        "//example.com/no-scheme",
        "http://user:secret@example.com/",
    ],
)
def test_only_plain_http_and_https_urls_are_fetched(url: str):
    with pytest.raises(UnsafeUrl):
        SafeFetcher(resolver=no_dns).fetch(url)


def test_a_public_looking_name_that_resolves_privately_is_refused():
    # Given a name with one public and one private address (a rebinding set-up)
    fetcher = SafeFetcher(resolver=resolver({"shop.example.com": ["93.184.215.14", "10.0.0.7"]}))

    # Then the private address sinks it, before any connection
    with pytest.raises(UnsafeUrl, match="10.0.0.7"):
        fetcher.fetch("https://shop.example.com/product")


def test_a_name_resolving_to_a_mapped_loopback_address_is_refused():
    fetcher = SafeFetcher(resolver=resolver({"cdn.example.net": ["::ffff:127.0.0.1"]}))

    with pytest.raises(UnsafeUrl):
        fetcher.check("https://cdn.example.net/")


def test_a_name_with_only_public_addresses_is_allowed():
    fetcher = SafeFetcher(resolver=resolver({"www.nordkap.example": ["93.184.215.14"]}))

    target = fetcher.check("https://www.nordkap.example/p/1?x=2")

    # The connection would go to the checked address, with the name kept for Host and TLS
    assert (target.address, target.host, target.port) == ("93.184.215.14", "www.nordkap.example",
                                                          443)
    assert target.path == "/p/1?x=2"


def test_a_local_page_is_fetched_only_when_loopback_is_explicitly_allowed(pages: PageServer):
    with pytest.raises(UnsafeUrl):
        SafeFetcher().fetch(pages.url("/product"))
    assert pages.hits == []

    fetched = SafeFetcher(allow_loopback=True).fetch(pages.url("/product"))

    assert fetched.status == 200 and fetched.content_type == "text/html"
    assert "Fjellsti Trail 2" in fetched.text()


def test_allowing_loopback_still_refuses_private_networks():
    fetcher = SafeFetcher(allow_loopback=True, resolver=no_dns)

    for url in ("http://10.0.0.1/", "http://169.254.169.254/", "http://2130706433/"):
        with pytest.raises(UnsafeUrl):
            fetcher.fetch(url)


def test_redirects_are_followed_hop_by_hop(pages: PageServer):
    fetched = SafeFetcher(allow_loopback=True).fetch(pages.url("/hop-1"))

    assert fetched.url == pages.url("/product")
    assert pages.hits == ["/hop-1", "/hop-2", "/product"]


@pytest.mark.parametrize(
    "location",
    [
        "http://10.0.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://metadata.google.internal/",
        "file:///etc/passwd",
        "http://private.example.com/",
    ],
)
def test_a_redirect_to_an_internal_address_is_refused(location: str):
    # Given a page (allowed for the test) that redirects inside
    with serve_pages({"/go": redirect(location)}) as server:
        fetcher = SafeFetcher(allow_loopback=True,
                              resolver=resolver({"private.example.com": ["192.168.0.10"]}))

        # Then the hop is refused before it is requested
        with pytest.raises(UnsafeUrl):
            fetcher.fetch(server.url("/go"))
        assert server.hits == ["/go"]


def test_endless_redirects_stop(pages: PageServer):
    with pytest.raises(FetchError) as caught:
        SafeFetcher(allow_loopback=True, max_redirects=3).fetch(pages.url("/loop"))

    assert caught.value.code == "too-many-redirects"
    assert len(pages.hits) == 4


def test_a_page_over_the_size_limit_is_refused(pages: PageServer):
    fetcher = SafeFetcher(allow_loopback=True, max_bytes=1000)

    with pytest.raises(ResponseTooLarge):
        fetcher.fetch(pages.url("/big"))  # declared too large
    with pytest.raises(ResponseTooLarge):
        fetcher.fetch(pages.url("/endless"))  # streamed without a length
    with pytest.raises(ResponseTooLarge):
        fetcher.fetch(pages.url("/bomb"))  # small on the wire, large once unpacked


def test_a_page_that_never_answers_runs_into_the_time_limit(pages: PageServer):
    with pytest.raises(FetchError) as caught:
        SafeFetcher(allow_loopback=True, timeout_s=0.5).fetch(pages.url("/slow"))

    assert not isinstance(caught.value, UnsafeUrl)


def test_only_pages_are_read(pages: PageServer):
    fetcher = SafeFetcher(allow_loopback=True)

    with pytest.raises(FetchError) as not_a_page:
        fetcher.fetch(pages.url("/image"))
    with pytest.raises(FetchError) as missing:
        fetcher.fetch(pages.url("/gone"))

    assert not_a_page.value.code == "unsupported-content"
    assert missing.value.code == "fetch-status"


@pytest.mark.parametrize("part", ["headers", "body"])
def test_a_server_trickling_a_byte_at_a_time_runs_into_the_one_deadline(part: str):
    # Given a server that sends its headers (or body) one byte every 0.2 s, about 12 s in all
    slow = Route(body=b"<p>" + b"x" * 30 + b"</p>", trickle=part)
    with serve_pages({"/trickle": slow}) as server:
        # When it is fetched with a 1 s limit for the whole exchange
        with pytest.raises(FetchError) as caught:
            SafeFetcher(allow_loopback=True, timeout_s=1.0).fetch(server.url("/trickle"))

        # Then the fetch gave up before the server had finished sending, as a time-out
        assert caught.value.code == "fetch-timeout"
        assert "/trickle" not in server.completed


# -- POST (webhook deliveries) ---------------------------------------------------------------

def test_a_post_follows_no_redirect_and_returns_any_answer() -> None:
    receiver = Receiver(script=[307, 500])
    try:
        fetcher = SafeFetcher(allow_loopback=True, user_agent="hooks/1")
        moved = fetcher.post(receiver.url, b'{"a": 1}', {"Content-Type": "application/json"})
        failed = fetcher.post(receiver.url, b"{}", {})
    finally:
        receiver.close()

    assert (moved.status, moved.ok, failed.status, failed.text) == (307, False, 500, "ok")
    assert [r.body for r in receiver.received] == [b'{"a": 1}', b"{}"]
    assert receiver.received[0].headers["user-agent"] == "hooks/1"


def test_a_post_to_loopback_is_refused_unless_allowed() -> None:
    receiver = Receiver()
    try:
        with pytest.raises(UnsafeUrl):
            SafeFetcher().post(receiver.url, b"{}", {})
    finally:
        receiver.close()
    assert receiver.received == []


def test_a_post_to_a_server_that_never_answers_ends_at_its_deadline() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
        with pytest.raises(FetchError) as failed:
            SafeFetcher(allow_loopback=True, timeout_s=0.5).post(url, b"{}", {})
    assert failed.value.code == "fetch-timeout"


def test_a_name_that_takes_too_long_to_resolve_is_given_up() -> None:
    def stuck(host: str, port: int) -> list[str]:
        time.sleep(5)
        return ["93.184.215.14"]

    # (unbounded, the lookup would answer a public address and the check would pass)
    with pytest.raises(FetchError, match="cannot be resolved"):
        SafeFetcher(resolver=bounded_resolver(0.2, stuck)).check("https://slow.example/x")
