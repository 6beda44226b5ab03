"""The query reference (docs/queries.md), generated from the pack headers.

`spacegraph query docs -o docs/queries.md` rewrites it; a test fails when it is stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from pathlib import Path

from graph.packs.registry import load_registry, shipped_pack_dir

INTRO = """\
# Query reference

<!-- Generated from the headers of the .cypher files by `spacegraph query docs`; do not edit. -->

Every query below is a `.cypher` file under `cypher/<pack>/`, runnable as it is in Neo4j
Browser or cypher-shell, and with `spacegraph query run NAME -p name=value`. How packs work,
how to write your own, and the rules they follow: [Query packs](query-packs.md).
"""


def render_reference(pack_dirs: Iterable[str | Path] = ()) -> str:
    """Markdown reference of every query: pack, name, title, description, parameters."""
    registry = load_registry(list(pack_dirs))
    root = shipped_pack_dir()
    out = [INTRO]
    queries = list(registry)
    out.append("| pack | query | answers |")
    out.append("| --- | --- | --- |")
    for q in queries:
        out.append(f"| {q.pack} | [`{q.name}`](#{q.name}) | {_cell(q.title)} |")
    out.append("")
    for pack, members in groupby(queries, key=lambda q: q.pack):
        out.append(f"## {pack}\n")
        for q in members:
            out.append(f"### {q.name}\n")
            out.append(f"**{q.title}**\n")
            out.append(f"{q.description}\n")
            if q.params:
                out.append("| parameter | type | default | meaning |")
                out.append("| --- | --- | --- | --- |")
                for p in q.params:
                    default = "*required*" if p.required else f"`{p.describe_default()}`"
                    out.append(f"| `{p.name}` | {p.type} | {default} | {_cell(p.description)} |")
                out.append("")
            else:
                out.append("No parameters.\n")
            notes = [f"File: `{_shown_path(q.path, root)}`"]
            if q.variants:
                names = ", ".join(f"`{_shown_path(v.path, root)}`" for v in q.variants.values())
                notes.append(f"backend variants: {names}")
            if q.header.budget_ms:
                notes.append(f"latency budget: {q.header.budget_ms} ms p95")
            out.append("; ".join(notes) + ".\n")
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _shown_path(path: Path, root: Path) -> str:
    try:
        return "cypher/" + path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
