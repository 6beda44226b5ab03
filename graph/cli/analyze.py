"""Analysis and report commands: centrality, communities, partner dependency, reports."""

from __future__ import annotations

import functools
import gc
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from graph.cli.options import format_option, open_store, store_options
from graph.config import Settings

F = TypeVar("F", bound=Callable[..., Any])

# Kept here (not imported from graph.analysis) so `--help` stays fast; a test checks they match.
NODE_TYPES = ("Country", "Organization", "Facility", "Program", "Agreement", "Person")
MEASURES = ("degree", "betweenness", "eigenvector", "pagerank")
METHODS = ("louvain", "label-propagation")
DEPENDENCY_TABLES = (
    "partners", "capabilities", "capability_providers", "assets", "ties", "articulation_points",
    "bridges", "trend", "trend_shares", "contradictions", "citations", "weights",
    "scenario_shares", "scenario_concentration", "scenario_lost_capabilities",
    "scenario_lost_asset_capabilities", "scenario_unsupported_assets",
    "scenario_new_sole_providers", "scenario_new_articulation_points",
)  # fmt: skip


def _split(values: tuple[str, ...]) -> list[str]:
    """Options given repeatedly or comma-separated ("Country,Organization")."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _choices(values: tuple[str, ...], allowed: tuple[str, ...], option: str) -> list[str]:
    canonical = {a.lower(): a for a in allowed}
    out = []
    for value in _split(values):
        if value.lower() not in canonical:
            raise click.BadParameter(
                f"{value!r} is not one of {', '.join(allowed)}", param_hint=option
            )
        out.append(canonical[value.lower()])
    return out


def projection_options(func: F) -> F:
    """--as-of/--undated/--status/--labels/--rel-types; the command receives `projection`."""

    @click.option(
        "--as-of", metavar="DATE", help="Use only facts in force at DATE (YYYY[-MM[-DD]])."
    )
    @click.option(
        "--undated",
        type=click.Choice(("exclude", "include")),
        default="exclude",
        show_default=True,
        help="With --as-of: count facts that have no date at all?",
    )
    @click.option(
        "--status",
        "statuses",
        multiple=True,
        metavar="STATUS",
        help="Keep only agreements with this status (repeatable or comma-separated).",
    )
    @click.option(
        "--labels",
        multiple=True,
        metavar="LABEL",
        help="Project only nodes with these labels (repeatable or comma-separated).",
    )
    @click.option(
        "--rel-types",
        multiple=True,
        metavar="TYPE",
        help="Project only these relationship types (repeatable or comma-separated).",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any,
        as_of: str | None,
        undated: str,
        statuses: tuple[str, ...],
        labels: tuple[str, ...],
        rel_types: tuple[str, ...],
        **kwargs: Any,
    ) -> Any:
        projection = {
            "as_of": as_of,
            "undated": undated,
            "statuses": _split(statuses) or None,
            "labels": _choices(labels, NODE_TYPES, "--labels") or None,
            "rel_types": [t.upper() for t in _split(rel_types)] or None,
        }
        return func(*args, projection=projection, **kwargs)

    return wrapper  # type: ignore[return-value]  # fmt: skip


def dependency_options(func: F) -> F:
    """--country/--as-of/--undated/--remove/--weights shared by `analyze dependency` and
    `report dependency`."""

    @click.option(
        "--country",
        required=True,
        metavar="NAME",
        help="Focal country: name, alias, ISO code or key (e.g. Kazakhstan, KZ).",
    )
    @click.option(
        "--as-of",
        metavar="DATE",
        help="Count only facts in force at DATE (YYYY[-MM[-DD]]); the trend stops there.",
    )
    @click.option(
        "--undated",
        type=click.Choice(("exclude", "include")),
        default="exclude",
        show_default=True,
        help="With --as-of and in the trend: count facts that have no date at all?",
    )
    @click.option(
        "--remove",
        multiple=True,
        metavar="PARTNER",
        help="Scenario: remove this partner (country or intergovernmental body) and "
        "everything attributed to it; repeatable.",
    )
    @click.option(
        "--weights",
        "weights_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="YAML file overriding tie weights (same sections as weights.yaml).",
    )
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]  # fmt: skip


def _project(settings: Settings, **filters: Any) -> Any:
    from graph.analysis import project

    with open_store(settings) as store:
        click.echo(f"Database: {store.describe()}", err=True)
        click.echo("Projecting the graph…", err=True)
        graph = project(store, **filters)
    # The projection lives until the command ends: keep the cyclic garbage collector from
    # walking its millions of dicts again on every collection (seconds each on big graphs).
    gc.freeze()
    click.echo(
        f"Graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships.",
        err=True,
    )
    return graph


def echo_table(frame: Any, fmt: str, header: str = "") -> None:
    """Print a DataFrame as an aligned table, CSV or JSON records."""
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(frame.to_json(orient="records", indent=2, force_ascii=False))
    else:
        if header:
            click.echo(header)
        if frame.empty:
            click.echo("(no rows)")
            return
        with_floats = frame.copy()
        for column in with_floats.select_dtypes("float").columns:
            with_floats[column] = with_floats[column].map(lambda v: f"{v:.6g}")
        click.echo(with_floats.to_string(index=False))


@click.group()
def analyze() -> None:
    """Network analyses: centrality, communities, a country's partner dependency."""


