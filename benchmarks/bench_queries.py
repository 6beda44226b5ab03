"""Latency of every pack query on a synthetic graph of ~1M relationships, on both backends.

Not a test: it prints figures. The graph follows the model (countries, organisations,
facilities, programmes, people, agreements with parties, claims, documents, and evidence
for every fact) and is loaded with batched UNWIND writes. Each query runs with its header
defaults (required parameters get a typical value), a few warm-up runs, then `--repeat`
timed runs; p50 and p95 are printed per query against its budget (50 ms unless the header
states `budget_ms`). On Neo4j the same runs are repeated with the model's secondary indexes
dropped, and the ratio shows what the indexes buy; the key constraints stay (MERGE needs
them). The embedded engine has no secondary indexes, so it is measured once.

    NEO4J_URI=bolt://... NEO4J_PASSWORD=... python benchmarks/bench_queries.py --wipe
    python benchmarks/bench_queries.py --small --backend embedded

Neo4j: the database NEO4J_URI points at is emptied first, hence `--wipe` is required.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import load_model
from graph.packs import Query, Registry, execute, load_registry
from graph.packs.runner import plain
from graph.stores.base import Store
from graph.stores.plan import contradiction_statements, search_names

DEFAULT_RELS = 1_000_000
SMALL_RELS = 50_000
DEFAULT_BUDGET_MS = 50
BATCH = 10_000
# Values for required parameters; every other parameter runs with its header default.
TYPICAL = {
    "agreement_details": {"agreement": "Agreement 000042"},
    "document_entities": {"doc_id": "doc_00042.txt"},
    "document_facts": {"doc_id": "doc_00042.txt"},
    "find_entity": {"text": "aerospace 000"},
}
# Named entities the header defaults refer to, planted in the synthetic graph. A few hub
# countries hold most ties; Kazakhstan (the default focal country) is a typical mid-sized
# one. Queries taking a country are also timed on the largest hub, as a stress figure.
FOCAL_COUNTRIES = ["Russia", "China", "United States", "Kazakhstan", "Turkey", "France", "India"]
COUNTRY_WEIGHTS = [40, 30, 30, 3, 3, 10, 10]  # the other 243 countries weigh 1 each
HUB_COUNTRY = "Russia"
NEO4J_RESULTS: dict[str, Any] = {}  # rows Neo4j returned, to check the embedded backend's
ORG_SUBTYPES = ["agency", "company", "company", "company", "university", "ministry"]
PROGRAM_SUBTYPES = ["launch vehicle", "satellite", "satellite", "mission", "project"]
FACILITY_SUBTYPES = ["cosmodrome", "launch pad", "launch complex", "ground station"]
KINDS = ["MoU", "contract", "lease", "intergovernmental agreement", "joint venture", "other"]
STATUSES = ["signed", "in force", "expired", "proposed", "planned", "unknown"]
ROLES = ["signatory", "lessor", "lessee", "contractor", "customer", "founder"]
ATTRIBUTES = ["launch cadence", "cost", "first flight", "capacity", "ranking"]
ASSET_TIES = {  # relationship type: (source label, target label, share of the asset ties)
    "OPERATES": ("Organization", "Facility", 0.12),
    "OWNS": ("Organization", "Program", 0.08),
    "LEASES": ("Country", "Facility", 0.02),
    "BUILDS": ("Organization", "Program", 0.18),
    "FUNDS": ("Country", "Program", 0.08),
    "LAUNCHES_FROM": ("Program", "Facility", 0.12),
    "PARTICIPATES_IN": ("Organization", "Program", 0.3),
    "MEMBER_OF": ("Country", "Organization", 0.1),
}


# -- synthetic graph -------------------------------------------------------------------------


@dataclass
class Graph:
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[str, str, str], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    @property
    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())

    @property
    def rel_count(self) -> int:
        return sum(len(v) for v in self.rels.values())


class Generator:
    """Builds a graph of about `target_rels` relationships; every fact gets evidence."""

    EVIDENCE_PER_FACT = 2  # each evidence node adds FROM_DOCUMENT (+ SUPPORTS for nodes)

    def __init__(self, target_rels: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.graph = Graph()
        # At scale 1 the proportions below give ~790k relationships (evidence is 3/4 of
        # them); size everything from that.
        self.scale = target_rels / 790_000
        self.doc_ids: list[str] = []
        self.rel_keys: set[str] = set()

    def n(self, at_one_million: int) -> int:
        return max(3, round(at_one_million * self.scale))

    def node(self, label: str, key: str, name: str, **props: Any) -> str:
        row = {"key": key, "name": name, "evidence_count": 2, "doc_count": 2, **props}
        if label not in ("Document", "Evidence", "Claim"):
            row.setdefault("catalogued", self.rng.random() > 0.1)
            row["search_names"] = search_names(row)  # as the store writes it
        self.graph.nodes[label].append(row)
        if label not in ("Document", "Evidence"):
            self.evidence(key, label)
        return key

    def rel(
        self, type_: str, source: tuple[str, str], target: tuple[str, str], **props: Any
    ) -> None:
        role = props.get("role", "")
        key = f"{type_}|{source[1]}|{target[1]}|{role}"
        if key in self.rel_keys:  # the same fact drawn twice
            return
        self.rel_keys.add(key)
        row = {"key": key, "source": source[1], "target": target[1], **props}
        row.update(evidence_count=2, doc_count=2)
        self.graph.rels[(type_, source[0], target[0])].append(row)
        self.evidence(key, None)

    def evidence(self, fact_key: str, label: str | None) -> None:
        for i in range(self.EVIDENCE_PER_FACT):
            doc = self.rng.choice(self.doc_ids)
            key = f"evidence:{fact_key}:{i}"
            start = self.rng.randrange(0, 5000)
            self.graph.nodes["Evidence"].append(
                {
                    "key": key,
                    "name": f"{doc} [{start}]",
                    "fact_key": fact_key,
                    "doc_id": doc,
                    "sentence": f"Sentence {start} of {doc} about {fact_key}.",
                    "char_start": start,
                    "char_end": start + 80,
                    "rule": "synthetic",
                }
            )
            self.graph.rels[("FROM_DOCUMENT", "Evidence", "Document")].append(
                {"key": f"FROM_DOCUMENT|{key}|{doc}|", "source": key, "target": doc}
            )
            if label is not None:
                self.graph.rels[("SUPPORTS", "Evidence", label)].append(
                    {"key": f"SUPPORTS|{key}|{fact_key}|", "source": key, "target": fact_key}
                )

    def build(self) -> Graph:
        rng = self.rng
        for i in range(self.n(10_000)):
            doc = f"doc_{i:05d}.txt"
            self.doc_ids.append(doc)
            self.node(
                "Document", doc, f"Document {i}", title=f"Document {i}", published=f"20{i % 25:02d}"
            )
        names = FOCAL_COUNTRIES + [f"Country {i:03d}" for i in range(250 - len(FOCAL_COUNTRIES))]
        weights = COUNTRY_WEIGHTS + [1] * (len(names) - len(COUNTRY_WEIGHTS))
        countries = [self.node("Country", f"country:c{i}", name) for i, name in enumerate(names)]

        def country() -> str:
            return rng.choices(countries, weights)[0]

        orgs: list[str] = []
        for i in range(self.n(15_000)):
            home = country()
            name = f"Aerospace {i:05d}" if i % 3 == 0 else f"Organization {i:05d}"
            caps = rng.sample(["launch_access", "satellite_manufacturing", "science"], 1)
            key = self.node(
                "Organization",
                f"organization:o{i}",
                name,
                subtype=rng.choice(ORG_SUBTYPES),
                country=home,
                capabilities=caps,
            )
            orgs.append(key)
            self.rel("LOCATED_IN", ("Organization", key), ("Country", home))
        facilities: list[str] = []
        for i in range(self.n(2_000)):
            name = "Baikonur Cosmodrome" if i == 0 else f"Facility {i:04d}"
            home = countries[3] if i == 0 else country()
            key = self.node(
                "Facility",
                f"facility:f{i}",
                name,
                subtype=rng.choice(FACILITY_SUBTYPES),
                country=home,
                capabilities=["launch_infrastructure"],
            )
            if facilities and rng.random() < 0.3:
                self.rel("LOCATED_IN", ("Facility", key), ("Facility", rng.choice(facilities)))
            else:
                self.rel("LOCATED_IN", ("Facility", key), ("Country", home))
            facilities.append(key)
        programs: list[str] = []
        for i in range(self.n(5_000)):
            name = "Soyuz-5" if i == 0 else f"Program {i:04d}"
            subtype = "launch vehicle" if i == 0 else rng.choice(PROGRAM_SUBTYPES)
            key = self.node(
                "Program", f"program:p{i}", name, subtype=subtype, capabilities=["launch_access"]
            )
            if programs and rng.random() < 0.15:
                self.rel("PART_OF", ("Program", key), ("Program", rng.choice(programs)))
            programs.append(key)
        for i in range(self.n(2_000)):
            key = self.node("Person", f"person:h{i}", f"Person {i:04d}", role="head")
            self.rel("HEADS", ("Person", key), ("Organization", rng.choice(orgs)))
            self.rel("LOCATED_IN", ("Person", key), ("Country", country()))
        pools = {
            "Country": countries,
            "Organization": orgs,
            "Facility": facilities,
            "Program": programs,
        }

        def pick(label: str) -> str:
            return country() if label == "Country" else rng.choice(pools[label])

        for type_, (source, target, share) in ASSET_TIES.items():
            for _ in range(round(self.n(55_000) * share)):
                props = {"until": str(rng.randrange(2030, 2060))} if type_ == "LEASES" else {}
                self.rel(type_, (source, pick(source)), (target, pick(target)), **props)
        for _ in range(self.n(12_000)):
            a, b = rng.choice(["Country", "Organization"]), rng.choice(["Country", "Organization"])
            pa = country() if a == "Country" else rng.choice(orgs)
            pb = country() if b == "Country" else rng.choice(orgs)
            if pa != pb:
                self.rel("COOPERATES_WITH", (a, pa), (b, pb))
        for i in range(self.n(25_000)):
            year = rng.randrange(1992, 2027)
            ends = year + rng.randrange(5, 60)
            key = self.node(
                "Agreement",
                f"agreement:a{i}",
                f"Agreement {i:06d}",
                kind=rng.choice(KINDS),
                status=rng.choice(STATUSES),
                date=f"{year}-{rng.randrange(1, 13):02d}",
                year=year,
                end_date=str(ends),
                end_year=ends,
            )
            for _ in range(rng.choice([2, 2, 2, 3])):
                label = rng.choice(["Country", "Organization", "Organization"])
                party = country() if label == "Country" else rng.choice(orgs)
                self.rel("PARTY_TO", (label, party), ("Agreement", key), role=rng.choice(ROLES))
            target = rng.choice(["Facility", "Program", "Organization"])
            self.rel("CONCERNS", ("Agreement", key), (target, rng.choice(pools[target])))
        subjects = [("Program", p) for p in programs] + [("Facility", f) for f in facilities]
        for i in range(self.n(12_000)):
            label, subject = rng.choice(subjects)
            attribute = rng.choice(ATTRIBUTES)
            key = self.node(
                "Claim",
                f"claim:k{i}",
                f"{attribute} {i}",
                subject=subject,
                attribute=attribute,
                value=f"value {rng.randrange(3)}",
                doc_id=rng.choice(self.doc_ids),
            )
            self.rel("ABOUT", ("Claim", key), (label, subject))
        return self.graph


# -- loading ---------------------------------------------------------------------------------


def batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def node_statement(label: str, props: list[str]) -> str:
    fields = ", ".join(f"{p}: row.{p}" for p in props)
    return f"UNWIND $rows AS row CREATE (n:{label} {{{fields}}})"


def rel_statement(type_: str, source: str, target: str, props: list[str]) -> str:
    fields = ", ".join(f"{p}: row.{p}" for p in props if p not in ("source", "target"))
    return (
        f"UNWIND $rows AS row MATCH (a:{source} {{key: row.source}}) "
        f"MATCH (b:{target} {{key: row.target}}) CREATE (a)-[r:{type_} {{{fields}}}]->(b)"
    )


def empty_neo4j(store: Store) -> None:
    """Delete everything in bounded batches (one big DETACH DELETE can exceed the server's
    transaction memory on a graph this size)."""
    for statement in (
        "MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS n",
        "MATCH (n) WITH n LIMIT 50000 DELETE n RETURN count(*) AS n",
    ):
        while store.run(statement, read_only=False).rows[0][0]:
            pass


def load(store: Store, graph: Graph, say: Callable[[str], None]) -> float:
    """Write `graph` into an empty store with batched UNWIND writes; seconds taken."""
    started = time.perf_counter()
    store.ensure_schema()
    for label, rows in graph.nodes.items():
        by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_shape[tuple(sorted(row))].append(row)
        for shape, group in by_shape.items():
            for batch in batches(group, BATCH):
                store.run(node_statement(label, list(shape)), {"rows": batch}, read_only=False)
    say(f"  nodes written in {time.perf_counter() - started:.1f} s")
    for (type_, source, target), rows in graph.rels.items():
        by_shape = defaultdict(list)
        for row in rows:
            by_shape[tuple(sorted(row))].append(row)
        for shape, group in by_shape.items():
            cypher = rel_statement(type_, source, target, list(shape))
            for batch in batches(group, BATCH):
                store.run(cypher, {"rows": batch}, read_only=False)
    # The store derives CONTRADICTS when claims are written; do the same for the bulk load.
    topics = sorted({(row["subject"], row["attribute"]) for row in graph.nodes["Claim"]})
    rows = [{"subject": subject, "attribute": attribute} for subject, attribute in topics]
    for batch in batches(rows, 1_000):
        for statement, params in contradiction_statements(batch):
            store.run(statement, params, read_only=False)
    return time.perf_counter() - started


# -- measuring -------------------------------------------------------------------------------


@dataclass
class Timing:
    p50: float
    p95: float
    rows: int
    result: list[str] = field(default_factory=list)  # the rows, normalised, to compare backends


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


Runner = Callable[[Query, dict[str, Any]], list[tuple[Any, ...]]]


def store_runner(store: Store) -> Runner:
    """The product's path: the pack runner on a store (bind, guard, read-only run)."""
    return lambda query, params: execute(store, query, params).rows


