"""Dependency, scenario and trend on small hand-built graphs whose answers are known exactly."""

from __future__ import annotations

from typing import Any

import pytest

from graph.analysis import (
    TieWeights,
    default_weights,
    dependency_trend,
    filter_graph,
    find_ties,
    herfindahl,
    partner_dependency,
    remove_partners,
)
from graph.model import InputError

# Round numbers so every expected figure can be worked out by hand.
WEIGHTS = TieWeights(
    relationship_types={"LEASES": 6, "BUILDS": 2, "COOPERATES_WITH": 2, "PARTICIPATES_IN": 1,
                        "LAUNCHES_FROM": 1, "OPERATES": 2, "FUNDS": 1},
    agreement_kinds={"lease": 6, "contract": 4, "MoU": 2, "other": 1},
    agreement_status={"in force": 1, "signed": 1, "proposed": 0.5, "unknown": 1, "expired": 0},
)  # fmt: skip


def base_nodes() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        ("c:kz", "Country", {"name": "Kazakhstan"}),
        ("c:ru", "Country", {"name": "Russia"}),
        ("c:tr", "Country", {"name": "Turkey"}),
        ("c:us", "Country", {"name": "United States"}),
        ("f:baikonur", "Facility", {"name": "Baikonur", "capabilities": ["launch_infrastructure"]}),
        ("p:baiterek", "Program", {"name": "Baiterek", "capabilities": ["launch_infrastructure"]}),
        ("p:soyuz5", "Program", {"name": "Soyuz-5", "capabilities": ["launch_vehicles"]}),
        ("o:roketsan", "Organization", {"name": "Roketsan", "country": "c:tr"}),
        ("a:lease", "Agreement", {"name": "Lease", "kind": "lease", "status": "in force"}),
    ]


def base_edges() -> list[tuple[str, str, str, dict[str, Any]]]:
    return [
        ("f:baikonur", "c:kz", "LOCATED_IN", {}),
        ("c:kz", "a:lease", "PARTY_TO", {"role": "lessor"}),
        ("c:ru", "a:lease", "PARTY_TO", {"role": "lessee"}),
        ("a:lease", "f:baikonur", "CONCERNS", {}),
        ("c:kz", "p:baiterek", "PARTICIPATES_IN", {}),
        ("p:soyuz5", "p:baiterek", "PART_OF", {}),
        ("o:roketsan", "p:soyuz5", "BUILDS", {}),
        ("c:us", "c:kz", "COOPERATES_WITH", {}),
    ]


@pytest.fixture
def graph(make_graph: Any) -> Any:
    """Russia: lease of Baikonur (6). Turkey: Roketsan builds Soyuz-5, part of Baiterek (2).
    United States: cooperation (2). Total 10: shares 0.6 / 0.2 / 0.2."""
    return make_graph(base_nodes(), base_edges())


def test_shares_and_concentration_are_exact(graph: Any) -> None:
    dep = partner_dependency(graph, "c:kz", WEIGHTS)
    shares = dict(zip(dep.partners["name"], dep.partners["share"], strict=True))
    assert shares == {"Russia": 0.6, "Turkey": 0.2, "United States": 0.2}
    # HHI = 60² + 20² + 20² = 4,400; on 0–1: 0.44; effective partners 1/0.44.
    assert dep.concentration["hhi"] == pytest.approx(4400)
    assert dep.concentration["hhi_unit"] == pytest.approx(0.44)
    assert dep.concentration["effective_partners"] == pytest.approx(1 / 0.44, abs=1e-4)
    assert dep.concentration["total_weight"] == pytest.approx(10)


def test_organisations_roll_up_and_ties_inherit_capabilities(graph: Any) -> None:
    ties, _, scope = find_ties(graph, "c:kz", WEIGHTS)
    turkey = [t for t in ties if t.partner == "c:tr"]
    assert len(turkey) == 1
    tie = turkey[0]
    assert (tie.rule, tie.via, tie.assets, tie.component) == (
        "partner_asset",
        ("o:roketsan",),
        ("p:baiterek",),
        "p:soyuz5",
    )
    assert tie.capabilities == ("launch_vehicles",)  # the component's, not the programme's
    assert scope.assets == {"f:baikonur": "f:baikonur", "p:baiterek": "p:baiterek",
                            "p:soyuz5": "p:baiterek"}  # fmt: skip
    lease = next(t for t in ties if t.rule == "agreement")
    assert lease.facts == (
        "a:lease",
        "PARTY_TO|c:kz|a:lease|lessor",
        "PARTY_TO|c:ru|a:lease|lessee",
        "CONCERNS|a:lease|f:baikonur|",
    )
    assert lease.capabilities == ("launch_infrastructure",)  # from what the agreement concerns


