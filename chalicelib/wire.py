"""Wire shapes: everything that crosses a queue, the results log or an HTTP response.

One typed module for the API, the relay, the local gateway, the page's server side and the drop
results: the chunk kinds, the chunk and its payloads, the query document, the created-query
answer, the summary and the error body. The summary and a run's status are folded from chunks
here too, since they are pure functions of the wire shapes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

Stage = Literal["lens", "gpt", "pricing"]
Wear = Literal["new", "like new", "used", "for parts"]
QueryStatus = Literal["awaiting_upload", "processing", "done", "failed"]
RunStatus = Literal["done", "failed"]
# What a query's callback receives: the summary once the run ends, or every chunk as it comes.
CallbackEvents = Literal["done", "chunk"]
CallbackState = Literal["pending", "delivered", "failed"]


class ChunkKind(StrEnum):
    """A chunk's ``data_description``: what its ``data`` holds."""

    LENS_MATCHES = "lens-matches"
    MODEL_PRODUCER = "model-producer"
    PRODUCER_URL = "producer-url"
    RETAIL_PRICE_DETAILS = "retail-price-details"
    SECOND_HAND_OFFERS = "second-hand-offers"
    ESTIMATED_PRICE = "estimated-price"
    ERROR = "error"
    DONE = "done"

    @property
    def data_type(self) -> str:
        """The Python type of the chunk's ``data``, written into the chunk as ``data_type``."""
        return _DATA_TYPES[self]


_DATA_TYPES: dict[ChunkKind, str] = {
    ChunkKind.LENS_MATCHES: "list[dict[str, Any]]",
    # producer and model (None when unknown), confidence (0..1), refines (a seq)
    ChunkKind.MODEL_PRODUCER: "dict[str, str | float | int | None]",
    ChunkKind.PRODUCER_URL: "dict[str, str]",
    ChunkKind.RETAIL_PRICE_DETAILS: "dict[str, Any]",
    ChunkKind.SECOND_HAND_OFFERS: "list[dict[str, Any]]",
    ChunkKind.ESTIMATED_PRICE: "dict[str, Any]",
    ChunkKind.ERROR: "dict[str, str]",
    ChunkKind.DONE: "dict[str, str]",
}


class Shape(BaseModel):
    """Base of the wire shapes: unknown fields are refused, so typos surface early."""

    model_config = ConfigDict(extra="forbid")


MatchKind = Literal["exact", "knowledge-graph", "related-search"]
# Kinds that are listings of the item (offers, producer pages); None is a visual match.
LISTING_KINDS: frozenset[str | None] = frozenset({None, "exact"})


class LensMatch(Shape):
    """One visual match, the same shape from every visual-search provider.

    ``kind`` tells Lens's other answers apart (absent: a visual match): ``exact`` (the same
    image found on a page), ``knowledge-graph`` (Lens's entity card: title = the entity's name,
    ``subtitle`` its category, link = its page if any) and ``related-search`` (title = the
    search Google suggests, link = that search).
    """

    title: str
    link: str
    source: str
    thumbnail: str | None = None
    price: float | None = None
    currency: str | None = None
    # Optional, where the provider knows them: the rank on the Lens page, the offer's condition
    # ("Used", "Pre-owned"), and which visual-search provider answered (``LENS_PROVIDER=auto``).
    position: int | None = None
    condition: str | None = None
    provider: str | None = None
    kind: MatchKind | None = None
    subtitle: str | None = None

    @property
    def is_listing(self) -> bool:
        """A page showing the item (a visual or exact match), not a card or a suggestion."""
        return self.kind in LISTING_KINDS

    @model_serializer(mode="wrap")
    def _dump(self, handler: Any) -> dict[str, Any]:
        return _without_unknown(handler(self), ("position", "condition", "provider", "kind",
                                                "subtitle"))


class Identity(Shape):
    """``model-producer``."""

    producer: str | None
    model: str | None
    # How likely the answer is right (0..1), calibrated on real Lens outputs; None if unknown.
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    # The seq of the earlier ``model-producer`` chunk this answer refines (escalation).
    refines: int | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: Any) -> dict[str, Any]:
        return _without_unknown(handler(self), ("confidence", "refines"))


