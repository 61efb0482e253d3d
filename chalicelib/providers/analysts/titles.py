"""Match titles cut into words: the shop's suffix removed, page furniture left out, and the
word classes the producer and model rules read them with (names, common words, noise)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from chalicelib.providers.analysts.furniture import (
    site_template,
    strip_furniture,
    without_template,
)
from chalicelib.providers.analysts.lexicon import (
    COMPANY_PREFIXES,
    COMPANY_SUFFIXES,
    GENERIC_WORDS,
    ITEM_WORDS,
    MEASURE_UNITS,
    NOISE_WORDS,
    RETAILERS,
    STOP_WORDS,
    slug,
)
from chalicelib.providers.pricing.marketplaces import domain_name
from chalicelib.wire import LensMatch

_SUFFIX_SPLIT = re.compile(r"\s+[|–—•·-]\s+|\s*\|\s*|\s*:\s+")
_SEGMENT_SPLIT = re.compile(r"[,;:()\[\]{}…!?|–—•·]|\s-\s|\s/\s|\.\.\.")
# A share ("100% Linen") is one word with its sign, so it is read as a measure, not a number.
# A designation whose letters are split by a slash ("F/A-18", "AN/PVS-14") is one word, as its
# sources write it; a slash between words or numbers ("Black/White", "1/2") still splits them.
TOKEN = re.compile(r"[A-Z]{1,3}/[A-Z]{1,4}-?\d[\w-]*|&|\d+(?:[.,]\d+)?%"
                   r"|[^\W_](?:[\w'’.&+-]*[^\W_])?")
_YEAR = re.compile(r"^(19|20)\d\d$")
UNIT = re.compile(
    r"^\d+(?:[.,]\d+)?(?:" + "|".join(sorted(MEASURE_UNITS | {"st", "nd", "rd", "th"},
                                             key=len, reverse=True)) + ")$"
)
# Letter sizes, and waist / leg lengths of trousers ("W32", "L34").
_SIZE = re.compile(r"^(?:x{0,3}[sml]|x{1,3}l|\d?xl|\d{1,2}xl|[wl]\d{2})$")
# A model that is a number alone ("Levi's 501", "Porsche 911"); shorter numbers are sizes.
MODEL_NUMBER = re.compile(r"^\d{3,5}$")
# A length in inches ('13"', '15.6”'): a size, written as one with its unit ("13in").
_INCHES = re.compile(r"(\d)\s?(?:\"|”|″|'')")
# A site's name with a word or two of its own ("Wikimedia Commons", "Etsy UK Shop").
_SITE_NAME_WORDS = 3
_UNWANTED_CHARS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\ufeff"), None)
# Match kinds (``LensMatch.kind``) the rules treat apart.
EXACT, KNOWLEDGE_GRAPH, RELATED_SEARCH = "exact", "knowledge-graph", "related-search"


@dataclass(frozen=True)
class Token:
    """One word of a title: as written, its slug, and the segment it belongs to."""

    text: str
    slug: str
    segment: int


@dataclass
class Title:
    """A match's title, cleaned of shop suffixes and cut into words and segments."""

    index: int
    tokens: list[Token]
    site: str
    source: str
    kind: str | None = None  # the match's kind: None (visual), exact, knowledge-graph, ...
    # The name a site gives itself at the end of its title when that name is its domain
    # ("Vail Lounge Chair | Denver Modern" on denvermodern.com): the site may sell its own line.
    own_name: str | None = None
    file_name: bool = False  # the title was a file's name ("IMG_4521.JPG", "File:...jpg")
    category: str | None = None  # a knowledge-graph card's category line ("Novel series")

    @property
    def site_key(self) -> str:
        """What counts as one source: its site, or the match itself where it has none."""
        return self.site or f"#{self.index}"


# Each further listing on a site already counted weighs this much of an independent site:
# listings by different sellers on one marketplace are partly independent, a shop's own
# template repeated on its pages is not.
_SAME_SITE_WEIGHT = 0.5


