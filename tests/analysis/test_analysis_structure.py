"""Centrality, communities, articulation points and bridges against known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis import (
    MEASURES,
    METHODS,
    articulation_points,
    bridges,
    centrality,
    collapse,
    communities,
)
from graph.model import InputError


def _path_graph() -> nx.MultiDiGraph:
    """a - b - c - d - e, every node labelled Country, plus one Agreement on b."""
    G = nx.MultiDiGraph()
    for node in "abcde":
        G.add_node(node, label="Country", name=node.upper())
    G.add_node("x", label="Agreement", name="X")
    for u, v in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]:
        G.add_edge(u, v, weight=1)
    G.add_edge("b", "x", weight=1)
    return G


def test_exact_betweenness_and_degree_on_a_path() -> None:
    table = centrality(_path_graph(), ["betweenness", "degree"], weight=None).set_index("key")
    n = 6  # pairs through c: {a,b,x} x {d,e} = 6 of C(5,2) = 10 pairs not involving c
    assert table.loc["c", "betweenness"] == pytest.approx(6 / ((n - 1) * (n - 2) / 2))
    assert table.loc["b", "degree"] == pytest.approx(3 / (n - 1))
    assert table.index[0] == "b"  # b lies on the most shortest paths (a and x hang off it)


def test_sampled_betweenness_with_every_source_is_exact_and_seeded() -> None:
    G = nx.MultiDiGraph(nx.les_miserables_graph())
    exact = centrality(G, ["betweenness"], weight=None).set_index("key")["betweenness"]
    full_sample = centrality(G, ["betweenness"], weight=None, k=len(G)).set_index("key")
    assert full_sample["betweenness"].to_dict() == pytest.approx(exact.to_dict())
    first = centrality(G, ["betweenness"], weight=None, k=10, seed=3)
    again = centrality(G, ["betweenness"], weight=None, k=10, seed=3)
    assert first.equals(again)
    assert first.iloc[0]["key"] == exact.idxmax()  # Valjean leads even on 10 samples


def test_weights_change_the_ranking() -> None:
    G = nx.MultiDiGraph()
    for node in ("kz", "ru", "us", "cn"):
        G.add_node(node, label="Country")
    G.add_edge("kz", "ru", weight=10)
    G.add_edge("kz", "us", weight=1)
    G.add_edge("us", "cn", weight=1)
    weighted = centrality(G, ["pagerank"], weight="evidence").set_index("key")["pagerank"]
    plain = centrality(G, ["pagerank"], weight=None).set_index("key")["pagerank"]
    assert weighted["ru"] > weighted["us"]
    assert plain["ru"] < plain["us"]


def test_centrality_filters_types_and_top() -> None:
    table = centrality(_path_graph(), ["degree", "eigenvector", "pagerank"], labels=["Agreement"])
    assert table["key"].tolist() == ["x"]
    assert len(centrality(_path_graph(), top=2)) == 2
    with pytest.raises(InputError, match="unknown measure"):
        centrality(_path_graph(), ["fame"])
    assert set(MEASURES) == {"degree", "betweenness", "eigenvector", "pagerank"}


def test_louvain_and_label_propagation_find_two_cliques() -> None:
    G = nx.MultiDiGraph()
    left, right = ["a", "b", "c", "d"], ["w", "x", "y", "z"]
    for group in (left, right):
        for i, u in enumerate(group):
            for v in group[i + 1 :]:
                G.add_edge(u, v, weight=3)
    G.add_edge("d", "w", weight=1)
    for method in METHODS:
        table = communities(G, method, seed=1)
        groups = sorted(sorted(g) for g in table.groupby("community")["key"].apply(list))
        assert groups == [left, right], method
    assert communities(G, seed=7).equals(communities(G, seed=7))
    with pytest.raises(InputError, match="unknown method"):
        communities(G, "guess")


def test_articulation_points_match_networkx_and_count_what_they_cut() -> None:
    H = collapse(_path_graph())
    table = articulation_points(H, "a", partners=["e"]).set_index("node")
    assert set(table.index) == set(nx.articulation_points(H)) - {"a"}
    assert table["cut_off"].to_dict() == {"b": 4, "c": 2, "d": 1}
    assert table.loc["c", "partners_cut_off"] == "E"


def test_bridges_count_the_far_side() -> None:
    H = nx.Graph([("kz", "a"), ("a", "b"), ("b", "kz"), ("b", "ru"), ("ru", "x")])
    table = bridges(H, "kz", partners=["ru"])
    assert {(r.source, r.target, r.cut_off) for r in table.itertuples()} == {
        ("b", "ru", 2),
        ("ru", "x", 1),
    }
    assert len(table) == len(list(nx.bridges(H)))
