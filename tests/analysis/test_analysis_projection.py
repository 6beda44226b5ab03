"""Projection from stores (both backends) and from records, and its filters."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from graph.analysis import build_graph, filter_graph, partner_dependency, project
from graph.model import InputError
from graph.stores.base import Store


def _edges(G: nx.MultiDiGraph) -> dict[str, tuple[str, str, str, int]]:
    return {k: (u, v, a["type"], a["weight"]) for u, v, k, a in G.edges(keys=True, data=True)}


def test_store_projection_matches_the_records(
    kazakhstan_graph: nx.MultiDiGraph, kazakhstan_store_graph: nx.MultiDiGraph
) -> None:
    assert set(kazakhstan_store_graph) == set(kazakhstan_graph)
    assert _edges(kazakhstan_store_graph) == _edges(kazakhstan_graph)
    for node, data in kazakhstan_graph.nodes(data=True):
        stored = kazakhstan_store_graph.nodes[node]
        for prop in ("label", "name", "capabilities", "kind", "status", "date", "country"):
            assert stored.get(prop) == data.get(prop), (node, prop)
    lease = "LEASES|country:russia|facility:baikonur-cosmodrome|"
    evidence = kazakhstan_store_graph.graph["evidence"][lease]
    assert [(e["doc_id"], e["published"]) for e in evidence] == [("a.txt", "2019-03-01")]
    assert "Test sentence" in evidence[0]["sentence"]
    u, v = "country:russia", "facility:baikonur-cosmodrome"
    assert kazakhstan_store_graph.edges[u, v, lease]["first_seen"] == "2019-03-01"
    assert kazakhstan_store_graph.edges[u, v, lease]["until"] == "2050"
    claims = {c["key"]: c["value"] for c in kazakhstan_store_graph.graph["claims"]}
    assert claims["claim:cadence-b"] == "four per year"


def test_dependency_is_the_same_from_store_and_records(
    kazakhstan_graph: nx.MultiDiGraph, kazakhstan_store_graph: nx.MultiDiGraph
) -> None:
    from_records = partner_dependency(kazakhstan_graph, "country:kazakhstan")
    from_store = partner_dependency(kazakhstan_store_graph, "country:kazakhstan")
    assert from_store.partners.to_dict("records") == from_records.partners.to_dict("records")
    assert from_store.concentration == from_records.concentration


def test_every_backend_projects_the_same_graph(
    store: Store, kazakhstan_graph: nx.MultiDiGraph, kazakhstan_records: list[Any]
) -> None:
    store.write(kazakhstan_records)
    G = project(store)
    assert _edges(G) == _edges(kazakhstan_graph)
    dep = partner_dependency(G, "country:kazakhstan")
    expected = partner_dependency(kazakhstan_graph, "country:kazakhstan")
    assert dep.partners.to_dict("records") == expected.partners.to_dict("records")


def test_projection_filters_in_the_store_call(kazakhstan_store: Store) -> None:
    only = project(kazakhstan_store, labels=["Country", "Agreement"], rel_types=["PARTY_TO"])
    assert {d["label"] for _, d in only.nodes(data=True)} == {"Country", "Agreement"}
    assert {d["type"] for _, _, d in only.edges(data=True)} == {"PARTY_TO"}
    proposed = project(kazakhstan_store, statuses=["proposed"])
    agreements = [n for n, d in proposed.nodes(data=True) if d["label"] == "Agreement"]
    assert agreements == ["agreement:kazakhstan-turkey-launch-mou"]
    with pytest.raises(InputError, match="unknown label"):
        project(kazakhstan_store, labels=["Planet"])


def _dated_graph() -> nx.MultiDiGraph:
    return build_graph(
        [
            {"label": "Country", "key": "c:kz", "name": "Kazakhstan"},
            {"label": "Country", "key": "c:ru", "name": "Russia"},
            {"label": "Facility", "key": "f:b", "name": "Baikonur"},
            {"label": "Agreement", "key": "a:dated", "date": "2010-05", "end_date": "2020"},
            {"label": "Agreement", "key": "a:reported"},
            {"label": "Agreement", "key": "a:unknown"},
        ],
        [
            {"type": "PARTY_TO", "source": "c:kz", "target": "a:dated"},
            {"type": "PARTY_TO", "source": "c:kz", "target": "a:reported"},
            {"type": "PARTY_TO", "source": "c:kz", "target": "a:unknown"},
            {"type": "LEASES", "source": "c:ru", "target": "f:b", "until": "2015"},
            {"type": "LOCATED_IN", "source": "f:b", "target": "c:kz"},
        ],
        evidence=[
            {"fact_key": "a:reported", "doc_id": "d1"},
            {"fact_key": "LEASES|c:ru|f:b|", "doc_id": "d0"},
        ],
        documents=[{"key": "d1", "published": "2012-07-01"}, {"key": "d0", "published": "2001"}],
    )


@pytest.mark.parametrize(
    ("as_of", "undated", "agreements", "lease"),
    [
        ("2010-04", "exclude", [], True),  # signed in May 2010: not yet
        ("2010", "exclude", ["a:dated"], True),  # a year means its last day
        ("2012-07", "exclude", ["a:dated", "a:reported"], True),  # reported in July 2012
        ("2016", "exclude", ["a:dated", "a:reported"], False),  # the lease ran until 2015
        ("2021", "exclude", ["a:reported"], False),  # ended 2020
        ("2021", "include", ["a:reported", "a:unknown"], False),
    ],
)
def test_as_of_keeps_the_facts_in_force(
    as_of: str, undated: str, agreements: list[str], lease: bool
) -> None:
    G = filter_graph(_dated_graph(), as_of=as_of, undated=undated)
    kept = sorted(n for n, d in G.nodes(data=True) if d["label"] == "Agreement")
    assert kept == agreements
    assert G.has_edge("c:ru", "f:b") is lease
    assert G.has_edge("f:b", "c:kz")  # where a site is never expires


def test_as_of_counts_what_it_left_out() -> None:
    G = filter_graph(_dated_graph(), as_of="2011")
    assert G.graph["excluded"] == {"agreements undated": 1, "agreements not yet": 1}
    assert G.graph["as_of"] == "2011"


def test_filter_rejects_bad_input() -> None:
    G = _dated_graph()
    with pytest.raises(InputError, match="not a date"):
        filter_graph(G, as_of="May 2010")
    with pytest.raises(InputError, match="unknown relationship type"):
        filter_graph(G, rel_types=["LIKES"])
    with pytest.raises(InputError, match="undated"):
        filter_graph(G, as_of="2010", undated="maybe")


def test_evidence_counts_are_edge_weights() -> None:
    G = build_graph(
        [{"label": "Country", "key": "a"}, {"label": "Country", "key": "b"}],
        [{"type": "COOPERATES_WITH", "source": "a", "target": "b", "evidence_count": 4},
         {"type": "COOPERATES_WITH", "source": "b", "target": "a", "role": "x"},
         {"type": "COOPERATES_WITH", "source": "a", "target": "missing"}],
    )  # fmt: skip
    assert sorted(w for _, _, w in G.edges(data="weight")) == [1, 4]  # no evidence counts once
    assert G.number_of_edges() == 2  # an edge to an unknown node is dropped


def test_projection_is_usable_by_any_analysis(kazakhstan_store_graph: Any) -> None:
    from graph.analysis import centrality, communities

    assert not centrality(kazakhstan_store_graph, ["pagerank"]).empty
    assert communities(kazakhstan_store_graph)["community"].min() == 1


def test_fast_edge_loading_matches_networkx(kazakhstan_graph: nx.MultiDiGraph) -> None:
    reference = nx.MultiDiGraph(**kazakhstan_graph.graph)
    reference.add_nodes_from(kazakhstan_graph.nodes(data=True))
    reference.add_edges_from(
        (u, v, k, dict(d)) for u, v, k, d in kazakhstan_graph.edges(keys=True, data=True)
    )
    assert nx.utils.graphs_equal(reference, kazakhstan_graph)
    assert sorted(reference.in_edges(keys=True)) == sorted(kazakhstan_graph.in_edges(keys=True))
    assert kazakhstan_graph.graph["size"] == (
        kazakhstan_graph.number_of_nodes(),
        kazakhstan_graph.number_of_edges(),
    )
