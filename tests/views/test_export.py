"""Exports: every format loads back with the same counts; attributes Gephi can read."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graph.export import FORMATS, export_graph, read_export
from graph.model import InputError
from graph.model.records import node_key

BAIKONUR = node_key("Facility", "Baikonur Cosmodrome")
LEASE = node_key("Agreement", "Baikonur lease")
LEASES_KEY = f"LEASES|{node_key('Country', 'Russia')}|{BAIKONUR}|"


def _target(tmp_path: Path, fmt: str) -> Path:
    return tmp_path / ("csv-export" if fmt == "csv" else f"network.{fmt}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_counts_and_attributes(
    network: nx.MultiDiGraph, tmp_path: Path, fmt: str
) -> None:
    written = export_graph(network, fmt, _target(tmp_path, fmt))
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)
    back = read_export(fmt, _target(tmp_path, fmt))
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    assert set(back.nodes) == set(network.nodes)
    node = back.nodes[BAIKONUR]
    assert node["type"] == "Facility"
    assert node["name"] == "Baikonur Cosmodrome"
    aliases = node["aliases"]
    assert (aliases if isinstance(aliases, list) else aliases.split("; ")) == [
        "Baikonur",
        "Байқоңыр",
    ]
    assert int(node["evidence_count"]) == 1
    lease = back.nodes[LEASE]
    assert (lease["status"], lease["date"], lease["end_date"]) == ("in force", "1994-03", "2050")
    edges = {k: a for _, _, k, a in back.edges(keys=True, data=True)}
    lease_edge = edges.get(LEASES_KEY) or next(
        a for a in edges.values() if a.get("id") == LEASES_KEY
    )
    assert lease_edge.get("type", lease_edge.get("relationship")) == "LEASES"
    assert lease_edge["until"] == "2050"


def test_csv_writes_nodes_and_edges_files(network: nx.MultiDiGraph, tmp_path: Path) -> None:
    written = export_graph(network, "csv", tmp_path / "out")
    assert [p.name for p in written] == ["nodes.csv", "edges.csv"]
    header = (tmp_path / "out" / "edges.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("source,target,key,type,role")


def test_graphml_attributes_are_scalar_and_typed(network: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = export_graph(network, "graphml", tmp_path / "g.graphml")[0]
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = root.findall("g:key", ns)
    assert keys
    assert {k.get("attr.type") for k in keys} <= {
        "string",
        "int",
        "long",
        "float",
        "double",
        "boolean",
    }
    names = {(k.get("for"), k.get("attr.name")) for k in keys}
    assert {("node", "type"), ("node", "label"), ("node", "aliases"), ("edge", "type")} <= names
    # One declaration per name and domain: every value has one type across the graph.
    assert len(names) == len(keys)
    # Key ids are XML ids: unique across nodes and edges (a node and an edge `type` differ).
    assert len({k.get("id") for k in keys}) == len(keys)


def test_gexf_is_valid_for_gephi(network: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = export_graph(network, "gexf", tmp_path / "g.gexf")[0]
    root = ET.parse(path).getroot()
    ns = {"x": root.tag.split("}")[0].strip("{")}
    declared = {a.get("id"): a.get("type") for a in root.iter(f"{{{ns['x']}}}attribute")}
    assert set(declared.values()) <= {"string", "long", "integer", "double", "float", "boolean"}
    used = {v.get("for") for v in root.iter(f"{{{ns['x']}}}attvalue")}
    assert used <= set(declared)
    for edge in root.iter(f"{{{ns['x']}}}edge"):
        # GEXF's own edge `type` is directed/undirected/mutual; the relationship type is an
        # attribute and the edge label.
        assert edge.get("type") in (None, "directed", "undirected", "mutual")
        assert edge.get("label") and edge.get("id")
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{{{ns['x']}}}node")}
    assert labels[BAIKONUR] == "Baikonur Cosmodrome"


def test_json_keeps_lists(network: nx.MultiDiGraph, tmp_path: Path) -> None:
    export_graph(network, "json", tmp_path / "g.json")
    back = read_export("json", tmp_path / "g.json")
    assert back.nodes[BAIKONUR]["aliases"] == ["Baikonur", "Байқоңыр"]
    assert "evidence" not in back.graph


def test_bad_targets_are_clear_errors(network: nx.MultiDiGraph, tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(InputError, match="csv export writes a folder"):
        export_graph(network, "csv", a_file)
    with pytest.raises(InputError, match="is a folder"):
        export_graph(network, "graphml", tmp_path)
    with pytest.raises(InputError, match="unknown export format 'xls'"):
        export_graph(network, "xls", tmp_path / "x.xls")
