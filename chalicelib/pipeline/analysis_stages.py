"""The gpt and pricing stages: they read the lens matches from the log and add their chunks."""

from __future__ import annotations

import functools
import time
from typing import Callable, Iterator

from chalicelib.errors import LensGptError, RunClosed, StageSettled
from chalicelib.images.recognition import ImageInfo, inspect_image
from chalicelib.pipeline.stage_run import StageRun, finish_stage, stage_time_left
from chalicelib.providers.base import Pricer, StagedImage
from chalicelib.providers.exceptions import NoOffers, ProviderError
from chalicelib.services import Services
from chalicelib.wire import (
    Chunk,
    ChunkKind,
    Identity,
    LensMatch,
    Offer,
    ProducerPage,
    StageMessage,
    data_of,
)

NO_OFFERS = "No second-hand offers were found for this item."
# An analyst's second opinion on its first answer (``EscalatingAnalyst.refine``), or None.
Refine = Callable[[StagedImage, list[LensMatch], Identity], "Identity | None"]


class AnalysisStage:
    """Shared shape of a downstream stage: skip if finished, do the steps, finish."""

    stage = ""

    def __init__(self, services: Services) -> None:
        self._s = services

    def handle(self, message: StageMessage, retry_allowed: bool = False) -> None:
        """Do the stage's steps; with ``retry_allowed`` a provider error that a retry may cure is
        raised (the message comes back), otherwise it becomes the stage's ``error`` chunk."""
        # One read for both: whether this stage is pending, and the matches it works from.
        head, chunks = self._s.log.run_state(message.run_id)
        run = StageRun(self._s.log, message.run_id, self.stage, head=head)
        if head is not None and not head.closed and self.stage in head.pending:
            try:
                self.work(run, message, chunks)
            except ProviderError as exc:
                if exc.retryable and retry_allowed:
                    raise
                _give_up(run, exc)
            except (StageSettled, RunClosed):
                pass  # a racing delivery gave the stage up, or a reader closed the run
        finish_stage(self._s, message.run_id, self.stage)

    def abandon(self, message: StageMessage, exc: Exception) -> None:
        """The last delivery failed too: record why and finish, so the run still ends."""
        run = StageRun(self._s.log, message.run_id, self.stage)
        reason = exc if isinstance(exc, LensGptError) else LensGptError(
            f"The {self.stage} stage failed repeatedly and gave up.", code="stage-failed"
        )
        _give_up(run, reason)
        finish_stage(self._s, message.run_id, self.stage)

    def work(self, run: StageRun, message: StageMessage, chunks: list[Chunk]) -> None:
        """The stage's steps, from the run's ``chunks`` as the stage found them."""
        raise NotImplementedError



class GptStage(AnalysisStage):
    """``model-producer``, ``producer-url`` and ``retail-price-details``."""

    stage = "gpt"

    def work(self, run: StageRun, message: StageMessage, chunks: list[Chunk]) -> None:
        matches = _matches(chunks)
        analyst = self._s.analyst
        image = self._image(message)
        identity = Identity.model_validate(run.step(
            ChunkKind.MODEL_PRODUCER,
            # The hint only when there is one: an analyst written before hints still serves
            # every query without one.
            lambda: analyst.identify(image, matches,
                                     **({"hint": image.hint} if image.hint else {})).model_dump()
        ))
        refine = getattr(analyst, "refine", None)
        if refine is not None:
            identity = self._refined(run, refine, image, matches, identity)
        page = ProducerPage.model_validate(run.step(
            ChunkKind.PRODUCER_URL, lambda: analyst.producer_page(identity, matches).model_dump()
        ))
        run.step(
            ChunkKind.RETAIL_PRICE_DETAILS,
            lambda: analyst.retail_details(identity, page, matches).model_dump(),
        )

    def _refined(self, run: StageRun, refine: Refine, image: StagedImage,
                 matches: list[LensMatch], identity: Identity) -> Identity:
        """A later ``model-producer`` chunk that refines the first (escalation), under its own
        key so a redelivery reuses it rather than asking the model again."""
        head = self._s.log.head(run.run_id)
        emitted = head.emitted if head is not None else {}
        key = f"{run.stage}/{ChunkKind.MODEL_PRODUCER}/refined"
        if key in emitted:
            return Identity.model_validate(self._s.log.chunk(run.run_id, emitted[key]).data)
        better = refine(image, matches, identity)
        if better is None:
            return identity
        first = emitted.get(f"{run.stage}/{ChunkKind.MODEL_PRODUCER}")
        chunk = self._s.log.append(run.run_id, key, run.stage, ChunkKind.MODEL_PRODUCER,
                                   better.model_copy(update={"refines": first}).model_dump())
        return Identity.model_validate(chunk.data)

    def _image(self, message: StageMessage) -> StagedImage:
        """The photo, read from the bucket (once) only if the analyst asks for it.

        Its type comes with the message, from the lens stage that recognised the bytes; for a
        message without it the bytes are read now, since a provider that sends the photo on
        (base64 to a model) must say what it is.
        """
        bucket, settings = self._s.bucket, self._s.settings

        @functools.cache
        def loaded() -> tuple[bytes, ImageInfo]:
            data = bucket.read(message.key)
            return data, inspect_image(data, settings.max_image_bytes, settings.max_image_pixels)

        return StagedImage(
            sha256=message.image_sha256,
            mime_type=message.mime_type or loaded()[1].mime_type,
            load=lambda: loaded()[0],
            presigned_url=lambda: bucket.presigned_get(message.key), hint=message.hint,
        )


