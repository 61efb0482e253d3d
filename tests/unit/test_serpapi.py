"""The serpapi lens provider against a local server that answers like SerpApi's Lens API."""

from __future__ import annotations

import socket
import traceback
from typing import Any, Iterator

import boto3
import pytest
from moto import mock_aws

from chalicelib.config import Settings
from chalicelib.providers import registry
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.lens.serpapi import SerpApiLens
from chalicelib.wire import LensMatch
from devstack.fakes.serpapi_server import SPENT_KEY, VALID_KEY, FakeSerpApi, serve_serpapi

IMAGE_URL = "https://lens-gpt-media.s3.amazonaws.com/uploads/q1?X-Amz-Signature=abc123"


@pytest.fixture
def serpapi() -> Iterator[FakeSerpApi]:
    fake, server = serve_serpapi()
    yield fake
    server.shutdown()


def photo(url: str = IMAGE_URL) -> StagedImage:
    return StagedImage(sha256="ab" * 32, mime_type="image/jpeg", load=lambda: b"",
                       presigned_url=lambda: url)


def lens(fake: FakeSerpApi, key: str = VALID_KEY, **options: Any) -> SerpApiLens:
    """The provider handing SerpApi the photo's URL (the tests of the upload say otherwise)."""
    options.setdefault("image_mode", "url")
    return SerpApiLens(key, fake.base_url, backoff_s=0.01, **options)


def real_photo(name: str = "mug") -> StagedImage:
    from devstack.photos import sample_photo

    path = sample_photo(name)
    mime = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
            ".webp": "image/webp", ".gif": "image/gif"}.get(path.suffix.lower(), "image/jpeg")
    data = path.read_bytes()
    return StagedImage(sha256="cd" * 32, mime_type=mime, load=lambda: data,
                       presigned_url=lambda: "")


def test_the_photos_bytes_go_to_the_image_api_and_the_search_names_its_id(
    serpapi: FakeSerpApi,
) -> None:
    # Given the provider as configured by default (the photo uploaded, no URL of ours needed)
    provider = lens(serpapi, image_mode="upload")

    # When a photo without any public URL is searched
    matches = provider.search(real_photo())

    # Then its bytes went to the Image API, and the search named the id it gave
    upload, search = serpapi.requests
    assert upload["POST"] == "/image" and int(upload["image_bytes"]) > 0
    assert search["image_id"] in serpapi.images and "url" not in search
    assert any(m.is_listing for m in matches)


def test_a_photo_too_large_or_of_another_type_is_sent_as_a_small_enough_jpeg() -> None:
    from io import BytesIO

    from PIL import Image

    from chalicelib.providers.lens.serpapi import MAX_IMAGE_BYTES, serpapi_image

    # Given a noisy 1600 x 1600 PNG far above 500 KB, and a GIF
    big = BytesIO()
    Image.effect_noise((1600, 1600), 80).convert("RGB").save(big, format="PNG")
    gif = BytesIO()
    Image.new("RGB", (64, 64), "red").save(gif, format="GIF")
    assert big.tell() > MAX_IMAGE_BYTES

    for data, mime in ((big.getvalue(), "image/png"), (gif.getvalue(), "image/gif")):
        sent, sent_type = serpapi_image(StagedImage.from_bytes(data, "ab" * 32, mime))
        # Then it goes as a JPEG within the Image API's limit
        assert sent_type == "image/jpeg" and sent.startswith(b"\xff\xd8\xff")
        assert len(sent) <= MAX_IMAGE_BYTES


def test_a_refused_upload_is_an_error_of_serpapi(serpapi: FakeSerpApi) -> None:
    serpapi.then_answer(400, {"error": "Invalid image format. Supported format: jpg, jpeg, png, "
                                       "webp"})
    with pytest.raises(ProviderError) as raised:
        lens(serpapi, image_mode="upload").search(real_photo())
    assert raised.value.code == "serpapi-error" and "Invalid image format" in raised.value.message


