"""The shared behaviour suite: the sample corpus on each backend, and both backends agreeing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.packs import run_query
from graph.pipeline import load_into
from graph.stores.base import Store


def test_sample_corpus_loads_queries_and_reloads_unchanged(store: Store, sample_dir: Path) -> None:
    summary = load_into(store, [sample_dir])
    assert summary.documents == 7 and not summary.errors
    first = store.counts()
    assert first["Document"] == 7 and first["Country"] >= 5 and first["Agreement"] >= 5
    partners = run_query(store, "country_partners", {"country": "Kazakhstan"})
    assert "Russia" in set(partners["partner"])
    load_into(store, [sample_dir])
    assert store.counts() == first


@pytest.mark.neo4j
def test_both_backends_hold_the_same_graph(
    embedded_store: Store, neo4j_store: Store, sample_dir: Path
) -> None:
    for store in (embedded_store, neo4j_store):
        load_into(store, [sample_dir])
    assert embedded_store.counts() == neo4j_store.counts()

    def keys(store: Store, label: str) -> list[str]:
        return sorted(row["key"] for row in store.nodes(label))

    for label in ("Country", "Organization", "Agreement", "Evidence"):
        assert keys(embedded_store, label) == keys(neo4j_store, label)
