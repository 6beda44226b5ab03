"""Every shipped query runs on both backends, returns the same rows on each, and finds what
tests/packs/expectations.yaml says it must.

Two graphs: the hand-built one of handmade.py (exact, deterministic content), and the
sample corpus plus the seed documents as the loaders read them.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from graph.model import load_model
from graph.packs import Registry, execute, load_registry
from graph.stores.base import QueryResult, Store
from tests.packs.compare import check_case, comparable, has_content_check, load_expectations

QUERY_NAMES = [q.name for q in load_registry()]
EXPECTED = load_expectations()


def _cases(name: str, section: str) -> list[dict[str, Any]]:
    return list(EXPECTED.get(name, {}).get(section) or [])


def _run_case(store: Store, registry: Registry, name: str, case: dict[str, Any]) -> QueryResult:
    return execute(store, registry.get(name), case.get("params") or {})


def _check(name: str, case: dict[str, Any], result: QueryResult) -> list[str]:
    failures = check_case(case, result)
    columns = EXPECTED[name].get("columns")
    if columns and result.columns != columns:
        failures.insert(0, f"columns {result.columns} != expected {columns}")
    return failures


def test_there_are_enough_queries() -> None:
    assert len(QUERY_NAMES) >= 15


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_every_query_has_content_expectations(name: str) -> None:
    assert name in EXPECTED, f"add {name} to tests/packs/expectations.yaml"
    for section in ("handmade", "corpus"):
        cases = _cases(name, section)
        assert any(has_content_check(c) for c in cases), f"{name}: no {section} content check"


def test_expectations_name_only_shipped_queries() -> None:
    assert sorted(set(EXPECTED) - set(QUERY_NAMES)) == []


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_handmade_graph_embedded(name: str, handmade_embedded: Store, registry: Registry) -> None:
    for case in _cases(name, "handmade"):
        result = _run_case(handmade_embedded, registry, name, case)
        assert not _check(name, case, result), (case.get("params"), _check(name, case, result))


@pytest.mark.neo4j
def test_handmade_graph_neo4j_matches_embedded(
    handmade_neo4j: Store, handmade_embedded: Store, registry: Registry
) -> None:
    """One load of Neo4j for all queries: each case must hold and equal the embedded rows."""
    failures: list[str] = []
    for name in QUERY_NAMES:
        query = registry.get(name)
        for case in _cases(name, "handmade"):
            params = case.get("params") or {}
            on_neo4j = execute(handmade_neo4j, query, params)
            on_embedded = execute(handmade_embedded, query, params)
            if on_neo4j.columns != on_embedded.columns or comparable(
                on_neo4j, query.ordered
            ) != comparable(on_embedded, query.ordered):
                failures.append(
                    f"{name} {params}: backends differ\n  neo4j    {on_neo4j.rows}\n"
                    f"  embedded {on_embedded.rows}"
                )
            failures += [f"{name} {params}: {f}" for f in _check(name, case, on_neo4j)]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_corpus_embedded(name: str, loaded_embedded: Store, registry: Registry) -> None:
    for case in _cases(name, "corpus"):
        result = _run_case(loaded_embedded, registry, name, case)
        assert not _check(name, case, result), (case.get("params"), _check(name, case, result))


@pytest.mark.neo4j
@pytest.mark.parametrize("name", QUERY_NAMES)
def test_corpus_neo4j_matches_embedded(
    name: str, loaded_embedded: Store, loaded_neo4j: Store, registry: Registry
) -> None:
    """Same corpus on both backends: the same rows (order compared only where defined)."""
    query = registry.get(name)
    for case in _cases(name, "corpus") or [{}]:
        params = case.get("params") or {}
        on_embedded = execute(loaded_embedded, query, params)
        on_neo4j = execute(loaded_neo4j, query, params)
        assert on_neo4j.columns == on_embedded.columns
        assert comparable(on_neo4j, query.ordered) == comparable(on_embedded, query.ordered), (
            f"{name} {params}: the backends return different rows"
        )
        assert not _check(name, case, on_neo4j), (params, _check(name, case, on_neo4j))


def test_overview_counts_every_label_and_type(registry: Registry) -> None:
    text = registry.get("graph_overview").text
    model = load_model()
    named = set(re.findall(r"'(\w+)' AS name", text))
    assert named == set(model.nodes) | set(model.relationships)


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_union_queries_declare_their_order(name: str, registry: Registry) -> None:
    """ORDER BY after a UNION orders only its last branch in Neo4j: use a sort header."""
    query = registry.get(name)
    if re.search(r"\bUNION\b", query.text):
        assert query.header.sort, f"{name}: a UNION query needs '// sort: ...'"


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_every_result_column_is_a_plain_value(name: str, handmade_embedded: Store) -> None:
    """Packs return names and numbers, not nodes: tables, CSV and JSON stay readable."""
    registry = load_registry()
    for case in _cases(name, "handmade"):
        result = _run_case(handmade_embedded, registry, name, case)
        for row in result.rows:
            for value in row:
                items = value if isinstance(value, list) else [value]
                assert all(v is None or isinstance(v, str | int | float | bool) for v in items)
