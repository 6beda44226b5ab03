"""Where a managed Neo4j server keeps its files: the server home and its fixed layout.

A home holds `conf/`, `lib/` (a link to the cached jars), `plugins/`, `data/`, `logs/`,
`run/` and `import/`, plus `connection.json`. By default it lives in the cache folder
(`graph.config.default_cache_dir()`), which is never part of the repository;
`SPACEGRAPH_NEO4J_HOME` or `--home` choose another folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from graph.config import default_cache_dir

HOME_ENV = "SPACEGRAPH_NEO4J_HOME"
LAYOUT = ("conf", "plugins", "data", "logs", "run", "import")


def neo4j_cache_dir(cache_dir: Path | None = None) -> Path:
    """The folder holding the jar runtime and the default server homes."""
    return (cache_dir or default_cache_dir()) / "neo4j"


def default_home(cache_dir: Path | None = None) -> Path:
    """The home of `spacegraph neo4j start`: `$SPACEGRAPH_NEO4J_HOME`, else `<cache>/neo4j/server`.

    The variable names the home itself, so it wins over any cache folder.
    """
    explicit = os.environ.get(HOME_ENV)
    if explicit:
        return Path(explicit).expanduser().resolve()
    return neo4j_cache_dir(cache_dir) / "server"


def home_for_tests(cache_dir: Path | None = None) -> Path:
    """The home of the server `scripts/with-neo4j` runs tests against (kept apart from yours)."""
    return neo4j_cache_dir(cache_dir) / "test-server"


@dataclass(frozen=True)
class ServerHome:
    """Paths inside one server home."""

    root: Path

    @property
    def conf_dir(self) -> Path:
        return self.root / "conf"

    @property
    def conf_file(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def overrides_file(self) -> Path:
        """Settings a user adds by hand; merged over the generated ones at every start."""
        return self.conf_dir / "neo4j.overrides.conf"

    @property
    def lib_dir(self) -> Path:
        return self.root / "lib"

    @property
    def plugins_dir(self) -> Path:
        return self.root / "plugins"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def system_database_dir(self) -> Path:
        """Exists once the server has started for the first time (the password is then set)."""
        return self.data_dir / "databases" / "system"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def console_log(self) -> Path:
        """The server's stdout and stderr."""
        return self.logs_dir / "console.log"

    @property
    def run_dir(self) -> Path:
        return self.root / "run"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / "neo4j.pid"

    @property
    def lock_file(self) -> Path:
        return self.run_dir / "lifecycle.lock"

    @property
    def connection_file(self) -> Path:
        return self.root / "connection.json"

    def create_layout(self) -> None:
        for name in LAYOUT:
            (self.root / name).mkdir(parents=True, exist_ok=True)
