"""Single points of failure in a country's cooperation subgraph.

The cooperation subgraph of a focal country is the network of its ties: the facts counted
(agreements with their parties, a partner building a programme...), the partners and the
actors acting for them, and the links that make each node the focal country's or a
partner's, read undirected. An articulation point is a
node whose loss splits it; a bridge is a fact whose loss does. For each, the table says
how many nodes (and which partners) would be cut off from the focal country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.attribution import Attribution
from graph.analysis.ties import FocalScope, Tie, focal_scope, node_name


def cooperation_subgraph(
    G: nx.MultiDiGraph,
    country: str,
    ties: Sequence[Tie],
    attribution: Attribution | None = None,
    scope: FocalScope | None = None,
) -> nx.Graph:
    """The network of a country's ties, undirected (see module docstring).

    Its edges are the facts the ties count (an agreement's PARTY_TO and CONCERNS facts, a
    BUILDS, a LEASES...), plus the links that make them the focal country's or the
    partner's: every node to the country it is attributed to (``attributed``), a component
    to its programme or facility and a joint programme to the focal organisations taking
    part (``scope``). Facts between two foreign nodes are not part of it.

    Examples
    --------
    >>> from graph.analysis.ties import Tie
    >>> G = nx.MultiDiGraph()
    >>> for key, label in [("kz", "Country"), ("ru", "Country"), ("a", "Agreement"),
    ...                    ("o", "Organization")]:
    ...     G.add_node(key, label=label)
    >>> G.nodes["o"]["country"] = "ru"
    >>> tie = Tie("ru", "agreement", "MoU", 1, "", ("a", "PARTY_TO|kz|a|", "PARTY_TO|o|a|"),
    ...           via=("o",), focal_parties=("kz",), agreement="a")
    >>> H = cooperation_subgraph(G, "kz", [tie])
    >>> sorted(tuple(sorted(edge)) for edge in H.edges())
    [('a', 'kz'), ('a', 'o'), ('o', 'ru')]
    """
    attribution = attribution or Attribution(G, prefer=country)
    scope = scope or focal_scope(G, country, attribution)
    present = attribution.present
    weights: dict[tuple[str, str], float] = {}
    kinds: dict[tuple[str, str], str] = {}
    nodes = {country}

    def link(u: str, v: str, kind: str) -> None:
        if u == v or not (present(u) and present(v)):
            return
        pair = (u, v) if u <= v else (v, u)
        weights[pair] = weights.get(pair, 0) + 1
        kinds.setdefault(pair, kind)

    for tie in ties:
        nodes.update((tie.partner, *tie.via, *tie.focal_parties, *tie.assets))
        nodes.update(n for n in (tie.component, tie.agreement) if n is not None)
        for fact in tie.facts:
            parts = fact.split("|")
            if len(parts) >= 3:  # a relationship key; a bare node key (agreement) is no edge
                link(parts[1], parts[2], "fact")
    # Scope links join an asset in a tie to what makes it the focal country's: its parent
    # (component links, followed up the chain) and the members taking part (joint links).
    pending = list(scope.links)
    while pending:
        kept = [(u, v) for u, v in pending if v in nodes or (u in nodes and u in scope.assets)]
        if not kept:
            break
        for u, v in kept:
            nodes.update((u, v))
            link(u, v, "scope")
        done = set(kept)
        pending = [pair for pair in pending if pair not in done]
    for node in list(nodes):
        side = attribution.side(node)
        if side is not None and side != node:
            nodes.add(side)
            link(node, side, "attributed")
    H = nx.Graph()
    H.add_nodes_from((n, attribution.facts.data(n)) for n in nodes if present(n))
    H.add_edges_from(
        (u, v, {"weight": w, "distance": 1 / w, "kind": kinds[(u, v)]})
        for (u, v), w in weights.items()
    )
    return H


class _Cuts:
    """One depth-first search from the focal country over its component.

    In the search tree a subtree is a run of discovery indices, so what a cut separates is
    an interval and counting it costs nothing: articulation points and bridges with their
    cut-off sizes in linear time.
    """

    def __init__(self, H: nx.Graph, root: str) -> None:
        disc: dict[str, int] = {root: 0}
        low: dict[str, int] = {root: 0}
        parent: dict[str, str | None] = {root: None}
        order: list[str] = [root]
        children: dict[str, list[str]] = {root: []}
        stack = [(root, iter(H[root]))]
        while stack:
            node, neighbours = stack[-1]
            advanced = False
            for nxt in neighbours:
                if nxt not in disc:
                    disc[nxt] = low[nxt] = len(order)
                    order.append(nxt)
                    parent[nxt] = node
                    children[nxt] = []
                    children[node].append(nxt)
                    stack.append((nxt, iter(H[nxt])))
                    advanced = True
                    break
                if nxt != parent[node]:
                    low[node] = min(low[node], disc[nxt])
            if not advanced:
                stack.pop()
                up = parent[node]
                if up is not None:
                    low[up] = min(low[up], low[node])
        size: dict[str, int] = {}
        for node in reversed(order):
            size[node] = 1 + sum(size[c] for c in children[node])
        self.order, self.disc = order, disc
        # Articulation point -> the child subtrees it separates from the root.
        self.by_node: dict[str, list[str]] = {}
        # Bridge (parent, child) -> the child subtree.
        self.by_edge: dict[tuple[str, str], str] = {}
        for node in order:
            for child in children[node]:
                if node != root and low[child] >= disc[node]:
                    self.by_node.setdefault(node, []).append(child)
                if low[child] > disc[node]:
                    self.by_edge[(node, child)] = child
        self.size = size

    def count(self, subtrees: list[str]) -> int:
        return sum(self.size[c] for c in subtrees)

    def members(self, subtrees: list[str], candidates: Iterable[str]) -> list[str]:
        """The candidates that lie in the subtrees (by discovery-index interval)."""
        spans = [(self.disc[c], self.disc[c] + self.size[c]) for c in subtrees]
        return [
            n
            for n in candidates
            if n in self.disc and any(lo <= self.disc[n] < hi for lo, hi in spans)
        ]


def _names(H: nx.Graph, nodes: Iterable[str]) -> str:
    return "; ".join(sorted(node_name_of(H, n) for n in nodes))


def node_name_of(H: nx.Graph, key: str) -> str:
    return str(H.nodes[key].get("name") or key) if key in H else key


def _outside(H: nx.Graph, cuts: _Cuts | None) -> nx.Graph:
    """The part of H not reached from the focal country (usually empty)."""
    reached = set(cuts.disc) if cuts is not None else set()
    return H.subgraph(n for n in H if n not in reached)


def articulation_points(
    H: nx.Graph, country: str, partners: Iterable[str] = (), cuts: _Cuts | None = None
) -> pd.DataFrame:
    """Articulation points of the cooperation subgraph other than the focal country.

    ``cut_off`` counts the nodes that would lose every path to the focal country without
    the point; ``partners_cut_off`` names the partners among them. Points in parts not
    connected to the focal country at all have no count.

    Examples
    --------
    >>> H = nx.Graph([("kz", "org"), ("org", "agr"), ("agr", "ru"), ("kz", "us")])
    >>> table = articulation_points(H, "kz", ["ru", "us"])
    >>> table[["node", "cut_off", "partners_cut_off"]].values.tolist()
    [['org', 2, 'ru'], ['agr', 1, 'ru']]
    """
    partner_list = sorted(set(partners))
    if cuts is None and country in H:
        cuts = _Cuts(H, country)
    rows: list[dict[str, Any]] = []
    if cuts is not None:
        for node, subtrees in cuts.by_node.items():
            rows.append(
                {
                    "node": node,
                    "name": node_name_of(H, node),
                    "label": H.nodes[node].get("label", ""),
                    "cut_off": cuts.count(subtrees),
                    "partners_cut_off": _names(H, cuts.members(subtrees, partner_list)),
                }
            )
    for node in nx.articulation_points(_outside(H, cuts)):
        rows.append({"node": node, "name": node_name_of(H, node),
                     "label": H.nodes[node].get("label", ""), "cut_off": None,
                     "partners_cut_off": ""})  # fmt: skip
    rows.sort(key=lambda r: (-(r["cut_off"] or 0), r["name"]))
    columns = ["node", "name", "label", "cut_off", "partners_cut_off"]
    return pd.DataFrame(rows, columns=columns).astype({"cut_off": "Int64"})


def bridges(
    H: nx.Graph, country: str, partners: Iterable[str] = (), cuts: _Cuts | None = None
) -> pd.DataFrame:
    """Bridges of the cooperation subgraph, with what each would cut off from the focal
    country (no count for bridges outside its component).

    Examples
    --------
    >>> H = nx.Graph([("kz", "a"), ("a", "ru"), ("kz", "b"), ("b", "us"), ("us", "kz")])
    >>> bridges(H, "kz", ["ru", "us"])[["source", "target", "cut_off"]].values.tolist()
    [['kz', 'a', 2], ['a', 'ru', 1]]
    """
    partner_list = sorted(set(partners))
    if cuts is None and country in H:
        cuts = _Cuts(H, country)
    rows: list[dict[str, Any]] = []
    if cuts is not None:
        for (u, v), child in cuts.by_edge.items():
            rows.append(
                {
                    "source": u,
                    "target": v,
                    "source_name": node_name_of(H, u),
                    "target_name": node_name_of(H, v),
                    "cut_off": cuts.count([child]),
                    "partners_cut_off": _names(H, cuts.members([child], partner_list)),
                }
            )
    for u, v in nx.bridges(_outside(H, cuts)):
        rows.append({"source": u, "target": v, "source_name": node_name_of(H, u),
                     "target_name": node_name_of(H, v), "cut_off": None,
                     "partners_cut_off": ""})  # fmt: skip
    rows.sort(key=lambda r: (-(r["cut_off"] or 0), r["source_name"], r["target_name"]))
    columns = ["source", "target", "source_name", "target_name", "cut_off", "partners_cut_off"]
    return pd.DataFrame(rows, columns=columns).astype({"cut_off": "Int64"})


def structure(
    G: nx.MultiDiGraph,
    country: str,
    ties: Sequence[Tie],
    attribution: Attribution | None = None,
    scope: FocalScope | None = None,
) -> tuple[nx.Graph, pd.DataFrame, pd.DataFrame]:
    """Cooperation subgraph, its articulation points and its bridges, in one call."""
    H = cooperation_subgraph(G, country, ties, attribution, scope)
    partners = {t.partner for t in ties}
    cuts = _Cuts(H, country) if country in H else None
    return (
        H,
        articulation_points(H, country, partners, cuts),
        bridges(H, country, partners, cuts),
    )


__all__ = [
    "articulation_points",
    "bridges",
    "cooperation_subgraph",
    "node_name",
    "structure",
]
