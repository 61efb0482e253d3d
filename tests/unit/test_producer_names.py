"""Who made the item and what it is, on whole development answers: how the pages write a name
(singular and plural, a credit to someone in a few titles) does not split or hide the name they
agree on, and a seller's words about the listing's condition are never the model.

The answers are real saved searches; their provenance is in samples/evaluation/real/
answer-key.json.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from chalicelib.providers.analysts.brand_positions import leading_names
from chalicelib.providers.analysts.heuristic import HeuristicAnalyst, evidence_score
from chalicelib.providers.analysts.knowledge_card import _SUBJECT_CATEGORY, card_item_named
from chalicelib.providers.analysts.lexicon import ALIASES, BRANDS
from chalicelib.providers.analysts.model_phrase import _runs
from chalicelib.providers.analysts.title_consensus import Candidate
from chalicelib.providers.analysts.titles import Title, clean_titles, noise
from chalicelib.providers.base import StagedImage
from chalicelib.wire import Identity, LensMatch
from tools.real_evaluation import REAL_DIR
from tools.sample_formats import read_sample

IMAGE = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")
KEY = {entry["file"].split("-")[0] + "-" + entry["file"].split("-")[1]: entry
       for entry in json.loads((REAL_DIR / "answer-key.json").read_text("utf-8"))["samples"]}


def matches_of(case: str) -> list[LensMatch]:
    entry = KEY[case]
    return read_sample(REAL_DIR / entry["file"], entry["format"])


def identify(case: str, hint: str | None = None) -> Identity:
    return HeuristicAnalyst().identify(IMAGE, matches_of(case), hint=hint)


def titles_of(case: str) -> list[Title]:
    """The case's matches as the analyst reads their titles."""
    return clean_titles(matches_of(case))


def named(answer: Identity, case: str) -> bool:
    """The answer names one of the key's producers (compared ignoring case)."""
    accepted = {name.casefold() for name in KEY[case]["producers"]}
    return (answer.producer or "").casefold() in accepted


def test_a_line_written_singular_and_plural_is_one_name() -> None:
    # Given an eBay search whose sellers write the line as "Squishmallows" (375 titles) and
    # "Squishmallow" (222): apart, neither is named by most of the 760 titles
    answer = identify("titles-44")

    # Then together they are the name the page agrees on
    assert named(answer, "titles-44")


def test_a_name_credited_to_someone_in_one_title_of_many_is_still_the_name() -> None:
    # Given 185 "Bape ..." listings, one of them "BAPE A Bathing Ape Check by Bathing Ape"
    answer = identify("titles-47")

    # Then Bape is not a design credited to someone else: it is the producer
    assert named(answer, "titles-47")


def test_a_design_credited_once_to_a_maker_other_sites_name_is_that_makers_item() -> None:
    # Given a Lens answer where ten sites sell "Catana" shirts (a shop as "Catana Shirt" on
    # wickedclothes.com), one credits the design "by vincenttrinidad", and three more sites
    # name Vincent Trinidad as the maker ("... by Vincent Trinidad Art", "Threadless Vincent
    # Trinidad ...", "Official Vincent Trinidad Art Merch"), among shops selling other cat
    # shirts under their own names
    answer = identify("real-02")

    # Then the design's pages are about the artist's item: the artist is the producer (not a
    # shop that sells it), the design the model
    assert named(answer, "real-02")
    assert answer.model is not None and "catana" in answer.model.casefold()


def test_on_a_tie_the_name_that_starts_the_titles_leads() -> None:
    # Given a shop's page of nine offers, eight starting "Funko Pop ..." and each also ending
    # "... - Idea Regalo - Merchandising Ufficiale - ..." (Italian for official merchandise)
    answer = identify("titles-109")

    # Then the name the titles start with is the producer, not the later segment's word
    assert named(answer, "titles-109")


def test_a_known_brand_after_a_fitment_word_is_what_the_item_fits() -> None:
    # Given an eBay search sorted by lowest price, a hundred cases, lens protectors and cables
    # "For iPhone 14 13 12 ...", "Per iPhone ...", "Case For Apple iPhone ..."
    answer = identify("titles-135")

    # Then the phone they fit is not their maker: no producer
    assert answer.producer is None


