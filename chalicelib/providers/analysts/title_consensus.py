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
    store_at_start,
)
from chalicelib.providers.analysts.knowledge_card import add_card_support, card_subjects
from chalicelib.providers.analysts.lexicon import (
    BRANDS,
    COMPANY_WORDS,
    CONDITION_WORDS,
    slug,
)
from chalicelib.providers.analysts.model_phrase import ModelReading, find_model
from chalicelib.providers.analysts.own_line import (
    opening_sites,
    products_of_own_lines,
    uncorroborated_own_lines,
)
from chalicelib.providers.analysts.titles import (
    EXACT,
    KNOWLEDGE_GRAPH,
    RELATED_SEARCH,
    Title,
    Token,
    capitalised,
    capitalised_names,
    clean_title,
    everyday_words,
    name_parts,
    name_starts,
    name_word,
    names_an_item,
    own_site_rank,
    segments,
    site_match,
    slug_starts,
    words_after,
)

# Also the names other modules read titles with (the pricer, the openai analyst).
__all__ = ["Candidate", "Verdict", "clean_title", "display_name", "find_model", "find_producer",
           "name_parts", "site_match", "weigh_producers"]



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
    card_item: bool = False  # a match names the card's item too (``card_item_named``)
    opens: set[int] = field(default_factory=set)  # titles it starts (its first segment)
    own_line: set[int] = field(default_factory=set)  # titles on its domain naming it at the end
    lexicon: bool = False
    label: bool = False  # a shop's name that other sites' titles give as their item's maker
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


def weigh_producers(titles: list[Title], hint: str | None = None) -> Verdict:
    """Candidates, their evidence, and whether the leader is supported well enough to name.

    A client's hint ("Sony camera") that names a name the matches support picks it
    (``_hinted``): the person who took the photo says what it shows, as Lens's card does."""
    candidates, designs = _collect(titles)
    merged = _merge_plurals(candidates)
    designs = [({merged.get(k, k) for k in made}, {merged.get(k, k) for k in credited})
               for made, credited in designs]
    _add_site_support(candidates, titles)
    add_card_support(candidates, titles)
    _add_mentions(candidates, titles)
    shared = shared_features(candidates)  # no one's product either
    everyday = everyday_words(titles)
    uncorroborated = uncorroborated_own_lines(candidates, titles, everyday)
    credits = _credits(candidates, designs)
    design_names = _designs(candidates, credits, titles)
    _credit_designs(candidates, credits, design_names)
    demoted = (design_names | shared | _lines_of_others(candidates, titles, everyday)
               | uncorroborated
               | products_of_own_lines(candidates, uncorroborated, set(credits) | shared)
               | common_words(candidates, everyday)
               | interface_words(candidates, titles, everyday)
               | subjects(candidates, titles) | card_subjects(candidates, titles))
    for candidate in candidates.values():
        candidate.exact = sum(titles[i].kind == EXACT for i in candidate.support)
    eligible = [c for c in candidates.values() if c.slug not in demoted]
    noise = sum(title.file_name or not title.tokens for title in titles)
    if not eligible:
        return Verdict(None, None, 0, 0, len(titles), noise)
    hinted = _hinted(eligible, titles, hint)
    # On a tie, the name that starts more titles (where titles name the item) leads, not one
    # a later segment starts ("... - Merchandising Ufficiale - ...").
    leader = max(hinted or eligible, key=lambda c: (c.score, c.site_bonus, len(c.opens),
                                                    -len(c.parts), -min(c.support), c.slug))
    rival = max((c.score for c in eligible if _rivals(c, leader)), default=0)
    independent = _independent(leader, titles)
    named = _nameable(leader, rival, independent, titles, hinted=bool(hinted))
    producer = _with_word_before(_with_company_word(leader, eligible, titles), titles) \
        if named else None
    return Verdict(producer, leader, independent, rival, len(titles), noise)


def _nameable(leader: Candidate, rival: int, independent: int, titles: list[Title],
              hinted: bool) -> bool:
    """Whether the leader is supported well enough to name (``_supported``), clearly ahead of
    its rival (twice its score) and agreed on (``_agreed_on``). Look-alikes by other makers
    contest a name unless Lens's card and a match agree on the very item ("Prana Porter
    Park") or the client's hint names it: the look-alikes are then only like it; and a hint
    is evidence about the photo itself, as the card is."""
    ahead = leader.score >= 2 * rival or leader.card_item or hinted
    return _supported(leader, independent, titles) and ahead and (
        hinted or _agreed_on(leader, titles))


