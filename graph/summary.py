"""A graph summary: what is in the store, in numbers an analyst reads first."""

from __future__ import annotations

from typing import Any

from graph.stores.base import Store

_INTERNAL = ("Evidence", "Document", "Claim")


def graph_summary(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts by label and relationship type, documents, and the best-attested entities."""
    counts = store.counts()
    model = store.model
    labels = {label: counts.get(label, 0) for label in model.nodes}
    relationships = {t: counts.get(t, 0) for t in model.relationships}
    entities: list[dict[str, Any]] = []
    for label in model.entity_labels:
        for row in store.nodes(label):
            entities.append(
                {
                    "label": label,
                    "name": row["name"],
                    "subtype": row.get("subtype"),
                    "documents": row.get("doc_count") or 0,
                    "evidence": row.get("evidence_count") or 0,
                    "catalogued": row.get("catalogued"),
                }
            )
    entities.sort(key=lambda e: (-e["documents"], -e["evidence"], e["name"]))
    documents = sorted(
        (
            {"doc_id": d["key"], "title": d.get("title"), "published": d.get("published")}
            for d in store.nodes("Document")
        ),
        key=lambda d: d["doc_id"],
    )
    uncatalogued = sorted(e["name"] for e in entities if e["catalogued"] is False)
    return {
        "backend": store.describe(),
        "nodes": labels,
        "relationships": relationships,
        "entities": sum(v for k, v in labels.items() if k not in _INTERNAL),
        "documents": documents,
        "top_entities": entities[:top],
        "uncatalogued": uncatalogued,
    }


def summary_markdown(summary: dict[str, Any]) -> str:
    """Render a summary as Markdown."""
    lines = ["# Graph summary", "", f"Backend: {summary['backend']}", ""]
    lines += ["## Nodes by label", "", "| label | count |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in summary["nodes"].items()]
    lines += ["", "## Relationships by type", "", "| type | count |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in summary["relationships"].items() if v]
    lines += ["", "## Documents", "", "| document | title | published |", "|---|---|---|"]
    lines += [
        f"| {d['doc_id']} | {d['title'] or ''} | {d['published'] or ''} |"
        for d in summary["documents"]
    ]
    lines += ["", "## Best-attested entities", "", "| entity | label | documents | evidence |"]
    lines += ["|---|---|---:|---:|"]
    lines += [
        f"| {e['name']} | {e['label']} | {e['documents']} | {e['evidence']} |"
        for e in summary["top_entities"]
    ]
    if summary["uncatalogued"]:
        lines += ["", "## Names not in the catalogue (review)", ""]
        lines += [f"- {name}" for name in summary["uncatalogued"]]
    return "\n".join(lines) + "\n"
