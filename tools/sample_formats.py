"""Readers for the saved answers in ``samples/evaluation/real/``: each turns one file into the
``LensMatch``es the analyst reads, by the answer key's ``format`` (see that folder's README).

Lens answers go through the project's own converters (``from_serpapi_answer``, the results-page
parser), so the evaluation reads them exactly as the service does. A marketplace title set (the
listings a marketplace or shopping search returned for one item) becomes matches with a title,
link, source and price, as Lens would show them.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html

from chalicelib.providers.lens.lens_page import read_results
from chalicelib.providers.lens.matches import from_serpapi_answer
from chalicelib.providers.pricing.listings import Listing, from_browse, from_serpapi_ebay
from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.providers.pricing.pages import ebay_page, listing_title
from chalicelib.providers.pricing.prices import currency_code, parse_price
from chalicelib.wire import LensMatch

# The address a saved Lens page is read against when the key gives none (relative links).
LENS_PAGE_URL = "https://lens.google.com/search"


class UnknownFormat(ValueError):
    """The answer key names a format no reader here knows."""


def read_sample(path: Path, fmt: str, page_url: str | None = None) -> list[LensMatch]:
    """The matches of one saved answer, read as its format says."""
    try:
        reader = READERS[fmt]
    except KeyError:
        raise UnknownFormat(f"{path.name}: no reader for format {fmt!r} "
                            f"(known: {', '.join(sorted(READERS))})") from None
    if fmt == "lens-results-page":
        return read_lens_page(path.read_text("utf-8"), page_url or LENS_PAGE_URL)
    if fmt == "lingolens-report":
        return read_lingolens_report(path.read_text("utf-8"))
    if fmt == "ebay-search-page":
        return read_ebay_search_page(path.read_bytes())
    if fmt in PYTHON_LITERAL_FORMATS:
        # an answer an app kept as a Python dict in its source (True/False/None, not JSON),
        # read as the literal it is and never run
        return reader(ast.literal_eval(path.read_text("utf-8")))
    if fmt in JSON_LINES_FORMATS:
        # a scraper's pipeline that wrote json.dumps(item) and a newline for each listing
        return reader([json.loads(line) for line in path.read_text("utf-8").splitlines()
                       if line.strip()])
    if fmt in HEADERLESS_CSV_FORMATS:
        # a spreadsheet export written without its header row: columns by position
        return reader(list(csv.reader(io.StringIO(_csv_text(path.read_bytes()), newline=""))))
    if fmt in CSV_FORMATS:
        # a scraper's spreadsheet export: one row per listing under a header row
        return reader(list(csv.DictReader(io.StringIO(_csv_text(path.read_bytes()),
                                                      newline=""))))
    return reader(json.loads(path.read_text("utf-8")))


def _csv_text(data: bytes) -> str:
    """A CSV export's text: UTF-8, or where a spreadsheet tool on Windows wrote it (R's
    ``write.csv``), the Windows code page (the byte 0xE9 of "Home Décor" is é there)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def read_serpapi_lens(document: Any) -> list[LensMatch]:
    """A SerpApi ``google_lens`` answer (visual and exact matches, card, related searches)."""
    return from_serpapi_answer(_object(document))


def read_serpapi_lens_matches(document: Any) -> list[LensMatch]:
    """A bare list of SerpApi ``google_lens`` visual matches, as an app saved them."""
    return from_serpapi_answer({"visual_matches": document if isinstance(document, list) else []})


def read_lens_page(html: str, url: str = LENS_PAGE_URL) -> list[LensMatch]:
    """A saved Google Lens results page, as the google-lens provider reads it in the browser."""
    page = read_results(html, url)
    return page.matches + page.related


