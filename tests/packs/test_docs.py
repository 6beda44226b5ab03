"""docs/queries.md is generated from the pack headers and must be current."""

from __future__ import annotations

import re
from pathlib import Path

from graph.packs import load_registry, run_query
from graph.packs.docs import render_reference
from graph.stores.base import Store

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "queries.md"


def test_query_reference_is_up_to_date() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(), (
        "docs/queries.md is stale: run `spacegraph query docs -o docs/queries.md`"
    )


def test_reference_documents_every_query_and_parameter() -> None:
    text = render_reference()
    for query in load_registry():
        assert f"### {query.name}\n" in text
        for param in query.params:
            assert f"| `{param.name}` | {param.type} |" in text


def test_the_guide_example_query_loads_and_runs(pack_dir: Path, handmade_embedded: Store) -> None:
    guide = (REFERENCE.parent / "query-packs.md").read_text(encoding="utf-8")
    example = re.search(r"```cypher\n(.*?)```", guide, re.S)
    assert example, "docs/query-packs.md lost its example query"
    (pack_dir / "leases_ending_soon.cypher").write_text(example.group(1), encoding="utf-8")
    rows = run_query(handmade_embedded, "leases_ending_soon", {"ending_by": "2050"}, [pack_dir])
    assert rows.to_dict("records") == [
        {"facility": "Baikonur Cosmodrome", "lessee": "Russia", "until": "2050"}
    ]
    assert run_query(handmade_embedded, "leases_ending_soon", {}, [pack_dir]).empty