def normalised(rows: list[tuple[Any, ...]]) -> list[str]:
    """Rows as sorted text, lists sorted inside: equal for equal results on any backend."""

    def cell(value: Any) -> Any:
        return sorted(map(str, value)) if isinstance(value, list) else value

    return sorted(repr(tuple(cell(v) for v in row)) for row in rows)


def typical_params(query: Query) -> dict[str, Any] | None:
    return dict(TYPICAL.get(query.name, {}))


def hub_params(query: Query) -> dict[str, Any] | None:
    """The typical parameters with the hub country, for queries that take a country."""
    if not any(p.name == "country" for p in query.params):
        return None
    return {**TYPICAL.get(query.name, {}), "country": HUB_COUNTRY}


def measure(
    registry: Registry,
    run: Runner,
    repeat: int,
    warmup: int = 3,
    params_for: Callable[[Query], dict[str, Any] | None] = typical_params,
) -> dict[str, Timing]:
    timings: dict[str, Timing] = {}
    for query in registry:
        params = params_for(query)
        if params is None:
            continue
        try:
            rows: list[tuple[Any, ...]] = []
            for _ in range(warmup):
                rows = run(query, params)
            samples = []
            for _ in range(repeat):
                started = time.perf_counter()
                run(query, params)
                samples.append((time.perf_counter() - started) * 1000)
        except TimedOut as exc:
            timings[query.name] = Timing(exc.ms, exc.ms, -1)
            continue
        timings[query.name] = Timing(
            statistics.median(samples), percentile(samples, 0.95), len(rows), normalised(rows)
        )
    return timings


