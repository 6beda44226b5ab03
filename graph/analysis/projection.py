"""Project stored facts into a networkx graph, and filter that graph.

The projection is a ``networkx.MultiDiGraph``: one node per entity (key = node key), one edge
per relationship fact (edge key = relationship key), so every fact keeps its identity and
its evidence and a report can cite it. Analyses that need one weighted edge per pair collapse
it with :func:`collapse`. Evidence, documents and claims are not graph nodes: they travel in
``G.graph`` (``evidence`` by fact key, ``documents`` by id, ``claims``).

Edge and node weights are evidence counts (``weight`` = number of evidence snippets, at
least 1). :func:`build_graph` works on plain record dicts; :func:`project` feeds it from a
store through ``Store.nodes`` and ``Store.relationships`` only, so it runs on every backend.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import networkx as nx

from graph.analysis.dates import as_of_point, earliest, ended_before, started_by
from graph.model import InputError, load_model

ENTITY_LABELS = ("Country", "Organization", "Facility", "Program", "Agreement", "Person")
# Provenance and claims live beside the graph, not in it.
META_TYPES = ("ABOUT", "CONTRADICTS", "SUPPORTS", "FROM_DOCUMENT")
# Identity facts (where an organisation is based, what a site belongs to) hold whatever the
# date: an as-of view keeps them so organisations still roll up to their country.
TIMELESS_TYPES = frozenset({"LOCATED_IN", "PART_OF"})
# These follow their agreement: in force when it is.
AGREEMENT_TYPES = frozenset({"PARTY_TO", "CONCERNS"})
UNDATED_POLICIES = ("exclude", "include")
_NOT_EDGE_ATTRS = frozenset({"source", "target", "key", "source_label", "target_label"})
_EVIDENCE_FIELDS = ("doc_id", "sentence", "rule", "source", "char_start", "char_end")


def graph_relationship_types() -> tuple[str, ...]:
    """Relationship types that become graph edges (every type but provenance and claims)."""
    return tuple(t for t in load_model().relationships if t not in META_TYPES)


def _relationship_key(rel: Mapping[str, Any]) -> str:
    if rel.get("key"):
        return str(rel["key"])
    return f"{rel['type']}|{rel['source']}|{rel['target']}|{rel.get('role') or ''}"


def build_graph(
    nodes: Iterable[Mapping[str, Any]],
    relationships: Iterable[Mapping[str, Any]],
    evidence: Iterable[Mapping[str, Any]] = (),
    documents: Iterable[Mapping[str, Any]] = (),
    claims: Iterable[Mapping[str, Any]] = (),
) -> nx.MultiDiGraph:
    """Build the projection from plain records.

    Parameters
    ----------
    nodes : iterable of dict
        Entity nodes: ``label``, ``key`` and any properties (None values are dropped).
    relationships : iterable of dict
        ``type``, ``source``, ``target`` (node keys) and properties (``key``, ``role``,
        ``until``, ``evidence_count``...). Relationships whose ends are not among `nodes`
        are left out.
    evidence : iterable of dict
        Evidence nodes: ``fact_key``, ``doc_id``, ``sentence``, ``rule``...
    documents : iterable of dict
        Document nodes: ``key`` (the document id), ``title``, ``published``.
    claims : iterable of dict
        Claim nodes: ``key``, ``subject``, ``attribute``, ``value``, ``doc_id``.

    Returns
    -------
    networkx.MultiDiGraph
        Node attributes: ``label`` plus the node's properties. Edge attributes: ``type``,
        the relationship's properties, ``weight`` (evidence count, at least 1) and
        ``first_seen`` (earliest publication date among its evidence documents).

    Examples
    --------
    >>> G = build_graph(
    ...     [{"label": "Country", "key": "country:russia", "name": "Russia"},
    ...      {"label": "Facility", "key": "facility:baikonur", "name": "Baikonur"}],
    ...     [{"type": "LEASES", "source": "country:russia", "target": "facility:baikonur",
    ...       "evidence_count": 2}],
    ...     evidence=[{"fact_key": "LEASES|country:russia|facility:baikonur|", "doc_id": "a",
    ...                "sentence": "Baikonur is leased to Russia."}],
    ...     documents=[{"key": "a", "published": "2021-03"}])
    >>> list(G.edges(keys=True, data="weight"))
    [('country:russia', 'facility:baikonur', 'LEASES|country:russia|facility:baikonur|', 2)]
    >>> [d["first_seen"] for _, _, d in G.edges(data=True)]
    ['2021-03']
    """
    G = nx.MultiDiGraph()
    docs: dict[str, dict[str, Any]] = {}
    for doc in documents:
        doc_id = str(doc.get("key") or doc.get("doc_id"))
        docs[doc_id] = {k: doc.get(k) for k in ("title", "published", "path") if doc.get(k)}
    by_fact: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in evidence:
        item = {k: ev.get(k) for k in _EVIDENCE_FIELDS if ev.get(k) is not None}
        item["published"] = docs.get(str(ev.get("doc_id")), {}).get("published")
        by_fact[str(ev["fact_key"])].append(item)
    first_seen = {fact: earliest([e["published"] for e in evs]) for fact, evs in by_fact.items()}

    for node in nodes:
        attrs = {k: v for k, v in node.items() if v is not None and k != "key"}
        attrs["first_seen"] = first_seen.get(str(node["key"]))
        G.add_node(str(node["key"]), **attrs)

    present = G._node
    count = 0

    def edges() -> Iterable[tuple[str, str, str, dict[str, Any]]]:
        nonlocal count
        for rel in relationships:
            source, target = str(rel["source"]), str(rel["target"])
            if source not in present or target not in present:
                continue
            key = _relationship_key(rel)
            attrs = dict(rel)  # copy, then trim: quicker than a filtered rebuild per fact
            for name in _NOT_EDGE_ATTRS:
                attrs.pop(name, None)
            if None in attrs.values():
                attrs = {k: v for k, v in attrs.items() if v is not None}
            attrs["weight"] = max(int(rel.get("evidence_count") or 0), 1)
            seen = first_seen.get(key)
            if seen is not None:
                attrs["first_seen"] = seen
            count += 1
            yield source, target, key, attrs

    # Millions of new dicts would trigger the cyclic collector again and again, each pass
    # walking everything built so far; none of them can be garbage yet.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _add_facts(G, edges())
    finally:
        if collecting:
            gc.enable()
    G.graph.update(
        # Counting a multigraph's edges walks all of them: count once, here.
        size=(G.number_of_nodes(), count),
        evidence=dict(by_fact),
        documents=docs,
        claims=[{k: v for k, v in c.items() if v is not None} for c in claims],
        as_of=None,
        excluded={},
    )
    return G


def _add_facts(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Add edges whose ends are already nodes, each with its own key and attribute dict.

    Same result as ``G.add_edges_from``, which checks and rebuilds every edge through
    several calls: a third of the projection time at a million facts. Written against
    MultiDiGraph's documented data layout (``_succ[u][v][key] = attrs``, shared with
    ``_pred[v][u]``); a test checks it against ``add_edges_from``.
    """
    succ, pred = G._succ, G._pred
    for source, target, key, attrs in edges:
        keys = succ[source].get(target)
        if keys is None:
            keys = succ[source][target] = pred[target][source] = {}
        found = keys.get(key)
        if found is None:
            keys[key] = attrs
        else:
            found.update(attrs)  # the same fact twice: merge, as add_edge does


