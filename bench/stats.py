"""Pure arithmetic of the benchmark: percentiles, and what a stream must hold."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable, Sequence

from chalicelib.providers import simulated

# A query of the simulated provider set, without faults, ends with these chunks.
EXPECTED = ("lens-matches", "model-producer", "producer-url", "retail-price-details",
            "second-hand-offers", "estimated-price", "done")


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100), interpolating between the closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 50)


def rounded(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def milliseconds(values_s: Iterable[float]) -> list[float]:
    return [v * 1000 for v in values_s]


def stream_faults(chunks: list[dict[str, Any]]) -> dict[str, int]:
    """How a received stream differs from the complete one: chunks lost, doubled, out of order,
    and chunks whose data is not what the simulated providers answer for the image."""
    kinds = Counter(c["data_description"] for c in chunks)
    lost = sum(1 for kind in EXPECTED if kinds[kind] == 0)
    doubled = sum(n - 1 for n in kinds.values() if n > 1)
    seqs = [c["seq"] for c in chunks]
    out_of_order = sum(1 for n, seq in enumerate(seqs) if seq != n + 1)
    if chunks and chunks[-1]["data_description"] != "done":
        out_of_order += 1
    sha = next((c["image_sha256"] for c in chunks if c["image_sha256"]), None)
    answers = simulated.answers(sha) if sha else {}
    wrong = sum(1 for c in chunks
                if c["data_description"] in answers and c["data"] != answers[c["data_description"]])
    return {"lost": lost, "doubled": doubled, "out_of_order": out_of_order, "wrong": wrong}
