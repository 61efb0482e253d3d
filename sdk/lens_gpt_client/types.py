"""What the SDK hands out: a query's state and its summary (chunks are ``models.Chunk``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from chalicelib.wire import Chunk, ChunkKind, QueryStatus

FINISHED: frozenset[str] = frozenset({"done", "failed"})


class Summary(BaseModel):
    """What is known so far, folded from the chunks by the service."""

    # Tolerant of fields a newer service adds.
    model_config = ConfigDict(extra="allow")

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


class Query(BaseModel):
    """A query's state: its status, the chunks received so far and their summary."""

    model_config = ConfigDict(extra="ignore")

    id: str
    status: QueryStatus
    image_sha256: str | None = None
    chunks: list[Chunk] = []
    cursor: int = 0
    summary: Summary = Summary()
    links: dict[str, str] = {}

    @property
    def finished(self) -> bool:
        """True once the ``done`` chunk exists: nothing will change any more."""
        return self.status in FINISHED

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
        return newer.model_copy(update={"chunks": chunks, "links": newer.links or self.links})
