"""Calibration judged out of sample: leave-one-source-out cross-validation of the heuristic's
calibration over scored rows (``tools.real_evaluation.score_case``), the threshold chosen
from it, and the calibration error, reliability table and log loss of confidences."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from chalicelib.providers.analysts.heuristic import (
    CALIBRATED,
    CALIBRATED_ABSTAINED,
    Calibration,
    HeuristicAnalyst,
)
from tools.calibration_fit import Answer, fit_calibration

# Escalation: the heuristic answer stands alone where answers this sure are this often right.
ESCALATION_PRECISION = 0.95

Fit = Callable[[list[dict[str, Any]]], Calibration]


def answers_of(rows: Sequence[dict[str, Any]]) -> list[Answer]:
    return [Answer(features=r["features"], named=not r["abstained"], right=r["right"])
            for r in rows if r["features"] is not None]


def fit_rows(rows: list[dict[str, Any]]) -> Calibration:
    """The calibration fitted on these rows' answers."""
    return fit_calibration(answers_of(rows))


def calibrated(rows: Sequence[dict[str, Any]], calibration: Calibration) -> list[float | None]:
    """Each row's confidence under ``calibration`` (as the heuristic computes it)."""
    analyst = HeuristicAnalyst(calibration=calibration)
    return [analyst.confidence(r["features"], named=not r["abstained"])
            if r["features"] is not None else None for r in rows]


def leave_one_source_out(rows: list[dict[str, Any]], fit: Fit = fit_rows,
                         nested: bool = True) -> list[dict[str, Any]]:
    """Each row with the confidence a calibration fitted on the other sources gives it, and
    (``nested``) the escalation threshold chosen by the same procedure inside that fitting set.

    Rows keep their order; each gains ``confidence`` (out of sample), ``fold`` (its source),
    ``fitted_on`` (the sources its calibration was fitted on) and ``threshold``.
    """
    out: list[dict[str, Any] | None] = [None] * len(rows)
    for source in sorted({r["source"] for r in rows}):
        fitting = [r for r in rows if r["source"] != source]
        held = [i for i, r in enumerate(rows) if r["source"] == source]
        confidences = calibrated([rows[i] for i in held], fit(fitting))
        threshold = (choose_threshold(leave_one_source_out(fitting, fit, nested=False))
                     if nested else None)
        for i, confidence in zip(held, confidences, strict=True):
            out[i] = {**rows[i], "confidence": confidence, "fold": source,
                      "fitted_on": sorted({r["source"] for r in fitting}),
                      "threshold": threshold}
    return [r for r in out if r is not None]


def choose_threshold(rows: Sequence[dict[str, Any]],
                     precision: float = ESCALATION_PRECISION) -> float:
    """The lowest confidence at which the answers at least that sure are ``precision`` right
    (1.0, always ask the model, if no level is)."""
    rated = [(r["confidence"], r["right"]) for r in rows if r["confidence"] is not None]
    for level in sorted({c for c, _ in rated}):
        above = [ok for c, ok in rated if c >= level]
        if sum(above) >= precision * len(above):
            return level
    return 1.0


def calibration_table(rows: Sequence[dict[str, Any]], bins: int = 10) -> dict[str, Any]:
    """Expected calibration error of ``confidence`` against being right, and the reliability
    table behind it."""
    rated = [(r["confidence"], r["right"]) for r in rows if r["confidence"] is not None]
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in rated if low <= c < high or (b == bins - 1 and c == 1.0)]
        if inside:
            table.append({"bin": f"{low:.1f}-{high:.1f}", "n": len(inside),
                          "confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                          "accuracy": round(sum(ok for _, ok in inside) / len(inside), 3)})
    error = sum(t["n"] * abs(t["confidence"] - t["accuracy"]) for t in table)
    return {"ece": round(error / len(rated), 3) if rated else None, "rated": len(rated),
            "table": table}


def log_loss(rows: Sequence[dict[str, Any]]) -> float | None:
    """The mean negative log-likelihood of being right under ``confidence`` (lower is better;
    it rewards confidence that is both sure and right, unlike the binned ECE)."""
    rated = [(min(max(r["confidence"], 1e-3), 1 - 1e-3), r["right"]) for r in rows
             if r["confidence"] is not None]
    if not rated:
        return None
    return round(-sum(math.log(c if ok else 1 - c) for c, ok in rated) / len(rated), 3)


def feature_sets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The shipped calibration's features against the evidence score alone and against all of
    ``answer_features``, each fitted and scored by the same leave-one-source-out
    cross-validation."""
    every = sorted({name for r in rows if r["features"] for name in r["features"]})
    options = [(list(CALIBRATED), list(CALIBRATED_ABSTAINED)), (["evidence"], ["evidence"]),
               (["evidence"], ["evidence", "model_agreement"]), (every, every)]
    compared = []
    for named, abstained in options:
        def fit(fitting: list[dict[str, Any]], named: list[str] = named,
                abstained: list[str] = abstained) -> Calibration:
            return fit_calibration(answers_of(fitting), names=named, abstained_names=abstained)

        scored = leave_one_source_out(rows, fit=fit, nested=False)
        shipped = (named, abstained) == options[0]
        compared.append({"features": named, "abstained_features": abstained,
                         "shipped": shipped, "log_loss": log_loss(scored),
                         "ece": calibration_table(scored)["ece"]})
    return compared
