"""Fitting the pair model: logistic regression by Newton's method (IRLS).

The rows are the pair model's evidence for every cross-article pair of a
corpus, labelled by the gold (1 when the two paragraphs state a common
fact).  Identical rows are pooled first, so the fit costs little even on
thousands of pairs.  Pure Python: a handful of features needs no numpy.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

Row = tuple[tuple[float, ...], int]
"""The features of one pair and its label (1: the pair shares a gold fact)."""


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve ``matrix @ x = vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    m = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def fit_logistic(
    rows: Iterable[Row],
    *,
    l2: float = 1.0,
    iterations: int = 8,
    start: Sequence[float] | None = None,
) -> tuple[float, ...]:
    """Weights of a logistic model with an L2 penalty of ``l2`` (the bias too)."""
    pooled: Counter[tuple[tuple[float, ...], int]] = Counter(rows)
    if not pooled:
        raise ValueError("no rows to fit")
    d = len(next(iter(pooled))[0])
    w = list(start) if start is not None else [0.0] * d
    for _ in range(iterations):
        grad = [l2 * wi for wi in w]
        hess = [[l2 if i == j else 0.0 for j in range(d)] for i in range(d)]
        for (x, y), n in pooled.items():
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, s = n * (p - y), n * p * (1 - p)
            for i in range(d):
                xi = x[i]
                if not xi:
                    continue
                grad[i] += g * xi
                row, sxi = hess[i], s * xi
                for j in range(i, d):
                    row[j] += sxi * x[j]
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-6:
            break
    return tuple(round(wi, 3) for wi in w)
