"""The heuristic pricer prices the identified item only, from what the listings really say."""

from __future__ import annotations

import pytest

from chalicelib.providers.exceptions import NothingFound
from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.wire import LensMatch


def listing(title: str, link: str, price: float | None = None, currency: str | None = None,
            condition: str | None = None) -> LensMatch:
    return LensMatch(title=title, link=link, source="", price=price, currency=currency,
                     condition=condition)


ITEM = [
    listing("Zorvak Glide 2 kettle, used", "https://www.ebay.de/itm/1", 40.0, "EUR"),
    listing("Zorvak Glide 2 stovetop kettle", "https://www.vinted.de/items/2", 45.0, "EUR"),
    listing("Zorvak Glide 2 kettle in steel", "https://www.zorvak.example/glide-2", 120.0, "EUR"),
]


def test_offers_for_other_items_with_a_similar_photo_are_left_out():
    # Given the item's listings and a second-hand listing of an unrelated look-alike
    matches = [*ITEM, listing("Stovetop kettle, enamel, red", "https://www.ebay.de/itm/9", 5.0,
                              "EUR")]

    offers = HeuristicPricer().offers(matches)

    # Then only listings that name the item are offers
    assert [o.link for o in offers] == ["https://www.ebay.de/itm/1",
                                        "https://www.vinted.de/items/2"]


def test_nothing_identified_gives_no_offers_and_so_no_estimate():
    # Given second-hand listings of unrelated items that share no producer
    matches = [listing("Round sunglasses gold", "https://www.ebay.com/itm/1", 10.0, "USD"),
               listing("Floral button shirt", "https://www.ebay.com/itm/2", 34.0, "USD"),
               listing("Dining chair grey", "https://offerup.com/item/3", 70.0, "USD")]

    pricer = HeuristicPricer()
    assert pricer.offers(matches) == []
    with pytest.raises(NothingFound):
        pricer.estimate([])


def test_used_and_renewed_pages_of_shops_count_as_second_hand():
    matches = [*ITEM,
               listing("Zorvak 2010 Glide 2 kettle", "https://www.kettlecenter.example/Used/Zorvak/1",
                       50.0, "EUR"),
               listing("Zorvak Glide 2 kettle (Renewed)", "https://www.amazon.de/dp/B1", 60.0,
                       "EUR"),
               listing("Zorvak Glide 2 kettle", "https://www.shop.example/p/3", 55.0, "EUR",
                       condition="Used")]

    links = {o.link for o in HeuristicPricer().offers(matches)}

    assert {"https://www.kettlecenter.example/Used/Zorvak/1", "https://www.amazon.de/dp/B1",
            "https://www.shop.example/p/3"} <= links


def test_rupees_on_a_pakistani_shop_are_pakistani_rupees():
    # Given a price read from "Rs" (whose most common reading is INR) on a .pk second-hand page
    matches = [*ITEM, listing("Zorvak Glide 2 kettle, used", "https://kettles.pk/used/zorvak",
                              9500.0, "INR")]

    (rupees,) = [o for o in HeuristicPricer().offers(matches) if o.link.endswith("zorvak")]

    assert rupees.currency == "PKR"


def test_the_estimate_says_it_is_built_from_asking_prices_with_dated_rates():
    matches = [*ITEM, listing("Zorvak Glide 2 kettle, used", "https://www.ebay.com/itm/5", 50.0,
                              "USD")]
    pricer = HeuristicPricer(currency="EUR")

    estimate = pricer.estimate(pricer.offers(matches))

    assert estimate.basis == "asking"
    assert estimate.rates_date is not None
    single = pricer.estimate(pricer.offers(ITEM))
    assert single.basis == "asking" and "rates_date" not in single.model_dump()