def _hinted(eligible: list[Candidate], titles: list[Title], hint: str | None) -> list[Candidate]:
    """The names a client's hint writes ("Sony camera"; a product line counts for its maker)
    that the matches support well enough to be named (``_supported``): a hint never makes a
    name the matches do not give, so a wrong or hostile hint ("Gucci") changes nothing. A
    hint that writes two unrelated supported names ("Ray-Ban or Prada") picks neither."""
    words = name_parts(hint or "")
    if not words:
        return []
    hinted = [c for c in eligible
              if any(slug_starts(words, name) for name in (c.parts, *((line,) for line in c.lines)))
              and _supported(c, _independent(c, titles), titles)]
    if any(not a.related(b) for a in hinted for b in hinted):
        return []
    return hinted


# A name written in this share of the matches read is one they agree on.
_AGREED_SHARE = 1 / 3
# Lens ranks the most similar matches first: the maker's own page among these is about the
# photo's very item.
_TOP_MATCHES = 3


def _agreed_on(candidate: Candidate, titles: list[Title]) -> bool:
    """A name a third of the matches write is one they agree on. Below that, on a page of
    many makers' items (generic earbuds of fifteen makers, a quarter of them one maker's
    models), only evidence about the photo itself or its maker names one: an exact match of
    the picture, Lens's card, a design credited to it ("by"), its own site selling its own
    line ("Vail Lounge Chair | Denver Modern"), or its own site among the best-ranked
    matches."""
    if (_read_share(candidate, titles) >= _AGREED_SHARE or candidate.exact or candidate.card
            or candidate.by or candidate.own_line):
        return True
    best = [title for title in titles if title.kind not in (RELATED_SEARCH, KNOWLEDGE_GRAPH)]
    return any(_own_site(candidate, title.site, title.source) for title in best[:_TOP_MATCHES])


def _read_share(candidate: Candidate, titles: list[Title]) -> float:
    """The share of the matches read (not Lens's card or related searches) that support a
    name."""
    read = {title.index for title in titles
            if title.kind not in (RELATED_SEARCH, KNOWLEDGE_GRAPH)}
    return len(candidate.support & read) / len(read) if read else 0.0


# A name this short may end in "s" by itself ("Vans" is no plural of a "Van").
_MIN_PLURAL_STEM = 4


def _merge_plurals(candidates: dict[str, Candidate]) -> dict[str, str]:
    """A name and its plural are one name: sellers write the line both ways ("Squishmallow
    8in Sheba", "Squishmallows 12in Monica"), and counted apart neither has the majority
    both have together. The spelling written more often keeps the key; returns the keys
    merged away and the key they went to."""
    merged: dict[str, str] = {}
    for key in sorted(candidates):
        stem = key[:-1]
        if not key.endswith("s") or len(stem) < _MIN_PLURAL_STEM or stem not in candidates:
            continue
        plural, singular = candidates[key], candidates[stem]
        if plural.lexicon or singular.lexicon or len(plural.parts) != len(singular.parts):
            continue
        keep, drop = ((plural, singular) if len(plural.support) >= len(singular.support)
                      else (singular, plural))
        keep.names.update(drop.names)
        keep.support |= drop.support
        keep.by |= drop.by
        keep.opens |= drop.opens
        keep.own_line |= drop.own_line
        del candidates[drop.slug]
        merged[drop.slug] = keep.slug
    return merged


def common_words(candidates: dict[str, Candidate], everyday: set[str]) -> set[str]:
    """Names whose first word other sites write in lower case are everyday words, not makers
    (``titles.everyday_words``: "Background" leading titles of image-library pages, where
    "Free background Images" and "Photo  background images" show it is the subject); lexicon
    brands that are also words ("Coach", "Apple") are known apart."""
    return {c.slug for c in candidates.values() if not c.lexicon and c.parts[0] in everyday}


# A name written on this many sites is widely used: a maker's is followed by its product.
_WIDE_SITES = 3
# Its product is named within this many words after it ("Tizid 2010 Kibeb", "1998 TIZID
# STANDARD KIBEB").
_PRODUCT_WINDOW = 4


