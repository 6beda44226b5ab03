"""The page as text: self-contained, escaped, styled from the model, bounded physics."""

from __future__ import annotations

import json
import re
from typing import Any

import networkx as nx
import pytest
from pyvis.network import Network

from benchmarks.synthetic import synthetic_graph
from graph.model import load_model
from graph.model.records import node_key
from graph.views import render_html
from graph.views.page import ASSETS, vis_assets
from graph.views.render import build_network
from graph.views.style import load_style
from tests.views.sample_network import HOSTILE_NAME, HOSTILE_SENTENCE, HOSTILE_TITLE

_DATA = re.compile(r'<script type="application/json" id="sg-data">(.*?)</script>', re.S)


def payload(page: str) -> dict[str, Any]:
    match = _DATA.search(page)
    assert match, "page carries no data block"
    return json.loads(match.group(1))


@pytest.fixture
def page(network: nx.MultiDiGraph) -> str:
    return render_html(network, title="Sample")


def test_page_loads_nothing_from_anywhere(page: str) -> None:
    # No external script, stylesheet, image or font reference; no Bootstrap at all.
    assert not re.search(
        r"<(script|link|img|iframe)[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I
    )
    assert not re.search(r"url\(\s*[\"']?(https?:)?//", page, re.I)
    assert "bootstrap" not in page.lower()
    assert "default-src 'none'" in page
    assert page.count("</script>") == 3  # data, vis-network, the view
    assert "sourceMappingURL" not in page  # DevTools would go looking for the map


def test_vis_network_is_inlined_from_pyvis(page: str) -> None:
    assets = vis_assets()
    assert assets.js in page
    assert assets.css in page
    assert f"vis-network {assets.version}" in page


def test_text_from_documents_never_appears_as_markup(page: str) -> None:
    for hostile in (HOSTILE_NAME, HOSTILE_SENTENCE, HOSTILE_TITLE, "<script>alert(2)"):
        assert hostile not in page
    data = payload(page)
    names = {n["name"] for n in data["nodes"]}
    assert HOSTILE_NAME in names  # the JSON carries it intact, escaped for the script block
    evidence = [e for n in data["nodes"] for e in n.get("evidence", [])]
    assert [HOSTILE_SENTENCE, "002_markup.txt"] in evidence
    assert data["meta"]["documents"]["002_markup.txt"] == HOSTILE_TITLE


def test_title_is_escaped(network: nx.MultiDiGraph) -> None:
    page = render_html(network, title="<b>Ops</b> & plans")
    assert "<title>&lt;b&gt;Ops&lt;/b&gt; &amp; plans</title>" in page


def test_view_script_has_no_html_sinks() -> None:
    script = (ASSETS / "view.js").read_text(encoding="utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "title:",
    ):
        assert sink not in script


def test_nodes_take_colour_and_shape_from_the_model(page: str) -> None:
    model = load_model()
    data = payload(page)
    groups = data["options"]["groups"]
    for label, spec in model.nodes.items():
        assert groups[label]["shape"] == spec.style["shape"]
        assert groups[label]["color"]["background"] == spec.style["color"]
    for node in data["nodes"]:
        assert node["group"] == node["kind"]
        assert node["shape"] == model.nodes[node["kind"]].style["shape"]
    assert {k["kind"]: k["count"] for k in data["meta"]["legend"]["kinds"]} == {
        "Country": 11,
        "Organization": 15,
        "Facility": 7,
        "Program": 8,
        "Agreement": 8,
        "Person": 1,
    }


