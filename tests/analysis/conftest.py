"""Hand-built graphs for the analysis tests.

`kazakhstan_extractions()` writes, as records, a small version of Kazakhstan's space
cooperation: a Russian lease of Baikonur, the Baiterek project with Russia building its
Soyuz-5 rocket, a satellite contract with Russian and Italian firms, a proposed Turkish MoU,
company agreements with Singapore and South Korea, and a few cooperation statements.
Sentences are written for the tests; capabilities stand in for the catalogue's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.analysis import build_graph, project
from graph.model import Document, Evidence, Extraction, Node, NodeRef, Relationship
from graph.model.records import node_key
from graph.stores.embedded import EmbeddedStore

COUNTRIES = {
    "Kazakhstan": "KZ", "Russia": "RU", "Turkey": "TR", "Italy": "IT", "Singapore": "SG",
    "South Korea": "KR", "China": "CN", "Belarus": "BY",
}  # fmt: skip
ORGANIZATIONS = [
    # name, subtype, country
    ("KazCosmos", "agency", "Kazakhstan"),
    ("Kazakhstan Garysh Sapary", "company", "Kazakhstan"),
    ("Al-Farabi Kazakh National University", "university", "Kazakhstan"),
    ("Roscosmos", "agency", "Russia"),
    ("ISS-Reshetnev", "company", "Russia"),
    ("Thales Alenia Space", "company", "Italy"),
    ("ORBVIEW PTE", "company", "Singapore"),
    ("Nara Space", "company", "South Korea"),
    ("Northwestern Polytechnical University", "university", "China"),
    ("Shanghai Cooperation Organisation", "intergovernmental", None),
]
FACILITIES = [
    ("Baikonur Cosmodrome", "Kazakhstan", ["launch_infrastructure", "launch_access"]),
    ("Baiterek space complex", None, ["launch_infrastructure"]),
    ("Vostochny Cosmodrome", "Russia", ["launch_infrastructure", "launch_access"]),
]
PROGRAMS = [
    ("Baiterek project", ["launch_vehicles", "launch_infrastructure"]),
    ("Soyuz-5", ["launch_vehicles"]),
    ("KazSat-3", ["telecommunications", "satellite_manufacturing"]),
    ("KazEOSat-2", ["earth_observation"]),
]
AGREEMENTS: list[dict[str, Any]] = [
    {"name": "Baikonur Cosmodrome lease", "kind": "lease", "status": "in force",
     "date": "1994", "end_date": "2050", "parties": ["Country:Kazakhstan", "Country:Russia"],
     "about": ["Facility:Baikonur Cosmodrome"]},
    {"name": "Baiterek intergovernmental agreement", "kind": "intergovernmental agreement",
     "status": "in force", "date": "2004-12-22",
     "parties": ["Country:Kazakhstan", "Country:Russia"], "about": ["Program:Baiterek project"]},
    {"name": "KazSat-3 contract", "kind": "contract", "status": "signed", "date": "2011",
     "parties": ["Organization:KazCosmos", "Organization:ISS-Reshetnev",
                 "Organization:Thales Alenia Space"], "about": ["Program:KazSat-3"]},
    {"name": "Kazakhstan-Turkey launch MoU", "kind": "MoU", "status": "proposed",
     "parties": ["Country:Kazakhstan", "Country:Turkey"],
     "about": ["Facility:Baikonur Cosmodrome"], "capabilities": ["launch_access"]},
    {"name": "Garysh Sapary-ORBVIEW agreement", "kind": "other", "status": "signed",
     "parties": ["Organization:Kazakhstan Garysh Sapary", "Organization:ORBVIEW PTE"],
     "capabilities": ["earth_observation"]},
    {"name": "Garysh Sapary-Nara Space agreement", "kind": "other", "status": "signed",
     "parties": ["Organization:Kazakhstan Garysh Sapary", "Organization:Nara Space"]},
    {"name": "Kazakhstan-Belarus space agreement", "kind": "intergovernmental agreement",
     "status": "expired", "date": "2006", "end_date": "2016",
     "parties": ["Country:Kazakhstan", "Country:Belarus"], "capabilities": ["science"]},
]  # fmt: skip
RELATIONS = [
    # type, source, target, document
    ("LEASES", "Country:Russia", "Facility:Baikonur Cosmodrome", "a"),
    ("LAUNCHES_FROM", "Country:Russia", "Facility:Baikonur Cosmodrome", "b"),
    ("PARTICIPATES_IN", "Country:Kazakhstan", "Program:Baiterek project", "b"),
    ("PARTICIPATES_IN", "Country:Russia", "Program:Baiterek project", "b"),
    ("BUILDS", "Country:Russia", "Program:Soyuz-5", "b"),
    ("PART_OF", "Program:Soyuz-5", "Program:Baiterek project", "b"),
    ("LAUNCHES_FROM", "Program:Soyuz-5", "Facility:Baiterek space complex", "b"),
    ("LOCATED_IN", "Facility:Baiterek space complex", "Facility:Baikonur Cosmodrome", "b"),
    ("COOPERATES_WITH", "Country:Russia", "Country:Kazakhstan", "a"),
    ("COOPERATES_WITH", "Country:Singapore", "Country:Kazakhstan", "c"),
    ("COOPERATES_WITH", "Country:South Korea", "Country:Kazakhstan", "c"),
    ("OWNS", "Country:Kazakhstan", "Program:KazSat-3", "c"),
    ("OWNS", "Country:Kazakhstan", "Program:KazEOSat-2", "c"),
    ("BUILDS", "Organization:Thales Alenia Space", "Program:KazSat-3", "c"),
    ("BUILDS", "Organization:ISS-Reshetnev", "Program:KazSat-3", "c"),
    ("PARTICIPATES_IN", "Country:Kazakhstan", "Organization:Shanghai Cooperation Organisation",
     "c"),
    ("COOPERATES_WITH", "Organization:Al-Farabi Kazakh National University",
     "Organization:Northwestern Polytechnical University", "c"),
]  # fmt: skip
DOCUMENTS = {
    "a": Document("a.txt", title="Lease story", published="2019-03-01"),
    "b": Document("b.txt", title="Baiterek story"),  # undated on purpose
    "c": Document("c.txt", title="Programme overview", published="2025-05-23"),
}


def _ref(spec: str) -> NodeRef:
    label, name = spec.split(":", 1)
    return NodeRef(label, node_key(label, name))


def _evidence(doc: str, fact: str) -> Evidence:
    sentence = f"Test sentence stating that {fact}."
    return Evidence(DOCUMENTS[doc].doc_id, sentence, 0, len(sentence), "test")


def kazakhstan_extractions() -> list[Extraction]:
    """The hand-built records, one extraction per document (entities go with the first)."""
    entities: list[Node] = []
    for name, iso2 in COUNTRIES.items():
        entities.append(Node("Country", node_key("Country", name), {"name": name, "iso2": iso2}))
    for name, subtype, country in ORGANIZATIONS:
        props: dict[str, Any] = {"name": name, "subtype": subtype}
        if country:
            props["country"] = node_key("Country", country)
        entities.append(Node("Organization", node_key("Organization", name), props))
    for name, country, caps in FACILITIES:
        props = {"name": name, "capabilities": caps}
        if country:
            props["country"] = node_key("Country", country)
        entities.append(Node("Facility", node_key("Facility", name), props))
    for name, caps in PROGRAMS:
        entities.append(
            Node("Program", node_key("Program", name), {"name": name, "capabilities": caps})
        )
    rels: dict[str, list[Relationship]] = {"a": [], "b": [], "c": []}
    agreement_doc = "c"
    for spec in AGREEMENTS:
        key = node_key("Agreement", spec["name"])
        props = {k: spec[k] for k in ("name", "kind", "status", "date", "end_date",
                                      "capabilities") if k in spec}  # fmt: skip
        entities.append(
            Node("Agreement", key, props, [_evidence(agreement_doc, f"{spec['name']} exists")])
        )
        for party in spec["parties"]:
            rels[agreement_doc].append(
                Relationship("PARTY_TO", _ref(party), NodeRef("Agreement", key), {},
                             [_evidence(agreement_doc, f"{party} is party to {spec['name']}")])
            )  # fmt: skip
        for about in spec.get("about", []):
            rels[agreement_doc].append(
                Relationship("CONCERNS", NodeRef("Agreement", key), _ref(about), {},
                             [_evidence(agreement_doc, f"{spec['name']} concerns {about}")])
            )  # fmt: skip
    for rel_type, source, target, doc in RELATIONS:
        props = {"until": "2050"} if rel_type == "LEASES" else {}
        rels[doc].append(
            Relationship(rel_type, _ref(source), _ref(target), props,
                         [_evidence(doc, f"{source} {rel_type} {target}")])
        )  # fmt: skip
    claims = [
        Node("Claim", "claim:cadence-b", {"name": "cadence", "subject": node_key(
            "Facility", "Baiterek space complex"), "attribute": "launch cadence from 2028",
            "value": "four per year", "doc_id": "b.txt"}, [_evidence("b", "four a year")]),
        Node("Claim", "claim:cadence-c", {"name": "cadence", "subject": node_key(
            "Facility", "Baiterek space complex"), "attribute": "launch cadence from 2028",
            "value": "six to eight per year <b>", "doc_id": "c.txt"},
            [_evidence("c", "six to <eight> a year")]),
    ]  # fmt: skip
    out = []
    for doc, relationships in rels.items():
        used = {r.source.key for r in relationships} | {r.target.key for r in relationships}
        nodes = [n for n in entities if n.key in used or doc == "c"]
        nodes += [c for c in claims if c.properties["doc_id"] == DOCUMENTS[doc].doc_id]
        out.append(Extraction(DOCUMENTS[doc], nodes, relationships))
    return out


def graph_from_extractions(extractions: list[Extraction]) -> nx.MultiDiGraph:
    """The projection of some records without a store (what a store would return)."""
    nodes: dict[str, dict[str, Any]] = {}
    rels: dict[str, dict[str, Any]] = {}
    evidence: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for ex in extractions:
        documents.append({"key": ex.document.doc_id, "title": ex.document.title,
                          "published": ex.document.published})  # fmt: skip
        for node in ex.nodes:
            target = claims if node.label == "Claim" else None
            record = {"label": node.label, "key": node.key, **node.properties}
            if target is not None:
                claims.append(record)
            else:
                nodes.setdefault(node.key, record)
            for ev in node.evidence:
                evidence.append({"fact_key": node.key, "doc_id": ev.doc_id,
                                 "sentence": ev.sentence, "rule": ev.rule})  # fmt: skip
        for rel in ex.relationships:
            rels[rel.key] = {"type": rel.type, "source": rel.source.key,
                             "target": rel.target.key, "key": rel.key,
                             "evidence_count": len(rel.evidence), **rel.properties}  # fmt: skip
            for ev in rel.evidence:
                evidence.append({"fact_key": rel.key, "doc_id": ev.doc_id,
                                 "sentence": ev.sentence, "rule": ev.rule})  # fmt: skip
    return build_graph(nodes.values(), rels.values(), evidence, documents, claims)


@pytest.fixture
def kazakhstan_records() -> list[Extraction]:
    """The hand-built records (fresh objects for each test)."""
    return kazakhstan_extractions()


@pytest.fixture(scope="session")
def kazakhstan_graph() -> nx.MultiDiGraph:
    """The hand-built records projected without a store."""
    return graph_from_extractions(kazakhstan_extractions())


@pytest.fixture(scope="session")
def kazakhstan_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The hand-built records written to an embedded store (read-only use)."""
    store = EmbeddedStore(Path(tmp_path_factory.mktemp("kz")) / "db")
    store.write(kazakhstan_extractions())
    yield store
    store.close()