def read_lingolens_report(html: str) -> list[LensMatch]:
    """An HTML report of Google Lens searches made by lingolens (one search per interface
    language): each result is the found picture (``img.result``) followed by a link whose
    text is the language tag (``<span>[RU]</span>``) and the page's address. The report keeps
    no page titles, so the address stands as the title, as it is all a reader of the report
    sees."""
    document = lxml.html.fromstring(html)
    matches = []
    for picture in document.xpath("//img[contains(concat(' ', normalize-space(@class), ' '),"
                                  " ' result ')]"):
        anchor = next(iter(picture.xpath("following-sibling::a[@href][1]")), None)
        if anchor is None:
            continue
        tags = "".join(span.text_content() for span in anchor.xpath("span"))
        address = anchor.text_content()[len(tags):].strip() or anchor.get("href")
        matches.append(_listing(address, anchor.get("href"), None, None, None,
                                picture.get("src")))
    return matches


def read_apify_lens_items(document: Any) -> list[LensMatch]:
    """Rows of an Apify Google Lens actor's dataset kept as ``{"items": [{title, source, url,
    price, currency}]}``: ``price`` is a number, ``currency`` the actor's text for it ("UYU",
    "US$"; one that names no currency, such as ".", leaves the amount without one)."""
    return [_listing(raw.get("title"), raw.get("url"), raw.get("source"),
                     {"extracted": raw.get("price"), "currency": raw.get("currency")}, None,
                     raw.get("thumbnail"))
            for raw in _dicts(_object(document).get("items"))]


def read_lens_link_list(document: Any) -> list[LensMatch]:
    """A Google Lens page scraper's visual matches printed as a Python list of ``{href, label,
    thumbnail}`` (each card's link, its text and its picture): the label is the title and the
    link's registered domain the source; the scraper kept no prices."""
    items = document if isinstance(document, list) else []
    return [_listing(raw.get("label"), raw.get("href"), None, None, None, raw.get("thumbnail"))
            for raw in items if isinstance(raw, dict) and raw.get("label")]


def read_lens_product_cards(document: Any) -> list[LensMatch]:
    """A Google Lens page scraper's (Selenium) cards saved as a list of ``{"Product
    Description", "Product Link", "Product Company", "Product Price", ...}``: the description is
    the card's title and the company the site's name. The scraper keeps each field's last value
    when a card has none, so a card without a price repeats the price of the card before it;
    a price equal to the one before it is that carry-over, not the card's own, and is not
    read."""
    matches = []
    previous = None
    for raw in document if isinstance(document, list) else []:
        if not isinstance(raw, dict) or not raw.get("Product Description"):
            continue
        price = raw.get("Product Price") or None
        own_price = price if price != previous else None
        previous = price
        matches.append(_listing(raw["Product Description"], raw.get("Product Link"),
                                raw.get("Product Company"), own_price, None,
                                raw.get("Product Source Image2")))
    return matches


def read_serpapi_ebay(document: Any) -> list[LensMatch]:
    """A SerpApi ``ebay`` answer, read as the pricing stage reads it."""
    return [_as_match(listing) for listing in from_serpapi_ebay(_object(document))]


def read_ebay_browse(document: Any) -> list[LensMatch]:
    """An eBay Browse API ``item_summary/search`` answer, read as the pricing stage reads it."""
    return [_as_match(listing) for listing in from_browse(_object(document))]


def read_serpapi_shopping(document: Any) -> list[LensMatch]:
    """A SerpApi ``google_shopping`` answer: ``shopping_results`` (and ``inline_shopping_results``)
    with title, link or product_link, the shop as ``source`` and a price. The search's own
    query (``search_parameters.q``) is not read: it is what was asked, not what was found."""
    document = _object(document)
    return read_shopping_list(_dicts(document.get("shopping_results"))
                              + _dicts(document.get("inline_shopping_results")))


def read_shopping_list(document: Any) -> list[LensMatch]:
    """A bare list of SerpApi ``google_shopping`` results, as an app saved them."""
    return [_listing(raw.get("title"), _web_link(raw.get("link"), raw.get("product_link")),
                     raw.get("source"),
                     {"value": raw.get("price"), "extracted_value": raw.get("extracted_price")},
                     raw.get("second_hand_condition") or raw.get("condition"),
                     raw.get("thumbnail"))
            for raw in _dicts(document)]