@analyze.command("centrality")
@click.option(
    "--top",
    type=click.IntRange(1),
    default=20,
    show_default=True,
    help="How many entities to list.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="LABEL",
    help="List only these labels, e.g. Country,Organization (scores use the whole graph).",
)
@click.option(
    "--measure",
    "measures",
    multiple=True,
    metavar="MEASURE",
    help=f"Measures to compute, sorted by the first: {', '.join(MEASURES)} "
    "[default: degree,betweenness,pagerank].",
)
@click.option(
    "--weight",
    type=click.Choice(("evidence", "none")),
    default="evidence",
    show_default=True,
    help="Weight ties by their evidence count, or count each once.",
)
@click.option(
    "-k",
    "--k",
    "sample",
    type=click.IntRange(1),
    default=None,
    help="Sampled betweenness from K sources (fast, approximate); exact when omitted.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the sample.")
@projection_options
@format_option("table", "csv", "json")
@store_options
def centrality_command(top: int, types: tuple[str, ...], measures: tuple[str, ...],
                       weight: str, sample: int | None, seed: int, projection: dict[str, Any],
                       fmt: str, settings: Settings) -> None:  # fmt: skip
    """Rank entities by degree, betweenness, eigenvector or PageRank centrality."""
    from graph.analysis import centrality

    chosen = _choices(measures, MEASURES, "--measure") or ["degree", "betweenness", "pagerank"]
    labels = _choices(types, NODE_TYPES, "--type") or None
    graph = _project(settings, **projection)
    table = centrality(graph, chosen, weight=None if weight == "none" else weight, k=sample,
                       seed=seed, labels=labels, top=top)  # fmt: skip
    echo_table(table, fmt)


@analyze.command("communities")
@click.option(
    "--method",
    type=click.Choice(METHODS),
    default="louvain",
    show_default=True,
    help="Louvain modularity or asynchronous label propagation.",
)
@click.option("--seed", type=int, default=42, show_default=True, help="Seed (fixed results).")
@click.option(
    "--resolution",
    type=float,
    default=1.0,
    show_default=True,
    help="Louvain resolution (above 1: smaller communities).",
)
@click.option(
    "--weight",
    type=click.Choice(("evidence", "none")),
    default="evidence",
    show_default=True,
    help="Weight ties by their evidence count, or count each once.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="LABEL",
    help="List only these labels (communities use the whole graph).",
)
@click.option("--members", is_flag=True, help="One row per node instead of one per community.")
@projection_options
@format_option("table", "csv", "json")
@store_options
def communities_command(method: str, seed: int, resolution: float, weight: str,
                        types: tuple[str, ...], members: bool, projection: dict[str, Any],
                        fmt: str, settings: Settings) -> None:  # fmt: skip
    """Find communities of cooperating entities (Louvain or label propagation, seeded)."""
    from graph.analysis import communities, community_summary

    labels = _choices(types, NODE_TYPES, "--type") or None
    graph = _project(settings, **projection)
    table = communities(graph, method, seed=seed, resolution=resolution,
                        weight=None if weight == "none" else weight, labels=labels)  # fmt: skip
    echo_table(table if members else community_summary(table), fmt)


