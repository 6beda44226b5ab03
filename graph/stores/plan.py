"""Turn records into batched, parameterised Cypher writes that both backends run unchanged.

All write-query builders live here (one module, as neo4j-graphrag keeps them): the same
`UNWIND $rows AS row MERGE …` text runs on Neo4j and on the embedded engine. Rows are grouped
by the set of properties they carry, so a property a record leaves out is never overwritten
with null, and each endpoint is matched in its own MATCH clause (one combined MATCH is
hundreds of times slower on the embedded engine).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from graph.model import Extraction, Model, Node, RecordError, Relationship
from graph.model.schema import Property

Runner = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Statement:
    cypher: str
    rows: list[dict[str, Any]]


def coerce(prop: Property, value: Any) -> Any:
    """Cast a value to the model's type so both engines store the same thing."""
    if value is None:
        return None
    try:
        if prop.type == "string":
            return str(value)
        if prop.type == "integer":
            return int(value)
        if prop.type == "float":
            return float(value)
        if prop.type == "boolean":
            return bool(value)
        if prop.type == "string[]":
            items = [value] if isinstance(value, str) else list(value)
            return [str(v) for v in items if v is not None and str(v) != ""]
    except (TypeError, ValueError):
        raise RecordError(f"property {prop.name!r}: {value!r} is not a valid {prop.type}") from None
    return value


def _clean(props: dict[str, Any], spec: dict[str, Property], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in props.items():
        if name not in spec:
            raise RecordError(f"{where}: property {name!r} is not in the model")
        value = coerce(spec[name], value)
        # Empty lists and nulls are left out: they would erase what another source stated.
        if value is None or value == []:
            continue
        out[name] = value
    return out


def merge_nodes_cypher(label: str, props: Sequence[str]) -> str:
    sets = ", ".join(f"n.{p} = row.{p}" for p in props if p != "key")
    cypher = f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}})"
    return f"{cypher} SET {sets}" if sets else cypher


def merge_relationships_cypher(
    rel_type: str, source: str, target: str, props: Sequence[str]
) -> str:
    sets = ", ".join(f"r.{p} = row.{p}" for p in props if p not in ("key", "source", "target"))
    cypher = (
        f"UNWIND $rows AS row MATCH (a:{source} {{key: row.source}}) "
        f"MATCH (b:{target} {{key: row.target}}) "
        f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b)"
    )
    return f"{cypher} SET {sets}" if sets else cypher


def existing_lists_cypher(label: str, props: Sequence[str]) -> str:
    cols = ", ".join(f"n.{p} AS {p}" for p in props)
    return f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key, {cols}"


def node_counts_cypher(label: str) -> str:
    return (
        f"MATCH (e:Evidence)-[:SUPPORTS]->(n:{label}) WHERE n.key IN $keys "
        "RETURN n.key AS key, count(e) AS evidence_count, count(DISTINCT e.doc_id) AS doc_count"
    )


def relationship_counts_cypher() -> str:
    return (
        "MATCH (e:Evidence) WHERE e.fact_key IN $keys "
        "RETURN e.fact_key AS key, count(e) AS evidence_count, "
        "count(DISTINCT e.doc_id) AS doc_count"
    )


def set_node_counts_cypher(label: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (n:{label} {{key: row.key}}) "
        "SET n.evidence_count = row.evidence_count, n.doc_count = row.doc_count"
    )


def set_relationship_counts_cypher(rel_type: str, source: str, target: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{source} {{key: row.source}}) "
        f"MATCH (a)-[r:{rel_type} {{key: row.key}}]->(b:{target}) "
        "SET r.evidence_count = row.evidence_count, r.doc_count = row.doc_count"
    )


# Contradictions between claims are derived on every write that touches a claim's topic
# (subject and attribute), so reading them is a relationship lookup instead of grouping every
# claim. Recomputed, not only added: a reloaded document may state a new value.
CLEAR_CONTRADICTIONS_CYPHER = (
    "UNWIND $topics AS t "
    "MATCH (a:Claim {subject: t.subject, attribute: t.attribute})-[r:CONTRADICTS]->(:Claim) "
    "DELETE r"
)
LINK_CONTRADICTIONS_CYPHER = (
    "UNWIND $topics AS t "
    "MATCH (a:Claim {subject: t.subject, attribute: t.attribute}) "
    "MATCH (b:Claim {subject: t.subject, attribute: t.attribute}) "
    "WHERE a.key < b.key AND a.value <> b.value AND a.doc_id <> b.doc_id "
    "MERGE (a)-[r:CONTRADICTS {key: 'CONTRADICTS|' + a.key + '|' + b.key + '|'}]->(b)"
)


