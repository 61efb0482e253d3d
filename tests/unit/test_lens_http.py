"""The browserless lens-http provider, the result cache and rate limit, and the auto chain,
against the local fake Lens site and the fake SerpApi."""

from __future__ import annotations

import hashlib
import io
import socket
from typing import Iterator

import pytest
from PIL import Image

from chalicelib.config import Settings
from chalicelib.providers import registry
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.providers.lens import guard
from chalicelib.providers.lens.catalog import CatalogLens
from chalicelib.providers.lens.chain import LensChain
from chalicelib.providers.lens.guard import Guarded
from chalicelib.providers.lens.lens_http import LensHttp
from chalicelib.providers.lens.serpapi import SerpApiLens
from devstack.fakes.lens_site import FakeLensSite, inline_photo, serve_lens_site
from devstack.fakes.serpapi_server import VALID_KEY, FakeSerpApi, serve_serpapi
from devstack.photos import sample_photo, staged_photo


@pytest.fixture(scope="module")
def lens_site() -> Iterator[FakeLensSite]:
    site, server = serve_lens_site()
    yield site
    server.shutdown()


@pytest.fixture
def serpapi() -> Iterator[FakeSerpApi]:
    fake, server = serve_serpapi()
    yield fake
    server.shutdown()


@pytest.fixture(autouse=True)
def forget_searches() -> Iterator[None]:
    guard.forget()
    yield
    guard.forget()


def new_photo() -> StagedImage:
    """A photo no one searched before (a new fingerprint), of nothing the catalog knows."""
    buffer = io.BytesIO()
    Image.effect_noise((96, 96), 80).convert("RGB").save(buffer, "JPEG")
    data = buffer.getvalue()
    return StagedImage(sha256=hashlib.sha256(data).hexdigest(), mime_type="image/jpeg",
                       load=lambda: data, presigned_url=lambda: "https://bucket.example/p.jpg")


def test_the_photo_is_uploaded_over_https_and_the_visual_matches_tab_read(
    lens_site: FakeLensSite,
) -> None:
    # Given Lens's upload address
    photo = staged_photo()

    # When the photo is searched without a browser
    matches = LensHttp(lens_site.upload_url()).search(photo)

    # Then every visual card of the results comes back whole, and nothing else
    assert [(m.source, m.price, m.currency) for m in matches] == [
        ("eBay", 89.0, "EUR"), ("Amazon.com", 129.99, "USD"), ("Zalando", 119.9, "CHF"),
        ("Runner's World", None, None), ("vinted.fr", 45.0, "EUR"),
        ("SportsShoes.com", 54.99, "GBP"), ("rakuten.co.jp", 12800.0, "JPY"),
        ("Blocket", 1499.0, "SEK"),
    ]
    assert matches[0].thumbnail == inline_photo("ebay")
    assert matches[2].thumbnail == lens_site.url("/thumbs/zalando.png")
    # And Lens received the photo itself as encoded_image, with the consent cookie preset and
    # an ordinary browser's user agent
    assert lens_site.uploads[-1] == photo.load()
    headers = {name.lower(): value for name, value in lens_site.http_uploads[-1].items()}
    assert "SOCS=" in headers["cookie"]
    assert "Chrome/" in headers["user-agent"] and "python" not in headers["user-agent"]


@pytest.mark.parametrize(("variant", "cookie", "code"), [
    ("empty", None, "no-matches"),
    ("blocked", None, "lens-blocked"),
    ("ok", "none", "lens-blocked"),  # no consent cookie: Google's consent wall
    ("slow", None, "lens-unreadable"),  # the results need scripts
])
def test_each_kind_of_page_ends_as_its_own_outcome(
    lens_site: FakeLensSite, variant: str, cookie: str | None, code: str
) -> None:
    # Given a Lens search that finds nothing, is refused, meets the consent wall, or needs scripts
    settings = Settings(lens_upload_url=lens_site.upload_url(variant), lens_consent_cookie=cookie)

    # When the photo is searched, then the search ends with that outcome
    with pytest.raises(ProviderError) as caught:
        LensHttp.from_settings(settings).search(staged_photo())
    assert caught.value.code == code


