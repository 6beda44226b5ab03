"""Node importance that sets node size: a centrality from the analyses, scaled to 0..1."""

from __future__ import annotations

import networkx as nx

from graph.analysis.centrality import centrality
from graph.model import ConfigError

SIZE_METRICS = ("degree", "betweenness", "pagerank")

# Exact betweenness is O(nodes x edges); past this many nodes it is estimated from a
# fixed-seed sample of sources, which keeps big views quick and reproducible.
BETWEENNESS_EXACT_MAX = 1500
BETWEENNESS_SAMPLES = 300


def node_importance(graph: nx.MultiDiGraph, metric: str = "degree") -> dict[str, float]:
    """`metric` per node (evidence-weighted, as in the analyses), the top node scaled to 1.0.

    >>> g = nx.MultiDiGraph([("a", "hub"), ("b", "hub")])
    >>> node_importance(g, "degree")
    {'a': 0.5, 'hub': 1.0, 'b': 0.5}
    """
    if metric not in SIZE_METRICS:
        raise ConfigError(
            f"unknown size metric {metric!r}; choose one of {', '.join(SIZE_METRICS)}"
        )
    if graph.number_of_nodes() == 0:
        return {}
    k = BETWEENNESS_SAMPLES if len(graph) > BETWEENNESS_EXACT_MAX else None
    table = centrality(graph, [metric], k=k)
    values = dict(zip(table["key"], table[metric].astype(float), strict=True))
    top = max(values.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(graph, 0.0)
    return {node: values.get(node, 0.0) / top for node in graph}
