"""Lens's other answers as evidence: the knowledge-graph card, exact matches and related
searches weigh as they deserve in the heuristic analyst and never become offers or pages they
are not."""

from __future__ import annotations

from chalicelib.providers.analysts.heuristic import HeuristicAnalyst
from chalicelib.providers.analysts.openai_analyst import OpenAIAnalyst, evidence_text
from chalicelib.providers.base import StagedImage
from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.wire import Identity, LensMatch

IMAGE = StagedImage.from_bytes(b"", sha256="0" * 64, mime_type="image/jpeg")


def listing(title: str, link: str, kind: str | None = None, **fields: object) -> LensMatch:
    return LensMatch(title=title, link=link, source="", kind=kind, **fields)  # type: ignore[arg-type]


def card(title: str, link: str = "", subtitle: str | None = None) -> LensMatch:
    return LensMatch(title=title, link=link, source="Google", kind="knowledge-graph",
                     subtitle=subtitle)


def related(query: str) -> LensMatch:
    link = "https://www.google.com/search?q=" + query.replace(" ", "+") + "&lns_surface=26"
    return LensMatch(title=query, link=link, source="Google", kind="related-search")


# Two makers' shoes, each on two sites: the titles alone cannot tell which one is in the photo.
TWO_MAKERS = [
    listing("Nordkap Trailrunner 2 Men's", "https://www.ebay.de/itm/1"),
    listing("Fjellsti Trailrunner 2", "https://poshmark.com/listing/2"),
    listing("Nordkap Trailrunner 2 GTX", "https://www.vinted.de/items/3"),
    listing("Fjellsti Trailrunner 2 men's", "https://www.shoeshop.example/p/4"),
]


def identify(matches: list[LensMatch]) -> Identity:
    return HeuristicAnalyst().identify(IMAGE, matches)


def test_the_titles_of_two_makers_alone_name_no_producer() -> None:
    assert identify(TWO_MAKERS).producer is None


def test_the_knowledge_graph_card_names_the_producer_the_titles_leave_open() -> None:
    # Given Lens recognised the entity and shows its card
    matches = [*TWO_MAKERS, card("Nordkap Trailrunner 2", subtitle="Trail running shoe")]

    # When the item is identified
    identity = identify(matches)

    # Then the card's brand is the producer, and its model the model
    assert (identity.producer, identity.model) == ("Nordkap", "Trailrunner 2")


def test_exact_matches_weigh_more_than_visual_ones() -> None:
    # Given one maker's two listings are exact matches (the same photo)
    matches = [m.model_copy(update={"kind": "exact"}) if "Nordkap" in m.title else m
               for m in TWO_MAKERS]

    # Then that maker is named
    assert identify(matches).producer == "Nordkap"


def test_a_generic_related_search_never_invents_a_brand() -> None:
    # Given unbranded chairs, one shop calling its chair "Oslo", and Google suggesting searches
    matches = [
        listing("Wooden Dining Chair, oak", "https://www.shop-a.example/p/1"),
        listing("Dining chair in solid wood", "https://www.shop-b.example/p/2"),
        listing("Oslo dining chair oak", "https://www.shop-c.example/p/3"),
        related("Oslo Dining Chair"),
        related("Chair"),
    ]

    # When the item is identified
    identity = identify(matches)

    # Then no producer is claimed: one shop's name echoed by Google's suggestions is no brand
    assert identity.producer is None
    assert identity.model is not None and "Chair" in identity.model


def test_a_related_search_supports_a_brand_the_matches_name() -> None:
    # Given a brand named on two sites, and a related search naming it too
    base = [listing("Nordkap Trailrunner 2", "https://www.ebay.de/itm/1"),
            listing("Nordkap Trailrunner 2 GTX", "https://www.vinted.de/items/3")]

    plain, supported = identify(base), identify([*base, related("Nordkap Trailrunner 2")])

    # Then it is named either way, and the suggestion adds confidence without deciding
    assert plain.producer == supported.producer == "Nordkap"
    assert (supported.confidence or 0) >= (plain.confidence or 0)


def test_the_pricer_makes_offers_of_listings_only_never_of_the_card_or_a_related_search() -> None:
    # Given an eBay listing, and a card and a related search that carry a price and a
    # second-hand address as well
    matches = [
        listing("Nordkap Trailrunner 2 used", "https://www.ebay.de/itm/1", price=80.0,
                currency="EUR"),
        listing("Nordkap Trailrunner 2 GTX", "https://www.vinted.de/items/3", price=70.0,
                currency="EUR"),
        LensMatch(title="Nordkap Trailrunner 2", link="https://www.ebay.de/b/nordkap",
                  source="eBay", price=99.0, currency="EUR", condition="Used",
                  kind="knowledge-graph"),
        LensMatch(title="Nordkap Trailrunner 2 used", link="https://www.ebay.de/sch/tr2",
                  source="Google", price=60.0, currency="EUR", condition="Used",
                  kind="related-search"),
    ]

    # When the second-hand offers are collected
    offers = HeuristicPricer().offers(matches)

    # Then only the two listings are offers
    assert [o.link for o in offers] == ["https://www.ebay.de/itm/1",
                                        "https://www.vinted.de/items/3"]


def test_a_card_on_the_producers_site_is_its_page_and_a_related_search_never_is() -> None:
    # Given the card links to the producer's own site, and a related search to Google
    matches = [*TWO_MAKERS, card("Nordkap Trailrunner 2", "https://www.nordkap.example/tr2"),
               related("Nordkap Trailrunner 2")]
    analyst = HeuristicAnalyst()

    page = analyst.producer_page(identify(matches), matches)

    assert page.link == "https://www.nordkap.example/tr2"


def test_the_model_is_shown_the_card_and_the_related_searches_as_labelled_evidence() -> None:
    # Given matches, a card and related searches
    matches = [*TWO_MAKERS, card("Nordkap Trailrunner 2", subtitle="Trail running shoe"),
               related("Nordkap Trailrunner 2 GTX")]

    # When the openai analyst's evidence is written
    text = evidence_text(matches)

    # Then the card and the searches stand in their own blocks, not among the matches
    matches_block = text.split("<matches>")[1].split("</matches>")[0]
    assert "Trail running shoe" not in matches_block and "google.com" not in matches_block
    card_block = text.split("<knowledge_graph>")[1].split("</knowledge_graph>")[0]
    assert '"name": "Nordkap Trailrunner 2"' in card_block
    assert '"category": "Trail running shoe"' in card_block
    searches = text.split("<related_searches>")[1].split("</related_searches>")[0]
    assert "Nordkap Trailrunner 2 GTX" in searches


def test_the_models_page_candidates_hold_a_card_only_on_the_producers_site() -> None:
    # Given a card on the producer's site, a card elsewhere and a related search
    own = card("Nordkap Trailrunner 2", "https://www.nordkap.example/tr2")
    elsewhere = card("Nordkap", "https://www.outdoorgearlab.example/brands/nordkap")
    analyst = OpenAIAnalyst(None, "gpt-test", None)  # type: ignore[arg-type]

    # When the candidate pages are listed
    found = analyst.candidates("Nordkap", [*TWO_MAKERS, own, elsewhere,
                                           related("Nordkap Trailrunner 2")])

    # Then the card on the producer's site is one; the other card and the search are not
    assert own.link in found
    assert elsewhere.link not in found
    assert not [link for link in found if "google." in link]