def interface_words(candidates: dict[str, Candidate], titles: list[Title],
                    everyday: set[str]) -> set[str]:
    """Names written on three or more sites whose titles never agree on what follows them are
    the pages' own words, not a maker: "Download" ("Download Free Images", "Download HD
    Backgrounds", "Download your next background photo"), "HD", "Stock" on image-library pages.
    A maker's name is followed, on two sites at least, by the same product within a few words
    ("Hamilton Khaki", "Nordkap Fjellsti"); words of the language (``everyday_words``) and
    numbers never count as that product.

    Lexicon brands, names on their own site or in Lens's card, and names credited with "by"
    have other evidence and are left to the other rules.
    """
    interface = set()
    for candidate in candidates.values():
        if candidate.lexicon or candidate.site_bonus or candidate.by:
            continue
        sites: set[str] = set()
        followed: dict[str, set[str]] = {}
        for index in candidate.support:
            title = titles[index]
            if title.kind in (RELATED_SEARCH, KNOWLEDGE_GRAPH):
                continue
            after = _words_after(title.tokens, candidate.parts)
            if after is None:
                continue
            site = title.site_key
            sites.add(site)
            for word in after:
                if (name_word(word) and not word.isdigit() and word not in everyday
                        and word.removesuffix("s") not in everyday):
                    followed.setdefault(word, set()).add(site)
        if len(sites) >= _WIDE_SITES and all(len(where) < 2 for where in followed.values()):
            interface.add(candidate.slug)
    return interface


def subjects(candidates: dict[str, Candidate], titles: list[Title]) -> set[str]:
    """Names that three or more sites write, mostly in titles that say of no item what it is
    (``names_an_item``), are what the pages are about, not who made a thing: a person in the
    photo ("Danny DeVito gets his own day in his native New Jersey", "Danny DeVito -
    Wikiwand"), whether or not Lens's card names them too. A maker's name is written with
    its products ("Tizid 2010 Kibeb Solid Body Electric Guitar").

    Every title that writes the name counts, wherever it stands ("US Rep. says adult animated
    sitcom with Danny DeVito as voice of Satan is 'evil'"). Lexicon brands are known apart.
    """
    found = set()
    having: dict[str, list[Title]] = {}  # titles by the words they hold
    for title in titles:
        if title.kind not in (RELATED_SEARCH, KNOWLEDGE_GRAPH):
            for word in {token.slug for token in title.tokens}:
                having.setdefault(word, []).append(title)
    for candidate in candidates.values():
        if candidate.lexicon:
            continue
        written: set[str] = set()
        with_item: set[str] = set()
        for title in having.get(candidate.parts[0], []):
            if _words_after(title.tokens, candidate.parts) is None:
                continue
            site = title.site_key
            written.add(site)
            if names_an_item(title.tokens):
                with_item.add(site)
        if len(written) >= _WIDE_SITES and 2 * len(with_item) < len(written):
            found.add(candidate.slug)
    return found


# A name written inside the titles of this many other makers' items is what they share.
_SHARED_BY_MAKERS = 3


def shared_features(candidates: dict[str, Candidate]) -> set[str]:
    """Names written mostly inside titles that other names start, those of three makers or
    more ("WEROX NB122 Earbuds ... Bluetooth Gaming", "Mivi Duopods F30 ... TWS Bluetooth",
    "CrossBeats Spark Bluetooth in-Earbuds"), are a feature or a kind the items share, not
    who made them: a maker starts the titles of its own items. Lexicon brands, names on their
    own site and names credited with "by" have other evidence."""
    openers: dict[int, set[str]] = {}
    for candidate in candidates.values():
        for index in candidate.opens:
            openers.setdefault(index, set()).add(candidate.slug)
    shared = set()
    for candidate in candidates.values():
        if candidate.lexicon or candidate.site_bonus or candidate.by:
            continue
        inside: dict[int, set[str]] = {}  # titles others start, and who starts them
        for index in candidate.support - candidate.opens:
            others = {name for name in openers.get(index, ())
                      if not candidates[name].related(candidate)}
            if others:
                inside[index] = others
        makers = set().union(*inside.values()) if inside else set()
        if len(makers) >= _SHARED_BY_MAKERS and 2 * len(inside) > len(candidate.support):
            shared.add(candidate.slug)
    return shared


def _words_after(tokens: list[Token], parts: tuple[str, ...]) -> list[str] | None:
    """The slugs of the few words after a name in a title (none when the name ends it), or
    None when the title does not write the name."""
    after = words_after(tokens, parts)
    return None if after is None else [token.slug for token in after[:_PRODUCT_WINDOW]]