def read_ebay_scrape(document: Any) -> list[LensMatch]:
    """A scraped eBay search page saved as a list of ``{title, price, link, image_url,
    status}`` (eBay's "Shop on eBay" template card left out, and the badge and screen-reader
    text eBay puts around a title: ``pricing.pages.listing_title``)."""
    return [_listing(title, raw.get("link"), "eBay", raw.get("price"), raw.get("status"),
                     raw.get("image_url"))
            for raw in _dicts(document) if (title := _seller_title(raw.get("title")))]


def read_ebay_search_page(html: bytes | str) -> list[LensMatch]:
    """A saved eBay search results page, read as ``tools.price`` reads one
    (``chalicelib.providers.pricing.pages``)."""
    text = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    return [_as_match(listing) for listing in ebay_page(text)]


def _as_match(listing: Listing) -> LensMatch:
    """A marketplace listing as Lens would show it: on eBay, with its price and condition."""
    return LensMatch(title=listing.title, link=listing.link, source="eBay", price=listing.price,
                     currency=listing.currency if listing.price is not None else None,
                     condition=listing.condition)


def read_searxng(document: Any) -> list[LensMatch]:
    """A SearXNG search answer (``format=json``): its ``results`` with title and url."""
    return [_listing(raw.get("title"), raw.get("url"), None, None, None,
                     raw.get("thumbnail") or raw.get("img_src"))
            for raw in _dicts(_object(document).get("results"))]


def read_listing_list(document: Any) -> list[LensMatch]:
    """A price-comparison app's merged listings: ``{title, price, url, marketplace,
    price_num}``."""
    return [_listing(raw.get("title"), raw.get("url"), raw.get("marketplace"),
                     {"raw": raw.get("price"), "extracted": raw.get("price_num")}, None, None)
            for raw in _dicts(document)]


def read_tracker_listings(document: Any) -> list[LensMatch]:
    """A deal tracker's merged listings: ``{source, price, condition, title, link}``."""
    return [_listing(raw.get("title"), raw.get("link"), raw.get("source"),
                     {"extracted": raw.get("price")}, raw.get("condition"), None)
            for raw in _dicts(document)]


def read_ebay_dl(document: Any) -> list[LensMatch]:
    """A course scraper's eBay results (``ebay-dl.py``): ``{name, price (integer cents; a few
    files call it item_price), status or item_status, ...}``, without links (the analyst
    counts listings without a link as their source's site); titles as their sellers wrote
    them (``pricing.pages.listing_title``). A scraper that kept the page's price text instead
    of cents (``"$149.95"``, a variation listing's range ``"$124.25 to $239.25"``) is read as
    text, a range at its low end as the page shows it first."""
    matches = []
    for raw in document if isinstance(document, list) else []:
        if not isinstance(raw, dict) or not (title := _seller_title(raw.get("name"))):
            continue
        cents = raw.get("price", raw.get("item_price"))
        price = ({"extracted": cents / 100} if isinstance(cents, int | float)
                 else cents if isinstance(cents, str) and cents.strip() else None)
        matches.append(_listing(title, "", "eBay", price,
                                raw.get("status") or raw.get("item_status"), None))
    return matches


def read_ebay_dl_csv(rows: Any) -> list[LensMatch]:
    """The same course scraper's CSV export (``ebay-dl.py --csv``): a header row ``name,
    price, status, shipping, free_returns, items_sold`` and one row per listing, the price in
    whole cents written as text (``"40800"`` is $408.00). Read as ``ebay-dl-json`` reads its
    list, the cents as the number they are; a price that is not whole cents is read as the
    page's text."""
    return read_ebay_dl([dict(raw, price=int(raw["price"]))
                         if isinstance(raw, dict) and isinstance(raw.get("price"), str)
                         and raw["price"].strip().isdigit() else raw
                         for raw in (rows if isinstance(rows, list) else [])])


