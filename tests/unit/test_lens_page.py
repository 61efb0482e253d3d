"""Reading Lens result cards by structure: which links are matches, and what their lines mean."""

from __future__ import annotations

import pytest

from chalicelib.providers.lens.lens_page import RawCard, RawImage, cards_to_matches, is_price_line

THUMB = RawImage(("https://encrypted-tbn0.gstatic.com/images?q=tbn:1",), 160, 160)
ICON = RawImage(("https://www.gstatic.com/favicon/ebay.png",), 16, 16)


@pytest.mark.parametrize(
    ("line", "is_price"),
    [
        ("89,00 €", True),
        ("ab 49,95 €", True),
        ("US$ 120", True),
        ("UVP 129,00 €", True),
        ("Free delivery over $50", False),
        ("4.5 (1,203)", False),
        ("Size 42", False),
    ],
)
def test_a_price_line_is_an_amount_with_a_currency_not_a_sentence(
    line: str, is_price: bool
) -> None:
    assert is_price_line(line) is is_price


def test_google_redirects_are_followed_and_googles_own_links_left_out() -> None:
    # Given a result behind Google's redirect, a related search and a link of the page itself
    cards = [
        RawCard("https://www.google.de/url?q=https://www.ebay.de/itm/1&sa=U",
                ("eBay", "Trail shoe, size 42", "35,00 €"), images=(THUMB, ICON)),
        RawCard("https://www.google.de/search?q=trail+shoe", ("Trail shoe",), images=(THUMB,)),
        RawCard("https://lens.example/feedback", ("Send feedback",), images=(ICON,)),
    ]

    # When the cards are read on the page lens.example
    matches = cards_to_matches(cards, "lens.example")

    # Then only the shop's card is a match, with its real address and the big image
    assert [(m.link, m.source, m.title, m.price, m.currency, m.thumbnail) for m in matches] == [
        ("https://www.ebay.de/itm/1", "eBay", "Trail shoe, size 42", 35.0, "EUR",
         THUMB.sources[0]),
    ]


def test_a_link_without_an_image_or_without_a_title_is_no_match() -> None:
    # Given an external text link, and an external image link with neither text nor label
    cards = [
        RawCard("https://help.example.net/lens", ("Learn more about visual search",)),
        RawCard("https://ads.example.net/click",
                images=(RawImage(("https://ads.example.net/banner.png",), 300, 60),)),
    ]

    # When the cards are read, then neither is a match
    assert cards_to_matches(cards, "lens.example") == []