@pytest.fixture(scope="session")
def kazakhstan_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the hand-built records, for commands run with --data-dir."""
    folder = Path(tmp_path_factory.mktemp("kz-cli")) / "db"
    with EmbeddedStore(folder) as store:
        store.write(kazakhstan_extractions())
    return folder


@pytest.fixture(scope="session")
def kazakhstan_store_graph(kazakhstan_store: EmbeddedStore) -> nx.MultiDiGraph:
    """The hand-built records projected from the embedded store."""
    return project(kazakhstan_store)


def small_graph(
    nodes: list[tuple[str, str, dict[str, Any]]],
    edges: list[tuple[str, str, str, dict[str, Any]]],
) -> nx.MultiDiGraph:
    """A projection written by hand: (key, label, properties) and (source, target, type,
    properties); edge keys follow the store's `type|source|target|role`."""
    G = nx.MultiDiGraph()
    G.graph.update(evidence={}, documents={}, claims=[], as_of=None, excluded={})
    for key, label, props in nodes:
        G.add_node(key, label=label, name=props.pop("name", key), **props)
    for source, target, rel_type, props in edges:
        key = f"{rel_type}|{source}|{target}|{props.get('role', '')}"
        G.add_edge(source, target, key, type=rel_type, weight=1, **props)
    return G


@pytest.fixture
def make_graph() -> Any:
    """The `small_graph` builder."""
    return small_graph
