"""What every query's stream must hold, whatever faults struck on the way.

With the simulated providers each chunk's data is known from the image's hash, so a stream is
checked chunk by chunk: ``seq`` 1..n without gap or repeat, ``done`` once and last, no chunk
twice, every chunk's data what the providers answer for the image, and every stage accounted
for: all of its steps, in order, or an ``error`` saying why it stopped (a lens stage that gave up
on its last delivery ends the run without the stages after it; one that died on every delivery,
``stage-died``, may have died before reading the upload: then its run names no image). ``done``
says ``failed`` exactly when an error other than a finding about the item was reported.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from chalicelib.providers import simulated
from chalicelib.providers.exceptions import FINDING_CODES

STEPS = {
    "lens": ["lens-matches"],
    "gpt": ["model-producer", "producer-url", "retail-price-details"],
    "pricing": ["second-hand-offers", "estimated-price"],
}


def problems(chunks: list[dict[str, Any]], image_sha256: str) -> list[str]:
    """Everything wrong with one query's chunks (empty: the stream is right)."""
    found = sequence_problems(chunks)
    if found:
        return found
    answers = simulated.answers(image_sha256)
    # A lens stage that died on every delivery may have died before it read the upload: then
    # its run knows no image, and its error and ``done`` are about none.
    died = [(c["stage"], c["data_description"]) for c in chunks] == [
        ("lens", "error"), ("-", "done")] and chunks[0]["data"]["code"] == "stage-died"
    images = {image_sha256, None} if died else {image_sha256}
    for chunk in chunks:
        kind = chunk["data_description"]
        if chunk["image_sha256"] not in images:
            found.append(f"seq {chunk['seq']} is about image {chunk['image_sha256']}")
        if kind in answers and chunk["data"] != answers[kind]:
            found.append(f"seq {chunk['seq']} ({kind}) has data the providers never gave")
    return found + _stage_problems(chunks) + _status_problems(chunks)


def sequence_problems(chunks: list[dict[str, Any]]) -> list[str]:
    """Gaps or repeats of ``seq``, chunks twice ("... appears n times"), ``done`` not last."""
    if not chunks:
        return ["no chunk at all"]
    found = []
    if [c["seq"] for c in chunks] != list(range(1, len(chunks) + 1)):
        found.append(f"seqs {[c['seq'] for c in chunks]} are not 1..{len(chunks)}")
    kinds = Counter((c["stage"], c["data_description"]) for c in chunks)
    found += [f"{kind} appears {n} times" for kind, n in kinds.items() if n > 1]
    if chunks[-1]["data_description"] != "done":
        found.append(f"the last chunk is {chunks[-1]['data_description']}, not done")
    return found


def _stage_problems(chunks: list[dict[str, Any]]) -> list[str]:
    by_stage = {stage: [c["data_description"] for c in chunks if c["stage"] == stage]
                for stage in STEPS}
    if by_stage["lens"] == ["error"] and not by_stage["gpt"] and not by_stage["pricing"]:
        return []  # the lens stage gave up for good: nothing after it ran
    found = []
    for stage, steps in STEPS.items():
        written = [kind for kind in by_stage[stage] if kind != "error"]
        if written != steps[:len(written)]:
            found.append(f"{stage} wrote {written}, not a prefix of {steps}")
        if len(written) < len(steps) and "error" not in by_stage[stage]:
            found.append(f"{stage} stopped after {written} without an error")
    return found


def _status_problems(chunks: list[dict[str, Any]]) -> list[str]:
    failures = [c["data"]["code"] for c in chunks if c["data_description"] == "error"
                and c["data"]["code"] not in FINDING_CODES]
    expected = "failed" if failures else "done"
    status = chunks[-1]["data"]["status"]
    return [] if status == expected else [f"done says {status}; errors {failures}"]
