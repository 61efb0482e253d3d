"""Marketplace answers to listings (pure, no I/O): eBay Browse, eBay Finding, SerpApi's eBay engine.

Each reader takes the decoded JSON of one answer and returns ``Listing`` values in the answer's
order; ``read_answer`` detects the format from the content (the keys each API answers with):

- eBay Browse API (``GET /buy/browse/v1/item_summary/search``): ``itemSummaries``, each with
  ``title``, ``price {value, currency}``, ``itemWebUrl``, ``condition``; active listings.
- eBay Finding API (``findCompletedItems``, ``findItemsByKeywords``, ``findItemsAdvanced``):
  ``<operation>Response[0].searchResult[0].item``, every field a one-element list;
  ``sellingStatus[0].sellingState[0] == "EndedWithSales"`` marks a sale, ``listingInfo[0].endTime``
  its day.
- the Finding API's XML answer (the same fields as elements), and saved eBay or Amazon search
  pages (``pages``): ``read_text`` tells them apart.
- SerpApi's eBay engine (``engine=ebay``): ``organic_results``, each with ``title``, ``link``,
  ``condition``, ``price {raw, extracted}`` (or ``{from, to}`` for a range: the lower bound is
  read); with ``LH_Sold=1`` the results are sold listings, whose sale day is read from
  ``sold_date`` when present.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from chalicelib.providers.pricing.prices import parse_price

AnswerFormat = Literal["ebay-browse", "ebay-finding", "ebay-finding-xml", "ebay-search-html",
                       "amazon-search-html", "serpapi-ebay"]
Source = Literal["lens", "ebay", "serpapi-ebay", "amazon"]


class UnknownAnswer(ValueError):
    """The document is none of the marketplace answers this module reads."""


@dataclass(frozen=True)
class Listing:
    """One marketplace listing, as read from an answer."""

    title: str
    price: float | None
    currency: str | None
    link: str
    condition: str | None = None
    sold: bool = False
    sold_at: str | None = None  # ISO day of the sale
    source: Source = "ebay"


def detect(document: Any) -> AnswerFormat:
    """Which marketplace answered this document (``UnknownAnswer`` if none)."""
    if not isinstance(document, dict):
        raise UnknownAnswer("a marketplace answer is a JSON object")
    if "itemSummaries" in document or str(document.get("href", "")).find("item_summary") >= 0:
        return "ebay-browse"
    if any(key.endswith("Response") and key.startswith("find") for key in document):
        return "ebay-finding"
    engine = (document.get("search_parameters") or {}).get("engine")
    if "organic_results" in document or engine == "ebay":
        return "serpapi-ebay"
    raise UnknownAnswer("not an eBay Browse, eBay Finding or SerpApi eBay answer")


def read_answer(document: Any, default_currency: str = "USD") -> tuple[AnswerFormat, list[Listing]]:
    """The format and the listings of any answer this module reads."""
    kind = detect(document)
    reader = {"ebay-browse": from_browse, "ebay-finding": from_finding,
              "serpapi-ebay": from_serpapi_ebay}[kind]
    return kind, reader(document, default_currency)


def read_text(text: str, default_currency: str = "USD") -> tuple[AnswerFormat, list[Listing]]:
    """The format and listings of a saved answer as text: JSON (Browse, Finding, SerpApi eBay),
    the Finding API's XML, or an eBay search page's HTML (``UnknownAnswer`` otherwise)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    document = load_document(stripped)
    if document is not None:
        return read_answer(document, default_currency)
    if stripped.startswith("<?xml") or re.match(r"<find\w+Response\b", stripped):
        return "ebay-finding-xml", from_finding_xml(stripped, default_currency)
    from chalicelib.providers.pricing import pages  # lxml, for saved pages only

    if pages.is_amazon_page(stripped):
        return "amazon-search-html", pages.amazon_page(stripped, default_currency)
    if pages.is_ebay_page(stripped):
        return "ebay-search-html", pages.ebay_page(stripped, default_currency)
    raise UnknownAnswer("neither JSON, the Finding API's XML nor an eBay search page")


def load_document(text: str) -> Any:
    """The JSON document of a saved answer: JSON, or a JSON answer pasted into source code as a
    literal ("response = {...}", read as a Python literal: no code runs, True/False/None are
    read too); None when the text is neither (XML, HTML)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    assigned = _ASSIGNED.match(stripped)
    if assigned:
        try:
            return ast.literal_eval(stripped[assigned.end() - 1:].strip())
        except (ValueError, SyntaxError) as exc:
            raise UnknownAnswer(f"not a literal answer: {exc}") from exc
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(stripped)
        except ValueError as exc:
            raise UnknownAnswer(f"not valid JSON: {exc}") from exc
    return None


def from_finding_xml(text: str, default_currency: str = "USD") -> list[Listing]:
    """Listings of a Finding API XML answer (namespaced elements, read by local name)."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise UnknownAnswer(f"not well-formed XML: {exc}") from exc
    return [listing for item in root.iter() if _local(item.tag) == "item"
            if (listing := _finding_item(_xml_dict(item), default_currency)) is not None]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_dict(element: ElementTree.Element) -> dict[str, Any]:
    """An element as the JSON Finding answer has it: each child a one-element list, text as
    ``__value__`` and attributes as ``@name`` where there are attributes."""
    out: dict[str, Any] = {}
    for child in element:
        if len(child):
            value: Any = _xml_dict(child)
        elif child.attrib:
            value = {"__value__": (child.text or "").strip(),
                     **{f"@{k}": v for k, v in child.attrib.items()}}
        else:
            value = " ".join((child.text or "").split())
        out.setdefault(_local(child.tag), []).append(value)
    return out


