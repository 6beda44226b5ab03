"""Run a stored query on a store: bind parameters, refuse writes, read only, plain values."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from graph.model import QueryError
from graph.packs.guard import ensure_read_only
from graph.packs.header import SortKey
from graph.packs.query import Query
from graph.packs.registry import load_registry
from graph.stores.base import QueryResult, Store


def plain(value: Any) -> Any:
    """Driver and engine values as plain Python: numbers, strings, lists, dicts.

    Dates become ISO strings (as the graph stores them) and decimals become int or float,
    so both backends give identical rows.

    >>> plain(decimal.Decimal("2050")), plain([decimal.Decimal("1.5")])
    (2050, [1.5])
    """
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def sort_rows(
    columns: Sequence[str], rows: list[tuple[Any, ...]], keys: Sequence[SortKey], where: str
) -> list[tuple[Any, ...]]:
    """Rows ordered by `keys`; nulls last whatever the direction.

    >>> sort_rows(["a", "b"], [(1, "x"), (2, None), (2, "y")], [SortKey("a", True)], "q")
    [(2, None), (2, 'y'), (1, 'x')]
    """
    out = list(rows)
    for key in reversed(keys):
        if key.column not in columns:
            raise QueryError(f"{where}: sort column {key.column!r} is not among the results")
        index = list(columns).index(key.column)
        present = [r for r in out if r[index] is not None]
        missing = [r for r in out if r[index] is None]
        present.sort(key=functools.partial(_cell_key, index), reverse=key.descending)
        out = present + missing
    return out


def _cell_key(index: int, row: tuple[Any, ...]) -> Any:
    return _sortable(row[index])


def _sortable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_sortable(v) for v in value)
    if isinstance(value, str):
        return value.casefold(), value
    return value


def execute(store: Store, query: Query, params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run `query` on `store` read-only and return its rows as plain Python values."""
    values = query.bind(params or {})
    text = query.text_for(store.backend)
    ensure_read_only(text, str(query.path_for(store.backend)))
    result = store.run(text, values, read_only=True)
    rows = [tuple(plain(v) for v in row) for row in result.rows]
    if query.header.sort:
        rows = sort_rows(result.columns, rows, query.header.sort, f"query {query.name!r}")
    return QueryResult(list(result.columns), rows)


def run_query(
    store: Store,
    name: str,
    params: Mapping[str, Any] | None = None,
    pack_dirs: Iterable[str | Path] = (),
) -> Any:
    """Run the stored query `name` and return a pandas DataFrame (for notebooks).

    `params` values may be Python values or text as typed on the command line;
    `pack_dirs` adds folders of your own queries to the shipped packs.
    """
    query = load_registry(list(pack_dirs)).get(name)
    return execute(store, query, params).to_dataframe()


def list_queries(pack_dirs: Iterable[str | Path] = ()) -> Any:
    """A DataFrame of every available query: name, pack, title, parameters, file."""
    import pandas as pd

    rows = [
        {
            "name": q.name,
            "pack": q.pack,
            "title": q.title,
            "parameters": describe_params(q),
            "path": str(q.path),
        }
        for q in load_registry(list(pack_dirs))
    ]
    return pd.DataFrame(rows, columns=["name", "pack", "title", "parameters", "path"])


def describe_params(query: Query) -> str:
    """Parameters in one line: `country="Kazakhstan", agreement (required)`."""
    parts = []
    for p in query.params:
        parts.append(f"{p.name} (required)" if p.required else f"{p.name}={p.describe_default()}")
    return ", ".join(parts)