def independent_weight(sites: int, listings: int) -> float:
    """How much ``listings`` on ``sites`` distinct sites say: each site once, and half a site
    for each further listing (185 sellers writing "Bape" on one marketplace say more than one
    shop's page does)."""
    return sites + _SAME_SITE_WEIGHT * max(0, listings - sites)


def clean_titles(matches: Sequence[LensMatch]) -> list[Title]:
    """Every match's title read (``clean_title``), each site's template (the interface text it
    appends to all its titles) removed first."""
    texts = [_normalised(match.title) for match in matches]
    sites = [_site_of(match) for match in matches]
    by_site: dict[str, list[str]] = {}
    for site, text in zip(sites, texts, strict=True):
        by_site.setdefault(site, []).append(text)
    templates = {site: site_template(site_texts, site) for site, site_texts in by_site.items()}
    return [clean_title(i, match, without_template(text, templates[site]))
            for i, (match, text, site) in enumerate(zip(matches, texts, sites, strict=True))]


# Search engines whose own product pages stand for many shops' offers ("google.ch/shopping/
# product/..."): there the offer's shop, its source, is its site, each an independent seller.
_SHOPPING_ENGINES = frozenset({"google", "bing"})


def _site_of(match: LensMatch) -> str:
    site = slug(domain_name(match.link)) if match.link else ""
    if not site or (site in _SHOPPING_ENGINES and match.source
                    and slug(match.source) not in _SHOPPING_ENGINES):
        return slug(match.source)
    return site


def _normalised(title: str) -> str:
    return unicodedata.normalize("NFKC", title).translate(_UNWANTED_CHARS)


def clean_title(index: int, match: LensMatch, text: str | None = None) -> Title:
    """Cut a title (``text``, else the match's) into words, without the shop's name tacked on
    ("... | eBay", "- tutti.ch") and without page furniture (``furniture.strip_furniture``)."""
    text = _normalised(match.title if text is None else text)
    cleaned = strip_furniture(text)
    text = _INCHES.sub(r"\1in", cleaned.text)
    parts = _SUFFIX_SPLIT.split(text)
    site = _site_of(match)  # listings without a link: their source is their site
    own_name = None
    while len(parts) > 1 and is_site_name(parts[-1], site, slug(match.source)):
        popped = parts.pop()
        if site and slug(popped) == site and site not in RETAILERS:
            own_name = popped.strip()
    tokens: list[Token] = []
    segment = 0
    caseless = not any(ch.isupper() for ch in text)
    for part in parts:
        for piece in _SEGMENT_SPLIT.split(part):
            words = [w.strip(".'’-") for w in TOKEN.findall(piece)]
            tokens.extend(Token(_cased(w, caseless), slug(w), segment) for w in words if w)
            segment += 1
    return Title(index, tokens, site, slug(match.source), match.kind, own_name, cleaned.file_name,
                 match.subtitle)


def _cased(word: str, caseless: bool) -> str:
    """A title written without capitals says nothing about which words are names: every word
    is read as if capitalised, and the other rules (common words, support) decide."""
    return word[:1].upper() + word[1:] if caseless else word


def is_site_name(part: str, site: str, source: str) -> bool:
    """Whether a title's last part names the site it is on rather than the item: its domain or
    source name, a retailer, or a short phrase starting with the site's name ("Amazon.com",
    "eBay.co.uk", "Wikimedia Commons" on wikimedia.org)."""
    name = slug(part)
    if not name or part.strip().startswith("r/"):
        return True
    if name in (site, source) or name in RETAILERS or name.removesuffix("com") in RETAILERS:
        return True
    if site and len(site) >= 3 and name.startswith(site):
        return len(name) <= len(site) + 4 or len(part.split()) <= _SITE_NAME_WORDS
    if site and len(site) >= 4 and name.endswith(site):
        return True  # the site about itself: "Download Free Images on Unsplash" on unsplash.com
    return len(name) >= 4 and bool(site) and site.startswith(name)


