"""Small hand-built extractions for store tests."""

from __future__ import annotations

from graph.model import Document, Evidence, Extraction, Node, Relationship
from graph.model.records import node_key

LEASE_SENTENCE = "Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050."


def lease_extraction(
    doc_id: str = "lease.txt", aliases: tuple[str, ...] = ("Kazakh",)
) -> Extraction:
    text = "Intro line.\n" + LEASE_SENTENCE
    start = text.index(LEASE_SENTENCE)
    ev = Evidence(doc_id, LEASE_SENTENCE, start, start + len(LEASE_SENTENCE), "test-rule")
    kz = Node(
        "Country",
        node_key("Country", "Kazakhstan"),
        {"name": "Kazakhstan", "aliases": list(aliases)},
        [ev],
    )
    ru = Node("Country", node_key("Country", "Russia"), {"name": "Russia"}, [ev])
    baikonur = Node(
        "Facility",
        node_key("Facility", "Baikonur Cosmodrome"),
        {
            "name": "Baikonur Cosmodrome",
            "subtype": "cosmodrome",
            "capabilities": ["launch_infrastructure"],
        },
        [ev],
    )
    lease = Node(
        "Agreement",
        node_key("Agreement", "Baikonur lease"),
        {
            "name": "Baikonur lease",
            "kind": "lease",
            "status": "in force",
            "end_date": "2050",
            "end_year": 2050,
        },
        [ev],
    )
    rels = [
        Relationship("LEASES", ru.ref, baikonur.ref, {"until": "2050"}, [ev]),
        Relationship("PARTY_TO", kz.ref, lease.ref, {"role": "lessor"}, [ev]),
        Relationship("PARTY_TO", ru.ref, lease.ref, {"role": "lessee"}, [ev]),
        Relationship("CONCERNS", lease.ref, baikonur.ref, {}, [ev]),
    ]
    doc = Document(doc_id, path=doc_id, title="Lease", published="2024-01-10", text=text)
    return Extraction(doc, [kz, ru, baikonur, lease], rels)


def cost_claim_extraction(doc_id: str, value: str) -> Extraction:
    """One document stating the Baikonur modernisation cost as `value`."""
    sentence = f"Modernising Baikonur will cost {value}."
    ev = Evidence(doc_id, sentence, 0, len(sentence), "test-rule")
    baikonur = Node(
        "Facility",
        node_key("Facility", "Baikonur Cosmodrome"),
        {"name": "Baikonur Cosmodrome", "aliases": ["Baikonur", "Байконур"]},
        [ev],
    )
    claim = Node(
        "Claim",
        f"claim:{doc_id}:baikonur-cost",
        {
            "name": f"Baikonur Cosmodrome modernisation cost: {value}",
            "subject": baikonur.key,
            "attribute": "modernisation cost",
            "value": value,
            "doc_id": doc_id,
        },
        [ev],
    )
    doc = Document(doc_id, path=doc_id, title="Cost", published="2024-02-01", text=sentence)
    return Extraction(doc, [baikonur, claim], [Relationship("ABOUT", claim.ref, baikonur.ref)])
