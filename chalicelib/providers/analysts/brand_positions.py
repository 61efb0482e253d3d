"""Brand positions: where a title names who made its item.

The leading name of a title segment (after words like "Used", "Men's", years, but never after a
fitment word: "For: 2011 Volkswagen Jetta" names what a part fits), the name after "by"
("Catana by vincenttrinidad"), and the lexicon's brands and product lines anywhere.
"""

from __future__ import annotations

from chalicelib.providers.analysts.lexicon import ALIASES, BRANDS, RETAILERS
from chalicelib.providers.analysts.titles import (
    Token,
    name_like,
    name_word,
    proper,
    quantity_word,
    skippable,
)

# Words that say what an item fits or replaces ("For: 2011 Volkswagen Jetta", "Case for
# iPhone 15"): the name after them is another product's, not the producer's.
FITS_WORDS = frozenset({"for", "fits", "fit", "compatible", "fur", "pour", "para", "per"})


def leading_names(segment: list[Token]) -> list[str]:
    """Brand-position names at a segment's start: a known brand or line (also after one or two
    other words: "Termo Stanley", "Telefono Celular Xiaomi"), else 1-3 proper nouns."""
    start = 0
    while start < len(segment):
        known = known_at(segment, start)
        if known:
            return [known]
        in_quantity = quantity_word(segment, start) or quantity_word(segment, start + 1)
        if start >= 3 or not (skippable(segment[start]) or in_quantity):
            # a word or two before a known brand name the item's kind where a language names
            # it first ("Termo Stanley Classic", "Telefono Celular Xiaomi"), or a co-brand:
            # the brand leads
            after = known_at(segment, start + 1) or known_at(segment, start + 2)
            if after:
                return [after]
            break
        if segment[start].slug in FITS_WORDS:
            return []  # "For 2011 Volkswagen Jetta": what the item fits, not who made it
        start += 1
    if start >= len(segment) or not name_like(segment[start]):
        return []
    words = [segment[start].text]
    for token in segment[start + 1 : start + 3]:
        if token.text != "&" and not proper(token):
            break
        words.append(token.text)
    while words[-1] == "&":
        words.pop()
    return [" ".join(words[:n]) for n in range(1, len(words) + 1) if words[n - 1] != "&"]


def store_at_start(segment: list[Token]) -> str | None:
    """A shop's name where a segment names its item's maker ("Shein Women Gray Long Sleeve
    T-shirt"): the first word after the words that may precede a brand, when it is a shop's
    name (``RETAILERS``) and no lexicon brand stands there."""
    for start, token in enumerate(segment[:4]):
        if known_at(segment, start):
            return None
        if token.slug in RETAILERS:
            return token.text if proper(token) else None
        if not skippable(token) or token.slug in FITS_WORDS:
            return None
    return None


def by_names(segment: list[Token]) -> list[str]:
    """The names after "by" ("... by Vincent Trinidad", "by vincenttrinidad")."""
    for i, token in enumerate(segment[:-1]):
        if token.slug == "by":
            first = segment[i + 1]
            known = known_at(segment, i + 1)
            if known:
                return [known]
            if not (first.text.isalpha() and len(first.slug) >= 3 and name_word(first.slug)):
                return []
            words = [first.text]
            words += [t.text for t in takewhile(proper, segment[i + 2 : i + 4])]
            return [" ".join(words[:n]) for n in range(1, len(words) + 1)]
    return []


def takewhile(keep, tokens: list[Token]) -> list[Token]:
    taken = []
    for token in tokens:
        if not keep(token):
            break
        taken.append(token)
    return taken


def known_at(segment: list[Token], start: int) -> str | None:
    """A lexicon brand (or the brand of a product line) starting at ``start``, if any."""
    for end in range(min(len(segment), start + 4), start, -1):
        key = "".join(t.slug for t in segment[start:end])
        if key in BRANDS:
            return BRANDS[key].name
        if key in ALIASES:
            return ALIASES[key]
    return None


def lexicon_mentions(tokens: list[Token]) -> list[str]:
    """Unambiguous lexicon brands named anywhere in a title, else brands of its product lines.

    A named brand beats a product line ("Squier Stratocaster" is Squier's, not Fender's). A
    brand after a fitment word is what the item fits, not who made it ("Shockproof Case For
    iPhone 14", "Sim Card Ejector Pin for Apple iPhone").
    """
    named, lines = set(), set()
    slugs = [t.slug for t in tokens]
    fitted = next((i for i, key in enumerate(slugs) if key in FITS_WORDS), len(slugs))
    for start in range(fitted):
        key = ""
        for end in range(start, min(fitted, start + 4)):
            key += slugs[end]
            brand = BRANDS.get(key)
            if brand and not brand.ambiguous:
                named.add(brand.name)
            if key in ALIASES:
                lines.add(ALIASES[key])
    return sorted(named or lines)  # sorted: candidates are created in a stable order
