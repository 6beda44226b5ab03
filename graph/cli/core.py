"""Core commands: load documents, summarise the graph, run the demo."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.cli.options import format_option, open_store, store_options
from graph.config import Settings
from graph.stores.base import Store


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--curated",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Curated-facts file (YAML or CSV) written by an analyst; repeatable.",
)
@click.option("--sample", is_flag=True, help="Load the bundled sample corpus.")
@click.option("--reset", is_flag=True, help="Empty the database before loading.")
@store_options
def load(
    paths: tuple[Path, ...],
    curated: tuple[Path, ...],
    sample: bool,
    reset: bool,
    settings: Settings,
) -> None:
    """Load documents (.txt, .md, .html, folders) and curated facts into the graph.

    Each document is written in its own transaction; loading one again changes nothing. A file
    that cannot be read is reported by name and skipped, the others still load, and the
    command then exits with status 1.
    """
    from graph.pipeline import load_into, sample_corpus_dir

    sources = list(paths) + ([sample_corpus_dir()] if sample else [])
    with open_store(settings) as store:
        click.echo(f"Database: {store.describe()}", err=True)
        if reset:
            store.clear()

        def progress(done: int, path: Path) -> None:
            click.echo(f"  [{done}] {path.name}", err=True)

        summary = load_into(store, sources, curated, progress=progress)
        contradictions = _contradictions(store) if summary.documents else 0
    entities = ", ".join(f"{n} {label}" for label, n in sorted(summary.entities.items()))
    click.echo(
        f"Loaded {summary.documents} document(s): {summary.nodes} nodes, "
        f"{summary.relationships} relationships, {summary.evidence} evidence snippets."
    )
    click.echo(f"  entity mentions by type: {entities or 'none'}")
    click.echo(
        f"  facts: {summary.facts}, agreements: {summary.agreements}, claims: {summary.claims}; "
        f"contradicting claims in the graph: {contradictions}"
    )
    if summary.uncatalogued:
        click.echo("Names not in the catalogue (review them; add aliases or entries):")
        for name in sorted(set(summary.uncatalogued)):
            click.echo(f"  - {name}")
    if summary.errors:
        for error in summary.errors:
            click.echo(f"Error: {error}", err=True)
        raise SystemExit(1)


def _contradictions(store: Store) -> int:
    """Pairs of disagreeing claims (the store keeps them as CONTRADICTS; no limit applies)."""
    return int(
        store.run("MATCH (:Claim)-[r:CONTRADICTS]->(:Claim) RETURN count(r) AS n").rows[0][0]
    )


@click.command()
@format_option("md", "json", default="md")
@click.option("--top", default=10, show_default=True, help="How many top entities to list.")
@store_options
def summary(fmt: str, top: int, settings: Settings) -> None:
    """Summarise the graph: counts by label and type, documents, best-attested entities."""
    from graph.summary import graph_summary, summary_markdown

    with open_store(settings) as store:
        data = graph_summary(store, top=top)
    click.echo(json.dumps(data, indent=2, default=str) if fmt == "json" else summary_markdown(data))


@click.group()
def model() -> None:
    """Inspect the model: node labels, properties and relationship types."""


@model.command("docs")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
def model_docs(output: str | None) -> None:
    """Print (or write) the model reference in Markdown."""
    from graph.model import load_model
    from graph.model.reference import render_model_reference

    text = render_model_reference(load_model())
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the results.",
)
@click.option("--country", default="Kazakhstan", show_default=True, help="Focal country.")
@store_options
def demo(out_dir: Path, country: str, settings: Settings) -> None:
    """Run the main job: load the sample corpus and write summary, query CSVs, the
    partner-dependency report and the network view into one folder."""
    from graph.demo import run_demo

    with open_store(settings) as store:
        click.echo(f"Database: {store.describe()}", err=True)
        result = run_demo(store, out_dir, country, progress=lambda m: click.echo(m, err=True))
    click.echo(f"Loaded {result.documents} documents. Results in {result.out_dir.resolve()}/:")
    for path in result.files:
        click.echo(f"  {path.relative_to(result.out_dir)}")


@click.command()
@store_options
def stats(settings: Settings) -> None:
    """Count nodes by label and relationships by type."""
    with open_store(settings) as store:
        click.echo(f"Database: {store.describe()}", err=True)
        counts = store.counts()
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        click.echo(f"{name:<{width}}  {count:>8}")


COMMANDS: list[click.Command] = [load, summary, stats, model, demo]
