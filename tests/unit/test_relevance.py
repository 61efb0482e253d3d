"""The relevance rules on tables of real listing titles: is this listing an offer of the item?

Provenance of the titles (one case per line, the source named on each):
- real-NN, titles-NN: ``samples/evaluation/real/`` (real Google Lens answers and marketplace
  searches, provenance in its ``answer-key.json``);
- b-iphone12 / b2-iphone12 / f-iphone4s / f-mx517 / h-airpods / h-airpods4 / h-built /
  h-charizard / h-tms007 / h-xm4 / a-iphone13:
  ``samples/evaluation/pricing/`` (real eBay Browse, Finding, eBay and Amazon search-page
  answers, provenance in its ``labels.json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.providers.pricing.market import MarketPricer
from chalicelib.providers.pricing.relevance import judge, tokens
from chalicelib.wire import Identity, LensMatch
from tools.sample_formats import read_sample

REAL = Path(__file__).resolve().parents[2] / "samples" / "evaluation" / "real"

# (source, title, producer, model, kept, rule that decides)
CASES = [
    # the item, however its title spells the model
    ("h-xm4", "Sony - WH1000XM4 Wireless Noise-Cancelling Headphones - Silver", "Sony",
     "WH-1000XM4", True, "kept"),
    ("f-mx517", "New Balance Mens mx517v1 Low Top Lace Up Walking Shoes, black, Size 11.0 YLnV",
     "New Balance", "MX517v1", True, "kept"),
    ("h-tms007", "HOT TOYS STAR WARS TMS007 THE MANDALORIAN 1:6 FIGURE ~Sealed Brown Box~",
     "Hot Toys", "TMS007 The Mandalorian", True, "kept"),
    ("b-iphone12", "Apple iPhone 12 64GB Factory Unlocked AT&T T-Mobile Verizon Excellent "
     "Condition", "Apple", "iPhone 12", True, "kept"),
    ("b-iphone12", "OB Apple iPhone 12 5G 64,128GB Red/Blue GSM+CDMA Unlocked-GOOD CONDITION",
     "Apple", "iPhone 12", True, "kept"),
    ("f-iphone4s", "Apple iPhone 4S (Latest Model) - 16GB - Black (AT&T) + New Sim Card", "Apple",
     "iPhone 4S", True, "kept"),
    ("h-airpods", "AirPods Pro 2nd Generation with MagSafe Wireless Charging Case - White",
     "Apple", "AirPods Pro (2nd generation)", True, "kept"),
    # sibling model number
    ("h-tms007", "HOT TOYS TMS015 THE MANDALORIAN AND THE CHILD DELUXE STAR WARS IN HAND US "
     "SELLER", "Hot Toys", "TMS007 The Mandalorian", False, "model_match"),
    ("titles-104", "Canon Eos 4000D DSLR Camera with 18-55mm f/3.5-5.6 III", "Canon", "EOS 2000D",
     False, "model_match"),
    ("b-iphone12", "Apple iPhone 11 Pro 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
     "Apple", "iPhone 12", False, "model_match"),
    ("b-iphone12", "Apple iPhone 13, A2482, 128GB, Unlocked, Very Good Condition (Free Ship)",
     "Apple", "iPhone 12", False, "model_match"),
    # sibling suffix
    ("titles-104", "Pentax K-1 Mark II DSLR Camera with 21mm f/2.4 Lens", "Pentax", "K-1", False,
     "sibling_suffix"),
    ("titles-59", "[In average condition | Number of shutters: 17,640 | 2 batteries included] OM "
     "SYSTEM OM-1 Mark II [Body] | Micro Four Thirds mount", "OM System", "OM-1", False,
     "sibling_suffix"),
    ("b-iphone12", "Apple iPhone 12 Pro 128GB Unlocked Smartphone - Very Good", "Apple",
     "iPhone 12", False, "sibling_suffix"),
    ("b-iphone12", "Apple iPhone 12 mini 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
     "Apple", "iPhone 12", False, "sibling_suffix"),
    ("b-iphone12", "Apple iPhone 12 Pro Max - 128GB - 256GB - Fully Unlocked EXCELLENT Condition",
     "Apple", "iPhone 12", False, "sibling_suffix"),
    # different line name
    ("titles-123", "2020 Apple MacBook Air 13.3\" (256GB SSD, Apple M1, 8GB) Used", "Apple",
     "MacBook Pro M1", False, "model_match"),
    ("real-01", "Geek Squad Certified Refurbished MacBook Air 13.6\" Laptop Apple M2 chip 8GB "
     "Memory 256GB SSD Midnight GSRF MLY33LL/A - Best Buy", "Apple", "MacBook Pro 13", False,
     "model_match"),
    ("titles-27", "Nike Air Max Command Mens US Size 7-15 Black/White Running Casual Shoes NEW✅",
     "Nike", "Air Max 2017", False, "model_match"),
    # a number alone is no name; the model's line goes with it when the producer is not named
    ("a-iphone13", "OnePlus 13 | Smarter with OnePlus AI | Lifetime Display Warranty (12GB RAM, "
     "256GB Storage Black Eclipse)", "Apple", "iPhone 13", False, "model_match"),
    ("h-built", "Quest Nutrition High Protein Low Carb, Gluten Free, Peanut Butter Cups, 12 Ct",
     "BUILT", "Puff Peanut Butter Cup 12 ct", False, "model_match"),
    # several models in one title
    ("h-xm4", "Genuine Sony WH-1000XM4 WH-1000XM5 OEM 3.5mm Audio Cable", "Sony", "WH-1000XM4",
     False, "several_models"),
    ("b2-iphone12", "Funda Para iPhone 14 13 12 11 Pro X XS Max 7 8 Plus SE Case Slim MagSafe "
     "Cover", "Apple", "iPhone 12", False, "several_models"),
    ("b-iphone12", "Apple iPhone 12 - 64 128 256GB Unlocked Verizon AT&T T-Mobile - Good "
     "Refurbished", "Apple", "iPhone 12", True, "kept"),
    # "for" before a later mention of the model
    ("f-iphone4s", "OTTERBOX IPHONE 4S IMPACT SERIES BLACK ALL CARRIERS FOR BLACK/WHITE IPHONE 4S "
     "4G", "Apple", "iPhone 4S", False, "accessory_for"),
    # what the model is named as lacking
    ("h-airpods4", "Apple AirPods 4", "Apple", "AirPods 4 (without Active Noise Cancellation)",
     True, "kept"),
    ("h-airpods4", "New Apple AirPods 4 MXP93LL/A ANC Active Noise Cancellation GENUINE", "Apple",
     "AirPods 4 (without Active Noise Cancellation)", False, "names_what_it_lacks"),
    # titles the English rules cannot read
    ("h-charizard", "PSL 메가 리자몽 X ex MA 223/193 메가 드림 ex M2a 포켓몬 일본어 2025",
     "Pokemon / Nintendo", "M2a 223/193 Mega Charizard X ex MA", False, "unreadable"),
    # accessories for the item
    ("f-iphone4s", "OTTERBOX DEFENDER CASE for iPHONE 4S Peony Pink Gunmetal Grey VERIZON ATT "
     "SPRINT", "Apple", "iPhone 4S", False, "accessory_for"),
    ("f-iphone4s", "NEW OTTERBOX iPhone 4S Defender Series Case (Blaze Orange/AP Camo Pattern)",
     "Apple", "iPhone 4S", False, "accessory_for"),
    ("f-iphone4s", "5 pieces Matte Anti-Glare Screen Protector Guard for Apple iPhone 4S",
     "Apple", "iPhone 4S", False, "accessory_for"),
    ("titles-111", "New Headrest for Herman Miller classic and remastered Aeron office Chair "
     "Black", "Herman Miller", "Aeron", False, "accessory_for"),
]


@pytest.mark.parametrize(("source", "title", "producer", "model", "kept", "rule"), CASES,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_a_listing_counts_only_when_it_is_the_item(
    source: str, title: str, producer: str | None, model: str, kept: bool, rule: str
) -> None:
    verdict = judge(title, model, producer)
    assert (verdict.kept, verdict.rule) == (kept, rule), verdict.why


def test_a_mark_i_after_the_model_number_is_the_first_version_not_a_sibling() -> None:
    # A hand-made title: no saved case writes a first version "Mark I". It is titles-59's
    # "OM SYSTEM OM-1 Mark II [Body]" (the sibling, in the table above) as sellers write the
    # camera it followed
    verdict = judge("OM SYSTEM OM-1 Mark I [Body] | Micro Four Thirds mount", "OM-1", "OM System")
    assert (verdict.kept, verdict.rule) == (True, "kept"), verdict.why


def test_a_kept_listing_says_which_of_the_models_tokens_it_named() -> None:
    # h-xm4: the model's code written without its hyphen
    verdict = judge("Sony - WH1000XM4 Wireless Noise-Cancelling Headphones - Silver",
                    "WH-1000XM4", "Sony")
    assert verdict.why == "names the model: wh1000xm4"


def test_a_listing_for_parts_is_kept_apart_with_its_wear() -> None:
    # h-airpods: a first-generation AirPods Pro whose title says nothing of its state, named
    # "Parts Only" by the listing's condition
    verdict = judge("Apple AirPods Pro 1st Generation with Wireless Charging Case - MWP22AM/A",
                    "AirPods Pro (1st generation)", "Apple", condition="Parts Only")
    assert verdict.kept and verdict.wear == "for parts"
    assert "kept apart" in verdict.why


def test_a_defect_the_title_states_keeps_the_listing_apart_for_parts() -> None:
    # h-xm4: a real title of the WH-1000XM4 page
    verdict = judge("Sony WH-1000XM4 Over-the-Ear Headphones - (Silver/Grey) - Battery Doesn't "
                    "Charge", "WH-1000XM4", "Sony")
    assert verdict.kept and verdict.wear == "for parts"


def test_lots_and_replicas_are_not_offers_of_one_genuine_item() -> None:
    assert judge("Lot of 3 Apple iPhone 4S 16GB", "iPhone 4S", "Apple").rule == "lot_of_several"
    # h-charizard: a card the seller calls fake, among the page's other listings
    assert judge("*FAKE* 1999 POKEMON BASE SET 1ST EDITION #4 CHARIZARD-HOLO PSA 9",
                 "Base Set 1st Edition Charizard Holo #4", "Pokemon").rule == "replica"


def test_spellings_of_one_code_are_one_token() -> None:
    assert tokens("Canon AE-1 Program") == ["canon", "ae1", "program"]
    assert tokens("AirPods Pro (2nd generation)") == tokens("AirPods Pro Gen 2")
    assert tokens("Galaxy S23+") == ["galaxy", "s23", "plus"]


def _lens_matches(name: str) -> list[LensMatch]:
    """A saved case's matches, read as its format in ``answer-key.json`` says."""
    key = json.loads((REAL / "answer-key.json").read_text("utf-8"))
    entry = next(e for e in key["samples"] if e["file"].startswith(f"{name}-"))
    return read_sample(REAL / entry["file"], entry.get("format") or "serpapi-google-lens",
                       entry.get("page_url"))


@pytest.mark.parametrize(("sample", "identity", "sibling"), [
    # sibling model number: the eBay page for LEGO 7075 holds LEGO's set 70751
    ("titles-12", Identity(producer="LEGO", model="7075"), "70751"),
    # another line of the maker: the Nike page for the Air Max 2017 holds Air Max Commands
    # and Air Force 1s
    ("titles-27", Identity(producer="Nike", model="Air Max 2017"), "Command"),
    ("titles-27", Identity(producer="Nike", model="Air Max 2017"), "Air Force"),
    # different line name: the MacBook Pro's Lens matches hold a MacBook Air
    ("real-01", Identity(producer="Apple", model="MacBook Pro"), "Air"),
])
def test_the_named_items_offers_leave_out_its_siblings(
    sample: str, identity: Identity, sibling: str
) -> None:
    matches = _lens_matches(sample)
    # Before: the Lens offers priced any listing of the producer, the sibling's included
    assert any(sibling in o.title for o in HeuristicPricer().offers(matches))
    # Now: the offers of the named item are its own listings only
    offers = MarketPricer([], HeuristicPricer()).offers_for(identity, matches)
    assert not any(sibling in o.title for o in offers)
    assert all(o.source == "lens" and o.why for o in offers)
