"""The embedded pricer: second-hand offers are the priced marketplace matches.

No network: ``HeuristicPricer`` keeps the matches that are second-hand listings with a usable
price and estimates a resale price from them (``estimate``).
"""

from __future__ import annotations

from collections.abc import Sequence

from chalicelib.providers.pricing.estimate import estimate_price
from chalicelib.providers.pricing.marketplaces import is_second_hand, wear_from_text
from chalicelib.providers.pricing.prices import DEFAULT_RATES
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
        return [
            Offer(
                price=match.price,
                currency=match.currency,
                link=match.link,
                title=match.title,
                wear=wear_from_text(match.title),
            )
            for match in matches
            if self._is_priced_listing(match)
        ]

    def estimate(self, offers: list[Offer]) -> Estimate:
        return estimate_price(offers, self.currency, self.rates)

    def _is_priced_listing(self, match: LensMatch) -> bool:
        """A second-hand listing with a usable price (a price without currency is unusable)."""
        priced = match.price is not None and match.price > 0 and bool(match.currency)
        return priced and is_second_hand(match.link, match.title, self.domains)
