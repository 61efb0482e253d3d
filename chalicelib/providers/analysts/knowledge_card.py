"""Lens's knowledge-graph card: what Google recognised in the photo.

A name in the card weighs like the brand's own site once a match names it too, and a match
that names the card's very item (its maker and the words after it: "Prana Porter Park Flannel
Shirt" and "Prana Women's Porter Park Flannel Shirt") identifies the photo's item.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from chalicelib.providers.analysts.lexicon import ITEM_WORDS
from chalicelib.providers.analysts.titles import (
    KNOWLEDGE_GRAPH,
    RELATED_SEARCH,
    Title,
    capitalised_names,
    name_word,
    names_an_item,
    word_in,
    words_after,
)

if TYPE_CHECKING:  # the producer rules import this module
    from chalicelib.providers.analysts.title_consensus import Candidate

CARD_BONUS = 2  # as much as an exact own-site domain
# A card's category line that files its entity as a creative work or a person ("Novel series",
# "Media franchise", "American actor", "Baseball team"): what the item shows, not who made it.
# Written as whole phrases, since a product's category may share a word ("Record player",
# "Photographic film", "Photo album", "E-book reader", "Television").
_SUBJECT_CATEGORY = re.compile(
    r"\b(?:novels?|(?:book|film|novel|television|tv|web|anime|manga|comic|video game) series"
    r"|(?:\d{4}|feature|animated) film|movie|(?:television|tv) (?:show|program|programme)"
    r"|anime|manga|comic book|(?:media )?franchise|fictional|superhero|cartoon character"
    r"|(?:studio |live )?album by|song by|actor|actress|singer|rapper|musician|politician"
    r"|athlete|footballer|(?:football|basketball|baseball|soccer|tennis|hockey|cricket) player"
    r"|(?:football|basketball|baseball|soccer|hockey|cricket|sports) (?:team|club))\b",
    re.IGNORECASE)
# The card's item is named by at least this many letters and digits after its maker: fewer
# ("X") are met by chance.
_MIN_ITEM_CHARS = 3


def add_card_support(candidates: dict[str, Candidate], titles: list[Title]) -> None:
    """Names in Lens's knowledge-graph card count like the brand's own site: Google has
    recognised the entity, which is more than one shop's title says.

    Only when a match names it too (``card_named_by_matches``): Google recognises whatever
    the photo shows, a person's face or a place as much as a maker, and only a maker's name
    recurs in the titles of pages about the item.
    """
    cards = {title.index for title in titles if title.kind == KNOWLEDGE_GRAPH}
    for candidate in candidates.values():
        if (candidate.support & cards and not candidate.by >= candidate.support & cards
                and card_named_by_matches(candidate.slug, titles)):
            candidate.site_bonus = max(candidate.site_bonus, CARD_BONUS)
            candidate.card = True
            candidate.card_item = card_item_named(candidate, titles)


def card_subjects(candidates: dict[str, Candidate], titles: list[Title]) -> set[str]:
    """Names that start with the name of a card Google files as a creative work or a person
    (its category line: "Harry Potter", "Novel series"): the item shows them ("Harry Potter
    Gryffindor Crest Patch"), and whoever made it is someone else. A known brand
    (``Candidate.lexicon``) stays one whatever the card says of a namesake."""
    subjects = {tuple(token.slug for token in card.tokens) for card in titles
                if card.kind == KNOWLEDGE_GRAPH and card.category
                and _SUBJECT_CATEGORY.search(card.category)}
    return {c.slug for c in candidates.values() if not c.lexicon
            and any(name and c.parts[:len(name)] == name for name in subjects)}


def card_named_by_matches(name: str, titles: list[Title]) -> bool:
    """Whether a name from Lens's knowledge-graph card is also written in a match's title
    that says what an item is (``names_an_item``).

    The card names what Google recognised in the photo: for an item that is its maker or its
    line, named again by the pages that sell it ("Nordkap Trailrunner 2 Men's"); for a person
    in the photo ("Danny DeVito", "American actor") no match names it (over cargo shorts and
    pearl necklaces), or only pages about them ("Danny DeVito - Simple English Wikipedia"),
    and the card is about the person, not the item's maker.
    """
    return any(name in capitalised_names(title.tokens) and names_an_item(title.tokens)
               for title in titles if title.kind not in (KNOWLEDGE_GRAPH, RELATED_SEARCH))


def card_item_named(candidate: Candidate, titles: list[Title]) -> bool:
    """Whether a match names the card's item: after the candidate's name, the words that
    follow it in the card up to the first word for a kind of item ("Porter Park" in "Prana
    Porter Park Flannel Shirt Women's", "RX5375" in "Ray-Ban RX5375"), written in one run
    ("Prana Women's Porter Park Flannel", "Ray-Ban RX 5375 (2034)"). Google's recognition and a
    page about the item then agree on the very item, not only on a maker."""
    items = {_item_after(title, candidate.parts) for title in titles
             if title.kind == KNOWLEDGE_GRAPH and title.index in candidate.support}
    items = {item for item in items if len(item) >= _MIN_ITEM_CHARS}
    matches = [title for title in titles if title.index in candidate.support
               and title.kind not in (KNOWLEDGE_GRAPH, RELATED_SEARCH)]
    return any(item in _slug_after(title, candidate.parts)
               for item in items for title in matches)


def _item_after(card: Title, parts: tuple[str, ...]) -> str:
    """The card's words naming its item after a maker's name, as one slug ("porterpark")."""
    after = words_after(card.tokens, parts) or []
    naming = takewhile(lambda t: name_word(t.slug) and not word_in(t.slug, ITEM_WORDS), after)
    return "".join(token.slug for token in naming)


def _slug_after(title: Title, parts: tuple[str, ...]) -> str:
    """A title's words after its first mention of a name, as one slug."""
    return "".join(token.slug for token in words_after(title.tokens, parts) or [])
