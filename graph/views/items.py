"""Graph nodes and edges -> vis-network items: styled from the model, with tooltip data.

Items carry what the page shows in tooltips and details (type, aliases, dates, status,
evidence sentences with their document id) as plain data; the page writes it with
textContent. No item gets a vis `title` (vis-network would render it).
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from graph.views.style import ViewStyle

# Evidence sentences per node or edge carried into the page (the tooltip says how many more
# the database holds): enough to judge a fact without shipping every document.
EVIDENCE_PER_ITEM = 6


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def mix(hex_color: str, other: str, amount: float) -> str:
    """`hex_color` moved `amount` (0..1) of the way towards `other`.

    >>> mix("#000000", "#ffffff", 0.5)
    '#808080'
    """
    a, b = _rgb(hex_color), _rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def node_color(base: str) -> dict[str, Any]:
    border = mix(base, "#000000", 0.28)
    light = mix(base, "#ffffff", 0.25)
    return {
        "background": base,
        "border": border,
        "highlight": {"background": light, "border": "#1f2933"},
        "hover": {"background": light, "border": border},
    }


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def short_name(name: str, max_chars: int) -> str:
    return name if len(name) <= max_chars else name[: max_chars - 1].rstrip() + "…"


def _evidence(graph: nx.MultiDiGraph, fact_key: str) -> tuple[list[list[str]], int]:
    """Up to EVIDENCE_PER_ITEM [sentence, doc id] for a fact, and how many there are.

    Evidence travels beside the projection: ``graph.graph["evidence"]`` by fact key (node
    key or relationship key); document titles go to the page once (`document_titles`).
    """
    items = (graph.graph.get("evidence") or {}).get(fact_key) or []
    out: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    for ev in items:
        pair = (_text(ev.get("sentence")), _text(ev.get("doc_id")))
        if pair not in seen:
            seen.add(pair)
            out.append(list(pair))
        if len(out) == EVIDENCE_PER_ITEM:
            break
    return out, len(items)


def document_titles(items: list[dict[str, Any]], graph: nx.MultiDiGraph) -> dict[str, str]:
    """Title of every document the page's evidence cites (the id when it has none)."""
    documents = graph.graph.get("documents") or {}
    cited = sorted({ev[1] for item in items for ev in item.get("evidence", [])})
    return {doc_id: _text((documents.get(doc_id) or {}).get("title")) or doc_id for doc_id in cited}


def rel_label(rel_type: str, role: str | None) -> str:
    """Edge label: the relationship type in words, with its role.

    >>> rel_label("PARTY_TO", "lessee")
    'party to (lessee)'
    """
    words = rel_type.lower().replace("_", " ")
    return f"{words} ({role})" if role else words


def node_item(
    key: str, attrs: dict[str, Any], importance: float, graph: nx.MultiDiGraph, style: ViewStyle
) -> dict[str, Any]:
    label = _text(attrs.get("label")) or "Node"
    look = style.node_style(label)
    name = _text(attrs.get("name")) or key
    evidence, evidence_total = _evidence(graph, key)
    item: dict[str, Any] = {
        "group": label,
        # Square root spreads the long tail of centralities so mid-sized hubs stand out.
        "value": round(math.sqrt(importance), 4),
        "kind": label,
        "name": name,
        "aliases": [a for a in _list(attrs.get("aliases")) if a != name],
        "subtype": _text(attrs.get("subtype")),
        "importance": round(importance, 4),
        "evidence_count": max(int(attrs.get("evidence_count") or 0), evidence_total),
        "doc_count": int(attrs.get("doc_count") or 0),
        "evidence": evidence,
    }
    country = attrs.get("country")
    if country:
        item["country_name"] = (
            _text(graph.nodes[country].get("name")) if country in graph else _text(country)
        )
    for prop in ("date", "end_date", "role"):
        if attrs.get(prop):
            item[prop] = _text(attrs[prop])
    if attrs.get("capabilities"):
        item["capabilities"] = _list(attrs["capabilities"])
    if label == "Agreement":
        status = style.status_style(_text(attrs.get("status")) or None)
        item["status"] = _text(attrs.get("status")) or "unknown"
        item["status_key"] = status.status
        item["agreement_kind"] = _text(attrs.get("kind"))
        item["borderWidth"] = 2
        item["shapeProperties"] = {"borderDashes": status.dashes}
        if status.color:
            item["color"] = node_color(status.color)
    item = {k: v for k, v in item.items() if v not in ("", [], None)}
    item["shape"] = look["shape"]
    return item


