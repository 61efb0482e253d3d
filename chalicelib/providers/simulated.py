"""The ``simulated`` provider set: stand-ins with fixed latencies and fixed answers.

Declared as simulated: these providers look at no pixels and reach no outside service. They
exist to measure the service itself (``make bench``) and to inject faults (the fault tests):

* **Latency.** Each stage takes a fixed, configurable time (``SIMULATED_LATENCIES``, e.g.
  ``lens=1.0,gpt=1.0,pricing=0.5``), spread evenly over the stage's provider calls: the lens
  stage's one search, the analyst's three answers, the pricer's two.
* **Answers.** Everything is derived from the image's SHA-256 alone (``answers``), so the same
  image always yields the same chunks and a test can say exactly what a stream must hold.
* **Faults.** ``SIMULATED_FAULTS`` (e.g. ``error=0.05,crash=0.02,hang=0.01``) gives, per call,
  the probability of a retryable ``ProviderError`` (``error``), of an exception that is no
  provider error (``crash``: a bug or a lost connection, left to the queue's redelivery), and of
  a call that blocks for ``SIMULATED_HANG_SECONDS`` and then gives up with a time-out
  (``hang``, as a provider whose client time-out fires), and of the process being killed
  (``kill``: SIGKILL, as Lambda stops a function that ran out of time or memory). A kind
  prefixed with a stage (``gpt.kill=1``) strikes only that stage's calls.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import statistics
import time
from dataclasses import dataclass
from typing import Any, Callable

from aws_lambda_powertools import Logger

from chalicelib.config import Settings
from chalicelib.observability import SERVICE
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NoOffers, ProviderError, Unidentified
from chalicelib.wire import (
    ChunkKind,
    Estimate,
    Identity,
    LensMatch,
    Offer,
    ProducerPage,
    RetailDetails,
)

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
CURRENCY = "EUR"
FAULT_KINDS = ("error", "crash", "hang", "kill")
# How many provider calls each stage makes: its latency is spread over them.
CALLS_PER_STAGE = {"lens": 1, "gpt": 3, "pricing": 2}

_PRODUCERS = ("Nordkap", "Aurelin Audio", "Greywillow Ceramics", "Halvorsen & Co", "Velotta",
              "Brightmoor", "Kestrel Works", "Tamsin Optics")
_LINES = ("Trail", "Studio", "Harbor", "Summit", "Metro", "Atlas", "Nova", "Ridge")
_MATERIALS = ("aluminium", "ceramic", "recycled polyester", "walnut", "stainless steel")
# Marketplaces the simulated offers are listed on, with the wear each listing states.
_MARKETPLACES = (("www.ebay.com", "eBay", "used"), ("www.vinted.fr", "Vinted", "like new"),
                 ("www.kleinanzeigen.de", "Kleinanzeigen", "used"))


class SimulatedCrash(RuntimeError):
    """An injected fault that is no provider error: a bug or a lost connection."""


class SimulatedTimeout(ProviderError):
    """An injected hang: the call blocked until its time-out and gave up."""

    code = "provider-timeout"


@dataclass(frozen=True)
class Item:
    """The item a simulated image shows: everything else follows from its name."""

    producer: str
    model: str

    @property
    def slug(self) -> str:
        return f"{_slug(self.producer)}-{_slug(self.model)}"

    @property
    def site(self) -> str:
        return f"www.{_slug(self.producer)}.example"

    @property
    def number(self) -> int:
        """A number derived from the name, for the item's price and details."""
        return int(hashlib.sha256(f"{self.producer}|{self.model}".encode()).hexdigest()[:8], 16)

    @property
    def retail_price(self) -> float:
        return float(40 + self.number % 460)


def item_for(sha256: str) -> Item:
    """The item behind an image hash (deterministic)."""
    number = int(sha256[:16], 16)
    producer = _PRODUCERS[number % len(_PRODUCERS)]
    return Item(producer, f"{_LINES[(number >> 8) % len(_LINES)]} {100 + (number >> 16) % 900}")


def _item_of(identity: Identity) -> Item:
    return Item(identity.producer or "", identity.model or "")


def matches_for(sha256: str) -> list[LensMatch]:
    """The visual matches: the producer's page, three marketplace listings, one unrelated."""
    item = item_for(sha256)
    title = f"{item.producer} {item.model}"
    found = [LensMatch(title=title, link=f"https://{item.site}/products/{item.slug}",
                       source=item.producer, price=item.retail_price, currency=CURRENCY)]
    for n, (domain, source, wear) in enumerate(_MARKETPLACES):
        share = (45 + int(sha256[16 + 2 * n:18 + 2 * n], 16) % 40) / 100
        found.append(LensMatch(
            title=f"{title} - {wear}", link=f"https://{domain}/item/{sha256[:12]}-{n}",
            source=source, price=round(item.retail_price * share, 2), currency=CURRENCY,
        ))
    found.append(LensMatch(title=f"Ideas like {item.model}", source="Pinterest",
                           link=f"https://www.pinterest.com/pin/{int(sha256[:10], 16)}/"))
    return found


def offers_from(matches: list[LensMatch]) -> list[Offer]:
    """The marketplace listings among the matches, as offers."""
    wear_by_domain = {domain: wear for domain, _, wear in _MARKETPLACES}
    return [
        Offer(price=m.price, currency=m.currency or CURRENCY, link=m.link, title=m.title,
              wear=wear_by_domain[_domain(m.link)])
        for m in matches if _domain(m.link) in wear_by_domain and m.price is not None
    ]


