"""Query packs: stored, parameterised, read-only Cypher queries kept as `.cypher` files.

In a notebook::

    from graph.packs import list_queries, run_query
    list_queries()                                       # the catalogue, as a DataFrame
    run_query(store, "country_partners", {"country": "Kazakhstan"})   # a DataFrame
"""

from graph.packs.query import Query, load_query
from graph.packs.registry import Registry, load_registry, shipped_pack_dir
from graph.packs.runner import execute, list_queries, run_query

__all__ = [
    "Query",
    "Registry",
    "execute",
    "list_queries",
    "load_query",
    "load_registry",
    "run_query",
    "shipped_pack_dir",
]