def _rivals(candidate: Candidate, leader: Candidate) -> bool:
    """An unrelated name with matches of its own that names an item's maker somewhere: one
    named only in the leader's titles ("Logitech" in "Herman Miller X Logitech G Embody Gaming
    Chair") is part of the leader's item, and one that starts no title and has no other
    evidence (a town's state after the item, "... 9K68Arlington, VA") is no maker the leader
    competes with."""
    maker_like = bool(candidate.opens or candidate.by or candidate.site_bonus
                      or candidate.lexicon or candidate.own_line)
    return (maker_like and not candidate.related(leader)
            and not candidate.support <= leader.support)


def _independent(candidate: Candidate, titles: list[Title]) -> int:
    """How many different sites support a candidate (ten listings on one shop count once).

    Related searches add to the score but not here: they never decide alone; nor does Lens's
    card, which is Google's recognition and weighs as such (``knowledge_card.add_card_support``).
    """
    return len({titles[i].site_key for i in candidate.support
                if titles[i].kind not in (RELATED_SEARCH, KNOWLEDGE_GRAPH)})


def _supported(candidate: Candidate, independent: int, titles: list[Title]) -> bool:
    """Two independent matches, or the producer's own site (its exact domain) even alone, or
    the name that starts most titles of a page of listings (``_opens_most``).

    Of the independent matches, two sites must start a title with the name (or with its line,
    or credit it with "by", or end their own title with it): the start is where titles name
    the item, and words a page only writes further on ("Free Vectors, Stock Photos & PSD",
    "Download HD Backgrounds") are its own text more often than a maker. A lexicon brand
    needs one title starting with it, and may stand anywhere in the others: mid-title it is
    as often what a page is about ("How To Blur Background In Your iPhone Photos") as who
    made the item.
    """
    opening = len(opening_sites(candidate, titles)
                  | {titles[i].site_key for i in candidate.own_line})
    return ((independent >= 2 and (opening >= 2 or (candidate.lexicon and opening >= 1)))
            or candidate.site_bonus >= 2 or _opens_most(candidate, titles))


# Listings by this many sellers, most of them starting with one name, agree on it.
_MIN_OPENING_LISTINGS = 4


def _opens_most(candidate: Candidate, titles: list[Title]) -> bool:
    """The maker most titles name, at the start of at least four: on a page of one
    marketplace's listings (written by different sellers) that is agreement, even without a
    second site."""
    return len(candidate.opens) >= _MIN_OPENING_LISTINGS and _read_share(candidate, titles) > 0.5


def _lines_of_others(candidates: dict[str, Candidate], titles: list[Title],
                     everyday: set[str]) -> set[str]:
    """Names that follow another candidate's name in a title ("Rugit Kasokos Pro") are its
    product lines: their matches support the producer, and they are not producers.

    The producer must be named in two independent matches, so a word that happens to lead
    one title ("Casque Aurelin Audio") does not take a real name over; a known brand is
    never another name's line, and neither is an everyday word (``everyday_words``: in
    "Animated, Vector Background", "background" is what the pages show).
    """
    lines: set[str] = set()
    named_in: dict[str, set[str]] = {}
    for title in titles:
        for name in capitalised_names(title.tokens):
            named_in.setdefault(name, set()).add(title.site_key)
    makers = {key for key in candidates if len(named_in.get(key, ())) >= 2}
    for longer in list(candidates.values()):
        for k in range(1, len(longer.parts)):
            head, tail = "".join(longer.parts[:k]), "".join(longer.parts[k:])
            maker, line = candidates.get(head), candidates.get(tail)
            if (head not in makers or line is None or line.lexicon or line.label
                    or line.parts[0] in everyday):
                continue
            if line.slug.startswith(maker.slug) or maker.slug.startswith(line.slug):
                continue
            lines.add(line.slug)
            maker.lines.add(line.slug)
            maker.support |= line.support
            maker.opens |= line.opens  # a title starting with the line starts with its maker
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


# A word written before a name in this share of the titles naming it is part of the name.
_ALWAYS_BEFORE = 0.9


