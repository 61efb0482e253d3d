"""What the item is: the model phrase the match titles agree on (no producer: the phrase they
repeat most).

See ``chalicelib.providers.analysts.heuristic`` for the rules.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chalicelib.providers.analysts.lexicon import ALIASES, GENERIC_WORDS, STOP_WORDS, slug
from chalicelib.providers.analysts.titles import (
    EXACT,
    ITEM_WORDS,
    MODEL_NUMBER,
    UNIT,
    Title,
    Token,
    independent_weight,
    name_starts,
    name_word,
    noise,
    quantity_word,
    site_match,
    word_in,
)

if TYPE_CHECKING:  # the producer rules import this module
    from chalicelib.providers.analysts.title_consensus import Candidate



@dataclass(frozen=True)
class ModelReading:
    """The model phrase and how far the sites agree on it."""

    model: str | None
    sites: int = 0  # distinct sites whose titles carry the phrase
    of: int = 0  # distinct sites whose titles were read for it
    # Share of the sites naming the phrase's stem that name another variant of it ("15 Pro"
    # against "15 Plus"); 0 when they agree.
    disagreement: float = 0.0
    # How far the matches read agree on the phrase, counting further listings on a site at
    # half a site (``_Uses.weight``): on one marketplace, how many sellers name it.
    agreement: float = 1.0


def find_model(titles: list[Title], producer: Candidate) -> str | None:
    """The phrase that most often follows the producer's name across titles."""
    return read_model(titles, producer).model


def read_model(titles: list[Title], producer: Candidate) -> ModelReading:
    """The model phrase after the producer's name, with the sites' agreement on it."""
    # Listings on one site count once (``Title.site_key``): what a shop repeats in its own
    # template ("SEND OFFERS", a size chart) is not agreement between sources.
    tails = [(title, runs) for title in titles if (runs := _tails(title, producer))]
    sites = {name for title in titles for name in (title.site, title.source) if name}
    skip = set(producer.parts) | sites
    reading = _best_phrase([(title.site_key, runs) for title, runs in tails], skip=skip,
                           specific=True)
    exact = [runs for title, runs in tails if title.kind == EXACT]
    return _as_exact_matches_say(reading, exact, skip)


def _as_exact_matches_say(reading: ModelReading, exact: list[list[list[Token]]],
                          skip: set[str]) -> ModelReading:
    """Where the listings disagree on the variant, the one the photo's exact matches name: an
    exact match is the very picture (the maker's own page of "Airdopes 141"), where other
    matches show look-alike variants ("Airdopes 170", "Airdopes 148"). Only the words that
    name a variant right after what the listings agree on count (a number or code, or a
    capitalised name word: "141", "Pro"), and the disagreement stays in the reading."""
    if reading.model is None or not reading.disagreement:
        return reading
    stem = tuple(slug(word) for word in reading.model.removesuffix(" series").split())
    variants = Counter(variant for runs in exact for run in runs
                       if (variant := _variant_after(run, stem, skip)))
    if len(variants) != 1:  # none, or exact matches that disagree too
        return reading
    return replace(reading, model=next(iter(variants)))


_VARIANT_WORDS = 2  # "141", "141 Pro", "S22 Ultra"


def _variant_after(run: list[Token], stem: Key, skip: set[str]) -> str | None:
    """The stem as a run writes it with the variant words right after it, or None."""
    for start in name_starts(run, stem):
        end = start + len(stem)
        while (end < len(run) and end - start - len(stem) < _VARIANT_WORDS
               and run[end].slug not in skip
               and (any(ch.isdigit() for ch in run[end].text)
                    or (run[end].text[:1].isupper() and name_word(run[end].slug)))):
            end += 1
        if end > start + len(stem):
            return " ".join(token.text for token in run[start:end])
    return None


def generic_reading(titles: list[Title]) -> ModelReading:
    """The most repeated phrase across all titles, for an item without a producer, with how
    far the matches agree on it."""
    documents = [(title.site_key, runs) for title in titles if (runs := _runs(title.tokens))]
    needed = max(2, math.ceil(0.15 * len({site for site, _ in documents})))
    return _best_phrase(documents, skip=set(), specific=False, needed=needed)


def names_no_kind(phrase: str) -> bool:
    """Whether a phrase reads as a name rather than a kind of item: a word that is neither a
    common, describing or noise word nor a kind of item ("Layer-0", "Spider-Man"; not
    "Coffee Maker", "Floral")."""
    words = [slug(word) for word in phrase.split()]
    return (any(name_word(word) for word in words if word)
            and not any(word_in(word, ITEM_WORDS) for word in words))


