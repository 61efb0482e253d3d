"""The marketplace pricer: offers of the named item from Lens matches and a marketplace search.

``offers(matches)`` answers at once with the Lens-match offers (``HeuristicPricer``), as before the
item is named. Once the analyst names it, ``offers_for(identity, matches)`` searches the
marketplaces by producer and model, in order (``auto``: SerpApi's sold listings, then eBay's
active ones), until one gives listings of the item, and judges every listing, Lens matches
included, with ``relevance.judge``: only listings that name the model exactly, are not accessories,
lots or replicas, count; each kept offer says its source and why. A marketplace that fails is
logged and the next one asked; the Lens offers stand if none answers. The estimate, in its
currency and with its rates, is the heuristic pricer's: both pricers price alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aws_lambda_powertools import Logger

from chalicelib.observability import SERVICE
from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.providers.pricing.listings import Listing
from chalicelib.providers.pricing.market_search import MarketSearch
from chalicelib.providers.pricing.relevance import Verdict, judge
from chalicelib.wire import Estimate, Identity, LensMatch, Offer

logger = Logger(service=SERVICE, child=True)


@dataclass(frozen=True)
class Judged:
    """A listing and the verdict on it."""

    listing: Listing
    verdict: Verdict


def search_query(identity: Identity) -> str:
    """Producer and model, without saying the producer twice ("Sony" + "Sony A7 IV")."""
    producer, model = (identity.producer or "").strip(), (identity.model or "").strip()
    if producer and model.casefold().startswith(producer.casefold()):
        return model
    return f"{producer} {model}".strip()


def judge_all(listings: Sequence[Listing], identity: Identity) -> list[Judged]:
    """Each listing with the verdict of the relevance rules for this item."""
    model = identity.model or ""
    return [Judged(item, judge(item.title, model, identity.producer, item.condition))
            for item in listings]


def to_offer(judged: Judged) -> Offer:
    item = judged.listing
    return Offer(price=float(item.price or 0), currency=item.currency or "", link=item.link,
                 title=item.title, wear=judged.verdict.wear, source=item.source,
                 why=judged.verdict.why, sold=item.sold or None, sold_at=item.sold_at)


def kept_offers(judged: Sequence[Judged]) -> list[Offer]:
    """The kept, priced listings as offers, one per link."""
    seen: set[str] = set()
    out = []
    for entry in judged:
        if entry.verdict.kept and entry.listing.price and entry.listing.currency:
            if entry.listing.link not in seen:
                seen.add(entry.listing.link)
                out.append(to_offer(entry))
    return out


class MarketPricer:
    """Lens offers at once; offers of the named item from marketplaces (``Pricer``)."""

    needs_identity = True

    def __init__(self, searches: Sequence[MarketSearch], lens: HeuristicPricer) -> None:
        self.searches = list(searches)
        # The Lens offers, and the estimate with its currency and rates, are the heuristic's.
        self.lens = lens

    def offers(self, matches: list[LensMatch]) -> list[Offer]:
        """The Lens-match offers, before the item is named."""
        return self.lens.offers(matches)

    def offers_for(self, identity: Identity, matches: list[LensMatch]) -> list[Offer]:
        """Offers of the named item: its Lens listings and a marketplace's, judged."""
        return kept_offers(self.judge(identity, matches))

    def judge(self, identity: Identity, matches: list[LensMatch]) -> list[Judged]:
        """Every listing considered for the item, Lens's then a marketplace's, with verdicts."""
        judged = judge_all(self.lens.listings(matches), identity)
        query = search_query(identity)
        if not identity.model or not query:
            return judged
        for search in self.searches:
            found = _searched(search, query, identity)
            judged.extend(found)
            if any(entry.verdict.kept and entry.listing.price for entry in found):
                break  # the first marketplace with offers of the item is enough
        return judged

    def estimate(self, offers: list[Offer]) -> Estimate:
        return self.lens.estimate(offers)


def _searched(search: MarketSearch, query: str, identity: Identity) -> list[Judged]:
    """One marketplace's listings for the query, judged; none when it fails (the next one, or
    the Lens offers, still price the item)."""
    try:
        return judge_all(search.search(query), identity)
    except ProviderError as exc:
        logger.warning("marketplace %s failed (%s): %s", search.name, exc.code, exc.message)
        return []
