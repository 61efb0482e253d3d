"""Rules the heuristic analyst names producers and models by, on brands it has never seen.

Every brand here is invented, so no word list can know it: only the rules can. Where a test's
titles are shaped after real listings (samples/evaluation), the makers' and lines' names in them
are replaced by invented ones.
"""

from __future__ import annotations

from chalicelib.providers.analysts.heuristic import HeuristicAnalyst
from chalicelib.providers.base import StagedImage
from chalicelib.wire import Identity, LensMatch

IMAGE = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")


def identify(*listings: tuple[str, str]) -> Identity:
    matches = [LensMatch(title=title, link=link, source="") for title, link in listings]
    return HeuristicAnalyst().identify(IMAGE, matches)


def test_a_known_brand_in_a_single_shop_listing_is_not_enough_to_name_it():
    # Given one match, on a shop that is not the brand's, naming a brand of the lexicon
    answer = identify(("Sony over-ear headphones, black", "https://www.ebay.com/itm/1"))

    # Then the analyst abstains: the lexicon adds weight but never decides alone
    assert answer.producer is None


def test_one_site_listing_a_name_twice_is_not_two_independent_matches():
    answer = identify(("Zorvak Glide kettle", "https://www.ebay.com/itm/1"),
                      ("Zorvak Glide kettle, used", "https://www.ebay.com/itm/2"),
                      ("Stovetop kettle in steel", "https://kitchen.example/k"))

    assert answer.producer is None


def test_the_producers_own_domain_names_it_even_in_one_match():
    answer = identify(("Zorvak Glide 2 stovetop kettle", "https://www.zorvak.example/glide-2"),
                      ("Stovetop kettle in steel", "https://kitchen.example/k"))

    assert answer.producer == "Zorvak"


def test_a_product_line_that_follows_the_makers_name_is_the_makers():
    # Given titles that lead with an (invented) product line and name its maker in front of it
    answer = identify(
        ("Kasokos Pro 13 2019 16GB 512GB im Kanton Bern", "https://www.tutti.ch/de/vi/1"),
        ("Rugit Kasokos Pro 13 (256GB SSD, 8GB RAM) 2017", "https://www.ebay.com/itm/2"),
        ("Certified Kasokos Air 13.6 Laptop Rugit M2 chip 8GB", "https://www.bestbuy.com/s/3"),
        ("Kasokos Pro 15 Inch 1 TB SSD 16 GB i7 3.40Ghz Retina Big Sur 3yr Warranty",
         "https://www.ebay.com/itm/4"),
    )

    # Then the maker is the producer and the line is the model
    assert answer.producer == "Rugit"
    assert answer.model is not None and answer.model.startswith("Kasokos")


def test_titles_without_capitals_are_read_for_names_too():
    answer = identify(("vardex star wars tms007 the mandalorian 1:6 figure ~sealed brown box~",
                       "https://toys.example/1"),
                      ("vardex tms015 the mandalorian and the child deluxe star wars in hand us "
                       "seller", "https://figures.example/2"),
                      ('custom star wars 1/6 droideka kit for 12" figure',
                       "https://www.amazon.com/dp/3"))

    assert answer.producer is not None and answer.producer.lower() == "vardex"


def test_the_model_grows_to_the_most_specific_phrase_two_titles_support():
    answer = identify(("Larar Flex Control 4 Black White Shoes Mens Size US 8-13 Casual Sneakers",
                       "https://www.larar.example/p/1"),
                      ("Larar Flex Control 4 TR4 Mens US 7-13 Black / White Running Shoes",
                       "https://www.kickscrew.com/p/2"),
                      ("Larar Flex Control TR4 Men's US 10-13 Smoke Grey Running Casual Shoes",
                       "https://www.efootwear.eu/p/3"),
                      ("Larar Flyknit Haven Womens Mens Trainers Shoes Size Uk 4,5,5.5,6,6.5,7",
                       "https://poshmark.com/listing/4"))

    assert answer.producer == "Larar"
    assert answer.model == "Flex Control 4"


def test_confidence_rises_with_independent_agreement_and_falls_with_a_rival():
    # Given the same brand in four shops, in two, and in two against a rival in two others
    many = identify(*[(f"Zorvak Glide kettle {i}", f"https://shop{i}.example/k") for i in range(4)])
    few = identify(("Zorvak Glide kettle", "https://a.example/k"),
                   ("Zorvak Glide kettle", "https://b.example/k"))
    contested = identify(("Zorvak Glide kettle", "https://a.example/k"),
                         ("Zorvak Glide kettle", "https://b.example/k"),
                         ("Pelmar Swift kettle", "https://c.example/k"),
                         ("Pelmar Swift kettle", "https://d.example/k"))

    # Then every answer says how sure it is, and more agreement means more certainty
    assert many.confidence is not None and few.confidence is not None
    assert 0 < few.confidence < many.confidence < 1
    # And a rival as strong as the leader leaves no producer, with little certainty either way
    assert contested.producer is None
    assert contested.confidence is not None and contested.confidence < many.confidence


def test_a_shop_selling_its_own_line_is_named_however_few_of_many_look_alikes_name_it():
    # Given a Lens answer (invented names) for a chair: two pages of the maker's own shop,
    # below the best-ranked matches, name the chair and end with the shop's name; another
    # site names the chair too; the rest are other makers' look-alike chairs
    look_alikes = [(f"{maker} Modern Lounge Chair in Walnut", f"https://{site}.example/p/{n}")
                   for n, (maker, site) in enumerate([
                       ("Karvik", "furnish"), ("Loftera", "homeshop"), ("Brisa", "decorhub"),
                       ("Tamsin", "livingroom"), ("Ondra", "chairworld"), ("Velmo", "seatly"),
                       ("Karvik", "roomy"), ("Pellar", "nestful"), ("Oakhem", "casafina")])]
    own = [("Ostra Lounge Chair | Brakke Modern", "https://www.brakkemodern.example/ostra"),
           ("Ostra Lounge Chair and Ottoman | Brakke Modern",
            "https://www.brakkemodern.example/ostra-ottoman"),
           ("Ostra Lounge Chair - walnut and leather", "https://www.designblog.example/ostra")]
    answer = identify(*look_alikes[:4], *own, *look_alikes[4:])

    # Then the shop is named the producer: it sells its own line
    assert answer.producer == "Brakke Modern"