def test_a_count_written_out_never_starts_a_makers_name() -> None:
    # Given a Lens answer for a photo of navy jets whose news headlines start "Two US Marine
    # planes crash ...", "Four Super Hornets From USS Truman ...", "Six US Navy warfare ..."
    titles = titles_of("lens-73")
    verdict = HeuristicAnalyst.weigh(titles)

    # Then the name the evidence leads with is a maker the titles give, not a count
    assert verdict.leader is not None
    assert verdict.leader.parts[0] not in {"two", "four", "six"}
    assert any(verdict.leader.slug == name.casefold().replace(" ", "")
               for name in KEY["lens-73"]["producers"])


def test_on_a_shopping_engines_page_each_shop_is_a_site_of_its_own() -> None:
    # Given a Google Shopping answer whose links all point at Google's product pages, with
    # each offer's shop as its source: "Cernucci" sweaters from several shops
    titles = titles_of("titles-69")

    # Then the shops are the sites (independent sellers, not one google.com), and the maker
    # several of them sell is named
    assert len({title.site for title in titles}) > 3
    assert named(identify("titles-69"), "titles-69")


def test_a_unit_after_a_number_is_part_of_the_quantity_not_a_name() -> None:
    # Given shops' titles for the Ember mug, one of them "15 Oz Ember Mug"
    titles = titles_of("titles-126")
    (quantity_first,) = [t for t in titles if [w.slug for w in t.tokens[:3]] == ["15", "oz",
                                                                                "ember"]]

    # Then the name there is Ember (a unit is no maker whose line Ember would be), and the
    # page names Ember
    assert leading_names(quantity_first.tokens)[0] == "Ember"
    assert named(identify("titles-126"), "titles-126")


def test_one_in_a_name_is_part_of_the_model_and_one_size_is_a_size() -> None:
    # Given eBay listings of the Xbox One X ("Microsoft Xbox One X 1TB ..."), and a Walmart
    # search for Pokemon goods with a snapback hat, "One Size Fits Most"
    answer = identify("titles-144")
    titles = titles_of("titles-105")
    sized = [t for t in titles if "one size" in " ".join(w.slug for w in t.tokens)]

    # Then "One" is part of the console's name, and "One Size" leaves no word of a model
    assert named(answer, "titles-144")
    assert answer.model is not None and "xbox one x" in answer.model.casefold()
    assert sized and all("one" not in {w.slug for run in _runs(t.tokens) for w in run}
                         for t in sized)


def test_a_listings_condition_is_never_its_model() -> None:
    # Given an ebay.de search for a sealed LEGO set: sixty sellers' titles full of "SEALED",
    # "MISB", "OVP" (originalverpackt), "NEU", whatever the set
    answer = identify("titles-12")

    # Then no condition word is taken for the model
    words = {word.casefold() for word in (answer.model or "").split()}
    assert not words & {"sealed", "misb", "ovp", "neu", "new", "mint"}, answer.model


def test_a_town_after_the_item_is_no_rival_to_its_maker() -> None:
    # Given Facebook Marketplace cards whose saved titles run the item into the town
    # ("Nintendo Switch OLED bundle HYG7-F1Alexandria, VA"): "VA" ends 32 of 37 titles
    answer = identify("titles-55")

    # Then the state's letters, which start no title, do not keep Nintendo from being named
    assert named(answer, "titles-55")


def test_a_fabric_share_and_a_size_are_never_the_model() -> None:
    # Given the titles of a search for a linen shirt, where resellers write "Flax 100% Linen
    # Brown Top Size Med Women Color Brown Size M"
    (title,) = [t for t in titles_of("titles-04") if " ".join(x.text for x in t.tokens)
                .startswith("Flax 100% Linen Brown Top Size Med")][:1]

    # Then the share ("100%") and the size ("Med") are noise, never part of a model phrase
    read = {token.text: noise(token) for token in title.tokens}
    assert read["100%"] and read["Med"] and not read["Linen"]


def test_a_word_before_a_known_brand_is_the_items_kind() -> None:
    # Given a Lens answer over Uruguayan and Argentine shops that title a bottle "Termo
    # Stanley Classic ..." ("termo": a thermos, named before the brand in Spanish)
    answer = identify("lens-74")

    # Then the known brand after it is the producer, not "Termo" nor the marketplace
    assert named(answer, "lens-74")


