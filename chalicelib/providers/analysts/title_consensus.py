"""Who made the item: the producer the match titles agree on, and the evidence for it.

See ``chalicelib.providers.analysts.heuristic`` for how a producer wins. The titles are read by
``titles``; the model phrase is found by ``model_phrase``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from chalicelib.providers.analysts.lexicon import (
    ALIASES,
    BRANDS,
    COMPANY_WORDS,
    RETAILERS,
    slug,
)
from chalicelib.providers.analysts.model_phrase import ModelReading, find_model, generic_phrase
from chalicelib.providers.analysts.titles import (
    EXACT,
    KNOWLEDGE_GRAPH,
    RELATED_SEARCH,
    Title,
    Token,
    clean_title,
    name_like,
    name_parts,
    name_word,
    proper,
    segments,
    site_match,
    skippable,
)

__all__ = ["Candidate", "Verdict", "clean_title", "display_name", "find_model", "find_producer",
           "name_parts", "site_match",
           "generic_phrase", "weigh_producers"]

_CARD_BONUS = 2  # as much as an exact own-site domain
# Words that say what an item fits or replaces ("For: 2011 Volkswagen Jetta", "Case for
# iPhone 15"): the name after them is another product's, not the producer's.
_FITS_WORDS = frozenset({"for", "fits", "fit", "compatible", "fur", "pour", "para", "per"})


@dataclass
class Candidate:
    """A possible producer and the evidence for it."""

    slug: str
    parts: tuple[str, ...]
    names: Counter[str] = field(default_factory=Counter)
    support: set[int] = field(default_factory=set)
    by: set[int] = field(default_factory=set)
    site_bonus: int = 0
    own_site: int = 0  # site_match of its best own site (2 exact domain, 1 variant)
    card: bool = False  # named in Lens's knowledge-graph card
    opens: set[int] = field(default_factory=set)  # titles it starts (its first segment)
    own_line: set[int] = field(default_factory=set)  # titles on its domain naming it at the end
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





@dataclass(frozen=True)
class Verdict:
    """The producer the titles agree on (None: abstain) and the evidence that decided it."""

    producer: Candidate | None
    leader: Candidate | None
    independent: int  # distinct sites among the leader's supporting matches
    rival: int  # score of the strongest unrelated candidate
    titles: int
    noise: int = 0  # titles that were a file's name or had no words left
    model: ModelReading | None = None  # the model phrase, once read (``with_model``)

    def with_model(self, model: ModelReading) -> Verdict:
        return replace(self, model=model)


def find_producer(titles: list[Title]) -> Candidate | None:
    """The producer the titles agree on, or None (see the module doc for the rule)."""
    return weigh_producers(titles).producer


def weigh_producers(titles: list[Title]) -> Verdict:
    """Candidates, their evidence, and whether the leader is supported well enough to name."""
    candidates, designs = _collect(titles)
    _add_site_support(candidates, titles)
    _add_card_support(candidates, titles)
    _add_mentions(candidates, titles)
    uncorroborated = _uncorroborated_own_lines(candidates, titles)
    demoted = (_demoted(candidates, designs) | _lines_of_others(candidates, titles)
               | uncorroborated | _products_of_own_lines(candidates, uncorroborated))
    for candidate in candidates.values():
        candidate.exact = sum(titles[i].kind == EXACT for i in candidate.support)
    eligible = [c for c in candidates.values() if c.slug not in demoted]
    noise = sum(title.file_name or not title.tokens for title in titles)
    if not eligible:
        return Verdict(None, None, 0, 0, len(titles), noise)
    leader = max(eligible, key=lambda c: (c.score, c.site_bonus, -len(c.parts), -min(c.support),
                                          c.slug))
    rival = max((c.score for c in eligible if _rivals(c, leader)), default=0)
    independent = _independent(leader, titles)
    named = _supported(leader, independent, titles) and leader.score >= 2 * rival
    producer = _with_company_word(leader, eligible, titles) if named else None
    return Verdict(producer, leader, independent, rival, len(titles), noise)


def _uncorroborated_own_lines(candidates: dict[str, Candidate], titles: list[Title]) -> set[str]:
    """Names known only as a site's own name at the end of its titles ("... | Denver Modern"
    on denvermodern.com) count when something corroborates that the site sells this item:
    another of its pages names it too, or another site's title shares a specific word with
    the item's name there ("Vail"). A shop's name over an item nobody else names is a dealer's
    page ("Canoes And Kayaks - Showroom - Bear Lake Marine"), not a producer's line."""
    uncorroborated = set()
    for candidate in candidates.values():
        own = candidate.own_line
        if not own or candidate.support - own - _on_own_site(candidate, titles):
            continue
        if len(own) >= 2 or any(_shares_name_word(titles[i], titles, candidate) for i in own):
            continue
        uncorroborated.add(candidate.slug)
    return uncorroborated


