"""Which links are second-hand listings, and what condition their titles state."""

from __future__ import annotations

import pytest

from chalicelib.providers.pricing.marketplaces import (
    is_marketplace,
    is_second_hand,
    registered_domain,
    wear_from_text,
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.ebay.com/itm/315105573570",
        "https://www.ebay.co.uk/itm/1",
        "https://www.ebay.de/itm/204518377162",
        "https://www.ebay.com.my/itm/334955678361",
        "vinted.fr/items/4120558813",
        "https://www.vinted.de/items/1",
        "https://poshmark.com/listing/x",
        "https://www.kleinanzeigen.de/s-anzeige/x",
        "https://www.tutti.ch/de/vi/st-gallen/computer",
        "https://phoenix.craigslist.org/evl/tls/d/x",
        "https://www.facebook.com/marketplace/item/123",
        "https://es.wallapop.com/item/x",
        "https://www.olx.pl/d/oferta/x",
        "https://www.gumtree.com.au/s-ad/x",
    ],
)
def test_marketplace_listings_are_recognised_on_any_subdomain_or_country(url: str):
    assert is_marketplace(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.com/dp/B00",
        "https://www.nordkap.example/en/shoes",
        "https://www.facebook.com/chaircraft/",
        "https://www.notebay.com/x",
        "https://www.etsy.com/listing/1",
        "",
    ],
)
def test_shops_brand_sites_and_look_alike_domains_are_not_marketplaces(url: str):
    assert not is_marketplace(url)


def test_a_configured_list_replaces_the_default():
    # Given an operator who only trusts one local marketplace
    domains = ["tutti.ch", "ricardo.*"]

    # Then that list decides alone
    assert is_marketplace("https://www.tutti.ch/x", domains)
    assert is_marketplace("https://www.ricardo.ch/de/a/1", domains)
    assert not is_marketplace("https://www.ebay.de/itm/1", domains)


def test_registered_domain_handles_country_suffixes():
    assert registered_domain("https://www.ebay.co.uk/itm/1") == "ebay.co.uk"
    assert registered_domain("https://us.puma.com/us/en") == "puma.com"
    assert registered_domain("www.nordkap.example") == "nordkap.example"


def test_etsy_counts_only_when_the_title_says_second_hand():
    # Given two Etsy listings, one vintage and one a new print
    vintage = is_second_hand("https://www.etsy.com/listing/1", "Vintage 1970s denim jacket")
    worn = is_second_hand("https://www.etsy.com/listing/2", "Harbor mug, used, well loved")
    new_print = is_second_hand("https://www.etsy.com/listing/3", "Vintage style cat T-shirt")

    # Then only the genuinely second-hand ones are offers
    assert vintage and worn
    assert not new_print


@pytest.mark.parametrize(
    ("title", "wear"),
    [
        ("Nike Air Max 90 NWT", "new"),
        ("Brand new sealed Lego set", "new"),
        ("Jacke neu mit Etikett", "new"),
        ("Robe neuf avec étiquette", "new"),
        ("Camiseta nueva", "new"),
        ("Wie neu, kaum getragen", "like new"),
        ("Sac comme neuf", "like new"),
        ("Used - Like New", "like new"),
        ("Apple iPad Pro Tablet (128GB, Wi-Fi, 9.7in) Gold (Renewed)", "like new"),
        ("Open box: Juniper chair", "like new"),
        ("Rucksack gebraucht", "used"),
        ("Vélo d'occasion", "used"),
        ("Giacca usata", "used"),
        ("Pre-owned Rolex", "used"),
        ("Jas tweedehands", "used"),
        ("MacBook for parts or not working", "for parts"),
        ("Kamera defekt", "for parts"),
        ("Cámara para piezas", "for parts"),
        ("Appareil pour pièces", "for parts"),
        ("Okabe Tenzo C20 for parts, lens stuck", "for parts"),
    ],
)
def test_wear_words_in_several_languages(title: str, wear: str):
    assert wear_from_text(title) == wear


@pytest.mark.parametrize(
    "title", ["New Balance 574 grey", "Dress for any occasion", "Mint green vase", "", None]
)
def test_brand_names_and_everyday_phrases_state_no_wear(title: str | None):
    assert wear_from_text(title) is None