def _without_unknown(data: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
    """Fields added later appear only when known, so older readers see the shape they know."""
    return {k: v for k, v in data.items() if not (k in optional and v is None)}


class ProducerPage(Shape):
    """``producer-url``."""

    link: str
    title: str


class RetailDetails(Shape):
    """``retail-price-details``."""

    producer_url: str | None = None
    price: float | None = None
    currency: str | None = None
    original_name: str | None = None
    description: str | None = None
    material: str | None = None
    specs: dict[str, str] = Field(default_factory=dict)


# Where an offer came from; "amazon" only from a saved Amazon page read by ``tools.price``.
OfferSource = Literal["lens", "ebay", "serpapi-ebay", "amazon"]


class Offer(Shape):
    """One entry of ``second-hand-offers``.

    ``source`` says where it came from (a Lens match, eBay's Browse API, SerpApi's eBay engine),
    ``why`` which of the item's tokens the listing named, ``sold_at`` the day a sold listing sold
    (``sold`` is true for completed sales, whose price is what a buyer paid).
    """

    price: float
    currency: str
    link: str
    title: str
    wear: Wear | None = None
    source: OfferSource | None = None
    why: str | None = None
    sold: bool | None = None
    sold_at: str | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: Any) -> dict[str, Any]:
        return _without_unknown(handler(self), ("source", "why", "sold", "sold_at"))


Basis = Literal["asking", "sold"]


class Estimate(Shape):
    """``estimated-price``."""

    price: float
    min_range: float
    max_range: float
    certainty: float = Field(ge=0.0, le=1.0)
    currency: str
    # What the prices are: ``asking`` (listed offers) or ``sold`` (completed sales).
    basis: Basis = "asking"
    # The date of the exchange-rate table, when offers in other currencies were converted.
    rates_date: str | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: Any) -> dict[str, Any]:
        return _without_unknown(handler(self), ("rates_date",))


class StageError(Shape):
    """``error``: one stage gave up; the others go on."""

    stage: str
    code: str
    message: str


class Chunk(Shape):
    """One entry of a run's results log, as clients receive it."""

    seq: int
    image_sha256: str | None
    stage: str
    data_description: ChunkKind
    data_type: str
    data: Any
    created_at: str


class StageMessage(Shape):
    """What the lens stage sends to the gpt and pricing queues: references, never bytes."""

    run_id: str
    query_id: str
    bucket: str
    key: str
    image_sha256: str
    # The image's type as the lens stage recognised it from the bytes (absent from older senders).
    mime_type: str | None = None
    # The query's text hint (chalicelib.hints), part of what the run analyses.
    hint: str | None = None


class Summary(Shape):
    """What is known so far, folded from a run's chunks (``summary`` of every query document)."""

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
    errors: list[StageError] = Field(default_factory=list)
    identity_confidence: float | None = None

    @classmethod
    def of(cls, chunks: list[Chunk]) -> Summary:
        """Identity, producer page, retail price, offers and the estimate, the latest of each."""
        latest = {c.data_description: c.data for c in chunks
                  if c.data_description != ChunkKind.ERROR}
        identity = latest.get(ChunkKind.MODEL_PRODUCER) or {}
        retail = latest.get(ChunkKind.RETAIL_PRICE_DETAILS) or {}
        estimate = latest.get(ChunkKind.ESTIMATED_PRICE) or {}
        page = latest.get(ChunkKind.PRODUCER_URL) or {}
        return cls(
            producer=identity.get("producer"),
            model=identity.get("model"),
            producer_url=page.get("link") or retail.get("producer_url"),
            retail_price=retail.get("price"),
            retail_currency=retail.get("currency"),
            offers_count=len(latest.get(ChunkKind.SECOND_HAND_OFFERS) or []),
            estimated_price=estimate.get("price"),
            estimated_min=estimate.get("min_range"),
            estimated_max=estimate.get("max_range"),
            estimated_currency=estimate.get("currency"),
            certainty=estimate.get("certainty"),
            identity_confidence=identity.get("confidence"),
            errors=[c.data for c in chunks if c.data_description == ChunkKind.ERROR],
        )


