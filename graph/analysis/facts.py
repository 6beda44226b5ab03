"""Read access to a projection for the dependency analyses, with some nodes and facts left out.

Scenarios (a partner removed) and as-of dates (facts not yet in force) leave parts of the
graph out. A networkx view would do it, but it filters every neighbour of every node
through several layers of Python on each access; at a million facts that costs more than
the analysis. `Facts` reads the plain adjacency dicts and skips excluded nodes and fact keys
only where the analyses look.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from graph.model import InputError


class Facts:
    """A projection minus excluded nodes and excluded facts (by relationship key).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("kz", "ru", "COOPERATES_WITH|kz|ru|", type="COOPERATES_WITH")
    >>> _ = G.add_edge("kz", "us", "COOPERATES_WITH|kz|us|", type="COOPERATES_WITH")
    >>> facts = Facts(G, exclude_nodes={"us"})
    >>> [(target, key) for target, key, _ in facts.out_edges("kz")]
    [('ru', 'COOPERATES_WITH|kz|ru|')]
    >>> facts.present("us"), facts.without(nodes={"ru"}).present("ru")
    (False, False)
    """

    def __init__(
        self,
        G: nx.MultiDiGraph,
        exclude_nodes: Iterable[str] = (),
        exclude_edges: Iterable[str] = (),
        as_of: str | None = None,
    ) -> None:
        if not (G.is_directed() and G.is_multigraph()):
            raise InputError(
                "the dependency analyses read a projection: a networkx MultiDiGraph with one "
                f"edge per fact, not a {type(G).__name__}"
            )
        self.G = G
        self.exclude_nodes = frozenset(exclude_nodes)
        self.exclude_edges = frozenset(exclude_edges)
        # The date the exclusions stand for (an expired agreement may still be in force then).
        self.as_of = as_of if as_of is not None else G.graph.get("as_of")
        self._succ = G._succ  # plain dicts on a graph (mappings on a view): fast to read
        self._pred = G._pred
        self._nodes = G._node

    def without(self, nodes: Iterable[str] = (), edges: Iterable[str] = ()) -> Facts:
        """The same facts with more nodes (and fact keys) left out."""
        return Facts(
            self.G,
            self.exclude_nodes | frozenset(nodes),
            self.exclude_edges | frozenset(edges),
            self.as_of,
        )

    def present(self, node: str) -> bool:
        return node in self._nodes and node not in self.exclude_nodes

    def data(self, node: str) -> dict[str, Any]:
        """The node's attributes (empty when absent or excluded)."""
        if node in self.exclude_nodes:
            return {}
        found = self._nodes.get(node)
        return found if found is not None else {}

    def label(self, node: str) -> str | None:
        return self.data(node).get("label")

    def out_edges(self, node: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(target, key, attributes) of every fact from `node`."""
        return self._edges(self._succ, node)

    def in_edges(self, node: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(source, key, attributes) of every fact into `node`."""
        return self._edges(self._pred, node)

    def _edges(self, adjacency: Any, node: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        if node in self.exclude_nodes or node not in adjacency:
            return
        skip_nodes, skip_edges = self.exclude_nodes, self.exclude_edges
        for other, facts in adjacency[node].items():
            if other in skip_nodes:
                continue
            for key, attrs in facts.items():
                if key not in skip_edges:
                    yield other, key, attrs

    def nodes_with(self, prop: str, value: Any) -> list[str]:
        """Nodes whose property `prop` equals `value`."""
        return [
            n
            for n, attrs in self._nodes.items()
            if attrs.get(prop) == value and n not in self.exclude_nodes
        ]


def as_facts(graph: nx.MultiDiGraph | Facts) -> Facts:
    """A graph as Facts (nothing excluded); Facts unchanged."""
    return graph if isinstance(graph, Facts) else Facts(graph)