def edge_item(
    index: int,
    edge: tuple[str, str, str],
    attrs: dict[str, Any],
    graph: nx.MultiDiGraph,
    style: ViewStyle,
) -> dict[str, Any]:
    source, target, key = edge
    graph_nodes = graph.nodes
    evidence, evidence_total = _evidence(graph, key)
    rel_type = _text(attrs.get("type")) or "RELATED"
    role = _text(attrs.get("role")) or None
    color = style.edge_color(rel_type)
    dashes: bool | list[int] = False
    status = _text(attrs.get("status")) or None
    status_key = None
    if rel_type in style.status_relationships:
        agreement = next(
            (n for n in (source, target) if graph_nodes[n].get("label") == "Agreement"), None
        )
        if agreement is not None:
            status = status or _text(graph_nodes[agreement].get("status")) or "unknown"
    if status:
        look = style.status_style(status)
        status_key = look.status
        dashes = look.dashes
        color = look.color or color
    item: dict[str, Any] = {
        "id": f"e{index}",
        "label": rel_label(rel_type, role),
        "type": rel_type,
        "color": {"color": color, "highlight": mix(color, "#000000", 0.35), "hover": color},
        "value": max(1, int(attrs.get("evidence_count") or 0), evidence_total),
        "evidence_count": max(int(attrs.get("evidence_count") or 0), evidence_total),
        "doc_count": int(attrs.get("doc_count") or 0),
        "evidence": evidence,
    }
    if role:
        item["role"] = role
    if attrs.get("until"):
        item["until"] = _text(attrs["until"])
    if status:
        item["status"] = status
        item["status_key"] = status_key
    if dashes:
        item["dashes"] = dashes
    return item


def legend(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], style: ViewStyle
) -> dict[str, Any]:
    """Legend entries with counts: node types, agreement statuses, relationship types."""
    kind_counts: dict[str, int] = {}
    for n in nodes:
        kind_counts[n["kind"]] = kind_counts.get(n["kind"], 0) + 1
    order = {label: i for i, label in enumerate(style.node_styles)}
    kinds = []
    for kind in sorted(kind_counts, key=lambda k: (order.get(k, 99), k)):
        look = style.node_style(kind)
        kinds.append(
            {
                "kind": kind,
                "shape": look["shape"],
                "color": look["color"],
                "border": mix(look["color"], "#000000", 0.28),
                "count": kind_counts[kind],
            }
        )
    status_counts: dict[str, int] = {}
    for n in nodes:
        if "status_key" in n:
            status_counts[n["status_key"]] = status_counts.get(n["status_key"], 0) + 1
    for e in edges:
        if e.get("status_key") and e["type"] not in style.status_relationships:
            status_counts.setdefault(e["status_key"], 0)
    agreement_color = style.node_style("Agreement")["color"]
    statuses = [
        {
            "status": s.status,
            "label": s.label,
            "dashes": s.dashes or None,
            "color": s.color or mix(agreement_color, "#000000", 0.1),
            "count": status_counts[s.status],
        }
        for s in style.statuses.values()
        if s.status in status_counts
    ]
    rel_counts: dict[str, int] = {}
    for e in edges:
        rel_counts[e["type"]] = rel_counts.get(e["type"], 0) + 1
    relationships = [
        {
            "type": t,
            "label": t.lower().replace("_", " "),
            "color": style.edge_color(t),
            "count": rel_counts[t],
        }
        for t in sorted(rel_counts, key=lambda t: (-rel_counts[t], t))
    ]
    return {"kinds": kinds, "statuses": statuses, "relationships": relationships}