def test_sole_providers_by_capability_and_asset(graph: Any) -> None:
    dep = partner_dependency(graph, "c:kz", WEIGHTS)
    assert dep.sole_providers() == {"launch_vehicles": "Turkey", "launch_infrastructure": "Russia"}
    any_rows = dep.assets[dep.assets["capability"] == "(any)"]
    assert dict(zip(any_rows["asset_name"], any_rows["sole_provider"], strict=True)) == {
        "Baikonur": "Russia", "Baiterek": "Turkey"}  # fmt: skip
    untagged = dep.capabilities.set_index("capability").loc["science"]
    assert untagged["providers"] == 0 and untagged["sole_provider"] == ""


def test_a_second_provider_clears_the_sole_flag(make_graph: Any) -> None:
    nodes = [*base_nodes(), ("o:energia", "Organization", {"name": "Energia", "country": "c:ru"})]
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        *base_edges(),
        ("o:energia", "p:soyuz5", "BUILDS", {}),
    ]
    dep = partner_dependency(make_graph(nodes, edges), "c:kz", WEIGHTS)
    vehicles = dep.providers[dep.providers["capability"] == "launch_vehicles"]
    assert set(vehicles["name"]) == {"Russia", "Turkey"}
    assert not vehicles["sole_provider"].any()
    assert "launch_vehicles" not in dep.sole_providers()


def test_removing_a_partner_reports_what_breaks(graph: Any) -> None:
    scenario = remove_partners(graph, "c:kz", ["c:tr"], WEIGHTS)
    assert list(scenario.lost_capabilities["capability"]) == ["launch_vehicles"]
    assert scenario.lost_asset_capabilities[["asset_name", "capability"]].values.tolist() == [
        ["Baiterek", "launch_vehicles"]]  # fmt: skip
    assert list(scenario.unsupported_assets["asset_name"]) == ["Baiterek"]
    # After: Russia 6 / 8, United States 2 / 8 -> HHI 75² + 25² = 6,250.
    conc = scenario.concentration.set_index("measure")
    assert conc.loc["hhi", "before"] == pytest.approx(4400)
    assert conc.loc["hhi", "after"] == pytest.approx(6250)
    assert conc.loc["hhi", "change"] == pytest.approx(1850)
    shares = scenario.shares.set_index("name")
    assert shares.loc["Turkey", "share_after"] == 0
    assert shares.loc["Russia", "share_after"] == pytest.approx(0.75)
    assert shares.loc["Russia", "change_points"] == pytest.approx(15)


def test_removing_the_largest_partner(graph: Any) -> None:
    scenario = remove_partners(graph, "c:kz", ["c:ru"], WEIGHTS)
    assert list(scenario.lost_capabilities["capability"]) == ["launch_infrastructure"]
    assert list(scenario.unsupported_assets["asset_name"]) == ["Baikonur"]
    assert scenario.after.concentration["hhi"] == pytest.approx(5000)
    assert scenario.new_sole_providers.empty  # launch_vehicles was already Turkey's alone


def test_an_articulation_point_appears_when_a_partner_leaves(make_graph: Any) -> None:
    """KazCosmos reaches a trilateral contract directly and, around a cycle, through Russia.
    Without Russia, KazCosmos alone links the contract and Italy to Kazakhstan."""
    nodes = [
        ("c:kz", "Country", {"name": "Kazakhstan"}),
        ("c:ru", "Country", {"name": "Russia"}),
        ("c:it", "Country", {"name": "Italy"}),
        ("o:kazcosmos", "Organization", {"name": "KazCosmos", "country": "c:kz"}),
        ("o:reshetnev", "Organization", {"name": "Reshetnev"}),
        ("o:thales", "Organization", {"name": "Thales", "country": "c:it"}),
        ("a:contract", "Agreement", {"name": "Contract", "kind": "contract", "status": "signed"}),
    ]
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        ("o:reshetnev", "c:ru", "LOCATED_IN", {}),
        ("o:kazcosmos", "a:contract", "PARTY_TO", {}),
        ("o:reshetnev", "a:contract", "PARTY_TO", {}),
        ("o:thales", "a:contract", "PARTY_TO", {}),
        ("c:ru", "c:kz", "COOPERATES_WITH", {}),
    ]
    G = make_graph(nodes, edges)
    before = partner_dependency(G, "c:kz", WEIGHTS)
    split = {t.partner: t.weight for t in before.ties if t.rule == "agreement"}
    assert split == {"c:ru": 2.0, "c:it": 2.0}  # contract 4 split between two partners
    scenario = remove_partners(G, "c:kz", ["c:ru"], WEIGHTS, before=before)
    appeared = scenario.new_articulation_points.set_index("name")
    assert list(appeared.index) == ["KazCosmos"]
    assert appeared.loc["KazCosmos", "cut_off"] == 3  # contract, Thales, Italy
    assert appeared.loc["KazCosmos", "partners_cut_off"] == "Italy"
    full = TieWeights(WEIGHTS.relationship_types, WEIGHTS.agreement_kinds,
                      WEIGHTS.agreement_status, multilateral="full")  # fmt: skip
    whole = {t.partner: t.weight for t in find_ties(G, "c:kz", full)[0] if t.rule == "agreement"}
    assert whole == {"c:ru": 4.0, "c:it": 4.0}


