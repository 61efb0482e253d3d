"""A renderer that behaves like the original lens-gpt page's cards, for ``POST /classify``.

The original page (React) renders each chunk as a card: for a list (second-hand offers) one
block per item, else one row per field of ``data``, the value rendered as a React child after an
optional formatter. A value that is an object or a list of objects is not a valid React child
(the page crashes); the price formatters call ``toFixed`` on a number or ``parseFloat`` on text
(null crashes them). Every kind the page does not know renders with the default card.
"""

from __future__ import annotations

import math
from typing import Any

# The fields each card passes through the euro formatter (``value.toFixed(2)``).
EURO_FIELDS = {
    "estimated-price": {"price", "min_range", "max_range"},
    "second-hand-offers": {"price"},
}
PERCENT_FIELDS = {"estimated-price": {"certainty"}}


class RenderCrash(AssertionError):
    """The original page would throw while rendering this chunk."""


def render(chunks: list[dict[str, Any]]) -> list[str]:
    """Every card's rows as text, in order; raises ``RenderCrash`` where the page would."""
    rows: list[str] = []
    for chunk in chunks:
        kind, data = chunk["data_description"], chunk["data"]
        records = data if kind == "second-hand-offers" else [data]
        if not isinstance(records, list):
            raise RenderCrash(f"{kind}: the offers card maps over a list, got {data!r}")
        for record in records:
            if not isinstance(record, dict):
                raise RenderCrash(f"{kind}: Object.entries of {record!r}")
            rows += [_row(kind, key, value) for key, value in record.items()]
    return rows


def _row(kind: str, key: str, value: Any) -> str:
    if key in EURO_FIELDS.get(kind, set()) or key in PERCENT_FIELDS.get(kind, set()):
        number = _number(kind, key, value)
        return f"{key}: {number * 100:.1f}%" if key == "certainty" else f"{key}: €{number:.2f}"
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RenderCrash(f"{kind}.{key}: {value!r} is not a valid React child")
    return f"{key}: {value}"


def _number(kind: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or value is None:
        raise RenderCrash(f"{kind}.{key}: cannot format {value!r} as a price")
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return math.nan  # parseFloat gives NaN: shown as "€NaN", not a crash
        return number
    if not isinstance(value, int | float):
        raise RenderCrash(f"{kind}.{key}: cannot format {value!r} as a price")
    return float(value)
