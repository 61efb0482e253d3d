"""Marketplace answers read into listings: each format, from real saved answers
(``samples/evaluation/pricing/``, provenance in its ``labels.json``) and SerpApi's eBay shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.providers.pricing.listings import UnknownAnswer, from_serpapi_ebay, read_text

PRICING = Path(__file__).resolve().parents[2] / "samples" / "evaluation" / "pricing"


def read(name: str, currency: str = "USD"):
    return read_text((PRICING / name).read_text("utf-8"), currency)


def test_a_finding_answer_of_completed_items_gives_sales_with_their_day() -> None:
    kind, listings = read("ebay-finding-02-new-balance-mx517v1.json")
    assert kind == "ebay-finding"
    first = listings[0]
    assert (first.price, first.currency, first.sold, first.sold_at) == (32.88, "USD", True,
                                                                         "2020-01-25")


def test_the_finding_xml_answer_reads_the_same_fields_as_elements() -> None:
    kind, listings = read("ebay-finding-01-iphone-4s.xml")
    assert kind == "ebay-finding-xml" and len(listings) == 100
    assert listings[0].title.startswith("Apple iPhone 4S (Latest Model) - 16GB - White")
    assert (listings[0].price, listings[0].currency, listings[0].sold) == (560.0, "USD", False)


def test_a_browse_answer_pasted_as_a_literal_is_read_without_running_it() -> None:
    kind, listings = read("ebay-browse-01-iphone-12.py.txt")
    assert kind == "ebay-browse" and len(listings) == 100
    assert all(item.link.startswith("https://www.ebay.com/itm/") for item in listings)


def test_a_sold_listings_page_in_another_language_gives_sales_with_their_day() -> None:
    kind, listings = read("ebay-search-html-07-pink-floyd-animals-2018-deluxe.html", "JPY")
    assert kind == "ebay-search-html"
    assert listings[0].sold and listings[0].sold_at == "2026-01-09"
    assert (listings[0].price, listings[0].currency) == (8916.0, "JPY")
    assert "Shop on eBay" not in {item.title for item in listings}


def test_an_amazon_page_gives_its_results_with_their_prices() -> None:
    kind, listings = read("amazon-search-html-01-rtx-4090.html")
    assert kind == "amazon-search-html" and listings
    assert any(item.price and "4090" in item.title for item in listings)


def test_serpapi_sold_results_are_sales_and_a_price_range_reads_its_low_end() -> None:
    listings = from_serpapi_ebay({
        "search_parameters": {"engine": "ebay", "_nkw": "sony a7 iv", "LH_Sold": "1"},
        "organic_results": [
            {"title": "Sony A7 IV body", "link": "https://www.ebay.com/itm/1",
             "condition": "Pre-Owned", "price": {"raw": "$1,650.00", "extracted": 1650.0}},
            {"title": "Sony A7 IV kit", "link": "https://www.ebay.com/itm/2",
             "price": {"from": {"raw": "$1,800.00", "extracted": 1800.0},
                       "to": {"raw": "$2,100.00", "extracted": 2100.0}}},
        ],
    })
    assert [(i.price, i.currency, i.sold) for i in listings] == [(1650.0, "USD", True),
                                                                  (1800.0, "USD", True)]


def test_anything_else_is_refused_with_a_reason() -> None:
    with pytest.raises(UnknownAnswer):
        read_text("just some words")
    with pytest.raises(UnknownAnswer):
        read_text('{"answer": 42}')
