"""Measurements of single parts, outside the stack: the analyst's accuracy on the development
evaluation set, and the Lens providers' searches (browser cold and warm, HTTP, empty results).

Each answers ``{"not_measured": "<why>"}`` when what it needs is not there, never a guess.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from chalicelib.config import Settings
from chalicelib.providers import registry

NOT_MEASURED = "not_measured"


def analyst_accuracy(settings: Settings) -> dict[str, Any]:
    """``tools.evaluation`` with the analyst the settings name."""
    try:
        from tools.evaluation import SAMPLES_DIR, evaluate
    except ImportError as exc:
        return {NOT_MEASURED: f"tools.evaluation is not available ({exc})"}
    try:
        report = evaluate(registry.analyst(settings), SAMPLES_DIR)
    except Exception as exc:  # an analyst that cannot be built here (no key, no endpoint)
        return {NOT_MEASURED: f"the {settings.analyst} analyst could not run: {exc}"}
    keep = ("samples", "producer_accuracy", "model_accuracy", "both_accuracy", "errors")
    return {"analyst": settings.analyst, **{key: report.get(key) for key in keep}}


def lens_timings(settings: Settings, warm_runs: int = 3) -> dict[str, Any]:
    """Cold (Chromium started) and warm (Chromium reused) browser searches, an HTTP search, and
    how long an empty result takes to end as no-matches, against the fake Lens site."""
    missing = [p for p in (settings.chromium_path, settings.chromedriver_path)
               if not Path(p).exists()]
    if missing:
        return {NOT_MEASURED: f"Chromium is not installed ({', '.join(missing)} missing)"}
    if "google-lens" not in registry.LENS_PROVIDERS:
        return {NOT_MEASURED: "there is no google-lens provider"}
    try:
        from bench.google_lens import measure, measure_http_and_empty
    except ImportError as exc:
        return {NOT_MEASURED: f"the Lens timing harness is not available ({exc})"}
    try:
        cold, warm = measure(single_process=False, warm_runs=warm_runs)
        other = measure_http_and_empty(runs=warm_runs)
    except Exception as exc:  # the browser failing here is a finding to report, not a crash
        return {NOT_MEASURED: f"the search failed: {type(exc).__name__}: {exc}"}
    return {"cold_ms": round(cold * 1000), "warm_ms": round(statistics.median(warm) * 1000),
            "http_ms": round(other["http"] * 1000),
            "empty_http_ms": round(other["http_empty"] * 1000),
            "empty_browser_ms": round(other["browser_empty"] * 1000),
            "warm_runs": len(warm), "page": "devstack/fakes/lens_site.py (local)"}