def test_intergovernmental_bodies_stay_themselves_and_foreign_sites_count(make_graph: Any) -> None:
    nodes = [
        ("c:kz", "Country", {"name": "Kazakhstan"}),
        ("c:ru", "Country", {"name": "Russia"}),
        ("o:esa", "Organization", {"name": "ESA", "subtype": "intergovernmental",
                                   "capabilities": ["science"]}),
        ("f:vostochny", "Facility", {"name": "Vostochny", "country": "c:ru",
                                     "capabilities": ["launch_access"]}),
        ("p:kazsat", "Program", {"name": "KazSat"}),
    ]  # fmt: skip
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        ("c:kz", "o:esa", "PARTICIPATES_IN", {}),
        ("c:kz", "p:kazsat", "OWNS", {}),
        ("p:kazsat", "f:vostochny", "LAUNCHES_FROM", {}),
    ]
    ties, _, _ = find_ties(make_graph(nodes, edges), "c:kz", WEIGHTS)
    found = {(t.partner, t.rule, t.focal_parties, t.capabilities) for t in ties}
    assert found == {
        ("o:esa", "foreign_asset", ("c:kz",), ("science",)),
        ("c:ru", "foreign_asset", ("p:kazsat",), ("launch_access",)),
    }


def test_facts_with_no_known_country_are_listed_not_counted(make_graph: Any) -> None:
    nodes = [*base_nodes(), ("o:mystery", "Organization", {"name": "Mystery Ltd"})]
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        *base_edges(),
        ("o:mystery", "f:baikonur", "OPERATES", {}),
    ]
    dep = partner_dependency(make_graph(nodes, edges), "c:kz", WEIGHTS)
    assert [(u.entity, u.rule) for u in dep.unattributed] == [("o:mystery", "partner_asset")]
    assert dep.concentration["total_weight"] == pytest.approx(10)


def test_default_weights_rank_binding_agreements_above_proposals(make_graph: Any) -> None:
    weights = default_weights()
    assert weights.agreement("lease", "in force")[0] > weights.agreement("MoU", "proposed")[0]
    assert (
        weights.agreement("intergovernmental agreement", "in force")[0]
        > weights.agreement("MoU", "proposed")[0]
    )
    nodes = [
        ("c:kz", "Country", {"name": "Kazakhstan"}),
        ("c:ru", "Country", {"name": "Russia"}),
        ("c:tr", "Country", {"name": "Turkey"}),
        ("a:lease", "Agreement", {"kind": "lease", "status": "in force"}),
        ("a:mou", "Agreement", {"kind": "MoU", "status": "proposed"}),
    ]
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        ("c:kz", "a:lease", "PARTY_TO", {}), ("c:ru", "a:lease", "PARTY_TO", {}),
        ("c:kz", "a:mou", "PARTY_TO", {}), ("c:tr", "a:mou", "PARTY_TO", {}),
    ]  # fmt: skip
    dep = partner_dependency(make_graph(nodes, edges), "c:kz")
    assert list(dep.partners["name"]) == ["Russia", "Turkey"]
    assert dep.partners["weight"].tolist() == [3.0, 0.3]