class TimedOut(Exception):
    def __init__(self, ms: float) -> None:
        self.ms = ms


def neo4j_runner(store: Any, timeout_s: float) -> Runner:
    """Runs pack text in a read transaction with a server-side timeout (for the baseline
    without indexes, where some queries take minutes); a timeout counts as its limit."""
    import neo4j
    from neo4j.exceptions import ClientError

    def run(query: Query, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        values = query.bind(params)
        text = query.text_for("neo4j")
        try:
            with store.driver.session(
                database=store.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                result = session.run(neo4j.Query(text, timeout=timeout_s), values)
                return [tuple(plain(v) for v in record.values()) for record in result]
        except ClientError as exc:
            if "Timeout" in (exc.code or "") or "timeout" in str(exc).lower():
                raise TimedOut(timeout_s * 1000) from None
            raise

    return run


def report(
    title: str,
    registry: Registry,
    timings: dict[str, Timing],
    baseline: dict[str, Timing] | None = None,
    hub: dict[str, Timing] | None = None,
    reference: dict[str, Timing] | None = None,
) -> int:
    """Print one table; return how many queries missed their budget."""
    print(f"\n{title}")
    head = f"{'query':24} {'rows':>6} {'p50 ms':>8} {'p95 ms':>8} {'budget':>7}"
    if baseline:
        head += f" {'p95 no-idx':>11} {'no-idx/idx':>10}"
    if hub:
        head += f" {'hub rows':>9} {'hub p95':>8}"
    if reference:
        head += "  rows=neo4j"
    print(head + "  verdict")
    missed = 0
    for query in registry:
        t = timings[query.name]
        budget = query.header.budget_ms or DEFAULT_BUDGET_MS
        ok = t.p95 <= budget
        missed += not ok
        line = f"{query.name:24} {t.rows:>6} {t.p50:>8.1f} {t.p95:>8.1f} {budget:>7}"
        if baseline:
            b = baseline[query.name]
            more = ">" if b.rows < 0 else " "  # timed out: the figure is a lower bound
            line += f" {more}{b.p95:>10.1f} {more}{b.p95 / max(t.p95, 1e-6):>8.1f}x"
        if hub:
            h = hub.get(query.name)
            line += f" {h.rows:>9} {h.p95:>8.1f}" if h else f" {'':>9} {'':>8}"
        if reference:
            same = reference.get(query.name)
            line += "  " + ("-" if same is None else "yes" if same.result == t.result else "NO")
        print(line + ("  ok" if ok else "  OVER BUDGET"))
    return missed


def bench_neo4j(
    graph: Graph, registry: Registry, repeat: int, wipe: bool, baseline_repeat: int, cap_s: float
) -> int:
    from graph.stores.neo4j_schema import drop_index_statements
    from graph.stores.neo4j_store import Neo4jStore

    uri = os.environ.get("NEO4J_URI")
    if not uri:
        print("neo4j: NEO4J_URI is not set; skipped", file=sys.stderr)
        return 0
    store = Neo4jStore(
        uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"), model=None
    )
    with store:
        existing = store.run("MATCH (n) RETURN count(n) AS n").rows[0][0]
        if existing and not wipe:
            print(f"neo4j: {uri} holds {existing} nodes; pass --wipe to empty it", file=sys.stderr)
            return 1
        print(f"neo4j at {uri}: emptying, then loading")
        empty_neo4j(store)
        seconds = load(store, graph, print)
        store.run("CALL db.awaitIndexes(600)", read_only=False)
        print(f"  loaded in {seconds:.1f} s")
        # Both runs go through the driver directly with a server-side timeout, so the ratio
        # compares like with like; the embedded backend uses the product's runner.
        indexed = measure(registry, neo4j_runner(store, 120.0), repeat)
        hub = measure(registry, neo4j_runner(store, 120.0), repeat, params_for=hub_params)
        for statement in drop_index_statements(store.model):
            store.run(statement, read_only=False)
        print(f"  indexes dropped; baseline: {baseline_repeat} runs, {cap_s:.0f} s cap per run")
        bare = measure(registry, neo4j_runner(store, cap_s), baseline_repeat, warmup=1)
        store.ensure_schema()  # put the indexes back
        store.run("CALL db.awaitIndexes(600)", read_only=False)
        title = f"Neo4j, with the model's indexes (hub: country={HUB_COUNTRY}, not budgeted)"
        NEO4J_RESULTS.update(indexed)
        return report(title, registry, indexed, baseline=bare, hub=hub)


def bench_embedded(graph: Graph, registry: Registry, repeat: int, data_dir: str | None) -> int:
    from graph.stores.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="spacegraph-bench-") as scratch:
        folder = Path(data_dir or scratch) / "bench-db"
        if folder.exists():
            print(f"embedded: {folder} exists; choose an empty --data-dir", file=sys.stderr)
            return 1
        with EmbeddedStore(folder) as store:
            print(f"embedded at {folder}: loading")
            seconds = load(store, graph, print)
            print(f"  loaded in {seconds:.1f} s")
            timings = measure(registry, store_runner(store), repeat)
            hub = measure(registry, store_runner(store), repeat, params_for=hub_params)
        title = f"Embedded (Ladybug) (hub: country={HUB_COUNTRY}, not budgeted)"
        return report(title, registry, timings, hub=hub, reference=NEO4J_RESULTS or None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rels", type=int, default=DEFAULT_RELS, help="target relationships")
    parser.add_argument("--small", action="store_true", help=f"quick check: {SMALL_RELS} rels")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per query")
    parser.add_argument("--backend", choices=["both", "neo4j", "embedded"], default="both")
    parser.add_argument("--wipe", action="store_true", help="allow emptying the Neo4j database")
    parser.add_argument("--data-dir", help="folder for the embedded database (default: temp)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--baseline-repeat", type=int, default=5, help="timed runs without indexes (Neo4j)"
    )
    parser.add_argument(
        "--baseline-cap",
        type=float,
        default=20.0,
        help="seconds before a run without indexes stops",
    )
    args = parser.parse_args(argv)
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # no notification per missing property
    target = SMALL_RELS if args.small else args.rels
    registry = load_registry()
    load_model()  # fail early on a broken model
    started = time.perf_counter()
    graph = Generator(target, args.seed).build()
    print(
        f"synthetic graph: {graph.node_count:,} nodes, {graph.rel_count:,} relationships "
        f"(generated in {time.perf_counter() - started:.1f} s); {args.repeat} runs per query"
    )
    missed = 0
    if args.backend in ("both", "neo4j"):
        missed += bench_neo4j(
            graph, registry, args.repeat, args.wipe, args.baseline_repeat, args.baseline_cap
        )
    if args.backend in ("both", "embedded"):
        missed += bench_embedded(graph, registry, args.repeat, args.data_dir)
    print(f"\n{missed} query run(s) over budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
