"""The embedded analyst and pricer on hand-made match lists and on real Google Lens answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.providers.analysts.heuristic import HeuristicAnalyst
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NothingFound
from chalicelib.providers.lens.matches import from_serpapi
from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.wire import Identity, LensMatch
from tools.analyze import load_lens_sample

IMAGE = StagedImage.from_bytes(b"", sha256="0" * 64, mime_type="image/jpeg")
# Real Google Lens answers, kept in the repository (see its README).
LENS_SAMPLES = Path(__file__).parents[2] / "samples" / "evaluation" / "real"


def match(
    title: str, link: str, source: str = "", price: float | None = None, currency: str | None = None
) -> LensMatch:
    return LensMatch(title=title, link=link, source=source, price=price, currency=currency)


NORDKAP = [
    match("Nordkap Trailrunner 2 GTX | eBay", "https://www.ebay.de/itm/1", "eBay", 79.0, "EUR"),
    match(
        "Trailrunner 2 GTX | Nordkap",
        "https://www.nordkap.example/p/trailrunner-2",
        "Nordkap",
        149.0,
        "EUR",
    ),
    match(
        "Nordkap Trailrunner 2 GTX Gr. 43, used",
        "https://www.vinted.de/items/2",
        "Vinted",
        65.0,
        "EUR",
    ),
    match(
        "NWT Nordkap Trailrunner 2 GTX men's",
        "https://poshmark.com/listing/3",
        "Poshmark",
        120.0,
        "USD",
    ),
    match("Nordkap Trailrunner 2 GTX test", "https://www.runnersblog.example/nordkap", "Blog"),
    match(
        "Trail running shoe, teal", "https://www.shoeshop.example/p/9", "Shoe Shop", 139.0, "EUR"
    ),
]


def identify(matches: list[LensMatch]) -> Identity:
    """The answer's names (its confidence is tested in test_identification_rules)."""
    return HeuristicAnalyst().identify(IMAGE, matches).model_copy(update={"confidence": None})


# --- identify --------------------------------------------------------------------------------


def test_a_lexicon_brand_named_across_titles_is_the_producer():
    # Given matches that name Fender and its Stratocaster in different ways (titles of a real
    # eBay search, titles-43 in samples/evaluation/real, placed on three sites)
    matches = [
        match(
            "Fender Standard Stratocaster 6-String Electric Guitar in 3 Color Sunburst",
            "https://reverb.com/item/1",
        ),
        match(
            "ONLY ONE 2009 Stratocaster ‘62 Vintage Reissue electric guitar Candy Apple Red",
            "https://www.ebay.com/itm/2",
        ),
        match("1973 Fender Stratocaster", "https://www.guitarcenter.com/Used/x"),
    ]

    # When identified
    identity = identify(matches)

    # Then Fender is the producer (not the "Apple" of a colour name) and the model is the guitar
    assert identity.producer == "Fender"
    assert identity.model == "Stratocaster"


def test_a_product_line_names_its_brand():
    matches = [
        match(
            "MacBook Pro 13 2019 16GB 512GB - tutti.ch", "https://www.tutti.ch/de/vi/1", "tutti.ch"
        ),
        match(
            "MacBook Pro 15 Inch 1 TB SSD 16 GB i7 3.40Ghz Retina Big Sur 3yr Warranty | eBay",
            "https://www.ebay.com/itm/2",
            "eBay",
        ),
    ]

    assert identify(matches) == Identity(producer="Apple", model="MacBook Pro")


def test_an_unknown_brand_is_found_by_consensus_and_its_own_domain():
    # Given a fictional brand repeated across titles and matching one match's domain
    identity = identify(NORDKAP)

    # Then it is the producer, and the model is the phrase that follows it
    assert identity.producer == "Nordkap"
    assert identity.model == "Trailrunner 2 GTX"


def test_a_multi_word_brand_is_taken_whole_when_its_site_confirms_it():
    matches = [
        match(
            "Halvorsen & Co Meridian 38 automatic watch",
            "https://www.halvorsen-co.example/w/1",
            "Halvorsen & Co",
        ),
        match("Halvorsen & Co Meridian 38 - like new", "https://www.vestiairecollective.com/x/1"),
        match("Halvorsen & Co Meridian 38 Herrenuhr, used", "https://www.ebay.de/itm/2", "eBay"),
    ]

    assert identify(matches) == Identity(producer="Halvorsen & Co", model="Meridian 38")


