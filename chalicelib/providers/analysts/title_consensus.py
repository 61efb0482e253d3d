"""Who made the item: the producer the match titles agree on, and the evidence for it.

See ``chalicelib.providers.analysts.heuristic`` for how a producer wins. The titles are read by
``titles``, names found at their brand positions by ``brand_positions``, a site's own line
judged by ``own_line``; the model phrase is found by ``model_phrase``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from chalicelib.providers.analysts.brand_positions import (
    FITS_WORDS,
    by_names,
    leading_names,
    lexicon_mentions,
)
from chalicelib.providers.analysts.lexicon import (
    BRANDS,
    COMPANY_WORDS,
    RETAILERS,
    slug,
)
from chalicelib.providers.analysts.model_phrase import ModelReading, find_model, generic_phrase
from chalicelib.providers.analysts.own_line import products_of_own_lines, uncorroborated_own_lines
from chalicelib.providers.analysts.titles import (
    EXACT,
    KNOWLEDGE_GRAPH,
    RELATED_SEARCH,
    Title,
    Token,
    clean_title,
    name_parts,
    segments,
    site_match,
)

# Also the names other modules read titles with (the pricer, the openai analyst).
__all__ = ["Candidate", "Verdict", "clean_title", "display_name", "find_model", "find_producer",
           "generic_phrase", "name_parts", "site_match", "weigh_producers"]

_CARD_BONUS = 2  # as much as an exact own-site domain


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
    uncorroborated = uncorroborated_own_lines(candidates, titles)
    demoted = (_demoted(candidates, designs) | _lines_of_others(candidates, titles)
               | uncorroborated | products_of_own_lines(candidates, uncorroborated))
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
            fitted = bool(previous) and previous[-1].slug in FITS_WORDS  # "(For: 2011 VW Golf)"
            previous = segment
            leading = [] if fitted else leading_names(segment)
            credited = by_names(segment)
            for name in leading + credited:
                _note(candidates, name, title.index, by=name in credited)
                if number == 0 and name in leading:
                    candidates[slug(name)].opens.add(title.index)
            if credited:
                designs.append(({slug(n) for n in leading}, {slug(n) for n in credited}))
        if title.own_name:  # "Vail Lounge Chair | Denver Modern" on denvermodern.com
            _note(candidates, title.own_name, title.index, by=False)
            candidates[slug(title.own_name)].own_line.add(title.index)
        for brand in lexicon_mentions(title.tokens):
            _note(candidates, brand, title.index, by=False)
    for title in titles:
        if title.kind == RELATED_SEARCH:
            _support_known(candidates, title)
    return candidates, designs


def _support_known(candidates: dict[str, Candidate], title: Title) -> None:
    """A related search supports the known names in its brand positions; it creates none."""
    names = [n for segment in segments(title.tokens) for n in leading_names(segment)]
    for name in names + lexicon_mentions(title.tokens):
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



def _add_site_support(candidates: dict[str, Candidate], titles: list[Title]) -> None:
    """Matches on a candidate's own site support it, even when the title omits the name."""
    by_site: dict[tuple[str, str], list[int]] = {}
    for title in titles:
        if title.kind != RELATED_SEARCH and title.site not in RETAILERS:
            # Google's own search page, whoever the brand, and shops of many brands never count
            by_site.setdefault((title.site, title.source), []).append(title.index)
    for candidate in candidates.values():
        for (site, source), indices in by_site.items():
            by_domain = site_match(site, candidate.parts)
            by_source = 2 if source and source == candidate.slug else 0
            bonus = max(by_domain, by_source)
            if bonus:
                candidate.support.update(indices)
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


