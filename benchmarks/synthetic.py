"""Synthetic cooperation networks of any size, shaped like real projections.

Countries fall into regions; organisations, facilities and people are located in a country;
organisations build programmes, operate facilities and sign agreements (two or three parties
each, every status), programmes launch from facilities. Most ties stay within a region and a
few popular nodes attract many, as in real data. Every node and relationship carries one
evidence sentence, so pages weigh what real ones do.
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

from graph.analysis.projection import build_graph

STATUSES = ("in force", "signed", "proposed", "under review", "planned", "expired", "unknown")
# Share of nodes per label (the rest are organisations).
SHARES = {"Country": 0.06, "Facility": 0.1, "Program": 0.2, "Agreement": 0.22, "Person": 0.04}
NODES_PER_REGION = 250
WITHIN_REGION = 0.85
DOCUMENTS = 97


class _Picker:
    """Choose nodes of a label, mostly from one region, favouring each region's first few."""

    def __init__(self, rng: random.Random, regions: int) -> None:
        self.rng = rng
        self.regions = regions
        self.by_region: dict[tuple[str, int], list[str]] = {}

    def add(self, label: str, region: int, key: str) -> None:
        self.by_region.setdefault((label, region), []).append(key)

    def pick(self, label: str, region: int) -> str:
        if self.rng.random() > WITHIN_REGION:
            region = self.rng.randrange(self.regions)
        pool = self.by_region.get((label, region))
        if not pool:
            pool = next(p for (lab, _), p in self.by_region.items() if lab == label)
        if self.rng.random() < 0.5:
            return pool[min(int(self.rng.paretovariate(1.3)) - 1, len(pool) - 1)]
        return self.rng.choice(pool)


def synthetic_graph(n_nodes: int, seed: int = 0) -> nx.MultiDiGraph:
    """A projection with about `n_nodes` nodes and ~2 relationships per node."""
    rng = random.Random(seed)
    regions = max(2, n_nodes // NODES_PER_REGION)
    counts = {label: max(1, round(n_nodes * share)) for label, share in SHARES.items()}
    counts["Organization"] = max(1, n_nodes - sum(counts.values()))
    picker = _Picker(rng, regions)
    nodes: list[dict[str, Any]] = []
    region_of: dict[str, int] = {}
    for label, count in counts.items():
        for i in range(count):
            key = f"{label.lower()}:{i}"
            region = i % regions
            region_of[key] = region
            picker.add(label, region, key)
            node: dict[str, Any] = {
                "label": label,
                "key": key,
                "name": f"{label} {i}",
                "aliases": [f"{label[:3].upper()}-{i}"],
                "evidence_count": 1,
                "doc_count": 1,
            }
            if label == "Agreement":
                node.update(status=rng.choice(STATUSES), date=str(rng.randint(1990, 2030)))
            nodes.append(node)

    rels: dict[str, dict[str, Any]] = {}

    def rel(rel_type: str, source: str, target: str, role: str = "") -> None:
        key = f"{rel_type}|{source}|{target}|{role}"
        rels[key] = {
            "type": rel_type,
            "source": source,
            "target": target,
            "role": role or None,
            "key": key,
            "evidence_count": 1,
        }

    def keys(label: str) -> list[str]:
        return [n["key"] for n in nodes if n["label"] == label]

    for label in ("Organization", "Facility", "Person"):
        for key in keys(label):
            rel("LOCATED_IN", key, picker.pick("Country", region_of[key]))
    for key in keys("Program"):
        rel("BUILDS", picker.pick("Organization", region_of[key]), key)
        if rng.random() < 0.6:
            rel("LAUNCHES_FROM", key, picker.pick("Facility", region_of[key]))
    for key in keys("Facility"):
        rel("OPERATES", picker.pick("Organization", region_of[key]), key)
    for key in keys("Agreement"):
        region = region_of[key]
        parties = {
            picker.pick(rng.choice(("Organization", "Country")), region)
            for _ in range(rng.randint(2, 3))
        }
        for party in sorted(parties):
            rel("PARTY_TO", party, key, rng.choice(("signatory", "lessee", "contractor")))
        rel("CONCERNS", key, picker.pick(rng.choice(("Program", "Facility")), region))
    for key in keys("Person"):
        rel("HEADS", key, picker.pick("Organization", region_of[key]))
    for _ in range(n_nodes // 10):
        region = rng.randrange(regions)
        a, b = picker.pick("Organization", region), picker.pick("Organization", region)
        if a != b:
            rel("COOPERATES_WITH", a, b)
    facts = [n["key"] for n in nodes] + list(rels)
    evidence = [
        {
            "fact_key": fact,
            "doc_id": f"doc-{i % DOCUMENTS}.txt",
            "sentence": f"Synthetic sentence about {fact}.",
        }
        for i, fact in enumerate(facts)
    ]
    documents = [{"key": f"doc-{i}.txt", "title": f"Document {i}"} for i in range(DOCUMENTS)]
    return build_graph(nodes, rels.values(), evidence, documents)
