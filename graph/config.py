"""Where spacegraph keeps its data and which backend it talks to.

Precedence: command-line option, then environment variable, then default.
`SPACEGRAPH_BACKEND` picks the backend (default: embedded, or neo4j when `NEO4J_URI` is set);
`SPACEGRAPH_DATA_DIR` the embedded database's folder (default `./.spacegraph`);
`NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD` (and optional `NEO4J_DATABASE`) the server. Without
`NEO4J_URI`, the neo4j backend uses the server started by `spacegraph neo4j start`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from graph.model import ConfigError

BACKENDS = ("embedded", "neo4j")


@dataclass(frozen=True)
class Settings:
    backend: str
    data_dir: Path
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None


def default_cache_dir() -> Path:
    """Downloaded third-party files (Neo4j jars) live here, never in the repository."""
    explicit = os.environ.get("SPACEGRAPH_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser().resolve()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "spacegraph"


def resolve_settings(backend: str | None = None, data_dir: str | Path | None = None) -> Settings:
    env = os.environ
    uri = env.get("NEO4J_URI") or None
    chosen = backend or env.get("SPACEGRAPH_BACKEND") or ("neo4j" if uri else "embedded")
    if chosen not in BACKENDS:
        raise ConfigError(f"unknown backend {chosen!r}; choose one of {', '.join(BACKENDS)}")
    folder = Path(data_dir or env.get("SPACEGRAPH_DATA_DIR") or ".spacegraph").expanduser()
    return Settings(
        backend=chosen,
        data_dir=folder.resolve(),
        neo4j_uri=uri,
        neo4j_user=env.get("NEO4J_USER", "neo4j"),
        neo4j_password=env.get("NEO4J_PASSWORD"),
        neo4j_database=env.get("NEO4J_DATABASE") or None,
    )


CONFIG_FILE = "spacegraph.toml"


def config_file() -> Path | None:
    """The configuration file: `SPACEGRAPH_CONFIG`, else `./spacegraph.toml` when present."""
    explicit = os.environ.get("SPACEGRAPH_CONFIG")
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"SPACEGRAPH_CONFIG names {path}, which is not a file")
        return path
    local = Path(CONFIG_FILE)
    return local if local.is_file() else None


def configured_pack_dirs() -> list[Path]:
    """Pack folders listed in the configuration file (`[packs] dirs = [...]`), resolved
    relative to the file.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "spacegraph.toml").write_text('[packs]\\ndirs = ["team-packs"]\\n')
    >>> os.environ["SPACEGRAPH_CONFIG"] = str(folder / "spacegraph.toml")
    >>> configured_pack_dirs() == [folder / "team-packs"]
    True
    >>> del os.environ["SPACEGRAPH_CONFIG"]
    """
    import tomllib

    path = config_file()
    if path is None:
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid configuration file: {exc}") from None
    dirs = data.get("packs", {}).get("dirs", [])
    if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
        raise ConfigError(f"{path}: [packs] dirs must be a list of folder names")
    return [(path.parent / d).expanduser() for d in dirs]
