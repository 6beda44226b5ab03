"""Fixtures for the query-pack tests: the shipped packs and the hand-built graph on both backends.

Stores come from tests/conftest.py (`neo4j_store`, `loaded_embedded`, `loaded_neo4j`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.packs import Registry, load_registry
from graph.stores.base import Store
from graph.stores.embedded import EmbeddedStore
from tests.packs.compare import load_expectations
from tests.packs.handmade import handmade_extractions


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(scope="session")
def expectations() -> dict[str, Any]:
    return load_expectations()


@pytest.fixture(scope="session")
def handmade_embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """An embedded store holding only the hand-built graph."""
    store = EmbeddedStore(tmp_path_factory.mktemp("handmade") / "db")
    store.write(handmade_extractions())
    yield store
    store.close()


@pytest.fixture(scope="session")
def handmade_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed embedded database folder holding the hand-built graph (for the CLI)."""
    folder = tmp_path_factory.mktemp("handmade_cli") / "db"
    with EmbeddedStore(folder) as store:
        store.write(handmade_extractions())
    return folder


@pytest.fixture
def handmade_neo4j(neo4j_store: Store) -> Store:
    """Neo4j emptied (the shared fixture records that) and holding the hand-built graph."""
    neo4j_store.write(handmade_extractions())
    return neo4j_store


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """An empty folder for a user's own pack."""
    folder = tmp_path / "my_packs"
    folder.mkdir()
    return folder