def test_a_marketplace_or_wiki_titling_its_pages_with_another_makers_item_is_no_producer() -> None:
    # Given pages that end with the site's own name on its own domain, but whose item is
    # another maker's: "Boeing F/A-18E/F Super Hornet | Military Wiki | Fandom" (and
    # "Termo Stanley Classic ... | MercadoLibre", the case above)
    answer = identify("lens-73")

    # Then the wiki is not the producer: the maker is named, or no one
    assert answer.producer is None or named(answer, "lens-73")


def test_a_page_known_only_by_its_address_has_no_words_to_name_a_maker() -> None:
    # Given a Lens tool's report that keeps no titles, only each result's address
    # ("https://kazan.domclick.ru/building/sovetskij--ulica-8-marta--4/pokupka")
    answer = identify("lens-72")

    # Then no host name or path becomes a producer or a model
    assert answer.producer is None and answer.model is None


def test_a_word_always_written_before_a_name_is_part_of_it() -> None:
    # Given an eBay search for a band's CDs: "Pink Floyd Animals 2018 Remix ...", where
    # "Pink" alone is a colour, skipped where a name starts
    answer = identify("titles-21")

    # Then the name is the one sellers always write
    assert named(answer, "titles-21")


def test_a_model_few_of_the_sites_name_is_not_a_sure_answer() -> None:
    # Given the Stanley bottle, whose model phrase ("Legendary Bottle", with "1.0 QT" a
    # quantity) only a few of the sites write after the brand
    titles = titles_of("lens-74")
    reading = HeuristicAnalyst.weigh(titles).model

    # Then the quantity is no part of the model, the reading says how little the sites agree,
    # and that disagreement takes from the answer's evidence
    assert reading is not None and reading.model is not None
    assert "qt" not in reading.model.casefold().split()
    assert reading.agreement < 0.5
    verdict = HeuristicAnalyst.weigh(titles)
    agreed = verdict.with_model(replace(reading, agreement=1.0))
    assert evidence_score(verdict) < 0.9 * evidence_score(agreed)


def test_a_lines_name_made_of_an_everyday_word_is_part_of_the_model() -> None:
    # Given the Stanley bottle, whose every listing naming "Legendary Bottle" writes "Classic"
    # just before it, capitalised ("STANLEY CLASSIC LEGENDARY BOTTLE", "Classic Legendary
    # Bottle"), on three sites
    answer = identify("lens-74")

    # Then the line's name is part of the model, as the brand's own shop writes it
    assert named(answer, "lens-74")
    assert answer.model is not None
    assert "classic legendary" in answer.model.casefold()


def test_a_sets_catalogue_number_is_the_model_rather_than_its_theme() -> None:
    # Given a Vinted search for one LEGO set: 57 of 71 titles give its number (75337), 48 its
    # theme (Star Wars), a name two words long
    answer = identify("titles-116")

    # Then the number that names the one set is the model
    assert named(answer, "titles-116")
    assert answer.model is not None and "75337" in answer.model


def test_a_kind_of_item_with_its_generation_number_is_the_model() -> None:
    # Given a Lens answer for a heated mug whose sellers write "Ember Temperature Control Smart
    # Mug 2" (and "Ember Mug 2" in a related search): the words after the brand describe a
    # feature, and the product's own name is its kind with its generation
    answer = identify("lens-80")

    # Then the model is the kind with its number, not the feature
    assert named(answer, "lens-80")
    assert answer.model is not None and "mug 2" in answer.model.casefold()


def test_a_word_sellers_mostly_write_in_lower_case_is_no_name() -> None:
    # Given an ebay.es search for round tablecloths: 32 titles start "Mantel ..." (Spanish
    # for tablecloth), and inside titles sellers mostly write it in lower case ("tela mantel
    # lavable"), as no one writes a maker's name
    answer = identify("titles-26")

    # Then the word is not taken for a producer
    assert answer.producer is None


def test_an_abstention_over_titles_that_repeat_a_name_is_unsure() -> None:
    # Given a designer's page on Grailed whose 32 titles all say "Layer-0" (a name with a
    # digit, which the producer rules do not take), and a Mercado Libre search for toy trains
    # of no one maker, whose titles repeat only a kind of item ("Tren A Pila Clásico ...",
    # "Tren Fenfa Escala", "Tren Madera Grande ...")
    def abstention(case: str) -> float:
        verdict = HeuristicAnalyst.weigh(titles_of(case))
        assert verdict.producer is None
        return evidence_score(verdict)

    # Then naming no producer is doubtful where the titles agree on a name, and not where
    # they agree on a kind of item
    assert abstention("titles-56") <= 0.6
    assert abstention("titles-103") >= 0.8


