"""A site that sells its own line: its own name at the end of its title, on its own domain
("Vail Lounge Chair | Denver Modern" on denvermodern.com).

Such a name is a candidate producer only when something corroborates it, and the names that
start its title are its line's products.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chalicelib.providers.analysts.titles import (
    RELATED_SEARCH,
    Title,
    name_starts,
    name_word,
    names_an_item,
)

if TYPE_CHECKING:  # the producer rules import this module
    from chalicelib.providers.analysts.title_consensus import Candidate


def uncorroborated_own_lines(candidates: dict[str, Candidate], titles: list[Title],
                             everyday: set[str]) -> set[str]:
    """Names known only as a site's own name at the end of its titles ("... | Denver Modern"
    on denvermodern.com) count when something corroborates that the site sells this item:
    another site's title, or another of its own pages, shares a specific word with the item's
    name there ("Vail"). A shop's name over an item nobody else names is a dealer's page
    ("Harry Potter Deluxe Harry Potter Robe Adult Costume | Wilko"), not a producer's line.

    The item's name is the title's first segment, never the text the site adds about itself
    ("| Free iPhone & Zoom HD Wallpapers & Vectors - rawpixel"); it must say what the item is
    (``names_an_item``: a page titled with a person's name on an encyclopedia is about them),
    and everyday words (``everyday_words``: "Background Images" on an image library) name no
    item. A site whose pages name another established maker in the item's name resells or
    describes that maker's goods (``_resold``).
    """
    uncorroborated = set()
    for candidate in candidates.values():
        own = candidate.own_line
        if not own or candidate.support - own - _on_own_site(candidate, titles):
            continue
        if (any(_shares_name_word(titles[i], titles, candidate, everyday) for i in own)
                and not _resold(candidate, candidates, titles)):
            continue
        uncorroborated.add(candidate.slug)
    return uncorroborated


# Another maker is established where titles on this many other sites start with its name.
_MAKER_SITES = 2


def _resold(candidate: Candidate, candidates: dict[str, Candidate], titles: list[Title]) -> bool:
    """Whether a page of the site names another maker in its item's name: a shop or a wiki
    titling its pages "Termo Stanley Classic ... | MercadoLibre" or "Boeing F/A-18E/F Super
    Hornet | Military Wiki | Fandom" sells or describes Stanley's and Boeing's goods, not a
    line of its own. The other maker must lead titles on two other sites (a lexicon brand on
    one), so a line's own product name that resellers repeat ("Vail Lounge Chair") does not
    count against the site that makes it."""
    site_pages = _on_own_site(candidate, titles)
    makers = [other for other in candidates.values()
              if other is not candidate and not other.related(candidate)
              and len(opening_sites(other, titles) - {titles[i].site for i in candidate.own_line})
              >= (1 if other.lexicon else _MAKER_SITES)]
    return bool(site_pages) and any(_names(titles[i], maker.parts) for maker in makers
                                    for i in candidate.own_line)


def opening_sites(candidate: Candidate, titles: list[Title]) -> set[str]:
    """The sites that give the name as their item's maker: a title starts with it, or credits
    it with "by"."""
    return {titles[i].site_key for i in candidate.opens | candidate.by}


def _names(title: Title, parts: tuple[str, ...]) -> bool:
    """Whether the item's name (the title's first segment) writes a name."""
    first = min((t.segment for t in title.tokens), default=0)
    return bool(name_starts([t for t in title.tokens if t.segment == first], parts))


def products_of_own_lines(candidates: dict[str, Candidate], uncorroborated: set[str],
                          others: set[str]) -> set[str]:
    """Names that start a site's title about its own line ("Vail" in "Vail Lounge Chair |
    Denver Modern") are that line's products: their matches support the site's name, and they
    are not producers (unless the lexicon knows them as brands). Names that are no shop's
    product (``others``) are left alone: a design other titles credit to someone else
    ("Catana by vincenttrinidad") is that maker's, not the line of a shop that sells it
    ("Catana Shirt – Wicked Clothes"), and a feature many makers' items share ("Bluetooth
    Wireless Earphones With Mic – Crossbeats") is no one's product."""
    products: set[str] = set()
    for maker in candidates.values():
        if not maker.own_line or maker.slug in uncorroborated:
            continue
        for candidate in candidates.values():
            if (candidate is maker or candidate.lexicon or candidate.related(maker)
                    or candidate.slug in others or not candidate.opens & maker.own_line):
                continue
            products.add(candidate.slug)
            maker.lines.add(candidate.slug)
            maker.support |= candidate.support
    return products


def _on_own_site(candidate: Candidate, titles: list[Title]) -> set[int]:
    sites = {titles[i].site for i in candidate.own_line}
    return {title.index for title in titles if title.site in sites}


def _shares_name_word(title: Title, titles: list[Title], candidate: Candidate,
                      everyday: set[str]) -> bool:
    first = min((t.segment for t in title.tokens), default=0)
    named = [t for t in title.tokens if t.segment == first]
    if not names_an_item(named):  # "Danny DeVito - Wikiwand": a page about someone, no item
        return False
    item = {t.slug for t in named if name_word(t.slug)
            and not t.slug.isdigit() and t.slug not in everyday}
    item -= set(candidate.parts)
    return any(item & {t.slug for t in other.tokens} for other in titles
               if other.index != title.index and other.kind != RELATED_SEARCH)
