"""Interactive network views: a networkx graph -> one self-contained, offline HTML page.

    >>> from graph.views import render_html, apply_filters, ViewFilter, show_inline

Project a store with `graph.analysis.projection.project` (or build a graph with its
`build_graph`), narrow it with `apply_filters`, render it with `render_html` or `write_view`,
or show it in a notebook with `show_inline`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import InputError
from graph.views.centrality import SIZE_METRICS, node_importance
from graph.views.filters import ViewFilter, apply_filters, find_node
from graph.views.notebook import show_inline
from graph.views.render import render_html


def write_view(graph: nx.MultiDiGraph, path: str | Path, **render_options: Any) -> Path:
    """Render `graph` and write the page to `path` (parent folders created)."""
    page = render_html(graph, **render_options)
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


__all__ = [
    "SIZE_METRICS",
    "ViewFilter",
    "apply_filters",
    "find_node",
    "node_importance",
    "render_html",
    "show_inline",
    "write_view",
]