def test_the_kind_of_item_in_another_language_is_no_maker() -> None:
    # Given a Mercado Libre search whose sellers name the kind first ("Telefono Celular Kanji
    # Muv", "Teléfono Inalámbrico Noblex", "Telefono Celular Tcl L10"), many makers after it
    answer = identify("titles-102")

    # Then "Telefono" is not taken for the producer: the page names no one maker
    assert answer.producer is None


def test_other_languages_small_words_and_who_it_is_for_are_no_model() -> None:
    # Given an ebay.es search for black Adidas sneakers ("Zapatos Adidas para Niños ...")
    answer = identify("titles-25")

    # Then neither "para" (for) nor "Niños" (children) is the model
    words = {word.casefold() for word in (answer.model or "").split()}
    assert not words & {"para", "niños"}, answer.model


def test_a_known_brand_credited_to_another_as_often_named_is_its_line() -> None:
    # Given Amazon UK's guitars and parts, where "Squier by Fender ..." credits one known
    # brand to the other, and Fender leads as many titles as Squier does
    answer = identify("titles-61")

    # Then Squier is Fender's line, not a rival that keeps Fender from being named
    assert named(answer, "titles-61") and answer.producer == "Fender"


def test_a_product_line_that_names_its_maker_is_never_a_maker_itself() -> None:
    # Given amazon.com's search for the Kindle, whose titles open with the line ("Kindle
    # Paperwhite 16GB (newest model) ...") and name Amazon in some ("Like-New Amazon Kindle")
    answer = identify("titles-146")

    # Then the line stands for its maker, and the model starts with the line
    assert named(answer, "titles-146") and (answer.model or "").startswith("Kindle")
    # And the word lists agree: no product line is listed as a brand of its own as well
    assert not set(ALIASES) & set(BRANDS)


def test_a_makers_own_spelling_is_a_name_even_where_its_letters_spell_a_word() -> None:
    # Given a Lens answer for boAt's photo of its earbuds: "boAt Airdopes 141" on boAt's own
    # site and on shops, among many makers' look-alikes (a "boat" is a kind of item)
    answer = identify("lens-91")

    # Then the maker's spelling "boAt" is read as its name, and named
    assert named(answer, "lens-91") and answer.producer == "boAt"


def test_a_word_written_inside_many_makers_titles_is_what_their_items_share() -> None:
    # Given Lens's Products tab for the same photo, where "Bluetooth" stands inside the titles
    # of many makers' items ("WEROX ... Bluetooth Gaming", "Aroma NB138 ... TWS Bluetooth")
    # and one of them titles its own page with it ("Bluetooth Wireless Earphones With Mic -
    # Crossbeats")
    verdict = HeuristicAnalyst.weigh(titles_of("lens-92"))

    # Then the feature is no one's product and no maker: the maker of the photo's item leads
    assert verdict.producer is not None and verdict.producer.slug == "boat"


def test_the_photos_exact_match_names_the_variant_the_look_alikes_disagree_on() -> None:
    # Given the photo's exact match is the maker's page of the "Airdopes 141", where the other
    # matches show the 170, 148, 161, 172 and others
    answer = identify("lens-91")

    # Then the model is the exact match's variant
    assert answer.model == "Airdopes 141"


def test_a_name_few_of_many_makers_matches_write_names_no_maker() -> None:
    # Given a Google Shopping search for earbuds of fifteen makers, a quarter of them boAt's
    # many models (its own site among them, far down), and a Lens answer for a manga picture
    # whose series' name a fifth of the fan pages write
    for case in ("titles-07", "lens-90"):
        # Then neither page's most written name is taken for the maker of the item
        assert identify(case).producer is None, case
    # While the maker whose own page is the photo's best match is named on a page as mixed
    assert named(identify("lens-91"), "lens-91")


def test_a_listings_condition_written_before_a_brand_is_no_part_of_it() -> None:
    # Given a shop's pre-owned handbags, every title "Pre-owned Louis Vuitton ..."
    answer = identify("titles-174")

    # Then the brand is named without the condition
    assert answer.producer == "Louis Vuitton"


