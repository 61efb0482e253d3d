"""Perturbation suites generated from the real samples, so the analyst is judged on what it has
never seen rather than on the 13 samples it was developed with.

Every suite is made by code from the samples and their answer key; nothing is hand-written per
sample. Suites (``SUITES``):

* ``original``: the samples as they are;
* ``invented``: every brand and product-line name of the key replaced by an invented name from a
  seeded generator, in titles, links and sources (and in the key's expected answers);
* ``lowercase``: every title lowercased (no case information left);
* ``shuffled``: the matches in a seeded random order;
* ``top4``: only the first four matches;
* ``foreign``: only the matches whose titles are not in English (mostly Latin-less scripts or
  no English function word), where a sample has at least two; others are left out of the suite.

A suite that leaves matches out (``top4``, ``foreign``) may leave out every one that names the
producer. The key then asks what the evidence still supports: naming no producer is right (the
case becomes ``weak``), since no reader could name a maker that nothing left mentions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from chalicelib.providers.analysts.lexicon import slug
from chalicelib.wire import LensMatch

SEED = 14
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_ENGLISH_WORDS = frozenset(
    "the a an and of for with in on by to from is men women mens womens shirt sale used new".split()
)


@dataclass(frozen=True)
class Case:
    """One sample as a suite presents it: its matches and the key that scores the answer."""

    name: str
    matches: list[LensMatch]
    key: dict


def invented_word(rng: random.Random, syllables: int) -> str:
    """A pronounceable made-up word ("Zorvak"-like): consonant-vowel syllables and a consonant."""
    letters = [rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(letters) + rng.choice(_CONSONANTS)).capitalize()


def invented_names(names: list[str], seed: int) -> dict[str, str]:
    """Each name mapped to an invented one with as many words (seeded by the name, so the same
    brand gets the same invention in every sample and different brands different ones)."""
    invented = {}
    for name in names:
        rng = random.Random(f"{seed}:{name.casefold()}")
        invented[name] = " ".join(invented_word(rng, rng.randint(2, 3)) for _ in name.split())
    return invented


def _cased_like(original: str, new: str) -> str:
    if original.isupper():
        return new.upper()
    if original.islower():
        return new.lower()
    return new


def _replacer(names: dict[str, str]) -> Callable[[str], str]:
    """Replace each name in text, also as one word or joined by - + _ ("vincenttrinidad")."""
    rules = []
    for old, new in sorted(names.items(), key=lambda kv: -len(kv[0])):
        words = [re.escape(w) for w in old.split()]
        pattern = re.compile(r"(?<![^\W_])" + r"[\s+_-]?".join(words) + r"(?![^\W_])",
                             re.IGNORECASE)
        rules.append((pattern, new))

    def apply(text: str) -> str:
        for pattern, new in rules:
            def sub(found: re.Match[str], new: str = new) -> str:
                written = found.group(0)
                separator = next((ch for ch in " -+_" if ch in written), "")
                return _cased_like(written, new.replace(" ", separator))
            text = pattern.sub(sub, text)
        return text

    return apply


def with_invented_names(case: Case, seed: int = SEED) -> Case:
    names = invented_names(case.key.get("names") or [], seed)
    swap = _replacer(names)
    # Every entry, the knowledge-graph card's category line and related searches included.
    matches = [m.model_copy(update={"title": swap(m.title), "link": swap(m.link),
                                    "source": swap(m.source),
                                    "subtitle": swap(m.subtitle) if m.subtitle else None})
               for m in case.matches]
    key = dict(case.key)
    key["producers"] = [swap(p) for p in key.get("producers") or []]
    for field in ("model_core",):
        if key.get(field):
            key[field] = swap(key[field])
    key["model_full"] = [swap(m) for m in key.get("model_full") or []]
    if key.get("producer_site"):
        key["producer_site"] = swap(key["producer_site"])
    return replace(case, matches=matches, key=key)


def lowercased(case: Case) -> Case:
    return replace(case, matches=[m.model_copy(update={"title": m.title.lower()})
                                  for m in case.matches])


def shuffled(case: Case, seed: int = SEED) -> Case:
    matches = list(case.matches)
    random.Random(f"{seed}:{case.name}").shuffle(matches)
    return replace(case, matches=matches)


def top_four(case: Case) -> Case:
    return with_evidence_left(replace(case, matches=case.matches[:4]))


def is_foreign(title: str) -> bool:
    """Not English: mostly non-Latin letters, or no common English word among its words."""
    letters = [ch for ch in title if ch.isalpha()]
    if not letters:
        return False
    if sum(ch.isascii() for ch in letters) < len(letters) / 2:
        return True
    words = set(re.findall(r"[a-z]+", title.casefold()))
    return not words & _ENGLISH_WORDS and any(not ch.isascii() for ch in letters)


def foreign_only(case: Case) -> Case | None:
    matches = [m for m in case.matches if is_foreign(m.title)]
    return with_evidence_left(replace(case, matches=matches)) if len(matches) >= 2 else None


def with_evidence_left(case: Case) -> Case:
    """The case, its key made ``weak`` if no match left names any accepted producer (in its
    title, link, source or subtitle, compared as slugs: "Vincent Trinidad" ~ "vincent-trinidad")."""
    producers = [slug(p) for p in case.key.get("producers") or [] if slug(p)]
    if not producers or case.key.get("weak") or case.key.get("abstain_ok"):
        return case
    said = [slug(" ".join(filter(None, (m.title, m.link, m.source, m.subtitle))))
            for m in case.matches]
    if any(p in text for p in producers for text in said):
        return case
    return replace(case, key={**case.key, "weak": True})


SUITES: dict[str, Callable[[Case], Case | None]] = {
    "original": lambda case: case,
    "invented": with_invented_names,
    "lowercase": lowercased,
    "shuffled": shuffled,
    "top4": top_four,
    "foreign": foreign_only,
}
