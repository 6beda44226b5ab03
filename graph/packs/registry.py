"""Find query packs and index their queries by name.

Packs are folders of `.cypher` files. The shipped packs live in the repository's `cypher/`
folder and, in an installed wheel, inside the package as `graph/_packs`. Analysts add
their own folders with `--pack-dir DIR` (repeatable), `SPACEGRAPH_PACK_DIRS` (folders
separated by the OS path separator) or the configuration file (`spacegraph.toml` in the
working folder, or the file `SPACEGRAPH_CONFIG` names: `[packs] dirs = ["my-packs"]`).
A folder's sub-folders are its packs; `.cypher` files directly inside it belong to a pack
named after the folder.

Query names are unique across everything loaded: a user query with the name of a shipped
one (or of another user query) is an error, so a name always means one query and figures
quoted by name stay comparable. Copy the file and rename it to change a shipped query.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import graph
from graph.config import configured_pack_dirs
from graph.model import QueryError
from graph.packs.header import BACKENDS
from graph.packs.query import Query, load_query

ENV_PACK_DIRS = "SPACEGRAPH_PACK_DIRS"


def shipped_pack_dir() -> Path:
    """Where the shipped packs are: `graph/_packs` when installed, else the repo's `cypher/`."""
    installed = resources.files("graph").joinpath("_packs")
    if installed.is_dir():
        return Path(str(installed))
    return Path(graph.__file__).resolve().parent.parent / "cypher"


def user_pack_dirs(extra: Iterable[str | Path] = ()) -> list[Path]:
    """Folders given explicitly, then those in SPACEGRAPH_PACK_DIRS, then those of the
    configuration file; each must exist."""
    dirs = [Path(d).expanduser() for d in extra]
    env = os.environ.get(ENV_PACK_DIRS, "")
    dirs += [Path(d).expanduser() for d in env.split(os.pathsep) if d.strip()]
    dirs += configured_pack_dirs()
    for folder in dirs:
        if not folder.is_dir():
            raise QueryError(
                f"pack folder {folder} does not exist (from --pack-dir, {ENV_PACK_DIRS} "
                "or the configuration file)"
            )
    return list(dict.fromkeys(d.resolve() for d in dirs))


@dataclass
class Registry:
    """Every loaded query by name, in pack and name order."""

    queries: dict[str, Query] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Query]:
        return iter(sorted(self.queries.values(), key=lambda q: (q.pack, q.name)))

    def __len__(self) -> int:
        return len(self.queries)

    def __contains__(self, name: object) -> bool:
        return name in self.queries

    def get(self, name: str) -> Query:
        """The query called `name`, or QueryError suggesting the closest names."""
        if name in self.queries:
            return self.queries[name]
        close = difflib.get_close_matches(name, list(self.queries), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `spacegraph query list`"
        raise QueryError(f"no query named {name!r}{hint}")

    def add(self, query: Query) -> None:
        seen = self.queries.get(query.name)
        if seen is not None:
            raise QueryError(
                f"two queries are named {query.name!r}: {seen.path} and {query.path}; "
                "query names must be unique (rename the copy)"
            )
        self.queries[query.name] = query


def load_folder(folder: Path) -> list[Query]:
    """Every query under `folder` (recursively), with its variants; errors name the file."""
    queries: list[Query] = []
    files = sorted(folder.rglob("*.cypher"))
    mains = {f for f in files if "." not in f.name[: -len(".cypher")]}
    for path in sorted(mains):
        pack = folder.name if path.parent == folder else path.parent.relative_to(folder).as_posix()
        queries.append(load_query(path, pack))
    declared = {q.path_for(b) for q in queries for b in q.variants}
    for path in sorted(set(files) - mains - declared):
        stem, _, backend = path.name[: -len(".cypher")].rpartition(".")
        if backend not in BACKENDS:
            raise QueryError(
                f"{path}: a variant file is NAME.BACKEND.cypher with BACKEND one of "
                f"{', '.join(BACKENDS)}"
            )
        raise QueryError(
            f"{path}: variant file not declared; add '// variants: {backend}' to the header "
            f"of {stem}.cypher (or remove the file)"
        )
    return queries


def load_registry(pack_dirs: Sequence[str | Path] = (), *, shipped: bool = True) -> Registry:
    """The shipped packs (unless `shipped=False`) plus the user folders and env folders."""
    registry = Registry()
    folders = ([shipped_pack_dir()] if shipped else []) + user_pack_dirs(pack_dirs)
    for folder in folders:
        for query in load_folder(folder):
            registry.add(query)
    return registry