def read_ebay_scrape_csv(rows: Any) -> list[LensMatch]:
    """A Scrapy spider's CSV export of one eBay search: rows of ``Name, Status, Price`` (and in
    some runs ``URL``), the price as the page showed it (``"$899.99"``; ``"R$ 1 984,43"`` where
    eBay showed itself in Portuguese). Titles as their sellers wrote them
    (``pricing.pages.listing_title``). A run appended to an earlier export writes the header
    row again inside the file; that row is no listing."""
    matches = []
    for raw in rows if isinstance(rows, list) else []:
        if not isinstance(raw, dict):
            continue
        if all(key == value for key, value in raw.items() if key is not None):
            continue  # the header row written again by an appended run
        if not (title := _seller_title(raw.get("Name"))):
            continue
        matches.append(_listing(title, _web_link(raw.get("URL")), "eBay",
                                raw.get("Price") or None, raw.get("Status") or None, None))
    return matches


def read_search_result_list(document: Any) -> list[LensMatch]:
    """A bare list of one search's results as a scraper or an API saved them, one object per
    listing with no wrapper: Craigslist, Facebook Marketplace, Grailed, Mercari, Buyee,
    Wallapop, Amazon (SerpApi's ``organic_results`` or a page scraper). Scrapers name the
    fields their own way, so the first present of each is read:

    * title: ``title`` / ``name`` / ``productname`` / ``titulo``;
    * link: ``link`` / ``url`` / ``href`` / ``listing_url`` (only an absolute address counts);
    * shop: ``source`` / ``website`` / ``shop_name`` / ``seller``, else the link's registered
      domain;
    * price: a ``price`` object ``{value, currency, raw}``, or the text of ``price`` /
      ``current_price`` / ``precio`` (``"$115"``) with the number of ``extracted_price`` /
      ``price`` / ``current_price`` / ``precio``, in the ``currency`` a listing names.

    A title that starts with its own price text (a card's text saved whole: "$115Nintendo
    switch oled") is read without it. Nested lists (a product's reviews) are not listings and
    are not read."""
    matches = []
    for raw in document if isinstance(document, list) else []:
        if not isinstance(raw, dict):
            continue
        title = _first(raw, "title", "name", "productname", "titulo")
        if not title:
            continue
        link = _web_link(*(raw.get(k) for k in ("link", "url", "href", "listing_url")))
        written = next((raw[k] for k in ("price", "current_price", "precio")
                        if isinstance(raw.get(k), str)), None)
        amount = next((raw[k] for k in ("extracted_price", "price", "current_price", "precio")
                       if isinstance(raw.get(k), int | float)
                       and not isinstance(raw.get(k), bool)), None)
        price = raw["price"] if isinstance(raw.get("price"), dict) else {
            "raw": written, "extracted": amount,
            "currency": raw["currency"] if isinstance(raw.get("currency"), str) else None}
        matches.append(_listing(_without_price(str(title), written), link,
                                _first(raw, "source", "website", "shop_name", "seller"),
                                price,
                                _first(raw, "condition"),
                                _first(raw, "thumbnail", "image", "image_url")))
    return matches


def read_cents_result_list(document: Any) -> list[LensMatch]:
    """A result list like ``search-result-list`` whose prices are whole cents (a browser
    extension's merged OfferUp, Craigslist, Mercari and ShopGoodwill listings: ``{type, name,
    price: 3000, url}`` for a $30.00 violin), read in units."""
    rows = [dict(raw, price=raw["price"] / 100)
            if isinstance(raw, dict) and isinstance(raw.get("price"), int)
            and not isinstance(raw.get("price"), bool) else raw
            for raw in (document if isinstance(document, list) else [])]
    return read_search_result_list(rows)


