"""Choosing each stage's provider by configuration.

Names map to factories so that a provider's dependencies (Chromium, the OpenAI SDK, ...) are
imported only when that provider is chosen.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable

from chalicelib.config import Settings
from chalicelib.providers.base import Analyst, LensProvider, Pricer
from chalicelib.providers.exceptions import UnknownProvider

if TYPE_CHECKING:  # imported where it is built, as every provider
    from chalicelib.providers.pricing.heuristic import HeuristicPricer


def _catalog_lens(settings: Settings) -> LensProvider:
    from chalicelib.providers.lens.catalog import CatalogLens

    return CatalogLens(settings.catalog_dir)


def _google_lens(settings: Settings) -> LensProvider:
    from chalicelib.providers.lens.google_lens import GoogleLens

    return _guarded(GoogleLens.from_settings(settings), "google-lens", settings)


def _lens_http(settings: Settings) -> LensProvider:
    from chalicelib.providers.lens.lens_http import LensHttp

    return _guarded(LensHttp.from_settings(settings), "lens-http", settings)


def _guarded(provider: LensProvider, name: str, settings: Settings) -> LensProvider:
    """A provider that talks to Google itself, behind the result cache and the rate limit."""
    from chalicelib.providers.lens.guard import Guarded

    return Guarded(provider, name, settings.lens_proxy, settings.lens_cache_seconds,
                   settings.lens_searches_per_minute)


def _auto_lens(settings: Settings) -> LensProvider:
    """lens-http, google-lens, serpapi (with a key), catalog: the first that answers."""
    from chalicelib.providers.lens.chain import LensChain

    # The catalog is the repository's samples: there locally, not in a deployed function.
    names = ["lens-http", "google-lens", *(["serpapi"] if settings.serpapi_api_key else []),
             *(["catalog"] if settings.catalog_dir.is_dir() else [])]
    return LensChain([(name, _bound(LENS_PROVIDERS[name], settings)) for name in names])


def _bound(factory: Callable[[Settings], LensProvider],
           settings: Settings) -> Callable[[], LensProvider]:
    return lambda: factory(settings)


def _serpapi_lens(settings: Settings) -> LensProvider:
    from chalicelib.providers.lens.serpapi import SerpApiLens

    return SerpApiLens.from_settings(settings)


def _heuristic_analyst(settings: Settings) -> Analyst:
    """The heuristic; where product pages are read (``PRODUCT_PAGES``), checked against their
    schema.org Product data."""
    from chalicelib.providers.analysts.heuristic import HeuristicAnalyst

    marketplaces = list(settings.marketplace_domains) or None
    analyst = HeuristicAnalyst(marketplace_domains=marketplaces)
    if settings.product_pages <= 0:
        return analyst
    from chalicelib.net.safe_fetch import SafeFetcher
    from chalicelib.providers.analysts.structured_data import ProductPages, StructuredDataAnalyst

    fetcher = SafeFetcher(max_bytes=settings.fetch_max_bytes,
                          timeout_s=min(settings.fetch_timeout_s, settings.product_pages_budget_s),
                          allow_loopback=settings.fetch_allow_loopback)
    pages = ProductPages(fetcher, settings.product_pages, settings.product_pages_budget_s)
    return StructuredDataAnalyst(analyst, pages, marketplaces)


def _openai_analyst(settings: Settings) -> Analyst:
    from chalicelib.providers.analysts.openai_analyst import OpenAIAnalyst

    return OpenAIAnalyst.from_settings(settings)


def _auto_analyst(settings: Settings) -> Analyst:
    """The heuristic, escalating to the openai analyst when unsure and a key is configured."""
    from chalicelib.providers.analysts.escalating import EscalatingAnalyst

    model = (lambda: _openai_analyst(settings)) if settings.openai_api_key else None
    return EscalatingAnalyst(_heuristic_analyst(settings), model, settings.escalation_threshold)


def _heuristic_pricer(settings: Settings) -> HeuristicPricer:
    from chalicelib.providers.pricing.heuristic import HeuristicPricer

    return HeuristicPricer(
        domains=list(settings.marketplace_domains) or None, currency=settings.price_currency,
        rates=settings.price_rates or None,
    )


def _ebay_search(settings: Settings) -> Any:
    from chalicelib.providers.pricing.market_search import EbayBrowse

    return EbayBrowse(settings.ebay_client_id, settings.ebay_client_secret,
                      settings.ebay_base_url, settings.price_currency,
                      settings.ebay_marketplace_id, settings.ebay_conditions,
                      settings.ebay_category_ids, settings.ebay_page_size, settings.ebay_pages,
                      settings.ebay_timeout_s)


def _serpapi_ebay_search(settings: Settings) -> Any:
    from chalicelib.providers.pricing.market_search import SerpApiEbay

    return SerpApiEbay(settings.serpapi_api_key, settings.serpapi_base_url,
                       settings.price_currency, settings.ebay_domain, settings.serpapi_timeout_s)


def _market_pricer(settings: Settings, searches: list[Any]) -> Pricer:
    from chalicelib.providers.pricing.market import MarketPricer

    return MarketPricer(searches, _heuristic_pricer(settings))


def _ebay_pricer(settings: Settings) -> Pricer:
    return _market_pricer(settings, [_ebay_search(settings)])


def _serpapi_ebay_pricer(settings: Settings) -> Pricer:
    return _market_pricer(settings, [_serpapi_ebay_search(settings)])


def _auto_pricer(settings: Settings) -> Pricer:
    """Sold listings with a SerpApi key, then eBay's active listings with eBay keys; with
    neither, the Lens-match offers as the heuristic pricer gives them."""
    searches = [*([_serpapi_ebay_search(settings)] if settings.serpapi_api_key else []),
                *([_ebay_search(settings)] if settings.ebay_client_id
                  and settings.ebay_client_secret else [])]
    return _market_pricer(settings, searches) if searches else _heuristic_pricer(settings)


def _simulated_lens(settings: Settings) -> LensProvider:
    from chalicelib.providers.simulated import SimulatedLens

    return SimulatedLens.from_settings(settings)


def _simulated_analyst(settings: Settings) -> Analyst:
    from chalicelib.providers.simulated import SimulatedAnalyst

    return SimulatedAnalyst.from_settings(settings)


def _simulated_pricer(settings: Settings) -> Pricer:
    from chalicelib.providers.simulated import SimulatedPricer

    return SimulatedPricer.from_settings(settings)


LENS_PROVIDERS: dict[str, Callable[[Settings], LensProvider]] = {
    "catalog": _catalog_lens,
    "simulated": _simulated_lens,
    "google-lens": _google_lens,
    "serpapi": _serpapi_lens,
    "lens-http": _lens_http,
    "auto": _auto_lens,
}
ANALYSTS: dict[str, Callable[[Settings], Analyst]] = {
    "heuristic": _heuristic_analyst,
    "openai": _openai_analyst,
    "auto": _auto_analyst,
    "simulated": _simulated_analyst,
}
PRICERS: dict[str, Callable[[Settings], Pricer]] = {
    "heuristic": _heuristic_pricer,
    "lens": _heuristic_pricer,
    "ebay": _ebay_pricer,
    "serpapi-ebay": _serpapi_ebay_pricer,
    "auto": _auto_pricer,
    "simulated": _simulated_pricer,
}


def _build(kind: str, table: dict[str, Callable[[Settings], Any]], name: str,
           settings: Settings, stage: str) -> Any:
    if name not in table:
        raise UnknownProvider(f"No {kind} provider is called {name!r}; known: {sorted(table)}.")
    provider = table[name](settings)
    delay = settings.provider_delays.get(stage, 0.0)
    return Delayed(provider, delay) if delay > 0 else provider


def lens_provider(settings: Settings) -> LensProvider:
    return _build("lens", LENS_PROVIDERS, settings.lens_provider, settings, "lens")


def analyst(settings: Settings) -> Analyst:
    return _build("analyst", ANALYSTS, settings.analyst, settings, "gpt")


def pricer(settings: Settings) -> Pricer:
    return _build("pricer", PRICERS, settings.pricer, settings, "pricing")


class Delayed:
    """Wraps a provider so each call first waits a fixed time, like a slow outside service.

    Used to make stage timing visible locally (``PROVIDER_DELAYS``), e.g. to kill a worker in the
    middle of a stage in the fault tests.
    """

    def __init__(self, provider: Any, seconds: float) -> None:
        self._provider = provider
        self._seconds = seconds

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._provider, name)
        if not callable(attribute):
            return attribute

        def delayed(*args: Any, **kwargs: Any) -> Any:
            time.sleep(self._seconds)
            return attribute(*args, **kwargs)

        return delayed
