"""The embedded analyst: producer and model read from the matches themselves.

No network and no model: ``HeuristicAnalyst`` names the producer by consensus across the match
titles (the pricing counterpart is ``providers.pricing.heuristic``).

How a producer wins (``identify``):

* Candidates come from *brand positions* in each cleaned title (shop suffixes such as " | eBay"
  removed): the leading name of each title segment (after words like "Used", "Men's", years),
  the name after "by" ("Catana by vincenttrinidad"), and mentions of a lexicon brand (``BRANDS``;
  product lines such as "MacBook" count for their brand).
* A candidate's support is the set of matches naming it there, plus the matches on its own site
  (registered domain or source equal to the name, e.g. "Nordkap" on www.nordkap.example). A
  name confirmed by its site also counts where it appears capitalised mid-title.
* Lens's other answers (``LensMatch.kind``) weigh differently: an exact match (the same photo
  on a page) counts twice; a name in the knowledge-graph card gets the own-site bonus (2), since
  Google recognised the entity; a related search supports names found elsewhere but never
  creates one (Google also suggests generic searches such as "Chair").
* Score = supporting matches + exact ones again + "by" attributions + own-site bonus (2 exact,
  1 partial) + 1 if in the lexicon. The best needs at least two supporting matches on different
  sites (related searches not counted; a lone match must be on the brand's own site or its name
  in the card) and at least twice the score of the best unrelated candidate; otherwise there is
  no consensus.
* A name that is credited to someone else ("X by Y" with Y supported twice) is a design, not a
  producer. Among nested names ("Nordkap" / "Nordkap Fjellsti") the higher score wins, then the
  one confirmed by its site, then the shorter, unless the longer one only adds company words
  ("Aurelin Audio", "Halvorsen & Co").

The model is the best-supported phrase (1-4 words) that follows the producer across titles,
favouring longer phrases and ones with model codes ("DWFP72155", "D-17").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chalicelib.providers.analysts.lexicon import RETAILERS, slug
from chalicelib.providers.analysts.title_consensus import (
    Title,
    Verdict,
    clean_title,
    display_name,
    find_model,
    generic_phrase,
    name_parts,
    site_match,
    weigh_producers,
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


# Fitted on every development sample (``python -m tools.real_evaluation --fit-calibration``)
# after cross-validation by source measured how well such a fit carries to items from sources
# it never saw (docs/evaluation.md); a test holds these numbers to that fit.
CALIBRATION = Calibration(
    named=Logistic(intercept=0.32, weights=(("evidence", 0.91),)),
    abstained=Logistic(intercept=-0.39, weights=(("evidence", 2.05),)),
)


def answer_features(verdict: Verdict) -> dict[str, float]:
    """The evidence features ``confidence`` is calibrated from (see ``evidence_score``): the
    log-odds of the uncalibrated score, kept finite."""
    score = min(max(evidence_score(verdict), _EDGE), 1 - _EDGE)
    return {"evidence": math.log(score / (1 - score))}


def evidence_score(verdict: Verdict) -> float:
    """How well the evidence supports the answer (a producer, or none), before calibration.

    The leader's strength grows with independent matches and its own site, and is shared with
    its strongest rival. Naming it is as sure as that support; abstaining is doubtful when a
    well-supported leader was kept out only by a rival.
    """
    leader = verdict.leader
    if leader is None:
        return 1.0
    strength = 1 - _DOUBT_PER_EVIDENCE ** (verdict.independent + leader.site_bonus)
    total = leader.score + verdict.rival
    uncontested = 1 - verdict.rival / total if total else 1.0
    support = strength * uncontested
    return support if verdict.producer is not None else 1 - support * uncontested


def _weigh(matches: list[LensMatch]) -> tuple[list[Title], Verdict]:
    titles = [clean_title(i, match) for i, match in enumerate(matches)]
    return titles, weigh_producers(titles)


class HeuristicAnalyst:
    """Names the item from the matches alone (implements ``Analyst``)."""

    def __init__(self, marketplace_domains: Sequence[str] | None = None,
                 calibration: Calibration = CALIBRATION) -> None:
        self._marketplaces = list(marketplace_domains) if marketplace_domains else None
        self._calibration = calibration

    def identify(self, image: StagedImage, matches: list[LensMatch]) -> Identity:
        if not matches:
            raise Unidentified("no visual matches to identify the item from")
        identity, features = self.assess(matches)
        confidence = self.confidence(features, named=identity.producer is not None)
        return identity.model_copy(update={"confidence": confidence})

    def confidence(self, features: Mapping[str, float], named: bool) -> float:
        """How likely an answer with this evidence is right (named producer or abstention)."""
        return round(min(self._calibration(features, named), _MOST_SURE), 2)

    def assess(self, matches: list[LensMatch]) -> tuple[Identity, dict[str, float]]:
        """The answer (without its confidence) and the evidence features it rests on, which
        the calibration turns into ``confidence`` (and the evaluation fits it from)."""
        titles, verdict = _weigh(matches)
        features = answer_features(verdict)
        producer = verdict.producer
        if producer is None:
            return Identity(producer=None, model=generic_phrase(titles)), features
        return (Identity(producer=display_name(producer), model=find_model(titles, producer)),
                features)

    def explain(self, matches: list[LensMatch]) -> dict[str, Any]:
        """This analyst's answer and what it weighed, for a second opinion to check
        (``ANALYST=auto`` shows it to the model)."""
        identity, features = self.assess(matches)
        _, verdict = _weigh(matches)
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
        }

    def producer_page(self, identity: Identity, matches: list[LensMatch]) -> ProducerPage:
        if not identity.producer:
            raise NoProducerPage("no producer to find a page for")
        # A related search is Google's, never a page; a card counts when it links to the site.
        ranked = [(self._site_rank(m.link, identity.producer), m) for m in matches
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

    def _site_rank(self, link: str, producer: str) -> int:
        """``site_match`` of a link's domain, 0 for marketplaces and shops selling many brands."""
        name = slug(domain_name(link))
        if is_marketplace(link, self._marketplaces):
            return 0
        if name in RETAILERS and name != slug(producer):
            return 0
        return site_match(name, name_parts(producer))