def _without_price(title: str, price: str | None) -> str:
    """A title without its listing's own price run into its start: a scraper that saves a
    card's text whole glues the price shown above the title onto it ("$115Nintendo switch
    oled", price "$115"), and the crossed-out price beside it when there is one
    ("$200$250Nintendo Switch", price "$200")."""
    shown = (price or "").strip()
    if not shown or not title.startswith(shown) or len(title) <= len(shown):
        return title
    rest = title[len(shown):]
    mark = re.match(r"\D+", shown)
    if mark:  # the old price, written with the same currency mark
        rest = re.sub(r"^" + re.escape(mark.group()) + r"\d[\d.,]*", "", rest)
    return rest.lstrip() or title


def read_shopify_products(document: Any) -> list[LensMatch]:
    """A Shopify storefront's product JSON for one search (``{"products": [...]}``, as the
    store's ``products.json`` gives it): each product's ``title`` with the first variant's
    ``price`` (text such as ``"279.00"``, in the store's currency, which the file does not
    name) and its first image. A product names no address of its own (its ``handle`` is a path
    on a store the file does not name), so the matches have no link. The product's ``vendor``
    is its maker as the store filed it, not a seller, and is not read: a reader of the results
    goes by the titles."""
    matches = []
    for raw in _object(document).get("products") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("title"), str) \
                or not raw["title"].strip():
            continue
        variants = [v for v in raw.get("variants") or [] if isinstance(v, dict)]
        images = [i for i in raw.get("images") or [] if isinstance(i, dict)]
        price = variants[0].get("price") if variants else None
        matches.append(_listing(raw["title"], "", "", price if isinstance(price, str) else None,
                                None, images[0].get("src") if images else None))
    return matches


def read_spider_lines(rows: Any) -> list[LensMatch]:
    """A Scrapy spider's items written one JSON object a line, with the spider's own field
    names (a camera shop's category: ``{"Name": " Sony a7 IV Mirrorless Camera Body", "Price":
    "£2,399.00", "Delivery type", "Product code", "Description"}``), read by their names as
    ``search-result-csv`` reads a header row's (``read_search_result_csv``): the title without
    the page's surrounding spaces, the price the page's text. The spider kept no addresses, so
    the matches have no link."""
    return read_search_result_csv(rows)


def read_mercadolibre_search(document: Any) -> list[LensMatch]:
    """A Mercado Libre search API answer (``/sites/MLA/search?q=``): its ``results`` with
    title, ``permalink``, a number ``price`` in ``currency_id`` and the item's ``condition``.
    The marketplace is the shop; a listing's ``seller`` is an object (its id and reputation,
    no shop name), and the search's own ``query`` is what was asked, not a result."""
    return [_listing(raw.get("title"), raw.get("permalink"), "Mercado Libre",
                     {"extracted": raw.get("price"), "currency": raw.get("currency_id")},
                     raw.get("condition"), raw.get("thumbnail"))
            for raw in _dicts(_object(document).get("results"))]


def read_ebay_finding(document: Any) -> list[LensMatch]:
    """An eBay Finding API search answer (``findItemsByKeywords``, JSON): ``searchResult[0].item``,
    where every field is a list of one value (``title: ["..."]``): title, ``viewItemURL``, the
    price of ``sellingStatus[0].currentPrice[0]`` (``{"@currencyId": "USD", "__value__":
    "42.99"}``) and ``condition[0].conditionDisplayName``. An answer still inside its
    ``findItemsByKeywordsResponse`` wrapper is read the same. The search's own address
    (``itemSearchURL``, holding the keywords) is what was asked, not a result."""
    document = _object(document)
    wrapped = [value for key, value in document.items() if key.endswith("Response")]
    if wrapped and isinstance(wrapped[0], list) and wrapped[0]:
        document = _object(wrapped[0][0])
    found = _one(document.get("searchResult"))
    matches = []
    for raw in _one(found).get("item", []) if isinstance(_one(found), dict) else []:
        if not isinstance(raw, dict) or not isinstance(_one(raw.get("title")), str):
            continue
        price = _one(_one(raw.get("sellingStatus")).get("currentPrice"))
        condition = _one(_one(raw.get("condition")).get("conditionDisplayName"))
        matches.append(_listing(_one(raw["title"]), _one(raw.get("viewItemURL")), "eBay",
                                {"raw": price.get("__value__"),
                                 "currency": price.get("@currencyId")}
                                if isinstance(price, dict) else None,
                                condition if isinstance(condition, str) else None,
                                _one(raw.get("galleryURL"))))
    return matches


