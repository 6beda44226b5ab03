"""Neo4j constraints and indexes generated from the model (all idempotent)."""

from __future__ import annotations

from graph.model import Model


def constraint_statements(model: Model) -> list[str]:
    """One uniqueness constraint on `key` per label.

    >>> from graph.model import load_model
    >>> constraint_statements(load_model())[0]
    'CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE'
    """
    return [
        f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in model.nodes
    ]


def index_statements(model: Model) -> list[str]:
    """Range indexes on properties marked `index: true`, text indexes on `index: text`, and a
    range index on each relationship's key."""
    out: list[str] = []
    for label, spec in model.nodes.items():
        for prop in spec.properties.values():
            if prop.index and prop.name != "key":
                kind = "TEXT INDEX" if prop.index_kind == "text" else "INDEX"
                out.append(
                    f"CREATE {kind} {label.lower()}_{prop.name} IF NOT EXISTS "
                    f"FOR (n:{label}) ON (n.{prop.name})"
                )
    for rel_type in model.relationships:
        out.append(
            f"CREATE INDEX rel_{rel_type.lower()}_key IF NOT EXISTS "
            f"FOR ()-[r:{rel_type}]-() ON (r.key)"
        )
    return out


def drop_index_statements(model: Model) -> list[str]:
    """Drop the secondary indexes (benchmarks compare with and without them)."""
    names = [stmt.split(" INDEX ", 1)[1].split()[0] for stmt in index_statements(model)]
    return [f"DROP INDEX {name} IF EXISTS" for name in names]