def name_parts(name: str) -> tuple[str, ...]:
    return tuple(s for s in (slug(w) for w in TOKEN.findall(name)) if s)


def site_match(site: str, parts: Sequence[str]) -> int:
    """2 if a domain name is exactly the producer's name, 1 if it is a close variant, else 0.

    Close variants: the name's first words ("halvorsen" for "Halvorsen & Co") or the name with
    a company word around it ("ashleyfurniture", "thenorthface").
    """
    full = "".join(parts)
    if not site or not full:
        return 0
    if site == full:
        return 2
    prefixes = {"".join(parts[:k]) for k in range(1, len(parts) + 1)}
    if site in prefixes and len(site) >= 4:
        return 1
    for prefix in COMPANY_PREFIXES:
        if site == prefix + full:
            return 1
    return int(any(site.startswith(p) and site[len(p) :] in COMPANY_SUFFIXES for p in prefixes))


def own_site_rank(site: str, source: str, parts: Sequence[str], own_label: bool) -> int:
    """How surely a match's site (domain name slug) is a producer's own: its domain
    (``site_match``: 2 exact, 1 a variant), or 2 where Lens names the site after it (``source``
    slug "boat" on boat-lifestyle.com). A shop of many brands never is, except its own label
    on its own site (``own_label``)."""
    if site in RETAILERS and not own_label:
        return 0
    by_source = 2 if source and source == "".join(parts) else 0
    return max(site_match(site, parts), by_source)


def segments(tokens: list[Token]) -> list[list[Token]]:
    groups: dict[int, list[Token]] = {}
    for token in tokens:
        groups.setdefault(token.segment, []).append(token)
    return list(groups.values())


def skippable(token: Token) -> bool:
    """Words that may precede a brand: "Used", "NWT", "Men's", "2019", "(WMNS)", "Sneakers".
    A designation written with a slash ("F/A-18 Super Hornet") is the item's own name, and the
    words after it name the item, not its maker."""
    key = token.slug
    return (
        not key
        or (any(ch.isdigit() for ch in key) and "/" not in token.text)
        or (word_in(key, STOP_WORDS | NOISE_WORDS | GENERIC_WORDS) and not own_spelling(token.text))
        or key in RETAILERS
    )


# An everyday word is written in lower case by at least this many sites.
_LOWER_CASE_SITES = 2


# ... or by this many listings, when they are most of those writing it after a title's start.
_LOWER_CASE_LISTINGS = 3


def everyday_words(titles: Sequence[Title]) -> set[str]:
    """Slugs of words that at least two sites write in lower case after a title's first word
    (a plural's singular too), or that listings mostly write in lower case there, three at
    least (sellers on one marketplace: "Mantel redondo ... impermeable tela mantel lavable"):
    words of the language, not names. A maker's name keeps its capital wherever it is
    written (a seller's lower-case "nike" now and then is a few of many); titles written
    without capitals say nothing (they are read as if capitalised)."""
    sites: dict[str, set[str]] = {}
    lower: dict[str, set[int]] = {}
    inside: dict[str, set[int]] = {}  # titles writing the word after their first word
    for title in titles:
        if title.kind == RELATED_SEARCH:
            continue
        for token in title.tokens[1:]:
            keys = {token.slug, token.slug.removesuffix("s")}
            for key in keys:
                inside.setdefault(key, set()).add(title.index)
            if not capitalised(token.text) and token.text.isalpha():
                site = title.site_key
                for key in keys:
                    sites.setdefault(key, set()).add(site)
                    lower.setdefault(key, set()).add(title.index)
    return {word for word, where in sites.items()
            if len(where) >= _LOWER_CASE_SITES
            or (len(lower[word]) >= _LOWER_CASE_LISTINGS
                and 2 * len(lower[word]) >= len(inside[word]))}


def capitalised_names(tokens: list[Token]) -> set[str]:
    """Slugs of the 1-4 word runs that start with a capitalised word."""
    names = set()
    for start, token in enumerate(tokens):
        if not capitalised(token.text):
            continue
        key = ""
        for other in tokens[start : start + 4]:
            key += other.slug
            names.add(key)
    return names


