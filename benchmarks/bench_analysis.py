"""Benchmark the analyses on a generated graph (default 100k nodes, 1M relationships).

    .venv/bin/python benchmarks/bench_analysis.py [--nodes 100000] [--relationships 1000000]
        [--data-dir DIR] [--k 20] [--subgraph 2000] [--skip-louvain] [--repeat 3]

Generates a cooperation graph (countries of very different sizes in regions, organisations,
sites, programmes with capabilities, dated agreements of every kind and status, evidence
from dated documents; most facts stay in their country or region), writes it to an
embedded store (kept in --data-dir, default .cache/bench-analysis, for the next run), then
times: projection from the store, each analysis, the full dependency report (data and HTML)
for the most connected country and the 11th (best of --repeat runs), and reports peak
memory (ru_maxrss) after each stage.

Ratios are against a baseline measured in the same run: one pass over every edge of the
projection (`for _ in G.edges(data=True)`), so "x edge passes" reads the same on any
machine. Exact betweenness on the full graph is infeasible (one BFS per node); it is run
on a subgraph (--subgraph nodes around the focal country) against sampled betweenness with
--k sources, and the full-graph exact time is extrapolated from the per-source time.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.analysis import (  # noqa: E402
    Attribution,
    centrality,
    communities,
    dependency_report,
    partner_dependency,
    project,
    remove_partners,
)
from graph.analysis.projection import collapse  # noqa: E402
from graph.analysis.structure import structure  # noqa: E402
from graph.model import load_model  # noqa: E402
from graph.reports.dependency import render_html, render_markdown  # noqa: E402
from graph.stores.embedded import EmbeddedStore  # noqa: E402

CAPABILITIES = list(load_model().capabilities)
KINDS = ("lease", "intergovernmental agreement", "joint venture", "contract", "export contract",
         "MoU", "other")  # fmt: skip
STATUSES = ("in force", "signed", "proposed", "under review", "planned", "expired", "unknown")
# Share of entity nodes per label; evidence and documents come on top (see generate()).
SHARES = {"Country": 0.002, "Organization": 0.27, "Facility": 0.13, "Program": 0.31,
          "Agreement": 0.22, "Person": 0.068}  # fmt: skip
# Share of relationships per (type, source label, target label).
MIX = [
    ("PARTICIPATES_IN", "Organization", "Program", 0.16),
    ("PARTICIPATES_IN", "Country", "Program", 0.03),
    ("PARTICIPATES_IN", "Organization", "Organization", 0.03),
    ("BUILDS", "Organization", "Program", 0.13),
    ("BUILDS", "Organization", "Facility", 0.02),
    ("COOPERATES_WITH", "Organization", "Organization", 0.10),
    ("COOPERATES_WITH", "Country", "Country", 0.02),
    ("FUNDS", "Organization", "Program", 0.06),
    ("FUNDS", "Country", "Program", 0.03),
    ("LAUNCHES_FROM", "Program", "Facility", 0.08),
    ("LAUNCHES_FROM", "Organization", "Facility", 0.02),
    ("OPERATES", "Organization", "Facility", 0.03),
    ("OPERATES", "Organization", "Program", 0.03),
    ("OWNS", "Organization", "Program", 0.02),
    ("LEASES", "Organization", "Facility", 0.01),
    ("LEASES", "Country", "Facility", 0.005),
    ("MEMBER_OF", "Organization", "Organization", 0.015),
    ("PART_OF", "Program", "Program", 0.01),
    ("HEADS", "Person", "Organization", 0.005),
]
EVIDENCE_SHARE = 0.08  # of the node budget
DOCUMENTS = 1000
BATCH = 10_000
COUNTRIES_PER_REGION = 10
WITHIN_COUNTRY = 0.6
WITHIN_REGION = 0.85
NATIONAL_PROGRAMS = 0.7  # share of programmes located in (attributed to) one country


def peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float]] = []

    def run(self, name: str, work: Callable[[], Any], repeat: int = 1) -> Any:
        """Time `work`; with `repeat`, keep the best of several runs (a shared machine's
        other load only ever adds time)."""
        seconds = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            result = work()
            seconds = min(seconds, time.perf_counter() - start)
        self.rows.append((name, seconds, peak_mb()))
        print(f"  {name:<58} {seconds:8.2f} s   peak {peak_mb():7.0f} MB", flush=True)
        return result


class _Picker:
    """Skewed choice that keeps most ties at home: a tie stays in the country of its source
    (WITHIN_COUNTRY), else in its region (WITHIN_REGION), and a few nodes of each pool draw
    many (pool index = size × u^2.5: the first of 5,000 gets ~3% of the picks)."""

    def __init__(self, rng: random.Random, regions: int) -> None:
        self.rng, self.regions = rng, regions
        self.pools: dict[tuple[str, int | str], list[str]] = {}
        self.region_of: dict[str, int] = {}
        self.country_of: dict[str, str] = {}

    def add(self, label: str, region: int, key: str, country: str | None = None) -> None:
        self.pools.setdefault((label, region), []).append(key)
        self.region_of[key] = region
        if country is not None:
            self.pools.setdefault((label, country), []).append(key)
            self.country_of[key] = country

    def near(self, label: str, source: str) -> str:
        """A node of `label` for a tie from `source`: at home, in the region, or anywhere."""
        country = self.country_of.get(source)
        pool = self.pools.get((label, country)) if country is not None else None
        if pool and self.rng.random() < WITHIN_COUNTRY:
            return pool[int(len(pool) * self.rng.random() ** 2.5)]
        return self.pick(label, self.region_of.get(source))

    def pick(self, label: str, region: int | None = None) -> str:
        if region is None or self.rng.random() > WITHIN_REGION:
            region = self.rng.randrange(self.regions)
        pool = self.pools.get((label, region))
        if not pool:
            pool = next(p for (lab, _), p in self.pools.items() if lab == label)
        return pool[int(len(pool) * self.rng.random() ** 2.5)]


def generate(n_nodes: int, n_rels: int, seed: int = 7) -> Iterator[tuple[str, str, list[dict]]]:
    """Batches to write: ("node", label, rows) and ("rel", "TYPE:Source:Target", rows)."""
    rng = random.Random(seed)
    evidence_budget = int(n_nodes * EVIDENCE_SHARE)
    entity_budget = n_nodes - evidence_budget - DOCUMENTS
    keys: dict[str, list[str]] = {}
    country_of: dict[str, str] = {}
    for label, share in SHARES.items():
        count = max(2, round(entity_budget * share))
        keys[label] = [f"{label.lower()}:{i}" for i in range(count)]
    countries = keys["Country"]
    regions = max(2, len(countries) // COUNTRIES_PER_REGION)
    picker = _Picker(rng, regions)
    for i, key in enumerate(countries):
        picker.add("Country", i % regions, key, key)
    for label in ("Organization", "Facility", "Person", "Program", "Agreement"):
        for key in keys[label]:
            # Each region has a few big space powers and many small ones.
            country_of[key] = picker.pick("Country")
            picker.add(label, picker.region_of[country_of[key]], key, country_of[key])
    rows: list[dict[str, Any]] = []
    for i, key in enumerate(countries):
        rows.append({"key": key, "name": f"Country {i}", "iso2": f"C{i}"})
    yield "node", "Country", rows
    for label in ("Organization", "Facility", "Program", "Person"):
        rows = []
        for i, key in enumerate(keys[label]):
            row: dict[str, Any] = {"key": key, "name": f"{label} {i}", "capabilities": []}
            if label in ("Facility", "Program"):
                row["capabilities"] = rng.sample(CAPABILITIES, rng.randint(1, 2))
            if label == "Organization":
                row["subtype"] = "intergovernmental" if rng.random() < 0.01 else "company"
            if label in ("Organization", "Facility") and rng.random() < 0.5:
                row["country"] = country_of[key]  # the rest roll up through LOCATED_IN
            rows.append(row)
        for start in range(0, len(rows), BATCH):
            yield "node", label, rows[start : start + BATCH]
    rows = []
    for i, key in enumerate(keys["Agreement"]):
        year = rng.randint(1990, 2025)
        row = {"key": key, "name": f"Agreement {i}", "kind": rng.choice(KINDS),
               "status": rng.choice(STATUSES), "date": str(year), "year": year,
               "capabilities": rng.sample(CAPABILITIES, rng.randint(0, 1))}  # fmt: skip
        if rng.random() < 0.2:
            row["end_date"] = str(year + rng.randint(2, 30))
        rows.append(row)
    for start in range(0, len(rows), BATCH):
        yield "node", "Agreement", rows[start : start + BATCH]
    docs = [{"key": f"doc-{i}.txt", "name": f"Doc {i}",
             "published": f"{rng.randint(1995, 2025)}-{rng.randint(1, 12):02d}"}
            for i in range(DOCUMENTS)]  # fmt: skip
    yield "node", "Document", docs

    seen: set[str] = set()
    facts: list[str] = []
    by_group: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

    def add(rel_type: str, source_label: str, source: str, target_label: str, target: str,
            **props: Any) -> bool:  # fmt: skip
        key = f"{rel_type}|{source}|{target}|{props.get('role', '')}"
        if key in seen or source == target:
            return False
        seen.add(key)
        facts.append(key)
        row = {"key": key, "source": source, "target": target, "evidence_count": 1, **props}
        by_group.setdefault((rel_type, source_label, target_label), []).append(row)
        return True

    for label in ("Organization", "Facility", "Person"):
        for key in keys[label]:
            add("LOCATED_IN", label, key, "Country", country_of[key])
    for key in keys["Program"]:
        if rng.random() < NATIONAL_PROGRAMS:
            add("LOCATED_IN", "Program", key, "Country", country_of[key])
    for agreement in keys["Agreement"]:
        # Parties: one from the agreement's home country, the others near it (often abroad).
        for i in range(rng.choice((2, 2, 2, 3))):
            party_label = "Country" if rng.random() < 0.35 else "Organization"
            if i == 0:
                party = picker.near(party_label, agreement)
            else:
                party = picker.pick(party_label, picker.region_of[agreement])
            add("PARTY_TO", party_label, party, "Agreement", agreement)
        target_label = rng.choice(("Program", "Facility"))
        add("CONCERNS", "Agreement", agreement, target_label, picker.near(target_label, agreement))
    remaining = n_rels - len(seen) - evidence_budget  # FROM_DOCUMENT edges come on top
    total_share = sum(share for *_, share in MIX)
    for rel_type, source_label, target_label, share in MIX:
        wanted = int(remaining * share / total_share)
        made = attempts = 0
        while made < wanted and attempts < 4 * wanted:  # popular pairs repeat: draw again
            attempts += 1
            props = {"until": str(rng.randint(2000, 2060))} if rel_type == "LEASES" else {}
            source = picker.pick(source_label)
            target = picker.near(target_label, source)
            made += add(rel_type, source_label, source, target_label, target, **props)
    for (rel_type, source_label, target_label), group in by_group.items():
        for start in range(0, len(group), BATCH):
            yield "rel", f"{rel_type}:{source_label}:{target_label}", group[start : start + BATCH]

    evidence_rows, links = [], []
    for i, fact in enumerate(rng.sample(facts, min(evidence_budget, len(facts)))):
        doc = rng.choice(docs)["key"]
        key = f"evidence:{i}"
        sentence = f"Sentence {i} about {fact}."
        evidence_rows.append({"key": key, "name": key, "fact_key": fact, "doc_id": doc,
                              "sentence": sentence, "rule": "bench"})  # fmt: skip
        links.append({"key": f"FROM_DOCUMENT|{key}|{doc}|", "source": key, "target": doc})
    for start in range(0, len(evidence_rows), BATCH):
        yield "node", "Evidence", evidence_rows[start : start + BATCH]
    for start in range(0, len(links), BATCH):
        yield "rel", "FROM_DOCUMENT:Evidence:Document", links[start : start + BATCH]


def write(store: EmbeddedStore, n_nodes: int, n_rels: int) -> tuple[int, int]:
    """Write the generated graph with parameterised UNWIND batches through Store.run."""
    store.ensure_schema()
    nodes = rels = 0
    for kind, what, batch in generate(n_nodes, n_rels):
        # The engine wants every row of a batch to have the same shape: group by properties.
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in batch:
            clean = {k: v for k, v in row.items() if v is not None and v != []}
            shapes.setdefault(tuple(sorted(clean)), []).append(clean)
        for props_key, rows in shapes.items():
            written = _write_rows(store, kind, what, list(props_key), rows)
            if kind == "node":
                nodes += written
            else:
                rels += written
    return nodes, rels


def _write_rows(
    store: EmbeddedStore, kind: str, what: str, props: list[str], rows: list[dict[str, Any]]
) -> int:
    if kind == "node":
        sets = ", ".join(f"{p}: row.{p}" for p in props)
        store.run(f"UNWIND $rows AS row CREATE (n:{what} {{{sets}}})", {"rows": rows},
                  read_only=False)  # fmt: skip
        return len(rows)
    rel_type, source, target = what.split(":")
    sets = ", ".join(f"{p}: row.{p}" for p in props if p not in ("source", "target"))
    store.run(
        f"UNWIND $rows AS row MATCH (a:{source} {{key: row.source}}) "
        f"MATCH (b:{target} {{key: row.target}}) CREATE (a)-[r:{rel_type} {{{sets}}}]->(b)",
        {"rows": rows},
        read_only=False,
    )
    return len(rows)


def countries_by_size(G: nx.MultiDiGraph) -> list[str]:
    """Countries, most connected first."""
    countries = [n for n, d in G.nodes(data=True) if d.get("label") == "Country"]
    return sorted(countries, key=lambda c: (-G.degree(c), c))


def time_report(timer: Timer, G: nx.MultiDiGraph, focal: str, tag: str, repeat: int) -> float:
    """Time every step of one country's dependency report; return data + HTML seconds."""
    print(f"\nDependency of {G.nodes[focal]['name']} ({tag}, {G.degree(focal):,} direct facts)")
    dep = timer.run(
        f"[{tag}] partner_dependency (ties, shares, HHI, capabilities)",
        lambda: partner_dependency(G, focal),  # a fresh attribution each time (it memoises)
        repeat,
    )
    attribution = Attribution(G, prefer=focal)
    print(f"  {len(dep.ties):,} ties, {int(dep.concentration['partners'])} partners, "
          f"HHI {dep.concentration['hhi']:,.0f}")  # fmt: skip
    timer.run(f"[{tag}] articulation points and bridges",
              lambda: structure(G, focal, dep.ties, attribution), repeat)  # fmt: skip
    top_partner = str(dep.partners.iloc[0]["partner"])
    timer.run(f"[{tag}] scenario: remove the largest partner",
              lambda: remove_partners(G, focal, [top_partner], before=dep), repeat)  # fmt: skip
    report = timer.run(
        f"[{tag}] dependency_report data (scenario, trend, citations)",
        lambda: dependency_report(G, focal, remove=[top_partner]),
        repeat,
    )
    data_time = timer.rows[-1][1]

    def html_from_scratch() -> str:
        report.charts.clear()  # draw the charts again each time
        return render_html(report)

    html = timer.run(f"[{tag}] render HTML (3 charts, tables up to 500 rows)",
                     html_from_scratch, repeat)  # fmt: skip
    html_time = timer.rows[-1][1]
    timer.run(f"[{tag}] render Markdown (charts reused)", lambda: render_markdown(report))
    timer.run(f"[{tag}] dependency_report data with --as-of 2015",
              lambda: dependency_report(G, focal, as_of="2015"), repeat)  # fmt: skip
    print(f"  HTML: {len(html) / 1e6:.1f} MB")
    return data_time + html_time


