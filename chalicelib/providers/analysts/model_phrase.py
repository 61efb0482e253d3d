"""What the item is: the model phrase the match titles agree on (no producer: the phrase they
repeat most).

See ``chalicelib.providers.analysts.heuristic`` for the rules.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chalicelib.providers.analysts.lexicon import ALIASES, STOP_WORDS, slug
from chalicelib.providers.analysts.titles import (
    MODEL_NUMBER,
    UNIT,
    Title,
    Token,
    name_word,
    noise,
    site_match,
)

if TYPE_CHECKING:  # the producer rules import this module
    from chalicelib.providers.analysts.title_consensus import Candidate



def find_model(titles: list[Title], producer: Candidate) -> str | None:
    """The phrase that most often follows the producer's name across titles."""
    tails = [_tails(title, producer) for title in titles]
    sites = {name for title in titles for name in (title.site, title.source) if name}
    return _best_phrase([t for t in tails if t], skip=set(producer.parts) | sites,
                        specific=True)


def generic_phrase(titles: list[Title]) -> str | None:
    """The most repeated phrase across all titles, for an item without a producer."""
    runs = [_runs(title.tokens) for title in titles]
    needed = max(2, math.ceil(0.15 * len(titles)))
    return _best_phrase([r for r in runs if r], skip=set(), specific=False, needed=needed)


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
    """Split words into runs at noise (colours, sizes, years, units, condition words)."""
    runs: list[list[Token]] = [[]]
    for token in tokens:
        if noise(token) or (runs[-1] and runs[-1][-1].segment != token.segment):
            runs.append([])
        if not noise(token):
            runs[-1].append(token)
    return [run for run in runs if run]


def _best_phrase(
    documents: list[list[list[Token]]],
    skip: set[str],
    specific: bool,
    needed: int | None = None,
) -> str | None:
    """The best-scoring 1-4 word phrase over documents (runs of words, one document per match).

    Score = matches using the phrase x its weight (``_phrase_weight``). Without a phrase used
    often enough, the top-ranked document's best phrase stands in, if ``needed`` allows it.
    """
    support: Counter[tuple[str, ...]] = Counter()
    spellings: dict[tuple[str, ...], Counter[str]] = {}
    for runs in documents:
        seen: dict[tuple[str, ...], None] = {}  # ordered, so ties never follow hash order
        for run in runs:
            for phrase in _phrases(run, skip, specific):
                key = tuple(t.slug for t in phrase)
                seen[key] = None
                spellings.setdefault(key, Counter())[" ".join(t.text for t in phrase)] += 1
        support.update(list(seen))
    minimum = needed if needed is not None else 2
    keys = [key for key, count in support.items() if count >= minimum]
    if not keys and needed is None and documents:
        keys = [tuple(t.slug for t in p) for r in documents[0] for p in _phrases(r, skip, specific)]
    if not keys:
        return None
    # Ties go to the phrase seen first (Lens ranks its best matches first), then by spelling.
    order = {key: rank for rank, key in enumerate(spellings)}
    best = max(keys, key=lambda k: (support[k] * _phrase_weight(k), -_generic_count(k), len(k),
                                    -order[k]))
    if specific:
        best = _grown(best, support, order)
    return _spelling(spellings[best])


def _grown(best: tuple[str, ...], support: Counter[tuple[str, ...]],
           order: dict[tuple[str, ...], int]) -> tuple[str, ...]:
    """The most specific phrase around ``best`` that at least two titles support, adding only
    specific words (a generation, size or variant: "Platform" -> "Platform Hyper"), never
    generic ones ("Stratocaster Electric Guitar")."""
    grown = [key for key, count in support.items()
             if count >= 2 and len(key) > len(best) and _contains(key, best)
             and len(set(key)) == len(key)  # "Trail 2 Trail (Running Shoe)" repeats a word
             and all(name_word(part) for part in key if part not in best)]
    return max(grown, key=lambda k: (len(k), support[k], -order[k]), default=best)


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(key[i : i + len(part)] == part for i in range(len(key) - len(part) + 1))


def _spelling(spellings: Counter[str]) -> str:
    """The most common way of writing a phrase; "Stratocaster" over "STRATOCASTER" on a tie."""
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
        return any(name_word(t.slug) and not t.slug.isdigit() for t in phrase)
    return True


def _generic_count(key: tuple[str, ...]) -> int:
    return sum(not name_word(part) for part in key)


def _phrase_weight(key: tuple[str, ...]) -> float:
    """Phrases with more specific words and with a model code ("C300", "D-17") weigh more.

    Generic words ("Electric Guitar") add nothing, so "Stratocaster" beats "Stratocaster
    Electric Guitar" when both are as frequent; numbers count ("Meridian 38").
    """
    specific = max(1, len(key) - _generic_count(key))
    coded = any(_is_code(part) for part in key)
    return (1 + 0.5 * (specific - 1)) * (2 if coded else 1)


def _is_code(part: str) -> bool:
    has_letter = any(ch.isalpha() for ch in part)
    has_digit = any(ch.isdigit() for ch in part)
    return has_letter and has_digit and len(part) >= 3 and not UNIT.match(part)
