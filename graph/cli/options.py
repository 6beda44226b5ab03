"""Options shared by commands, as decorators, and the error boundary of the CLI."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from graph.config import BACKENDS, Settings, resolve_settings
from graph.model import SpacegraphError

F = TypeVar("F", bound=Callable[..., Any])


def store_options(func: F) -> F:
    """Add --backend and --data-dir; the command receives `settings: Settings`."""

    @click.option(
        "--backend",
        type=click.Choice(BACKENDS),
        default=None,
        help="Database backend [env SPACEGRAPH_BACKEND; default embedded, neo4j if NEO4J_URI set].",
    )
    @click.option(
        "--data-dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Embedded database folder [env SPACEGRAPH_DATA_DIR; default ./.spacegraph].",
    )
    @functools.wraps(func)
    def wrapper(*args: Any, backend: str | None, data_dir: str | None, **kwargs: Any) -> Any:
        settings = resolve_settings(backend, data_dir)
        return func(*args, settings=settings, **kwargs)

    return wrapper  # type: ignore[return-value]


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


class SpacegraphGroup(click.Group):
    """Turns every SpacegraphError into a one-line message and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SpacegraphError as exc:
            raise click.ClickException(str(exc)) from None


def open_store(settings: Settings) -> Any:
    """Open the configured store (imported lazily so `--help` stays fast)."""
    from graph.stores import open_store as _open

    return _open(settings)


__all__ = ["SpacegraphGroup", "format_option", "open_store", "store_options"]