def ego_subgraph(G: nx.MultiDiGraph, centre: str, size: int) -> nx.Graph:
    """About `size` nodes around `centre` (breadth-first), collapsed and undirected."""
    H = collapse(G)
    order = [centre, *(v for _, v in nx.bfs_edges(H, centre))][:size]
    return H.subgraph(order).copy()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, default=REPO / ".cache" / "bench-analysis")
    parser.add_argument("--k", type=int, default=20, help="sampled betweenness sources")
    parser.add_argument("--subgraph", type=int, default=2000, help="nodes for exact betweenness")
    parser.add_argument("--skip-louvain", action="store_true")
    parser.add_argument("--no-freeze", action="store_true", help="leave the projection to gc")
    parser.add_argument("--repeat", type=int, default=3, help="best of N for report steps")
    args = parser.parse_args(argv)

    timer = Timer()
    folder = args.data_dir / f"n{args.nodes}-r{args.relationships}"
    store = EmbeddedStore(folder)
    print(f"Store: {store.describe()}")
    if not store.path.exists():
        print("Generating and writing the graph (first run only)…")
        written = timer.run(
            "write generated graph", lambda: write(store, args.nodes, args.relationships)
        )
        print(f"  wrote {written[0]:,} nodes and {written[1]:,} relationships")
    counts = store.counts()
    n_nodes = sum(counts[label] for label in store.model.nodes)
    n_rels = sum(counts[t] for t in store.model.relationships)
    print(f"Stored: {n_nodes:,} nodes, {n_rels:,} relationships\n")

    print("Projection")
    G = timer.run("project(store) -> MultiDiGraph", lambda: project(store))
    store.close()
    if not args.no_freeze:
        # As the CLI does: the projection lives as long as the process, so the cyclic
        # garbage collector should stop walking its millions of dicts on every collection.
        gc.freeze()
    print(f"  graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges, "
          f"{sum(len(v) for v in G.graph['evidence'].values()):,} evidence")  # fmt: skip
    timer.run("baseline: one pass over every edge", lambda: sum(1 for _ in G.edges(data=True)))
    baseline = timer.rows[-1][1]

    ranked = countries_by_size(G)
    focal = ranked[0]  # exact betweenness runs on a subgraph around it
    print("\nAnalyses (full graph)")
    timer.run("collapse to weighted undirected graph", lambda: collapse(G))
    timer.run("centrality: degree", lambda: centrality(G, ["degree"]))
    timer.run("centrality: pagerank (weighted)", lambda: centrality(G, ["pagerank"]))
    timer.run("centrality: eigenvector (weighted)", lambda: centrality(G, ["eigenvector"]))
    sampled = timer.run(f"centrality: betweenness sampled k={args.k}",
                        lambda: centrality(G, ["betweenness"], k=args.k, seed=1))  # fmt: skip
    per_source = timer.rows[-1][1] / args.k
    del sampled
    timer.run("communities: label propagation", lambda: communities(G, "label-propagation"))
    if not args.skip_louvain:
        timer.run("communities: Louvain (seed 42)", lambda: communities(G, "louvain"))

    print(f"\nBetweenness exact vs sampled on a {args.subgraph}-node subgraph around the focal")
    H = ego_subgraph(G, focal, args.subgraph)
    sub = nx.MultiDiGraph(H)
    exact = timer.run("betweenness exact (subgraph)",
                      lambda: centrality(sub, ["betweenness"]))  # fmt: skip
    exact_time = timer.rows[-1][1]
    approx = timer.run(f"betweenness sampled k={args.k} (subgraph)",
                       lambda: centrality(sub, ["betweenness"], k=args.k, seed=1))  # fmt: skip
    approx_time = timer.rows[-1][1]
    top_exact = set(exact.head(20)["key"])
    overlap = len(top_exact & set(approx.head(20)["key"]))

    reports = {"largest country": time_report(timer, G, ranked[0], "largest country", args.repeat)}
    typical = ranked[min(10, len(ranked) - 1)]
    reports["11th country"] = time_report(timer, G, typical, "11th country", args.repeat)

    projection_time = next(s for name, s, _ in timer.rows if name.startswith("project("))
    print("\nSummary")
    print(f"  stored graph                      {n_nodes:,} nodes, {n_rels:,} relationships")
    print(f"  baseline (one pass over edges)    {baseline:.2f} s")
    for name, seconds, _ in timer.rows:
        if name.startswith(("write", "baseline")):
            continue
        print(f"  {name:<58} {seconds:8.2f} s  = {seconds / baseline:7.1f} edge passes")
    for tag, seconds in reports.items():
        verdict = "met" if seconds < 10 else "NOT met"
        print(f"  full dependency report, {tag} (data + HTML): {seconds:.2f} s "
              f"(target < 10 s: {verdict}); with projection from the store: "
              f"{seconds + projection_time:.2f} s")  # fmt: skip
    print(f"  betweenness on {H.number_of_nodes():,} nodes / {H.number_of_edges():,} edges: "
          f"exact {exact_time:.2f} s, sampled k={args.k} {approx_time:.2f} s, "
          f"ratio {exact_time / approx_time:.1f}x; top-20 overlap {overlap}/20")  # fmt: skip
    print(f"  exact betweenness on the full graph: not run (one BFS per node); "
          f"extrapolated {per_source * G.number_of_nodes() / 3600:.1f} h from "
          f"{per_source:.2f} s per sampled source")  # fmt: skip
    print(f"  peak memory (ru_maxrss): {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