def test_agreements_and_their_edges_are_styled_by_status(page: str) -> None:
    data = payload(page)
    style = load_style()
    nodes = {n["id"]: n for n in data["nodes"]}
    expired = nodes[node_key("Agreement", "Soyuz at Kourou agreement")]
    proposed = nodes[node_key("Agreement", "UAE–Kazakhstan cooperation MoU")]
    in_force = nodes[node_key("Agreement", "Baikonur lease")]
    assert expired["color"]["background"] == style.statuses["expired"].color
    assert proposed["shapeProperties"]["borderDashes"] == style.statuses["proposed"].dashes
    assert in_force["shapeProperties"]["borderDashes"] is False and "color" not in in_force

    def edges_to(agreement: dict[str, Any]) -> list[dict[str, Any]]:
        return [e for e in data["edges"] if agreement["id"] in (e["from"], e["to"])]

    assert all(e["color"]["color"] == style.statuses["expired"].color for e in edges_to(expired))
    assert all(e["dashes"] == style.statuses["proposed"].dashes for e in edges_to(proposed))
    assert all("dashes" not in e for e in edges_to(in_force))
    assert {s["status"] for s in data["meta"]["legend"]["statuses"]} == {
        "in force",
        "signed",
        "proposed",
        "under review",
        "planned",
        "expired",
    }


def test_edges_are_labelled_by_relationship_type(page: str) -> None:
    data = payload(page)
    labels = {(e["type"], e["label"]) for e in data["edges"]}
    assert ("PARTY_TO", "party to (lessee)") in labels
    assert ("LAUNCHES_FROM", "launches from") in labels
    assert all(e["arrows"] == "to" for e in data["edges"])


def test_tooltip_data_has_type_aliases_and_evidence(page: str) -> None:
    data = payload(page)
    baikonur = next(
        n for n in data["nodes"] if n["id"] == node_key("Facility", "Baikonur Cosmodrome")
    )
    assert baikonur["kind"] == "Facility"
    assert baikonur["aliases"] == ["Baikonur", "Байқоңыр"]
    assert baikonur["country_name"] == "Kazakhstan"
    assert baikonur["evidence"] == [
        ["Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050.", "001_network.txt"]
    ]
    assert data["meta"]["documents"]["001_network.txt"] == "Space cooperation digest"
    assert "title" not in baikonur  # vis-network would render it; the page builds its own


@pytest.mark.parametrize("metric", ["degree", "betweenness", "pagerank"])
def test_size_follows_the_chosen_centrality(network: nx.MultiDiGraph, metric: str) -> None:
    data = payload(render_html(network, size_by=metric))
    values = {n["id"]: n["value"] for n in data["nodes"]}
    assert max(values.values()) == 1.0
    top = max(values, key=lambda k: values[k])
    assert top in {
        node_key("Organization", "Roscosmos"),
        node_key("Organization", "Kazcosmos"),
        node_key("Country", "Kazakhstan"),
        node_key("Facility", "Baikonur Cosmodrome"),
    }
    assert data["meta"]["size_by"] == metric


def test_sizes_differ_between_metrics(network: nx.MultiDiGraph) -> None:
    sizes = {
        metric: {
            n["id"]: n["value"] for n in payload(render_html(network, size_by=metric))["nodes"]
        }
        for metric in ("degree", "betweenness")
    }
    assert sizes["degree"] != sizes["betweenness"]


def test_physics_is_bounded_and_scaled_to_the_graph(network: nx.MultiDiGraph) -> None:
    small = payload(render_html(network))["options"]
    big = payload(render_html(synthetic_graph(2000)))["options"]
    physics = load_style().physics
    for options in (small, big):
        iterations = options["physics"]["stabilization"]["iterations"]
        assert physics["iterations_min"] <= iterations <= physics["iterations_max"]
    assert (
        big["physics"]["stabilization"]["iterations"]
        < small["physics"]["stabilization"]["iterations"]
    )
    assert small["layout"]["improvedLayout"] is True
    assert big["layout"]["improvedLayout"] is False
    assert big["edges"]["smooth"] is False
    solver = physics["solver"]
    assert small["physics"][solver]["avoidOverlap"] > 0
    assert big["physics"][solver]["avoidOverlap"] == 0
    assert big["interaction"]["hideEdgesOnDrag"] is True


def test_empty_graph_renders_without_physics() -> None:
    data = payload(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["options"]["physics"]["enabled"] is False


def test_the_network_is_built_with_pyvis(network: nx.MultiDiGraph) -> None:
    net = build_network(network)
    assert isinstance(net, Network)
    assert net.num_nodes() == network.number_of_nodes()
    assert net.num_edges() == network.number_of_edges()
