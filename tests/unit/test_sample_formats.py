"""The readers of the development items' formats, on the items themselves (real saved answers;
their provenance is in samples/evaluation/real/answer-key.json)."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from chalicelib.wire import LensMatch
from tools.real_evaluation import REAL_DIR
from tools.sample_formats import READERS, UnknownFormat, read_sample

KEY = json.loads((REAL_DIR / "answer-key.json").read_text("utf-8"))["samples"]


@pytest.mark.parametrize("entry", KEY, ids=[e["file"] for e in KEY])
def test_every_item_is_read_into_titled_linked_matches(entry: dict):
    matches = _matches(entry)

    assert matches, "no match read"
    assert all(m.title.strip() for m in matches)
    # (a scraper's eBay list saved no links, nor did some scrapers' result lists, a store's
    # product JSON (relative handles on a store it does not name) or a spider's feed; every
    # other format has one per match)
    assert all(m.link.startswith(("http://", "https://")) or m.kind == "related-search"
               or m.link == "" and entry["format"] in {"ebay-dl-json", "search-result-list",
                                                       "ebay-scrape-csv", "ebay-dl-csv",
                                                       "shopify-products",
                                                       "spider-json-lines",
                                                       "search-result-csv",
                                                       "grailed-scraper-csv"}
               for m in matches)
    # eBay's "Shop on eBay" template card is no listing (the folder's README, "Formats")
    assert "Shop on eBay" not in [m.title for m in matches]
    assert all(m.price is None or m.price >= 0 for m in matches)


def test_every_format_of_the_key_has_a_reader():
    assert {e["format"] for e in KEY} <= set(READERS)


def _of(fmt: str) -> list[dict]:
    return [e for e in KEY if e["format"] == fmt]


def _matches(entry: dict) -> list[LensMatch]:
    return read_sample(REAL_DIR / entry["file"], entry["format"])


def _text(entry: dict) -> str:
    return (REAL_DIR / entry["file"]).read_text("utf-8")


def _json(entry: dict) -> Any:
    return json.loads(_text(entry))


def _csv_rows(entry: dict) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text(entry), newline="")))


def test_a_saved_ebay_page_gives_what_a_visitor_sees():
    # eBay's template cards sit in a hidden container, and "Opens in a new window or tab" is
    # text for screen readers: neither is part of a listing a visitor sees
    for entry in _of("ebay-search-page"):
        titles = [m.title for m in _matches(entry)]
        assert "Shop on eBay" not in titles, entry["file"]
        assert not any(t.endswith(("Opens in a new window or tab",
                                   "Wird in neuem Fenster oder Tab geöffnet")) for t in titles)
        assert not any(t.casefold().startswith("new listing") for t in titles)
    # and a page in Japanese is read as UTF-8
    (switch,) = [e for e in _of("ebay-search-page") if "nintendo-switch" in e["file"]]
    first = _matches(switch)[0]
    assert first.title.startswith("ニンテンドースイッチ")
    assert first.link.startswith("https://www.ebay.com/itm/")


def test_a_shopping_answer_is_read_from_its_results_not_its_query():
    for entry in _of("serpapi-google-shopping"):
        document = _json(entry)
        # (an app may keep the results without the request that asked for them)
        query = (document.get("search_parameters") or {}).get("q")
        titles = [m.title for m in _matches(entry)]
        assert len(titles) == len(document.get("shopping_results") or []) + len(
            document.get("inline_shopping_results") or [])
        assert query not in titles


def test_prices_in_cents_are_read_in_units():
    (comics,) = [e for e in _of("ebay-dl-json") if "spider-man" in e["file"]]
    document = _json(comics)
    listings = [row for row in document if row["name"] != "Shop on eBay"]
    matches = _matches(comics)

    assert len(matches) == len(listings)
    assert [m.price for m in matches[:3]] == [row["price"] / 100 for row in listings[:3]]
    assert {(m.link, m.source) for m in matches} == {("", "eBay")}


def test_a_listing_list_keeps_its_marketplace_and_currency():
    (phones,) = _of("marketplace-listing-list")
    first = _matches(phones)[0]

    assert (first.source, first.price, first.currency) == ("wildberries", 54463.0, "RUB")


def test_a_result_list_is_read_by_each_scrapers_own_field_names():
    def first(part: str):
        (entry,) = [e for e in _of("search-result-list") if part in e["file"]]
        return _matches(entry)

    # Facebook Marketplace: the card's text as its title (its price taken off the start),
    # the link's site as the shop
    marketplace = first("facebook-marketplace")[0]
    assert marketplace.title.startswith("Nintendo switch oled")
    assert (marketplace.source, marketplace.price, marketplace.currency) == (
        "facebook.com", 115.0, "USD")
    # SerpApi's Amazon results: the number SerpApi extracted, the currency its text names
    spoons = first("spoon")
    assert (spoons[0].source, spoons[0].currency) == ("amazon.com", "USD")
    # a shopping scraper names the seller, and the currency beside the number
    kettle = first("pour-over")[0]
    assert (kettle.source, kettle.price, kettle.currency) == ("Market Lane Coffee", 100.0, "AUD")
    # Buyee names the shop; Grailed and Mercari name the marketplace ("website")
    assert first("buyee")[0].source == "Yahoo"
    assert {m.source for m in first("mercari")} == {"mercari"}
    # Mercari keeps an empty title and the listing's name beside it
    assert first("mercari")[0].title.startswith("m.a+")
    # a product's nested reviews are no listings; a list without links keeps none
    (guitars,) = [e for e in _of("search-result-list") if "guitar" in e["file"]]
    document = _json(guitars)
    matches = _matches(guitars)
    assert [m.title for m in matches] == [row["productname"] for row in document]
    assert {m.link for m in matches} == {""}

def test_a_rainforest_answer_is_read_from_its_results_not_its_request():
    for entry in _of("rainforest-amazon-search"):
        document = _json(entry)
        matches = _matches(entry)

        assert [m.title for m in matches] == [row["title"] for row in document["search_results"]]
        assert document["request_parameters"]["search_term"] not in [m.title for m in matches]
    (mugs,) = [e for e in _of("rainforest-amazon-search") if "coffee-mug" in e["file"]]
    first = _matches(mugs)[0]
    assert (first.source, first.price, first.currency) == ("amazon.com", 12.31, "USD")


def test_a_saved_lens_page_keeps_no_video_chapter_as_a_visual_match():
    # The saved visual tab shows a video block whose chapters link to moments of a video
    # (watch?v=...&t=203); a chapter is a place in a video, no page that shows the item
    (page,) = [e for e in _of("lens-results-page") if "video-results" in e["file"]]
    html = _text(page)
    chapters = set(re.findall(r'href="(https://www\.youtube\.com/watch\?v=[\w-]+&amp;t=\d+)"',
                              html))
    assert len(chapters) >= 10

    matches = read_sample(REAL_DIR / page["file"], page["format"], page.get("page_url"))

    assert len(matches) == 62
    assert not [m.link for m in matches if "t" in parse_qs(urlsplit(m.link).query)]


def test_a_lingolens_report_gives_each_result_with_its_address_as_title():
    (report,) = _of("lingolens-report")
    html = _text(report)
    matches = _matches(report)

    # one match per result picture; the language tag is no part of the title
    assert len(matches) == html.count("class='result'") == 179
    first = matches[0]
    assert first.title == first.link == (
        "https://kazan.domclick.ru/building/sovetskij--ulica-8-marta--4/pokupka")
    assert first.source == "domclick.ru"
    assert first.thumbnail.startswith("https://encrypted-tbn3.gstatic.com/images")
    assert not [m.title for m in matches if m.title.startswith("[")]


def test_an_apify_lens_sample_keeps_each_rows_price_and_currency():
    (sample,) = _of("apify-lens-items")
    rows = _json(sample)["items"]
    matches = _matches(sample)

    assert [m.title for m in matches] == [row["title"] for row in rows]
    assert (matches[0].source, matches[0].price, matches[0].currency) == (
        "stanley1913.uy", 3722.0, "UYU")
    # the actor's currency "." names none: the amount stays, without a currency
    (dot,) = [m for m in matches if m.source == "Yerbas Calzada"]
    assert (dot.price, dot.currency) == (159500.0, None)


def test_an_unknown_format_is_a_clear_error(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{}")

    with pytest.raises(UnknownFormat, match="no reader for format 'fax'"):
        read_sample(path, "fax")


def test_a_price_kept_as_the_pages_text_is_read_from_it_a_range_at_its_low_end():
    # one course scraper kept eBay's price text instead of cents, a variation listing's as
    # the range the page shows ("$124.25 to $239.25")
    (jordans,) = [e for e in _of("ebay-dl-json") if "jordan" in e["file"]]
    document = _json(jordans)
    listings = [row for row in document if row["name"]]
    matches = _matches(jordans)

    assert len(matches) == len(listings)
    assert all(isinstance(row["price"], str) for row in listings)
    by_text = {row["price"]: m.price for row, m in zip(listings, matches, strict=True)}
    assert by_text["$149.95"] == 149.95
    assert by_text["$124.25 to $239.25"] == 124.25
    assert {m.currency for m in matches} == {"USD"}


def test_a_spiders_csv_export_gives_one_listing_a_row_and_skips_its_repeated_header():
    # a second run appended to the export wrote the header row again inside the file
    entries = _of("ebay-scrape-csv")
    assert entries
    for entry in entries:
        rows = _csv_rows(entry)
        listings = [row for row in rows if row["Name"] != "Name"]
        matches = _matches(entry)

        assert [m.title for m in matches] == [" ".join(row["Name"].split()) for row in listings]
        assert "Name" not in [m.title for m in matches]
        assert {m.source for m in matches} == {"eBay"}
    (xbox,) = [e for e in entries if "xbox" in e["file"]]
    text = _text(xbox)
    assert text.count("Name,Status,Price") == 2
    matches = _matches(xbox)
    # eBay shown in Portuguese: prices in reais, written "R$ 1 984,43"
    assert (matches[0].price, matches[0].currency) == (1984.43, "BRL")
    assert matches[0].condition == "Novo em folha"
    assert all(m.link.startswith("https://www.ebay.com/itm/") for m in matches)


def test_a_course_scrapers_csv_export_is_read_in_cents_as_its_json_list_is():
    # ebay-dl.py --csv wrote name, price, status, ... with the price in whole cents as text
    entries = _of("ebay-dl-csv")
    assert entries
    for entry in entries:
        rows = _csv_rows(entry)
        # eBay's "Shop on eBay" template cards are kept by the scraper but are no listings
        listings = [row for row in rows if row["name"] != "Shop on eBay"]
        matches = _matches(entry)

        assert len(matches) == len(listings)
        assert [m.price for m in matches] == [int(row["price"]) / 100 for row in listings]
        assert {(m.source, m.link) for m in matches} == {("eBay", "")}
        # the "New Listing" badge the scraper glued to a title is no part of it
        assert not any(m.title.casefold().startswith("new listing") for m in matches)
    (dyson,) = [e for e in entries if "airwrap" in e["file"]]
    matches = _matches(dyson)
    assert (matches[1].title, matches[1].price) == (
        "Dyson Airwrap Complete Hair Styler Nickel Fuchsia Used", 380.0)
    assert matches[1].condition == "Pre-Owned"
    (lebron,) = [e for e in entries if "lebron" in e["file"]]
    text = _text(lebron)
    assert text.count("Shop on eBay") == 4


def test_a_search_csv_is_read_by_its_own_column_names_in_the_code_page_it_was_written_in():
    entries = {e["file"]: e for e in _of("search-result-csv")}
    # an R scraper's export of an Etsy category page, written by write.csv on Windows: its
    # columns are "Name_of_product", "price", ..., "url", its text in the Windows code page
    (watercolor,) = [e for name, e in entries.items() if "watercolor" in name]
    data = (REAL_DIR / watercolor["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(data.decode("cp1252"), newline="")))
    matches = _matches(watercolor)

    assert [m.title for m in matches] == [" ".join(row["Name_of_product"].split())
                                          for row in rows]
    assert [m.link for m in matches] == [row["url"] for row in rows]
    assert {m.source for m in matches} == {"etsy.com"}
    assert matches[0].price == float(rows[0]["price"])
    assert any("Décor" in m.title for m in matches)

    # a pandas export of an Etsy search with a "Product Name" column and no addresses
    (blanket,) = [e for name, e in entries.items() if "blanket" in name]
    rows = _csv_rows(blanket)
    matches = _matches(blanket)

    assert [m.title for m in matches] == [" ".join(row["Product Name"].split())
                                          for row in rows]
    assert [m.price for m in matches] == [float(row["Price"]) for row in rows]
    assert {(m.link, m.source) for m in matches} == {("", "")}


def test_json_lines_give_one_listing_a_line_with_its_shop_and_an_https_address():
    # a Taobao spider wrote json.dumps(item) + "\n" per listing; its addresses lack a scheme
    entries = _of("search-result-jsonl")
    assert entries
    for entry in entries:
        lines = _text(entry).splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        matches = _matches(entry)

        assert [m.title for m in matches] == [" ".join(row["title"].split()) for row in rows]
        assert [m.link for m in matches] == ["https:" + row["detail_url"] for row in rows]
        assert [m.source for m in matches] == [row["nick"] for row in rows]
        assert [m.price for m in matches] == [float(row["price"]) for row in rows]


def test_a_headerless_grailed_export_is_read_by_position_without_its_designer_column():
    # pandas wrote title, price, size, category, designer with no header row
    entries = _of("grailed-scraper-csv")
    assert entries
    for entry in entries:
        text = _text(entry)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        matches = _matches(entry)

        assert [m.title for m in matches] == [" ".join(row[0].split()) for row in rows]
        assert [(m.price, m.currency) for m in matches] == [(float(row[1]), "USD")
                                                             for row in rows]
        assert {(m.source, m.link) for m in matches} == {("Grailed", "")}
        # the designer is a field of its own, not words of the title
        assert not any(m.title.endswith(row[4]) for m, row in zip(matches, rows, strict=True))


def test_a_scraped_ebay_title_loses_the_badge_and_suffix_its_scraper_glued_on():
    # the course scraper saved each title element's text whole: eBay's "New Listing" badge
    # and screen-reader suffix run into the seller's words ("New ListingThe Amazing ...")
    (comics,) = [e for e in _of("ebay-dl-json") if "spider-man" in e["file"]]
    titles = [m.title for m in _matches(comics)]
    assert "The Amazing Spider-Man #68 (Marvel Comics January 1969)" in titles
    assert not any(t.casefold().startswith("new listing") for t in titles)
    assert not any(t.endswith("Opens in a new window or tab") for t in titles)


def test_a_price_glued_to_the_start_of_a_title_is_no_part_of_it():
    # a Facebook Marketplace scraper saved each card's text whole, its price run into the
    # title ("$115Nintendo switch oled mario edition ..."), with the price also apart
    (switch,) = [e for e in _of("search-result-list") if "facebook" in e["file"]]
    document = _json(switch)
    titles = [m.title for m in _matches(switch)]
    assert document[0]["title"].startswith(document[0]["price"])
    assert titles[0].startswith("Nintendo switch oled mario edition")
    assert not any(t.startswith("$") for t in titles)


def test_a_mercado_libre_answer_is_read_from_its_results_with_their_currency():
    (entry, *_) = _of("mercadolibre-search")
    document = _json(entry)
    matches = _matches(entry)

    assert [m.title for m in matches] == [row["title"] for row in document["results"]]
    assert document["query"] not in [m.title for m in matches]
    first = matches[0]
    assert (first.source, first.price, first.currency) == ("Mercado Libre", 5300.0, "ARS")
    assert first.link == document["results"][0]["permalink"]


def test_prices_in_whole_cents_of_a_result_list_are_read_in_units():
    (entry,) = _of("search-result-list-cents")
    rows = _json(entry)
    matches = _matches(entry)

    assert (rows[0]["name"], rows[0]["price"]) == ("Purple Violin 🎻 ", 3000)
    assert (matches[0].price, matches[0].source) == (30.0, "offerup.com")
    assert {m.source for m in matches} == {"offerup.com", "craigslist.org", "mercari.com",
                                           "shopgoodwill.com"}


def test_an_ebay_finding_answer_is_read_from_its_items_not_its_search_address():
    (entry,) = _of("ebay-finding-api")
    document = _json(entry)
    items = document["searchResult"][0]["item"]
    matches = _matches(entry)

    # every field of the Finding API is a list of one value
    assert [m.title for m in matches] == [item["title"][0] for item in items]
    first = matches[0]
    assert (first.source, first.price, first.currency, first.condition) == (
        "eBay", 42.99, "USD", "New")
    assert first.link == items[0]["viewItemURL"][0]
    assert document["itemSearchURL"][0] not in [m.link for m in matches]


def test_an_answer_kept_as_a_python_literal_is_read_as_one_and_never_run():
    # (an eBay Browse answer's results are its itemSummaries, a SerpApi one's shopping_results)
    results = {"ebay-browse-python-literal": "itemSummaries",
               "serpapi-google-shopping-python-literal": "shopping_results"}
    entries = [e for fmt in results for e in _of(fmt)]
    assert {e["format"] for e in entries} == set(results)
    for entry in entries:
        text = _text(entry)
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)  # True/False/None and quoted with ': a Python dict, not JSON
        document = ast.literal_eval(text)
        matches = _matches(entry)

        assert [m.title for m in matches] == [
            item["title"] for item in document[results[entry["format"]]]]
        assert all(m.link.startswith("https://") for m in matches)
        assert all(m.price is not None and m.currency for m in matches)


def test_a_store_search_is_read_from_its_products_titles_and_never_from_their_vendor():
    # the vendor is the maker as the store filed it: read as the shop it would hand the
    # analyst the answer the titles have to support
    entries = _of("shopify-products")
    assert entries
    for entry in entries:
        products = _json(entry)["products"]
        matches = _matches(entry)

        assert [m.title for m in matches] == [p["title"] for p in products]
        assert [m.price for m in matches] == [float(p["variants"][0]["price"]) for p in products]
        assert {m.source for m in matches} == {""}
        assert {m.link for m in matches} == {""}
        assert all(m.thumbnail and m.thumbnail.startswith("https://") for m in matches)


def test_a_spiders_feed_of_json_lines_gives_one_listing_a_line():
    entries = _of("spider-json-lines")
    assert entries
    for entry in entries:
        text = _text(entry)
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)  # no single document: one object a line
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        matches = _matches(entry)

        assert [m.title for m in matches] == [" ".join(row["Name"].split()) for row in rows]
        assert all(not m.title.startswith(" ") for m in matches)
        assert {m.currency for m in matches} == {"GBP"}  # the page's "£2,399.00"
        assert {m.link for m in matches} == {""}


def test_a_lens_scrapers_printed_link_list_gives_each_card_with_its_site():
    (entry,) = _of("lens-link-list-python-literal")
    text = _text(entry)
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)  # quoted with ': printed by Python, not JSON
    cards = ast.literal_eval(text)
    matches = _matches(entry)

    assert [m.title for m in matches] == [card["label"] for card in cards]
    assert [m.link for m in matches] == [card["href"] for card in cards]
    first = matches[0]
    assert (first.title, first.source) == ("kurummi.tumblr.com - Tumbex", "tumbex.com")
    assert first.thumbnail == cards[0]["thumbnail"]
    # the scraper kept no prices
    assert all(m.price is None for m in matches)


def test_a_lens_card_scrape_keeps_each_cards_own_price_and_not_the_one_carried_over():
    entries = _of("lens-product-cards")
    assert entries
    for entry in entries:
        cards = _json(entry)
        matches = _matches(entry)

        assert [m.title for m in matches] == [card["Product Description"] for card in cards]
        assert [m.link for m in matches] == [card["Product Link"] for card in cards]
        assert [m.source for m in matches] == [card["Product Company"] for card in cards]
    (first,) = [e for e in entries if e["file"].startswith("lens-120-")]
    matches = _matches(first)
    by_title = {m.title: m for m in matches}
    # a card's own price, in the currency the card wrote
    ballroom = by_title["Black blue ballroom dance dresses for women girls Modern dance dress "
                        "social dance suit national standard dance competition costume "
                        "square dance group"]
    assert (ballroom.price, ballroom.currency) == (339.0, "USD")
    gown = by_title["Red gown with detachable trail"]
    assert (gown.price, gown.currency) == (98000.0, "INR")
    # the next card showed no price and the scraper repeated the one before it: not read
    (indiamart, _) = [m for m in matches if m.title.startswith("Red Gown With Beads")]
    assert indiamart.price is None
    assert by_title["Moonmoon Ahmed Moon | Outfitfrom @afrineva09 | Instagram"].price is None
    # cards before the first price have none
    assert matches[0].price is None
