"""The store interface both backends implement.

A store upserts records in batches, runs Cypher with parameters (read-only unless asked
otherwise) and streams nodes and relationships for projections. Everything else
(packs, analyses, views) is written against this interface only.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.model import Extraction, Model


@dataclass
class QueryResult:
    """Rows of a query, in order, with the column names the query returned."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_dataframe(self) -> Any:
        import pandas as pd

        return pd.DataFrame.from_records(self.rows, columns=self.columns)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class WriteSummary:
    """What one write did: documents, nodes and relationships written (merged)."""

    documents: int = 0
    nodes: int = 0
    relationships: int = 0
    evidence: int = 0
    uncatalogued: list[str] = field(default_factory=list)


class Store(abc.ABC):
    """A graph store. Use as a context manager; `close()` releases the database."""

    backend: str = ""
    model: Model

    # -- schema -----------------------------------------------------------------------------
    @abc.abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints/indexes (Neo4j) or tables (embedded) from the model. Idempotent."""

    # -- writes -----------------------------------------------------------------------------
    @abc.abstractmethod
    def write(self, extractions: Sequence[Extraction], batch_size: int = 1000) -> WriteSummary:
        """Upsert the records of each extraction; each extraction is one transaction."""

    @abc.abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""

    # -- reads ------------------------------------------------------------------------------
    @abc.abstractmethod
    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> QueryResult:
        """Run one Cypher statement. With read_only=True the database itself refuses writes."""

    def nodes(self, label: str) -> Iterator[dict[str, Any]]:
        """Every node of `label` as a dict of the model's properties."""
        props = list(self.model.node(label).properties)
        returns = ", ".join(f"n.{p} AS {p}" for p in props)
        yield from self.run(f"MATCH (n:{label}) RETURN {returns}").records()

    def relationships(self, rel_type: str) -> Iterator[dict[str, Any]]:
        """Every relationship of `rel_type`: source/target key and label plus its properties."""
        spec = self.model.relationship(rel_type)
        for source, target in spec.endpoints:
            props = ", ".join(f"r.{p} AS {p}" for p in spec.properties)
            cypher = (
                f"MATCH (a:{source})-[r:{rel_type}]->(b:{target}) "
                f"RETURN a.key AS source, b.key AS target, {props}"
            )
            for row in self.run(cypher).records():
                row["source_label"], row["target_label"], row["type"] = source, target, rel_type
                yield row

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and relationships per type (zeros included)."""
        out: dict[str, int] = {}
        for label in self.model.nodes:
            out[label] = int(self.run(f"MATCH (n:{label}) RETURN count(n) AS n").rows[0][0])
        for rel_type in self.model.relationships:
            res = self.run(f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n")
            out[rel_type] = int(res.rows[0][0])
        return out

    # -- lifecycle --------------------------------------------------------------------------
    @abc.abstractmethod
    def close(self) -> None: ...

    def describe(self) -> str:
        """One line naming the backend and where its data lives."""
        return self.backend

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