def test_a_site_lens_names_after_the_maker_is_its_own_page() -> None:
    # Given the boAt answer, whose best match is on boat-lifestyle.com, a domain that is not
    # the maker's name, but which Lens names "boAt" as its source
    entry = KEY["lens-91"]
    matches = matches_of("lens-91")
    analyst = HeuristicAnalyst()
    answer = analyst.identify(IMAGE, matches)

    # Then that page is the producer's page (the key's producer site)
    page = analyst.producer_page(answer, matches)
    assert entry["producer_site"] in page.link and "airdopes-141" in page.link


def test_look_alikes_do_not_contest_the_item_lenss_card_and_a_listing_agree_on() -> None:
    # Given a Lens answer for a plaid flannel shirt whose card says "Prana Porter Park Flannel
    # Shirt Women's" and whose top match and two more eBay listings say "Prana ... Porter
    # Park", among look-alike shirts of about 30 other labels (Wrangler's own site and a
    # Walmart listing of a Wrangler shirt among them)
    answer = identify("lens-141")

    # Then the shirt is the card's item: prAna's Porter Park, with the doubt the look-alikes
    # leave
    assert named(answer, "lens-141")
    assert (answer.model or "").startswith("Porter Park")
    assert answer.confidence < 0.9


def test_the_cards_item_is_found_in_a_listing_that_spaces_its_code() -> None:
    # Given Lens's card "Ray-Ban RX5375" over eyeglass frames, and an optician's listing
    # "Eyeglasses Ray-Ban RX 5375 (2034) - RB 5375 2034 Unisex"
    titles = titles_of("lens-140")
    naming = {t.index for t in titles if any(token.slug == "rayban" for token in t.tokens)}
    ray_ban = Candidate("rayban", ("rayban",), support=naming)

    # Then that listing names the card's item, however it spaces the code
    assert card_item_named(ray_ban, titles)
    # and a listing of another Ray-Ban model ("RB7119") alone would not
    other = {t.index for t in titles if t.kind == "knowledge-graph"
             or "7119" in "".join(token.slug for token in t.tokens)}
    assert not card_item_named(Candidate("rayban", ("rayban",), support=other), titles)


@pytest.mark.parametrize(("case", "hint", "named"), [
    # Navy jets that Boeing (five matches, four sites) and McDonnell Douglas (four) both make
    ("lens-73", "Boeing jet", "Boeing"),
    ("lens-73", "Gucci", None),  # a maker no match gives
    # eyeglass frames where Ray-Ban and Prada are both supported and neither agreed on
    ("lens-140", "Ray-Ban glasses", "Ray-Ban"),
    ("lens-140", "Ray-Ban or Prada glasses", None),  # two makers are evidence for neither
])
def test_a_hint_picks_one_name_the_matches_support_and_never_makes_one(
        case: str, hint: str, named: str | None) -> None:
    # Given a Lens answer whose matches alone name no producer
    alone = identify(case)
    assert alone.producer is None

    # When the person who took the photo adds a hint
    answer = identify(case, hint)

    # Then a name the matches support and the hint writes alone is named, with the doubt the
    # other makers leave; any other hint changes nothing
    if named:
        assert answer.producer == named and (answer.confidence or 1) < 0.9
    else:
        assert answer == alone


def test_a_name_lenss_card_files_as_a_novel_series_is_what_the_item_shows_not_its_maker() -> None:
    # Given a Lens answer for a Gryffindor crest picture whose only card is "Harry Potter",
    # filed as a "Novel series", over patches, magnets and stickers of many makers whose
    # titles start "Harry Potter Gryffindor ..."
    answer = identify("lens-163")

    # Then the franchise is what the items show, not who made them: no producer is named
    assert answer.producer is None


@pytest.mark.parametrize(("category", "subject"), [
    # works and people, as Google files them on its cards
    ("Novel series", True), ("Media franchise", True), ("American actor", True),
    ("Fictional character", True), ("2001 film", True), ("Baseball team", True),
    ("Album by Taylor Swift", True), ("Television series", True),
    # products, makers and things whose category shares a word with those
    ("Prescription glasses", False), ("T-shirt", False), ("Clothing company", False),
    ("Record player", False), ("Photographic film", False), ("Photo album", False),
    ("E-book reader", False), ("Television", False), ("Video game console", False),
    ("American fashion designer", False), ("Board game", False),
])
def test_a_cards_category_says_whether_its_name_is_a_work_or_a_person(
        category: str, subject: bool) -> None:
    assert bool(_SUBJECT_CATEGORY.search(category)) is subject

