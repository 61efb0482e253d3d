"""``POST /classify`` in the original page's contract: flat fields, its kinds, one currency."""

from __future__ import annotations

from typing import Any

import pytest

from chalicelib.providers.pricing.prices import convert
from chalicelib.surfaces.relay.original_page import for_original_page
from chalicelib.wire import Chunk, ChunkKind
from tests.original_page import RenderCrash, render


def chunk(seq: int, kind: ChunkKind, data: Any, stage: str = "gpt") -> Chunk:
    return Chunk(seq=seq, image_sha256="ab" * 32, stage=stage, data_description=kind,
                 data_type=kind.data_type, data=data, created_at="2026-11-30T10:00:00.000Z")


RUN = [
    chunk(1, ChunkKind.LENS_MATCHES, [{"title": "Shoe", "link": "https://s.example/1",
                                       "source": "S", "thumbnail": None, "price": 80.0,
                                       "currency": "EUR"}], "lens"),
    chunk(2, ChunkKind.MODEL_PRODUCER, {"producer": "Nordkap", "model": None}),
    chunk(3, ChunkKind.PRODUCER_URL, {"link": "https://nordkap.example/p", "title": "P"}),
    chunk(4, ChunkKind.RETAIL_PRICE_DETAILS, {
        "producer_url": "https://nordkap.example/p", "price": 1699.0, "currency": "SEK",
        "original_name": "Fjellsti", "description": None, "material": "mesh",
        "specs": {"weight": "310 g", "drop": "6 mm"}}),
    chunk(5, ChunkKind.SECOND_HAND_OFFERS, [
        {"price": 79.0, "currency": "EUR", "link": "https://v.example/1", "title": "a",
         "wear": "used"},
        {"price": 114.0, "currency": "USD", "link": "https://e.example/2", "title": "b",
         "wear": None}], "pricing"),
    chunk(6, ChunkKind.ESTIMATED_PRICE, {"price": 70.0, "min_range": 60.0, "max_range": 80.0,
                                         "certainty": 0.5, "currency": "EUR"}, "pricing"),
    chunk(7, ChunkKind.DONE, {"status": "done"}, "-"),
]


def original(chunks: list[Chunk], currency: str = "EUR") -> list[dict[str, Any]]:
    kept = [for_original_page(c, currency, convert) for c in chunks]
    return [c.model_dump(mode="json") for c in kept if c is not None]


def test_the_richer_chunks_crash_the_original_page() -> None:
    with pytest.raises(RenderCrash):
        render([c.model_dump(mode="json") for c in RUN])


def test_classify_chunks_render_on_the_original_page_without_lens_matches() -> None:
    chunks = original(RUN)

    rows = render(chunks)

    assert [c["data_description"] for c in chunks] == [
        "model-producer", "producer-url", "retail-price-details", "second-hand-offers",
        "estimated-price", "done"]
    assert "specs: weight: 310 g; drop: 6 mm" in rows
    assert "model: None" not in " ".join(rows)  # an absent value is left out, not "None"
    assert all(isinstance(c["image_sha256"], str) for c in chunks)


def test_every_price_is_in_the_currency_asked_for_with_the_original_amount_kept() -> None:
    by_kind = {c["data_description"]: c["data"] for c in original(RUN, "EUR")}

    retail = by_kind["retail-price-details"]
    assert retail["currency"] == "EUR"
    assert retail["price"] == round(convert(1699.0, "SEK", "EUR"), 2)
    assert retail["original_price"] == "1699.00 SEK"
    offers = by_kind["second-hand-offers"]
    assert [o["currency"] for o in offers] == ["EUR", "EUR"]
    assert offers[1]["price"] == round(convert(114.0, "USD", "EUR"), 2)
    assert "original_price" not in offers[0]

    in_usd = {c["data_description"]: c["data"] for c in original(RUN, "USD")}
    assert in_usd["estimated-price"]["currency"] == "USD"
    assert in_usd["estimated-price"]["min_range"] == round(convert(60.0, "EUR", "USD"), 2)
