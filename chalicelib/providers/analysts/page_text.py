"""The readable part of a product page: its title, main text and structured product data (no I/O).

The main text comes from ``trafilatura``, which drops navigation, footers, cookie banners and
other boilerplate; tables stay in, since specifications usually live there. Shops also describe
their products as schema.org JSON-LD (``Product`` with ``offers``), which states price, currency
and material more reliably than the visible text; those objects are kept, trimmed to the fields a
reader of retail details needs. Everything is cut to a size a model prompt can carry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from aws_lambda_powertools import Logger
from lxml.etree import ParserError

from chalicelib.observability import SERVICE

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

DEFAULT_MAX_CHARS = 12_000
_PRODUCT_TYPES = {"Product", "ProductGroup", "IndividualProduct", "ProductModel"}
_PRODUCT_FIELDS = (
    "@type", "name", "brand", "manufacturer", "model", "sku", "mpn", "gtin13", "gtin", "color",
    "material", "size", "weight", "description", "category", "offers", "additionalProperty",
)
_OFFER_FIELDS = ("@type", "price", "lowPrice", "highPrice", "priceCurrency", "availability",
                 "itemCondition", "priceSpecification")
_MAX_PRODUCTS = 3


@dataclass(frozen=True)
class PageText:
    """What a page says about its item, ready to hand to a reader."""

    title: str | None
    text: str
    products: list[dict[str, Any]] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.products)


def page_text(html: bytes | str, url: str | None = None,
              max_chars: int = DEFAULT_MAX_CHARS) -> PageText:
    """The title, main text (at most ``max_chars``) and JSON-LD products of an HTML page."""
    if not html:
        return PageText(None, "")
    text = _main_text(html, url)
    return PageText(_title(html, url), _cut(text, max_chars), product_data(html))


def _main_text(html: bytes | str, url: str | None) -> str:
    """trafilatura's main text; its plain-text rendering of the whole page when it finds none."""
    try:
        text = trafilatura.extract(
            html, url=url, include_tables=True, include_comments=False, favor_recall=True,
            output_format="txt",
        )
        return text or trafilatura.html2txt(html) or ""
    except (ValueError, TypeError, ParserError) as exc:
        logger.warning("page text could not be extracted: %s", exc)
        return ""


def _title(html: bytes | str, url: str | None) -> str | None:
    try:
        document = trafilatura.extract_metadata(_as_text(html), default_url=url)
    except (ValueError, TypeError, ParserError):
        return None
    return document.title if document is not None and document.title else None


def product_data(html: bytes | str) -> list[dict[str, Any]]:
    """schema.org products declared as JSON-LD, trimmed to the fields retail details need."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, ParserError):
        return []
    products = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            document = json.loads(script.text_content() or "null")
        except json.JSONDecodeError:
            continue  # shops ship broken JSON-LD often enough; the text still helps
        products.extend(_trimmed(p) for p in _products(document))
    return products[:_MAX_PRODUCTS]


def _products(node: Any) -> Iterator[dict[str, Any]]:
    """Every object typed as a product, at any depth (``@graph``, lists, nested offers)."""
    if isinstance(node, list):
        for item in node:
            yield from _products(item)
    elif isinstance(node, dict):
        kinds = node.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if kinds & _PRODUCT_TYPES:
            yield node
            return
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _products(value)


def _trimmed(product: dict[str, Any]) -> dict[str, Any]:
    kept = {key: product[key] for key in _PRODUCT_FIELDS if key in product}
    offers = kept.get("offers")
    if isinstance(offers, dict):
        kept["offers"] = _offer(offers)
    elif isinstance(offers, list):
        kept["offers"] = [_offer(o) for o in offers[:3] if isinstance(o, dict)]
    if isinstance(kept.get("description"), str):
        kept["description"] = _cut(kept["description"], 1500)
    return kept


def _offer(offer: dict[str, Any]) -> dict[str, Any]:
    return {key: offer[key] for key in _OFFER_FIELDS if key in offer}


def _as_text(html: bytes | str) -> str:
    return html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html


def _cut(text: str, max_chars: int) -> str:
    """At most ``max_chars``, cut at a line or word boundary when one is near."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    return cut[:boundary] if boundary > max_chars * 0.8 else cut