class CallbackStatus(Shape):
    """A query's webhook as ``GET /queries/<id>`` shows it (never its secret)."""

    url: str
    events: CallbackEvents
    state: CallbackState
    # POSTs made so far (successful ones included), and why the last failed one failed.
    attempts: int
    last_error: str | None


class QueryDocument(Shape):
    """``GET /queries/<id>``: the query's state, the chunks after the cursor asked for."""

    id: str
    status: QueryStatus
    image_sha256: str | None
    chunks: list[Chunk]
    cursor: int
    summary: Summary
    # What the client attached at creation (at most 1 KB of JSON), returned as it was sent.
    metadata: dict[str, Any] | None = None
    # The webhook's delivery, when the query asked for one (absent otherwise).
    callback: CallbackStatus | None = None
    # The client's text hint, as stored (absent without one).
    hint: str | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: Any):  # unannotated, so the schema stays the model's
        return _without_unknown(handler(self), ("callback", "hint"))


class Upload(Shape):
    """The presigned POST a client sends the image with."""

    url: str
    fields: dict[str, str]
    max_bytes: int
    expires_at: str


class Links(Shape):
    """Where a query is read (``self``) and streamed (``stream``)."""

    self: str
    stream: str


class CreatedQuery(Shape):
    """``201`` answer of ``POST /queries``."""

    id: str
    status: QueryStatus
    upload: Upload
    links: Links
    metadata: dict[str, Any] | None = None
    # Only when a callback was asked for: the key its deliveries are signed with, given once.
    callback_secret: str | None = None


class WebhookDone(Shape):
    """The body of a ``done`` webhook delivery: the query's outcome, once its run has ended."""

    event: Literal["done"] = "done"
    query_id: str
    status: RunStatus
    image_sha256: str | None
    summary: Summary
    metadata: dict[str, Any] | None


class WebhookChunk(Shape):
    """The body of a ``chunk`` webhook delivery: one chunk of the query's run, in seq order."""

    event: Literal["chunk"] = "chunk"
    query_id: str
    chunk: Chunk
    metadata: dict[str, Any] | None


class WebhookNudge(Shape):
    """A message of the webhooks queue: look whether this query has something to deliver."""

    query_id: str


class ResultDocument(Shape):
    """``results/<key>.json`` of a dropped object."""

    status: QueryStatus
    image_sha256: str | None
    chunks: list[Chunk]
    summary: Summary
    # The dropped object's version (S3 version id, sequencer or ETag) the result describes.
    object_version: str | None = None

    @classmethod
    def of(cls, chunks: list[Chunk], object_version: str | None = None) -> ResultDocument:
        return cls(
            status=status_of(chunks) or "processing",
            image_sha256=image_sha256_of(chunks),
            chunks=chunks,
            summary=Summary.of(chunks),
            object_version=object_version,
        )


class ErrorDetail(Shape):
    code: str
    message: str


class ErrorBody(Shape):
    """The JSON body of every HTTP error: ``{"error": {"code", "message"}}``."""

    error: ErrorDetail

    @classmethod
    def of(cls, code: str, message: str) -> dict[str, Any]:
        """The body as JSON-ready data."""
        return cls(error=ErrorDetail(code=code, message=message)).model_dump()


def status_of(chunks: list[Chunk]) -> RunStatus | None:
    """``done`` or ``failed`` once the run has ended, else None."""
    done = next((c for c in chunks if c.data_description == ChunkKind.DONE), None)
    return done.data["status"] if done else None


def image_sha256_of(chunks: list[Chunk]) -> str | None:
    return next((c.image_sha256 for c in chunks if c.image_sha256), None)


def data_of(chunks: list[Chunk], kind: ChunkKind) -> Any:
    """The data of the first chunk of a kind, or None."""
    return next((c.data for c in chunks if c.data_description == kind), None)


def utc_now_iso() -> str:
    """The current time as ISO 8601 with milliseconds and a ``Z``."""
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
