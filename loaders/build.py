"""Records: the document's entities, relations, agreements and claims as model nodes and
relationships, each with its evidence (document, sentence, span, rule)."""

from __future__ import annotations

from typing import Any

from graph.model import Document, Evidence, Extraction, Node, NodeRef, Relationship
from graph.model.records import node_key, slug
from loaders.agreements import lex as agreement_lexicon
from loaders.context import Context, SentenceView
from loaders.facts import AgreementFact, ClaimFact, RelationFact
from loaders.mentions import Entity
from loaders.relate import Relations


def evidence(doc: Document, view: SentenceView, rule: str) -> Evidence:
    s = view.sentence
    return Evidence(doc.doc_id, s.text, s.start, s.end, rule)


def _entity_capabilities(ent: Entity) -> list[str]:
    if ent.entry is not None and ent.entry.capabilities:
        return sorted(ent.entry.capabilities)
    return sorted(agreement_lexicon().subtype_capabilities.get(ent.subtype or "", ()))


def _entity_node(ctx: Context, ent: Entity, home: dict[str, str]) -> Node:
    props: dict[str, Any] = {
        "name": ent.name,
        "aliases": sorted(ent.aliases),
        "catalogued": ent.catalogued,
        "capabilities": _entity_capabilities(ent),
    }
    if ent.subtype and ent.label in ("Organization", "Facility", "Program"):
        props["subtype"] = ent.subtype
    if ent.label == "Country" and ent.entry is not None:
        if ent.entry.iso2:
            props["iso2"] = ent.entry.iso2
        if ent.entry.iso3:
            props["iso3"] = ent.entry.iso3
    if ent.label in ("Organization", "Facility"):
        country = home.get(ent.key)
        if country is None and ent.entry is not None and ent.entry.country:
            entry = ctx.catalogue.country(ent.entry.country)
            country = node_key("Country", entry.name if entry else ent.entry.country)
        if country:
            props["country"] = country
    if ent.label == "Person" and ent.role:
        props["role"] = ent.role
    views: dict[int, Evidence] = {}
    for m in ent.mentions:
        for view in ctx.views:
            if view.sentence.start <= m.start < view.sentence.end:
                views.setdefault(view.sentence.index, evidence(ctx.document, view, m.rule))
                break
    node = Node(ent.label, ent.key, props, list(views.values()))
    props["evidence_count"] = len(node.evidence)
    props["doc_count"] = 1 if node.evidence else 0
    return node


def _relationship(fact: RelationFact, doc: Document) -> Relationship:
    return Relationship(
        fact.predicate,
        _ref(fact.subject),
        _ref(fact.object),
        dict(fact.properties),
        [evidence(doc, fact.view, fact.rule)],
    )


def _ref(ent: Entity) -> NodeRef:
    return NodeRef(ent.label, ent.key)


def _agreement_records(a: AgreementFact, doc: Document) -> tuple[Node, list[Relationship]]:
    key = node_key("Agreement", a.title)
    props: dict[str, Any] = {
        "name": a.title,
        "aliases": sorted(set(a.aliases)),
        "kind": a.kind,
        "status": a.status,
        "catalogued": False,
        "capabilities": sorted(set(a.capabilities)),
    }
    if a.date:
        props["date"], props["year"] = a.date, int(a.date[:4])
    if a.end_date:
        props["end_date"], props["end_year"] = a.end_date, int(a.end_date[:4])
    if a.value is not None:
        props["value"], props["currency"] = a.value, a.currency
    party_props: dict[str, Any] = {}
    if a.confidence is not None:
        props["confidence"] = party_props["confidence"] = a.confidence
    evs = [evidence(doc, v, a.rule) for v in a.views]
    props["evidence_count"], props["doc_count"] = len(evs), 1
    node = Node("Agreement", key, props, evs)
    ref = node.ref
    rels = [
        Relationship("PARTY_TO", _ref(p.entity), ref, {"role": p.role, **party_props}, list(evs))
        for p in a.parties
    ]
    rels += [Relationship("CONCERNS", ref, _ref(e), {}, list(evs)) for e in a.about]
    return node, rels


