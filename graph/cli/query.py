"""`spacegraph query`: list, show, run and document the stored Cypher query packs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from graph.cli.options import format_option, open_store, store_options
from graph.config import Settings
from graph.model import QueryError

PACK_DIR_HELP = (
    "Folder of your own .cypher queries (repeatable; also SPACEGRAPH_PACK_DIRS, separated "
    "by the OS path separator). A name already taken is an error."
)


def pack_dir_option(func: Any) -> Any:
    return click.option(
        "--pack-dir",
        "pack_dirs",
        multiple=True,
        type=click.Path(file_okay=False),
        help=PACK_DIR_HELP,
    )(func)


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """`-p key=value` options as a dict; the value is parsed later by the declared type."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"parameter {item!r} is not key=value (e.g. -p country=Kazakhstan)")
        if key in values:
            raise QueryError(f"parameter {key!r} given twice")
        values[key] = value
    return values


def _emit(text: str, output: str | None, rows: int | None = None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot write {output}: {exc.strerror or exc}") from None
    what = f"{rows} rows" if rows is not None else "output"
    click.echo(f"wrote {what} to {output}", err=True)


@click.group("query")
def query_group() -> None:
    """Run the stored Cypher query packs (the question catalogue).

    Each query is a .cypher file under cypher/<pack>/ with a header naming it and its
    parameters. `query list` shows them all; `query run NAME -p key=value` runs one,
    read-only, on the configured backend.
    """


@query_group.command("list")
@pack_dir_option
@format_option("table", "csv", "json", "md")
def list_command(pack_dirs: tuple[str, ...], fmt: str) -> None:
    """List every query: name, pack, title and parameters (with defaults)."""
    from graph.packs.output import render
    from graph.packs.registry import load_registry
    from graph.packs.runner import describe_params
    from graph.stores.base import QueryResult

    rows = [(q.name, q.pack, q.title, describe_params(q)) for q in load_registry(pack_dirs)]
    click.echo(render(QueryResult(["name", "pack", "title", "parameters"], rows), fmt), nl=False)


@query_group.command("show")
@click.argument("name")
@pack_dir_option
def show_command(name: str, pack_dirs: tuple[str, ...]) -> None:
    """Show one query: what it answers, its parameters, and its Cypher text."""
    from graph.packs.registry import load_registry

    query = load_registry(pack_dirs).get(name)
    lines = [f"{query.name} ({query.pack} pack): {query.title}", "", query.description, ""]
    if query.params:
        lines.append("Parameters:")
        for p in query.params:
            default = "required" if p.required else f"default {p.describe_default()}"
            lines.append(f"  {p.name} ({p.type}, {default}): {p.description}")
    else:
        lines.append("No parameters.")
    lines += ["", f"File: {query.path}"]
    for variant in query.variants.values():
        lines.append(f"Variant for {variant.backend}: {variant.path}")
    lines += ["", query.text.rstrip()]
    click.echo("\n".join(lines))


@query_group.command("run")
@click.argument("name")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter (repeatable); see `spacegraph query show NAME`.",
)
@format_option("table", "csv", "json", "md")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
@pack_dir_option
@store_options
def run_command(
    name: str,
    params: tuple[str, ...],
    fmt: str,
    output: str | None,
    pack_dirs: tuple[str, ...],
    settings: Settings,
) -> None:
    """Run query NAME read-only and print its rows (table, csv, json or md)."""
    from graph.packs.output import render
    from graph.packs.registry import load_registry
    from graph.packs.runner import execute

    query = load_registry(pack_dirs).get(name)
    values = parse_assignments(params)
    bound = query.bind(values)  # parameter mistakes are reported before the database is opened
    with open_store(settings) as store:
        result = execute(store, query, values)
    _emit(render(result, fmt), output, len(result.rows))
    if "limit" in bound and len(result.rows) == bound["limit"]:
        click.echo(f"(stopped at limit={bound['limit']}; -p limit=N shows more)", err=True)


@query_group.command("docs")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here (e.g. docs/queries.md)."
)
@click.option("--check", is_flag=True, help="Exit 1 if OUTPUT differs from what would be written.")
@pack_dir_option
def docs_command(output: str | None, check: bool, pack_dirs: tuple[str, ...]) -> None:
    """Write the query reference (Markdown) generated from the pack headers."""
    from graph.packs.docs import render_reference

    text = render_reference(pack_dirs)
    if check:
        if output is None:
            raise QueryError("--check needs -o FILE to compare with")
        current = Path(output).read_text(encoding="utf-8") if Path(output).exists() else ""
        if current != text:
            raise QueryError(f"{output} is out of date; run `spacegraph query docs -o {output}`")
        click.echo(f"{output} is up to date", err=True)
        return
    _emit(text, output)


COMMANDS: list[click.Command] = [query_group]
