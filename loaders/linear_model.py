"""A sparse multinomial logistic regression: the arithmetic of the learned readers.

Reading is plain Python over a dictionary of weights (a data file); fitting needs numpy and is
a development tool (`spacegraph train-relations`, `spacegraph train-agreements`). Fitting runs
full-batch Adam for a fixed number of steps from zero weights, so the same examples always give
the same model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graph.model import InputError


@dataclass
class Example:
    """One labelled case: its feature names and the label it should get."""

    features: list[str]
    label: str


@dataclass(frozen=True)
class LinearModel:
    """Labels, the sparse weights of each feature (label index -> weight), and the probability
    a prediction needs to be kept."""

    labels: tuple[str, ...]
    weights: dict[str, dict[int, float]]
    threshold: float

    def probabilities(self, features: list[str]) -> list[float]:
        scores = [0.0] * len(self.labels)
        for f in sorted(set(features)):  # a fixed order: sums do not depend on hashing
            for k, w in self.weights.get(f, {}).items():
                scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def probability(self, features: list[str], label: str) -> float:
        if label not in self.labels:
            return 0.0
        return self.probabilities(features)[self.labels.index(label)]

    def best(self, features: list[str]) -> tuple[str, float]:
        probs = self.probabilities(features)
        k = max(range(len(probs)), key=probs.__getitem__)
        return self.labels[k], probs[k]

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "threshold": self.threshold,
            "weights": {f: {str(k): w for k, w in ws.items()} for f, ws in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], what: str = "model") -> LinearModel:
        try:
            return cls(
                tuple(data["labels"]),
                {f: {int(k): float(w) for k, w in ws.items()} for f, ws in data["weights"].items()},
                float(data["threshold"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{what}: malformed weights file ({exc})") from None


def fit(
    examples: Sequence[Example],
    *,
    always: Sequence[str] = (),
    steps: int = 300,
    rate: float = 0.1,
    l2: float = 1e-4,
    min_count: int = 2,
    threshold: float = 0.5,
    prune: float = 0.01,
) -> LinearModel:
    """Fit the model; `always` are labels the model has even when no example carries them.
    Features seen in fewer than `min_count` examples are dropped and weights smaller than
    `prune` are left out (they barely move a probability)."""
    import numpy as np  # fitting only; reading needs none

    labels = sorted({e.label for e in examples} | set(always))
    label_index = {label: k for k, label in enumerate(labels)}
    counts = Counter(f for e in examples for f in set(e.features))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(names)}
    cols: list[int] = []
    rows: list[int] = []
    for r, e in enumerate(examples):
        found = sorted({index[f] for f in e.features if f in index})
        cols += found
        rows += [r] * len(found)
    n, c, f = len(examples), len(labels), len(names)
    if n == 0 or f == 0:
        raise InputError("nothing to learn from: no labelled examples")
    col = np.array(cols, dtype=np.int64)
    row = np.array(rows, dtype=np.int64)
    starts = np.searchsorted(row, np.arange(n))
    by_feature = np.argsort(col, kind="stable")
    feature_starts = np.searchsorted(col[by_feature], np.arange(f))
    truth = np.zeros((n, c))
    truth[np.arange(n), [label_index[e.label] for e in examples]] = 1.0
    weights = np.zeros((f, c))
    m1 = np.zeros_like(weights)
    m2 = np.zeros_like(weights)
    for step in range(1, steps + 1):
        scores = np.add.reduceat(weights[col], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        residual = (probs - truth) / n
        grad = np.add.reduceat(residual[row[by_feature]], feature_starts, axis=0) + l2 * weights
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        weights -= rate * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    sparse: dict[str, dict[int, float]] = {}
    for k, name in enumerate(names):
        kept = {j: round(float(w), 3) for j, w in enumerate(weights[k]) if abs(w) >= prune}
        if kept:
            sparse[name] = kept
    return LinearModel(tuple(labels), sparse, threshold)
