"""Stores: one interface, two backends (embedded Ladybug by default, Neo4j)."""

from __future__ import annotations

from graph.config import Settings, default_cache_dir
from graph.model import ConfigError, Model
from graph.stores.base import QueryResult, Store, WriteSummary


def open_store(settings: Settings, model: Model | None = None) -> Store:
    """Open the store the settings name; Neo4j without NEO4J_URI uses the managed server."""
    if settings.backend == "embedded":
        from graph.stores.embedded import EmbeddedStore

        return EmbeddedStore(settings.data_dir, model)
    from graph.stores.neo4j_store import Neo4jStore

    uri, user, password = settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password
    if not uri:
        from graph.neo4j_server import managed_connection

        managed = managed_connection(default_cache_dir())
        if not managed:
            raise ConfigError(
                "no Neo4j server configured: set NEO4J_URI (with NEO4J_USER and "
                "NEO4J_PASSWORD), or start one with `spacegraph neo4j start`"
            )
        uri, user, password = managed["uri"], managed["user"], managed["password"]
    return Neo4jStore(uri, user, password, settings.neo4j_database, model)


__all__ = ["QueryResult", "Store", "WriteSummary", "open_store"]