def _dependency_report(settings: Settings, country: str, as_of: str | None, undated: str,
                       remove: tuple[str, ...], weights_file: Path | None) -> Any:  # fmt: skip
    from graph.analysis import dependency_report, load_weights

    weights = load_weights(weights_file)  # fail on a bad weights file before projecting
    graph = _project(settings)
    click.echo(f"Computing the dependency of {country}…", err=True)
    return dependency_report(graph, country, weights=weights, as_of=as_of, undated=undated,
                             remove=remove)  # fmt: skip


@analyze.command("dependency")
@dependency_options
@click.option(
    "--table",
    "table_name",
    type=click.Choice(DEPENDENCY_TABLES),
    default="partners",
    show_default=True,
    help="Which table to print.",
)
@format_option("table", "csv", "json")
@store_options
def dependency_command(country: str, as_of: str | None, undated: str, remove: tuple[str, ...],
                       weights_file: Path | None, table_name: str, fmt: str,
                       settings: Settings) -> None:  # fmt: skip
    """A country's dependency on each foreign partner: shares, HHI, capabilities, scenario.

    Prints one table (partner shares by default; --table picks another). With --remove,
    the scenario_* tables compare the dependency before and after removing the partner(s).
    """
    report = _dependency_report(settings, country, as_of, undated, remove, weights_file)
    tables = report.tables()
    if table_name not in tables:
        raise click.UsageError(f"table {table_name!r} needs a scenario: add --remove PARTNER")
    conc = report.dependency.concentration
    header = (
        f"{report.country_name}: HHI {conc['hhi']:,.1f} (0-10,000), {conc['hhi_unit']:.4f} (0-1),"
        f" effective partners {conc['effective_partners']:.2f}, total weight "
        f"{conc['total_weight']:g}"
    )
    if fmt == "json" and table_name == "partners":
        data = {"country": report.country_name, "as_of": report.as_of, "concentration": conc,
                "partners": json.loads(tables["partners"].to_json(orient="records"))}  # fmt: skip
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    echo_table(tables[table_name], fmt, header=header)


@click.group()
def report() -> None:
    """Reports: Markdown or self-contained HTML with tables, charts and citations."""


@report.command("dependency")
@dependency_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("md", "html")),
    default="md",
    show_default=True,
    help="Markdown, or one self-contained HTML file.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (default: standard output).",
)
@click.option(
    "--csv-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write every table as CSV into this folder.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(0),
    default=500,
    show_default=True,
    help="Longest table printed (the heaviest ties first); 0 prints everything. "
    "CSV tables are always complete.",
)
@store_options
def report_dependency(country: str, as_of: str | None, undated: str, remove: tuple[str, ...],
                      weights_file: Path | None, fmt: str, output: Path | None,
                      csv_dir: Path | None, max_rows: int, settings: Settings) -> None:  # fmt: skip
    """Partner-dependency report of a country: summary, tables, charts, scenario, trend,
    contradictions and citations tracing every number to its evidence."""
    from graph.reports.dependency import render, write_csv_tables

    data = _dependency_report(settings, country, as_of, undated, remove, weights_file)
    click.echo("Rendering…", err=True)
    text = render(data, fmt, max_rows or None)
    if csv_dir is not None:
        written = write_csv_tables(data, csv_dir)
        click.echo(f"Wrote {len(written)} CSV tables to {csv_dir}", err=True)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    click.echo(f"Wrote {output}", err=True)


COMMANDS: list[click.Command] = [analyze, report]
