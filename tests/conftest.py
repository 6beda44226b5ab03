"""Shared fixtures: paths, and stores on both backends (embedded and a real Neo4j).

Neo4j tests need the server `make test` starts (it exports NEO4J_URI, NEO4J_USER,
NEO4J_PASSWORD). Without it they fail, unless SPACEGRAPH_SKIP_NEO4J=1 asks to skip them.
Neo4j Community has one user database, so fixtures track what is loaded in it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.model import load_model
from graph.stores.base import Store
from graph.stores.embedded import EmbeddedStore

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
BACKENDS = ("embedded", "neo4j")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed documents not found at {path}")
    return path


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    path = SHARED / "gold"
    if not path.is_dir():
        pytest.skip(f"gold facts not found at {path}")
    return path


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    from graph.pipeline import sample_corpus_dir

    return sample_corpus_dir()


def _neo4j_connection() -> dict[str, str]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        if os.environ.get("SPACEGRAPH_SKIP_NEO4J") == "1":
            pytest.skip("SPACEGRAPH_SKIP_NEO4J=1: Neo4j integration tests skipped on request")
        pytest.fail(
            "NEO4J_URI is not set: run the suite with `make test` (it starts Neo4j), or set "
            "SPACEGRAPH_SKIP_NEO4J=1 to skip the Neo4j tests explicitly"
        )
    return {
        "uri": uri,
        "user": os.environ.get("NEO4J_USER", "neo4j"),
        "password": os.environ.get("NEO4J_PASSWORD", ""),
    }


class _Neo4jState:
    """Which corpus the shared Neo4j database holds right now."""

    store: Store | None = None
    loaded: str | None = None


@pytest.fixture(scope="session")
def _neo4j_session_store() -> Iterator[Store]:
    from graph.stores.neo4j_store import Neo4jStore

    conn = _neo4j_connection()
    store = Neo4jStore(conn["uri"], conn["user"], conn["password"], model=load_model())
    _Neo4jState.store = store
    yield store
    store.close()


@pytest.fixture
def neo4j_store(_neo4j_session_store: Store) -> Store:
    """The Neo4j store, emptied for this test."""
    _neo4j_session_store.clear()
    _Neo4jState.loaded = None
    return _neo4j_session_store


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty embedded store in a temporary folder."""
    store = EmbeddedStore(tmp_path / "db")
    yield store
    store.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Store:
    """An empty store on each backend (for behaviour both must share)."""
    if request.param == "embedded":
        return request.getfixturevalue("embedded_store")
    return request.getfixturevalue("neo4j_store")


def corpus_paths(sample_dir: Path, seeds_dir: Path) -> list[Path]:
    return [sample_dir, seeds_dir]


@pytest.fixture(scope="session")
def loaded_embedded(
    tmp_path_factory: pytest.TempPathFactory, sample_dir: Path, seeds_dir: Path
) -> Iterator[Store]:
    """An embedded store holding the sample corpus and the seed documents (read-only use)."""
    from graph.pipeline import load_into

    store = EmbeddedStore(tmp_path_factory.mktemp("loaded") / "db")
    load_into(store, corpus_paths(sample_dir, seeds_dir))
    yield store
    store.close()


@pytest.fixture
def loaded_neo4j(_neo4j_session_store: Store, sample_dir: Path, seeds_dir: Path) -> Store:
    """Neo4j holding the same corpus as `loaded_embedded` (reloaded when a test emptied it)."""
    from graph.pipeline import load_into

    if _Neo4jState.loaded != "corpus":
        _neo4j_session_store.clear()
        load_into(_neo4j_session_store, corpus_paths(sample_dir, seeds_dir))
        _Neo4jState.loaded = "corpus"
    return _neo4j_session_store


@pytest.fixture(params=BACKENDS)
def loaded_store(request: pytest.FixtureRequest) -> Store:
    """The loaded corpus on each backend."""
    return request.getfixturevalue(f"loaded_{request.param}")
