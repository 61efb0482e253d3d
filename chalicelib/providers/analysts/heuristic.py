"""The embedded analyst: producer and model read from the matches themselves.

No network and no model: ``HeuristicAnalyst`` names the producer by consensus across the match
titles (the pricing counterpart is ``providers.pricing.heuristic``).

How a producer wins (``identify``):

* Titles are read by ``titles.clean_titles``: the site's name at their end is removed ("... |
  eBay"), with what the site writes about itself there ("Download Free Images on Unsplash"),
  and so is page furniture (``furniture``): a site's template (interface text it appends to
  most of its titles), file-name syntax and camera counters, community handles.
* Candidates come from *brand positions* in each title: the leading name of each title
  segment (after words like "Used", "Men's", years; never after a fitment word: "For: 2011
  Volkswagen Jetta"), the name after "by" ("Catana by vincenttrinidad"), mentions of a lexicon
  brand (``BRANDS``; product lines such as "MacBook" count for their brand), and a site's own
  name at the end of its title on its own domain (its own line, when corroborated), and a
  shop's name that titles on two other sites start with (a label the shop sells). Everyday
  words are none: a word two sites write in lower case (``titles.everyday_words``), and a name
  three or more sites write without agreeing on what follows it (image libraries' "Download"),
  and a name three or more sites write mostly in titles naming no item (no kind of item, no
  model number: a person the pages are about) is their subject, not a maker.
* A candidate's support is the set of matches naming it there, plus the matches on its own
  site (registered domain or source equal to the name, e.g. "Nordkap" on www.nordkap.example).
  A name confirmed by its site also counts where it appears capitalised mid-title.
* Lens's other answers (``LensMatch.kind``) weigh differently: an exact match (the same photo
  on a page) counts twice; a name in the knowledge-graph card gets the own-site bonus (2), since
  Google recognised the entity, when a match's title names it with an item (Google
  recognises people and places in a photo as well, and no listing names those), and the card
  is never an independent site of its own; a related search supports
  names found elsewhere but never creates one (Google also suggests generic searches such as
  "Chair").
* Score = supporting matches + exact ones again + "by" attributions + own-site bonus (2 exact,
  1 partial) + 1 if in the lexicon. The best needs at least two supporting matches on different
  sites, two of them starting their titles with it unless it is a lexicon brand (related
  searches not counted; a lone match must be on the brand's own site or its name in the
  card), or to be named by most titles and start at least four (a marketplace page of
  listings by different sellers), and at least twice the score of the best unrelated
  candidate, unless the card and a match name the same item (``knowledge_card``: "Prana
  Porter Park" in both, among look-alikes of other labels); otherwise there is no consensus.
  A name the card files as a creative work or a person ("Harry Potter", "Novel series") is
  what the item shows, not its maker.
* A name and its plural are one name ("Squishmallow" / "Squishmallows"). A name that is
  credited to someone else ("X by Y" with Y supported twice) in a fifth or more of its titles,
  or to a maker three sites name (two of them as the maker), is a design, not a producer: its
  titles support its maker, and the maker's model is read from them; credited anywhere, it is
  no line of a shop that sells it.
  Among nested names ("Nordkap" / "Nordkap Fjellsti") the higher score wins, then the one
  confirmed by its site, then the shorter, unless the longer one only adds company words
  ("Aurelin Audio", "Halvorsen & Co").

The model (``model_phrase``) is the best-supported phrase (1-4 words) that follows the producer
across titles, counted by distinct sites, favouring longer phrases and ones with model codes
("TMS007", "D-17"); its number or code is the one most listings give ("Galaxy S22", not a
longer "Galaxy S21 FE" fewer name); it grows only by a variant most of its listings name, or by
the describing word every one of them writes before it ("Classic Legendary Bottle"), and
where they split between variants it names the series. ``evidence_features`` exposes the
evidence behind an answer as numbers, for calibration.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chalicelib.providers.analysts.lexicon import slug
from chalicelib.providers.analysts.model_phrase import generic_reading, names_no_kind, read_model
from chalicelib.providers.analysts.title_consensus import (
    Verdict,
    display_name,
    weigh_producers,
)
from chalicelib.providers.analysts.titles import (
    Title,
    clean_titles,
    independent_weight,
    name_parts,
    own_site_rank,
)
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NoProducerPage, Unidentified
from chalicelib.providers.pricing.marketplaces import (
    domain_name,
    is_marketplace,
)
from chalicelib.wire import Identity, LensMatch, ProducerPage, RetailDetails

# Each independent match (or point of own-site evidence) leaves this much doubt about the
# leader (the evidence score's one shape constant).
_DOUBT_PER_EVIDENCE = 0.4
# Titles alone never make an answer certain (and a threshold of 1.0 always escalates).
_MOST_SURE = 0.99
# Scores are kept this far from 0 and 1, where their log-odds would be infinite.
_EDGE = 0.01


@dataclass(frozen=True)
class Logistic:
    """A logistic regression over named evidence features: ``sigmoid(intercept + sum(weight *
    feature))``, the probability that an answer with this evidence is right. Features it has no
    weight for count zero; ``Logistic()`` says 0.5 whatever the evidence."""

    intercept: float = 0.0
    weights: tuple[tuple[str, float], ...] = ()

    def __call__(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(w * features.get(name, 0.0) for name, w in self.weights)
        return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


@dataclass(frozen=True)
class Calibration:
    """What ``confidence`` means: the probability that the answer is right, from its evidence
    features; one regression for named producers and one for abstentions, since the same
    evidence (a well-supported leader) argues for the one and against the other."""

    named: Logistic = Logistic()
    abstained: Logistic = Logistic()

    def __call__(self, features: Mapping[str, float], named: bool) -> float:
        return (self.named if named else self.abstained)(features)


# The features the shipped calibration uses: for a named producer the evidence score alone,
# which fits better out of sample than it with the other features of ``answer_features``; for
# an abstention also how far the titles agree on the kind of item they repeat most ("Chair" on
# every page of a generic search): agreement on a name ("Layer-0") is doubt the evidence score
# already holds, and counting it here would undo that doubt. Chosen by out-of-sample log loss
# over the evidence alone; the agreement on any phrase fits as well overall and a little
# better on Lens answers (docs/evaluation.md, "Calibration features").
CALIBRATED = ("evidence",)
CALIBRATED_ABSTAINED = ("evidence", "kind_agreement")
# Fitted on every development sample (``python -m tools.real_evaluation --fit-calibration``)
# after cross-validation by source measured how well such a fit carries to items from sources
# it never saw (docs/evaluation.md); a test holds these numbers to that fit.
CALIBRATION = Calibration(
    named=Logistic(intercept=1.52, weights=(("evidence", 0.55),)),
    abstained=Logistic(intercept=2.55, weights=(("evidence", 0.39), ("kind_agreement", 1.14),)),
)


def answer_features(verdict: Verdict) -> dict[str, float]:
    """The evidence features of an answer: ``evidence``, the log-odds of the uncalibrated
    ``evidence_score`` (kept finite), which the calibration uses (``CALIBRATED``,
    ``CALIBRATED_ABSTAINED``), and the
    parts of ``evidence_features`` a richer calibration could use (the evaluation compares
    the two out of sample): sites naming the producer (as log(1 + n)), how far the matches
    read name the model, how far they agree on a kind of item (``_kind_agreement``), the
    rival's share, the variant disagreement, the noise share."""
    score = min(max(evidence_score(verdict), _EDGE), 1 - _EDGE)
    evidence = evidence_features(verdict)
    return {
        "evidence": math.log(score / (1 - score)),
        "producer_sites": math.log1p(evidence["producer_domains"]),
        "model_agreement": evidence["model_agreement"],
        "kind_agreement": _kind_agreement(verdict),
        "rival_share": evidence["rival_share"],
        "variant_disagreement": evidence["variant_disagreement"],
        "noise_share": evidence["noise_share"],
    }


