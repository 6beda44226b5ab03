"""The main job, end to end: load the sample corpus, then write every kind of output.

The demo calls the same library functions the CLI commands call, so what it shows is what
analysts get.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.model import InputError
from graph.stores.base import Store

# Canned queries the demo runs for the focal country, with the parameters they take.
DEMO_QUERIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("graph_overview", {}),
    ("country_partners", {"country": "{country}"}),
    ("country_agreements", {"country": "{country}"}),
    ("contradicting_claims", {}),
    ("uncatalogued_names", {}),
)


@dataclass
class DemoResult:
    out_dir: Path
    files: list[Path] = field(default_factory=list)
    documents: int = 0


def run_demo(
    store: Store,
    out_dir: str | Path,
    country: str = "Kazakhstan",
    progress: Callable[[str], None] = lambda message: None,
) -> DemoResult:
    """Load the bundled corpus into `store` and write summary, CSVs, report and view."""
    from graph.analysis import dependency_report, project
    from graph.packs import run_query
    from graph.pipeline import load_into, sample_corpus_dir
    from graph.reports.dependency import render
    from graph.summary import graph_summary, summary_markdown
    from graph.views import write_view

    out = Path(out_dir)
    try:
        (out / "queries").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc.strerror}") from None
    result = DemoResult(out_dir=out)

    progress(f"loading the sample corpus from {sample_corpus_dir()}")
    result.documents = load_into(store, [sample_corpus_dir()]).documents

    def write(path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        result.files.append(path)
        progress(f"wrote {path}")

    summary = graph_summary(store)
    write(out / "summary.md", summary_markdown(summary))
    write(out / "summary.json", json.dumps(summary, indent=2, default=str))

    for name, params in DEMO_QUERIES:
        values = {k: v.format(country=country) for k, v in params.items()}
        frame = run_query(store, name, values)
        write(out / "queries" / f"{name}.csv", frame.to_csv(index=False))

    graph = project(store)
    report = dependency_report(graph, country)
    slug = country.lower().replace(" ", "_")
    write(out / f"dependency_{slug}.md", render(report, "md"))
    write(out / f"dependency_{slug}.html", render(report, "html"))

    view = write_view(graph, out / "network.html", title=f"spacegraph: {country} and partners")
    result.files.append(view)
    progress(f"wrote {view}")
    return result
