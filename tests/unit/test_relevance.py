"""The relevance rules on tables of real listing titles: is this listing an offer of the item?

Provenance of the titles (one case per line, the source named on each):
- real-NN: ``samples/evaluation/real/real-NN-*.json`` (real Google Lens answers, see its README);
- b-iphone12 / b2-iphone12 / f-iphone4s / h-airpods / h-airpods4 / h-built / h-charizard /
  h-xm4 / a-iphone13:
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

REAL = Path(__file__).resolve().parents[2] / "samples" / "evaluation" / "real"

# (source, title, producer, model, kept, rule that decides)
CASES = [
    # the item, however its title spells the model
    ("real-08", "Scorpion Full Face Helmet Exo-390 Solid White", "Scorpion", "EXO-390", True,
     "kept"),
    ("real-05", "Dewalt Dwfp72155 15 Gauge Da Finish Nailer (i-16540)", "DEWALT", "DWFP72155",
     True, "kept"),
    ("real-05", "DEWALT Pneumatic Finish Nailer, 15-Gauge, 1/4 in., Corded (DWFP72155)", "DEWALT",
     "DWFP72155", True, "kept"),
    ("b-iphone12", "Apple iPhone 12 64GB Factory Unlocked AT&T T-Mobile Verizon Excellent "
     "Condition", "Apple", "iPhone 12", True, "kept"),
    ("b-iphone12", "OB Apple iPhone 12 5G 64,128GB Red/Blue GSM+CDMA Unlocked-GOOD CONDITION",
     "Apple", "iPhone 12", True, "kept"),
    ("f-iphone4s", "Apple iPhone 4S (Latest Model) - 16GB - Black (AT&T) + New Sim Card", "Apple",
     "iPhone 4S", True, "kept"),
    ("h-airpods", "AirPods Pro 2nd Generation with MagSafe Wireless Charging Case - White",
     "Apple", "AirPods Pro (2nd generation)", True, "kept"),
    ("real-06", "Canon Eos C300 Mark I Mount Digital Camcorder. No Lens", "Canon",
     "Cinema EOS C300", True, "kept"),  # "Mark I" is the first version: the model itself
    # sibling model number
    ("real-08", "Scorpion EXO-520 Air Solid White Full Face Helmet", "Scorpion", "EXO-390", False,
     "model_match"),
    ("real-06", "Canon C500pl Mount Camcorder", "Canon", "Cinema EOS C300", False, "model_match"),
    ("b-iphone12", "Apple iPhone 11 Pro 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
     "Apple", "iPhone 12", False, "model_match"),
    ("b-iphone12", "Apple iPhone 13, A2482, 128GB, Unlocked, Very Good Condition (Free Ship)",
     "Apple", "iPhone 12", False, "model_match"),
    # sibling suffix
    ("real-06", "Canon EOS C100 Mark II Cinema EOS Camera with Dual Pixel CMOS AF (Body Only) "
     "International Version (No Warranty) (Renewed)", "Canon", "EOS C100", False,
     "sibling_suffix"),
    ("b-iphone12", "Apple iPhone 12 Pro 128GB Unlocked Smartphone - Very Good", "Apple",
     "iPhone 12", False, "sibling_suffix"),
    ("b-iphone12", "Apple iPhone 12 mini 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
     "Apple", "iPhone 12", False, "sibling_suffix"),
    ("b-iphone12", "Apple iPhone 12 Pro Max - 128GB - 256GB - Fully Unlocked EXCELLENT Condition",
     "Apple", "iPhone 12", False, "sibling_suffix"),
    # different line name
    ("real-09", "Macbook Pro 2020 13inch 512gb With Touch Bar", "Apple", "MacBook Air M1", False,
     "model_match"),
    ("real-01", "Geek Squad Certified Refurbished MacBook Air 13.6\" Laptop Apple M2 chip 8GB "
     "Memory 256GB SSD Midnight GSRF MLY33LL/A - Best Buy", "Apple", "MacBook Pro 13", False,
     "model_match"),
    ("real-04", "Puma Shoes | Puma Fenty By Rihanna Platform Bow Creeper Sandals | Color: "
     "Cream/Pink | Size: 8 | Alonso68's Closet", "PUMA", "Platform Hyper Embroidered 366123-02",
     False, "model_match"),
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
    ("real-03", "XGANGM Velvet Dining Room Chair Covers with Arms Back Set of 4/6/2/1 Stretch "
     "Office Chair Covers Moderne Curved Dining Chair Protector Covers, for Bar", None,
     "Dining Chair", False, "accessory_for"),
]


@pytest.mark.parametrize(("source", "title", "producer", "model", "kept", "rule"), CASES,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_a_listing_counts_only_when_it_is_the_item(
    source: str, title: str, producer: str | None, model: str, kept: bool, rule: str
) -> None:
    verdict = judge(title, model, producer)
    assert (verdict.kept, verdict.rule) == (kept, rule), verdict.why


def test_a_kept_listing_says_which_of_the_models_tokens_it_named() -> None:
    verdict = judge("Scorpion Full Face Helmet Exo-390 Solid White", "EXO-390", "Scorpion")
    assert verdict.why == "names the model: exo390"


def test_a_listing_for_parts_is_kept_apart_with_its_wear() -> None:
    # real-09's "No motherboard" MacBook, named as eBay's condition says it
    verdict = judge("13 Macbook Pro A1989 - No motherboard # 89", "MacBook Pro A1989", "Apple",
                    condition="For parts or not working")
    assert verdict.kept and verdict.wear == "for parts"
    assert "kept apart" in verdict.why


def test_a_defect_the_title_states_keeps_the_listing_apart_for_parts() -> None:
    # h-xm4: a real title of the WH-1000XM4 page
    verdict = judge("Sony WH-1000XM4 Over-the-Ear Headphones - (Silver/Grey) - Battery Doesn't "
                    "Charge", "WH-1000XM4", "Sony")
    assert verdict.kept and verdict.wear == "for parts"


def test_lots_and_replicas_are_not_offers_of_one_genuine_item() -> None:
    assert judge("Lot of 3 Apple iPhone 4S 16GB", "iPhone 4S", "Apple").rule == "lot_of_several"
    assert judge("Replica Scorpion EXO-390 helmet", "EXO-390", "Scorpion").rule == "replica"


def test_spellings_of_one_code_are_one_token() -> None:
    assert tokens("Canon AE-1 Program") == ["canon", "ae1", "program"]
    assert tokens("AirPods Pro (2nd generation)") == tokens("AirPods Pro Gen 2")
    assert tokens("Galaxy S23+") == ["galaxy", "s23", "plus"]


def _lens_matches(name: str) -> list[LensMatch]:
    from chalicelib.providers.lens.matches import from_serpapi_answer

    path = next(REAL.glob(f"{name}-*.json"))
    return from_serpapi_answer(json.loads(path.read_text("utf-8")))


@pytest.mark.parametrize(("sample", "identity", "sibling"), [
    # sibling model number: the C300's Lens matches hold a C500 and a C100 Mark II
    ("real-06", Identity(producer="Canon", model="Cinema EOS C300"), "C500"),
    ("real-06", Identity(producer="Canon", model="Cinema EOS C300"), "C100"),
    # different line name: the MacBook Air M1's hold MacBook Pros
    ("real-09", Identity(producer="Apple", model="MacBook Air M1"), "Pro"),
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