_TAIL_WORDS = 10


def _tails(title: Title, producer: Candidate) -> list[list[Token]]:
    """Word runs after each mention of the producer (from a product line's name, it included),
    and before "by" when the producer is credited there."""
    tokens = title.tokens
    runs = []
    for start, end, is_line in _mentions(tokens, producer):
        runs.extend(_runs(tokens[start if is_line else end : end + _TAIL_WORDS]))
        if start and tokens[start - 1].slug == "by":  # "Catana T-Shirt by Vincent Trinidad"
            segment = tokens[start].segment
            runs.extend(_runs([t for t in tokens[: start - 1] if t.segment == segment]))
    if not runs and site_match(title.site, producer.parts):
        runs = _runs(tokens)  # the producer's own page may leave its name out of the title
    return runs


def _mentions(tokens: list[Token], producer: Candidate) -> Iterable[tuple[int, int, bool]]:
    """(start, end, is product line) spans naming the producer in a title."""
    lines = {key for key, brand in ALIASES.items() if slug(brand) == producer.slug}
    lines |= producer.lines
    for start in range(len(tokens)):
        key = ""
        for end in range(start + 1, min(len(tokens), start + 4) + 1):
            key += tokens[end - 1].slug
            if key == producer.slug:
                yield start, end, False
                break
            if key in lines:
                yield start, end, True
                break


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Split words into runs at noise (colours, sizes, years, units, condition words), a
    number and its unit written apart ("256 GB", "350 ml") included."""
    runs: list[list[Token]] = [[]]
    quantities = _quantities(tokens)
    for index, token in enumerate(tokens):
        unwanted = noise(token) or index in quantities
        if unwanted or (runs[-1] and runs[-1][-1].segment != token.segment):
            runs.append([])
        if not unwanted:
            runs[-1].append(token)
    return [run for run in runs if run]


def _quantities(tokens: list[Token]) -> set[int]:
    """Positions of the words of quantities ("256 GB", "One Size": ``quantity_word``)."""
    return {at for index in range(1, len(tokens)) if quantity_word(tokens, index)
            for at in (index - 1, index)}


Document = tuple[str, list[list[Token]]]  # a match's site and its runs of words
Key = tuple[str, ...]  # a phrase's slugs


@dataclass
class _Uses:
    """Which documents (matches) use each phrase, and on which sites they are."""

    sites: list[str]
    documents: dict[Key, set[int]]

    def listings(self, key: Key) -> int:
        return len(self.documents.get(key, ()))

    def site_count(self, key: Key) -> int:
        return len({self.sites[i] for i in self.documents.get(key, ())})

    def read_weight(self) -> float:
        """``weight`` of a phrase every match read would name."""
        return independent_weight(len(set(self.sites)), len(self.sites))

    def weight(self, key: Key) -> float:
        """Distinct sites using a phrase, and half a use for each further listing on one of
        them: listings by different sellers on one marketplace are partly independent, a
        shop's own template repeated on its pages ("SEND OFFERS", a size chart) is not
        agreement."""
        return independent_weight(self.site_count(key), self.listings(key))

    def agreement(self, key: Key) -> float:
        """How far the matches read agree on a phrase: its weight against that of a phrase
        every one of them names."""
        return round(self.weight(key) / self.read_weight(), 3)


def _best_phrase(
    documents: list[Document],
    skip: set[str],
    specific: bool,
    needed: int | None = None,
) -> ModelReading:
    """The best-scoring 1-4 word phrase over documents (runs of words, one document per match).

    Score = uses of the phrase (``_Uses.weight``) x its weight (``_phrase_weight``). Without a
    phrase used often enough, the top-ranked document's best phrase stands in, if ``needed``
    allows it. A specific phrase then grows to the variant most of its listings name, and
    says how far they disagree on it (``_grown``).
    """
    uses = _Uses([site for site, _ in documents], {})
    spellings: dict[Key, Counter[str]] = {}
    for index, (_, runs) in enumerate(documents):
        for run in runs:
            for phrase in _phrases(run, skip, specific):
                key = tuple(t.slug for t in phrase)
                uses.documents.setdefault(key, set()).add(index)
                spellings.setdefault(key, Counter())[" ".join(t.text for t in phrase)] += 1
    read = len(set(uses.sites))
    minimum = needed if needed is not None else 2
    keys = [key for key in uses.documents if uses.listings(key) >= minimum]
    if not keys and needed is None and documents:
        keys = [tuple(t.slug for t in p) for r in documents[0][1]
                for p in _phrases(r, skip, specific)]
    if not keys:
        return ModelReading(None, 0, read)
    # Ties go to the phrase seen first (Lens ranks its best matches first), then by spelling.
    order = {key: rank for rank, key in enumerate(spellings)}
    best = max(keys, key=lambda k: (uses.weight(k) * _phrase_weight(k), -_generic_count(k),
                                    len(k), -order[k]))
    if not specific:
        return ModelReading(_spelling(spellings[best]), uses.site_count(best), read,
                            agreement=uses.agreement(best))
    best, number_disagreement = _agreed_number(best, uses, order)
    grown, disagreement, split = _grown(best, uses, order, spellings)
    grown = _with_line_word(grown, uses, spellings)
    name = _spelling(spellings[grown])
    if split:
        name = _series(name)
    disagreement = max(disagreement, number_disagreement)
    return ModelReading(name, uses.site_count(grown), read, round(disagreement, 3),
                        uses.agreement(grown))


def _agreed_number(best: Key, uses: _Uses, order: dict[Key, int]) -> tuple[Key, float]:
    """The number or code most listings give after the best phrase's name ("Galaxy S22", not
    "Galaxy S21 FE"; "iPhone 15", not "iPhone 14 Pro Max"): a longer phrase may outscore the
    shorter ones, but the identifier is what most sources say. Returns that stem (``best``
    itself when it agrees) and the share of listings naming another number."""
    slot = next((i for i, part in enumerate(best) if i and any(ch.isdigit() for ch in part)),
                None)
    if slot is None:
        return best, 0.0
    stem, prefix = best[: slot + 1], best[:slot]
    numbered = [key for key in uses.documents
                if len(key) == slot + 1 and key[:slot] == prefix
                and any(ch.isdigit() for ch in key[slot])]
    if len(numbered) < 2:
        return best, 0.0
    ranked = sorted(numbered, key=lambda k: (-uses.weight(k), order[k]))
    named = set().union(*(uses.documents[key] for key in numbered))
    top = ranked[0]
    disagreement = 1 - uses.listings(top) / len(named)
    if uses.weight(top) > uses.weight(stem):
        return top, disagreement
    return best, disagreement


def _grown(best: Key, uses: _Uses, order: dict[Key, int],
           spellings: dict[Key, Counter[str]]) -> tuple[Key, float, bool]:
    """``best`` extended, one word at a time, by the variant that at least half of its
    listings name and more than any other reading (another word after it, or the stem alone):
    a generation or edition ("Flex Control" -> "Flex Control 4", "iPhone 15" -> "iPhone 15 Plus"
    when most say Plus), never a word only some listings add (a type, a size, another
    language's word: "Veloce 2 road", "Dorado D-17 Westerngitarre"), never a generic one
    ("Telecaster Electric Guitar").

    Also says how far the listings disagreed on the variant along the way, and whether they
    split between variants where the growth stopped.
    """
    disagreement = 0.0
    while True:
        named = uses.documents[best]
        readings = _readings(best, uses)
        variants = {key: listings for key, listings in readings.items()
                    if _is_variant(key, best, uses, spellings)}
        # Listings naming no variant agree with the stem (a type word, or a word one adds).
        agreeing = named - set().union(*variants.values()) if variants else named
        counts = sorted([len(listings) for listings in variants.values()] + [len(agreeing)],
                        reverse=True)
        disagreement = max(disagreement, 1 - counts[0] / len(named))
        ranked = sorted(variants, key=lambda key: (-len(variants[key]), order[key]))
        if ranked:
            top = ranked[0]
            others = [len(listings) for key, listings in readings.items() if key != top]
            if 2 * len(variants[top]) >= len(named) and len(variants[top]) > max(others):
                best = top
                continue
        split = len(counts) > 1 and counts[1] >= 2 and 2 * counts[0] <= len(named)
        return best, disagreement, split


def _with_line_word(stem: Key, uses: _Uses, spellings: dict[Key, Counter[str]]) -> Key:
    """``stem`` with the describing word every one of its listings writes capitalised just
    before it, on two sites or more: a line's name made of an everyday word ("Classic
    Legendary Bottle", "American Professional") is part of the model, where a describing word
    only some sellers add ("Vintage", "Modern") is not."""
    for key, documents in uses.documents.items():
        if len(key) != len(stem) + 1 or key[1:] != stem or documents != uses.documents[stem]:
            continue
        word = key[0]
        # (Noise words never reach a phrase: runs of words end at them.)
        if (word_in(word, GENERIC_WORDS) and not word_in(word, ITEM_WORDS)
                and uses.site_count(key) >= 2
                and all(spelling[:1].isupper() for spelling in spellings[key])):
            return key
    return stem


def _readings(stem: Key, uses: _Uses) -> dict[Key, set[int]]:
    """The listings naming ``stem`` by what they name: the stem alone (key ``stem``), or the
    stem with one more specific word before or after it (each its own reading)."""
    named = uses.documents.get(stem, set())
    readings: dict[Key, set[int]] = {}
    for key, documents in uses.documents.items():
        if len(key) != len(stem) + 1 or len(set(key)) != len(key):
            continue
        added = key[-1] if key[:-1] == stem else key[0] if key[1:] == stem else None
        if added is not None and name_word(added) and documents & named:
            readings[key] = documents & named
    extended = set().union(*readings.values()) if readings else set()
    readings[stem] = named - extended
    return {key: listings for key, listings in readings.items() if listings}


def _is_variant(key: Key, stem: Key, uses: _Uses, spellings: dict[Key, Counter[str]]) -> bool:
    """A word after the stem that names a variant ("Plus", "Pro", "FE", "II"): listings on two
    sites name it, and every one writes it as part of the name (capitalised, or a number or
    code), where a type word is written in lower case by someone ("road cycling helmet")."""
    if key == stem or key[:-1] != stem or uses.site_count(key) < 2:
        return False
    words = [spelling.split()[-1] for spelling in spellings.get(key, ())]
    return bool(words) and all(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in words)


def _series(name: str) -> str:
    """What disagreeing variants share: a numbered stem names the series ("iPhone 15
    series"), since "iPhone 15" alone is itself one of the variants."""
    return f"{name} series" if name.split()[-1][-1:].isdigit() else name


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(key[i : i + len(part)] == part for i in range(len(key) - len(part) + 1))


def _spelling(spellings: Counter[str]) -> str:
    """The most common way of writing a phrase; "Telecaster" over "TELECASTER" on a tie."""
    return max(spellings.items(), key=lambda kv: (kv[1], not kv[0].isupper()))[0]


def _phrases(run: list[Token], skip: set[str], specific: bool) -> Iterable[list[Token]]:
    for start in range(len(run)):
        for end in range(start + 1, min(len(run), start + 4) + 1):
            phrase = run[start:end]
            if _acceptable(phrase, skip, specific):
                yield phrase


def _acceptable(phrase: list[Token], skip: set[str], specific: bool) -> bool:
    first, last = phrase[0].slug, phrase[-1].slug
    if any(t.slug in skip for t in phrase):
        return False
    if specific and len(phrase) == 1 and MODEL_NUMBER.match(first):
        return True
    if first in STOP_WORDS or last in STOP_WORDS or first.isdigit() or phrase[0].text == "&":
        return False
    if specific:
        return (any(name_word(t.slug) and not t.slug.isdigit() for t in phrase)
                or _generation(tuple(t.slug for t in phrase)))
    return True


def _generation(key: tuple[str, ...]) -> bool:
    """Kind-of-item words and a generation's number after them ("Mug 2", "Video Doorbell 4"):
    a maker's name for a product whose line is its kind, as exact as a model code."""
    *words, number = key
    return (bool(words) and number.isdigit() and len(number) <= 2
            and not any(name_word(word) for word in words))


def _generic_count(key: tuple[str, ...]) -> int:
    return sum(not name_word(part) for part in key)


def _phrase_weight(key: tuple[str, ...]) -> float:
    """Phrases with more specific words and with a model code ("TMS007", "D-17") weigh more.

    Generic words ("Electric Guitar") add nothing, so "Telecaster" beats "Telecaster Electric
    Guitar" when both are as frequent; numbers count ("Meridian 38").
    """
    specific = max(1, len(key) - _generic_count(key))
    coded = any(_is_code(part) for part in key) or _generation(key)
    return (1 + 0.5 * (specific - 1)) * (2 if coded else 1)


def _is_code(part: str) -> bool:
    """A model code ("TMS007", "D-17") or a catalogue number of four or more digits (a set's or
    a part's number: "75337"), which names one item more exactly than a theme's name does
    ("Star Wars"); years never reach a phrase (they are noise)."""
    has_letter = any(ch.isalpha() for ch in part)
    has_digit = any(ch.isdigit() for ch in part)
    catalogue_number = part.isdigit() and len(part) >= 4
    return (catalogue_number or (has_letter and has_digit and len(part) >= 3)) \
        and not UNIT.match(part)
