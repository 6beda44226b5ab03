"""A small hand-built graph of Kazakhstan's space cooperation, for deterministic query tests.

Three documents; every fact carries the sentence it comes from. What the queries should
find here is in `expectations.yaml` (section `handmade`).
"""

from __future__ import annotations

import re
from typing import Any

from graph.model import Document, Evidence, Extraction, Node, NodeRef, Relationship
from graph.model.records import node_key

_SENTENCE_END = re.compile(r"\.(?:\s|$)")


class _Doc:
    """Builds one extraction: sentences become the document text and the evidence."""

    def __init__(self, doc_id: str, title: str, published: str, sentences: list[str]) -> None:
        self.doc_id = doc_id
        self.text = " ".join(sentences)
        self.document = Document(
            doc_id, path=f"handmade/{doc_id}", title=title, published=published, text=self.text
        )
        self.nodes: dict[str, Node] = {}
        self.relationships: list[Relationship] = []

    def ev(self, sentence_start: str) -> Evidence:
        start = self.text.index(sentence_start)
        found = _SENTENCE_END.search(self.text, start)
        end = found.start() + 1 if found else len(self.text)
        return Evidence(self.doc_id, self.text[start:end], start, end, "handmade")

    def node(self, label: str, name: str, said: str, **props: Any) -> NodeRef:
        key = props.pop("key", None) or node_key(label, name)
        props.setdefault("catalogued", True)
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = Node(label, key, {"name": name, **props})
        node.evidence.append(self.ev(said))
        return node.ref

    def rel(self, type_: str, source: NodeRef, target: NodeRef, said: str, **props: Any) -> None:
        self.relationships.append(Relationship(type_, source, target, props, [self.ev(said)]))

    def claim(self, subject: NodeRef, attribute: str, value: str, said: str) -> None:
        key = node_key("Claim", f"{subject.key} {attribute} {value} {self.doc_id}")
        props = {
            "subject": subject.key,
            "attribute": attribute,
            "value": value,
            "doc_id": self.doc_id,
        }
        ref = self.node("Claim", f"{attribute}: {value}", said, key=key, **props)
        self.nodes[key].properties.pop("catalogued")
        self.rel("ABOUT", ref, subject, said)

    def extraction(self) -> Extraction:
        return Extraction(self.document, list(self.nodes.values()), self.relationships)


def lease_document() -> Extraction:
    d = _Doc(
        "hm_001.txt",
        "Kazakhstan and Russia keep the Baikonur lease",
        "2024-01-10",
        [
            "Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050.",
            "Roscosmos operates the Baikonur Cosmodrome.",
            "Russia, Kazakhstan's traditional space ally, keeps cooperating with it.",
            "Progress Rocket Space Centre builds the Soyuz-5 rocket for Site 45.",
            "The Baiterek project will cost $1.3 billion.",
            "Soyuz-5 is to fly for the first time in December.",
        ],
    )
    kz = d.node("Country", "Kazakhstan", "Kazakhstan leases", aliases=["Kazakh", "Qazaqstan"])
    ru = d.node("Country", "Russia", "Kazakhstan leases")
    baikonur = d.node(
        "Facility",
        "Baikonur Cosmodrome",
        "Kazakhstan leases",
        subtype="cosmodrome",
        country="country:kazakhstan",
        capabilities=["launch_infrastructure"],
    )
    lease = d.node(
        "Agreement",
        "Baikonur Cosmodrome lease",
        "Kazakhstan leases",
        kind="lease",
        status="in force",
        date="1994-03-28",
        year=1994,
        end_date="2050",
        end_year=2050,
    )
    roscosmos = d.node(
        "Organization",
        "Roscosmos",
        "Roscosmos operates",
        subtype="agency",
        country="country:russia",
        aliases=["Роскосмос"],
    )
    progress = d.node(
        "Organization",
        "Progress Rocket Space Centre",
        "Progress Rocket",
        subtype="company",
        country="country:russia",
    )
    soyuz5 = d.node(
        "Program",
        "Soyuz-5",
        "Progress Rocket",
        subtype="launch vehicle",
        capabilities=["launch_vehicles", "launch_access"],
    )
    site45 = d.node(
        "Facility",
        "Site 45",
        "Progress Rocket",
        subtype="launch pad",
        catalogued=False,
        country="country:kazakhstan",
    )
    baiterek = d.node("Program", "Baiterek project", "The Baiterek", subtype="project")
    d.rel("LEASES", ru, baikonur, "Kazakhstan leases", until="2050")
    d.rel("PARTY_TO", kz, lease, "Kazakhstan leases", role="lessor")
    d.rel("PARTY_TO", ru, lease, "Kazakhstan leases", role="lessee")
    d.rel("CONCERNS", lease, baikonur, "Kazakhstan leases")
    d.rel("LOCATED_IN", baikonur, kz, "Kazakhstan leases")
    d.rel("OPERATES", roscosmos, baikonur, "Roscosmos operates")
    d.rel("LOCATED_IN", roscosmos, ru, "Roscosmos operates")
    d.rel("COOPERATES_WITH", ru, kz, "Russia, Kazakhstan")
    d.rel("BUILDS", progress, soyuz5, "Progress Rocket")
    d.rel("LOCATED_IN", progress, ru, "Progress Rocket")
    d.rel("LOCATED_IN", site45, baikonur, "Progress Rocket")
    d.rel("LAUNCHES_FROM", soyuz5, site45, "Progress Rocket")
    d.rel("PARTICIPATES_IN", kz, baiterek, "The Baiterek")
    d.claim(baiterek, "modernization cost", "$1.3 billion", "The Baiterek")
    d.claim(soyuz5, "first flight", "December", "Soyuz-5 is")
    return d.extraction()