def test_visual_matches_arrive_as_lens_matches_with_numeric_prices(serpapi: FakeSerpApi) -> None:
    # Given SerpApi answers with visual matches, some with prices in several currencies
    provider = lens(serpapi)

    # When the photo is searched through its presigned URL
    matches = provider.search(photo())

    # Then every match with a title and a link comes back, prices as numbers with ISO codes,
    # with its rank and condition where SerpApi gives them (the one it marks as the photo's
    # exact match marked so)
    assert [m for m in matches if m.is_listing] == [
        LensMatch(title="Nordkap Trailrunner 2 Men's Trail Running Shoe",
                  link="https://www.amazon.com/dp/B0TRAIL2", source="Amazon.com",
                  thumbnail="https://encrypted-tbn1.gstatic.com/images?q=tbn:trail2-amazon",
                  price=129.99, currency="USD", position=1),
        LensMatch(title="Nordkap Trailrunner 2 Laufschuh Gr. 42 – wie neu",
                  link="https://www.ebay.de/itm/2741", source="eBay",
                  thumbnail="https://encrypted-tbn0.gstatic.com/images?q=tbn:trail2-ebay",
                  price=89.0, currency="EUR", position=2, condition="Pre-owned",
                  kind="exact"),
        LensMatch(title="Nordkap Trailrunner 2 Trail Shoes",
                  link="https://www.wildearth.com.au/products/nordkap-trailrunner-2",
                  source="Wild Earth",
                  thumbnail="https://encrypted-tbn2.gstatic.com/images?q=tbn:trail2-wildearth",
                  price=189.0, currency="AUD", position=3),
        LensMatch(title="Nordkap Trailrunner 2 review: a light shoe for long trails",
                  link="https://www.runnersworld.com/gear/a123/nordkap-trailrunner-2-review/",
                  source="Runner's World",
                  thumbnail="https://encrypted-tbn1.gstatic.com/images?q=tbn:trail2-review",
                  position=4),
    ]
    # And SerpApi was asked for a Lens search of exactly that URL, with the key
    assert [(r["engine"], r["url"], r["api_key"]) for r in serpapi.requests] == [
        ("google_lens", IMAGE_URL, VALID_KEY)
    ]


def test_the_knowledge_graph_card_and_related_searches_are_kept_apart_from_the_matches(
    serpapi: FakeSerpApi,
) -> None:
    # Given SerpApi's answer carries Lens's entity card and its related searches
    provider = lens(serpapi)

    # When the photo is searched
    matches = provider.search(photo())

    # Then they follow the visual matches, each marked by its kind, at no extra search
    extras = [m for m in matches if not m.is_listing]
    assert extras == [
        LensMatch(title="Nordkap Trailrunner 2", subtitle="Trail running shoe",
                  link="https://www.nordkap.example/trailrunner-2", source="nordkap.example",
                  thumbnail="https://serpapi.com/searches/lens-kg/images/trailrunner-2.jpeg",
                  kind="knowledge-graph"),
        LensMatch(title="Nordkap Trailrunner 2", source="Google", kind="related-search",
                  link="https://www.google.com/search?hl=en&q=Nordkap+Trailrunner+2"
                       "&kgmid=/g/11tr2&lns_surface=26&sa=X",
                  thumbnail="https://serpapi.com/searches/lens-rc/images/tr2.jpeg"),
        LensMatch(title="Trail running shoe", source="Google", kind="related-search",
                  link="https://www.google.com/search?hl=en&q=Trail+running+shoe"
                       "&lns_surface=26&sa=X",
                  thumbnail="https://serpapi.com/searches/lens-rc/images/shoe.jpeg"),
    ]
    assert matches[: len(matches) - len(extras)] == [m for m in matches if m.is_listing]
    assert [r.get("type") for r in serpapi.requests] == [None]


def test_exact_matches_are_asked_for_only_when_configured_and_mark_known_matches(
    serpapi: FakeSerpApi,
) -> None:
    # Given the provider is configured to ask for Lens's exact matches too
    provider = lens(serpapi, exact_matches=True)

    # When the photo is searched
    matches = provider.search(photo())

    # Then a second search of type exact_matches was made, a visual match found again is marked
    # exact, and a new exact match follows the visual ones with its price
    assert [r.get("type") for r in serpapi.requests] == [None, "exact_matches"]
    by_link = {m.link: m for m in matches if m.is_listing}
    assert by_link["https://www.ebay.de/itm/2741"].kind == "exact"
    assert by_link["https://www.ebay.de/itm/2741"].condition == "Pre-owned"
    own = by_link["https://www.nordkap.example/trailrunner-2"]
    assert (own.kind, own.title, own.price, own.currency) == (
        "exact", "Nordkap Trailrunner 2 – Nordkap", 149.0, "USD")
    assert len([m for m in matches if m.link == "https://www.ebay.de/itm/2741"]) == 1


