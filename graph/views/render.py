"""Graph -> one self-contained HTML page, built with pyvis.

pyvis holds the styled nodes, edges and options (`build_network`); `render_html` puts them
in spacegraph's page (`graph.views.page`), which loads nothing from anywhere.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pyvis.network import Network

from graph.views.centrality import node_importance
from graph.views.items import document_titles, edge_item, legend, node_item, short_name
from graph.views.options import vis_options
from graph.views.page import render_page
from graph.views.style import ViewStyle, load_style


class _IdIndex(list[Any]):
    """pyvis keeps node ids in a list and tests membership on every add (quadratic on big
    graphs); this list answers `in` from a set."""

    def __init__(self) -> None:
        super().__init__()
        self._ids: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._ids.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._ids


def _new_network() -> Network:
    # directed=True also skips pyvis's quadratic duplicate-edge scan for undirected graphs.
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.node_ids = _IdIndex()
    return net


def build_network(
    graph: nx.MultiDiGraph, size_by: str = "degree", style: ViewStyle | None = None
) -> Network:
    """A pyvis Network holding the styled nodes, edges and options of `graph`."""
    style = style or load_style()
    importance = node_importance(graph, size_by)
    net = _new_network()
    max_chars = int(style.node_label["max_chars"])
    for key, attrs in graph.nodes(data=True):
        item = node_item(str(key), attrs, importance.get(key, 0.0), graph, style)
        shape = item.pop("shape")
        # pyvis drops `color` when a node has a group; status colours are set afterwards.
        color = item.pop("color", None)
        net.add_node(str(key), label=short_name(item["name"], max_chars), shape=shape, **item)
        if color is not None:
            net.node_map[str(key)]["color"] = color
    for index, (source, target, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        item = edge_item(index, (source, target, key), attrs, graph, style)
        net.add_edge(str(source), str(target), **item)
    net.options = vis_options(style, net.num_nodes(), net.num_edges())
    return net


def render_html(
    graph: nx.MultiDiGraph,
    *,
    size_by: str = "degree",
    title: str = "spacegraph network",
    subtitle: str = "",
    style: ViewStyle | None = None,
) -> str:
    """The whole page for `graph` as one HTML string that loads nothing from anywhere."""
    style = style or load_style()
    net = build_network(graph, size_by, style)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": net.options,
        "meta": {
            "node_count": len(nodes),
            "edge_count": len(edges),
            "size_by": size_by,
            "legend": legend(nodes, edges, style),
            "documents": document_titles(nodes + edges, graph),
        },
    }
    return render_page(data, title=title, subtitle=subtitle, size_by=size_by)