def turkey_document() -> Extraction:
    d = _Doc(
        "hm_002.txt",
        "Kazakhstan and Turkey sign a space MoU",
        "2022-05-03",
        [
            "Kazcosmos and Turkish Aerospace signed a memorandum on KazSat-2 in May 2022.",
            "Turkey, which cooperates with Kazakhstan in space, will help build the satellite.",
            "Turkish Aerospace builds KazSat-2, which Kazcosmos operates.",
            "KazSat-2 will launch from the Baikonur Cosmodrome.",
            "Galaxy Orbital takes part in the KazSat-2 work.",
            "Talgat Mussabayev heads Kazcosmos.",
        ],
    )
    kz = d.node("Country", "Kazakhstan", "Turkey, which", aliases=["Kazakh"])
    tr = d.node("Country", "Turkey", "Turkey, which", aliases=["Türkiye"])
    kazcosmos = d.node(
        "Organization", "Kazcosmos", "Kazcosmos and", subtype="agency", country="country:kazakhstan"
    )
    tai = d.node(
        "Organization",
        "Turkish Aerospace",
        "Kazcosmos and",
        subtype="company",
        country="country:turkey",
    )
    kazsat = d.node(
        "Program",
        "KazSat-2",
        "Turkish Aerospace builds",
        subtype="satellite",
        capabilities=["telecommunications"],
    )
    baikonur = d.node("Facility", "Baikonur Cosmodrome", "KazSat-2 will", subtype="cosmodrome")
    galaxy = d.node(
        "Organization", "Galaxy Orbital", "Galaxy Orbital", subtype="company", catalogued=False
    )
    mussabayev = d.node(
        "Person", "Talgat Mussabayev", "Talgat Mussabayev", role="head of Kazcosmos"
    )
    mou = d.node(
        "Agreement",
        "Kazcosmos-Turkish Aerospace memorandum",
        "Kazcosmos and",
        kind="MoU",
        status="signed",
        date="2022-05",
        year=2022,
        capabilities=["satellite_manufacturing"],
    )
    d.rel("PARTY_TO", kazcosmos, mou, "Kazcosmos and", role="signatory")
    d.rel("PARTY_TO", tai, mou, "Kazcosmos and", role="signatory")
    d.rel("CONCERNS", mou, kazsat, "Kazcosmos and")
    d.rel("COOPERATES_WITH", tr, kz, "Turkey, which")
    d.rel("LOCATED_IN", kazcosmos, kz, "Kazcosmos and")
    d.rel("LOCATED_IN", tai, tr, "Kazcosmos and")
    d.rel("BUILDS", tai, kazsat, "Turkish Aerospace builds")
    d.rel("OPERATES", kazcosmos, kazsat, "Turkish Aerospace builds")
    d.rel("LAUNCHES_FROM", kazsat, baikonur, "KazSat-2 will")
    d.rel("PARTICIPATES_IN", galaxy, kazsat, "Galaxy Orbital")
    d.rel("HEADS", mussabayev, kazcosmos, "Talgat Mussabayev")
    d.rel("LOCATED_IN", mussabayev, kz, "Talgat Mussabayev")
    return d.extraction()


