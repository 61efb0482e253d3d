"""Reading match titles: who made the item (producer consensus) and what it is (model phrase).

See ``chalicelib.providers.analysts.heuristic`` for how a producer wins.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chalicelib.providers.analysts.lexicon import (
    ALIASES,
    BRANDS,
    COMPANY_PREFIXES,
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    GENERIC_WORDS,
    NOISE_WORDS,
    RETAILERS,
    STOP_WORDS,
    slug,
)
from chalicelib.providers.pricing.marketplaces import domain_name
from chalicelib.wire import LensMatch

_SUFFIX_SPLIT = re.compile(r"\s+[|–—•·-]\s+|\s*\|\s*|\s+:\s+|:\s+(?=r/)")
_SEGMENT_SPLIT = re.compile(r"[,;:()\[\]{}…!?|–—•·]|\s-\s|\s/\s|\.\.\.")
_TOKEN = re.compile(r"&|[^\W_](?:[\w'’.&+-]*[^\W_])?")
_YEAR = re.compile(r"^(19|20)\d\d$")
_UNIT = re.compile(
    r"^\d+(?:[.,]\d+)?(?:gb|tb|mb|ghz|mhz|mm|cm|m|in|inch|inches|kg|g|lb|lbs|ml|l|"
    r"w|v|mah|mp|hz|k|pcs|pc|x|gauge|hours|h|st|nd|rd|th)$"
)
# Letter sizes, and waist / leg lengths of trousers ("W32", "L34").
_SIZE = re.compile(r"^(?:x{0,3}[sml]|x{1,3}l|\d?xl|\d{1,2}xl|[wl]\d{2})$")
# A model that is a number alone ("Levi's 501", "Porsche 911"); shorter numbers are sizes.
_MODEL_NUMBER = re.compile(r"^\d{3,5}$")
_UNWANTED_CHARS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\ufeff"), None)
# Match kinds (``LensMatch.kind``) the producer rule treats apart.
EXACT, KNOWLEDGE_GRAPH, RELATED_SEARCH = "exact", "knowledge-graph", "related-search"
_CARD_BONUS = 2  # as much as an exact own-site domain




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


@dataclass
class Candidate:
    """A possible producer and the evidence for it."""

    slug: str
    parts: tuple[str, ...]
    names: Counter[str] = field(default_factory=Counter)
    support: set[int] = field(default_factory=set)
    by: set[int] = field(default_factory=set)
    site_bonus: int = 0
    lexicon: bool = False
    lines: set[str] = field(default_factory=set)  # slugs of its product lines seen in titles
    exact: int = 0  # supporting exact matches: the same photo, so each counts twice

    @property
    def score(self) -> int:
        return (len(self.support) + len(self.by) + self.site_bonus + int(self.lexicon)
                + self.exact)

    def related(self, other: Candidate) -> bool:
        """Same producer family: one name starts the other ("Nordkap" / "Nordkap Fjellsti")."""
        return self.slug.startswith(other.slug) or other.slug.startswith(self.slug)



def clean_title(index: int, match: LensMatch) -> Title:
    """Cut a title into words, without the shop's name tacked on ("... | eBay", "- tutti.ch")."""
    text = unicodedata.normalize("NFKC", match.title).translate(_UNWANTED_CHARS)
    parts = _SUFFIX_SPLIT.split(text)
    site = slug(domain_name(match.link)) if match.link else ""
    while len(parts) > 1 and _is_site_name(parts[-1], site, slug(match.source)):
        parts.pop()
    tokens: list[Token] = []
    segment = 0
    caseless = not any(ch.isupper() for ch in text)
    for part in parts:
        for piece in _SEGMENT_SPLIT.split(part):
            words = [w.strip(".'’-") for w in _TOKEN.findall(piece)]
            tokens.extend(Token(_cased(w, caseless), slug(w), segment) for w in words if w)
            segment += 1
    return Title(index, tokens, site, slug(match.source), match.kind)


def _cased(word: str, caseless: bool) -> str:
    """A title written without capitals says nothing about which words are names: every word
    is read as if capitalised, and the other rules (common words, support) decide."""
    return word[:1].upper() + word[1:] if caseless else word


def _is_site_name(part: str, site: str, source: str) -> bool:
    """Whether a title's last part names the site it is on rather than the item."""
    name = slug(part)
    if not name or part.strip().startswith("r/"):
        return True
    if name in (site, source) or name in RETAILERS or name.removesuffix("com") in RETAILERS:
        return True
    if site and len(site) >= 3 and name.startswith(site) and len(name) <= len(site) + 4:
        return True  # "Amazon.com", "eBay.co.uk"
    return len(name) >= 4 and bool(site) and site.startswith(name)


def name_parts(name: str) -> tuple[str, ...]:
    return tuple(s for s in (slug(w) for w in _TOKEN.findall(name)) if s)


