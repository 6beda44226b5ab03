"""Documents to store: the one place in `graph` (with the CLI) that uses `loaders`.

Everything is read and extracted before anything is written, so a bad file stops the load
with nothing half-stored; each document is then written in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import loaders
from graph.model import Extraction, InputError
from graph.stores.base import Store, WriteSummary
from graph.stores.plan import WritePlan


def sample_corpus_dir() -> Path:
    """The bundled sample corpus (shipped inside the `loaders` package)."""
    return Path(loaders.__file__).parent / "data" / "sample"


def extract_all(
    paths: Sequence[str | Path], curated: Iterable[str | Path] = ()
) -> list[Extraction]:
    """Read and extract every document and curated-facts file; raise before any write."""
    if not paths and not curated:
        raise InputError("nothing to load: give documents, folders or --curated files")
    extractions = loaders.load_paths([Path(p) for p in paths]) if paths else []
    extractions += [loaders.read_curated(Path(p)) for p in curated]
    return extractions


def load_into(
    store: Store,
    paths: Sequence[str | Path],
    curated: Iterable[str | Path] = (),
    progress: Callable[[int, int], None] | None = None,
) -> WriteSummary:
    """Extract `paths` (and curated files) and upsert the records into `store`."""
    extractions = extract_all(paths, curated)
    for extraction in extractions:
        WritePlan(store.model, extraction)  # validates records and endpoints; raises early
    summary = WriteSummary()
    for done, extraction in enumerate(extractions, start=1):
        part = store.write([extraction])
        summary.documents += part.documents
        summary.nodes += part.nodes
        summary.relationships += part.relationships
        summary.evidence += part.evidence
        summary.uncatalogued.extend(n for n in part.uncatalogued if n not in summary.uncatalogued)
        if progress:
            progress(done, len(extractions))
    return summary
