"""The embedded pricer: second-hand offers are the priced second-hand matches of the item.

No network: ``HeuristicPricer`` names the item from the matches as the heuristic analyst does
(the two stages run side by side), keeps the second-hand listings with a usable price that name
its producer or its model, and estimates a resale price from their asking prices
(``estimate``). Nothing identified: no offers, hence no estimate (a finding). The currency of a
shared mark ("Rs", "kr", "$") is read together with the site's country.
"""

from __future__ import annotations

from collections.abc import Sequence

from chalicelib.providers.analysts.lexicon import slug
from chalicelib.providers.analysts.title_consensus import clean_title, find_model, find_producer
from chalicelib.providers.pricing.estimate import estimate_price
from chalicelib.providers.pricing.listings import Listing
from chalicelib.providers.pricing.marketplaces import host, is_second_hand, wear_from_text
from chalicelib.providers.pricing.prices import DEFAULT_RATES, RATES_DATE, site_currency
from chalicelib.wire import Estimate, LensMatch, Offer


class HeuristicPricer:
    """Offers from marketplace matches, and a robust estimate (implements ``Pricer``)."""

    def __init__(
        self,
        domains: Sequence[str] | None = None,
        currency: str = "EUR",
        rates: dict[str, float] | None = None,
    ) -> None:
        self.domains = list(domains) if domains else None
        self.currency = currency.upper()
        self.rates = dict(rates) if rates else dict(DEFAULT_RATES)

    def offers(self, matches: list[LensMatch]) -> list[Offer]:
        names = _item_names(matches)
        return [
            Offer(
                price=listing.price,
                currency=listing.currency,
                link=listing.link,
                title=listing.title,
                wear=wear_from_text(f"{listing.condition or ''} {listing.title}"),
                source="lens",
                why=f"names {named}",
            )
            for listing in self.listings(matches)
            if (named := _named_item(listing.title, names))
        ]

    def listings(self, matches: list[LensMatch]) -> list[Listing]:
        """The priced second-hand matches, as listings in the currency of their site."""
        return [
            Listing(title=m.title, price=m.price, link=m.link, condition=m.condition,
                    currency=site_currency(m.currency, host(m.link)), source="lens")
            for m in matches
            if m.is_listing and self.is_priced_listing(m)
        ]

    def estimate(self, offers: list[Offer]) -> Estimate:
        """The estimate in this pricer's currency, converted with its rates (naming the rate
        table's date when they are the built-in ones)."""
        dated = RATES_DATE if self.rates == DEFAULT_RATES else None
        return estimate_price(offers, self.currency, self.rates, rates_date=dated)

    def is_priced_listing(self, match: LensMatch) -> bool:
        """A second-hand listing with a usable price (a price without currency is unusable)."""
        priced = match.price is not None and match.price > 0 and bool(match.currency)
        used = (match.condition or "").strip().casefold() not in {"", "new"}
        return priced and (used or is_second_hand(match.link, match.title, self.domains))


def _item_names(matches: list[LensMatch]) -> list[str]:
    """Slugs of the identified producer and model; empty when nothing was identified."""
    titles = [clean_title(i, m) for i, m in enumerate(matches)]
    producer = find_producer(titles)
    if producer is None:
        return []
    model = find_model(titles, producer)
    return [s for s in (producer.slug, *producer.lines, slug(model or "")) if len(s) >= 2]


def _named_item(title: str, names: list[str]) -> str | None:
    """Which of the item's names (its producer, a product line of it, or its model) an offer
    names (the first that it does), else None."""
    text = slug(title)
    return next((name for name in names if name in text), None)