def _one(value: Any) -> Any:
    """The single value eBay's Finding API wraps in a list (``["42.99"]``); an empty object
    where there is none, so a missing field reads as absent."""
    if isinstance(value, list):
        return value[0] if value else {}
    return value if value is not None else {}


def read_rainforest_search(document: Any) -> list[LensMatch]:
    """A Rainforest API Amazon search answer (``type=search``): its ``search_results`` with
    title, link and a ``price`` object, read like a result list; the request it echoes
    (``request_parameters.search_term``) is the query, not a result."""
    return read_search_result_list(_object(document).get("search_results"))

def _first(raw: dict[str, Any], *keys: str) -> Any:
    """The first of these fields that holds something (a blank string or a list holds nothing
    a title, link or price can be read from)."""
    for key in keys:
        value = raw.get(key)
        if isinstance(value, str) and value.strip() or isinstance(value, int | float) \
                and not isinstance(value, bool):
            return value
    return None


def _seller_title(text: Any) -> str | None:
    """A scraped eBay row's title as its seller wrote it (``pricing.pages.listing_title``
    takes off the badge and screen-reader text eBay puts around it), cleaned once; None for a
    row without one and for eBay's "Shop on eBay" placeholder card."""
    title = listing_title(text) if isinstance(text, str) else ""
    return title if title and not _placeholder(title) else None


def _placeholder(title: str) -> bool:
    """eBay's "Shop on eBay" template card, which scrapers of its pages save like a listing."""
    return title.strip().casefold() == "shop on ebay"


def read_bing_web(document: Any) -> list[LensMatch]:
    """A Bing Web Search API answer: ``webPages.value`` with ``name`` and ``url``."""
    pages = (_object(document).get("webPages") or {}).get("value")
    return [_listing(raw.get("name"), raw.get("url"), None, None, None, None)
            for raw in (pages if isinstance(pages, list) else [])
            if isinstance(raw, dict) and raw.get("name")]


def read_serpapi_google(document: Any) -> list[LensMatch]:
    """A SerpApi ``google`` web search answer: its ``inline_images`` and ``organic_results``
    (title, link, source); the query it was asked is not read."""
    document = _object(document)
    images = [_listing(raw.get("title"), raw.get("link") or raw.get("source"),
                       raw.get("source_name") or raw.get("source"), None, None,
                       raw.get("thumbnail"))
              for raw in _dicts(document.get("inline_images"))]
    results = [_listing(raw.get("title"), raw.get("link"), raw.get("source"),
                        (raw.get("rich_snippet") or {}).get("bottom", {}).get(
                            "detected_extensions", {}).get("price"), None, raw.get("thumbnail"))
               for raw in _dicts(document.get("organic_results"))]
    return images + results


def read_serpapi_images(document: Any) -> list[LensMatch]:
    """A SerpApi ``google`` images answer (``tbm=isch``): ``images_results`` with title, the
    page's ``link`` and its domain as ``source``; the query it was asked is not read."""
    return [_listing(raw.get("title"), raw.get("link"), raw.get("source"), None, None,
                     raw.get("thumbnail"))
            for raw in _dicts(_object(document).get("images_results"))]


def _web_link(*links: Any) -> str:
    """The first address that is one ("#" is a placeholder some saved answers hold)."""
    return next((str(link) for link in links if isinstance(link, str)
                 and link.startswith(("http://", "https://"))), "")