def baiterek_document() -> Extraction:
    d = _Doc(
        "hm_003.txt",
        "Baiterek: the joint venture and the Soyuz-5",
        "2025-02",
        [
            "Kazakhstan and Russia founded the Baiterek joint venture in December 2004.",
            "Roscosmos co-owns the Baiterek joint venture and takes part in the Baiterek project.",
            "The venture runs the Baiterek project, of which the Soyuz-5 rocket is part.",
            "The venture proposed a $250 million Soyuz-5 launch services contract with Roscosmos.",
            "The Baiterek project will cost €1.3 billion.",
            "Soyuz-5 will fly for the first time in December.",
            "China cooperated with Kazakhstan under a 2010 satellite agreement that ended in 2020.",
            "China Great Wall Industry Corporation is China's launch services company.",
        ],
    )
    kz = d.node("Country", "Kazakhstan", "Kazakhstan and Russia")
    ru = d.node("Country", "Russia", "Kazakhstan and Russia")
    cn = d.node("Country", "China", "China cooperated")
    jv = d.node(
        "Organization",
        "Baiterek joint venture",
        "Kazakhstan and Russia",
        subtype="joint venture",
        country="country:kazakhstan",
    )
    roscosmos = d.node("Organization", "Roscosmos", "Roscosmos co-owns", subtype="agency")
    cgwic = d.node(
        "Organization",
        "China Great Wall Industry Corporation",
        "China Great Wall",
        subtype="company",
        country="country:china",
        capabilities=["launch_access"],
    )
    baiterek = d.node("Program", "Baiterek project", "The venture runs", subtype="project")
    soyuz5 = d.node("Program", "Soyuz-5", "The venture runs", subtype="launch vehicle")
    jv_agreement = d.node(
        "Agreement",
        "Baiterek joint venture agreement",
        "Kazakhstan and Russia",
        kind="joint venture",
        status="in force",
        date="2004-12",
        year=2004,
    )
    contract = d.node(
        "Agreement",
        "Soyuz-5 launch services contract",
        "The venture proposed",
        kind="contract",
        status="proposed",
        date="2025",
        year=2025,
        value=250_000_000.0,
        currency="USD",
        capabilities=["launch_access"],
    )
    china_agreement = d.node(
        "Agreement",
        "Kazakhstan-China satellite agreement",
        "China cooperated",
        kind="intergovernmental agreement",
        status="expired",
        date="2010",
        year=2010,
        end_date="2020",
        end_year=2020,
    )
    d.rel("PARTY_TO", kz, jv_agreement, "Kazakhstan and Russia", role="founder")
    d.rel("PARTY_TO", ru, jv_agreement, "Kazakhstan and Russia", role="founder")
    d.rel("CONCERNS", jv_agreement, jv, "Kazakhstan and Russia")
    d.rel("LOCATED_IN", jv, kz, "Kazakhstan and Russia")
    d.rel("OWNS", roscosmos, jv, "Roscosmos co-owns")
    d.rel("PARTICIPATES_IN", roscosmos, baiterek, "Roscosmos co-owns")
    d.rel("OPERATES", jv, baiterek, "The venture runs")
    d.rel("PART_OF", soyuz5, baiterek, "The venture runs")
    d.rel("PARTY_TO", jv, contract, "The venture proposed", role="customer")
    d.rel("PARTY_TO", roscosmos, contract, "The venture proposed", role="contractor")
    d.rel("CONCERNS", contract, soyuz5, "The venture proposed")
    d.rel("COOPERATES_WITH", cn, kz, "China cooperated")
    d.rel("PARTY_TO", kz, china_agreement, "China cooperated", role="signatory")
    d.rel("PARTY_TO", cn, china_agreement, "China cooperated", role="signatory")
    d.rel("LOCATED_IN", cgwic, cn, "China Great Wall")
    d.claim(baiterek, "modernization cost", "€1.3 billion", "The Baiterek")
    d.claim(soyuz5, "first flight", "December", "Soyuz-5 will")
    return d.extraction()


def handmade_extractions() -> list[Extraction]:
    return [lease_document(), turkey_document(), baiterek_document()]
