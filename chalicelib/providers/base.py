"""The interfaces each stage uses to reach its outside service.

A provider is chosen by configuration (see ``chalicelib.providers.registry``), so the real Google
Lens, SerpApi and OpenAI providers slot in beside the embedded ones without touching the pipeline.
Providers raise ``ProviderError`` (or ``NothingFound`` for an empty but valid answer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from chalicelib.wire import Estimate, Identity, LensMatch, Offer, ProducerPage, RetailDetails


@dataclass(frozen=True)
class StagedImage:
    """An accepted image as a provider sees it.

    ``load`` reads the bytes on demand (from S3 in the pipeline), and ``presigned_url`` makes a
    short-lived GET URL for providers that fetch the image themselves (SerpApi, OpenAI).
    """

    sha256: str
    mime_type: str
    load: Callable[[], bytes]
    presigned_url: Callable[[], str] = field(default=lambda: "")
    # The client's text about the photo ("the lamp, not the table"; chalicelib.hints): visual
    # searches that take text refine by it.
    hint: str | None = None

    @classmethod
    def from_bytes(cls, data: bytes, sha256: str, mime_type: str) -> StagedImage:
        return cls(sha256=sha256, mime_type=mime_type, load=lambda: data)


class LensProvider(Protocol):
    """Visual search: what items look like this photo?"""

    def search(self, image: StagedImage) -> list[LensMatch]: ...


class Analyst(Protocol):
    """Names the item and finds its retail details (the gpt stage)."""

    def identify(self, image: StagedImage, matches: list[LensMatch],
                 hint: str | None = None) -> Identity:
        """``hint``: the client's text about the photo, if any (what to look at, or what the
        item is). A model reads it with the photo; rules may let it pick among the names the
        matches support, never make a name they do not give."""
        ...

    def producer_page(self, identity: Identity, matches: list[LensMatch]) -> ProducerPage: ...

    def retail_details(
        self, identity: Identity, page: ProducerPage, matches: list[LensMatch]
    ) -> RetailDetails: ...


class Pricer(Protocol):
    """Second-hand offers and a resale estimate (the pricing stage)."""

    def offers(self, matches: list[LensMatch]) -> list[Offer]: ...

    def estimate(self, offers: list[Offer]) -> Estimate: ...