def _kind_agreement(verdict: Verdict) -> float:
    """How far the matches agree on the phrase they repeat most when it is a kind of item
    ("Chair", "Coffee Maker"), 0 when it reads as a name or there is none."""
    agreement, is_name = _phrase_agreement(verdict)
    return 0.0 if is_name else agreement


def _phrase_agreement(verdict: Verdict) -> tuple[float, bool]:
    """How far the matches agree on the verdict's phrase (0 without one), and whether that
    phrase reads as a name rather than a kind of item (``names_no_kind``)."""
    phrase = verdict.model
    if phrase is None or not phrase.model:
        return 0.0, False
    return phrase.agreement, names_no_kind(phrase.model)


def evidence_score(verdict: Verdict) -> float:
    """How well the evidence supports the answer (a producer, or none), before calibration.

    The leader's strength grows with independent matches (``independent_evidence``: distinct
    sites, and further sellers' listings at half a site each) and its own site, and is shared
    with its strongest rival (``_leader_support``). Naming it is as sure as that support, less
    what the listings' disagreement on the model's variant, the page's furniture and a model
    few of the sites name take away (the answer is right only if its model is: "Classic
    Legendary Bottle" named by 3 of 9 sites is a guess). The weight of the model's agreement (a
    quarter) was chosen among a half, a third and a quarter by out-of-sample log loss
    (docs/evaluation.md). Abstaining: ``_abstention_score``.
    """
    if verdict.producer is None:
        return _abstention_score(verdict)
    strength, uncontested = _leader_support(verdict)
    model = verdict.model
    disagreement = model.disagreement if model else 0.0
    agreement = model.agreement if model and model.model else 1.0
    noise = verdict.noise / verdict.titles if verdict.titles else 0.0
    return (strength * uncontested * (1 - disagreement / 4) * (1 - noise / 2)
            * (3 + agreement) / 4)