def estimate_from(offers: list[Offer]) -> Estimate:
    prices = sorted(o.price for o in offers)
    return Estimate(
        price=round(statistics.median(prices), 2), min_range=prices[0], max_range=prices[-1],
        certainty=round(min(0.9, 0.3 + 0.15 * len(prices)), 2), currency=CURRENCY,
    )


def retail_details_for(identity: Identity, page: ProducerPage) -> RetailDetails:
    item = _item_of(identity)
    number = item.number
    return RetailDetails(
        producer_url=page.link, price=item.retail_price, currency=CURRENCY,
        original_name=f"{item.producer} {item.model}",
        description=f"The {item.model} by {item.producer} (simulated).",
        material=_MATERIALS[number % len(_MATERIALS)],
        specs={"weight": f"{200 + number % 800} g", "warranty": f"{1 + number % 3} years"},
    )


def page_for(identity: Identity) -> ProducerPage:
    item = _item_of(identity)
    return ProducerPage(link=f"https://{item.site}/products/{item.slug}",
                        title=f"{item.producer} {item.model}")


def answers(sha256: str) -> dict[str, Any]:
    """Every chunk's data for an image, as the simulated providers produce them (for tests)."""
    matches = matches_for(sha256)
    identity = _identity(item_for(sha256))
    page = page_for(identity)
    offers = offers_from(matches)
    return {
        ChunkKind.LENS_MATCHES: [m.model_dump() for m in matches],
        ChunkKind.MODEL_PRODUCER: identity.model_dump(),
        ChunkKind.PRODUCER_URL: page.model_dump(),
        ChunkKind.RETAIL_PRICE_DETAILS: retail_details_for(identity, page).model_dump(),
        ChunkKind.SECOND_HAND_OFFERS: [o.model_dump() for o in offers],
        ChunkKind.ESTIMATED_PRICE: estimate_from(offers).model_dump(),
    }


class Behaviour:
    """How long each call of one stage takes and which faults strike it."""

    def __init__(self, stage: str, settings: Settings, sleep: Callable[[float], None] = time.sleep,
                 chance: Callable[[], float] | None = None) -> None:
        self.stage = stage
        self._latency = settings.simulated_latencies.get(stage, 0.0) / CALLS_PER_STAGE[stage]
        faults = settings.simulated_faults
        self._faults = {kind: faults.get(f"{stage}.{kind}", faults.get(kind, 0.0))
                        for kind in FAULT_KINDS}
        self._hang_s = settings.simulated_hang_s
        self._sleep = sleep
        self._chance = chance or random.Random().random

    def call(self, what: str) -> None:
        """Spend the call's time, or fail it as the injected faults say."""
        draw = self._chance()
        for kind in FAULT_KINDS:
            probability = self._faults[kind]
            if draw < probability:
                self._fail(kind, what)
            draw -= probability
        if self._latency > 0:
            self._sleep(self._latency)

    def _fail(self, kind: str, what: str) -> None:
        logger.warning("injected fault: %s in the simulated %s provider", kind, self.stage)
        if kind == "error":
            raise ProviderError(f"The simulated {self.stage} service failed to {what} "
                                f"(injected fault).", code="provider-unavailable", retryable=True)
        if kind == "crash":
            raise SimulatedCrash(f"injected crash in the simulated {self.stage} provider")
        if kind == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        self._sleep(self._hang_s)
        raise SimulatedTimeout(f"The simulated {self.stage} service did not answer within "
                               f"{self._hang_s:g} s (injected fault).", retryable=True)


class SimulatedLens:
    """Visual search that answers ``matches_for`` the image's hash."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour

    @classmethod
    def from_settings(cls, settings: Settings) -> SimulatedLens:
        return cls(Behaviour("lens", settings))

    def search(self, image: StagedImage) -> list[LensMatch]:
        self._behaviour.call("search")
        return matches_for(image.sha256)


class SimulatedAnalyst:
    """Names the item of the image's hash; page and details follow from that name."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour

    @classmethod
    def from_settings(cls, settings: Settings) -> SimulatedAnalyst:
        return cls(Behaviour("gpt", settings))

    def identify(self, image: StagedImage, matches: list[LensMatch],
                 hint: str | None = None) -> Identity:
        self._behaviour.call("identify the item")
        if not matches:
            raise Unidentified("Without visual matches the simulated analyst names nothing.")
        return _identity(item_for(image.sha256))

    def producer_page(self, identity: Identity, matches: list[LensMatch]) -> ProducerPage:
        self._behaviour.call("find the producer page")
        return page_for(identity)

    def retail_details(self, identity: Identity, page: ProducerPage,
                       matches: list[LensMatch]) -> RetailDetails:
        self._behaviour.call("read the retail details")
        return retail_details_for(identity, page)


class SimulatedPricer:
    """Offers are the matches on the simulated marketplaces; the estimate their median."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour

    @classmethod
    def from_settings(cls, settings: Settings) -> SimulatedPricer:
        return cls(Behaviour("pricing", settings))

    def offers(self, matches: list[LensMatch]) -> list[Offer]:
        self._behaviour.call("find offers")
        return offers_from(matches)

    def estimate(self, offers: list[Offer]) -> Estimate:
        self._behaviour.call("estimate the price")
        if not offers:
            raise NoOffers("There are no offers to estimate from.")
        return estimate_from(offers)


def _identity(item: Item) -> Identity:
    return Identity(producer=item.producer, model=item.model)


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _domain(link: str) -> str:
    return link.split("/")[2] if link.count("/") >= 2 else ""
