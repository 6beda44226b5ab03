"""Packs are read-only: writing text is refused before the database, and the database
itself refuses a write sent through the read path."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import QueryError, StoreError
from graph.packs import load_query
from graph.packs.guard import ensure_read_only, write_clauses
from graph.packs.query import Query
from graph.packs.runner import execute
from graph.stores.base import Store
from tests.core.records_factory import lease_extraction


@pytest.mark.parametrize(
    "text",
    [
        "CREATE (n:Country {key: 'x'})",
        "MATCH (n) SET n.name = 'x'",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n) delete n",
        "MERGE (n:Country {key: $k})",
        "MATCH (n) REMOVE n.name",
        "DROP INDEX country_name",
        "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
        "MATCH (n) FOREACH (x IN [1] | SET n.a = x)",
        "CALL db.index.fulltext.createNodeIndex('x', ['A'], ['b'])",
        "CALL apoc.create.node(['A'], {})",
        "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS",
        "COPY Country FROM 'x.csv'",
        "BEGIN TRANSACTION",
    ],
)
def test_writing_clauses_are_found(text: str) -> None:
    assert write_clauses(text)
    with pytest.raises(QueryError, match="refused: query packs are read-only"):
        ensure_read_only(text, "q.cypher")


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n) RETURN n.name AS name // then DELETE n",
        "MATCH (n) /* CREATE\nMERGE */ RETURN 1 AS one",
        "MATCH (n) WHERE n.name = 'Set up; CREATE' RETURN n.set AS s",
        "MATCH (n) WHERE n.status = $delete RETURN n.name AS name",
        "MATCH (`create`) RETURN 1 AS one",
        "MATCH (n) RETURN n.name AS name ORDER BY name SKIP 1 LIMIT 2",
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (n) RETURN n.offset AS reset_count, n.created AS created",
    ],
)
def test_reading_text_passes(text: str) -> None:
    assert write_clauses(text) == []


def test_a_pack_that_writes_is_refused_on_load(pack_dir: Path) -> None:
    path = pack_dir / "wipe.cypher"
    path.write_text("// name: wipe\n// title: t\n// description: d\n\nMATCH (n)\nDETACH DELETE n\n")
    with pytest.raises(QueryError, match=r"wipe\.cypher:6: refused: .*'DETACH' writes"):
        load_query(path, "mine")


def test_the_runner_checks_the_text_again_before_the_database(
    pack_dir: Path, handmade_embedded: Store
) -> None:
    """A Query changed after loading (as a notebook might) is still refused."""
    path = pack_dir / "ok.cypher"
    path.write_text("// name: ok\n// title: t\n// description: d\n\nRETURN 1 AS one\n")
    loaded = load_query(path, "mine")
    tampered = Query(loaded.header, loaded.path, loaded.pack, "CREATE (:Country {key: 'x'})")
    before = handmade_embedded.counts()["Country"]
    with pytest.raises(QueryError, match="refused"):
        execute(handmade_embedded, tampered)
    assert handmade_embedded.counts()["Country"] == before


def test_the_database_refuses_a_write_on_the_read_path(store: Store) -> None:
    """Both backends: store.run(..., read_only=True) cannot write, whatever the text."""
    store.write([lease_extraction()])
    for statement in (
        "CREATE (:Country {key: 'country:atlantis', name: 'Atlantis'})",
        "MATCH (c:Country {key: 'country:russia'}) SET c.name = 'Rus'",
        "MATCH (c:Country {key: 'country:russia'}) DETACH DELETE c",
    ):
        with pytest.raises(StoreError):
            store.run(statement, read_only=True)
    names = sorted(
        r["name"] for r in store.run("MATCH (c:Country) RETURN c.name AS name").records()
    )
    assert names == ["Kazakhstan", "Russia"]