def contradiction_statements(topics: list[dict[str, str]]) -> list[tuple[str, dict[str, Any]]]:
    """Statements that bring CONTRADICTS up to date for claim topics {subject, attribute}."""
    if not topics:
        return []
    params = {"topics": topics}
    return [(CLEAR_CONTRADICTIONS_CYPHER, params), (LINK_CONTRADICTIONS_CYPHER, params)]


def search_names(properties: dict[str, Any]) -> str:
    r"""An entity's name and aliases, lower-cased, one per line: the text `find_entity` searches
    with CONTAINS (a text index serves it; case-folding at write time keeps it indexable).

    >>> search_names({"name": "Baikonur Cosmodrome", "aliases": ["Baikonur", "Байконур"]})
    'baikonur cosmodrome\nbaikonur\nбайконур'
    """
    names = [properties.get("name") or "", *(properties.get("aliases") or [])]
    return "\n".join(dict.fromkeys(n.lower() for n in names if n))


def _batches(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class WritePlan:
    """The statements that write one extraction, evidence and counts included."""

    def __init__(self, model: Model, extraction: Extraction) -> None:
        self.model = model
        self.extraction = extraction
        extraction.validate(model)
        self._check_endpoints()

    def _check_endpoints(self) -> None:
        keys = {n.key for n in self.extraction.nodes}
        for rel in self.extraction.relationships:
            for end in (rel.source, rel.target):
                if end.key not in keys:
                    raise RecordError(
                        f"{self.extraction.document.doc_id}: relationship {rel.key} refers to "
                        f"{end.key}, which is not among the extraction's nodes"
                    )

    def all_nodes(self) -> list[Node]:
        """The extraction's nodes plus its Document node and one Evidence node per snippet."""
        nodes = self._dedupe_nodes([self.extraction.document.to_node(), *self.extraction.nodes])
        evidence: dict[str, Node] = {}
        for fact_key, ev in self._evidence():
            key = ev.key(fact_key)
            evidence[key] = Node(
                "Evidence",
                key,
                {
                    "name": f"{ev.doc_id} [{ev.start}:{ev.end}]",
                    "fact_key": fact_key,
                    "doc_id": ev.doc_id,
                    "sentence": ev.sentence,
                    "char_start": ev.start,
                    "char_end": ev.end,
                    "rule": ev.rule,
                    "source": ev.source,
                },
            )
        return nodes + list(evidence.values())

    @staticmethod
    def _dedupe_nodes(nodes: list[Node]) -> list[Node]:
        merged: dict[tuple[str, str], Node] = {}
        for node in nodes:
            seen = merged.get((node.label, node.key))
            if seen is None:
                merged[(node.label, node.key)] = Node(
                    node.label, node.key, dict(node.properties), list(node.evidence)
                )
                continue
            for name, value in node.properties.items():
                if isinstance(value, list) and isinstance(seen.properties.get(name), list):
                    seen.properties[name] = list(dict.fromkeys([*seen.properties[name], *value]))
                elif value is not None:
                    seen.properties.setdefault(name, value)
            seen.evidence.extend(node.evidence)
        return list(merged.values())

    def _evidence(self) -> Iterable[tuple[str, Any]]:
        for node in self.extraction.nodes:
            for ev in node.evidence:
                yield node.key, ev
        for rel in self.extraction.relationships:
            for ev in rel.evidence:
                yield rel.key, ev

    def all_relationships(self) -> list[Relationship]:
        from graph.model import NodeRef

        rels: dict[str, Relationship] = {}
        for rel in self.extraction.relationships:
            rels.setdefault(rel.key, rel)
        labels = {n.key: n.label for n in self.extraction.nodes}
        doc_ref = NodeRef("Document", self.extraction.document.doc_id)
        for fact_key, ev in self._evidence():
            ev_ref = NodeRef("Evidence", ev.key(fact_key))
            link = Relationship("FROM_DOCUMENT", ev_ref, doc_ref)
            rels.setdefault(link.key, link)
            if fact_key in labels:
                support = Relationship("SUPPORTS", ev_ref, NodeRef(labels[fact_key], fact_key))
                rels.setdefault(support.key, support)
        return list(rels.values())

    def execute(self, run: Runner, batch_size: int) -> tuple[int, int, int]:
        """Run every statement through `run` (inside the caller's transaction)."""
        nodes = self.all_nodes()
        rels = self.all_relationships()
        self._merge_list_properties(nodes, run)
        self._write_nodes(nodes, run, batch_size)
        self._write_relationships(rels, run, batch_size)
        self._refresh_counts(nodes, rels, run)
        self._link_contradictions(nodes, run)
        evidence = sum(1 for n in nodes if n.label == "Evidence")
        return len(nodes) - evidence, len(rels), evidence

    @staticmethod
    def _link_contradictions(nodes: list[Node], run: Runner) -> None:
        topics = {
            (n.properties["subject"], n.properties["attribute"])
            for n in nodes
            if n.label == "Claim" and n.properties.get("subject") and n.properties.get("attribute")
        }
        rows = [{"subject": s, "attribute": a} for s, a in sorted(topics)]
        for statement, params in contradiction_statements(rows):
            run(statement, params)

    def _merge_list_properties(self, nodes: list[Node], run: Runner) -> None:
        """Union list properties marked `merge: union` with what the store already has."""
        by_label: dict[str, list[Node]] = defaultdict(list)
        for node in nodes:
            by_label[node.label].append(node)
        for label, group in by_label.items():
            spec = self.model.node(label).properties
            union = [p for p, s in spec.items() if s.merge == "union"]
            if not union:
                continue
            found = run(existing_lists_cypher(label, union), {"keys": [n.key for n in group]})
            existing = {row["key"]: row for row in found}
            for node in group:
                row = existing.get(node.key)
                if not row:
                    continue
                for prop in union:
                    old = row.get(prop) or []
                    new = node.properties.get(prop) or []
                    if isinstance(new, str):
                        new = [new]
                    node.properties[prop] = list(dict.fromkeys([*old, *new]))

    def _write_nodes(self, nodes: list[Node], run: Runner, batch_size: int) -> None:
        groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        entity_labels = set(self.model.entity_labels)
        for node in nodes:
            spec = self.model.node(node.label).properties
            properties = node.properties
            if node.label in entity_labels and "search_names" in spec:
                properties = {**properties, "search_names": search_names(properties)}
            row = _clean(properties, spec, node.key)
            row["key"] = node.key
            groups[(node.label, tuple(sorted(row)))].append(row)
        for (label, props), rows in groups.items():
            cypher = merge_nodes_cypher(label, props)
            for batch in _batches(rows, batch_size):
                run(cypher, {"rows": batch})

    def _write_relationships(self, rels: list[Relationship], run: Runner, batch_size: int) -> None:
        groups: dict[tuple[str, str, str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(
            list
        )
        for rel in rels:
            spec = self.model.relationship(rel.type).properties
            row = _clean(rel.properties, spec, rel.key)
            row.update(key=rel.key, source=rel.source.key, target=rel.target.key)
            group = (rel.type, rel.source.label, rel.target.label, tuple(sorted(row)))
            groups[group].append(row)
        for (rel_type, source, target, props), rows in groups.items():
            cypher = merge_relationships_cypher(rel_type, source, target, props)
            for batch in _batches(rows, batch_size):
                run(cypher, {"rows": batch})

    def _refresh_counts(self, nodes: list[Node], rels: list[Relationship], run: Runner) -> None:
        by_label: dict[str, list[str]] = defaultdict(list)
        for node in nodes:
            if node.label in self.model.entity_labels or node.label == "Claim":
                by_label[node.label].append(node.key)
        for label, keys in by_label.items():
            counted = run(node_counts_cypher(label), {"keys": keys})
            if counted:
                run(set_node_counts_cypher(label), {"rows": counted})
        facts = [r for r in rels if r.type not in ("SUPPORTS", "FROM_DOCUMENT")]
        if not facts:
            return
        counted = run(relationship_counts_cypher(), {"keys": [r.key for r in facts]})
        counts = {row["key"]: row for row in counted}
        grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for rel in facts:
            row = counts.get(rel.key)
            if row:
                grouped[(rel.type, rel.source.label, rel.target.label)].append(
                    {
                        "key": rel.key,
                        "source": rel.source.key,
                        "evidence_count": row["evidence_count"],
                        "doc_count": row["doc_count"],
                    }
                )
        for (rel_type, source, target), rows in grouped.items():
            run(set_relationship_counts_cypher(rel_type, source, target), {"rows": rows})