def site_match(site: str, parts: Sequence[str]) -> int:
    """2 if a domain name is exactly the producer's name, 1 if it is a close variant, else 0.

    Close variants: the name's first words ("halvorsen" for "Halvorsen & Co") or the name with
    a company word around it ("ashleyfurniture", "randolphusa", "thenorthface").
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


# --- producer ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The producer the titles agree on (None: abstain) and the evidence that decided it."""

    producer: Candidate | None
    leader: Candidate | None
    independent: int  # distinct sites among the leader's supporting matches
    rival: int  # score of the strongest unrelated candidate
    titles: int


def find_producer(titles: list[Title]) -> Candidate | None:
    """The producer the titles agree on, or None (see the module doc for the rule)."""
    return weigh_producers(titles).producer


def weigh_producers(titles: list[Title]) -> Verdict:
    """Candidates, their evidence, and whether the leader is supported well enough to name."""
    candidates, designs = _collect(titles)
    _add_site_support(candidates, titles)
    _add_card_support(candidates, titles)
    _add_mentions(candidates, titles)
    demoted = _demoted(candidates, designs) | _lines_of_others(candidates, titles)
    for candidate in candidates.values():
        candidate.exact = sum(titles[i].kind == EXACT for i in candidate.support)
    eligible = [c for c in candidates.values() if c.slug not in demoted]
    if not eligible:
        return Verdict(None, None, 0, 0, len(titles))
    leader = max(eligible, key=lambda c: (c.score, c.site_bonus, -len(c.parts), -min(c.support),
                                          c.slug))
    rival = max((c.score for c in eligible if _rivals(c, leader)), default=0)
    independent = _independent(leader, titles)
    named = _supported(leader, independent) and leader.score >= 2 * rival
    producer = _with_company_word(leader, eligible, titles) if named else None
    return Verdict(producer, leader, independent, rival, len(titles))


def _rivals(candidate: Candidate, leader: Candidate) -> bool:
    """An unrelated name with matches of its own: one named only in the leader's titles
    ("Fenty" in "Puma Fenty by Rihanna") is part of the leader's item, not a rival."""
    return not candidate.related(leader) and not candidate.support <= leader.support


def _independent(candidate: Candidate, titles: list[Title]) -> int:
    """How many different sites support a candidate (ten listings on one shop count once).

    Related searches add to the score but not here: they never decide alone.
    """
    return len({titles[i].site or f"#{i}" for i in candidate.support
                if titles[i].kind != RELATED_SEARCH})


def _supported(candidate: Candidate, independent: int) -> bool:
    """Two independent matches, or the producer's own site (its exact domain) even alone.

    A lexicon brand adds weight to the score but never decides alone.
    """
    return independent >= 2 or candidate.site_bonus >= 2


def _lines_of_others(candidates: dict[str, Candidate], titles: list[Title]) -> set[str]:
    """Names that follow another candidate's name in a title ("Rugit Kasokos Pro") are its
    product lines: their matches support the producer, and they are not producers.

    The producer must be named in two independent matches, so a word that happens to lead
    one title ("Casque Aurelin Audio") does not take a real name over; a known brand is
    never another name's line.
    """
    lines: set[str] = set()
    named_in: dict[str, set[str]] = {}
    for title in titles:
        for name in _capitalised_names(title.tokens):
            named_in.setdefault(name, set()).add(title.site or f"#{title.index}")
    makers = {key for key in candidates if len(named_in.get(key, ())) >= 2}
    for longer in list(candidates.values()):
        for k in range(1, len(longer.parts)):
            head, tail = "".join(longer.parts[:k]), "".join(longer.parts[k:])
            maker, line = candidates.get(head), candidates.get(tail)
            if head not in makers or line is None or line.lexicon:
                continue
            if line.slug.startswith(maker.slug) or maker.slug.startswith(line.slug):
                continue
            lines.add(line.slug)
            maker.lines.add(line.slug)
            maker.support |= line.support
    return lines


def _with_company_word(best: Candidate, eligible: list[Candidate],
                       titles: list[Title]) -> Candidate:
    """The longest equally supported name that adds only company words ("Aurelin" + "Audio").

    Ties between nested names otherwise go to the shorter one, since the next word is more
    often the model ("Nordkap Fjellsti") than part of the name.
    """
    longer = [
        c
        for c in eligible
        if c.parts[: len(best.parts)] == best.parts
        and len(c.support) >= len(best.support)
        and _independent(c, titles) >= 2
        and c.site_bonus >= best.site_bonus
        and all(part in COMPANY_WORDS for part in c.parts[len(best.parts) :])
    ]
    return max(longer, key=lambda c: len(c.parts), default=best)


