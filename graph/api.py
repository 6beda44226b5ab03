"""The short public API for notebooks and scripts: connect, load, query, analyse, report.

Each function is a thin wrapper over the library (stores, pipeline, query packs, analyses,
reports, views) so that a notebook cell reads as one line:

    >>> from graph import api                                       # doctest: +SKIP
    >>> store = api.connect()                                       # doctest: +SKIP
    >>> api.load(store, [api.sample_corpus()])                      # doctest: +SKIP
    >>> api.query(store, "country_partners", country="Kazakhstan")  # doctest: +SKIP
    >>> report = api.dependency(store, "Kazakhstan", remove=["Russia"])  # doctest: +SKIP

Where the backend and data folder come from is described in :mod:`graph.config`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis import DependencyReport, TieWeights, dependency_report
from graph.analysis import project as _project
from graph.config import resolve_settings
from graph.packs import list_queries, run_query
from graph.pipeline import load_into, sample_corpus_dir
from graph.reports.dependency import render
from graph.stores import Store, WriteSummary, open_store
from graph.summary import graph_summary
from graph.views import ViewFilter, apply_filters


def connect(backend: str | None = None, data_dir: str | Path | None = None) -> Store:
    """Open the store the settings name.

    Parameters
    ----------
    backend : {"embedded", "neo4j"}, optional
        Default: ``SPACEGRAPH_BACKEND``, else ``neo4j`` when ``NEO4J_URI`` is set, else
        ``embedded``.
    data_dir : str or Path, optional
        The embedded database's folder. Default: ``SPACEGRAPH_DATA_DIR``, else
        ``./.spacegraph``. Ignored by Neo4j.

    Returns
    -------
    Store
        Close it with ``store.close()`` (or use it in a ``with`` block) to release the
        database for other processes.

    Examples
    --------
    >>> import tempfile
    >>> with connect("embedded", tempfile.mkdtemp()) as store:
    ...     store.backend
    'embedded'
    """
    return open_store(resolve_settings(backend, data_dir))


def sample_corpus() -> Path:
    """The folder of the bundled sample corpus (a few articles on space cooperation)."""
    return sample_corpus_dir()


def load(
    store: Store, paths: Sequence[str | Path], curated: Iterable[str | Path] = ()
) -> WriteSummary:
    """Load documents and curated-facts files into `store` (loading again changes nothing).

    Parameters
    ----------
    store : Store
    paths : sequence of str or Path
        Documents (.txt, .md, .html) and folders of them; may be empty when `curated` is not.
    curated : iterable of str or Path
        Curated-facts files written by an analyst (see docs/loaders.md).

    Returns
    -------
    WriteSummary
        Documents, nodes, relationships and evidence written, and names found that are not
        in the catalogue.
    """
    return load_into(store, paths, curated)


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts by label and relationship type, documents and best-attested entities."""
    return graph_summary(store, top=top)


def queries(pack_dirs: Iterable[str | Path] = ()) -> pd.DataFrame:
    """Every stored query (shipped packs plus `pack_dirs`): name, pack, title, parameters."""
    return list_queries(pack_dirs)


def query(
    store: Store, name: str, *, pack_dirs: Iterable[str | Path] = (), **params: Any
) -> pd.DataFrame:
    """Run the stored query `name` read-only and return its rows.

    Parameters
    ----------
    store : Store
    name : str
        A query name from :func:`queries`.
    pack_dirs : iterable of str or Path
        Folders of your own ``.cypher`` queries to add to the shipped packs.
    **params
        The query's parameters; those left out take the defaults in its header.

    Returns
    -------
    pandas.DataFrame
    """
    return run_query(store, name, params, pack_dirs=pack_dirs)


def project(store: Store, **filters: Any) -> nx.MultiDiGraph:
    """The store as a networkx graph (see :func:`graph.analysis.project` for `filters`)."""
    return _project(store, **filters)


def focus(graph: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The neighbourhood of the node called `name` (name, alias or key) up to `depth` hops."""
    return apply_filters(graph, ViewFilter(focus=name, depth=depth))


def dependency(
    store: Store,
    country: str,
    *,
    remove: Sequence[str] = (),
    as_of: str | None = None,
    undated: str = "exclude",
    weights: TieWeights | None = None,
) -> DependencyReport:
    """A country's partner dependency, computed on the whole store.

    Parameters
    ----------
    store : Store
    country : str
        The focal country: name, alias, ISO code or key.
    remove : sequence of str
        Partners to take out in a scenario (``report.scenario``).
    as_of : str, optional
        Count only facts in force at this date (YYYY[-MM[-DD]]).
    undated : {"exclude", "include"}
        With `as_of` and in the trend: whether facts with no date count.
    weights : TieWeights, optional
        Tie weights; :func:`graph.analysis.load_weights` reads an override file.

    Returns
    -------
    DependencyReport
        ``.dependency`` (partners, concentration, capabilities, sole providers, assets),
        ``.trend``, ``.scenario`` and the rest of the report's data.
    """
    return dependency_report(
        _project(store), country, weights=weights, as_of=as_of, undated=undated, remove=remove
    )


def report(dependency_data: DependencyReport, fmt: str = "md") -> str:
    """The dependency report as Markdown (``"md"``) or one self-contained HTML page."""
    return render(dependency_data, fmt)


__all__ = [
    "connect",
    "dependency",
    "focus",
    "load",
    "project",
    "queries",
    "query",
    "report",
    "sample_corpus",
    "summary",
]