def read_search_result_csv(rows: Any) -> list[LensMatch]:
    """A scraper's CSV export of one marketplace search or category page (an Etsy category
    saved by an R scraper: ``Name_of_product, price, delivery_cost, ..., seller_name, url``),
    one row per listing under a header row. Scrapers name their columns their own way and
    write them in any case, with spaces or underscores ("Product Name", "Name_of_product"),
    so a column is known by its name lower-cased with spaces and hyphens as underscores:

    * title: ``title`` / ``name`` / ``product_name`` / ``name_of_product``;
    * link: ``url`` / ``link`` / ``listing_url`` / ``listing_link`` (an absolute address);
    * shop: ``source`` / ``website`` / ``shop_name``, else the link's registered domain (a
      column naming the seller, a person on Etsy, is not the shop);
    * price: ``price`` as the page wrote it (``"16.86"``, ``"$29.99"``).

    A row without a title (a blank line, a spreadsheet's index-only row) is no listing."""
    matches = []
    for raw in rows if isinstance(rows, list) else []:
        if not isinstance(raw, dict):
            continue
        row = {_column(key): value for key, value in raw.items()
               if isinstance(key, str) and isinstance(value, str)}
        title = _first(row, "title", "name", "product_name", "name_of_product")
        if not title:
            continue
        link = _web_link(*(row.get(k) for k in ("url", "link", "listing_url", "listing_link")))
        matches.append(_listing(" ".join(str(title).split()), link,
                                _first(row, "source", "website", "shop_name"),
                                _first(row, "price"), _first(row, "condition"), None))
    return matches


def read_search_result_lines(rows: Any) -> list[LensMatch]:
    """One search's results kept as JSON Lines, one listing object a line, read as
    ``search-result-list`` reads its objects, with the names a Taobao spider (Scrapy) keeps:
    ``{price, sales, title, nick, loc, detail_url, nid}``. ``nick`` is the Taobao shop the
    listing is in (a seller's store, "远港旗舰店"), read as its shop; ``detail_url`` is the
    listing's address written without its scheme (``//item.taobao.com/item.htm?id=...``,
    ``//detail.tmall.com/...``), read as https."""
    listings = []
    for raw in rows if isinstance(rows, list) else []:
        if not isinstance(raw, dict):
            continue
        listing = dict(raw)
        if "seller" not in listing and isinstance(raw.get("nick"), str):
            listing["seller"] = raw["nick"]
        detail = raw.get("detail_url")
        if "link" not in listing and isinstance(detail, str):
            listing["link"] = "https:" + detail if detail.startswith("//") else detail
        listings.append(listing)
    return read_search_result_list(listings)


def read_grailed_scraper_csv(rows: Any) -> list[LensMatch]:
    """A Grailed image scraper's listing metadata, written by pandas without a header row:
    each row is ``title, price (whole US dollars), size, category, designer``. The title is
    the seller's own ("FW17 'GLITTER' Off-the-Runway Viscontis Pants"); the designer is
    Grailed's separate field, shown beside the title and not part of it, so it is not read
    into the title. The rows keep no link; Grailed is the marketplace."""
    matches = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, list) or len(row) < 2 or not row[0].strip():
            continue
        price = {"raw": row[1], "currency": "USD"} if row[1].strip() else None
        matches.append(_listing(" ".join(row[0].split()), "", "Grailed", price, None, None))
    return matches