def test_a_company_word_stays_with_the_name():
    matches = [
        match("Aurelin Audio Ostinato 700 over-ear headphones", "https://www.ebay.com/itm/1"),
        match("Aurelin Audio Ostinato 700, used", "https://www.depop.com/products/2"),
    ]

    assert identify(matches) == Identity(producer="Aurelin Audio", model="Ostinato 700")


def test_the_name_after_by_is_the_maker_not_the_design():
    # Given a design sold on print-on-demand sites and credited to its artist
    matches = [
        match("Catana Men's T-Shirt", "https://www.threadless.com/catana", "Threadless"),
        match("Catana T-Shirt by Vincent Trinidad", "https://www.spreadshirt.com/1", "Spreadshirt"),
        match("Vincent Trinidad Catana Tee, used", "https://www.ebay.com/itm/2", "eBay"),
        match("Catana by vincenttrinidad | Redbubble", "https://www.redbubble.com/3", "Redbubble"),
    ]

    identity = identify(matches)

    # Then the artist is the producer and the design is the model
    assert identity == Identity(producer="Vincent Trinidad", model="Catana")


def test_look_alikes_from_many_makers_have_no_producer():
    # Given office chairs from different makers, none repeated (titles of a real eBay search,
    # titles-111 in samples/evaluation/real, placed on four sites)
    matches = [
        match(
            "Lonabr Modern Office Chair Middle Back Adjustable Height Swivel PU Upholstered",
            "https://www.ebay.com/itm/1",
        ),
        match(
            "East Oak Ergonomic High Back Mesh Swivel Office Chair (Black)",
            "https://www.staples.com/p/2",
        ),
        match(
            "Humanscale Freedom Task Chair with Headrest; Black; Standard Arms",
            "https://www.homedepot.com/p/3",
        ),
        match(
            "Nightingale CXO 6200D Memory Foam, Mesh, headrest , Lumbar Support Office Chair",
            "https://www.wayfair.com/p/4",
        ),
    ]

    identity = identify(matches)

    # Then no producer is claimed; the model is the phrase they share
    assert identity.producer is None
    assert identity.model == "Chair"


def test_no_matches_cannot_be_identified():
    with pytest.raises(NothingFound) as caught:
        identify([])

    assert caught.value.code == "unidentified"


# --- producer page and retail details --------------------------------------------------------


def test_the_producer_page_is_the_brand_site_never_a_marketplace():
    analyst = HeuristicAnalyst()
    identity = Identity(producer="Nordkap", model="Trailrunner 2 GTX")
    # Given a marketplace listing whose path also says "nordkap"
    matches = [match("Nordkap Trailrunner", "https://www.ebay.com/nordkap/1", "eBay")] + NORDKAP

    page = analyst.producer_page(identity, matches)

    assert page.link == "https://www.nordkap.example/p/trailrunner-2"
    assert page.title == "Trailrunner 2 GTX | Nordkap"


def test_retail_details_come_from_the_producer_page_listing():
    analyst = HeuristicAnalyst()
    identity = Identity(producer="Nordkap", model="Trailrunner 2 GTX")
    page = analyst.producer_page(identity, NORDKAP)

    details = analyst.retail_details(identity, page, NORDKAP)

    assert details.producer_url == page.link
    assert (details.price, details.currency) == (149.0, "EUR")
    assert details.original_name == "Trailrunner 2 GTX | Nordkap"
    assert details.description is None and details.specs == {}


def test_without_a_brand_site_there_is_no_producer_page():
    analyst = HeuristicAnalyst()
    only_shops = [m for m in NORDKAP if "nordkap.example" not in m.link]

    with pytest.raises(NothingFound) as caught:
        analyst.producer_page(Identity(producer="Nordkap", model=None), only_shops)

    assert caught.value.code == "no-producer-page"