_ASSIGNED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\s*=\s*[{\[]")
def from_browse(document: dict[str, Any], default_currency: str = "USD") -> list[Listing]:
    """Listings of an eBay Browse ``item_summary/search`` answer (active listings)."""
    out = []
    for item in document.get("itemSummaries") or []:
        if not isinstance(item, dict) or not item.get("title"):
            continue
        price = item.get("price") or item.get("currentBidPrice") or {}
        out.append(Listing(
            title=str(item["title"]),
            price=_number(price.get("value")),
            currency=str(price.get("currency") or default_currency).upper(),
            link=str(item.get("itemWebUrl") or item.get("itemHref") or ""),
            condition=item.get("condition"),
            source="ebay",
        ))
    return out


def from_finding(document: dict[str, Any], default_currency: str = "USD") -> list[Listing]:
    """Listings of an eBay Finding answer; ended listings with sales are ``sold``."""
    out = []
    for key, response in document.items():
        if not (key.startswith("find") and key.endswith("Response")):
            continue
        for result in _list(response):
            for search in _list(result.get("searchResult")):
                for item in _list(search.get("item")):
                    listing = _finding_item(item, default_currency)
                    if listing is not None:
                        out.append(listing)
    return out


def _finding_item(item: dict[str, Any], default_currency: str) -> Listing | None:
    title = _first(item, "title")
    if not title:
        return None
    status = _first_dict(item, "sellingStatus")
    price = _first_dict(status, "convertedCurrentPrice") or _first_dict(status, "currentPrice")
    state = _first(status, "sellingState")
    info = _first_dict(item, "listingInfo")
    sold = state == "EndedWithSales"
    return Listing(
        title=str(title),
        price=_number(price.get("__value__")),
        currency=str(price.get("@currencyId") or default_currency).upper(),
        link=str(_first(item, "viewItemURL") or ""),
        condition=_first(_first_dict(item, "condition"), "conditionDisplayName"),
        sold=sold,
        sold_at=day_of(_first(info, "endTime")) if sold else None,
        source="ebay",
    )


def from_serpapi_ebay(document: dict[str, Any], default_currency: str = "USD") -> list[Listing]:
    """Listings of a SerpApi eBay answer; with ``LH_Sold=1`` each is a sale."""
    parameters = document.get("search_parameters") or {}
    sold = str(parameters.get("LH_Sold", "")) == "1" or str(parameters.get("show_only", "")
                                                          ).lower() == "sold"
    out = []
    for row in document.get("organic_results") or []:
        if not isinstance(row, dict) or not row.get("title"):
            continue
        amount, currency = _serpapi_price(row.get("price"), default_currency)
        out.append(Listing(
            title=str(row["title"]),
            price=amount,
            currency=currency,
            link=str(row.get("link") or ""),
            condition=row.get("condition"),
            sold=sold,
            sold_at=day_of(row.get("sold_date") or row.get("date")) if sold else None,
            source="serpapi-ebay",
        ))
    return out


def _serpapi_price(price: Any, default_currency: str) -> tuple[float | None, str | None]:
    """``{raw, extracted}`` or a range ``{from: {...}, to: {...}}`` (the lower bound)."""
    if not isinstance(price, dict):
        return None, None
    if "from" in price and isinstance(price["from"], dict):
        price = price["from"]
    parsed = parse_price(str(price.get("raw") or ""), default_currency)
    amount = _number(price.get("extracted"))
    if amount is None and parsed is not None:
        amount = parsed.amount
    return amount, (parsed.currency if parsed and parsed.currency else default_currency)


def _list(value: Any) -> list[Any]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _first(container: Any, key: str, default: Any = None) -> Any:
    """The Finding API's one-element lists: ``{"title": ["x"]}`` -> "x"."""
    if not isinstance(container, dict):
        return default
    value = container.get(key)
    if isinstance(value, list):
        return value[0] if value else default
    return value if value is not None else default


def _first_dict(container: Any, key: str) -> dict[str, Any]:
    value = _first(container, key)
    return value if isinstance(value, dict) else {}


def _number(value: Any) -> float | None:
    try:
        number = float(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


_MONTH_DAY = re.compile(r"([A-Z][a-z]{2})\s+(\d{1,2}),?\s+(\d{4})")


def day_of(text: Any) -> str | None:
    """An ISO day from "2025-05-31T18:02:11.000Z" or "Sold  May 31, 2025"; else None."""
    if not text:
        return None
    value = str(text)
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    match = _MONTH_DAY.search(value)
    if match:
        try:
            return datetime.strptime(" ".join(match.groups()), "%b %d %Y").date().isoformat()
        except ValueError:
            return None
    return None
