"""Write a projection to files other tools read: GraphML, GEXF (Gephi), CSV, node-link JSON.

Attributes are flattened for formats that only hold scalars: lists (aliases, capabilities)
become "; "-joined strings, missing values are left out, and each attribute keeps one type
across all nodes (or edges) so Gephi can declare it. Node attribute `label` is the display
name (Gephi shows it) and `type` the model label; edges carry `type`, and their relationship
key is the edge id (GraphML, GEXF, JSON) or the `key` column (CSV).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import InputError

FORMATS = ("graphml", "gexf", "csv", "json")
LIST_SEPARATOR = "; "
# Written first, in this order; the rest follow alphabetically.
_NODE_COLUMNS = ("id", "type", "label", "name", "subtype", "aliases", "status", "date", "end_date")
_EDGE_COLUMNS = ("source", "target", "key", "type", "role", "status", "until")
# Bookkeeping of the projection that is not a property of the entity or fact.
_SKIP = frozenset({"evidence"})


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(map(str, value)) if isinstance(value, set | frozenset) else map(str, value)
        return LIST_SEPARATOR.join(items)
    return str(value)


def _unify_types(rows: list[dict[str, Any]]) -> None:
    """Give every attribute one type: numbers stay numbers only if they always are."""
    kinds: dict[str, set[type]] = {}
    for row in rows:
        for key, value in row.items():
            kinds.setdefault(key, set()).add(type(value))
    for key, seen in kinds.items():
        if len(seen) == 1 or seen <= {int, float}:
            if seen == {int, float}:
                for row in rows:
                    if key in row:
                        row[key] = float(row[key])
            continue
        for row in rows:
            if key in row:
                row[key] = str(row[key])


def flat_graph(graph: nx.MultiDiGraph, *, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy with scalar, consistently typed attributes and Gephi's `label`/`type` naming.

    GEXF reserves an edge's `type` (directed/undirected), `label` and `id`: there the
    relationship type moves to `relationship` (and the edge label), and the edge id is the
    relationship key.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("country:kz", label="Country", name="Kazakhstan", aliases=["Kazakh", "KZ"])
    >>> flat_graph(g).nodes["country:kz"]
    {'type': 'Country', 'label': 'Kazakhstan', 'name': 'Kazakhstan', 'aliases': 'Kazakh; KZ'}
    """
    node_rows: list[dict[str, Any]] = []
    for node, attrs in graph.nodes(data=True):
        row: dict[str, Any] = {"type": attrs.get("label", ""), "label": attrs.get("name") or node}
        for key, value in attrs.items():
            if key in _SKIP or key == "label":
                continue
            flat = _scalar(value)
            if flat is not None:
                row[key] = flat
        node_rows.append(row)
    edge_rows: list[dict[str, Any]] = []
    for _, _, key, attrs in graph.edges(keys=True, data=True):
        row = {}
        for name, value in attrs.items():
            flat = _scalar(value)
            if name not in _SKIP and flat is not None:
                row[name] = flat
        if gexf:
            rel_type = row.pop("type", "")
            row.update(relationship=rel_type, label=rel_type, id=str(key))
        edge_rows.append(row)
    _unify_types(node_rows)
    _unify_types(edge_rows)
    flat = nx.MultiDiGraph()
    for node, row in zip(graph.nodes, node_rows, strict=True):
        flat.add_node(str(node), **row)
    for (source, target, key), row in zip(graph.edges(keys=True), edge_rows, strict=True):
        flat.add_edge(str(source), str(target), key=str(key), **row)
    return flat


def _ordered(columns: Iterable[str], first: tuple[str, ...]) -> list[str]:
    present = set(columns)
    return [c for c in first if c in present] + sorted(present - set(first))


def _write_csv(flat: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    node_rows = [{"id": node, **attrs} for node, attrs in flat.nodes(data=True)]
    edge_rows = [
        {"source": s, "target": t, "key": k, **attrs}
        for s, t, k, attrs in flat.edges(keys=True, data=True)
    ]
    written = []
    for name, rows, first in (
        ("nodes.csv", node_rows, _NODE_COLUMNS),
        ("edges.csv", edge_rows, _EDGE_COLUMNS),
    ):
        columns = _ordered({c for row in rows for c in row} | set(first[:2]), first)
        path = folder / name
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


def _json_ready(value: Any) -> Any:
    if isinstance(value, set | frozenset | tuple):
        return sorted(map(str, value)) if isinstance(value, set | frozenset) else list(value)
    return value


def _write_json(graph: nx.MultiDiGraph, path: Path) -> None:
    """Node-link JSON; lists stay lists (JSON holds them), evidence is left out."""
    clean = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        row = {k: _json_ready(v) for k, v in attrs.items() if k not in _SKIP and v is not None}
        row["type"] = row.pop("label", "")
        clean.add_node(str(node), **row)
    for s, t, key, attrs in graph.edges(keys=True, data=True):
        row = {k: _json_ready(v) for k, v in attrs.items() if k not in _SKIP and v is not None}
        clean.add_edge(str(s), str(t), key=str(key), **row)
    data = nx.node_link_data(clean, edges="edges")
    data["graph"] = {}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def export_graph(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> list[Path]:
    """Write `graph` in `fmt` to `path` (a folder for csv); return the files written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = Path(path)
    try:
        if fmt == "csv":
            if target.exists() and not target.is_dir():
                raise InputError(f"csv export writes a folder; {target} is a file")
            return _write_csv(flat_graph(graph), target)
        if target.is_dir():
            raise InputError(f"{target} is a folder; give a file name for {fmt} export")
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "graphml":
            nx.write_graphml(flat_graph(graph), target)
        elif fmt == "gexf":
            nx.write_gexf(flat_graph(graph, gexf=True), target)
        else:
            _write_json(graph, target)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    return [target]


def read_export(fmt: str, path: str | Path) -> nx.MultiDiGraph:
    """Load an export back into networkx (for checks and round trips)."""
    target = Path(path)
    if fmt == "graphml":
        return nx.MultiDiGraph(nx.read_graphml(target, force_multigraph=True))
    if fmt == "gexf":
        raw = nx.read_gexf(target, relabel=False)
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(raw.nodes(data=True))
        for source, target_node, attrs in raw.edges(data=True):
            graph.add_edge(source, target_node, key=attrs.get("id"), **attrs)
        return graph
    if fmt == "json":
        data = json.loads(target.read_text(encoding="utf-8"))
        return nx.MultiDiGraph(nx.node_link_graph(data, edges="edges", multigraph=True))
    if fmt == "csv":
        graph = nx.MultiDiGraph()
        with (target / "nodes.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                node = row.pop("id")
                graph.add_node(node, **{k: v for k, v in row.items() if v != ""})
        with (target / "edges.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                source, target_node = row.pop("source"), row.pop("target")
                key = row.pop("key")
                attrs = {k: v for k, v in row.items() if v != ""}
                graph.add_edge(source, target_node, key=key, **attrs)
        return graph
    raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