def names_an_item(tokens: Sequence[Token]) -> bool:
    """Whether words say what a thing is: a word for a kind of item ("chair", "sneakers",
    ``ITEM_WORDS``), a model's number or code or a size ("2", "TMS007", "38mm").
    Titles about a person or a topic ("Danny DeVito gets his own day in his native New
    Jersey") name none."""
    return any(word_in(token.slug, ITEM_WORDS) or _code_like(token.slug) for token in tokens)


# A model's number or code, or a size, is short ("Trailrunner 2", "TMS007", "H70455533",
# "38mm"); longer runs of digits and letters are links and ids ("UZuUbr0QBq", "4842584969").
_CODE_CHARS = 9


def _code_like(key: str) -> bool:
    return len(key) <= _CODE_CHARS and any(ch.isdigit() for ch in key)


def name_starts(tokens: Sequence[Token], parts: Sequence[str]) -> list[int]:
    """Where a name (its slugs, one a word) is written in a run of words."""
    return slug_starts([token.slug for token in tokens], parts)


def slug_starts(slugs: Sequence[str], parts: Sequence[str]) -> list[int]:
    """Where a name (its slugs) is written in a run of word slugs."""
    size = len(parts)
    return [k for k in range(len(slugs) - size + 1) if tuple(slugs[k:k + size]) == tuple(parts)]


def words_after(tokens: Sequence[Token], parts: Sequence[str]) -> Sequence[Token] | None:
    """The words after a name's first mention in a run of words (none when it ends the run),
    or None when the run does not write the name."""
    starts = name_starts(tokens, parts)
    return tokens[starts[0] + len(parts):] if starts else None


def word_in(key: str, words: frozenset[str]) -> bool:
    """Membership that also accepts a plural or possessive ("mens", "sneakers", "men's")."""
    return key in words or key.removesuffix("s") in words


def name_word(key: str) -> bool:
    return not (word_in(key, STOP_WORDS | NOISE_WORDS | GENERIC_WORDS) or key in RETAILERS)


def name_like(token: Token) -> bool:
    """Could start a producer's name: capitalised, letters only, not a common word."""
    letters = sum(ch.isalpha() for ch in token.text)
    return proper(token) and letters >= 2 and (
        name_word(token.slug) or (own_spelling(token.text) and token.slug not in RETAILERS))


def proper(token: Token) -> bool:
    """Capitalised and free of digits (so "TMS007" or "2XL" never extend a name)."""
    text = token.text
    return capitalised(text) and not any(ch.isdigit() for ch in text) and token.slug != ""


def capitalised(text: str) -> bool:
    """Written as a name: with a capital first letter, or in a maker's own spelling."""
    return text[:1].isupper() or own_spelling(text)


def own_spelling(text: str) -> bool:
    """A word that starts in lower case with a capital inside, as makers spell their own names
    ("boAt", "iRobot", "reMarkable"): a name even where the letters spell a word of the
    language ("boAt" is no boat), since no one writes a word that way."""
    return (text[:1].islower() and text.isalpha()
            and any(ch.isupper() for ch in text[1:]))


def quantity_word(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` makes a quantity with the word before it: a unit written
    apart from its number ("256" "GB", "15" "Oz"), or the "Size" of "One Size" (where "One"
    is no count; elsewhere it may be a name's: "Xbox One X")."""
    if not 0 < index < len(tokens):
        return False
    number, unit = tokens[index - 1].slug, tokens[index].slug
    return ((number.isdigit() and unit.isalpha() and bool(UNIT.match("1" + unit)))
            or (number == "one" and unit in {"size", "sz"}))


def noise(token: Token) -> bool:
    key = token.slug
    return (
        not key
        or token.text.endswith("%")
        or key in NOISE_WORDS
        or bool(_YEAR.match(key) or UNIT.match(key) or _SIZE.match(key))
        or key in RETAILERS
    )