def _claim_records(c: ClaimFact, doc: Document, n: int) -> tuple[Node, Relationship]:
    key = f"claim:{doc.doc_id}:{slug(c.subject.name + ' ' + c.attribute)}"
    if n:
        key += f"-{n + 1}"
    props: dict[str, Any] = {
        "name": f"{c.subject.name}: {c.attribute}",
        "subject": c.subject.key,
        "attribute": c.attribute,
        "value": c.value,
        "doc_id": doc.doc_id,
        "evidence_count": 1,
        "doc_count": 1,
    }
    if c.value_number is not None:
        props["value_number"] = c.value_number
    if c.unit:
        props["unit"] = c.unit
    ev = evidence(doc, c.view, c.rule)
    node = Node("Claim", key, props, [ev])
    return node, Relationship("ABOUT", node.ref, _ref(c.subject), {}, [ev])


def _merge_relationships(rels: list[Relationship]) -> list[Relationship]:
    merged: dict[str, Relationship] = {}
    for r in rels:
        if r.key in merged:
            m = merged[r.key]
            m.evidence.extend(e for e in r.evidence if e not in m.evidence)
            for k, v in r.properties.items():
                m.properties.setdefault(k, v)
        else:
            merged[r.key] = r
    for r in merged.values():
        r.properties["evidence_count"] = len(r.evidence)
        r.properties["doc_count"] = len({e.doc_id for e in r.evidence})
    return list(merged.values())


HOME_COUNTRY_RULE = "catalogue:home-country"


def _home_countries(ctx: Context, nodes: list[Node], rels: list[Relationship]) -> None:
    """An organisation or facility whose home country is known (stated, or the catalogue's
    `country`) gets that Country node and a LOCATED_IN relationship, so that the graph can
    name partners. The catalogue-derived ones carry the rule "catalogue:home-country" and
    the evidence of the entity's first mention; the gold view leaves them out."""
    present = {n.key for n in nodes}
    stated = {(r.source.key, r.target.key) for r in rels if r.type == "LOCATED_IN"}
    for node in list(nodes):
        country_key = node.properties.get("country")
        if node.label not in ("Organization", "Facility") or not country_key:
            continue
        if not node.evidence or any(src == node.key for src, _ in stated):
            continue
        if country_key not in present:
            entry = next(
                (
                    e
                    for e in ctx.catalogue.entries
                    if e.type == "Country" and node_key("Country", e.name) == country_key
                ),
                None,
            )
            if entry is None:
                continue
            props: dict[str, Any] = {
                "name": entry.name,
                "aliases": [],
                "catalogued": True,
                "capabilities": sorted(entry.capabilities),
            }
            # Same property order as the other Country nodes (the store writes in batches).
            if entry.iso2:
                props["iso2"] = entry.iso2
            if entry.iso3:
                props["iso3"] = entry.iso3
            props["evidence_count"], props["doc_count"] = 0, 0
            nodes.append(Node("Country", country_key, props, []))
            present.add(country_key)
        first = node.evidence[0]
        ev = Evidence(first.doc_id, first.sentence, first.start, first.end, HOME_COUNTRY_RULE)
        rels.append(Relationship("LOCATED_IN", node.ref, NodeRef("Country", country_key), {}, [ev]))


def build_extraction(ctx: Context, found: Relations) -> Extraction:
    doc = ctx.document
    home = {
        f.subject.key: f.object.key
        for f in found.relations
        if f.predicate == "LOCATED_IN" and f.object.label == "Country"
    }
    used = {f.subject.key for f in found.relations} | {f.object.key for f in found.relations}
    used |= {p.entity.key for a in found.agreements for p in a.parties}
    used |= {e.key for a in found.agreements for e in a.about}
    used |= {c.subject.key for c in found.claims}
    nodes: list[Node] = []
    for ent in ctx.recognition.entities.values():
        if ent.mentions or ent.key in used:
            nodes.append(_entity_node(ctx, ent, home))
    rels = [_relationship(f, doc) for f in found.relations]
    for a in found.agreements:
        node, agreement_rels = _agreement_records(a, doc)
        nodes.append(node)
        rels.extend(agreement_rels)
    counts: dict[str, int] = {}
    for c in found.claims:
        base = f"{c.subject.key}|{c.attribute}"
        node, about = _claim_records(c, doc, counts.get(base, 0))
        counts[base] = counts.get(base, 0) + 1
        nodes.append(node)
        rels.append(about)
    _home_countries(ctx, nodes, rels)
    for r in rels:
        r.properties.pop("evidence_count", None)
        r.properties.pop("doc_count", None)
    # Evidence counts are not part of a relationship's identity; set them after merging.
    merged = _merge_relationships(rels)
    return Extraction(
        document=doc,
        nodes=nodes,
        relationships=merged,
        uncatalogued=list(ctx.recognition.uncatalogued),
        warnings=list(ctx.warnings),
    )