def test_as_of_view_and_trend_agree(make_graph: Any) -> None:
    nodes = [
        ("c:kz", "Country", {"name": "Kazakhstan"}),
        ("c:ru", "Country", {"name": "Russia"}),
        ("c:cn", "Country", {"name": "China"}),
        ("a:old", "Agreement", {"kind": "lease", "status": "in force", "date": "2004",
                                "end_date": "2014-06"}),
        ("a:new", "Agreement", {"kind": "MoU", "status": "signed", "date": "2012-03-01"}),
    ]  # fmt: skip
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        ("c:kz", "a:old", "PARTY_TO", {}), ("c:ru", "a:old", "PARTY_TO", {}),
        ("c:kz", "a:new", "PARTY_TO", {}), ("c:cn", "a:new", "PARTY_TO", {}),
    ]  # fmt: skip
    G = make_graph(nodes, edges)
    shares_at = {}
    for year in (2010, 2013, 2015):
        dep = partner_dependency(filter_graph(G, as_of=str(year)), "c:kz", WEIGHTS)
        shares_at[year] = dict(zip(dep.partners["name"], dep.partners["share"], strict=True))
    assert shares_at[2010] == {"Russia": 1.0}
    assert shares_at[2013] == {"Russia": 0.75, "China": 0.25}  # lease 6, MoU 2 × signed 1
    assert shares_at[2015] == {"China": 1.0}  # the lease ended in June 2014
    ties = find_ties(G, "c:kz", WEIGHTS)[0]
    trend = dependency_trend(G, ties)
    assert trend.summary["year"].tolist() == list(range(2004, 2013))
    by_year = trend.shares.pivot(index="year", columns="name", values="share").fillna(0)
    assert by_year.loc[2010].to_dict() == {"China": 0.0, "Russia": 1.0}
    assert by_year.loc[2012].to_dict() == {"China": 0.25, "Russia": 0.75}
    assert trend.summary.set_index("year").loc[2012, "agreements_new"] == 1
    later = dependency_trend(G, ties, until=2015).summary.set_index("year")
    assert later.loc[2015, "top_partner"] == "China"
    assert later.loc[2015, "agreements_in_force"] == 1


def test_herfindahl_extremes() -> None:
    assert herfindahl({"a": 1, "b": 1, "c": 1, "d": 1})["effective_partners"] == pytest.approx(4)
    assert herfindahl({"a": 2, "b": 0})["hhi"] == 10_000  # a zero weight is no partner
    assert herfindahl({})["partners"] == 0


def test_scenario_rejects_unknown_partner_and_the_focal_country(graph: Any) -> None:
    with pytest.raises(InputError, match="not in the graph"):
        remove_partners(graph, "c:kz", ["c:fr"], WEIGHTS)
    with pytest.raises(InputError, match="focal country"):
        remove_partners(graph, "c:kz", ["c:kz"], WEIGHTS)


def test_an_expired_agreement_counts_while_it_was_in_force(make_graph: Any) -> None:
    nodes = [
        ("c:kz", "Country", {"name": "Kazakhstan"}),
        ("c:by", "Country", {"name": "Belarus"}),
        ("a:iga", "Agreement", {"kind": "lease", "status": "expired", "date": "2006",
                                "end_date": "2016"}),
    ]  # fmt: skip
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        ("c:kz", "a:iga", "PARTY_TO", {}),
        ("c:by", "a:iga", "PARTY_TO", {}),
    ]
    G = make_graph(nodes, edges)
    assert partner_dependency(G, "c:kz", WEIGHTS).concentration["total_weight"] == 0
    then = partner_dependency(filter_graph(G, as_of="2010"), "c:kz", WEIGHTS)
    assert then.concentration["total_weight"] == 6  # lease 6 × in force 1
    assert filter_graph(G, as_of="2017").number_of_nodes() == 2  # ended: gone
    trend = dependency_trend(G, find_ties(G, "c:kz", WEIGHTS)[0], until=2017)
    weights = trend.summary.set_index("year")["total_weight"]
    assert weights[2010] == 6 and weights[2016] == 6 and weights[2017] == 0


def test_scenario_equals_the_dependency_of_the_graph_without_the_partner(
    kazakhstan_graph: Any,
) -> None:
    from graph.analysis import Attribution, without_partners

    focal, russia = "country:kazakhstan", "country:russia"
    scenario = remove_partners(kazakhstan_graph, focal, [russia])
    reduced = without_partners(kazakhstan_graph, [russia], Attribution(kazakhstan_graph))
    assert russia not in reduced and "organization:iss-reshetnev" not in reduced
    direct = partner_dependency(reduced, focal)
    assert scenario.after.partners.to_dict("records") == direct.partners.to_dict("records")
    assert scenario.after.assets.to_dict("records") == direct.assets.to_dict("records")
    assert [t.facts for t in scenario.after.ties] == [t.facts for t in direct.ties]


def test_a_simple_graph_is_refused_with_a_clear_error() -> None:
    import networkx as nx

    with pytest.raises(InputError, match="MultiDiGraph"):
        partner_dependency(nx.Graph([("c:kz", "c:ru")]), "c:kz")
