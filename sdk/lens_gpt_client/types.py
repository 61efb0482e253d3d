"""The wire shapes the SDK reads, typed: chunks, a query's state and its summary.

They mirror the service's answers (see the API reference) without importing the service: every
model ignores fields a newer service adds, and a chunk's ``data_description`` may be a kind this
SDK does not know yet (``ChunkKind`` names the ones it does).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

QueryStatus = Literal["awaiting_upload", "processing", "done", "failed"]
FINISHED: frozenset[str] = frozenset({"done", "failed"})


class ChunkKind(StrEnum):
    """The ``data_description`` values this SDK knows: what a chunk's ``data`` holds."""

    LENS_MATCHES = "lens-matches"
    MODEL_PRODUCER = "model-producer"
    PRODUCER_URL = "producer-url"
    RETAIL_PRICE_DETAILS = "retail-price-details"
    SECOND_HAND_OFFERS = "second-hand-offers"
    ESTIMATED_PRICE = "estimated-price"
    ERROR = "error"
    DONE = "done"


class WireModel(BaseModel):
    """Base of the SDK's models: fields a newer service adds are kept, never refused."""

    model_config = ConfigDict(extra="allow")


class Chunk(WireModel):
    """One result of a query, as the service streams it."""

    seq: int
    image_sha256: str | None = None
    stage: str
    # A plain string: a newer service may stream kinds this SDK has no name for.
    data_description: str
    data_type: str = ""
    data: Any = None
    created_at: str = ""


class Summary(WireModel):
    """What is known so far, folded from the chunks by the service."""

    producer: str | None = None
    model: str | None = None
    producer_url: str | None = None
    retail_price: float | None = None
    retail_currency: str | None = None
    offers_count: int = 0
    estimated_price: float | None = None
    estimated_min: float | None = None
    estimated_max: float | None = None
    estimated_currency: str | None = None
    certainty: float | None = None
    errors: list[dict[str, Any]] = []
    # How likely the named producer and model are right (0..1), from the latest identification.
    identity_confidence: float | None = None


class Query(WireModel):
    """A query's state: its status, the chunks received so far and their summary."""

    id: str
    status: QueryStatus | str
    image_sha256: str | None = None
    chunks: list[Chunk] = []
    cursor: int = 0
    summary: Summary = Summary()
    links: dict[str, str] = {}
    # What the client attached on creation (``ask_async(..., metadata=...)``), when the service
    # returns it.
    metadata: dict[str, Any] | None = None
    # In a drop's result document: the dropped object's version the result describes.
    object_version: str | None = None
    # Where its webhooks go and how their delivery went: ``{url, events, state, attempts,
    # last_error}`` (``state``: pending, delivered or failed).
    callback: dict[str, Any] | None = None
    # The key its webhooks are signed with: only in ``ask_async``'s answer, never read back.
    callback_secret: str | None = None
    # The text hint it was asked with (``ask_async(..., hint=...)``), as the service stored it.
    hint: str | None = None

    @property
    def finished(self) -> bool:
        """True once the ``done`` chunk exists: nothing will change any more."""
        return self.status in FINISHED

    @property
    def identified(self) -> bool:
        """True once the producer and the model are both known."""
        return bool(self.summary.producer and self.summary.model)

    @property
    def certainty(self) -> float | None:
        """The estimated price's certainty (0..1), once there is an estimate."""
        return self.summary.certainty

    @property
    def errors(self) -> list[dict[str, Any]]:
        """The ``error`` chunks' data: ``{stage, code, message}`` of each stage that gave up."""
        return [c.data for c in self.chunks if c.data_description == ChunkKind.ERROR]

    def latest(self, data_description: str) -> Any:
        """The data of the newest chunk of this kind, or None."""
        found = [c for c in self.chunks if c.data_description == data_description]
        return found[-1].data if found else None

    def extended(self, newer: Query) -> Query:
        """This state followed by a later answer that holds only the newer chunks."""
        known = {c.seq for c in self.chunks}
        chunks = self.chunks + [c for c in newer.chunks if c.seq not in known]
        return newer.model_copy(update={
            "chunks": chunks, "links": newer.links or self.links,
            "metadata": newer.metadata if newer.metadata is not None else self.metadata,
        })


class LensMatch(WireModel):
    """One entry of a ``lens-matches`` chunk: a visual match, or (``kind``) an exact match,
    Lens's knowledge-graph card or a related search."""

    title: str
    link: str
    source: str = ""
    thumbnail: str | None = None
    price: float | None = None
    currency: str | None = None
    position: int | None = None
    condition: str | None = None
    provider: str | None = None
    # None: a visual match; "exact", "knowledge-graph" or "related-search" otherwise.
    kind: str | None = None
    # The knowledge-graph card's category line ("Laptop"), when it has one.
    subtitle: str | None = None
