"""The model reference (docs/model.md), generated from the model so it never drifts."""

from __future__ import annotations

from graph.model.schema import Model


def render_model_reference(model: Model) -> str:
    """Markdown tables of labels, their properties, and relationship types with endpoints."""
    out = [
        "# Model reference",
        "",
        "Generated from `graph/model/model.yaml` by `spacegraph model docs`; a test keeps it "
        "current.",
        "",
        "## Node labels",
        "",
    ]
    for label, spec in model.nodes.items():
        out += [f"### {label}", "", spec.description, "", "| property | type | description |"]
        out += ["|---|---|---|"]
        for prop in spec.properties.values():
            flags = {"range": " (indexed)", "text": " (text index)"}.get(prop.index_kind, "")
            out.append(f"| `{prop.name}` | {prop.type}{flags} | {prop.description} |")
        out.append("")
    out += ["## Relationship types", "", "| type | endpoints | properties | description |"]
    out += ["|---|---|---|---|"]
    for rel_type, rspec in model.relationships.items():
        ends = "<br>".join(f"{a} → {b}" for a, b in rspec.endpoints)
        own = ", ".join(f"`{p}`" for p in rspec.properties if p not in ("key",))
        out.append(f"| `{rel_type}` | {ends} | {own} | {rspec.description} |")
    out += ["", "## Capabilities", "", "| id | meaning |", "|---|---|"]
    out += [f"| `{cap}` | {text} |" for cap, text in model.capabilities.items()]
    return "\n".join(out) + "\n"
