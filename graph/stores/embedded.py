"""The embedded default backend: Ladybug, in process, one database file per data folder.

Tables are generated from the model (the engine needs declared node and relationship tables).
Reads go through a read-only database handle, so a pack query cannot write even if it tries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import ladybug

from graph.model import Extraction, Model, StoreError, load_model
from graph.stores.base import QueryResult, Store, WriteSummary
from graph.stores.plan import WritePlan

DB_FILE = "spacegraph.lbdb"
_TYPES = {
    "string": "STRING",
    "integer": "INT64",
    "float": "DOUBLE",
    "boolean": "BOOLEAN",
    "string[]": "STRING[]",
}


def ddl_statements(model: Model) -> list[str]:
    """CREATE NODE/REL TABLE statements for the model.

    >>> stmts = ddl_statements(load_model())
    >>> any(s.startswith("CREATE NODE TABLE IF NOT EXISTS Country(") for s in stmts)
    True
    """
    out: list[str] = []
    for label, spec in model.nodes.items():
        cols = ", ".join(f"{p.name} {_TYPES[p.type]}" for p in spec.properties.values())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(key))")
    for rel_type, rspec in model.relationships.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in rspec.endpoints)
        cols = ", ".join(f"{p.name} {_TYPES[p.type]}" for p in rspec.properties.values())
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel_type}({ends}, {cols})")
    return out


def _message(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class EmbeddedStore(Store):
    """Ladybug-backed store under `data_dir`; the read-write handle opens only for writes."""

    backend = "embedded"

    def __init__(self, data_dir: str | Path, model: Model | None = None) -> None:
        self.model = model or load_model()
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILE
        self._rw: Any = None
        self._rw_conn: Any = None
        self._ro: Any = None
        self._ro_conn: Any = None
        self._schema_ready = False  # checked once per store, not once per document written

    def describe(self) -> str:
        return f"embedded (Ladybug) database at {self.path}"

    # -- connections ------------------------------------------------------------------------
    def _writer(self) -> Any:
        if self._rw_conn is None:
            self._close_reader()
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True)
                self._rw = ladybug.Database(str(self.path))
                self._rw_conn = ladybug.Connection(self._rw)
            except (RuntimeError, OSError) as exc:
                raise StoreError(f"cannot open {self.describe()}: {_message(exc)}") from None
        return self._rw_conn

    def _reader(self) -> Any:
        if self._ro_conn is None:
            if not self.path.exists():
                raise StoreError(
                    f"no embedded database at {self.path}; run `spacegraph load` first "
                    "(or pick the folder with --data-dir / SPACEGRAPH_DATA_DIR)"
                )
            try:
                self._ro = ladybug.Database(str(self.path), read_only=True)
                self._ro_conn = ladybug.Connection(self._ro)
            except RuntimeError as exc:
                raise StoreError(f"cannot open {self.describe()}: {_message(exc)}") from None
        return self._ro_conn

    def _close_reader(self) -> None:
        # A read-only handle sees the file as it was when opened; drop it after writes.
        self._ro_conn = None
        if self._ro is not None:
            self._ro.close()
        self._ro = None

    @staticmethod
    def _execute(conn: Any, cypher: str, params: Mapping[str, Any] | None) -> QueryResult:
        result = conn.execute(cypher, dict(params or {}))
        columns = list(result.get_column_names())
        rows: list[tuple[Any, ...]] = []
        while result.has_next():
            rows.append(tuple(result.get_next()))
        return QueryResult(columns, rows)

    # -- Store API --------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        conn = self._writer()
        for statement in ddl_statements(self.model):
            conn.execute(statement)
        self._add_missing_columns(conn)
        self._schema_ready = True

    def _add_missing_columns(self, conn: Any) -> None:
        """Tables made by an older model gain the properties added since."""
        tables: list[tuple[str, dict[str, Any]]] = [
            (label, spec.properties) for label, spec in self.model.nodes.items()
        ] + [(t, spec.properties) for t, spec in self.model.relationships.items()]
        for table, props in tables:
            info = self._execute(conn, f"CALL table_info('{table}') RETURN *", None).records()
            have = {row["name"] for row in info}
            for name, prop in props.items():
                if name not in have:
                    conn.execute(f"ALTER TABLE {table} ADD {name} {_TYPES[prop.type]}")

    def write(self, extractions: Sequence[Extraction], batch_size: int = 1000) -> WriteSummary:
        plans = [WritePlan(self.model, e) for e in extractions]  # validate all before writing
        if not self._schema_ready:
            self.ensure_schema()
        conn = self._writer()
        summary = WriteSummary()

        def run(cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
            return self._execute(conn, cypher, params).records()

        for plan in plans:
            conn.execute("BEGIN TRANSACTION")
            try:
                nodes, rels, evidence = plan.execute(run, batch_size)
            except Exception as exc:
                conn.execute("ROLLBACK")
                doc = plan.extraction.document.doc_id
                raise StoreError(
                    f"writing {doc} failed, nothing of it stored: {_message(exc)}"
                ) from exc
            conn.execute("COMMIT")
            summary.documents += 1
            summary.nodes += nodes
            summary.relationships += rels
            summary.evidence += evidence
            summary.uncatalogued.extend(plan.extraction.uncatalogued)
        self._close_reader()
        return summary

    def clear(self) -> None:
        conn = self._writer()
        self.ensure_schema()
        for label in self.model.nodes:
            conn.execute(f"MATCH (n:{label}) DETACH DELETE n")
        self._close_reader()

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> QueryResult:
        conn = self._reader() if read_only else self._writer()
        try:
            result = self._execute(conn, cypher, params)
        except RuntimeError as exc:
            raise StoreError(f"embedded database: {_message(exc)}") from None
        if not read_only:
            self._close_reader()
        return result

    def close(self) -> None:
        self._close_reader()
        self._rw_conn = None
        if self._rw is not None:
            self._rw.close()
        self._rw = None
