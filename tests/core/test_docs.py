"""Generated documentation stays current, and every command explains itself."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.main import cli
from graph.model import load_model
from graph.model.reference import render_model_reference


def test_model_reference_is_current(repo_root: Path) -> None:
    stored = (repo_root / "docs" / "model.md").read_text(encoding="utf-8")
    assert stored == render_model_reference(load_model()), (
        "docs/model.md is stale: run `spacegraph model docs -o docs/model.md`"
    )


def _walk(command: click.Command, path: str = "spacegraph"):
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _walk(sub, f"{path} {name}")


def test_every_command_has_help_text() -> None:
    missing = [path for path, cmd in _walk(cli) if not (cmd.help or "").strip()]
    assert not missing, f"commands without help text: {missing}"