def agreement_start(G: nx.MultiDiGraph, agreement: str) -> str | None:
    """When an agreement started: its date, else the earliest publication reporting it.

    "Reporting it" means evidence for the agreement node or for its PARTY_TO and CONCERNS
    relationships.
    """
    data = G.nodes[agreement]
    if data.get("date") or data.get("year"):
        return str(data.get("date") or data.get("year"))
    seen = [data.get("first_seen")]
    for _, _, attrs in G.in_edges(agreement, data=True):
        if attrs.get("type") == "PARTY_TO":
            seen.append(attrs.get("first_seen"))
    for _, _, attrs in G.out_edges(agreement, data=True):
        if attrs.get("type") == "CONCERNS":
            seen.append(attrs.get("first_seen"))
    return earliest(seen)


def agreement_end(G: nx.MultiDiGraph, agreement: str) -> str | None:
    """When an agreement ends: its end_date (or end_year), if stated."""
    data = G.nodes[agreement]
    value = data.get("end_date") or data.get("end_year")
    return str(value) if value else None


def edge_period(attrs: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Start and end of a non-agreement relationship fact: first report, and lease end."""
    return attrs.get("first_seen"), attrs.get("until")


def in_force(start: str | None, end: str | None, as_of: str, undated: str) -> tuple[bool, str]:
    """Whether a fact holds at `as_of`, and why not ("undated", "not yet", "ended").

    >>> in_force("2011", None, "2012", "exclude")
    (True, '')
    >>> in_force(None, None, "2012", "exclude"), in_force(None, None, "2012", "include")
    ((False, 'undated'), (True, ''))
    >>> in_force("2011", "2011-06", "2012", "exclude")
    (False, 'ended')
    """
    return in_force_at(start, end, as_of_point(as_of), undated)


def in_force_at(start: str | None, end: str | None, when: date, undated: str) -> tuple[bool, str]:
    """:func:`in_force` at a day already parsed."""
    started = started_by(start, when)
    if started is None and undated == "exclude":
        return False, "undated"
    if started is False:
        return False, "not yet"
    if ended_before(end, when):
        return False, "ended"
    return True, ""


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    labels: Sequence[str] | None = None,
    rel_types: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None,
    as_of: str | None = None,
    undated: str = "exclude",
) -> nx.MultiDiGraph:
    """A filtered view of a projection.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection from :func:`build_graph` or :func:`project`.
    labels : sequence of str, optional
        Keep only nodes with these labels (and the edges between them).
    rel_types : sequence of str, optional
        Keep only edges of these types.
    statuses : sequence of str, optional
        Keep only agreements with these statuses (case-insensitive; an agreement without a
        status has status ``unknown``), and drop the edges of the others.
    as_of : str, optional
        Keep only facts in force at this date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month
        means its last day). An agreement holds from its date (or, without one, its first
        report) until its end_date; another fact from the earliest publication date among
        its evidence until its ``until`` (leases). Location and part-of facts always hold.
    undated : {"exclude", "include"}
        What to do, with `as_of`, with a fact that has neither a date nor a dated report.

    Returns
    -------
    networkx.MultiDiGraph
        ``G.graph["excluded"]`` counts the facts the date filter left out, by reason.

    Examples
    --------
    >>> G = build_graph(
    ...     [{"label": "Country", "key": "c:a", "name": "A"},
    ...      {"label": "Agreement", "key": "ag:1", "status": "in force", "date": "2015"},
    ...      {"label": "Agreement", "key": "ag:2", "status": "proposed", "date": "2020"}],
    ...     [{"type": "PARTY_TO", "source": "c:a", "target": "ag:1"},
    ...      {"type": "PARTY_TO", "source": "c:a", "target": "ag:2"}])
    >>> sorted(filter_graph(G, as_of="2018"))
    ['ag:1', 'c:a']
    >>> sorted(filter_graph(G, statuses=["proposed"]))
    ['ag:2', 'c:a']
    """
    if undated not in UNDATED_POLICIES:
        raise InputError(f"undated must be one of {', '.join(UNDATED_POLICIES)}, got {undated!r}")
    if labels is not None:
        unknown = set(labels) - set(ENTITY_LABELS)
        if unknown:
            raise InputError(
                f"unknown label(s) {', '.join(sorted(unknown))}; "
                f"choose from {', '.join(ENTITY_LABELS)}"
            )
    if rel_types is not None:
        unknown = set(rel_types) - set(graph_relationship_types())
        if unknown:
            raise InputError(
                f"unknown relationship type(s) {', '.join(sorted(unknown))}; "
                f"choose from {', '.join(graph_relationship_types())}"
            )
    dropped_nodes, dropped_edges, excluded = exclusions(
        G, labels=labels, rel_types=rel_types, statuses=statuses, as_of=as_of, undated=undated
    )
    # A view, not a copy: filtering a million-edge projection stays cheap.
    H = nx.subgraph_view(
        G,
        filter_node=lambda n: n not in dropped_nodes,
        filter_edge=lambda u, v, k: k not in dropped_edges,
    )
    H.graph = {k: v for k, v in G.graph.items() if k != "size"}  # the view has fewer
    H.graph["as_of"] = as_of if as_of is not None else G.graph.get("as_of")
    H.graph["undated"] = undated
    H.graph["excluded"] = excluded
    return H


def exclusions(
    G: nx.MultiDiGraph,
    *,
    labels: Sequence[str] | None = None,
    rel_types: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None,
    as_of: str | None = None,
    undated: str = "exclude",
) -> tuple[set[str], set[str], dict[str, int]]:
    """What :func:`filter_graph` leaves out: node keys, relationship keys, and counts of the
    facts the date left out by reason (arguments as for :func:`filter_graph`)."""
    wanted_status = {s.casefold() for s in statuses} if statuses is not None else None
    excluded: dict[str, int] = defaultdict(int)
    dropped_nodes: set[str] = set()
    for node, data in G.nodes(data=True):
        if labels is not None and data.get("label") not in labels:
            dropped_nodes.add(node)
            continue
        if data.get("label") == "Agreement":
            status = str(data.get("status") or "unknown").casefold()
            if wanted_status is not None and status not in wanted_status:
                dropped_nodes.add(node)
                continue
            if as_of is not None:
                ok, why = in_force(agreement_start(G, node), agreement_end(G, node), as_of, undated)
                if not ok:
                    excluded[f"agreements {why}"] += 1
                    dropped_nodes.add(node)
    dropped_edges: set[str] = set()
    if rel_types is not None or as_of is not None:
        for _, _, key, attrs in G.edges(keys=True, data=True):
            rel_type = attrs.get("type")
            if rel_types is not None and rel_type not in rel_types:
                dropped_edges.add(key)
            elif as_of is not None and rel_type not in TIMELESS_TYPES | AGREEMENT_TYPES:
                ok, why = in_force(*edge_period(attrs), as_of, undated)
                if not ok:
                    excluded[f"relationships {why}"] += 1
                    dropped_edges.add(key)
    return dropped_nodes, dropped_edges, dict(excluded)


def project(
    store: Any,
    *,
    labels: Sequence[str] | None = None,
    rel_types: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None,
    as_of: str | None = None,
    undated: str = "exclude",
) -> nx.MultiDiGraph:
    """Project a store (any backend) into a graph, then apply :func:`filter_graph`.

    Reads only through ``Store.nodes(label)`` and ``Store.relationships(type)``.
    """
    wanted_labels = tuple(labels) if labels is not None else ENTITY_LABELS
    wanted_types = tuple(rel_types) if rel_types is not None else graph_relationship_types()
    filter_graph(nx.MultiDiGraph(), labels=wanted_labels, rel_types=wanted_types)  # validates

    def nodes() -> Iterable[dict[str, Any]]:
        for label in wanted_labels:
            for row in store.nodes(label):
                row["label"] = label
                yield row

    def relationships() -> Iterable[Mapping[str, Any]]:
        for rel_type in wanted_types:
            yield from store.relationships(rel_type)

    G = build_graph(
        nodes(),
        relationships(),
        evidence=store.nodes("Evidence"),
        documents=store.nodes("Document"),
        claims=store.nodes("Claim"),
    )
    if statuses is None and as_of is None:
        return G
    return filter_graph(G, statuses=statuses, as_of=as_of, undated=undated)


def collapse(G: nx.MultiDiGraph, weight: str | None = "weight") -> nx.Graph:
    """One undirected edge per connected pair, weight summed over the parallel facts.

    Direction in the projection mostly follows how a sentence was phrased ("A cooperates
    with B"), so structural measures read the graph undirected.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", weight=2); G.add_edge("b", "a", weight=3)
    0
    0
    >>> H = collapse(G)
    >>> H["a"]["b"]["weight"], H["a"]["b"]["distance"]
    (5.0, 0.2)
    """
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    sums: dict[tuple[str, str], float] = defaultdict(float)
    for u, v, w in G.edges(data=weight, default=1):
        if u == v:
            continue
        pair = (u, v) if u <= v else (v, u)
        sums[pair] += 1 if weight is None else (w or 1)
    H.add_edges_from((u, v, {"weight": w, "distance": 1 / w}) for (u, v), w in sums.items())
    return H
