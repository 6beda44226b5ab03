"""Entry point of the `spacegraph` command."""

from __future__ import annotations

import click

from graph import __version__
from graph.cli import analyze, core, extract, neo4j_cmd, query, train, view
from graph.cli.options import SpacegraphGroup


@click.group(cls=SpacegraphGroup)
@click.version_option(__version__, prog_name="spacegraph")
def cli() -> None:
    """spacegraph: a graph of international space cooperation.

    Load documents, run canned Cypher query packs, analyse partner dependency, and draw
    interactive network views. Runs on an embedded database by default; set NEO4J_URI
    (or use --backend neo4j) for a Neo4j server.
    """


for module in (core, extract, neo4j_cmd, query, analyze, view, train):
    for command in module.COMMANDS:
        cli.add_command(command)


if __name__ == "__main__":  # pragma: no cover
    cli()
