"""Fitting the heuristic's calibration: logistic regression with a mild L2 penalty, by Newton's
method, in plain Python (a handful of features and a few hundred answers at most; no numerical
library needed, and the same numbers on every machine).

``fit_logistic`` fits one regression; ``fit_calibration`` fits the pair the heuristic uses
(named producers, abstentions) from scored answers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chalicelib.providers.analysts.heuristic import (
    CALIBRATED,
    CALIBRATED_ABSTAINED,
    Calibration,
    Logistic,
)

# The penalty on each coefficient: mild, so a few answers cannot drive one to infinity (a
# perfectly separated feature, or answers all right), yet many answers outweigh it.
L2 = 1.0
# Written into the shipped constants with this many decimals.
DIGITS = 2
_STEPS = 50


@dataclass(frozen=True)
class Answer:
    """One scored answer: its evidence features, whether it named a producer, whether right."""

    features: Mapping[str, float]
    named: bool
    right: bool


def fit_logistic(rows: Sequence[tuple[Mapping[str, float], bool]], l2: float = L2,
                 names: Sequence[str] | None = None) -> Logistic:
    """The L2-penalised maximum-likelihood regression of being right on the features (``names``
    of them, or all the rows have).

    With no rows it says 0.5; with rows of one outcome only the penalty keeps it finite.
    """
    names = sorted(names if names is not None
                   else {name for features, _ in rows for name in features})
    if not rows:
        return Logistic(intercept=0.0, weights=tuple((n, 0.0) for n in names))
    xs = [[1.0, *(features.get(n, 0.0) for n in names)] for features, _ in rows]
    ys = [1.0 if right else 0.0 for _, right in rows]
    size = len(names) + 1
    # The intercept is penalised too: a few answers that are all right then say "likely", not
    # "certain" (8 right of 8 gives about 0.88, near Laplace's 9 in 10).
    penalty = [l2] * size
    beta = [0.0] * size
    for _ in range(_STEPS):
        gradient = [-penalty[j] * beta[j] for j in range(size)]
        hessian = [[0.0] * size for _ in range(size)]
        for j in range(size):
            hessian[j][j] = penalty[j]
        for x, y in zip(xs, ys, strict=True):
            p = _sigmoid(sum(b * v for b, v in zip(beta, x, strict=True)))
            w = p * (1 - p)
            for j in range(size):
                gradient[j] += (y - p) * x[j]
                for k in range(size):
                    hessian[j][k] += w * x[j] * x[k]
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-10:
            break
    weights = zip(names, beta[1:], strict=True)
    return Logistic(intercept=round(beta[0], DIGITS),
                    weights=tuple((n, round(b, DIGITS)) for n, b in weights))


def fit_calibration(answers: Sequence[Answer], l2: float = L2,
                    names: Sequence[str] = CALIBRATED,
                    abstained_names: Sequence[str] | None = None) -> Calibration:
    """The heuristic's calibration fitted on these answers: one regression per kind of answer,
    on the features ``names`` (named producers) and ``abstained_names`` (abstentions; the
    shipped ``CALIBRATED_ABSTAINED`` when ``names`` is the shipped set, else ``names``)."""
    if abstained_names is None:
        abstained_names = CALIBRATED_ABSTAINED if tuple(names) == CALIBRATED else names
    return Calibration(
        named=fit_logistic([(a.features, a.right) for a in answers if a.named], l2, names),
        abstained=fit_logistic([(a.features, a.right) for a in answers if not a.named], l2,
                               abstained_names),
    )


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """``matrix @ x = vector`` by Gaussian elimination with partial pivoting (the matrix is
    symmetric positive definite here, thanks to the penalty)."""
    n = len(vector)
    a = [row[:] + [v] for row, v in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x