def _with_word_before(best: Candidate, titles: list[Title]) -> Candidate:
    """The name with the word sellers always write before it ("Pink Floyd", "Red Wing"): a
    colour or another word that may precede a brand is skipped where a name starts, so a name
    that begins with one is found without it. Where nearly every title naming it writes the
    same capitalised word right before, that word is part of the name."""
    before: Counter[str] = Counter()
    naming = 0
    for title in titles:
        if title.kind in (RELATED_SEARCH, KNOWLEDGE_GRAPH):
            continue
        for start in name_starts(title.tokens, best.parts):
            naming += 1
            token = title.tokens[start - 1] if start else None
            if token is not None and token.segment == title.tokens[start].segment \
                    and token.text[:1].isupper() and token.slug.isalpha() \
                    and token.slug not in CONDITION_WORDS:
                before[token.text.capitalize()] += 1
    if not naming or not before:
        return best
    word, count = before.most_common(1)[0]
    if count < _ALWAYS_BEFORE * naming or count < 2:
        return best
    names = Counter({f"{word} {name}": n for name, n in best.names.items()})
    return replace(best, slug=slug(word) + best.slug, parts=(slug(word), *best.parts),
                   names=names)


def _add_mentions(candidates: dict[str, Candidate], titles: list[Title]) -> None:
    """A name confirmed by its own site also counts capitalised mid-title ("Sac à dos Brackwater").

    Unconfirmed names do not: mid-title words are mostly motifs and features ("Samurai Cat",
    "Platform") that would outvote the real producer.
    """
    confirmed = [c for c in candidates.values() if c.site_bonus and not c.lexicon]
    for title in titles:
        names = capitalised_names(title.tokens)
        for candidate in confirmed:
            if candidate.slug in names:
                candidate.support.add(title.index)


def _collect(titles: list[Title]) -> tuple[dict[str, Candidate], list[tuple[set[str], set[str]]]]:
    """Candidates from brand positions, and the "X by Y" pairs seen along the way.

    Related searches only support names found elsewhere: Google suggests generic searches too
    ("Chair"), and a suggestion alone is no evidence of a brand.
    """
    candidates: dict[str, Candidate] = {}
    designs: list[tuple[set[str], set[str]]] = []
    stores: dict[str, list[tuple[int, str]]] = {}
    for title in titles:
        if title.kind == RELATED_SEARCH:
            continue
        previous: list[Token] = []
        for number, segment in enumerate(segments(title.tokens)):
            fitted = bool(previous) and previous[-1].slug in FITS_WORDS  # "(For: 2011 VW Golf)"
            previous = segment
            store = None if fitted or number else store_at_start(segment)
            if store:
                stores.setdefault(slug(store), []).append((title.index, store))
            leading = [] if fitted else leading_names(segment)
            credited = by_names(segment)
            for name in leading + credited:
                _note(candidates, name, title.index, by=name in credited)
                if number == 0 and name in leading and title.kind != KNOWLEDGE_GRAPH:
                    # a listing's title starts with it (Lens's card is no listing)
                    candidates[slug(name)].opens.add(title.index)
            if credited:
                designs.append(({slug(n) for n in leading}, {slug(n) for n in credited}))
        if title.own_name:  # "Vail Lounge Chair | Denver Modern" on denvermodern.com
            _note(candidates, title.own_name, title.index, by=False)
            candidates[slug(title.own_name)].own_line.add(title.index)
        for brand in lexicon_mentions(title.tokens):
            _note(candidates, brand, title.index, by=False)
    _add_store_labels(candidates, stores, titles)
    for title in titles:
        if title.kind == RELATED_SEARCH:
            _support_known(candidates, title)
    return candidates, designs


# A shop's name starting titles on this many other sites is a label they resell.
_LABEL_SITES = 2


def _add_store_labels(candidates: dict[str, Candidate], stores: dict[str, list[tuple[int, str]]],
                      titles: list[Title]) -> None:
    """A shop's name is no producer where it only sells ("... | Amazon.com"), but one that
    starts titles as their item's maker on two or more other sites ("Shein Women Gray Long
    Sleeve T-shirt" resold on eBay, Poshmark, Depop) is a label of its own: the shop sells its
    own line, and its own listings support it like a brand's site (``_add_site_support``)."""
    for key, named in stores.items():
        elsewhere = {titles[i].site_key for i, _ in named if titles[i].site != key}
        if len(elsewhere) < _LABEL_SITES:
            continue
        for index, name in named:
            _note(candidates, name, index, by=False)
            candidates[key].opens.add(index)
        candidates[key].label = True