def _add_mentions(candidates: dict[str, Candidate], titles: list[Title]) -> None:
    """A name confirmed by its own site also counts capitalised mid-title ("Sac à dos Brackwater").

    Unconfirmed names do not: mid-title words are mostly motifs and features ("Samurai Cat",
    "Platform") that would outvote the real producer.
    """
    confirmed = [c for c in candidates.values() if c.site_bonus and not c.lexicon]
    for title in titles:
        names = _capitalised_names(title.tokens)
        for candidate in confirmed:
            if candidate.slug in names:
                candidate.support.add(title.index)


def _capitalised_names(tokens: list[Token]) -> set[str]:
    """Slugs of the 1-4 word runs that start with a capitalised word."""
    names = set()
    for start, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        key = ""
        for other in tokens[start : start + 4]:
            key += other.slug
            names.add(key)
    return names


def _collect(titles: list[Title]) -> tuple[dict[str, Candidate], list[tuple[set[str], set[str]]]]:
    """Candidates from brand positions, and the "X by Y" pairs seen along the way.

    Related searches only support names found elsewhere: Google suggests generic searches too
    ("Chair"), and a suggestion alone is no evidence of a brand.
    """
    candidates: dict[str, Candidate] = {}
    designs: list[tuple[set[str], set[str]]] = []
    for title in titles:
        if title.kind == RELATED_SEARCH:
            continue
        for segment in _segments(title.tokens):
            leading = _leading_names(segment)
            credited = _by_names(segment)
            for name in leading + credited:
                _note(candidates, name, title.index, by=name in credited)
            if credited:
                designs.append(({slug(n) for n in leading}, {slug(n) for n in credited}))
        for brand in _lexicon_mentions(title.tokens):
            _note(candidates, brand, title.index, by=False)
    for title in titles:
        if title.kind == RELATED_SEARCH:
            _support_known(candidates, title)
    return candidates, designs


def _support_known(candidates: dict[str, Candidate], title: Title) -> None:
    """A related search supports the known names in its brand positions; it creates none."""
    names = [n for segment in _segments(title.tokens) for n in _leading_names(segment)]
    for name in names + _lexicon_mentions(title.tokens):
        candidate = candidates.get(slug(name))
        if candidate is not None:
            candidate.support.add(title.index)


def _add_card_support(candidates: dict[str, Candidate], titles: list[Title]) -> None:
    """Names in Lens's knowledge-graph card count like the brand's own site: Google has
    recognised the entity, which is more than one shop's title says."""
    cards = {title.index for title in titles if title.kind == KNOWLEDGE_GRAPH}
    for candidate in candidates.values():
        if candidate.support & cards and not candidate.by >= candidate.support & cards:
            candidate.site_bonus = max(candidate.site_bonus, _CARD_BONUS)


def _note(candidates: dict[str, Candidate], name: str, index: int, by: bool) -> None:
    key = slug(name)
    brand = BRANDS.get(key)
    entry = candidates.setdefault(key, Candidate(key, name_parts(name), lexicon=bool(brand)))
    entry.names[brand.name if brand else name] += 1
    entry.support.add(index)
    if by:
        entry.by.add(index)


def _segments(tokens: list[Token]) -> list[list[Token]]:
    groups: dict[int, list[Token]] = {}
    for token in tokens:
        groups.setdefault(token.segment, []).append(token)
    return list(groups.values())


def _leading_names(segment: list[Token]) -> list[str]:
    """Brand-position names at a segment's start: a known brand or line, else 1-3 proper nouns."""
    start = 0
    while start < len(segment):
        known = _known_at(segment, start)
        if known:
            return [known]
        if start >= 3 or not _skippable(segment[start]):
            break
        start += 1
    if start >= len(segment) or not _name_like(segment[start]):
        return []
    words = [segment[start].text]
    for token in segment[start + 1 : start + 3]:
        if token.text != "&" and not _proper(token):
            break
        words.append(token.text)
    while words[-1] == "&":
        words.pop()
    return [" ".join(words[:n]) for n in range(1, len(words) + 1) if words[n - 1] != "&"]


def _by_names(segment: list[Token]) -> list[str]:
    """The names after "by" ("... by Vincent Trinidad", "by vincenttrinidad")."""
    for i, token in enumerate(segment[:-1]):
        if token.slug == "by":
            first = segment[i + 1]
            known = _known_at(segment, i + 1)
            if known:
                return [known]
            if not (first.text.isalpha() and len(first.slug) >= 3 and _name_word(first.slug)):
                return []
            words = [first.text]
            words += [t.text for t in _takewhile(_proper, segment[i + 2 : i + 4])]
            return [" ".join(words[:n]) for n in range(1, len(words) + 1)]
    return []


def _takewhile(keep, tokens: list[Token]) -> list[Token]:
    taken = []
    for token in tokens:
        if not keep(token):
            break
        taken.append(token)
    return taken


