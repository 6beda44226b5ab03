"""A small, hand-written network of space cooperation for view and export tests.

Sentences are written for these tests. One organisation carries a hostile name and one
evidence sentence and one document title carry markup, to prove the page shows them as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.analysis.projection import build_graph
from graph.model import Document, Evidence, Extraction, Node, NodeRef, Relationship
from graph.model.records import node_key

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = "<script>alert(2)</script> The consortium <b>signed</b> nothing."
HOSTILE_TITLE = "<i>Markup</i> in a title & more"

# label, name, extra properties
_NODES: list[tuple[str, str, dict[str, Any]]] = [
    ("Country", "Kazakhstan", {"aliases": ["Kazakh", "Қазақстан"], "iso2": "KZ", "iso3": "KAZ"}),
    ("Country", "Russia", {"aliases": ["Russian Federation"], "iso2": "RU", "iso3": "RUS"}),
    ("Country", "France", {"iso2": "FR", "iso3": "FRA"}),
    ("Country", "United States", {"aliases": ["USA", "US"], "iso2": "US", "iso3": "USA"}),
    ("Country", "Turkey", {"aliases": ["Türkiye", "Turkish"], "iso2": "TR", "iso3": "TUR"}),
    ("Country", "Brazil", {"iso2": "BR", "iso3": "BRA"}),
    ("Country", "Japan", {"iso2": "JP", "iso3": "JPN"}),
    ("Country", "India", {"iso2": "IN", "iso3": "IND"}),
    ("Country", "United Arab Emirates", {"aliases": ["UAE"], "iso2": "AE", "iso3": "ARE"}),
    ("Country", "Egypt", {"iso2": "EG", "iso3": "EGY"}),
    ("Country", "China", {"iso2": "CN", "iso3": "CHN"}),
    (
        "Organization",
        "Roscosmos",
        {"subtype": "agency", "aliases": ["Роскосмос"], "country": "country:russia"},
    ),
    ("Organization", "Kazcosmos", {"subtype": "agency", "country": "country:kazakhstan"}),
    ("Organization", "CNES", {"subtype": "agency", "country": "country:france"}),
    ("Organization", "NASA", {"subtype": "agency", "country": "country:united-states"}),
    (
        "Organization",
        "Turkish Space Agency",
        {"subtype": "agency", "aliases": ["TUA"], "country": "country:turkey"},
    ),
    (
        "Organization",
        "Brazilian Space Agency",
        {"subtype": "agency", "aliases": ["AEB"], "country": "country:brazil"},
    ),
    ("Organization", "JAXA", {"subtype": "agency", "country": "country:japan"}),
    ("Organization", "ISRO", {"subtype": "agency", "country": "country:india"}),
    (
        "Organization",
        "UAE Space Agency",
        {"subtype": "agency", "country": "country:united-arab-emirates"},
    ),
    (
        "Organization",
        "Egyptian Space Agency",
        {"subtype": "agency", "aliases": ["EgSA"], "country": "country:egypt"},
    ),
    ("Organization", "CNSA", {"subtype": "agency", "country": "country:china"}),
    ("Organization", "Arianespace", {"subtype": "company", "country": "country:france"}),
    ("Organization", "SpaceX", {"subtype": "company", "country": "country:united-states"}),
    ("Organization", "Baiterek JSC", {"subtype": "joint venture", "country": "country:kazakhstan"}),
    ("Organization", HOSTILE_NAME, {"subtype": "company"}),
    (
        "Facility",
        "Baikonur Cosmodrome",
        {
            "subtype": "cosmodrome",
            "aliases": ["Baikonur", "Байқоңыр"],
            "country": "country:kazakhstan",
        },
    ),
    ("Facility", "Vostochny Cosmodrome", {"subtype": "cosmodrome", "country": "country:russia"}),
    (
        "Facility",
        "Guiana Space Centre",
        {"subtype": "spaceport", "aliases": ["Kourou"], "country": "country:france"},
    ),
    (
        "Facility",
        "Alcântara Launch Center",
        {"subtype": "launch site", "aliases": ["Alcantara"], "country": "country:brazil"},
    ),
    (
        "Facility",
        "Tanegashima Space Center",
        {"subtype": "launch site", "country": "country:japan"},
    ),
    (
        "Facility",
        "Satish Dhawan Space Centre",
        {"subtype": "launch site", "aliases": ["Sriharikota"], "country": "country:india"},
    ),
    ("Facility", "Cape Canaveral", {"subtype": "launch site", "country": "country:united-states"}),
    ("Program", "Soyuz", {"subtype": "launch vehicle"}),
    ("Program", "Baiterek", {"subtype": "launch complex project"}),
    ("Program", "Ariane 6", {"subtype": "launch vehicle"}),
    ("Program", "Falcon 9", {"subtype": "launch vehicle"}),
    ("Program", "International Space Station", {"subtype": "space station", "aliases": ["ISS"]}),
    ("Program", "Türksat 6A", {"subtype": "satellite"}),
    ("Program", "KazSat-2R", {"subtype": "satellite"}),
    ("Program", "EgyptSat-2", {"subtype": "satellite"}),
    ("Person", "Alexandra Petrova", {"role": "director general"}),
]

# name, kind, status, date, end_date
_AGREEMENTS: list[tuple[str, str, str, str | None, str | None]] = [
    ("Baikonur lease", "lease", "in force", "1994-03", "2050"),
    ("Baiterek joint venture agreement", "joint venture", "in force", "2004-12", None),
    (
        "Alcântara technology safeguards agreement",
        "intergovernmental agreement",
        "in force",
        "2019-03",
        None,
    ),
    ("Egypt–China satellite MoU", "MoU", "signed", "2016-01", None),
    ("UAE–Kazakhstan cooperation MoU", "MoU", "proposed", "2025", None),
    ("Türksat launch contract", "contract", "under review", "2024-06", None),
    ("Soyuz at Kourou agreement", "intergovernmental agreement", "expired", "2003-11", "2022-03"),
    ("Lunar station framework", "MoU", "planned", None, None),
]

# type, (label, name) source, (label, name) target, properties
_RELS: list[tuple[str, tuple[str, str], tuple[str, str], dict[str, Any]]] = [
    ("LEASES", ("Country", "Russia"), ("Facility", "Baikonur Cosmodrome"), {"until": "2050"}),
    ("PARTY_TO", ("Country", "Kazakhstan"), ("Agreement", "Baikonur lease"), {"role": "lessor"}),
    ("PARTY_TO", ("Country", "Russia"), ("Agreement", "Baikonur lease"), {"role": "lessee"}),
    ("CONCERNS", ("Agreement", "Baikonur lease"), ("Facility", "Baikonur Cosmodrome"), {}),
    ("OPERATES", ("Organization", "Roscosmos"), ("Facility", "Baikonur Cosmodrome"), {}),
    ("OPERATES", ("Organization", "Roscosmos"), ("Facility", "Vostochny Cosmodrome"), {}),
    ("LAUNCHES_FROM", ("Program", "Soyuz"), ("Facility", "Baikonur Cosmodrome"), {}),
    ("LAUNCHES_FROM", ("Program", "Soyuz"), ("Facility", "Vostochny Cosmodrome"), {}),
    ("LAUNCHES_FROM", ("Program", "Soyuz"), ("Facility", "Guiana Space Centre"), {}),
    ("BUILDS", ("Organization", "Roscosmos"), ("Program", "Soyuz"), {}),
    (
        "PARTY_TO",
        ("Organization", "Kazcosmos"),
        ("Agreement", "Baiterek joint venture agreement"),
        {"role": "signatory"},
    ),
    (
        "PARTY_TO",
        ("Organization", "Roscosmos"),
        ("Agreement", "Baiterek joint venture agreement"),
        {"role": "signatory"},
    ),
    ("CONCERNS", ("Agreement", "Baiterek joint venture agreement"), ("Program", "Baiterek"), {}),
    ("OPERATES", ("Organization", "Baiterek JSC"), ("Program", "Baiterek"), {}),
    ("PART_OF", ("Program", "Baiterek"), ("Facility", "Baikonur Cosmodrome"), {}),
    ("OWNS", ("Organization", "Kazcosmos"), ("Organization", "Baiterek JSC"), {}),
    (
        "PARTY_TO",
        ("Country", "Brazil"),
        ("Agreement", "Alcântara technology safeguards agreement"),
        {"role": "signatory"},
    ),
    (
        "PARTY_TO",
        ("Country", "United States"),
        ("Agreement", "Alcântara technology safeguards agreement"),
        {"role": "signatory"},
    ),
    (
        "CONCERNS",
        ("Agreement", "Alcântara technology safeguards agreement"),
        ("Facility", "Alcântara Launch Center"),
        {},
    ),
    (
        "OPERATES",
        ("Organization", "Brazilian Space Agency"),
        ("Facility", "Alcântara Launch Center"),
        {},
    ),
    (
        "PARTY_TO",
        ("Organization", "Egyptian Space Agency"),
        ("Agreement", "Egypt–China satellite MoU"),
        {"role": "signatory"},
    ),
    (
        "PARTY_TO",
        ("Organization", "CNSA"),
        ("Agreement", "Egypt–China satellite MoU"),
        {"role": "signatory"},
    ),
    ("CONCERNS", ("Agreement", "Egypt–China satellite MoU"), ("Program", "EgyptSat-2"), {}),
    ("BUILDS", ("Organization", "CNSA"), ("Program", "EgyptSat-2"), {}),
    (
        "PARTY_TO",
        ("Organization", "UAE Space Agency"),
        ("Agreement", "UAE–Kazakhstan cooperation MoU"),
        {"role": "proposer"},
    ),
    (
        "PARTY_TO",
        ("Organization", "Kazcosmos"),
        ("Agreement", "UAE–Kazakhstan cooperation MoU"),
        {"role": "signatory"},
    ),
    (
        "PARTY_TO",
        ("Organization", "Turkish Space Agency"),
        ("Agreement", "Türksat launch contract"),
        {"role": "customer"},
    ),
    (
        "PARTY_TO",
        ("Organization", "SpaceX"),
        ("Agreement", "Türksat launch contract"),
        {"role": "contractor"},
    ),
    ("CONCERNS", ("Agreement", "Türksat launch contract"), ("Program", "Türksat 6A"), {}),
    ("LAUNCHES_FROM", ("Program", "Falcon 9"), ("Facility", "Cape Canaveral"), {}),
    ("BUILDS", ("Organization", "SpaceX"), ("Program", "Falcon 9"), {}),
    (
        "PARTY_TO",
        ("Country", "France"),
        ("Agreement", "Soyuz at Kourou agreement"),
        {"role": "signatory"},
    ),
    (
        "PARTY_TO",
        ("Country", "Russia"),
        ("Agreement", "Soyuz at Kourou agreement"),
        {"role": "signatory"},
    ),
    (
        "CONCERNS",
        ("Agreement", "Soyuz at Kourou agreement"),
        ("Facility", "Guiana Space Centre"),
        {},
    ),
    ("OPERATES", ("Organization", "CNES"), ("Facility", "Guiana Space Centre"), {}),
    ("OPERATES", ("Organization", "Arianespace"), ("Program", "Ariane 6"), {}),
    ("LAUNCHES_FROM", ("Program", "Ariane 6"), ("Facility", "Guiana Space Centre"), {}),
    (
        "PARTY_TO",
        ("Organization", "NASA"),
        ("Agreement", "Lunar station framework"),
        {"role": "proposer"},
    ),
    (
        "PARTY_TO",
        ("Organization", "JAXA"),
        ("Agreement", "Lunar station framework"),
        {"role": "signatory"},
    ),
    ("PARTICIPATES_IN", ("Organization", "NASA"), ("Program", "International Space Station"), {}),
    (
        "PARTICIPATES_IN",
        ("Organization", "Roscosmos"),
        ("Program", "International Space Station"),
        {},
    ),
    ("PARTICIPATES_IN", ("Organization", "JAXA"), ("Program", "International Space Station"), {}),
    ("OPERATES", ("Organization", "JAXA"), ("Facility", "Tanegashima Space Center"), {}),
    ("OPERATES", ("Organization", "ISRO"), ("Facility", "Satish Dhawan Space Centre"), {}),
    ("COOPERATES_WITH", ("Organization", "ISRO"), ("Organization", "CNES"), {}),
    (
        "COOPERATES_WITH",
        ("Organization", "Turkish Space Agency"),
        ("Organization", "Kazcosmos"),
        {},
    ),
    ("BUILDS", ("Organization", "Kazcosmos"), ("Program", "KazSat-2R"), {}),
    ("HEADS", ("Person", "Alexandra Petrova"), ("Organization", "Kazcosmos"), {}),
    ("LOCATED_IN", ("Person", "Alexandra Petrova"), ("Country", "Kazakhstan"), {}),
    ("COOPERATES_WITH", ("Organization", HOSTILE_NAME), ("Organization", "Roscosmos"), {}),
    ("COOPERATES_WITH", ("Country", "Turkey"), ("Country", "Kazakhstan"), {}),
]


def _ref(label: str, name: str) -> NodeRef:
    return NodeRef(label, node_key(label, name))


def _evidence(doc: Document, sentence: str) -> Evidence:
    start = doc.text.find(sentence)
    return Evidence(doc.doc_id, sentence, start, start + len(sentence), "test-rule")


def sample_extractions() -> list[Extraction]:
    """Two documents: one with the network, one with hostile markup."""
    lines = [
        "Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050.",
        "Roscosmos operates Baikonur and Vostochny and builds the Soyuz rocket.",
        "The Baiterek complex is a joint venture of Kazcosmos and Roscosmos.",
        "Brazil and the United States signed a safeguards agreement on Alcântara in 2019.",
        "Egypt and China signed a satellite MoU in 2016.",
        "The UAE proposed a cooperation memorandum to Kazakhstan.",
        "Turkey is reviewing a launch contract with SpaceX for Türksat 6A.",
        "The Soyuz at Kourou arrangement between France and Russia ended in 2022.",
        "NASA proposed a lunar station framework to JAXA.",
        "Alexandra Petrova heads Kazcosmos.",
    ]
    news = Document(
        "001_network.txt",
        path="001_network.txt",
        title="Space cooperation digest",
        published="2025-02-01",
        text="\n".join(lines),
    )
    hostile = Document(
        "002_markup.txt",
        path="002_markup.txt",
        title=HOSTILE_TITLE,
        published="2025-03-01",
        text=HOSTILE_SENTENCE,
    )
    sentence_for = {
        "Baikonur Cosmodrome": lines[0],
        "Kazakhstan": lines[0],
        "Russia": lines[0],
        "Baikonur lease": lines[0],
        "Roscosmos": lines[1],
        "Vostochny Cosmodrome": lines[1],
        "Soyuz": lines[1],
        "Baiterek": lines[2],
        "Kazcosmos": lines[2],
        "Alcântara technology safeguards agreement": lines[3],
        "Egypt–China satellite MoU": lines[4],
        "UAE–Kazakhstan cooperation MoU": lines[5],
        "Türksat launch contract": lines[6],
        "Soyuz at Kourou agreement": lines[7],
        "Lunar station framework": lines[8],
        "Alexandra Petrova": lines[9],
    }
    nodes: list[Node] = []
    for label, name, extra in _NODES:
        ev = [_evidence(news, sentence_for[name])] if name in sentence_for else []
        nodes.append(Node(label, node_key(label, name), {"name": name, **extra}, ev))
    for name, kind, status, signed, ends in _AGREEMENTS:
        props: dict[str, Any] = {"name": name, "kind": kind, "status": status}
        if signed:
            props.update(date=signed, year=int(signed[:4]))
        if ends:
            props.update(end_date=ends, end_year=int(ends[:4]))
        ev = [_evidence(news, sentence_for[name])] if name in sentence_for else []
        nodes.append(Node("Agreement", node_key("Agreement", name), props, ev))
    rels = [
        Relationship(
            rel_type,
            _ref(*src),
            _ref(*dst),
            props,
            [_evidence(news, sentence_for[src[1]])] if src[1] in sentence_for else [],
        )
        for rel_type, src, dst, props in _RELS
    ]
    for node in nodes:
        if node.properties.get("country"):
            country = node.properties["country"]
            rels.append(Relationship("LOCATED_IN", node.ref, NodeRef("Country", country)))
    hostile_node = next(n for n in nodes if n.properties["name"] == HOSTILE_NAME)
    hostile_ev = _evidence(hostile, HOSTILE_SENTENCE)
    return [
        Extraction(news, nodes, rels),
        _with_evidence(hostile, hostile_node, hostile_ev),
    ]


def _with_evidence(doc: Document, node: Node, ev: Evidence) -> Extraction:
    return Extraction(doc, [Node(node.label, node.key, dict(node.properties), [ev])], [])


def records(extractions: Iterable[Extraction]) -> dict[str, list[dict[str, Any]]]:
    """Plain rows as a store would return them: nodes, relationships, evidence, documents."""
    nodes: dict[str, dict[str, Any]] = {}
    rels: dict[str, dict[str, Any]] = {}
    evidence: list[dict[str, Any]] = []
    documents: dict[str, dict[str, Any]] = {}
    for ex in extractions:
        doc = ex.document
        documents[doc.doc_id] = {"key": doc.doc_id, "title": doc.title, "published": doc.published}
        for node in ex.nodes:
            row = nodes.setdefault(
                node.key, {"label": node.label, "key": node.key, "evidence_count": 0}
            )
            row.update(node.properties)
            row["evidence_count"] += len(node.evidence)
            evidence += [_ev_row(node.key, e) for e in node.evidence]
        for rel in ex.relationships:
            row = rels.setdefault(
                rel.key,
                {
                    "type": rel.type,
                    "source": rel.source.key,
                    "target": rel.target.key,
                    "key": rel.key,
                    "evidence_count": 0,
                },
            )
            row.update(rel.properties)
            row["evidence_count"] += len(rel.evidence)
            evidence += [_ev_row(rel.key, e) for e in rel.evidence]
    for row in nodes.values():
        row["doc_count"] = len({e["doc_id"] for e in evidence if e["fact_key"] == row["key"]})
    return {
        "nodes": list(nodes.values()),
        "relationships": list(rels.values()),
        "evidence": evidence,
        "documents": list(documents.values()),
    }


def _ev_row(fact_key: str, ev: Evidence) -> dict[str, Any]:
    return {"fact_key": fact_key, "doc_id": ev.doc_id, "sentence": ev.sentence, "rule": ev.rule}


def sample_graph() -> nx.MultiDiGraph:
    """The sample network as a projection (what `graph.analysis.projection.project` returns)."""
    rows = records(sample_extractions())
    return build_graph(rows["nodes"], rows["relationships"], rows["evidence"], rows["documents"])
