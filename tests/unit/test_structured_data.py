"""schema.org Product data on product pages: read from real saved pages, fetched through the safe
fetcher from local servers, and weighed against the titles' answer.

The pages are kept verbatim with their provenance in tests/fixtures/product_pages/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.config import Settings
from chalicelib.net.safe_fetch import SafeFetcher
from chalicelib.providers import registry
from chalicelib.providers.analysts.heuristic import HeuristicAnalyst
from chalicelib.providers.analysts.structured_data import (
    ProductData,
    ProductPages,
    StructuredDataAnalyst,
    offer_price,
    read_products,
    structured_identity,
)
from chalicelib.providers.base import StagedImage
from chalicelib.wire import Identity, LensMatch, ProducerPage
from devstack.fakes.web_pages import Route, page, serve_pages

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "product_pages"
SHOP = "https://www.monsterpetsupplies.co.uk/cat/cat-flea-tick/johnsons-4-fleas-cats-kittens"
IMAGE = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")


def html(name: str) -> bytes:
    return (PAGES / name).read_bytes()


# Each saved page and what its markup states: syntax, name, brand, mpn, price, currency.
READINGS = [
    ("extruct-microdata-with-description.html", SHOP,
     [("microdata", "Johnsons 4 Fleas Cats & Kittens Tablets", "Johnsons", None, 5.29, "GBP")]),
    ("extruct-schema-org-product.html", "https://example.com/anvil",
     [("microdata", "Executive Anvil", "ACME", "925872", 119.99, "USD")]),
    ("schema-org-eg-0010-jsonld.html", "https://example.com/microwave",
     [("json-ld", 'Kenmore White 17" Microwave', None, None, 55.0, "USD")]),
    ("schema-org-eg-0010-rdfa.html", "https://example.com/microwave",
     [("rdfa", 'Kenmore White 17" Microwave', None, None, 1000.0, "USD")]),
    ("extruct-songkick-elysianfields.html", "https://www.songkick.com/venues/x", []),
]


@pytest.mark.parametrize(("name", "url", "expected"), READINGS, ids=[r[0] for r in READINGS])
def test_each_saved_page_states_its_product(name: str, url: str, expected: list[tuple]):
    products = read_products(html(name), url)

    assert [(p.syntax, p.name, p.brand, p.mpn, p.price, p.currency) for p in products] == expected
    assert all(p.url == url for p in products)


@pytest.mark.parametrize("body", [b"", b"\xff\xfe\x00 not a page", b"<html>", b"   "])
def test_a_page_that_is_no_page_states_no_product(body: bytes):
    assert read_products(body, "https://shop.example/p") == []


def test_the_price_is_what_the_offers_start_from_in_the_first_currency():
    # The shop page's offers as its markup gives them: an AggregateOffer and two packs
    assert offer_price([{"@type": "AggregateOffer", "priceCurrency": "GBP", "lowPrice": "5.29",
                         "highPrice": "9.56"},
                        {"@type": "Offer", "price": "9.56", "priceCurrency": "GBP"},
                        {"@type": "Offer", "price": "5.29", "priceCurrency": "GBP"}]) == (
        5.29, "GBP")
    # schema.org's anvil: a price written with a trailing space
    assert offer_price({"@type": "Offer", "priceCurrency": "USD", "price": "119.99 "}) == (
        119.99, "USD")
    assert offer_price({"@type": "Offer", "priceSpecification": {
        "price": 20, "priceCurrency": "EUR"}}) == (20.0, "EUR")
    assert offer_price(None) == (None, None)
    assert offer_price([{"@type": "Offer", "availability": "InStock"}]) == (None, None)


def _anvil(url: str) -> ProductData:
    (product,) = read_products(html("extruct-schema-org-product.html"), url)
    return product


def test_a_brand_the_titles_named_keeps_the_answer_and_gives_the_model():
    titles = Identity(producer="ACME", model=None, confidence=0.8)

    answer = structured_identity(titles, [_anvil("https://shop.example/anvil")])

    assert answer == Identity(producer="ACME", model="925872", confidence=0.8)


def test_a_brand_agrees_only_as_a_whole_word():
    # "ACME Tools" is ACME's (a company word added); "Acmes" is another name
    assert structured_identity(Identity(producer="ACME Tools", model=None, confidence=0.8),
                               [_anvil("https://shop.example/a")]).model == "925872"
    assert structured_identity(Identity(producer="Acmes", model=None, confidence=0.8),
                               [_anvil("https://shop.example/a")]).model is None


def test_a_model_the_titles_found_is_kept():
    titles = Identity(producer="Acme", model="Executive Anvil", confidence=0.8)

    assert structured_identity(titles, [_anvil("https://shop.example/anvil")]) == titles


def test_a_brand_stated_on_two_sites_names_the_producer_the_titles_missed():
    titles = Identity(producer=None, model="Anvil", confidence=0.7)
    pages = [_anvil("https://shop-one.example/anvil"), _anvil("https://shop-two.example/a")]

    answer = structured_identity(titles, pages)

    # No development item measured such answers yet: their confidence is unknown
    assert answer == Identity(producer="ACME", model="925872", confidence=None)


def test_a_brand_on_its_own_site_names_the_producer_even_alone():
    titles = Identity(producer=None, model="Anvil", confidence=0.7)

    answer = structured_identity(titles, [_anvil("https://www.acme.com/products/anvil")])

    assert answer.producer == "ACME"


def test_one_shop_stating_a_brand_is_not_enough_against_the_titles():
    titles = Identity(producer=None, model="Anvil", confidence=0.7)
    one_shop = [_anvil("https://shop.example/anvil"), _anvil("https://shop.example/other")]

    assert structured_identity(titles, one_shop) == titles
    # and a product with no brand says nothing about the producer
    unbranded = read_products(html("schema-org-eg-0010-jsonld.html"), "https://a.example/m")
    assert structured_identity(titles, unbranded) == titles


def test_two_sites_stating_another_brand_overrule_the_titles():
    titles = Identity(producer="Executive", model="Anvil", confidence=0.6)
    pages = [_anvil("https://shop-one.example/anvil"), _anvil("https://shop-two.example/a")]

    assert structured_identity(titles, pages).producer == "ACME"


def _fetcher(allow_loopback: bool = True) -> SafeFetcher:
    return SafeFetcher(timeout_s=2.0, allow_loopback=allow_loopback)


def test_pages_are_fetched_through_the_safe_fetcher_and_bounded_in_number():
    routes = {f"/p{i}": page(html("extruct-schema-org-product.html").decode()) for i in range(4)}
    with serve_pages(routes) as server:
        pages = ProductPages(_fetcher(), max_pages=3, budget_s=5.0)

        products = pages.read([server.url(f"/p{i}") for i in range(4)])

        # Then three pages were read (the fourth was never asked for), each stating the anvil
        assert [p.name for p in products] == ["Executive Anvil"] * 3
        assert sorted(server.hits) == ["/p0", "/p1", "/p2"]
        # And a page read once is remembered
        pages.read([server.url("/p0")])
        assert len(server.hits) == 3


def test_a_page_slower_than_the_budget_is_left_out():
    routes = {"/fast": page(html("extruct-schema-org-product.html").decode()),
              "/slow": Route(hang=True)}
    with serve_pages(routes) as server:
        # a budget the fast page keeps even on a busy machine, and a fetcher that would wait
        # longer: the hanging page is cut by the budget, not by the fetcher's own time-out
        pages = ProductPages(SafeFetcher(timeout_s=10.0, allow_loopback=True), max_pages=3,
                             budget_s=2.0)

        products = pages.read([server.url("/slow"), server.url("/fast")])

    assert [p.name for p in products] == ["Executive Anvil"]


def test_without_loopback_allowed_a_local_page_is_not_fetched():
    with serve_pages({"/p": page(html("extruct-schema-org-product.html").decode())}) as server:
        pages = ProductPages(_fetcher(allow_loopback=False), max_pages=3, budget_s=2.0)

        assert pages.read([server.url("/p")]) == []
        assert server.hits == []


def test_the_analyst_takes_model_and_retail_price_from_the_pages():
    # Given matches whose titles name ACME, on pages whose markup states the anvil
    anvil = html("extruct-schema-org-product.html").decode()
    with serve_pages({"/acme": page(anvil), "/shop": page(anvil)}) as server:
        matches = [
            LensMatch(title="ACME anvil, heavy", link=server.url("/shop"), source="Shop One"),
            LensMatch(title="ACME anvil for sale", link="https://www.other-shop.example/anvil",
                      source="Other Shop"),
            LensMatch(title="ACME Executive", link=server.url("/acme"), source="ACME"),
        ]
        analyst = StructuredDataAnalyst(HeuristicAnalyst(),
                                        ProductPages(_fetcher(), max_pages=3, budget_s=5.0))
        titles_only = HeuristicAnalyst().identify(IMAGE, matches)

        # When it identifies the item and reads the producer's page
        identity = analyst.identify(IMAGE, matches)
        details = analyst.retail_details(
            identity, ProducerPage(link=server.url("/acme"), title="ACME Executive"), matches)

    # Then the markup agrees with the titles: their producer, model and confidence stand
    assert identity == titles_only and identity.producer == "ACME"
    # And the retail details are the producer page's own offer and description
    assert (details.price, details.currency) == (119.99, "USD")
    assert details.original_name == "Executive Anvil"
    assert details.description and details.description.startswith("Sleeker than ACME")


def test_product_pages_are_read_only_where_configured():
    plain = registry.analyst(Settings(analyst="heuristic"))
    reading = registry.analyst(Settings(analyst="heuristic", product_pages=3))
    auto = registry.analyst(Settings(analyst="auto", product_pages=3))

    assert isinstance(plain, HeuristicAnalyst)
    assert isinstance(reading, StructuredDataAnalyst)
    assert isinstance(auto._first, StructuredDataAnalyst)
    assert Settings.from_env({"PRODUCT_PAGES": "3"}).product_pages == 3


def test_second_hand_listings_are_not_read_as_product_pages():
    analyst = StructuredDataAnalyst(HeuristicAnalyst(), ProductPages(_fetcher()))
    matches = [LensMatch(title="ACME anvil", link="https://www.ebay.com/itm/1", source="eBay"),
               LensMatch(title="ACME anvil", link="https://www.acme.com/anvil", source="ACME"),
               replace_kind(LensMatch(title="ACME", link="https://www.google.com/search?q=acme",
                                      source="Google"), "related-search")]

    assert analyst.product_links(matches) == ["https://www.acme.com/anvil"]


def replace_kind(match: LensMatch, kind: str) -> LensMatch:
    return match.model_copy(update={"kind": kind})


def test_the_hint_reaches_the_analyst_inside():
    # With product pages read (as in the deployed stack), the analyst that reads the matches
    # still gets the visitor's hint
    seen: list[str | None] = []

    class Inner(HeuristicAnalyst):
        def identify(self, image, matches, hint=None):  # type: ignore[no-untyped-def]
            seen.append(hint)
            return super().identify(image, matches)

    analyst = StructuredDataAnalyst(Inner(), ProductPages(_fetcher(), max_pages=0))
    matches = [LensMatch(title="Nordkap Fjellsti 2", link=f"https://s{n}.example/p", source="S")
               for n in range(2)]
    analyst.identify(StagedImage.from_bytes(b"", "0" * 64, "image/jpeg"), matches,
                     hint="the boot")

    assert seen == ["the boot"]
