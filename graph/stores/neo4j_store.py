"""The Neo4j backend: official driver, batched UNWIND writes, read transactions for reads.

Works with `bolt://` (one server) and `neo4j://` / `neo4j+s://` routing URIs (clusters, Aura).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from graph.model import ConfigError, Extraction, Model, StoreError, load_model
from graph.stores.base import QueryResult, Store, WriteSummary
from graph.stores.neo4j_schema import constraint_statements, index_statements
from graph.stores.plan import WritePlan


def _plain(value: Any) -> Any:
    """Driver temporal types become ISO strings, so results match the embedded backend."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _message(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc)
    return str(text).strip().splitlines()[0] if str(text).strip() else type(exc).__name__


class Neo4jStore(Store):
    backend = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str,
        password: str | None,
        database: str | None = None,
        model: Model | None = None,
    ) -> None:
        if not password:
            raise ConfigError(f"no password for Neo4j at {uri}: set NEO4J_PASSWORD")
        self.model = model or load_model()
        self.uri = uri
        self.database = database
        try:
            # Notifications (e.g. "property key does not exist" on an empty database) are
            # noise for canned queries over an optional-property model.
            self.driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password), notifications_min_severity="OFF"
            )
            self.driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"Neo4j at {uri} refused user {user!r}: wrong password?") from None
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {_message(exc)}") from None

    def describe(self) -> str:
        return f"Neo4j at {self.uri}" + (f" (database {self.database})" if self.database else "")

    def _session(self, read_only: bool) -> Any:
        mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def ensure_schema(self) -> None:
        with self._session(read_only=False) as session:
            for statement in constraint_statements(self.model) + index_statements(self.model):
                session.run(statement).consume()

    def write(self, extractions: Sequence[Extraction], batch_size: int = 1000) -> WriteSummary:
        plans = [WritePlan(self.model, e) for e in extractions]  # validate all before writing
        self.ensure_schema()
        summary = WriteSummary()
        with self._session(read_only=False) as session:
            for plan in plans:

                def work(tx: Any, plan: WritePlan = plan) -> tuple[int, int, int]:
                    def run(cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
                        return [r.data() for r in tx.run(cypher, params)]

                    return plan.execute(run, batch_size)

                try:
                    nodes, rels, evidence = session.execute_write(work)
                except Neo4jError as exc:
                    doc = plan.extraction.document.doc_id
                    raise StoreError(
                        f"writing {doc} failed, nothing of it stored: {_message(exc)}"
                    ) from None
                summary.documents += 1
                summary.nodes += nodes
                summary.relationships += rels
                summary.evidence += evidence
                summary.uncatalogued.extend(plan.extraction.uncatalogued)
        return summary

    def clear(self) -> None:
        # Relationships first, in batches: one DETACH DELETE of a hub node with many
        # relationships can exceed the server's transaction memory.
        with self._session(read_only=False) as session:
            session.run(
                "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> QueryResult:
        def work(tx: Any) -> QueryResult:
            result = tx.run(cypher, dict(params or {}))
            columns = list(result.keys())
            rows = [tuple(_plain(v) for v in record.values()) for record in result]
            return QueryResult(columns, rows)

        try:
            with self._session(read_only) as session:
                if read_only:
                    return session.execute_read(work)
                return session.execute_write(work)
        except Neo4jError as exc:
            raise StoreError(f"Neo4j: {_message(exc)}") from None
        except ServiceUnavailable as exc:
            raise StoreError(f"cannot reach Neo4j at {self.uri}: {_message(exc)}") from None

    def close(self) -> None:
        self.driver.close()
