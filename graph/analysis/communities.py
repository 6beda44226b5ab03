"""Communities of the cooperation graph: Louvain (seeded) or label propagation.

Both run on the collapsed undirected graph, weighted by evidence counts unless asked not
to. Community ids are numbered from 1 by decreasing size, so the same seed gives the same
table.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
import pandas as pd

from graph.analysis.projection import collapse
from graph.model import InputError

METHODS = ("louvain", "label-propagation")


def communities(
    G: nx.MultiDiGraph,
    method: str = "louvain",
    *,
    seed: int = 42,
    resolution: float = 1.0,
    weight: str | None = "evidence",
    labels: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The community of every node.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection.
    method : {"louvain", "label-propagation"}
        Louvain modularity optimisation (networkx, `seed` fixed) or asynchronous label
        propagation (`seed` fixed).
    seed : int
    resolution : float
        Louvain resolution: above 1 favours smaller communities.
    weight : {"evidence", None}
    labels : sequence of str, optional
        Report only nodes with these labels (communities use the whole graph).

    Returns
    -------
    pandas.DataFrame
        ``community``, ``size``, ``key``, ``name``, ``label``; largest community first.

    Examples
    --------
    Two triangles joined by one edge split into two communities:

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"),
    ...                      ("z", "x"), ("c", "x")])
    >>> table = communities(G)
    >>> table.groupby("community")["key"].apply(sorted).tolist()
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    H = collapse(G)
    w = "weight" if weight == "evidence" else None
    if weight not in ("evidence", None):
        raise InputError(f"weight must be 'evidence' or none, got {weight!r}")
    if method == "louvain":
        found = nx.community.louvain_communities(H, weight=w, resolution=resolution, seed=seed)
    elif method == "label-propagation":
        found = nx.community.asyn_lpa_communities(H, weight=w, seed=seed)
    else:
        raise InputError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    rows = []
    for number, members in enumerate(ordered, 1):
        for node in members:
            data = H.nodes[node]
            if labels is not None and data.get("label") not in labels:
                continue
            rows.append(
                {
                    "community": number,
                    "size": len(members),
                    "key": node,
                    "name": data.get("name") or node,
                    "label": data.get("label", ""),
                }
            )
    return pd.DataFrame(rows, columns=["community", "size", "key", "name", "label"])


def community_summary(table: pd.DataFrame, examples: int = 5) -> pd.DataFrame:
    """One row per community: size and its best-known members (by name order).

    >>> t = pd.DataFrame({"community": [1, 1, 2], "size": [2, 2, 1], "key": list("abc"),
    ...                   "name": ["A", "B", "C"], "label": ["Country"] * 3})
    >>> community_summary(t).to_dict("records")
    [{'community': 1, 'size': 2, 'members': 'A; B'}, {'community': 2, 'size': 1, 'members': 'C'}]
    """
    rows = []
    for _, group in table.groupby("community", sort=True):
        names = sorted(group["name"].astype(str))
        shown = "; ".join(names[:examples]) + (" …" if len(names) > examples else "")
        first = group.iloc[0]
        rows.append({"community": int(first["community"]), "size": int(first["size"]),
                     "members": shown})  # fmt: skip
    return pd.DataFrame(rows, columns=["community", "size", "members"])
