"""Folding a run's chunks into one summary (pure, no I/O)."""

from __future__ import annotations

from typing import Any

from chalicelib.wire import (
    DONE,
    ERROR,
    ESTIMATED_PRICE,
    MODEL_PRODUCER,
    PRODUCER_URL,
    RETAIL_PRICE_DETAILS,
    SECOND_HAND_OFFERS,
    Chunk,
)


def summarize(chunks: list[Chunk]) -> dict[str, Any]:
    """What is known so far: identity, producer page, retail price, offers and the estimate."""
    latest = {c.data_description: c.data for c in chunks if c.data_description != ERROR}
    identity = latest.get(MODEL_PRODUCER) or {}
    retail = latest.get(RETAIL_PRICE_DETAILS) or {}
    estimate = latest.get(ESTIMATED_PRICE) or {}
    page = latest.get(PRODUCER_URL) or {}
    return {
        "producer": identity.get("producer"),
        "model": identity.get("model"),
        "producer_url": page.get("link") or retail.get("producer_url"),
        "retail_price": retail.get("price"),
        "retail_currency": retail.get("currency"),
        "offers_count": len(latest.get(SECOND_HAND_OFFERS) or []),
        "estimated_price": estimate.get("price"),
        "estimated_min": estimate.get("min_range"),
        "estimated_max": estimate.get("max_range"),
        "estimated_currency": estimate.get("currency"),
        "certainty": estimate.get("certainty"),
        "errors": [c.data for c in chunks if c.data_description == ERROR],
    }


def status_of(chunks: list[Chunk]) -> str | None:
    """``done`` or ``failed`` once the run has ended, else None."""
    done = next((c for c in chunks if c.data_description == DONE), None)
    return done.data["status"] if done else None


def result_document(chunks: list[Chunk]) -> dict[str, Any]:
    """The ``results/<key>.json`` of a finished drop."""
    return {
        "status": status_of(chunks) or "processing",
        "image_sha256": next((c.image_sha256 for c in chunks if c.image_sha256), None),
        "chunks": [c.model_dump() for c in chunks],
        "summary": summarize(chunks),
    }
