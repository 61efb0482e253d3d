"""The resale estimate: robust to outliers, honest about how sure it is."""

from __future__ import annotations

import pytest

from chalicelib.providers.exceptions import NothingFound
from chalicelib.providers.pricing.estimate import estimate_price
from chalicelib.wire import Offer, Wear

RATES = {"EUR": 1.0, "USD": 1.25, "GBP": 0.8}


def offer(price: float, currency: str = "EUR", wear: Wear | None = "used") -> Offer:
    return Offer(
        price=price, currency=currency, link="https://www.ebay.de/itm/1", title="x", wear=wear
    )


def offers(*prices: float) -> list[Offer]:
    return [offer(p) for p in prices]


def test_a_tight_cluster_gives_its_middle_and_a_narrow_range():
    # Given five used offers close together
    estimate = estimate_price(offers(95, 100, 102, 105, 110), "EUR", RATES)

    # Then the price is their middle, the range is narrow and contains it
    assert estimate.price == pytest.approx(102.0)
    assert 85 <= estimate.min_range <= estimate.price <= estimate.max_range <= 120
    assert estimate.currency == "EUR"


def test_one_far_off_offer_does_not_move_the_price():
    # Given the same cluster plus one listing at nine times the price
    clean = estimate_price(offers(95, 100, 102, 105, 110), "EUR", RATES)
    spoiled = estimate_price(offers(95, 100, 102, 105, 110, 900), "EUR", RATES)

    # Then the outlier is left out: price and range stay about the same
    assert spoiled.price == pytest.approx(clean.price, rel=0.02)
    assert spoiled.max_range < 130


def test_a_single_offer_is_the_price_with_a_wide_range_and_low_certainty():
    estimate = estimate_price(offers(80), "EUR", RATES)

    assert estimate.price == 80.0
    assert estimate.min_range < 80.0 < estimate.max_range
    assert estimate.certainty <= 0.3


def test_two_offers_meet_in_the_middle():
    estimate = estimate_price(offers(100, 200), "EUR", RATES)

    assert estimate.price == pytest.approx(150.0)
    assert estimate.min_range <= 100.0 and estimate.max_range >= 200.0


def test_no_offers_is_a_finding_not_a_failure():
    with pytest.raises(NothingFound) as caught:
        estimate_price([], "EUR", RATES)

    assert caught.value.code == "no-offers"


def test_offers_in_unknown_currencies_alone_give_no_estimate():
    with pytest.raises(NothingFound) as caught:
        estimate_price([offer(10, "XYZ")], "EUR", RATES)

    assert caught.value.code == "no-offers"


def test_mixed_currencies_are_converted_before_comparing():
    # Given the same 100 EUR written in three currencies
    mixed = [offer(100, "EUR"), offer(125, "USD"), offer(80, "GBP")]

    # When estimated in dollars
    estimate = estimate_price(mixed, "usd", RATES)

    # Then they agree on 125 USD
    assert estimate.currency == "USD"
    assert estimate.price == pytest.approx(125.0)
    assert estimate.min_range <= 125.0 <= estimate.max_range


def test_certainty_rises_with_more_offers():
    few = estimate_price(offers(95, 105), "EUR", RATES)
    many = estimate_price(offers(95, 97, 99, 100, 101, 103, 105, 98, 102, 100), "EUR", RATES)

    assert many.certainty > few.certainty


def test_certainty_falls_with_a_wider_spread():
    tight = estimate_price(offers(90, 95, 100, 105, 110), "EUR", RATES)
    wide = estimate_price(offers(50, 75, 100, 125, 150), "EUR", RATES)

    assert 0.0 <= wide.certainty < tight.certainty <= 1.0
    assert wide.max_range - wide.min_range > tight.max_range - tight.min_range


def test_offers_for_parts_count_little():
    # Given two used offers and three cheap ones sold for parts
    mixed = [offer(200), offer(210)] + [offer(30, wear="for parts") for _ in range(3)]

    # Then the price stays with the working items
    assert estimate_price(mixed, "EUR", RATES).price > 150


@pytest.mark.parametrize(
    "prices", [(1.0,), (0.5, 400.0), (10.0, 10.0, 10.0), (3.0, 5.0, 700.0, 9.0)]
)
def test_the_range_always_holds_the_price_and_is_never_negative(prices: tuple[float, ...]):
    estimate = estimate_price(offers(*prices), "EUR", RATES)

    assert 0.0 <= estimate.min_range <= estimate.price <= estimate.max_range
    assert 0.0 <= estimate.certainty <= 1.0


def test_money_is_rounded_to_cents():
    estimate = estimate_price(offers(10.123, 10.456, 10.789), "EUR", RATES)

    for value in (estimate.price, estimate.min_range, estimate.max_range):
        assert value == round(value, 2)


def sale(price: float, sold_at: str | None, wear: Wear | None = "used") -> Offer:
    return Offer(price=price, currency="EUR", link=f"https://www.ebay.de/itm/{price}",
                 title="x", wear=wear, source="serpapi-ebay", sold=True, sold_at=sold_at)


def test_sold_listings_set_the_price_when_there_are_any_and_the_basis_says_so():
    from datetime import date

    # Given asking prices well above what three listings sold for
    mixed = [*offers(300, 320, 340), sale(200, "2026-12-01"), sale(210, "2026-11-20"),
             sale(205, "2026-11-28")]

    estimate = estimate_price(mixed, "EUR", RATES, today=date(2026, 12, 7))

    assert estimate.basis == "sold" and 195 <= estimate.price <= 215
    assert estimate_price(offers(300, 320, 340), "EUR", RATES).basis == "asking"


def test_recent_sales_weigh_more_than_old_ones():
    from datetime import date

    # Given two recent sales at 100 and two from half a year ago at 200
    sales = [sale(100, "2026-12-01"), sale(102, "2026-12-03"), sale(200, "2026-06-01"),
             sale(198, "2026-06-05")]

    estimate = estimate_price(sales, "EUR", RATES, today=date(2026, 12, 7))

    assert estimate.price < 130


def test_listings_for_parts_are_kept_apart_when_working_ones_exist():
    working = offers(100, 105, 110)
    broken = [offer(20, wear="for parts"), offer(25, wear="for parts"), offer(22, wear="for parts")]

    assert estimate_price(working + broken, "EUR", RATES).price == pytest.approx(105.0)
    # With nothing else, they still give a (low) price rather than none
    assert estimate_price(broken, "EUR", RATES).price == pytest.approx(22.0)


def test_the_tails_of_many_prices_are_trimmed_before_the_range():
    from chalicelib.providers.pricing.estimate import weighted_quantile

    # Given twelve prices spread evenly from 50 to 160
    prices = [50.0 + 10 * i for i in range(12)]

    estimate = estimate_price(offers(*prices), "EUR", RATES)

    # Then the range is the quartiles of the prices without their outer tenths, narrower than
    # the quartiles of them all
    points = [(p, 1.0) for p in prices]
    assert estimate.max_range < weighted_quantile(points, 0.75)
    assert estimate.min_range > weighted_quantile(points, 0.25)