def test_a_retailer_carrying_the_brand_name_in_a_path_is_not_the_producer_page():
    analyst = HeuristicAnalyst()
    matches = [match("PUMA Platform", "https://www.amazon.com/puma/dp/1", "Amazon.com")]

    with pytest.raises(NothingFound):
        analyst.producer_page(Identity(producer="PUMA", model="Platform"), matches)


# --- pricing ---------------------------------------------------------------------------------


def test_offers_come_only_from_priced_marketplace_listings_with_their_wear():
    offers = HeuristicPricer().offers(NORDKAP)

    # The brand's own page, the shoe shop and the unpriced review are not second-hand offers
    assert [o.link for o in offers] == [
        "https://www.ebay.de/itm/1",
        "https://www.vinted.de/items/2",
        "https://poshmark.com/listing/3",
    ]
    assert [o.wear for o in offers] == [None, "used", "new"]


def test_the_configured_marketplaces_decide_what_is_an_offer():
    offers = HeuristicPricer(domains=["vinted.*"]).offers(NORDKAP)

    assert [o.link for o in offers] == ["https://www.vinted.de/items/2"]


def test_the_estimate_is_in_the_configured_currency():
    pricer = HeuristicPricer(currency="usd", rates={"EUR": 1.0, "USD": 1.2})

    estimate = pricer.estimate(pricer.offers(NORDKAP))

    assert estimate.currency == "USD"
    assert estimate.min_range <= estimate.price <= estimate.max_range


def test_no_marketplace_offers_means_no_estimate():
    pricer = HeuristicPricer()

    with pytest.raises(NothingFound) as caught:
        pricer.estimate(pricer.offers([NORDKAP[1], NORDKAP[4], NORDKAP[5]]))

    assert caught.value.code == "no-offers"


# --- SerpApi matches -------------------------------------------------------------------------


def test_a_serpapi_match_with_a_raw_price_string_is_parsed():
    raw = {
        "title": "Kids T-Shirt",
        "link": "https://www.ebay.com.my/itm/334955678361",
        "source": "eBay",
        "thumbnail": "https://example.com/t.jpg",
        "price": {"value": "AU $34.00", "extracted_value": None, "currency": None},
        "position": 8,
    }

    converted = from_serpapi(raw)

    assert (converted.price, converted.currency) == (34.0, "AUD")
    assert converted.source == "eBay"


def test_a_serpapi_match_without_price_or_source_still_converts():
    converted = from_serpapi({"title": "Chair", "link": "https://www.ikea.com/p/1", "price": None})

    assert converted.price is None and converted.currency is None
    assert converted.source == "ikea.com"


# --- real Google Lens answers ----------------------------------------------------------------


def _samples() -> list[Path]:
    return sorted(LENS_SAMPLES.glob("real-*.json"))


def _core(producer: str) -> str:
    """The name in an expected producer note ("Vincent Trinidad (artist design ...)" ->
    "vincent trinidad")."""
    return producer.split("(")[0].strip().casefold()


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.stem)
def test_real_lens_answers_name_clear_brands_and_never_a_wrong_one(path: Path):
    # Given a real Google Lens answer and a careful reader's conclusion
    matches, expected = load_lens_sample(path)
    wanted = expected.get("producer")
    clear = wanted is not None and "(" not in wanted

    # When the heuristic analyst identifies it
    producer = identify(matches).producer

    # Then clear brands are named, brand-less answers get none, and doubtful ones are never
    # given a different brand
    if wanted is None:
        assert producer is None
    elif clear:
        assert producer is not None and producer.casefold() == wanted.casefold()
    else:
        assert producer is None or _core(wanted).startswith(producer.casefold())


def test_the_macbook_answer_is_apple_with_an_ebay_offer():
    matches, _ = load_lens_sample(LENS_SAMPLES / "real-01-macbook.json")

    assert identify(matches).producer == "Apple"
    offers = HeuristicPricer().offers(matches)
    # The used eBay listing (Lens states its condition), and Best Buy's refurbished stock
    # (second-hand on a retailer's site)
    assert [(o.price, o.currency, o.wear) for o in offers] == [
        (300.0, "USD", "used"), (670.0, "USD", "like new")]