def _column(name: str) -> str:
    """A CSV header as the readers look it up: lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s-]+", "_", name.strip().casefold())


def _listing(title: Any, link: Any, source: Any, price: Any, condition: Any,
             thumbnail: Any) -> LensMatch:
    link = str(link or "")
    amount, currency = _price(price)
    return LensMatch(title=str(title or ""), link=link,
                     source=str(source or registered_domain(link) or ""),
                     thumbnail=str(thumbnail) if thumbnail else None, price=amount,
                     currency=currency, condition=str(condition) if condition else None)


def _price(raw: Any) -> tuple[float | None, str | None]:
    """A price as the marketplaces write it: ``{value, currency}`` (Browse),
    ``{raw, extracted}`` or ``{from: {...}}`` (SerpApi eBay), ``{value, extracted_value}``
    (shopping) or a bare string."""
    if isinstance(raw, str):
        raw = {"raw": raw}
    if not isinstance(raw, dict):
        return None, None
    if isinstance(raw.get("from"), dict):
        raw = raw["from"]
    written = raw.get("raw") or raw.get("value")
    parsed = parse_price(written) if isinstance(written, str) else None
    number = next((raw[k] for k in ("extracted", "extracted_value", "value")
                   if isinstance(raw.get(k), int | float)), None)
    amount = float(number) if number is not None else (parsed.amount if parsed else None)
    currency = currency_code(raw.get("currency")) or (parsed.currency if parsed else None)
    return (amount, currency) if amount is not None else (None, None)


def _object(document: Any) -> dict[str, Any]:
    return document if isinstance(document, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The entries of a list that are objects with a title."""
    items = value if isinstance(value, list) else []
    return [item for item in items if isinstance(item, dict) and item.get("title")]


READERS: dict[str, Callable[[Any], list[LensMatch]]] = {
    "serpapi-google-lens": read_serpapi_lens,
    "lens-results-page": read_lens_page,
    "serpapi-ebay": read_serpapi_ebay,
    "ebay-browse": read_ebay_browse,
    "serpapi-google-shopping": read_serpapi_shopping,
    "serpapi-google-shopping-list": read_shopping_list,
    "serpapi-lens-visual-matches": read_serpapi_lens_matches,
    "ebay-scrape-list": read_ebay_scrape,
    "bing-web-search": read_bing_web,
    "serpapi-google": read_serpapi_google,
    "serpapi-google-images": read_serpapi_images,
    "ebay-search-page": read_ebay_search_page,
    "ebay-dl-json": read_ebay_dl,
    "searxng-json": read_searxng,
    "lens-visual-matches-plain": read_serpapi_lens,
    "marketplace-listing-list": read_listing_list,
    "tracker-listings": read_tracker_listings,
    "search-result-list": read_search_result_list,
    "rainforest-amazon-search": read_rainforest_search,
    "lingolens-report": read_lingolens_report,
    "apify-lens-items": read_apify_lens_items,
    "mercadolibre-search": read_mercadolibre_search,
    "search-result-list-cents": read_cents_result_list,
    "ebay-finding-api": read_ebay_finding,
    "ebay-browse-python-literal": read_ebay_browse,
    "serpapi-google-shopping-python-literal": read_serpapi_shopping,
    "ebay-scrape-csv": read_ebay_scrape_csv,
    "ebay-dl-csv": read_ebay_dl_csv,
    "shopify-products": read_shopify_products,
    "spider-json-lines": read_spider_lines,
    "search-result-csv": read_search_result_csv,
    "search-result-jsonl": read_search_result_lines,
    "grailed-scraper-csv": read_grailed_scraper_csv,
    "lens-link-list-python-literal": read_lens_link_list,
    "lens-product-cards": read_lens_product_cards,
}

# Formats whose file is a Python literal (an answer kept in an app's source) rather than JSON.
PYTHON_LITERAL_FORMATS = frozenset({"ebay-browse-python-literal",
                                    "serpapi-google-shopping-python-literal",
                                    "lens-link-list-python-literal"})

# Formats whose file is a CSV export with a header row rather than JSON.
CSV_FORMATS = frozenset({"ebay-scrape-csv", "ebay-dl-csv", "search-result-csv"})

# Formats whose file is a CSV export without a header row (columns by position).
HEADERLESS_CSV_FORMATS = frozenset({"grailed-scraper-csv"})

# Formats whose file is JSON Lines: one JSON object a line, no list around them.
JSON_LINES_FORMATS = frozenset({"spider-json-lines", "search-result-jsonl"})