def test_products_are_asked_for_only_when_configured_and_join_the_matches_with_prices(
    serpapi: FakeSerpApi,
) -> None:
    # Given the provider is configured to ask for Lens's products (what pricing makes offers of)
    matches = lens(serpapi, products=True).search(photo())

    # Then a second search of type products was made, and its products follow the visual
    # matches, each with its price
    assert [r.get("type") for r in serpapi.requests] == [None, "products"]
    by_link = {m.link: m for m in matches if m.is_listing}
    used = by_link["https://www.kleinanzeigen.de/s-anzeige/nordkap-trailrunner-2/2799"]
    assert (used.price, used.currency) == (70.0, "EUR")
    assert by_link["https://www.rei.com/product/nordkap-trailrunner-2"].price == 139.95
    # Without the setting, one search only
    serpapi.requests.clear()
    lens(serpapi).search(photo())
    assert [r.get("type") for r in serpapi.requests] == [None]


def test_a_failed_exact_matches_search_leaves_the_visual_matches(serpapi: FakeSerpApi) -> None:
    # Given the exact-matches search fails after the first search succeeded
    provider = lens(serpapi, exact_matches=True, max_retries=0)
    original = serpapi.answer

    def failing_exact(path: str, params: dict[str, str]):
        if params.get("type") == "exact_matches":
            return original(path, {**params, "api_key": "wrong"})
        return original(path, params)

    serpapi.answer = failing_exact  # type: ignore[method-assign]

    # When the photo is searched
    matches = provider.search(photo())

    # Then the visual matches (and card, related searches) still arrive, none marked exact
    # but the one the visual matches' answer itself marks so
    assert len([m for m in matches if m.is_listing]) == 4
    assert [m.link for m in matches if m.kind == "exact"] == ["https://www.ebay.de/itm/2741"]


def test_the_configured_provider_searches_in_the_configured_country_and_language(
    serpapi: FakeSerpApi,
) -> None:
    # Given the service is configured for SerpApi with a country and a language
    settings = Settings(lens_provider="serpapi", serpapi_api_key=VALID_KEY,
                        serpapi_base_url=serpapi.base_url, serpapi_country="ch",
                        serpapi_language="de")

    # When the configured lens provider searches (uploading the photo, as by default)
    matches = registry.lens_provider(settings).search(real_photo())

    # Then the search ran there, and matches came back
    search = serpapi.requests[-1]
    assert (search["country"], search["hl"], "image_id" in search) == ("ch", "de", True)
    assert len([m for m in matches if m.is_listing]) == 4


def test_an_image_lens_finds_nothing_for_is_a_no_matches_finding(serpapi: FakeSerpApi) -> None:
    # Given SerpApi answers that Google Lens returned no results
    provider = lens(serpapi)

    # When the photo is searched, then the provider reports the finding
    with pytest.raises(NothingFound) as caught:
        provider.search(photo("https://media.example/uploads/nothing-here.jpg"))
    assert caught.value.code == "no-matches"


def test_an_account_out_of_searches_is_a_quota_error_and_is_not_retried(
    serpapi: FakeSerpApi,
) -> None:
    # Given an account that has run out of searches (SerpApi answers 429)
    provider = lens(serpapi, key=SPENT_KEY)

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(photo())

    # Then it is a quota error that no retry can fix, and SerpApi was asked once
    assert (caught.value.code, caught.value.retryable) == ("serpapi-quota", False)
    assert "run out of searches" in caught.value.message
    assert len(serpapi.requests) == 1


def test_the_hourly_rate_limit_is_an_error_worth_retrying_later(serpapi: FakeSerpApi) -> None:
    # Given SerpApi limits the account's searches per hour
    serpapi.then_answer(429, {"error": "You have exceeded the hourly searches limit."})

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        lens(serpapi).search(photo())

    # Then a later try may pass
    assert (caught.value.code, caught.value.retryable) == ("serpapi-rate-limit", True)


def test_a_refused_key_is_an_authentication_error(serpapi: FakeSerpApi) -> None:
    # Given a key SerpApi does not know
    provider = lens(serpapi, key="not-a-key")

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(photo())

    # Then the error says the key was refused, in SerpApi's words
    assert (caught.value.code, caught.value.retryable) == ("serpapi-auth", False)
    assert "Invalid API key" in caught.value.message


def test_passing_server_errors_are_retried_with_backoff(serpapi: FakeSerpApi) -> None:
    # Given SerpApi fails twice before it answers
    serpapi.then_answer(503, {"error": "Service Unavailable"})
    serpapi.then_answer(502, {"error": "Bad Gateway"}, headers={"retry-after": "0"})

    # When the photo is searched
    matches = lens(serpapi).search(photo())

    # Then the third try's matches come back
    assert len([m for m in matches if m.is_listing]) == 4
    assert len(serpapi.requests) == 3


