"""The model YAML: loads, and fails with clear messages on the mistakes people make."""

from __future__ import annotations

import pytest

from graph.model import ModelError, load_model
from graph.model.schema import parse_model

GOLD_LABELS = {"Country", "Organization", "Facility", "Program", "Agreement", "Person"}
GOLD_PREDICATES = {
    "PARTY_TO", "LOCATED_IN", "OPERATES", "OWNS", "LEASES", "BUILDS", "LAUNCHES_FROM",
    "PARTICIPATES_IN", "MEMBER_OF", "PART_OF", "FUNDS", "HEADS", "COOPERATES_WITH",
}  # fmt: skip


def test_shipped_model_covers_the_gold_vocabulary() -> None:
    model = load_model()
    assert GOLD_LABELS <= set(model.nodes)
    assert GOLD_PREDICATES <= set(model.relationships)
    assert model.relationship("PARTY_TO").allows("Country", "Agreement")
    assert "role" in model.relationship("PARTY_TO").properties
    assert not model.relationship("LEASES").allows("Agreement", "Country")


def test_every_label_has_a_key_and_a_style() -> None:
    for spec in load_model().nodes.values():
        assert spec.properties["key"].required
        assert spec.style.get("color", "").startswith("#")


def test_unknown_endpoint_label_is_named() -> None:
    text = "nodes:\n  Country: {}\nrelationships:\n  LEASES: {endpoints: [[Country, Moon]]}\n"
    with pytest.raises(ModelError, match=r"relationship LEASES: unknown label or group 'Moon'"):
        parse_model(text, "m.yaml")


def test_missing_key_is_named() -> None:
    with pytest.raises(ModelError, match="missing key 'relationships'"):
        parse_model("nodes: {Country: {}}\n", "m.yaml")
    text = "nodes: {Country: {properties: {name: {index: true}}}}\nrelationships: {}\n"
    with pytest.raises(ModelError, match=r"node Country\.name: missing key 'type'"):
        parse_model(text, "m.yaml")


def test_duplicate_type_is_an_error() -> None:
    text = (
        "nodes:\n  Country: {}\n  Country: {}\n"
        "relationships:\n  X: {endpoints: [[Country, Country]]}\n"
    )
    with pytest.raises(ModelError, match="duplicate node type 'Country'"):
        parse_model(text, "m.yaml")
    text = (
        "nodes:\n  Country: {}\nrelationships:\n"
        "  X: {endpoints: [[Country, Country]]}\n  X: {endpoints: [[Country, Country]]}\n"
    )
    with pytest.raises(ModelError, match="duplicate relationship type 'X'"):
        parse_model(text, "m.yaml")


def test_bad_property_type_and_bad_yaml() -> None:
    with pytest.raises(ModelError, match="type 'text' is not one of"):
        parse_model("nodes: {A: {properties: {p: {type: text}}}}\nrelationships: {}\n")
    with pytest.raises(ModelError, match="not valid YAML"):
        parse_model("nodes: [\n")


def test_index_kinds() -> None:
    from graph.stores.neo4j_schema import drop_index_statements, index_statements

    model = parse_model(
        "nodes: {A: {properties: {p: {type: string, index: true},"
        " q: {type: string, index: text}}}}\nrelationships: {}\n"
    )
    assert [model.node("A").properties[n].index_kind for n in ("p", "q")] == ["range", "text"]
    statements = index_statements(model)
    assert "CREATE INDEX a_p IF NOT EXISTS FOR (n:A) ON (n.p)" in statements
    assert "CREATE TEXT INDEX a_q IF NOT EXISTS FOR (n:A) ON (n.q)" in statements
    assert "DROP INDEX a_q IF EXISTS" in drop_index_statements(model)
    with pytest.raises(ModelError, match=r"A\.p: index must be true, false or 'text'"):
        parse_model(
            "nodes: {A: {properties: {p: {type: string, index: fulltext}}}}\nrelationships: {}\n"
        )


def test_missing_model_file(tmp_path) -> None:
    with pytest.raises(ModelError, match="cannot read model file"):
        load_model(tmp_path / "absent.yaml")
