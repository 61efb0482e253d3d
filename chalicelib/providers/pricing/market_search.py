"""Marketplace searches by the item's name: eBay's Browse API and SerpApi's eBay engine.

Both take a query ("Sony Alpha A7 IV") and return ``Listing`` values (``listings``); neither
judges them (``relevance`` does). Keys are given directly (locally, from the environment) or as
``ssm:``/``secretsmanager:`` references (``chalicelib.providers.secrets``).

``EbayBrowse``: an application token by OAuth client credentials (``POST
/identity/v1/oauth2/token``, basic auth with the client id and secret, scope
``https://api.ebay.com/oauth/api_scope``), kept until shortly before it expires; then ``GET
/buy/browse/v1/item_summary/search`` with ``q``, ``filter=conditions:{...}``, optional
``category_ids``, ``limit`` and ``offset`` for at most ``pages`` pages, and the
``X-EBAY-C-MARKETPLACE-ID`` of the price currency (or as configured). A refused token (401) is
renewed once.

``SerpApiEbay``: ``GET /search.json?engine=ebay&_nkw=...&LH_Sold=1&LH_Complete=1`` (sold
listings), on the eBay site of the price currency (``ebay_domain``).

Failures are ``ProviderError`` with a code: ``<name>-auth`` (refused keys), ``<name>-rate-limit``
(429, retryable), ``<name>-error`` (5xx retryable), ``<name>-timeout``, ``<name>-unreachable``.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Protocol

import requests

from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.serpapi import NO_RESULTS, OUT_OF_SEARCHES, retrying_session
from chalicelib.providers.pricing.listings import Listing, from_browse, from_serpapi_ebay
from chalicelib.providers.secrets import provider_key

EBAY_BASE_URL = "https://api.ebay.com"
TOKEN_PATH = "/identity/v1/oauth2/token"
SEARCH_PATH = "/buy/browse/v1/item_summary/search"
SCOPE = "https://api.ebay.com/oauth/api_scope"
# eBay's marketplace for a price currency (Browse's X-EBAY-C-MARKETPLACE-ID), and its site
# (SerpApi's ebay_domain). EUR goes to eBay Germany, the largest euro marketplace.
MARKETPLACES: dict[str, tuple[str, str]] = {
    "USD": ("EBAY_US", "ebay.com"), "EUR": ("EBAY_DE", "ebay.de"), "GBP": ("EBAY_GB", "ebay.co.uk"),
    "CHF": ("EBAY_CH", "ebay.ch"), "CAD": ("EBAY_CA", "ebay.ca"), "AUD": ("EBAY_AU", "ebay.com.au"),
    "PLN": ("EBAY_PL", "ebay.pl"), "HKD": ("EBAY_HK", "ebay.com.hk"),
    "SGD": ("EBAY_SG", "ebay.com.sg"),
}  # fmt: skip
_TOKEN_MARGIN_S = 60.0


class MarketSearch(Protocol):
    """A marketplace search by name."""

    name: str

    def search(self, query: str) -> list[Listing]: ...


def _send(name: str, timeout_s: float, call: Any) -> requests.Response:
    """``call()``, its transport failures as this provider's errors (URLs, keys included,
    never repeated: requests' exceptions are not chained)."""
    try:
        return call()
    except requests.Timeout:
        raise ProviderError(f"{name} did not answer within {timeout_s:g} s.",
                            code=f"{name}-timeout", retryable=True) from None
    except requests.RequestException as exc:
        raise ProviderError(f"{name} could not be reached ({type(exc).__name__}).",
                            code=f"{name}-unreachable", retryable=True) from None


def _failure(name: str, response: requests.Response, detail: str) -> ProviderError:
    status = response.status_code
    if status in (401, 403):
        return ProviderError(f"{name} refused the credentials: {detail or status}",
                             code=f"{name}-auth")
    if status == 429 and OUT_OF_SEARCHES in detail.lower():
        return ProviderError(f"{name}'s plan has no searches left: {detail}",
                             code=f"{name}-quota")
    if status == 429:
        return ProviderError(f"{name} limits the rate of searches: {detail or status}",
                             code=f"{name}-rate-limit", retryable=True)
    return ProviderError(f"{name} answered {status}: {detail or response.reason}",
                         code=f"{name}-error", retryable=status >= 500)


def _json(name: str, response: requests.Response) -> dict[str, Any]:
    try:
        document = response.json()
    except ValueError:
        document = None
    if not isinstance(document, dict):
        raise ProviderError(f"{name} answered {response.status_code} without a JSON object.",
                            code=f"{name}-error", retryable=response.status_code >= 500)
    return document


