"""The model is the identifier the sources agree on, exactly: never extended by a word only some
listings add (a type, a size, another language's word), and where the listings split between
variants, what they share.

Each case is real data with its provenance: the repository's sample catalog, and saved shopping
answers published in public repositories.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.providers.analysts.heuristic import HeuristicAnalyst, evidence_features
from chalicelib.providers.analysts.title_consensus import weigh_producers
from chalicelib.providers.analysts.titles import clean_title
from chalicelib.providers.base import StagedImage
from chalicelib.providers.lens.catalog import read_catalog, to_match
from chalicelib.wire import Identity, LensMatch
from tools.real_evaluation import REAL_DIR
from tools.sample_formats import read_sample

IMAGE = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")
CATALOG = read_catalog(Path(__file__).parents[2] / "samples" / "catalog")


def identify(matches: list[LensMatch]) -> Identity:
    return HeuristicAnalyst().identify(IMAGE, matches)


@pytest.mark.parametrize("item", CATALOG.items, ids=[item.id for item in CATALOG.items])
def test_a_catalog_photos_model_is_the_catalogs_name_exactly(item) -> None:
    # Given the listings of a catalog item (samples/catalog/catalog.json), where some listings
    # add a type ("road", "over-ear", "Task"), a unit ("350 ml") or a German type word
    # ("Westerngitarre") after the model
    answer = identify([to_match(listing, item) for listing in item.listings])

    # Then the model is the catalog's name, with nothing added
    assert (answer.producer, answer.model) == (item.producer, item.model)


# Google Shopping results for an iPhone 16 256 GB query on Indian shops, as saved by
# sachinakhil/Device-Recommendation, shopping_results.json at
# 2297c4ad19d1b9bcc663397da7f4214a95bf59f0 (title, link; links shortened after the path).
IPHONE_16 = [
    ("Apple iPhone 16 256 GB, Ultramarine",
     "https://www.reliancedigital.in/apple-iphone-16-256-gb-ultramarine/p/494423021"),
    ("Apple iPhone 16 256 GB, Black",
     "https://www.reliancedigital.in/apple-iphone-16-256-gb-black/p/494423018"),
    ("Apple iPhone 16 Plus (256GB Storage, Black)",
     "https://www.vijaysales.com/apple-iphone-16-plus-256gb-storage-black/28180"),
    ("Apple iPhone 16 (256GB Storage, Black)",
     "https://www.vijaysales.com/apple-iphone-16-256gb-storage-black/28165"),
    ("New Apple iPhone 16 Pro Max 256GB Black Titanium (2024)",
     "https://www.apple.com/in/shop/go/product/MYWV3"),
    ("Apple iPhone 16 Plus (256GB Storage, Teal)",
     "https://www.vijaysales.com/apple-iphone-16-plus-256gb-storage-teal/28183"),
    ("Apple iPhone 16 (256GB Storage, Teal)",
     "https://www.vijaysales.com/apple-iphone-16-256gb-teal/28173"),
    ("Apple iPhone 16 (256GB Storage, Ultramarine)",
     "https://www.vijaysales.com/apple-iphone-16-256gb-storage-ultramarine/28170"),
    ("Apple iPhone 16 Plus 256 GB, Ultramarine",
     "https://www.reliancedigital.in/apple-iphone-16-plus-256-gb-ultramarine/p/494423033"),
]


def matches(rows: list[tuple[str, str]]) -> list[LensMatch]:
    return [LensMatch(title=title, link=link, source="") for title, link in rows]


def test_a_size_after_the_model_is_no_part_of_it_and_a_minority_variant_is_not_picked() -> None:
    # Given the whole answer: most listings say "iPhone 16 256 GB", three say "16 Plus", one
    # "16 Pro Max"
    answer = identify(matches(IPHONE_16))

    # Then the model is the one most listings name, without the storage size
    assert (answer.producer, answer.model) == ("Apple", "iPhone 16")


def test_the_variant_most_listings_name_is_the_model() -> None:
    # Given the same answer's "Plus" listings (on two shops) and two others
    rows = [IPHONE_16[i] for i in (2, 5, 8, 3, 4)]

    # Then the model is the variant three of five listings name
    assert identify(matches(rows)).model == "iPhone 16 Plus"


def test_listings_split_between_variants_name_the_series_with_less_confidence() -> None:
    # Given three "iPhone 16 Plus" and three "iPhone 16" listings on the same two shops
    split = [IPHONE_16[i] for i in (2, 5, 8, 3, 6, 0)]
    agreed = [IPHONE_16[i] for i in (3, 6, 0, 1, 7, 4)]

    answer, sure = identify(matches(split)), identify(matches(agreed))

    # Then the answer names what they share, and is less sure than when they agree
    assert answer.model == "iPhone 16 series"
    assert sure.model == "iPhone 16"
    assert answer.confidence is not None and sure.confidence is not None
    assert answer.confidence < sure.confidence


def test_the_evidence_features_count_the_sites_agreeing_and_the_disagreement() -> None:
    titles = [clean_title(i, m) for i, m in enumerate(matches(IPHONE_16))]
    verdict = HeuristicAnalyst().weigh(titles)

    features = evidence_features(verdict)

    assert features["producer_domains"] == 3  # reliancedigital, vijaysales, apple
    assert features["model_domains"] == 3
    assert features["own_line"] == 2.0  # apple.com is Apple's own domain
    assert 0 < features["variant_disagreement"] < 0.5
    assert features["card"] == 0.0 and features["exact_matches"] == 0.0
    assert set(features) >= {"producer_domains", "model_domains", "card", "exact_matches",
                             "own_line", "rival_share", "variant_disagreement", "noise_share"}
    assert weigh_producers(titles).producer is not None


# Bing Web Search results for eBay MacBook Pro pages, saved by luis-c465/price-checker,
# backend/tmp.json at 3392e456edbebd69f28823d4b32ac3996338e8d4 (the first five of fifteen).
MACBOOK_PRO_BING = [
    ('2021 APPLE MACBOOK PRO M1 PRO 16" 10-CORE CPU 16-CORE GPU 32GB 512GB ...',
     "https://www.ebay.com/itm/235476698335"),
    ('Apple MacBook Pro M1 Pro Chip 16GB RAM 512GB SSD 14" MKGR3LL/A ... - eBay',
     "https://www.ebay.com/itm/116113113948"),
    ('Apple Macbook M1 Pro 16" 2021 10-core CPU 16-core GPU 512GB SSD 16GB ...',
     "https://www.ebay.com/itm/226016364354"),
    ("Apple MacBook Pro 15 Inch 2019 2.4GHz Core i9 2TB SSD 32GB RAM ... - eBay",
     "https://www.ebay.com/itm/145678798611"),
    ('Apple MacBook Pro 16" (512GB SSD, Intel Core 9th Gen., 2.6GHz ... - eBay',
     "https://www.ebay.com/itm/186322904937"),
]


def test_a_processors_core_count_is_a_spec_not_the_model() -> None:
    answer = identify(matches(MACBOOK_PRO_BING))

    assert answer.producer == "Apple"
    assert answer.model is not None and "macbook pro" in answer.model.lower()
    assert "core" not in answer.model.lower()


REAL = Path(__file__).parents[2] / "samples" / "evaluation" / "real"


def _saved_listings(name: str) -> list[LensMatch]:
    """A saved list of listings as its scraper kept it (``name``/``title``, ``link``,
    ``source``; an ``ebay-dl`` list has neither link nor source: its listings are eBay's)."""
    rows = json.loads((REAL / name).read_text(encoding="utf-8"))
    return [LensMatch(title=row.get("title") or row.get("name") or "", link=row.get("link") or "",
                      source=row.get("source") or "eBay") for row in rows]


# Real saved listings where sibling models or variants with other numbers or codes sit beside
# the item (provenance in samples/evaluation/real/answer-key.json):
# - titles-38 (HugoMatousek/basic-ebay-scraper, sony_xperia_1_iii.json): Xperia 1 III
#   listings with two variant codes (XQ-BC72, XQ-BC62), an Xperia 5 III, an Xperia Z C6603 and
#   cases naming "1 10 II III";
# - titles-35 (jnabors1/watch-deal-tracker, data.json): Khaki Field listings, most giving the
#   reference H70455533, one H70455140 and a 1998 9721B.
NUMBER_DISAGREEMENT = [
    ("titles-38-sony-xperia-1-iii-ebay.json", "Sony", "Xperia 1 III"),
    ("titles-35-hamilton-khaki-field-auto-38.json", "Hamilton", "H70455533"),
]


@pytest.mark.parametrize(("name", "producer", "model"), NUMBER_DISAGREEMENT,
                         ids=[row[0].split("-", 2)[1] for row in NUMBER_DISAGREEMENT])
def test_the_model_is_the_number_most_listings_give_never_a_siblings_or_a_minoritys_code(
        name: str, producer: str, model: str) -> None:
    # Given a real saved answer mixing the item's listings with siblings' other numbers
    answer = identify(_saved_listings(name))

    # Then the model is the identifier most listings give, no code only some of them add
    # ("XQ-BC72") and no word left over before it ("Field H70455533")
    assert answer.producer == producer
    assert answer.model is not None and answer.model.casefold() == model.casefold()


def test_a_designation_written_with_a_slash_is_read_as_its_sources_write_it() -> None:
    # Given a Lens answer for a photo of Navy jets whose pages name them "F/A-18 Hornet",
    # "Boeing F/A-18E Super Hornet" and "USMC FA-18 Hornet" (development case lens-73)
    entry = next(entry for entry in json.loads((REAL_DIR / "answer-key.json").read_text("utf-8"))
                 ["samples"] if entry["file"].startswith("lens-73-"))
    matches = read_sample(REAL_DIR / entry["file"], entry["format"])

    # Then the designation is one word, as written ("F/A-18"), not split at the slash
    assert identify(matches).model == "F/A-18"
