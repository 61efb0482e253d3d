"""``POST /classify`` in the original lens-gpt backend's contract (pure, no I/O).

The original page splits the body on blank lines, strips ``data: ``, parses the JSON and renders
every field of ``data`` as text in a card per kind; a nested object or list (our
``lens-matches``, ``specs``) crashes it, and it shows every price with a euro sign. So this
stream carries only the original five kinds plus ``error`` and ``done``, each ``data`` flat
(strings and numbers only: ``specs`` as readable text, offers a list of flat objects, absent
values left out) and every price converted into the currency the caller asked for, with the
original amount kept as text when it was converted. The full stream stays at
``/queries/<id>/stream``.
"""

from __future__ import annotations

from typing import Any, Callable

from chalicelib.wire import Chunk, ChunkKind

# (amount, from currency, to currency) -> amount; raises ValueError for an unknown currency.
Converter = Callable[[float, str, str], float]

ORIGINAL_KINDS = frozenset({
    ChunkKind.MODEL_PRODUCER, ChunkKind.PRODUCER_URL, ChunkKind.RETAIL_PRICE_DETAILS,
    ChunkKind.SECOND_HAND_OFFERS, ChunkKind.ESTIMATED_PRICE, ChunkKind.ERROR, ChunkKind.DONE,
})
# The fields that hold an amount of the record's ``currency``.
_AMOUNTS = ("price", "min_range", "max_range")

Flat = dict[str, str | int | float]


def for_original_page(chunk: Chunk, currency: str, convert: Converter) -> Chunk | None:
    """The chunk as the original page reads it, or None for a kind it does not know."""
    if chunk.data_description not in ORIGINAL_KINDS:
        return None
    if isinstance(chunk.data, list):
        data: Any = [flat(item, currency, convert) for item in chunk.data
                     if isinstance(item, dict)]
        data_type = "list[dict[str, str | float]]"
    else:
        data = flat(chunk.data if isinstance(chunk.data, dict) else {}, currency, convert)
        data_type = "dict[str, str | float]"
    return chunk.model_copy(update={"data": data, "data_type": data_type,
                                    "image_sha256": chunk.image_sha256 or ""})


def flat(record: dict[str, Any], currency: str, convert: Converter) -> Flat:
    """One record with text and numbers only, its amounts in ``currency``."""
    out: Flat = {}
    for key, value in _in_currency(record, currency, convert).items():
        text = _flat_value(value)
        if text is not None:
            out[key] = text
    return out


def _in_currency(record: dict[str, Any], currency: str, convert: Converter) -> dict[str, Any]:
    """The record's amounts converted to ``currency``; the original amount kept as text."""
    source = record.get("currency")
    amounts = {k: record[k] for k in _AMOUNTS if isinstance(record.get(k), int | float)}
    if not amounts or not isinstance(source, str) or source.upper() == currency:
        return record
    try:
        converted = {k: round(convert(float(v), source, currency), 2) for k, v in amounts.items()}
    except ValueError:
        return record  # a currency the rate table lacks: left as it is, and labelled
    original = f"{amounts.get('price', next(iter(amounts.values()))):.2f} {source.upper()}"
    return {**record, **converted, "currency": currency, "original_price": original}


def _flat_value(value: Any) -> str | int | float | None:
    """A string or a number for any JSON value (None for an absent one)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, dict):
        parts = [f"{k}: {v}" for k, v in ((k, _flat_value(v)) for k, v in value.items())
                 if v is not None]
        return "; ".join(parts) or None
    if isinstance(value, list):
        items = [str(v) for v in map(_flat_value, value) if v is not None]
        return ", ".join(items) or None
    return str(value)