def _support_known(candidates: dict[str, Candidate], title: Title) -> None:
    """A related search supports the known names in its brand positions; it creates none."""
    names = [n for segment in segments(title.tokens) for n in leading_names(segment)]
    for name in names + lexicon_mentions(title.tokens):
        candidate = candidates.get(slug(name))
        if candidate is not None:
            candidate.support.add(title.index)


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
        if title.kind != RELATED_SEARCH:
            by_site.setdefault((title.site, title.source), []).append(title.index)
    for candidate in candidates.values():
        for (site, source), indices in by_site.items():
            bonus = _own_site(candidate, site, source)
            if bonus:
                candidate.support.update(indices)
                candidate.site_bonus = max(candidate.site_bonus, bonus)
                candidate.own_site = max(candidate.own_site, bonus)


def _own_site(candidate: Candidate, site: str, source: str) -> int:
    """``own_site_rank`` for a candidate: a shop's name counts on its own site only as its
    own label. Google's own search page, whoever the brand, never is its site."""
    own_label = candidate.label and site == candidate.slug
    return own_site_rank(site, source, candidate.parts, own_label)


# A name credited to a maker in at least this share of the titles naming it is a design.
_CREDITED_SHARE = 1 / 5


def _credits(
    candidates: dict[str, Candidate], designs: list[tuple[set[str], set[str]]]
) -> dict[str, list[Candidate]]:
    """The supported names each name is credited to in titles ("Catana by vincenttrinidad"),
    one entry a crediting title: a design's, not a maker's, wherever the credit stands."""
    credits: dict[str, list[Candidate]] = {}
    for designs_here, credited in designs:
        makers = [candidates[c] for c in credited if len(candidates[c].support) >= 2]
        for key in designs_here:
            design = candidates[key]
            # a known brand is a design only of another known brand ("Squier by Fender")
            credible = [m for m in makers if m.lexicon or not design.lexicon]
            if credible and not any(design.related(m) for m in credible):
                credits.setdefault(key, []).append(max(credible, key=lambda m: len(m.support)))
    return credits


def _designs(candidates: dict[str, Candidate], credits: dict[str, list[Candidate]],
             titles: list[Title]) -> set[str]:
    """Names credited to a maker in a fifth or more of their titles, or to a maker the titles
    name as often ("Squier by Fender" where Fender leads as many titles), or to a maker sites
    name on their own (``_established``: an artist three sites name, two of them as the
    maker, "Catana ... by vincenttrinidad"), are designs, not producers. A name hundreds of
    titles on one marketplace give as the item's and one credits to a name far fewer give
    ("BAPE A Bathing Ape Check by Bathing Ape", among 185 "Bape ..." listings) is the name
    they agree on."""
    designs = set()
    for key, makers in credits.items():
        support = len(candidates[key].support)
        if (len(makers) >= _CREDITED_SHARE * support
                or any(len(maker.support) >= support or _established(maker, titles)
                       for maker in makers)):
            designs.add(key)
    return designs


# A maker this many sites name, this many of them as the maker (a title starting with it, or
# crediting it with "by"), is known apart from any one of its designs.
_ESTABLISHED_SITES = 3
_ESTABLISHED_MAKER_SITES = 2


def _established(maker: Candidate, titles: list[Title]) -> bool:
    return (_independent(maker, titles) >= _ESTABLISHED_SITES
            and len(opening_sites(maker, titles)) >= _ESTABLISHED_MAKER_SITES)


def _credit_designs(candidates: dict[str, Candidate], credits: dict[str, list[Candidate]],
                    designs: set[str]) -> None:
    """A design's titles are about its maker's item: they support the maker (the one most
    often credited), and the design is one of its lines, whose name the model is read from
    ("Catana Shirt" on a shop that sells Vincent Trinidad's design)."""
    for key in designs:
        makers = Counter(maker.slug for maker in credits[key])
        maker = candidates[max(makers, key=lambda slug_: (makers[slug_], slug_))]
        maker.support |= candidates[key].support
        maker.lines.add(key)


def display_name(candidate: Candidate) -> str:
    """The most common spelling; capitalised spellings first ("Vincent Trinidad", not a slug)."""
    spellings = candidate.names.items()
    return max(spellings, key=lambda kv: (capitalised(kv[0]), kv[1], " " in kv[0]))[0]


