"""Saved marketplace search pages to listings (pure, no I/O): eBay's and Amazon's result pages.

An operator may save a search page instead of an API answer; ``tools.price`` and the pricing
evaluation read them with these rules (the layouts as the pages show them):

- eBay (``/sch/i.html``): results are ``li.s-item`` (2023 layout) or ``li.s-card`` (2025 layout),
  not nested in one another; the title is ``.s-card__title`` / ``.s-item__title`` without its
  "New Listing" badge and "Opens in a new window or tab"; the price the first number of
  ``.s-card__price`` / ``.s-item__price`` (a range's low end); the condition ``.s-card__subtitle``
  / ``.SECONDARY_INFO``; a caption with a day ("Sold Jan 9, 2026", in any language) marks a
  sale; eBay's "Shop on eBay" placeholder tile is no listing.
- Amazon (``/s?k=``): results are ``div[data-component-type="s-search-result"]``; the title is its
  ``h2`` elements (their ``aria-label`` when present) joined; the price the first
  ``span.a-price:not(.a-text-price) span.a-offscreen`` (not the crossed-out list price); Amazon
  sells new goods, so these are asking prices of new items.

A price's currency is the one its text writes, read with the page's own currency where a mark is
shared ("$" on eBay Singapore is SGD): ``default_currency``.
"""

from __future__ import annotations

import re
from typing import Any

from chalicelib.providers.pricing.listings import Listing, day_of
from chalicelib.providers.pricing.prices import parse_price

_SOLD = re.compile(r"\bSold\s+(.+)$")
_PLACEHOLDER = "Shop on eBay"


def is_ebay_page(text: str) -> bool:
    return bool(re.search(r"\bs-(?:item|card)__(?:title|price)", text[:3_000_000]))


def is_amazon_page(text: str) -> bool:
    return 'data-component-type="s-search-result"' in text


def ebay_page(text: str, default_currency: str = "USD") -> list[Listing]:
    """Listings of a saved eBay search page (see the module docstring)."""
    page = _parse(text)
    results = page.xpath('//li[(contains(concat(" ", normalize-space(@class), " "), " s-item ") '
                         'or contains(concat(" ", normalize-space(@class), " "), " s-card ")) '
                         'and not(ancestor::li[contains(@class, "s-item") '
                         'or contains(@class, "s-card")])]')
    out = []
    for li in results:
        title = _title(li)
        if not title or title == _PLACEHOLDER:
            continue
        amount, currency = price_of(_text(li, "s-card__price") or _text(li, "s-item__price"),
                                    default_currency)
        links = li.xpath('.//a[contains(@href, "/itm/")]/@href')
        caption = _text(li, "s-card__caption") or _text(li, "s-item__caption") or _text(
            li, "POSITIVE")
        # A sold-listings page captions each result "Sold <day>" in the site's language
        # ("Verkauft", "販売済み"); a caption with a day is a sale.
        sold_at = day_of(caption)
        out.append(Listing(
            title=title, price=amount, currency=currency,
            link=str(links[0]) if links else "",
            condition=(_text(li, "s-card__subtitle") or _text(li, "SECONDARY_INFO")) or None,
            sold=bool(sold_at or _SOLD.search(caption)), sold_at=sold_at, source="ebay",
        ))
    return out


def amazon_page(text: str, default_currency: str = "USD") -> list[Listing]:
    """Listings of a saved Amazon search page (see the module docstring); all new goods."""
    page = _parse(text)
    out = []
    for result in page.xpath('//div[@data-component-type="s-search-result"]'):
        heads = [h.get("aria-label") or " ".join(" ".join(h.itertext()).split())
                 for h in result.xpath(".//h2")]
        title = re.sub(r"^Sponsored Ad - ", "", " ".join(h for h in heads if h)).strip()
        if not title:
            continue
        prices = result.xpath('.//span[contains(concat(" ", normalize-space(@class), " "), '
                              '" a-price ") and not(contains(@class, "a-text-price"))]'
                              '//span[contains(@class, "a-offscreen")]')
        amount, currency = price_of(" ".join(prices[0].itertext()) if prices else "",
                                    default_currency)
        links = result.xpath('.//h2/ancestor::a/@href | .//a[h2]/@href | .//a[contains(@class, '
                             '"a-link-normal")]/@href')
        asin = result.get("data-asin") or ""
        link = str(links[0]) if links else ""
        out.append(Listing(title=title, price=amount, currency=currency,
                           link=link or f"https://www.amazon.com/dp/{asin}", condition="New",
                           source="amazon"))
    return out


def price_of(text: str, default_currency: str) -> tuple[float | None, str | None]:
    """The first number of a price text (a range's low end) and its currency, read by
    ``parse_price`` ("1.299 kr" is 1299, "399,99 €" is 399.99)."""
    text = " ".join(text.split())
    parsed = parse_price(text.split(" to ")[0].split("～")[0], default_currency)
    if parsed is None:
        return None, None
    currency = parsed.currency or default_currency
    return (parsed.amount if parsed.amount > 0 else None), currency


def _parse(text: str) -> Any:
    import lxml.html  # only saved pages need it

    return lxml.html.fromstring(text)


def _title(li: Any) -> str:
    found = li.xpath('.//*[contains(concat(" ", normalize-space(@class), " "), " s-card__title ")]'
                     ) or li.xpath('.//*[contains(concat(" ", normalize-space(@class), " "), '
                                   '" s-item__title ")]')
    if not found:
        return ""
    node = found[0]
    parts = []
    for piece in node.iter():
        if not isinstance(piece.tag, str):  # a comment: its text is markup, its tail is not
            if piece.tail and not _inside_removed(piece.getparent(), node):
                parts.append(piece.tail)
            continue
        classes = f" {piece.get('class') or ''} "
        if any(c in classes for c in (" LIGHT_HIGHLIGHT ", " s-card__new-listing ", " clipped ")):
            continue
        if piece.text and not _inside_removed(piece, node):
            parts.append(piece.text)
        if piece is not node and piece.tail and not _inside_removed(piece.getparent(), node):
            parts.append(piece.tail)
    return listing_title(" ".join(parts))


# What eBay adds to a result's title for its page, not the seller's words: the "New Listing"
# badge before it and the screen-reader suffix after it (localised). Scrapers that save a
# title's text glue both on ("New ListingCGC 9.8 Spectacular Spider-Man #97Opens in a new
# window or tab").
_BADGE = re.compile(r"^\s*New Listing\s*", re.IGNORECASE)
_SCREEN_READER = re.compile(
    r"\s*(?:Opens in a new window or tab|Wird in neuem Fenster oder Tab geöffnet"
    r"|Se abre en una nueva ventana o pestaña)\s*$")


def listing_title(text: str) -> str:
    """An eBay result's title as its seller wrote it: eBay's badge and screen-reader suffix
    removed, white space collapsed."""
    return " ".join(_SCREEN_READER.sub("", _BADGE.sub("", " ".join(text.split()))).split())


def _inside_removed(element: Any, root: Any) -> bool:
    while element is not None and element is not root:
        classes = f" {element.get('class') or ''} "
        if any(c in classes for c in (" LIGHT_HIGHLIGHT ", " s-card__new-listing ", " clipped ")):
            return True
        element = element.getparent()
    return False


def _text(element: Any, css_class: str) -> str:
    found = element.xpath(f'.//*[contains(concat(" ", normalize-space(@class), " "), '
                          f'" {css_class} ")]')
    return " ".join(" ".join(found[0].itertext()).split()) if found else ""
