"""`spacegraph neo4j start|stop|status`: the managed Neo4j server."""

from __future__ import annotations

import json
import os
import shlex
from dataclasses import asdict
from pathlib import Path

import click

from graph.neo4j_server import (
    DEFAULT_START_TIMEOUT,
    DEFAULT_STOP_TIMEOUT,
    Memory,
    default_home,
    read_connection,
    start,
    status,
    stop,
)
from graph.neo4j_server.home import HOME_ENV, ServerHome

NOT_RUNNING_EXIT = 3
"""`status` exit code when the server is stopped (the LSB convention for `status`)."""

home_option = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=f"Server home folder [env {HOME_ENV}; default <cache>/neo4j/server].",
)


def _home(home: Path | None) -> Path:
    return (home or default_home()).expanduser().resolve()


@click.group()
def neo4j() -> None:
    """Run a local Neo4j 5.26 Community server managed by spacegraph.

    The first start downloads the server's jars with Maven into the cache folder
    (SPACEGRAPH_CACHE_DIR, default ~/.cache/spacegraph), creates the database with a random
    password, and records how to connect in <home>/connection.json. While it runs, the neo4j
    backend uses it whenever NEO4J_URI is not set.
    """


@neo4j.command("start", short_help="Start the server and wait until it answers.")
@home_option
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=DEFAULT_START_TIMEOUT,
    show_default=True,
    help="Seconds to wait until the server answers.",
)
@click.option("--heap", default=Memory.heap, show_default=True, help="JVM heap size.")
@click.option("--pagecache", default=Memory.pagecache, show_default=True, help="Page cache size.")
@click.option(
    "--force",
    is_flag=True,
    help="Start even though NEO4J_URI names another server (which spacegraph keeps using).",
)
def start_command(
    home: Path | None, timeout: float, heap: str, pagecache: str, force: bool
) -> None:
    """Start the server and wait until it answers; does nothing if it is already running.

    When NEO4J_URI is set, spacegraph talks to that server, so nothing is started unless
    --force is given.
    """
    external = os.environ.get("NEO4J_URI")
    if external and not force:
        click.echo(
            f"NEO4J_URI is set ({external}): spacegraph uses that external server, so no "
            "managed server was started. Unset NEO4J_URI, or pass --force to start one anyway."
        )
        return
    folder = _home(home)
    result = start(folder, timeout=timeout, memory=Memory(heap=heap, pagecache=pagecache))
    info = result.info
    if result.already_running:
        click.echo(f"Neo4j {info.version} is already running at {info.uri} (pid {info.pid}).")
    else:
        first = " (first start: databases created)" if result.first_start else ""
        click.echo(
            f"Neo4j {info.version} started in {result.seconds:.1f} s{first} at {info.uri} "
            f"(pid {info.pid})."
        )
    click.echo(f"User {info.user}; password in {ServerHome(folder).connection_file}.")
    click.echo(f"Log: {info.log}")


@neo4j.command("stop", short_help="Stop the server.")
@home_option
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=DEFAULT_STOP_TIMEOUT,
    show_default=True,
    help="Seconds to wait after SIGTERM before killing the server.",
)
def stop_command(home: Path | None, timeout: float) -> None:
    """Stop the server (SIGTERM; SIGKILL if it has not ended after --timeout seconds)."""
    result = stop(_home(home), timeout=timeout)
    if not result.was_running:
        click.echo("Neo4j is not running.")
    elif result.graceful:
        click.echo(f"Neo4j stopped (pid {result.pid}).")
    else:
        click.echo(f"Neo4j did not stop within {timeout:g} s and was killed (pid {result.pid}).")


@neo4j.command("status", short_help="Show whether the server runs, and where.")
@home_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.option(
    "--env",
    "as_env",
    is_flag=True,
    help="Print shell `export` lines for NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.",
)
@click.pass_context
def status_command(ctx: click.Context, home: Path | None, as_json: bool, as_env: bool) -> None:
    """Show whether the server runs, its pid, URI, version and memory; exit 3 if stopped."""
    folder = _home(home)
    state = status(folder)
    if as_env:
        info = read_connection(ServerHome(folder).connection_file)
        if not state.running or info is None:
            raise click.ClickException(f"no managed Neo4j server is running in {folder}")
        for name, value in (
            ("NEO4J_URI", info.uri),
            ("NEO4J_USER", info.user),
            ("NEO4J_PASSWORD", info.password),
        ):
            click.echo(f"export {name}={shlex.quote(value)}")
        return
    if as_json:
        click.echo(json.dumps(asdict(state), default=str, indent=2))
    elif state.running:
        memory = f", {state.resident_mb:.0f} MiB resident" if state.resident_mb else ""
        answering = "" if state.accepting else " (not accepting connections yet)"
        click.echo(
            f"Neo4j {state.version} is running at {state.uri}{answering} (pid {state.pid}{memory})."
        )
        click.echo(f"Home: {state.home}")
    else:
        click.echo(f"Neo4j is stopped (home {state.home}).")
    if not state.running:
        ctx.exit(NOT_RUNNING_EXIT)


COMMANDS: list[click.Command] = [neo4j]