def _abstention_score(verdict: Verdict) -> float:
    """How sure naming no producer is: doubtful when a well-supported leader was kept out only
    by a rival, and when the titles agree on a phrase that reads as a name and not as a kind
    of item (all 32 titles of a designer's page say "Layer-0", a name the rules could not take
    for a maker), in proportion to how far they agree on it."""
    strength, uncontested = _leader_support(verdict)
    agreement, is_name = _phrase_agreement(verdict)
    return (1 - strength * uncontested * uncontested) * (1 - (agreement if is_name else 0) / 2)


def _leader_support(verdict: Verdict) -> tuple[float, float]:
    """The leader's strength (its independent evidence and own site, as the doubt each piece
    leaves) and the share of the score it does not have to share with its rival; (0, 1)
    without a leader."""
    leader = verdict.leader
    if leader is None:
        return 0.0, 1.0
    strength = 1 - _DOUBT_PER_EVIDENCE ** (independent_evidence(verdict) + leader.site_bonus)
    total = leader.score + verdict.rival
    return strength, (1 - verdict.rival / total if total else 1.0)


def independent_evidence(verdict: Verdict) -> float:
    """The independent evidence for the leader: its distinct sites, and half a site for each
    further listing naming it (185 sellers writing "Bape" on one marketplace say more than
    one shop's page does)."""
    leader = verdict.leader
    listings = len(leader.support) - leader.exact if leader else 0
    return independent_weight(verdict.independent, listings)


def evidence_features(verdict: Verdict) -> dict[str, float]:
    """The evidence behind an answer, as numbers a calibration can be fitted on.

    ``producer_domains``: distinct sites naming the leading producer; ``model_domains``:
    distinct sites naming the model phrase (of ``model_sites_read``); ``card``: 1 if Lens's
    knowledge-graph card names the leader; ``exact_matches``: exact matches naming it;
    ``own_line``: 2 if a match is on the leader's own domain (a site selling its own line),
    1 on a close variant of it, else 0; ``lexicon``: 1 if the leader is a known brand;
    ``rival_share``: the strongest unrelated name's share of the two scores;
    ``model_agreement``: how far the matches read name the model phrase (``ModelReading``);
    ``variant_disagreement``: share of the model's listings naming another variant;
    ``noise_share``: share of titles that were a file's name or had no words left;
    ``opening_share``: share of titles that start with the leader's name; ``named``: 1 if a
    producer was named; ``titles``: matches read.
    """
    leader = verdict.leader
    model = verdict.model
    total = (leader.score if leader else 0) + verdict.rival
    return {
        "producer_domains": float(verdict.independent),
        "model_domains": float(model.sites if model else 0),
        "model_sites_read": float(model.of if model else 0),
        "card": float(bool(leader and leader.card)),
        "exact_matches": float(leader.exact if leader else 0),
        "own_line": float(leader.own_site if leader else 0),
        "lexicon": float(bool(leader and leader.lexicon)),
        "rival_share": verdict.rival / total if total else 0.0,
        "variant_disagreement": float(model.disagreement if model else 0.0),
        "model_agreement": float(model.agreement if model and model.model else 1.0),
        "noise_share": verdict.noise / verdict.titles if verdict.titles else 0.0,
        "opening_share": len(leader.opens) / verdict.titles if leader and verdict.titles else 0.0,
        "named": float(verdict.producer is not None),
        "titles": float(verdict.titles),
    }


