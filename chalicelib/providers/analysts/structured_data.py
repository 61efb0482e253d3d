"""schema.org ``Product`` data on product pages: what a page itself states about its item.

A shop or maker that marks up its product page (JSON-LD, microdata or RDFa, read by ``extruct``)
states the brand, name, model, part number (``mpn``), barcode (``gtin*``) and price in fields
of their own, which is stronger evidence than any reading of titles. This module:

* ``read_products``: the ``Product`` objects of a page, each flattened to ``ProductData``
  (pure, no I/O);
* ``ProductPages``: fetches a bounded number of pages through ``SafeFetcher`` (public
  addresses only, size and time limits), all of them within one time budget, and reads them;
* ``structured_identity``: the rule that weighs those products against an answer from titles;
* ``StructuredDataAnalyst``: an analyst that checks another's answer against the Product data
  of the top matched pages, and takes the retail price from the producer page's offer.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

import extruct
from aws_lambda_powertools import Logger
from lxml.etree import LxmlError

from chalicelib.net.safe_fetch import FetchError, SafeFetcher
from chalicelib.observability import SERVICE
from chalicelib.providers.analysts.lexicon import slug
from chalicelib.providers.analysts.title_consensus import name_parts, site_match
from chalicelib.providers.base import StagedImage
from chalicelib.providers.pricing.marketplaces import (
    domain_name,
    is_second_hand,
    registered_domain,
)
from chalicelib.providers.pricing.prices import currency_code, parse_price
from chalicelib.wire import Identity, LensMatch, ProducerPage, RetailDetails

logger = Logger(service=SERVICE, child=True)

_PRODUCT_TYPES = {"Product", "ProductGroup", "IndividualProduct", "ProductModel", "SomeProducts"}
_GTINS = ("gtin", "gtin13", "gtin12", "gtin14", "gtin8")
_MAX_DESCRIPTION = 1500
_MAX_DEPTH = 4
_CACHED_PAGES = 64


@dataclass(frozen=True)
class ProductData:
    """What one ``Product`` of a page states (None where it states nothing)."""

    url: str
    syntax: str
    name: str | None = None
    brand: str | None = None
    model: str | None = None
    mpn: str | None = None
    gtin: str | None = None
    sku: str | None = None
    price: float | None = None
    currency: str | None = None
    description: str | None = None
    material: str | None = None

    @property
    def site(self) -> str:
        return registered_domain(self.url) or self.url


# --- reading a page ---------------------------------------------------------------------------


def read_products(html: str | bytes, url: str) -> list[ProductData]:
    """Every schema.org ``Product`` the page declares, JSON-LD first, then microdata, then RDFa;
    markup that does not parse is skipped (pages ship broken JSON-LD often enough)."""
    try:
        found = extruct.extract(html, base_url=url, syntaxes=["json-ld", "microdata"],
                                uniform=True, errors="ignore")
        rdfa = extruct.extract(html, base_url=url, syntaxes=["rdfa"], errors="ignore")
    except (ValueError, TypeError, LxmlError) as exc:  # what parsing a broken page can raise
        logger.warning("structured data of %s not read: %s", url, exc)
        return []
    products = [_product(node, url, syntax) for syntax in ("json-ld", "microdata")
                for node in _product_nodes(found.get(syntax) or [])]
    products += [_product(node, url, "rdfa") for node in _rdfa_products(rdfa.get("rdfa") or [])]
    return [p for p in products if p.name or p.brand or p.mpn or p.gtin]


def _product_nodes(node: Any, depth: int = 0) -> Iterable[dict[str, Any]]:
    """Objects typed as products, at any depth (``@graph``, lists, an ``ItemPage``'s
    ``mainEntity``); a product's own offers and variants are not searched further."""
    if depth > 2 * _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _product_nodes(item, depth + 1)
    elif isinstance(node, dict):
        if _types(node) & _PRODUCT_TYPES:
            yield node
            return
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _product_nodes(value, depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def _rdfa_products(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """RDFa's expanded graph (full property IRIs, linked blank nodes) as plain objects."""
    by_id = {node.get("@id"): node for node in nodes if isinstance(node, dict)}
    products = [_plain(node, by_id, 0) for node in nodes
                if isinstance(node, dict) and _types(node) & _PRODUCT_TYPES]
    # Blank-node names are random: order by what the products say, so every run agrees.
    return sorted(products, key=lambda p: (str(p.get("name")), str(p.get("sku"))))


def _plain(node: dict[str, Any], by_id: dict[Any, dict[str, Any]], depth: int) -> dict[str, Any]:
    plain: dict[str, Any] = {"@type": sorted(_types(node))}
    for key, values in node.items():
        if key.startswith("@") or not isinstance(values, list):
            continue
        name = key.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        converted = []
        for value in values:
            if not isinstance(value, dict):
                continue
            if "@value" in value:
                converted.append(value["@value"])
            elif value.get("@id") in by_id and depth < _MAX_DEPTH:
                converted.append(_plain(by_id[value["@id"]], by_id, depth + 1))
            elif value.get("@id"):
                converted.append(value["@id"])
        if converted:
            plain[name] = converted[0] if len(converted) == 1 else converted
    return plain


def _product(node: dict[str, Any], url: str, syntax: str) -> ProductData:
    price, currency = offer_price(node.get("offers"))
    description = _text(node.get("description"))
    return ProductData(
        url=url, syntax=syntax, name=_text(node.get("name")), brand=_name_of(node.get("brand"))
        or _name_of(node.get("manufacturer")), model=_name_of(node.get("model")),
        mpn=_text(node.get("mpn")), gtin=next((_text(node[k]) for k in _GTINS if node.get(k)),
                                               None),
        sku=_text(node.get("sku")), price=price, currency=currency,
        description=description[:_MAX_DESCRIPTION] if description else None,
        material=_text(node.get("material")),
    )


def _text(value: Any) -> str | None:
    """A value as one clean line of text (the first of a list)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | int | float) and str(v).strip()),
                     None)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def _name_of(value: Any) -> str | None:
    """A brand, manufacturer or model: written as text, or an object (``Brand``,
    ``Organization``, ``ProductModel``) with a ``name``."""
    if isinstance(value, list):
        return next((n for n in (_name_of(v) for v in value) if n), None)
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def offer_price(offers: Any) -> tuple[float | None, str | None]:
    """The price a product's offers start from, as shops show it ("from 5.29"): the lowest of
    its ``Offer`` prices (their own, or their ``priceSpecification``'s) and ``AggregateOffer``
    ``lowPrice``s, among those in the currency of the first priced offer."""
    listed = offers if isinstance(offers, list) else [offers]
    priced: list[tuple[float, str | None]] = []
    for offer in (o for o in listed if isinstance(o, dict)):
        spec = offer.get("priceSpecification")
        spec = spec[0] if isinstance(spec, list) and spec else spec
        spec = spec if isinstance(spec, dict) else {}
        amount = _amount(offer.get("price", spec.get("price")))
        if amount is None:
            amount = _amount(offer.get("lowPrice"))
        if amount is not None:
            code = currency_code(_text(offer.get("priceCurrency") or spec.get("priceCurrency")))
            priced.append((amount, code))
    if not priced:
        return None, None
    currency = priced[0][1]
    return min(a for a, c in priced if c == currency), currency


def _amount(value: Any) -> float | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = _text(value)
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        parsed = parse_price(text)
        return float(parsed.amount) if parsed else None


# --- fetching a few pages ---------------------------------------------------------------------


class ProductPages:
    """The Product data of a few pages, fetched through the safe fetcher in parallel, all within
    ``budget_s`` (a page not read by then is left out); pages read lately are remembered."""

    def __init__(self, fetcher: SafeFetcher, max_pages: int = 3, budget_s: float = 5.0) -> None:
        self._fetcher = fetcher
        self.max_pages = max_pages
        self.budget_s = budget_s
        self._seen: OrderedDict[str, list[ProductData]] = OrderedDict()
        self._lock = threading.Lock()

    def read(self, links: Sequence[str]) -> list[ProductData]:
        wanted = list(dict.fromkeys(links))[: self.max_pages]
        if not wanted:
            return []
        results = {link: self._remembered(link) for link in wanted}
        missing = [link for link, known in results.items() if known is None]
        if missing:
            pool = ThreadPoolExecutor(max_workers=len(missing))
            futures = {pool.submit(self._read_one, link): link for link in missing}
            done, late = wait(futures, timeout=self.budget_s)
            # A late fetch is not waited for: it ends at the fetcher's own deadline.
            pool.shutdown(wait=False, cancel_futures=True)
            for future in done:
                products, problem = future.result()
                results[futures[future]] = products
                if problem:
                    logger.info("product page %s not read (%s)", futures[future], problem)
            if late:
                logger.info("%d product page(s) not read within %.1f s", len(late),
                            self.budget_s)
        return [p for link in wanted for p in results.get(link) or []]

    def _read_one(self, link: str) -> tuple[list[ProductData], str | None]:
        """The page's products, or none and why (logged by the caller, in its own thread)."""
        try:
            page = self._fetcher.fetch(link)
        except FetchError as exc:
            return [], exc.code
        products = read_products(page.body, page.url)
        with self._lock:
            self._seen[link] = products
            while len(self._seen) > _CACHED_PAGES:
                self._seen.popitem(last=False)
        return products, None

    def _remembered(self, link: str) -> list[ProductData] | None:
        with self._lock:
            return self._seen.get(link)


# --- the rule ---------------------------------------------------------------------------------


def structured_identity(identity: Identity, products: Sequence[ProductData]) -> Identity:
    """The answer, weighed against the Product data of the matched pages.

    * A brand the titles named, stated as a product's brand: the answer stands, and a model
      the titles did not find is taken from that product (its ``model``, else its ``mpn``).
    * Otherwise a brand stated on two sites, or on its own site ("puma.com" for PUMA),
      becomes the producer, with that product's model; its confidence is unknown (None),
      since no development data measured such answers yet.
    * Anything else leaves the answer as it was.
    """
    branded = [p for p in products if p.brand and slug(p.brand)]
    if not branded:
        return identity
    if identity.producer:
        agreeing = [p for p in branded if _same_name(p.brand or "", identity.producer)]
        if agreeing:
            model = identity.model or next((m for m in map(_model_of, agreeing) if m), None)
            return identity.model_copy(update={"model": model})
    sites: dict[str, set[str]] = {}
    for product in branded:
        sites.setdefault(slug(product.brand or ""), set()).add(product.site)
    votes = Counter({brand: len(s) for brand, s in sites.items()})
    for brand, count in votes.most_common():
        stated = [p for p in branded if slug(p.brand or "") == brand]
        own_site = any(site_match(slug(domain_name(p.url)), name_parts(p.brand or "")) > 0
                       for p in stated)
        if count >= 2 or own_site:
            name = Counter(p.brand for p in stated).most_common(1)[0][0]
            model = next((m for m in map(_model_of, stated) if m), None)
            return Identity(producer=name, model=model, confidence=None)
    return identity


def _same_name(a: str, b: str) -> bool:
    """One name is the other, or its first words ("Burton" / "Burton Snowboards"; not "Apple" /
    "Applebee's"), compared as slugs ("H&M" / "H & M")."""
    x, y = name_parts(a), name_parts(b)
    if not x or not y:
        return False
    if "".join(x) == "".join(y):
        return True
    shorter, longer = sorted((x, y), key=len)
    return longer[: len(shorter)] == shorter


def _model_of(product: ProductData) -> str | None:
    return product.model or product.mpn


# --- the analyst ------------------------------------------------------------------------------


class StructuredDataAnalyst:
    """Another analyst's answers, checked against schema.org Product data (implements
    ``Analyst``): the top matched pages (at most ``pages.max_pages``, second-hand listings
    left out) for producer and model, the producer's page for the retail price."""

    def __init__(self, inner: Any, pages: ProductPages,
                 marketplace_domains: Sequence[str] | None = None) -> None:
        self._inner = inner
        self._pages = pages
        self._marketplaces = list(marketplace_domains) if marketplace_domains else None

    def identify(self, image: StagedImage, matches: list[LensMatch],
                 hint: str | None = None) -> Identity:
        # The hint goes on to the analyst inside (only when there is one, as the stage asks).
        first = self._inner.identify(image, matches, **({"hint": hint} if hint else {}))
        return structured_identity(first, self._pages.read(self.product_links(matches)))

    def explain(self, matches: list[LensMatch], hint: str | None = None) -> dict[str, Any]:
        return self._inner.explain(matches, **({"hint": hint} if hint else {}))

    def product_links(self, matches: list[LensMatch]) -> list[str]:
        """The pages worth reading: listings in Lens's order, shops of new goods first-hand."""
        return [m.link for m in matches if m.is_listing and m.link.startswith(("http://",
                                                                               "https://"))
                and not is_second_hand(m.link, m.title, self._marketplaces)]

    def producer_page(self, identity: Identity, matches: list[LensMatch]) -> ProducerPage:
        return self._inner.producer_page(identity, matches)

    def retail_details(self, identity: Identity, page: ProducerPage,
                       matches: list[LensMatch]) -> RetailDetails:
        details = self._inner.retail_details(identity, page, matches)
        stated = [p for p in self._pages.read([page.link])
                  if not p.brand or not identity.producer
                  or _same_name(p.brand, identity.producer)]
        priced = next((p for p in stated if p.price is not None and p.currency), None)
        product = priced or (stated[0] if stated else None)
        if product is None:
            return details
        return details.model_copy(update={
            "price": product.price if priced else details.price,
            "currency": product.currency if priced else details.currency,
            "original_name": product.name or details.original_name,
            "description": product.description or details.description,
            "material": product.material or details.material,
        })