def test_lasting_server_errors_end_as_a_retryable_error(serpapi: FakeSerpApi) -> None:
    # Given SerpApi keeps failing
    for _ in range(3):
        serpapi.then_answer(500, {"error": "Something went wrong."})

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        lens(serpapi).search(photo())

    # Then the provider gives up after its retries, saying a later try may pass
    assert (caught.value.code, caught.value.retryable) == ("serpapi-error", True)
    assert len(serpapi.requests) == 3


def test_a_search_without_an_answer_in_time_ends_as_a_timeout(serpapi: FakeSerpApi) -> None:
    # Given SerpApi takes longer than the provider waits
    serpapi.then_answer(200, {"visual_matches": []}, delay_s=2.0)

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        lens(serpapi, timeout_s=0.3).search(photo())

    # Then it is a time-out, and the (paid) search is not sent again
    assert (caught.value.code, caught.value.retryable) == ("serpapi-timeout", True)
    assert len(serpapi.requests) == 1


def test_an_unreachable_api_is_retryable_and_never_reveals_the_key() -> None:
    # Given nothing listens where SerpApi should be
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    provider = SerpApiLens(VALID_KEY, f"http://127.0.0.1:{port}", backoff_s=0.01)

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(photo())

    # Then a later try may pass, and neither the error nor its traceback shows the key
    assert (caught.value.code, caught.value.retryable) == ("serpapi-unreachable", True)
    assert VALID_KEY not in "".join(traceback.format_exception(caught.value))


def test_a_missing_key_is_a_missing_credentials_error(serpapi: FakeSerpApi) -> None:
    # Given no key is configured
    provider = lens(serpapi, key="")

    # When the photo is searched
    with pytest.raises(ProviderError) as caught:
        provider.search(photo())

    # Then the error names the missing setting, and SerpApi was not asked
    assert caught.value.code == "missing-credentials"
    assert "SERPAPI_API_KEY" in caught.value.message
    assert serpapi.requests == []


def test_a_photo_without_a_url_is_refused_before_asking(serpapi: FakeSerpApi) -> None:
    # Given a photo that has no URL SerpApi could fetch
    staged = StagedImage.from_bytes(b"jpeg", "cd" * 32, "image/jpeg")

    # When it is searched
    with pytest.raises(ProviderError) as caught:
        lens(serpapi).search(staged)

    # Then the provider says so, and SerpApi was not asked
    assert caught.value.code == "image-url-missing"
    assert serpapi.requests == []


def test_a_key_kept_in_ssm_is_read_from_there(
    serpapi: FakeSerpApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the key is a SecureString parameter and the setting refers to it
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with mock_aws():
        boto3.client("ssm").put_parameter(Name="/lens-gpt/test/serpapi-key", Value=VALID_KEY,
                                          Type="SecureString")
        provider = lens(serpapi, key="ssm:/lens-gpt/test/serpapi-key")

        # When the photo is searched
        matches = provider.search(photo())

    # Then SerpApi received the key from SSM and answered
    assert serpapi.requests[0]["api_key"] == VALID_KEY
    assert len([m for m in matches if m.is_listing]) == 4


def test_a_hint_refines_the_search_as_its_q_parameter(serpapi: FakeSerpApi) -> None:
    # Given a photo that comes with the client's hint, and one without
    hinted = StagedImage(sha256="ab" * 32, mime_type="image/jpeg", load=lambda: b"",
                         presigned_url=lambda: IMAGE_URL, hint="Sony camera")

    # When both are searched
    lens(serpapi).search(hinted)
    lens(serpapi).search(photo())

    # Then SerpApi's Lens API was asked to refine the first by the hint (q), not the second
    assert serpapi.requests[0]["q"] == "Sony camera"
    assert "q" not in serpapi.requests[1]


def test_a_visual_match_serpapi_marks_as_the_photos_exact_match_is_exact(
    serpapi: FakeSerpApi,
) -> None:
    # Given SerpApi marks one visual match "exact_matches": true (with the link to them)
    matches = lens(serpapi).search(photo())

    # Then that match is read as exact without a second search, and the others stay visual
    assert [r.get("type") for r in serpapi.requests] == [None]
    kinds = {m.link: m.kind for m in matches if m.is_listing}
    assert kinds["https://www.ebay.de/itm/2741"] == "exact"
    assert kinds["https://www.amazon.com/dp/B0TRAIL2"] is None