class PricingStage(AnalysisStage):
    """``second-hand-offers`` and ``estimated-price``.

    A pricer that searches marketplaces by the item's name (``needs_identity``) answers in turns:
    the Lens-match offers at once; then, once the gpt stage names the item, the offers of that
    item (keyed by the identity's seq) and the estimate from them; a refined identity
    (``refines``) is priced again the same way. It waits for names within ``PRICING_WAIT_SECONDS``
    and the time the function has left, looking every ``PRICING_POLL_SECONDS`` for the chunks
    written since it last looked; with no name by then, the estimate is the Lens offers'. Other
    pricers give the Lens offers and their estimate, as one turn.
    """

    stage = "pricing"

    def work(self, run: StageRun, message: StageMessage, chunks: list[Chunk]) -> None:
        pricer = self._s.pricer
        matches = _matches(chunks)
        lens_offers = _lens_offers(run, pricer, matches)
        if getattr(pricer, "needs_identity", False) and self._price_names(run, matches, chunks):
            return
        # No name to search by (or a pricer that needs none): the Lens offers are the estimate's.
        if not lens_offers:
            raise NoOffers(NO_OFFERS)
        run.step(ChunkKind.ESTIMATED_PRICE, lambda: pricer.estimate(lens_offers).model_dump())

    def _price_names(self, run: StageRun, matches: list[LensMatch], chunks: list[Chunk]) -> bool:
        """Price each name the gpt stage gives: its offers, then its estimate. False when no
        name came in time; ``NoOffers`` when names came but none has offers."""
        pricer = self._s.pricer
        estimated = False
        first: int | None = None
        priced: set[tuple[str, str]] = set()
        for seq, identity in self._identities(run.run_id, chunks):
            name = ((identity.producer or "").casefold(), (identity.model or "").casefold())
            if name in priced:
                continue  # a refinement that kept the name: its price stands
            priced.add(name)
            first = seq if first is None else first
            part = "" if seq == first else str(seq)
            offers = [Offer.model_validate(o) for o in run.step(
                ChunkKind.SECOND_HAND_OFFERS,
                lambda i=identity: [o.model_dump() for o in pricer.offers_for(i, matches)],
                part=str(seq),
            )]
            if offers:
                run.step(ChunkKind.ESTIMATED_PRICE,
                         lambda o=offers: pricer.estimate(o).model_dump(), part=part)
                estimated = True
        if first is not None and not estimated:
            raise NoOffers(NO_OFFERS)
        return first is not None

    def _identities(self, run_id: str, seen: list[Chunk]) -> Iterator[tuple[int, Identity]]:
        """Each named identity (seq and value) as the gpt stage writes it, until that stage has
        moved past naming, the run has ended, or the wait is over.

        ``seen`` are the run's chunks as the stage read them when it started; each look after
        them asks the log only for the chunks newer than the last one seen (the relay's feeds
        read the same way), so a long wait does not read the run, Lens matches and all, again
        and again.
        """
        settings = self._s.settings
        left = stage_time_left()
        budget = settings.pricing_wait_s if left is None else min(settings.pricing_wait_s, left)
        deadline = time.monotonic() + budget
        new, last = seen, 0
        while True:
            for chunk in new:
                if chunk.data_description == ChunkKind.MODEL_PRODUCER:
                    identity = Identity.model_validate(chunk.data)
                    if identity.model:
                        yield chunk.seq, identity
            last = new[-1].seq if new else last
            if any(_named_past(chunk) for chunk in new) or time.monotonic() >= deadline:
                return
            time.sleep(settings.pricing_poll_s)
            new = self._s.log.chunks(run_id, after=last)


def _give_up(run: StageRun, exc: LensGptError) -> None:
    """Report why the stage stops, unless a duplicate delivery of its message has finished the
    stage meanwhile: then it did not stop, and an error would say it failed."""
    if run.is_pending():
        run.give_up(exc)


def _matches(chunks: list[Chunk]) -> list[LensMatch]:
    return [LensMatch.model_validate(m) for m in data_of(chunks, ChunkKind.LENS_MATCHES) or []]


def _named_past(chunk: Chunk) -> bool:
    """The run has moved past naming its item: the gpt stage wrote what follows the name (or
    gave up), or the run ended. (The gpt stage leaves the pending stages only after one of
    these is written.)"""
    return chunk.data_description == ChunkKind.DONE or (
        chunk.stage == "gpt" and chunk.data_description != ChunkKind.MODEL_PRODUCER)


def _lens_offers(run: StageRun, pricer: Pricer, matches: list[LensMatch]) -> list[Offer]:
    """The Lens-match offers, written as the stage's first chunk; none (and no chunk) when the
    matches hold none."""
    try:
        return [Offer.model_validate(o) for o in run.step(
            ChunkKind.SECOND_HAND_OFFERS, lambda: _offers_or_none(pricer.offers(matches)))]
    except NoOffers:
        return []


def _offers_or_none(offers: list[Offer]) -> list[dict]:
    if not offers:
        raise NoOffers(NO_OFFERS)
    return [o.model_dump() for o in offers]
