"""The gold-facts view of an extraction: the schema of the hand-labelled gold files."""

from __future__ import annotations

from typing import Any

from graph.model import Evidence, Extraction, Node, Relationship

ENTITY_LABELS = ("Country", "Organization", "Facility", "Program", "Person", "Agreement")
STRUCTURAL = ("PARTY_TO", "CONCERNS", "ABOUT", "SUPPORTS", "FROM_DOCUMENT")


def _evidence(evs: list[Evidence]) -> dict[str, Any] | None:
    if not evs:
        return None
    e = evs[0]
    return {"sentence": e.sentence, "start": e.start, "end": e.end}


# Relations the catalogue supplies rather than the text (home countries): not gold facts.
DERIVED_RULES = ("catalogue:home-country",)


def _stated(r: Relationship) -> bool:
    return not r.evidence or any(e.rule not in DERIVED_RULES for e in r.evidence)


def to_gold_format(extraction: Extraction) -> dict[str, Any]:
    """doc, published, entities, relations, agreements and claims, named as in the gold files
    (relations include PARTY_TO; agreements list their parties and what they concern)."""
    nodes: dict[str, Node] = {n.key: n for n in extraction.nodes}

    def name(key: str) -> str:
        node = nodes.get(key)
        return str(node.properties.get("name", key)) if node else key

    # A country only the catalogue's home-country relations bring in is not in the text.
    touched = {
        k for r in extraction.relationships if _stated(r) for k in (r.source.key, r.target.key)
    }
    entities = []
    for n in extraction.nodes:
        if n.label not in ENTITY_LABELS:
            continue
        if not n.evidence and n.key not in touched:
            continue
        ent: dict[str, Any] = {"name": n.properties["name"], "type": n.label}
        if n.label in ("Organization", "Facility", "Program") and n.properties.get("subtype"):
            ent["subtype"] = n.properties["subtype"]
        ent["aliases"] = list(n.properties.get("aliases", []))
        if n.label == "Person":
            ent["role"] = n.properties.get("role", "")
        entities.append(ent)
    relations = [
        {
            "subject": name(r.source.key),
            "predicate": r.type,
            "object": name(r.target.key),
            "evidence": _evidence(r.evidence),
        }
        for r in extraction.relationships
        if (r.type not in STRUCTURAL or r.type == "PARTY_TO") and _stated(r)
    ]
    agreements = []
    for n in extraction.nodes:
        if n.label != "Agreement":
            continue
        parties = [
            name(r.source.key)
            for r in extraction.relationships
            if r.type == "PARTY_TO" and r.target.key == n.key
        ]
        about = [
            name(r.target.key)
            for r in extraction.relationships
            if r.type == "CONCERNS" and r.source.key == n.key
        ]
        agreements.append(
            {
                "title": n.properties["name"],
                "kind": n.properties.get("kind", "other"),
                "status": n.properties.get("status", "unknown"),
                "date": n.properties.get("date"),
                "parties": parties,
                "about": about,
                "evidence": _evidence(n.evidence),
            }
        )
    claims = [
        {
            "subject": name(str(n.properties["subject"])),
            "attribute": n.properties["attribute"],
            "value": n.properties["value"],
            "evidence": _evidence(n.evidence),
        }
        for n in extraction.nodes
        if n.label == "Claim"
    ]
    return {
        "doc": extraction.document.doc_id,
        "published": extraction.document.published,
        "entities": entities,
        "relations": relations,
        "agreements": agreements,
        "claims": claims,
    }