class EbayBrowse:
    """Active listings from eBay's Browse API (see the module docstring)."""

    name = "ebay"

    def __init__(self, client_id: str, client_secret: str, base_url: str = EBAY_BASE_URL,
                 currency: str = "USD", marketplace_id: str = "", conditions: str = "USED",
                 category_ids: str = "", limit: int = 50, pages: int = 2,
                 timeout_s: float = 10.0, session: requests.Session | None = None) -> None:
        self._client_id, self._client_secret = client_id, client_secret
        self._base = base_url.rstrip("/")
        self.marketplace_id = marketplace_id or MARKETPLACES.get(currency.upper(),
                                                                 MARKETPLACES["USD"])[0]
        self._conditions = conditions
        self._category_ids = category_ids
        self._limit, self._pages = max(1, min(limit, 200)), max(1, pages)
        self._timeout_s = timeout_s
        self._session = session or retrying_session(2, 0.5)
        self._token: tuple[str, float] | None = None
        self._lock = threading.Lock()

    def search(self, query: str) -> list[Listing]:
        listings: list[Listing] = []
        for page in range(self._pages):
            document = self._page(query, page * self._limit)
            listings.extend(from_browse(document))
            total = int(document.get("total") or 0)
            if not document.get("next") or (page + 1) * self._limit >= total:
                break
        return listings

    def _page(self, query: str, offset: int) -> dict[str, Any]:
        params = {"q": query, "limit": str(self._limit), "offset": str(offset)}
        if self._conditions:
            params["filter"] = f"conditions:{{{self._conditions}}}"
        if self._category_ids:
            params["category_ids"] = self._category_ids
        for attempt in range(2):
            headers = {"Authorization": f"Bearer {self._bearer(renew=attempt > 0)}",
                       "X-EBAY-C-MARKETPLACE-ID": self.marketplace_id,
                       "Accept": "application/json"}
            response = _send(self.name, self._timeout_s, lambda h=headers: self._session.get(
                self._base + SEARCH_PATH, params=params, headers=h, timeout=self._timeout_s))
            if response.status_code != 401 or attempt:
                break
        document = _json(self.name, response)
        if response.status_code != 200:
            raise _failure(self.name, response, _ebay_error(document))
        return document

    def _bearer(self, renew: bool = False) -> str:
        """The application token, asked for once and kept until shortly before it expires."""
        with self._lock:
            if self._token and not renew and time.monotonic() < self._token[1]:
                return self._token[0]
            client_id = provider_key(self._client_id, "EBAY_CLIENT_ID")
            secret = provider_key(self._client_secret, "EBAY_CLIENT_SECRET")
            response = _send(self.name, self._timeout_s, lambda: self._session.post(
                self._base + TOKEN_PATH, auth=(client_id, secret),
                data={"grant_type": "client_credentials", "scope": SCOPE},
                headers={"Accept": "application/json"}, timeout=self._timeout_s))
            document = _json(self.name, response)
            token = document.get("access_token")
            if response.status_code != 200 or not token:
                raise _failure(self.name, response, str(document.get("error_description")
                                                        or document.get("error") or ""))
            lifetime = float(document.get("expires_in") or 7200)
            self._token = (str(token), time.monotonic() + max(0.0, lifetime - _TOKEN_MARGIN_S))
            return self._token[0]


def _ebay_error(document: dict[str, Any]) -> str:
    errors = document.get("errors") or []
    first = errors[0] if errors and isinstance(errors[0], dict) else {}
    return str(first.get("message") or first.get("longMessage") or "")


class SerpApiEbay:
    """Sold listings from SerpApi's eBay engine (see the module docstring)."""

    name = "serpapi-ebay"

    def __init__(self, api_key: str, base_url: str = "https://serpapi.com",
                 currency: str = "USD", ebay_domain: str = "", timeout_s: float = 30.0,
                 session: requests.Session | None = None) -> None:
        self._api_key = api_key
        self._url = base_url.rstrip("/") + "/search.json"
        self.ebay_domain = ebay_domain or MARKETPLACES.get(currency.upper(),
                                                           MARKETPLACES["USD"])[1]
        self._timeout_s = timeout_s
        self._session = session or retrying_session(2, 0.5)

    def search(self, query: str) -> list[Listing]:
        api_key = provider_key(self._api_key, "SERPAPI_API_KEY")
        params = {"engine": "ebay", "_nkw": query, "ebay_domain": self.ebay_domain,
                  "LH_Sold": "1", "LH_Complete": "1", "api_key": api_key}
        response = _send(self.name, self._timeout_s, lambda: self._session.get(
            self._url, params=params, timeout=self._timeout_s))
        document = _json(self.name, response)
        error = str(document.get("error") or "")
        if response.status_code == 200 and NO_RESULTS in error.lower():
            return []
        if response.status_code != 200 or error:
            raise _failure(self.name, response, error)
        return from_serpapi_ebay(document)
