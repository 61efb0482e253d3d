"""Wire shapes: everything that crosses a queue, the results log or an HTTP response."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Stage = Literal["lens", "gpt", "pricing"]
Wear = Literal["new", "like new", "used", "for parts"]
QueryStatus = Literal["awaiting_upload", "processing", "done", "failed"]

LENS_MATCHES = "lens-matches"
MODEL_PRODUCER = "model-producer"
PRODUCER_URL = "producer-url"
RETAIL_PRICE_DETAILS = "retail-price-details"
SECOND_HAND_OFFERS = "second-hand-offers"
ESTIMATED_PRICE = "estimated-price"
ERROR = "error"
DONE = "done"

# The Python type of each chunk's ``data``, written into the chunk as ``data_type``.
DATA_TYPES: dict[str, str] = {
    LENS_MATCHES: "list[dict[str, Any]]",
    MODEL_PRODUCER: "dict[str, str]",
    PRODUCER_URL: "dict[str, str]",
    RETAIL_PRICE_DETAILS: "dict[str, Any]",
    SECOND_HAND_OFFERS: "list[dict[str, Any]]",
    ESTIMATED_PRICE: "dict[str, Any]",
    ERROR: "dict[str, str]",
    DONE: "dict[str, str]",
}


class Shape(BaseModel):
    """Base of the wire shapes: unknown fields are refused, so typos surface early."""

    model_config = ConfigDict(extra="forbid")


class LensMatch(Shape):
    """One visual match, the same shape from every visual-search provider."""

    title: str
    link: str
    source: str
    thumbnail: str | None = None
    price: float | None = None
    currency: str | None = None


class Identity(Shape):
    """``model-producer``."""

    producer: str | None
    model: str | None


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


class Offer(Shape):
    """One entry of ``second-hand-offers``."""

    price: float
    currency: str
    link: str
    title: str
    wear: Wear | None = None


class Estimate(Shape):
    """``estimated-price``."""

    price: float
    min_range: float
    max_range: float
    certainty: float = Field(ge=0.0, le=1.0)
    currency: str


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
    data_description: str
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


def utc_now_iso() -> str:
    """The current time as ISO 8601 with milliseconds and a ``Z``."""
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
