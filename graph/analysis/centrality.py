"""Centrality of entities in the cooperation graph: degree, betweenness, eigenvector, PageRank.

Measures run on the collapsed, undirected graph (:func:`graph.analysis.projection.collapse`):
one edge per connected pair whose weight is the evidence count summed over its facts.
With ``weight="evidence"`` well-evidenced ties count more (betweenness then reads 1/weight
as a distance, so a well-evidenced tie is a short one); with ``weight=None`` every tie
counts once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import networkx as nx
import pandas as pd

from graph.analysis.projection import collapse
from graph.model import InputError

MEASURES = ("degree", "betweenness", "eigenvector", "pagerank")
WEIGHTINGS = ("evidence", "none")


def _degree(H: nx.Graph, weight: str | None, **_: object) -> dict[str, float]:
    if weight is None:
        return dict(nx.degree_centrality(H))
    scale = 1 / (len(H) - 1) if len(H) > 1 else 1.0
    return {n: d * scale for n, d in H.degree(weight="weight")}


def _betweenness(
    H: nx.Graph, weight: str | None, k: int | None = None, seed: int = 0, **_: object
) -> dict[str, float]:
    sample = k if k is not None and k < len(H) else None
    return dict(
        nx.betweenness_centrality(
            H, k=sample, seed=seed, weight="distance" if weight else None, normalized=True
        )
    )


def _eigenvector(H: nx.Graph, weight: str | None, **_: object) -> dict[str, float]:
    if H.number_of_edges() == 0:
        return dict.fromkeys(H, 0.0)
    try:
        return dict(nx.eigenvector_centrality_numpy(H, weight="weight" if weight else None))
    except (nx.NetworkXException, ArithmeticError, ValueError):
        # Disconnected graphs can defeat the dense solver; fall back to power iteration.
        return dict(
            nx.eigenvector_centrality(
                H, max_iter=2000, tol=1e-8, weight="weight" if weight else None
            )
        )


def _pagerank(H: nx.Graph, weight: str | None, **_: object) -> dict[str, float]:
    return dict(nx.pagerank(H, weight="weight" if weight else None))


_FUNCTIONS: dict[str, Callable[..., dict[str, float]]] = {
    "degree": _degree,
    "betweenness": _betweenness,
    "eigenvector": _eigenvector,
    "pagerank": _pagerank,
}


def centrality(
    G: nx.MultiDiGraph,
    measures: Sequence[str] = ("degree", "betweenness", "pagerank"),
    *,
    weight: str | None = "evidence",
    k: int | None = None,
    seed: int = 0,
    labels: Sequence[str] | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Centrality scores of every node, sorted by the first measure.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection.
    measures : sequence of {"degree", "betweenness", "eigenvector", "pagerank"}
    weight : {"evidence", None}
        Weight ties by their evidence count, or count each tie once.
    k : int, optional
        Betweenness from `k` sampled sources instead of all (approximate, much faster on
        large graphs); `seed` fixes the sample.
    seed : int
    labels : sequence of str, optional
        Report only nodes with these labels (scores are computed on the whole graph).
    top : int, optional
        Keep the `top` highest-scoring rows.

    Returns
    -------
    pandas.DataFrame
        Columns ``key``, ``name``, ``label`` and one per measure.

    Examples
    --------
    A star around "kz" with one extra edge: the hub leads every measure.

    >>> G = nx.MultiDiGraph([("kz", "ru"), ("kz", "us"), ("kz", "cn"), ("ru", "us")])
    >>> table = centrality(G, ["degree", "betweenness"], weight=None)
    >>> table[["key", "degree", "betweenness"]].round(3).to_dict("records")[0]
    {'key': 'kz', 'degree': 1.0, 'betweenness': 0.667}
    """
    unknown = [m for m in measures if m not in _FUNCTIONS]
    if unknown or not measures:
        raise InputError(
            f"unknown measure(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(MEASURES)}"
        )
    if weight not in ("evidence", None):
        raise InputError(f"weight must be 'evidence' or none, got {weight!r}")
    H = collapse(G)
    scores = {m: _FUNCTIONS[m](H, weight, k=k, seed=seed) for m in measures}
    rows = []
    for node, data in H.nodes(data=True):
        if labels is not None and data.get("label") not in labels:
            continue
        row = {"key": node, "name": data.get("name") or node, "label": data.get("label", "")}
        row.update({m: float(scores[m].get(node, 0.0)) for m in measures})
        rows.append(row)
    table = pd.DataFrame(rows, columns=["key", "name", "label", *measures])
    table = table.sort_values([measures[0], "name"], ascending=[False, True], kind="stable")
    table = table.reset_index(drop=True)
    return table.head(top) if top is not None else table