def test_an_unreachable_lens_is_a_retryable_error() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/v3/upload"
    with pytest.raises(ProviderError) as caught:
        LensHttp(url, timeout_s=5).search(staged_photo())
    assert (caught.value.code, caught.value.retryable) == ("lens-unreachable", True)


def test_the_same_photo_is_searched_once_and_the_rate_is_limited_per_address(
    lens_site: FakeLensSite,
) -> None:
    # Given the provider behind the cache and a limit of two searches a minute per address
    provider = Guarded(LensHttp(lens_site.upload_url()), "lens-http", "", 3600, 2)
    uploads = len(lens_site.uploads)
    photo = new_photo()

    # When one photo is searched twice, and two other photos after it
    first, second = provider.search(photo), provider.search(photo)
    provider.search(new_photo())
    with pytest.raises(ProviderError) as caught:
        provider.search(new_photo())

    # Then the repeated photo reached Lens once, and the third search in the minute is refused
    assert first == second
    assert len(lens_site.uploads) == uploads + 2
    assert (caught.value.code, caught.value.retryable) == ("lens-rate-limited", True)
    # While a search through another address (a proxy) may still start
    other = Guarded(LensHttp(lens_site.upload_url()), "lens-http", "http://proxy.test:3128", 0, 2)
    assert other.search(new_photo())


def test_auto_moves_on_from_a_blocked_lens_and_says_which_provider_answered(
    lens_site: FakeLensSite, serpapi: FakeSerpApi
) -> None:
    # Given Lens refuses the browserless search and SerpApi answers
    chain = LensChain([
        ("lens-http", lambda: LensHttp(lens_site.upload_url("blocked"))),
        ("serpapi", lambda: SerpApiLens(VALID_KEY, serpapi.base_url)),
        ("catalog", lambda: CatalogLens(Settings().catalog_dir)),
    ])

    # When a photo is searched
    matches = chain.search(new_photo())

    # Then SerpApi's matches come back, each saying it answered
    assert matches and {m.provider for m in matches} == {"serpapi"}
    assert matches[1].condition == "Pre-owned" and matches[0].position == 1


def test_auto_ends_with_the_blocked_error_when_only_the_catalog_is_left(
    lens_site: FakeLensSite,
) -> None:
    # Given Lens refuses every search and the catalog does not know the photo
    settings = Settings(lens_provider="auto", lens_upload_url=lens_site.upload_url("blocked"),
                        lens_url=lens_site.lens_url("blocked"), chromium_path="/nonexistent")

    # When a photo the catalog does not know is searched through the configured chain
    with pytest.raises(ProviderError) as caught:
        registry.lens_provider(settings).search(new_photo())

    # Then it ends as blocked (retryable), never as "no matches", which would be stored as found
    assert not isinstance(caught.value, NoMatches)
    assert (caught.value.code, caught.value.retryable) == ("lens-blocked", True)
    assert "google-lens: browser-unavailable" in caught.value.message


def test_auto_falls_through_to_the_catalog_for_a_photo_it_knows(lens_site: FakeLensSite) -> None:
    # Given Lens refuses every search, no browser and no SerpApi key
    settings = Settings(lens_provider="auto", lens_upload_url=lens_site.upload_url("blocked"),
                        chromium_path="/nonexistent")
    data = sample_photo("mug").read_bytes()
    photo = StagedImage.from_bytes(data, hashlib.sha256(data).hexdigest(), "image/jpeg")

    # When a photo of a catalog item is searched, then the catalog answers and says so
    matches = registry.lens_provider(settings).search(photo)
    assert matches and {m.provider for m in matches} == {"catalog"}
