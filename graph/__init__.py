"""spacegraph: the graph side — model, stores, query packs, analyses, views, reports, CLI."""

__version__ = "0.1.0"
