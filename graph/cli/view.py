"""View and export commands: the network as an offline HTML page, or as files for Gephi."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from graph.cli.options import open_store, store_options
from graph.config import Settings

F = TypeVar("F", bound=Callable[..., Any])

# Kept here (not imported from graph.views) so `--help` stays fast; a test checks they match.
NODE_TYPES = ("Country", "Organization", "Facility", "Program", "Agreement", "Person")
STATUSES = ("in force", "signed", "proposed", "under review", "planned", "expired", "unknown")
SIZE_METRICS = ("degree", "betweenness", "pagerank")
EXPORT_FORMATS = ("graphml", "gexf", "csv", "json")


def graph_filters(func: F) -> F:
    """--focus/--depth/--type/--country/--status/--as-of; the command receives `view_filter`."""

    @click.option(
        "--focus",
        metavar="NAME",
        help="Show only the neighbourhood of this node (name, alias or key).",
    )
    @click.option(
        "--depth",
        type=click.IntRange(0, 10),
        default=1,
        show_default=True,
        help="Hops around --focus.",
    )
    @click.option(
        "--type",
        "types",
        multiple=True,
        type=click.Choice(NODE_TYPES, case_sensitive=False),
        help="Keep only nodes of this type; repeatable.",
    )
    @click.option(
        "--country",
        "countries",
        multiple=True,
        metavar="NAME",
        help="Keep a country, what is located in it and their direct ties; repeatable.",
    )
    @click.option(
        "--status",
        "statuses",
        multiple=True,
        type=click.Choice(STATUSES, case_sensitive=False),
        help="Keep only agreements with this status; repeatable.",
    )
    @click.option(
        "--as-of",
        metavar="DATE",
        help="Keep only facts in force at DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any,
        focus: str | None,
        depth: int,
        types: tuple[str, ...],
        countries: tuple[str, ...],
        statuses: tuple[str, ...],
        as_of: str | None,
        **kwargs: Any,
    ) -> Any:
        from graph.views.filters import ViewFilter

        canonical = {t.lower(): t for t in NODE_TYPES}
        view_filter = ViewFilter(
            types=tuple(canonical[t.lower()] for t in types),
            countries=countries,
            statuses=tuple(s.lower() for s in statuses),
            as_of=as_of,
            focus=focus,
            depth=depth,
        )
        return func(*args, view_filter=view_filter, **kwargs)

    return wrapper  # type: ignore[return-value]


def _filtered_graph(settings: Settings, view_filter: Any) -> Any:
    from graph.analysis.projection import project
    from graph.views import apply_filters

    with open_store(settings) as store:
        click.echo(f"Database: {store.describe()}", err=True)
        graph = project(store)
    graph = apply_filters(graph, view_filter)
    if graph.number_of_nodes() == 0:
        click.echo("Warning: no nodes match these filters.", err=True)
    return graph


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("out/view.html"),
    show_default=True,
    help="HTML file to write.",
)
@graph_filters
@click.option(
    "--size-by",
    type=click.Choice(SIZE_METRICS),
    default="degree",
    show_default=True,
    help="Centrality that sets node size.",
)
@click.option("--title", default="spacegraph network", show_default=True, help="Page title.")
@store_options
def view(output: Path, view_filter: Any, size_by: str, title: str, settings: Settings) -> None:
    """Draw the network as one interactive HTML page that opens offline.

    Search by name or alias, filter by node type, agreement status and relationship type,
    hover for evidence sentences. Everything (vis-network included) is inside the file.
    """
    from graph.views import write_view

    graph = _filtered_graph(settings, view_filter)
    path = write_view(graph, output, size_by=size_by, title=title, subtitle=view_filter.describe())
    size_mb = path.stat().st_size / 1e6
    click.echo(
        f"Wrote {path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} "
        f"relationships, {size_mb:.1f} MB. Open it in a browser; it needs no network."
    )


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    required=True,
    help="graphml/gexf (Gephi), csv (nodes.csv + edges.csv in a folder), json (node-link).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="File to write (a folder for csv).",
)
@graph_filters
@store_options
def export(fmt: str, output: Path, view_filter: Any, settings: Settings) -> None:
    """Export the network with node and edge attributes for Gephi, spreadsheets or code."""
    from graph.export import export_graph

    graph = _filtered_graph(settings, view_filter)
    written = export_graph(graph, fmt, output)
    click.echo(
        f"Wrote {', '.join(str(p) for p in written)}: {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} relationships."
    )


COMMANDS: list[click.Command] = [view, export]
