"""How well an analyst names producer and model, measured on our own evaluation set.

    python -m tools.evaluation [--analyst NAME] [--samples DIR] [--details]

prints a JSON report. Each sample in ``samples/evaluation/`` is a saved match list with the
answer a careful reader gives: ``{"name", "note", "photo", "expected": {"producer", "model"},
"matches": [lens-matches]}``. ``catalog-*`` samples are built from the sample catalog's listings
(reordered, one sometimes left out, an unrelated match added); the others are hand-written
match lists of real products in the shape Google Lens returns, including brand-less ones.

Scoring, per sample:

* producer: right if it equals the expected one ignoring case, accents and punctuation
  ("Fjallraven" counts for "Fjällräven"); where no producer is expected, right only if none is
  named, since naming a wrong brand misleads a seller more than naming none;
* model (only where one is expected): right if the expected model's letters and digits appear,
  in order, in the answer, so a more specific answer counts ("G-Shock DW-5600E" for "DW-5600");
* an analyst that raises counts as wrong on both, and the error is reported;
* both: the producer right and, where one is expected, the model right (what
  ``tools.real_evaluation`` calls fully right).

The set was written alongside the rules, so these figures are in-sample: a quick check that a
change keeps the known cases, not a measure of unseen items. That is ``make eval``
(``tools.real_evaluation``): real items, calibration judged on sources it was not fitted on.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chalicelib import observability
from chalicelib.config import Settings
from chalicelib.errors import LensGptError
from chalicelib.providers import registry
from chalicelib.providers.analysts.lexicon import slug
from chalicelib.providers.base import Analyst
from chalicelib.providers.exceptions import ProviderError
from chalicelib.wire import Identity, LensMatch
from tools.analyze import staged_photo

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples" / "evaluation"


@dataclass(frozen=True)
class Sample:
    """One saved match list and what it shows."""

    name: str
    matches: list[LensMatch]
    producer: str | None
    model: str | None
    photo: Path | None


def load_samples(directory: Path = SAMPLES_DIR) -> list[Sample]:
    samples = []
    for path in sorted(Path(directory).glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        expected = document.get("expected") or {}
        photo = document.get("photo")
        samples.append(Sample(
            name=document.get("name") or path.stem,
            matches=[LensMatch.model_validate(m) for m in document.get("matches") or []],
            producer=expected.get("producer"),
            model=expected.get("model"),
            photo=(path.parent / photo).resolve() if photo else None,
        ))
    return samples


def producer_right(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return slug(expected) == slug(got)


def model_right(expected: str, got: str | None) -> bool:
    return got is not None and bool(slug(expected)) and slug(expected) in slug(got)


def evaluate(analyst: Analyst, samples_dir: Path = SAMPLES_DIR) -> dict[str, Any]:
    """Accuracy of ``analyst.identify`` over the samples, with one row per sample."""
    samples = load_samples(samples_dir)
    rows = [_score(analyst, sample) for sample in samples]
    with_model = [row for row in rows if row["expected"]["model"] is not None]
    return {
        "samples": len(rows),
        "producer_accuracy": _share(sum(row["producer_ok"] for row in rows), len(rows)),
        "model_accuracy": _share(sum(row["model_ok"] for row in with_model), len(with_model)),
        "both_accuracy": _share(
            sum(row["producer_ok"] and row["model_ok"] is not False for row in rows), len(rows)
        ),
        "errors": sum(row["error"] is not None for row in rows),
        "results": rows,
    }


def _score(analyst: Analyst, sample: Sample) -> dict[str, Any]:
    error = None
    try:
        image = staged_photo(sample.photo, Settings())
        identity = analyst.identify(image, sample.matches)
    except (ProviderError, OSError) as exc:
        identity = Identity(producer=None, model=None)
        error = getattr(exc, "code", type(exc).__name__)
    producer_ok = error is None and producer_right(sample.producer, identity.producer)
    model_ok = None if sample.model is None else (
        error is None and model_right(sample.model, identity.model)
    )
    return {
        "sample": sample.name,
        "expected": {"producer": sample.producer, "model": sample.model},
        "got": identity.model_dump(),
        "producer_ok": producer_ok,
        "model_ok": model_ok,
        "error": error,
    }


def _share(right: int, total: int) -> float | None:
    return round(right / total, 3) if total else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analyst", help="analyst provider (default: ANALYST or heuristic)")
    parser.add_argument("--samples", type=Path, default=SAMPLES_DIR, help="samples directory")
    parser.add_argument("--details", action="store_true", help="include every sample's row")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    if args.analyst:
        settings = settings.model_copy(update={"analyst": args.analyst})
    try:
        report = evaluate(registry.analyst(settings), args.samples)
    except (LensGptError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = {"analyst": settings.analyst, **report}
    if not args.details:
        report["results"] = [row for row in report["results"]
                             if not row["producer_ok"] or row["model_ok"] is False]
        report["misses_only"] = True
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    observability.log_to(sys.stderr)  # stdout is for the JSON output
    sys.exit(main())
