"""Narrow a view graph: node types, countries, agreement status, a date, a neighbourhood.

Pure functions over a projection (`graph.analysis.projection`); they never touch a store.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.analysis.projection import filter_graph
from graph.model import ConfigError, InputError


@dataclass(frozen=True)
class ViewFilter:
    """What to keep. Empty tuples keep everything."""

    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    as_of: str | None = None
    focus: str | None = None
    depth: int = 1

    def describe(self) -> str:
        """A short human summary, e.g. for the page header."""
        parts = []
        if self.focus:
            parts.append(f"around {self.focus} (depth {self.depth})")
        if self.types:
            parts.append("types: " + ", ".join(self.types))
        if self.countries:
            parts.append("countries: " + ", ".join(self.countries))
        if self.statuses:
            parts.append("status: " + ", ".join(self.statuses))
        if self.as_of:
            parts.append(f"as of {self.as_of}")
        return "; ".join(parts)


def normalise(text: str) -> str:
    """Case- and accent-insensitive form of a name for matching.

    >>> normalise("  Türkiye ")
    'turkiye'
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def _names(node: str, attrs: dict[str, Any]) -> Iterable[str]:
    yield node
    if attrs.get("name"):
        yield str(attrs["name"])
    aliases = attrs.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    yield from (str(a) for a in aliases)
    for code in ("iso2", "iso3"):
        if attrs.get(code):
            yield str(attrs[code])


def find_nodes(graph: nx.MultiDiGraph, name: str, label: str | None = None) -> list[str]:
    """Nodes whose key, name, alias (or ISO code) equals `name`, ignoring case and accents."""
    wanted = normalise(name)
    return [
        node
        for node, attrs in graph.nodes(data=True)
        if (label is None or attrs.get("label") == label)
        and any(normalise(n) == wanted for n in _names(node, attrs))
    ]


def find_node(graph: nx.MultiDiGraph, name: str, label: str | None = None) -> str:
    """The one node `name` designates, or an InputError suggesting close names."""
    matches = find_nodes(graph, name, label)
    if len(matches) == 1:
        return matches[0]
    kind = (label or "node").lower()
    if len(matches) > 1:
        raise InputError(
            f"{name!r} names several {kind}s: {', '.join(sorted(matches)[:5])}; use a key"
        )
    from rapidfuzz import process

    choices = {
        node: str(attrs.get("name") or node)
        for node, attrs in graph.nodes(data=True)
        if label is None or attrs.get("label") == label
    }
    close = process.extract(name, choices, limit=3, score_cutoff=60)
    hint = f"; did you mean {', '.join(repr(c[0]) for c in close)}?" if close else ""
    raise InputError(f"no {kind} named {name!r} in the graph{hint}")


def apply_filters(graph: nx.MultiDiGraph, view_filter: ViewFilter) -> nx.MultiDiGraph:
    """A copy of `graph` keeping what `view_filter` asks for.

    Types, statuses and the as-of date follow the analyses' rules
    (`graph.analysis.projection.filter_graph`: an as-of view keeps the facts in force at that
    date). Then --country keeps each country, what is located in it and their direct
    neighbours, and --focus/--depth keeps the neighbourhood of one node.

    >>> from graph.analysis.projection import build_graph
    >>> g = build_graph(
    ...     [{"label": "Country", "key": "c:kz", "name": "Kazakhstan", "iso2": "KZ"},
    ...      {"label": "Facility", "key": "f:b", "name": "Baikonur", "country": "c:kz"},
    ...      {"label": "Country", "key": "c:ru", "name": "Russia"},
    ...      {"label": "Country", "key": "c:fr", "name": "France"}],
    ...     [{"type": "LEASES", "source": "c:ru", "target": "f:b"}])
    >>> sorted(apply_filters(g, ViewFilter(countries=("kz",))))
    ['c:kz', 'c:ru', 'f:b']
    >>> sorted(apply_filters(g, ViewFilter(focus="Russia", depth=1)))
    ['c:ru', 'f:b']
    """
    if view_filter.depth < 0:
        raise ConfigError("--depth must be 0 or more")
    if view_filter.types or view_filter.statuses or view_filter.as_of:
        graph = filter_graph(
            graph,
            labels=view_filter.types or None,
            statuses=view_filter.statuses or None,
            as_of=view_filter.as_of,
        )
    if view_filter.countries:
        graph = _country_neighbourhood(graph, view_filter.countries)
    if view_filter.focus:
        centre = find_node(graph, view_filter.focus)
        ego = nx.ego_graph(graph.to_undirected(as_view=True), centre, radius=view_filter.depth)
        graph = graph.subgraph(ego.nodes)
    return graph.copy()


def _country_neighbourhood(graph: nx.MultiDiGraph, countries: Iterable[str]) -> nx.MultiDiGraph:
    seeds: set[str] = set()
    for name in countries:
        country = find_node(graph, name, label="Country")
        seeds.add(country)
        seeds.update(n for n, a in graph.nodes(data=True) if a.get("country") == country)
        seeds.update(
            s for s, t, a in graph.in_edges(country, data=True) if a.get("type") == "LOCATED_IN"
        )
    keep = set(seeds)
    for node in seeds:
        keep.update(graph.predecessors(node))
        keep.update(graph.successors(node))
    return graph.subgraph(keep).copy()
