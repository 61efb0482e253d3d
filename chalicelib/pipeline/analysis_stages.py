"""The gpt and pricing stages: they read the lens matches from the log and add their chunks."""

from __future__ import annotations

import functools
from typing import Callable

from chalicelib.errors import LensGptError, RunClosed, StageSettled
from chalicelib.images.recognition import ImageInfo, inspect_image
from chalicelib.pipeline.stage_run import StageRun, finish_stage
from chalicelib.providers.base import StagedImage
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
                self.work(run, message, _matches(chunks))
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

    def work(self, run: StageRun, message: StageMessage, matches: list[LensMatch]) -> None:
        raise NotImplementedError



class GptStage(AnalysisStage):
    """``model-producer``, ``producer-url`` and ``retail-price-details``."""

    stage = "gpt"

    def work(self, run: StageRun, message: StageMessage, matches: list[LensMatch]) -> None:
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
    """``second-hand-offers`` and ``estimated-price``."""

    stage = "pricing"

    def work(self, run: StageRun, message: StageMessage, matches: list[LensMatch]) -> None:
        pricer = self._s.pricer
        offers = [Offer.model_validate(o) for o in run.step(
            ChunkKind.SECOND_HAND_OFFERS, lambda: _offers_or_none(pricer.offers(matches))
        )]
        run.step(ChunkKind.ESTIMATED_PRICE, lambda: pricer.estimate(offers).model_dump())


def _give_up(run: StageRun, exc: LensGptError) -> None:
    """Report why the stage stops, unless a duplicate delivery of its message has finished the
    stage meanwhile: then it did not stop, and an error would say it failed."""
    if run.is_pending():
        run.give_up(exc)


def _matches(chunks: list[Chunk]) -> list[LensMatch]:
    return [LensMatch.model_validate(m) for m in data_of(chunks, ChunkKind.LENS_MATCHES) or []]


def _offers_or_none(offers: list[Offer]) -> list[dict]:
    if not offers:
        raise NoOffers("No second-hand offers were found for this item.")
    return [o.model_dump() for o in offers]
