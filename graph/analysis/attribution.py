"""Who stands behind a node: the country (or intergovernmental body) it is attributed to.

Rules (documented in docs/analysis.md):

- a Country is its own side;
- an intergovernmental Organization (subtype ``intergovernmental``) is its own side;
- another Organization rolls up to its ``country`` property, else its LOCATED_IN country,
  else the side of the organisation it is PART_OF;
- a Person rolls up to its LOCATED_IN country, else the side of what it HEADS;
- a Facility rolls up to its ``country`` property, else its LOCATED_IN country, else the side
  of the facility (or programme) it is located in or part of;
- a Program rolls up to its LOCATED_IN country, else the side of the facility or programme
  it is PART_OF, else the one side that OWNS or OPERATES it, else the one side that BUILDS
  it; a programme with several such sides (a joint programme) has none;
- an Agreement has no side.

Where an entity is located in several countries (a joint venture), the focal country wins
if it is among them, else the best-evidenced one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.analysis.facts import Facts, as_facts
from graph.model import InputError

_IN_PROGRESS = object()
# Relations along which a side passes on (see the rules above): a child points at its parent,
# or an owner, operator or builder at its programme.
_INHERIT_FROM_TARGET = frozenset({"LOCATED_IN", "PART_OF", "HEADS"})
_INHERIT_FROM_SOURCE = frozenset({"OWNS", "OPERATES", "BUILDS"})


class Attribution:
    """Memoised side lookup over a projection (or `Facts`, for a scenario or an as-of date).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:russia", label="Country", name="Russia")
    >>> G.add_node("organization:roscosmos", label="Organization", name="Roscosmos")
    >>> G.add_node("program:soyuz-5", label="Program", name="Soyuz-5")
    >>> _ = G.add_edge("organization:roscosmos", "country:russia", type="LOCATED_IN")
    >>> _ = G.add_edge("organization:roscosmos", "program:soyuz-5", type="BUILDS")
    >>> Attribution(G).side("program:soyuz-5")
    'country:russia'
    """

    def __init__(self, graph: nx.MultiDiGraph | Facts, prefer: str | None = None) -> None:
        self.facts = as_facts(graph)
        self.G = self.facts.G
        self.prefer = prefer
        self._memo: dict[str, Any] = {}

    def present(self, node: str) -> bool:
        """In the graph and not left out."""
        return self.facts.present(node)

    def side(self, node: str) -> str | None:
        """The key of the country or intergovernmental body behind `node`, or None."""
        found = self._memo.get(node)
        if found is _IN_PROGRESS:
            return None  # a cycle of PART_OF/LOCATED_IN facts: no side from it
        if node in self._memo:
            return found
        self._memo[node] = _IN_PROGRESS
        result = self._resolve(node) if self.facts.present(node) else None
        self._memo[node] = result
        return result

    def sides(self, nodes: Iterable[str] | None = None) -> dict[str, str | None]:
        return {n: self.side(n) for n in (self.G if nodes is None else nodes)}

    def attributed_to(self, side: str) -> set[str]:
        """Every node whose side is `side` (itself included).

        Found outward from `side` (and from the nodes naming it in their ``country``
        property) along the relations a side passes through, so the work grows with the
        country's part of the graph rather than the whole graph.

        >>> G = nx.MultiDiGraph()
        >>> G.add_node("c:ru", label="Country"); G.add_node("o:rsc", label="Organization")
        >>> G.add_node("p:soyuz", label="Program"); G.add_node("o:x", label="Organization")
        >>> _ = G.add_edge("o:rsc", "c:ru", type="LOCATED_IN")
        >>> _ = G.add_edge("o:rsc", "p:soyuz", type="BUILDS")
        >>> sorted(Attribution(G).attributed_to("c:ru"))
        ['c:ru', 'o:rsc', 'p:soyuz']
        """
        if not self.facts.present(side):
            return set()
        seeds = {side, *self.facts.nodes_with("country", side)}
        found: set[str] = set()
        seen = set(seeds)
        frontier = list(seeds)
        while frontier:
            node = frontier.pop()
            if self.side(node) != side:
                continue  # resolves to another side: nothing inherits ours through it
            found.add(node)
            nearby = [
                child
                for child, _, attrs in self.facts.in_edges(node)
                if attrs.get("type") in _INHERIT_FROM_TARGET
            ] + [
                target
                for target, _, attrs in self.facts.out_edges(node)
                if attrs.get("type") in _INHERIT_FROM_SOURCE
            ]
            for other in nearby:
                if other not in seen:
                    seen.add(other)
                    frontier.append(other)
        return found

    # -- rules ------------------------------------------------------------------------------
    def _resolve(self, node: str) -> str | None:
        data = self.facts.data(node)
        label = data.get("label")
        if label == "Country":
            return node
        if label == "Organization":
            if str(data.get("subtype") or "").casefold() == "intergovernmental":
                return node
            return (
                self._country_property(data)
                or self._located_country(node)
                or self._first_side(self._out(node, "PART_OF", ("Organization",)))
            )
        if label == "Person":
            return self._located_country(node) or self._first_side(
                self._out(node, "HEADS", ("Organization", "Country", "Program"))
            )
        if label == "Facility":
            return (
                self._country_property(data)
                or self._located_country(node)
                or self._first_side(self._out(node, "LOCATED_IN", ("Facility",)))
                or self._first_side(self._out(node, "PART_OF", ("Facility", "Program")))
            )
        if label == "Program":
            return (
                self._located_country(node)
                or self._first_side(self._out(node, "PART_OF", ("Facility", "Program")))
                or self._unique_side(self._in(node, ("OWNS", "OPERATES")))
                or self._unique_side(self._in(node, ("BUILDS",)))
            )
        return None

    def _country_property(self, data: dict[str, Any]) -> str | None:
        value = data.get("country")
        if not value or value in self.facts.exclude_nodes:
            return None
        return str(value)

    def _located_country(self, node: str) -> str | None:
        scored: dict[str, float] = {}
        for target, _, attrs in self.facts.out_edges(node):
            if attrs.get("type") == "LOCATED_IN" and self.facts.label(target) == "Country":
                scored[target] = scored.get(target, 0) + attrs.get("weight", 1)
        if not scored:
            return None
        if self.prefer in scored:
            return self.prefer
        return sorted(scored, key=lambda k: (-scored[k], k))[0]

    def _out(self, node: str, rel_type: str, labels: tuple[str, ...]) -> list[str]:
        return sorted(
            target
            for target, _, attrs in self.facts.out_edges(node)
            if attrs.get("type") == rel_type and self.facts.label(target) in labels
        )

    def _in(self, node: str, rel_types: tuple[str, ...]) -> list[str]:
        return sorted(
            source
            for source, _, attrs in self.facts.in_edges(node)
            if attrs.get("type") in rel_types
        )

    def _first_side(self, nodes: list[str]) -> str | None:
        for other in nodes:
            side = self.side(other)
            if side:
                return side
        return None

    def _unique_side(self, nodes: list[str]) -> str | None:
        found = {self.side(n) for n in nodes} - {None}
        if len(found) == 1:
            return found.pop()
        if self.prefer in found:
            return self.prefer
        return None


def resolve_entity(
    G: nx.MultiDiGraph, text: str, labels: tuple[str, ...] = ("Country",), what: str = "country"
) -> str:
    """The key of the node named `text`: by key, name, alias or ISO code, case-insensitive.

    Raises InputError naming close candidates when nothing matches.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:kazakhstan", label="Country", name="Kazakhstan", iso2="KZ",
    ...            aliases=["Kazakh"])
    >>> resolve_entity(G, "kazakh"), resolve_entity(G, "KZ")
    ('country:kazakhstan', 'country:kazakhstan')
    >>> resolve_entity(G, "Kazakstan")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.model.errors.InputError: no country named 'Kazakstan' in the graph; did you mean ...
    """
    wanted = text.strip().casefold()
    if text in G and G.nodes[text].get("label") in labels:
        return text
    matches = []
    for node, data in G.nodes(data=True):
        if data.get("label") not in labels:
            continue
        names = [node, data.get("name"), data.get("iso2"), data.get("iso3")]
        names += list(data.get("aliases") or [])
        if any(str(n).casefold() == wanted for n in names if n):
            matches.append(node)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        exact = [m for m in matches if str(G.nodes[m].get("name", "")).casefold() == wanted]
        if len(exact) == 1:
            return exact[0]
        listed = ", ".join(sorted(matches)[:5])
        raise InputError(f"{what} {text!r} is ambiguous: it names {listed}; pass a key")
    import difflib

    known = [
        str(data.get("name"))
        for _, data in G.nodes(data=True)
        if data.get("label") in labels and data.get("name")
    ]
    close = difflib.get_close_matches(text, known, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise InputError(f"no {what} named {text!r} in the graph{hint}")
