"""Behaviour both backends share: idempotent upserts, evidence, read-only reads, atomicity."""

from __future__ import annotations

import pytest

from graph.model import NodeRef, RecordError, Relationship, StoreError
from graph.stores.base import Store
from tests.core.records_factory import cost_claim_extraction, lease_extraction


def test_writing_twice_changes_nothing(store: Store) -> None:
    store.write([lease_extraction()])
    first = store.counts()
    store.write([lease_extraction()])
    assert store.counts() == first
    assert first["Country"] == 2 and first["PARTY_TO"] == 2 and first["Document"] == 1


def test_evidence_is_kept_and_counted_per_document(store: Store) -> None:
    store.write([lease_extraction("a.txt"), lease_extraction("b.txt")])
    rows = store.run(
        "MATCH (a:Country)-[r:LEASES]->(f:Facility) "
        "RETURN a.name AS lessee, r.until AS until, r.evidence_count AS n, r.doc_count AS docs"
    ).records()
    assert rows == [{"lessee": "Russia", "until": "2050", "n": 2, "docs": 2}]
    sentences = store.run(
        "MATCH (e:Evidence)-[:FROM_DOCUMENT]->(d:Document {key: $doc}) "
        "RETURN DISTINCT e.sentence AS s, e.char_start AS start, e.char_end AS stop",
        {"doc": "a.txt"},
    ).records()
    assert len(sentences) == 1
    text = lease_extraction().document.text
    assert text[sentences[0]["start"] : sentences[0]["stop"]] == sentences[0]["s"]


def test_aliases_from_several_documents_are_united(store: Store) -> None:
    store.write([lease_extraction("a.txt", ("Kazakh",))])
    store.write([lease_extraction("b.txt", ("Qazaqstan",))])
    rows = store.run("MATCH (c:Country {key: 'country:kazakhstan'}) RETURN c.aliases AS a").rows
    assert sorted(rows[0][0]) == ["Kazakh", "Qazaqstan"]


def _contradictions(store: Store) -> list[tuple[str, str]]:
    rows = store.run(
        "MATCH (a:Claim)-[:CONTRADICTS]->(b:Claim) RETURN a.value AS a, b.value AS b"
    ).rows
    return sorted((str(a), str(b)) for a, b in rows)


def test_contradicting_claims_are_linked_as_documents_arrive(store: Store) -> None:
    store.write([cost_claim_extraction("a.txt", "$1.3 billion")])
    assert _contradictions(store) == []
    store.write([cost_claim_extraction("b.txt", "€1.3 billion")])
    assert _contradictions(store) == [("$1.3 billion", "€1.3 billion")]
    store.write([cost_claim_extraction("c.txt", "$1.3 billion")])  # agrees with a.txt
    assert len(_contradictions(store)) == 2
    # A document read again with a corrected figure takes its contradictions with it.
    store.write([cost_claim_extraction("b.txt", "$1.3 billion")])
    assert _contradictions(store) == []


def test_names_and_aliases_are_searchable_in_lower_case(store: Store) -> None:
    store.write([cost_claim_extraction("a.txt", "$1.3 billion")])
    store.write([lease_extraction()])  # the same facility again, from another document
    rows = store.run(
        "MATCH (f:Facility) WHERE f.search_names CONTAINS $needle RETURN f.name AS name",
        {"needle": "байконур"},
    ).rows
    assert rows == [("Baikonur Cosmodrome",)]


def test_reads_cannot_write(store: Store) -> None:
    store.write([lease_extraction()])
    with pytest.raises(StoreError):
        store.run("CREATE (n:Country {key: 'country:atlantis', name: 'Atlantis'})")
    assert store.counts()["Country"] == 2


def test_a_bad_record_writes_nothing_and_keeps_what_is_stored(store: Store) -> None:
    store.write([lease_extraction("a.txt")])
    before = store.counts()
    broken = lease_extraction("b.txt")
    ghost = NodeRef("Country", "country:ghost")
    broken.relationships.append(Relationship("COOPERATES_WITH", ghost, broken.nodes[0].ref))
    with pytest.raises(RecordError, match="country:ghost"):
        store.write([lease_extraction("c.txt"), broken])
    assert store.counts() == before


def test_relationship_endpoints_are_checked_against_the_model(store: Store) -> None:
    bad = lease_extraction()
    bad.relationships.append(Relationship("LEASES", bad.nodes[3].ref, bad.nodes[0].ref))
    with pytest.raises(RecordError, match="LEASES may not join Agreement to Country"):
        store.write([bad])


def test_nodes_and_relationships_stream_model_properties(store: Store) -> None:
    store.write([lease_extraction()])
    facilities = list(store.nodes("Facility"))
    assert facilities[0]["capabilities"] == ["launch_infrastructure"]
    parties = sorted((r["source"], r["role"]) for r in store.relationships("PARTY_TO"))
    assert parties == [("country:kazakhstan", "lessor"), ("country:russia", "lessee")]


@pytest.mark.neo4j
def test_neo4j_constraints_come_from_the_model(neo4j_store: Store) -> None:
    neo4j_store.ensure_schema()
    neo4j_store.ensure_schema()  # idempotent
    names = {r[0] for r in neo4j_store.run("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    for label in neo4j_store.model.nodes:
        assert f"{label.lower()}_key" in names
    indexes = {r[0] for r in neo4j_store.run("SHOW INDEXES YIELD name RETURN name").rows}
    assert "agreement_status" in indexes and "rel_party_to_key" in indexes


def test_embedded_tables_gain_columns_the_model_adds(tmp_path) -> None:
    from dataclasses import replace

    from graph.model import load_model
    from graph.model.schema import Property
    from graph.stores.embedded import EmbeddedStore

    model = load_model()
    with EmbeddedStore(tmp_path, model) as store:
        store.write([lease_extraction()])
    country = model.nodes["Country"]
    grown = replace(
        country, properties={**country.properties, "motto": Property("motto", "string")}
    )
    model2 = replace(model, nodes={**model.nodes, "Country": grown})
    with EmbeddedStore(tmp_path, model2) as store:
        store.ensure_schema()
        rows = store.run("MATCH (c:Country) RETURN c.motto AS m").rows
    assert rows == [(None,), (None,)]