class HeuristicAnalyst:
    """Names the item from the matches alone (implements ``Analyst``)."""

    def __init__(self, marketplace_domains: Sequence[str] | None = None,
                 calibration: Calibration = CALIBRATION) -> None:
        self._marketplaces = list(marketplace_domains) if marketplace_domains else None
        self._calibration = calibration
        self._last: tuple[tuple[Any, ...], list[Title], Verdict] | None = None

    def identify(self, image: StagedImage, matches: list[LensMatch],
                 hint: str | None = None) -> Identity:
        # The client's hint ("Sony camera") is evidence about the photo, never a name of its
        # own: it can only pick among the names the matches support (``weigh_producers``).
        if not matches:
            raise Unidentified("no visual matches to identify the item from")
        identity, features = self.assess(matches, hint)
        confidence = self.confidence(features, named=identity.producer is not None)
        return identity.model_copy(update={"confidence": confidence})

    def confidence(self, features: Mapping[str, float], named: bool) -> float:
        """How likely an answer with this evidence is right (named producer or abstention)."""
        return round(min(self._calibration(features, named), _MOST_SURE), 2)

    def assess(self, matches: list[LensMatch],
               hint: str | None = None) -> tuple[Identity, dict[str, float]]:
        """The answer (without its confidence) and the evidence features it rests on, which
        the calibration turns into ``confidence`` (and the evaluation fits it from)."""
        titles, verdict = self._read(matches, hint)
        features = answer_features(verdict)
        producer = verdict.producer
        model = verdict.model.model if verdict.model else None
        return Identity(producer=display_name(producer) if producer else None,
                        model=model), features

    def explain(self, matches: list[LensMatch], hint: str | None = None) -> dict[str, Any]:
        """This analyst's answer and what it weighed, for a second opinion to check
        (``ANALYST=auto`` shows it to the model)."""
        identity, features = self.assess(matches, hint)
        _, verdict = self._read(matches, hint)
        leader = verdict.leader
        confidence = self.confidence(features, named=identity.producer is not None)
        answer = identity.model_copy(update={"confidence": confidence})
        return {
            "answer": answer.model_dump(),
            "leading_name": display_name(leader) if leader else None,
            "matches_naming_it": len(leader.support) if leader else 0,
            "independent_sites_naming_it": verdict.independent,
            "on_its_own_site": bool(leader and leader.site_bonus),
            "leading_name_score": leader.score if leader else 0,
            "strongest_other_name_score": verdict.rival,
            "titles_read": verdict.titles,
            "evidence": evidence_features(verdict),
        }

    def _read(self, matches: list[LensMatch],
              hint: str | None = None) -> tuple[list[Title], Verdict]:
        """The titles read and the verdict on them. The last reading is kept: ``ANALYST=auto``
        asks for the answer and then for its explanation of the same matches, and reading an
        800-listing page takes a noticeable part of a second."""
        key = (hint, *((m.kind, m.title, m.link, m.source) for m in matches))
        last = self._last
        if last is not None and last[0] == key:
            return last[1], last[2]
        titles = clean_titles(matches)
        verdict = self.weigh(titles, hint)
        self._last = (key, titles, verdict)
        return titles, verdict

    @staticmethod
    def weigh(titles: list[Title], hint: str | None = None) -> Verdict:
        """The producer verdict on read titles, with the model phrase read after its name."""
        verdict = weigh_producers(titles, hint)
        if verdict.producer is None:  # the phrase the titles repeat most stands for the item
            return verdict.with_model(generic_reading(titles))
        return verdict.with_model(read_model(titles, verdict.producer))

    def producer_page(self, identity: Identity, matches: list[LensMatch]) -> ProducerPage:
        if not identity.producer:
            raise NoProducerPage("no producer to find a page for")
        # A related search is Google's, never a page; a card counts when it links to the site.
        ranked = [(self._site_rank(m, identity.producer), m) for m in matches
                  if m.kind != "related-search"]
        pages = [(rank, m) for rank, m in ranked if rank > 0]
        if not pages:
            raise NoProducerPage(f"no match is on {identity.producer}'s own site")
        model = slug(identity.model or "")
        # An exact domain beats a variant; then the page that names the model; then Lens's order.
        _, best = max(pages, key=lambda p: (p[0], bool(model) and model in slug(p[1].title)))
        return ProducerPage(link=best.link, title=best.title)

    def retail_details(
        self, identity: Identity, page: ProducerPage, matches: list[LensMatch]
    ) -> RetailDetails:
        listing = next((m for m in matches if m.link == page.link), None)
        if listing is None:
            return RetailDetails(producer_url=page.link, original_name=page.title)
        return RetailDetails(
            producer_url=page.link,
            price=listing.price,
            currency=listing.currency,
            original_name=listing.title,
        )

    def _site_rank(self, match: LensMatch, producer: str) -> int:
        """``own_site_rank`` of a match's domain for the producer, 0 on marketplaces (a
        brand's store there is no page of its own)."""
        if is_marketplace(match.link, self._marketplaces):
            return 0
        name = slug(domain_name(match.link))
        return own_site_rank(name, slug(match.source or ""), name_parts(producer),
                             own_label=name == slug(producer))
