"""Narrowing the view: neighbourhoods, countries, types, statuses, dates."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.model import InputError
from graph.model.records import node_key
from graph.views import ViewFilter, apply_filters, find_node

BAIKONUR = node_key("Facility", "Baikonur Cosmodrome")
KAZAKHSTAN = node_key("Country", "Kazakhstan")


def test_focus_keeps_the_neighbourhood(network: nx.MultiDiGraph) -> None:
    one = apply_filters(network, ViewFilter(focus="Baikonur", depth=1))
    expected = {BAIKONUR} | set(network.predecessors(BAIKONUR)) | set(network.successors(BAIKONUR))
    assert set(one) == expected
    two = apply_filters(network, ViewFilter(focus="Baikonur", depth=2))
    assert set(one) < set(two) < set(network)
    assert set(apply_filters(network, ViewFilter(focus="Baikonur", depth=0))) == {BAIKONUR}


def test_focus_matches_names_aliases_and_keys_ignoring_case_and_accents(
    network: nx.MultiDiGraph,
) -> None:
    assert find_node(network, "baikonur cosmodrome") == BAIKONUR
    assert find_node(network, "Байқоңыр") == BAIKONUR
    assert find_node(network, BAIKONUR) == BAIKONUR
    assert find_node(network, "Turkiye") == node_key("Country", "Turkey")
    assert find_node(network, "alcantara launch center") == node_key(
        "Facility", "Alcântara Launch Center"
    )


def test_unknown_focus_is_a_clear_error_with_suggestions(network: nx.MultiDiGraph) -> None:
    with pytest.raises(
        InputError, match=r"no node named 'Baikonurr'.*did you mean 'Baikonur Cosmodrome'"
    ):
        apply_filters(network, ViewFilter(focus="Baikonurr"))


def test_country_keeps_what_is_located_there_and_its_ties(network: nx.MultiDiGraph) -> None:
    kept = set(apply_filters(network, ViewFilter(countries=("KZ",))))
    assert {KAZAKHSTAN, BAIKONUR, node_key("Organization", "Kazcosmos")} <= kept
    assert node_key("Country", "Russia") in kept  # leases Baikonur
    assert node_key("Country", "Japan") not in kept
    with pytest.raises(InputError, match="no country named 'Atlantis'"):
        apply_filters(network, ViewFilter(countries=("Atlantis",)))


def test_types_statuses_and_dates_follow_the_analyses(network: nx.MultiDiGraph) -> None:
    countries = apply_filters(network, ViewFilter(types=("Country",)))
    assert {a["label"] for _, a in countries.nodes(data=True)} == {"Country"}
    proposed = apply_filters(network, ViewFilter(statuses=("proposed",)))
    agreements = [n for n, a in proposed.nodes(data=True) if a["label"] == "Agreement"]
    assert agreements == [node_key("Agreement", "UAE–Kazakhstan cooperation MoU")]
    in_2010 = apply_filters(network, ViewFilter(as_of="2010"))
    assert node_key("Agreement", "Baikonur lease") in in_2010
    assert node_key("Agreement", "Alcântara technology safeguards agreement") not in in_2010
    assert node_key("Agreement", "Soyuz at Kourou agreement") in in_2010
    assert node_key("Agreement", "Soyuz at Kourou agreement") not in apply_filters(
        network, ViewFilter(as_of="2023")
    )


def test_filtered_graph_is_a_copy_that_keeps_evidence(network: nx.MultiDiGraph) -> None:
    small = apply_filters(network, ViewFilter(focus="Baikonur", depth=1))
    small.nodes[BAIKONUR]["name"] = "changed"
    assert network.nodes[BAIKONUR]["name"] == "Baikonur Cosmodrome"
    assert BAIKONUR in small.graph["evidence"]


def test_bad_date_is_a_clear_error(network: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="--as-of '31/12/2020' is not a date"):
        apply_filters(network, ViewFilter(as_of="31/12/2020"))


def test_describe_summarises_the_filter() -> None:
    text = ViewFilter(focus="Baikonur", depth=2, statuses=("in force",), as_of="2020").describe()
    assert text == "around Baikonur (depth 2); status: in force; as of 2020"