def _known_at(segment: list[Token], start: int) -> str | None:
    """A lexicon brand (or the brand of a product line) starting at ``start``, if any."""
    for end in range(min(len(segment), start + 4), start, -1):
        key = "".join(t.slug for t in segment[start:end])
        if key in BRANDS:
            return BRANDS[key].name
        if key in ALIASES:
            return ALIASES[key]
    return None


def _lexicon_mentions(tokens: list[Token]) -> list[str]:
    """Unambiguous lexicon brands named anywhere in a title, else brands of its product lines.

    A named brand beats a product line ("Squier Stratocaster" is Squier's, not Fender's).
    """
    named, lines = set(), set()
    slugs = [t.slug for t in tokens]
    for start in range(len(slugs)):
        key = ""
        for end in range(start, min(len(slugs), start + 4)):
            key += slugs[end]
            brand = BRANDS.get(key)
            if brand and not brand.ambiguous:
                named.add(brand.name)
            if key in ALIASES:
                lines.add(ALIASES[key])
    return sorted(named or lines)  # sorted: candidates are created in a stable order


def _skippable(token: Token) -> bool:
    """Words that may precede a brand: "Used", "NWT", "Men's", "2019", "(WMNS)", "Sneakers"."""
    key = token.slug
    return (
        not key
        or any(ch.isdigit() for ch in key)
        or _word_in(key, STOP_WORDS | NOISE_WORDS | GENERIC_WORDS)
        or key in RETAILERS
    )


def _word_in(key: str, words: frozenset[str]) -> bool:
    """Membership that also accepts a plural or possessive ("mens", "sneakers", "men's")."""
    return key in words or key.removesuffix("s") in words


def _name_word(key: str) -> bool:
    return not (_word_in(key, STOP_WORDS | NOISE_WORDS | GENERIC_WORDS) or key in RETAILERS)


def _name_like(token: Token) -> bool:
    """Could start a producer's name: capitalised, letters only, not a common word."""
    letters = sum(ch.isalpha() for ch in token.text)
    return _proper(token) and letters >= 2 and _name_word(token.slug)


def _proper(token: Token) -> bool:
    """Capitalised and free of digits (so "C300" or "2XL" never extend a name)."""
    text = token.text
    return text[:1].isupper() and not any(ch.isdigit() for ch in text) and token.slug != ""


def _add_site_support(candidates: dict[str, Candidate], titles: list[Title]) -> None:
    """Matches on a candidate's own site support it, even when the title omits the name."""
    for candidate in candidates.values():
        for title in titles:
            if title.kind == RELATED_SEARCH:
                continue  # Google's own search page, whoever the brand
            by_domain = site_match(title.site, candidate.parts)
            by_source = 2 if title.source and title.source == candidate.slug else 0
            bonus = max(by_domain, by_source)
            if bonus and title.site not in RETAILERS:
                candidate.support.add(title.index)
                candidate.site_bonus = max(candidate.site_bonus, bonus)


def _demoted(
    candidates: dict[str, Candidate], designs: list[tuple[set[str], set[str]]]
) -> set[str]:
    """Names credited to a supported other name ("Catana by vincenttrinidad") are designs."""
    demoted: set[str] = set()
    for designs_here, credited in designs:
        makers = [candidates[c] for c in credited if len(candidates[c].support) >= 2]
        for key in designs_here:
            design = candidates[key]
            if makers and not design.lexicon and not any(design.related(m) for m in makers):
                demoted.add(key)
    return demoted


def display_name(candidate: Candidate) -> str:
    """The most common spelling; capitalised spellings first ("Vincent Trinidad", not a slug)."""
    spellings = candidate.names.items()
    return max(spellings, key=lambda kv: (kv[0][:1].isupper(), kv[1], " " in kv[0]))[0]


# --- model ------------------------------------------------------------------------------------


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
        if _noise(token) or (runs[-1] and runs[-1][-1].segment != token.segment):
            runs.append([])
        if not _noise(token):
            runs[-1].append(token)
    return [run for run in runs if run]


def _noise(token: Token) -> bool:
    key = token.slug
    return (
        not key
        or key in NOISE_WORDS
        or bool(_YEAR.match(key) or _UNIT.match(key) or _SIZE.match(key))
        or key in RETAILERS
    )


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
             and all(_name_word(part) for part in key if part not in best)]
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
    if specific and len(phrase) == 1 and _MODEL_NUMBER.match(first):
        return True
    if first in STOP_WORDS or last in STOP_WORDS or first.isdigit() or phrase[0].text == "&":
        return False
    if specific:
        return any(_name_word(t.slug) and not t.slug.isdigit() for t in phrase)
    return True


def _generic_count(key: tuple[str, ...]) -> int:
    return sum(not _name_word(part) for part in key)


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
    return has_letter and has_digit and len(part) >= 3 and not _UNIT.match(part)
