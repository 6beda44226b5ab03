"""Citations: every counted tie traced to its facts and their evidence sentences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.ties import Tie, node_name

COLUMNS = [
    "tie", "partner_name", "fact", "fact_description", "doc_id", "published", "title",
    "sentence", "rule",
]  # fmt: skip


def describe_fact(G: nx.MultiDiGraph, fact: str) -> str:
    """A readable line for a fact key: a node (agreement) or a relationship.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:russia", name="Russia"); G.add_node("facility:b", name="Baikonur")
    >>> G.add_node("agreement:l", label="Agreement", name="Baikonur lease", kind="lease",
    ...            status="in force", date="1994")
    >>> describe_fact(G, "LEASES|country:russia|facility:b|")
    'Russia LEASES Baikonur'
    >>> describe_fact(G, "PARTY_TO|country:russia|agreement:l|lessee")
    'Russia PARTY_TO Baikonur lease (role: lessee)'
    >>> describe_fact(G, "agreement:l")
    'Agreement Baikonur lease (lease, in force, 1994)'
    """
    if fact in G:
        data = G.nodes[fact]
        details = [str(data[k]) for k in ("kind", "status", "date") if data.get(k)]
        extra = f" ({', '.join(details)})" if details else ""
        return f"{data.get('label', 'Node')} {node_name(G, fact)}{extra}"
    parts = fact.split("|")
    if len(parts) >= 3:
        rel_type, source, target = parts[0], parts[1], parts[2]
        role = parts[3] if len(parts) > 3 and parts[3] else ""
        text = f"{node_name(G, source)} {rel_type} {node_name(G, target)}"
        return f"{text} (role: {role})" if role else text
    return fact


def citations(G: nx.MultiDiGraph, ties: Sequence[Tie]) -> list[dict[str, Any]]:
    """For each tie: its id, partner, weight and basis, and each fact with its evidence.

    Evidence comes from ``G.graph["evidence"]`` (Evidence nodes, keyed by fact key), with
    the publication date and title of its document.
    """
    evidence = G.graph.get("evidence", {})
    documents = G.graph.get("documents", {})
    out: list[dict[str, Any]] = []
    for tie in ties:
        facts = []
        for fact in tie.facts:
            snippets = []
            for ev in evidence.get(fact, []):
                doc = documents.get(str(ev.get("doc_id")), {})
                snippets.append(
                    {
                        "doc_id": ev.get("doc_id", ""),
                        "published": ev.get("published") or "",
                        "title": doc.get("title", ""),
                        "sentence": ev.get("sentence", ""),
                        "rule": ev.get("rule", ""),
                    }
                )
            facts.append(
                {"fact": fact, "description": describe_fact(G, fact), "evidence": snippets}
            )
        out.append(
            {
                "tie": tie.tie_id,
                "partner": tie.partner,
                "partner_name": node_name(G, tie.partner),
                "rule": tie.rule,
                "relation": tie.relation,
                "weight": tie.weight,
                "basis": tie.basis,
                "capabilities": list(tie.capabilities),
                "facts": facts,
            }
        )
    return out


def citations_frame(cited: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The citations flattened: one row per (tie, fact, evidence sentence)."""
    rows = []
    for tie in cited:
        for fact in tie["facts"]:
            snippets = fact["evidence"] or [{}]
            for ev in snippets:
                rows.append(
                    {
                        "tie": tie["tie"],
                        "partner_name": tie["partner_name"],
                        "fact": fact["fact"],
                        "fact_description": fact["description"],
                        "doc_id": ev.get("doc_id", ""),
                        "published": ev.get("published", ""),
                        "title": ev.get("title", ""),
                        "sentence": ev.get("sentence", ""),
                        "rule": ev.get("rule", ""),
                    }
                )
    return pd.DataFrame(rows, columns=COLUMNS)
