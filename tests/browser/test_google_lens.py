"""The google-lens provider in real headless Chromium, against a local page like the Lens flow."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import shlex

import pytest
from PIL import Image

from chalicelib.config import Settings
from chalicelib.images.recognition import inspect_image
from chalicelib.providers import registry
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.lens import guard
from chalicelib.providers.lens.browser import ManagedBrowser, close_shared_browsers
from chalicelib.providers.lens.google_lens import GoogleLens
from chalicelib.providers.lens.lens_page import SOCS_REJECTED
from chalicelib.wire import LensMatch
from devstack.fakes.lens_site import LOCAL_ONLY, FakeLensSite, inline_photo
from devstack.photos import staged_photo


def expected_matches(site: FakeLensSite) -> list[LensMatch]:
    """What a reader sees on the fake result page, card by card: each card's price badge and
    photo (inline, lazy or plain) beside its link, only the visual matches; then the searches
    Google suggests, marked as related searches."""
    return [
        LensMatch(title="Nordkap Trailrunner 2 Laufschuh Gr. 42 – wie neu",
                  link="https://www.ebay.de/itm/2741", source="eBay",
                  thumbnail=inline_photo("ebay"), price=89.0, currency="EUR"),
        LensMatch(title="Nordkap Trailrunner 2 Men's Trail Running Shoe",
                  link="https://www.amazon.com/dp/B0TRAIL2", source="Amazon.com",
                  thumbnail=inline_photo("amazon"), price=129.99, currency="USD"),
        LensMatch(title="Nordkap Trailrunner 2 – Trailrunning-Schuh",
                  link="https://www.zalando.ch/nordkap-trailrunner-2.html", source="Zalando",
                  thumbnail=site.url("/thumbs/zalando.png"), price=119.9, currency="CHF"),
        LensMatch(title="Nordkap Trailrunner 2 review: a light shoe for long trails",
                  link="https://www.runnersworld.com/gear/a123/nordkap-trailrunner-2-review/",
                  source="Runner's World", thumbnail=site.url("/thumbs/review.png")),
        LensMatch(title="Chaussures Nordkap Trailrunner 2 pointure 42",
                  link="https://www.vinted.fr/items/998-nordkap", source="vinted.fr",
                  thumbnail=site.url("/thumbs/vinted.png"), price=45.0, currency="EUR"),
        LensMatch(title="Nordkap Trailrunner 2 Trail Shoes - Blue",
                  link="https://www.sportsshoes.com/product/nor123/nordkap-trailrunner-2",
                  source="SportsShoes.com", thumbnail=site.url("/thumbs/sportsshoes.png"),
                  price=54.99, currency="GBP"),
        LensMatch(title="ノルドカップ トレイルランナー2 メンズ",
                  link="https://item.rakuten.co.jp/runshop/nordkap-tr2/", source="rakuten.co.jp",
                  thumbnail=site.url("/thumbs/rakuten.png"), price=12800.0, currency="JPY"),
        LensMatch(title="Nordkap Trailrunner 2 stl 42, använda 3 gånger",
                  link="https://www.blocket.se/annons/stockholm/nordkap_trailrunner_2/1122",
                  source="Blocket", thumbnail=site.url("/thumbs/blocket.png"),
                  price=1499.0, currency="SEK"),
        LensMatch(title="Nordkap Trailrunner 2", source="Google", kind="related-search",
                  link="https://www.google.com/search?q=nordkap+trailrunner+2",
                  thumbnail=site.url("/thumbs/chip.png")),
        LensMatch(title="Nordkap Trailrunner 2 GTX", source="Google", kind="related-search",
                  link="https://www.google.com/search?q=Nordkap+Trailrunner+2+GTX"
                       "&kgmid=/g/11nk2gtx&lns_surface=26&sa=X",
                  thumbnail=site.url("/thumbs/related-0.png")),
        LensMatch(title="Trail running shoes", source="Google", kind="related-search",
                  link="https://www.google.com/search?q=Trail+running+shoes&lns_surface=26&sa=X",
                  thumbnail=site.url("/thumbs/related-1.png")),
    ]


def lens(browser: ManagedBrowser, url: str, timeout_s: float = 20.0,
         consent_cookie: str = SOCS_REJECTED) -> GoogleLens:
    return GoogleLens(browser, url, timeout_s=timeout_s, consent_cookie=consent_cookie)


def forget_cookies(browser: ManagedBrowser) -> None:
    """The browser forgets every cookie, the consent answers of earlier searches included."""
    with browser.session() as driver:
        driver.execute_cdp_cmd("Network.clearBrowserCookies", {})


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_every_visual_match_is_read_from_the_result_page(
    browser: ManagedBrowser, lens_site: FakeLensSite, lang: str
) -> None:
    # Given a Lens page behind a consent wall in this language, whose results arrive late, and
    # a browser that brings no consent cookie
    photo = staged_photo()
    url = lens_site.lens_url("ok", lang, visitor=f"visitor-{lang}")
    forget_cookies(browser)

    # When the photo is searched
    matches = lens(browser, url, consent_cookie="").search(photo)

    # Then every visual card comes back whole (its price badge and photo, inline or lazy, beside
    # the link), and nothing that is no visual match: no web result, video chapter, Google link;
    # Google's suggested searches follow, marked as related searches
    assert matches == expected_matches(lens_site)
    # And the wall was answered by rejecting cookies, and the photo itself was uploaded
    assert lens_site.consents[f"visitor-{lang}"] == "reject"
    assert lens_site.uploads[-1] == photo.load()


def test_the_preset_consent_cookie_skips_the_wall_and_the_browser_looks_ordinary(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a new visitor, whom Google would show its consent wall
    forget_cookies(browser)
    url = lens_site.lens_url("ok", visitor="cookie-visitor")

    # When the photo is searched with the default settings
    matches = lens(browser, url).search(staged_photo())

    # Then the wall never showed (nobody answered it), and the search went through
    assert "cookie-visitor" not in lens_site.consents
    assert len(matches) == len(expected_matches(lens_site))
    # And the page met an ordinary Chrome, not an announced automated headless one
    user_agent, webdriver = lens_site.clients[-1]
    assert "HeadlessChrome" not in user_agent and "Chrome/" in user_agent
    assert webdriver == "false"


def test_an_upload_dialog_behind_a_search_by_image_button_is_opened(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a start page whose file input appears only after "Search by image" is clicked
    url = lens_site.lens_url("opener")

    # When the photo is searched
    matches = lens(browser, url).search(staged_photo())

    # Then the search goes through
    assert [match.link for match in matches] == [m.link for m in expected_matches(lens_site)]


def test_a_heic_photo_is_uploaded_as_a_jpeg(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a photo in HEIC, which browsers cannot read
    buffer = io.BytesIO()
    Image.open(io.BytesIO(staged_photo().load())).save(buffer, "HEIF")
    data = buffer.getvalue()
    info = inspect_image(data, 10**8, 10**8)
    photo = StagedImage.from_bytes(data, hashlib.sha256(data).hexdigest(), info.mime_type)

    # When it is searched
    matches = lens(browser, lens_site.lens_url()).search(photo)

    # Then Lens received a JPEG of it, and answered
    assert lens_site.uploads[-1][:2] == b"\xff\xd8"
    assert len(matches) == len(expected_matches(lens_site))


def test_results_that_never_come_end_as_a_timeout_not_a_hang(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a Lens page that accepts the photo but never shows results
    provider = lens(browser, lens_site.lens_url("slow"), timeout_s=3.0)

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(staged_photo())

    # Then the search ends with a time-out that a later try may overcome
    assert (caught.value.code, caught.value.retryable) == ("lens-timeout", True)


def test_a_result_page_without_matches_is_a_no_matches_finding(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a Lens page that finds nothing and says so as today's Lens does ("No matches for
    # your search"), still showing links to related searches
    provider = lens(browser, lens_site.lens_url("empty"), timeout_s=8.0)

    # When the photo is searched, then the provider reports the finding (not a time-out: the
    # text is recognised as soon as the page settles, well within the budget)
    with pytest.raises(NothingFound) as caught:
        provider.search(staged_photo())
    assert caught.value.code == "no-matches"


@pytest.mark.parametrize("variant", ["blocked", "blocked-de"])
def test_google_refusing_the_search_is_a_blocked_error(
    browser: ManagedBrowser, lens_site: FakeLensSite, variant: str
) -> None:
    # Given Google answers with its "unusual traffic" page (/sorry/ with a captcha, or a
    # German page elsewhere)
    provider = lens(browser, lens_site.lens_url(variant))

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(staged_photo())

    # Then the search ends as blocked, which another time or address may pass
    assert (caught.value.code, caught.value.retryable) == ("lens-blocked", True)


def test_a_consent_wall_that_keeps_coming_back_ends_as_blocked(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a consent wall that comes back whatever the answer
    forget_cookies(browser)
    provider = lens(browser, lens_site.lens_url("consent-loop", "de"), consent_cookie="")
    uploads_before = len(lens_site.uploads)

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(staged_photo())

    # Then the search ends as blocked instead of answering the wall forever, photo unsent
    assert caught.value.code == "lens-blocked"
    assert "consent" in caught.value.message
    assert len(lens_site.uploads) == uploads_before


def test_auto_moves_on_from_a_blocked_browserless_search_to_the_browser(
    lens_site: FakeLensSite,
) -> None:
    # Given Lens refuses the browserless upload, but its page answers a browser
    guard.forget()
    settings = Settings(lens_provider="auto", lens_upload_url=lens_site.upload_url("blocked"),
                        lens_url=lens_site.lens_url("ok"), lens_timeout_s=20,
                        chromium_flags=shlex.quote(LOCAL_ONLY))

    # When the photo is searched through the configured chain
    try:
        matches = registry.lens_provider(settings).search(staged_photo())
    finally:
        close_shared_browsers()
        guard.forget()

    # Then the browser's matches come back, each saying the google-lens provider answered
    assert [m.link for m in matches] == [m.link for m in expected_matches(lens_site)]
    assert {m.provider for m in matches} == {"google-lens"}


def test_a_hint_refines_the_results_through_the_page_s_search_box(
    browser: ManagedBrowser, lens_site: FakeLensSite
) -> None:
    # Given a photo that comes with the client's hint
    hinted = dataclasses.replace(staged_photo(), hint="review")

    # When it is searched
    matches = lens(browser, lens_site.lens_url("ok")).search(hinted)

    # Then the hint was typed into the results page's box, and the refined results were read
    assert lens_site.refinements[-1] == "review"
    listings = [m for m in matches if m.is_listing]
    assert [m.source for m in listings] == ["Runner's World"]
