"""The view from a real store, on both backends: same nodes, same evidence in the page."""

from __future__ import annotations

import json
import re

from graph.analysis.projection import project
from graph.model.records import node_key
from graph.stores.base import Store
from graph.views import render_html
from tests.views.sample_network import HOSTILE_SENTENCE, sample_extractions, sample_graph

_DATA = re.compile(r'<script type="application/json" id="sg-data">(.*?)</script>', re.S)


def test_page_from_store_matches_the_records(store: Store) -> None:
    store.write(sample_extractions())
    graph = project(store)
    expected = sample_graph()
    assert graph.number_of_nodes() == expected.number_of_nodes()
    assert graph.number_of_edges() == expected.number_of_edges()
    match = _DATA.search(render_html(graph))
    assert match
    data = json.loads(match.group(1))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(expected.nodes)
    baikonur = nodes[node_key("Facility", "Baikonur Cosmodrome")]
    assert baikonur["evidence"] == [
        ["Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050.", "001_network.txt"]
    ]
    assert baikonur["aliases"] == ["Baikonur", "Байқоңыр"]
    lease = nodes[node_key("Agreement", "Baikonur lease")]
    assert (lease["status"], lease["date"], lease["end_date"]) == ("in force", "1994-03", "2050")
    assert data["meta"]["documents"] == {
        "001_network.txt": "Space cooperation digest",
        "002_markup.txt": "<i>Markup</i> in a title & more",
    }
    sentences = {e[0] for n in data["nodes"] for e in n.get("evidence", [])}
    assert HOSTILE_SENTENCE in sentences
    edge_evidence = next(e for e in data["edges"] if e["type"] == "LEASES")["evidence"]
    assert edge_evidence == [
        ["Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050.", "001_network.txt"]
    ]