def _products_of_own_lines(candidates: dict[str, Candidate], uncorroborated: set[str]) -> set[str]:
    """Names that start a site's title about its own line ("Vail" in "Vail Lounge Chair |
    Denver Modern") are that line's products: their matches support the site's name, and they
    are not producers (unless the lexicon knows them as brands)."""
    products: set[str] = set()
    for maker in candidates.values():
        if not maker.own_line or maker.slug in uncorroborated:
            continue
        for candidate in candidates.values():
            if (candidate is maker or candidate.lexicon or candidate.related(maker)
                    or not candidate.opens & maker.own_line):
                continue
            products.add(candidate.slug)
            maker.lines.add(candidate.slug)
            maker.support |= candidate.support
    return products


def _on_own_site(candidate: Candidate, titles: list[Title]) -> set[int]:
    sites = {titles[i].site for i in candidate.own_line}
    return {title.index for title in titles if title.site in sites}


def _shares_name_word(title: Title, titles: list[Title], candidate: Candidate) -> bool:
    own = {t.slug for t in title.tokens if name_word(t.slug) and not t.slug.isdigit()}
    own -= set(candidate.parts)
    return any(own & {t.slug for t in other.tokens} for other in titles
               if other.site != title.site and other.kind != RELATED_SEARCH)


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


def _supported(candidate: Candidate, independent: int, titles: list[Title]) -> bool:
    """Two independent matches, or the producer's own site (its exact domain) even alone, or
    the name that starts most titles of a page of listings (``_opens_most``).

    A lexicon brand adds weight to the score but never decides alone.
    """
    return independent >= 2 or candidate.site_bonus >= 2 or _opens_most(candidate, titles)


# Listings by this many sellers, most of them starting with one name, agree on it.
_MIN_OPENING_LISTINGS = 4


def _opens_most(candidate: Candidate, titles: list[Title]) -> bool:
    """The maker most titles name, at the start of at least four: on a page of one
    marketplace's listings (written by different sellers) that is agreement, even without a
    second site."""
    read = [title for title in titles if title.kind not in (RELATED_SEARCH, KNOWLEDGE_GRAPH)]
    return (len(candidate.opens) >= _MIN_OPENING_LISTINGS
            and 2 * len(candidate.support & {title.index for title in read}) > len(read))


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
        previous: list[Token] = []
        for number, segment in enumerate(segments(title.tokens)):
            fitted = bool(previous) and previous[-1].slug in _FITS_WORDS  # "(For: 2011 VW Golf)"
            previous = segment
            leading = [] if fitted else _leading_names(segment)
            credited = _by_names(segment)
            for name in leading + credited:
                _note(candidates, name, title.index, by=name in credited)
                if number == 0 and name in leading:
                    candidates[slug(name)].opens.add(title.index)
            if credited:
                designs.append(({slug(n) for n in leading}, {slug(n) for n in credited}))
        if title.own_name:  # "Vail Lounge Chair | Denver Modern" on denvermodern.com
            _note(candidates, title.own_name, title.index, by=False)
            candidates[slug(title.own_name)].own_line.add(title.index)
        for brand in _lexicon_mentions(title.tokens):
            _note(candidates, brand, title.index, by=False)
    for title in titles:
        if title.kind == RELATED_SEARCH:
            _support_known(candidates, title)
    return candidates, designs


def _support_known(candidates: dict[str, Candidate], title: Title) -> None:
    """A related search supports the known names in its brand positions; it creates none."""
    names = [n for segment in segments(title.tokens) for n in _leading_names(segment)]
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
            candidate.card = True


def _note(candidates: dict[str, Candidate], name: str, index: int, by: bool) -> None:
    key = slug(name)
    brand = BRANDS.get(key)
    entry = candidates.setdefault(key, Candidate(key, name_parts(name), lexicon=bool(brand)))
    entry.names[brand.name if brand else name] += 1
    entry.support.add(index)
    if by:
        entry.by.add(index)



def _leading_names(segment: list[Token]) -> list[str]:
    """Brand-position names at a segment's start: a known brand or line, else 1-3 proper nouns."""
    start = 0
    while start < len(segment):
        known = _known_at(segment, start)
        if known:
            return [known]
        if start >= 3 or not skippable(segment[start]):
            break
        if segment[start].slug in _FITS_WORDS:
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


def _by_names(segment: list[Token]) -> list[str]:
    """The names after "by" ("... by Vincent Trinidad", "by vincenttrinidad")."""
    for i, token in enumerate(segment[:-1]):
        if token.slug == "by":
            first = segment[i + 1]
            known = _known_at(segment, i + 1)
            if known:
                return [known]
            if not (first.text.isalpha() and len(first.slug) >= 3 and name_word(first.slug)):
                return []
            words = [first.text]
            words += [t.text for t in _takewhile(proper, segment[i + 2 : i + 4])]
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
                candidate.own_site = max(candidate.own_site, bonus)


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


