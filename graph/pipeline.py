"""Documents to store: the one place in `graph` (with the CLI) that uses `loaders`.

Documents stream one at a time: each is read, extracted, checked against the model and written
in its own transaction, so memory stays flat on large corpora. A document that cannot be read
or understood is reported by name and skipped; the good ones still load, and nothing already
stored is touched by the bad one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import loaders
from graph.model import Extraction, InputError, SpacegraphError
from graph.stores.base import Store, WriteSummary
from graph.stores.plan import WritePlan
from loaders.pipeline import document_paths

_ENTITY_LABELS = ("Country", "Organization", "Facility", "Program", "Person")


def sample_corpus_dir() -> Path:
    """The bundled sample corpus (shipped inside the `loaders` package)."""
    return Path(loaders.__file__).parent / "data" / "sample"


@dataclass
class LoadSummary(WriteSummary):
    """What a load did, and which inputs it skipped (each error names its file)."""

    entities: Counter[str] = field(default_factory=Counter)
    agreements: int = 0
    facts: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)


def _sources(
    paths: Sequence[str | Path], curated: Iterable[str | Path], errors: list[str]
) -> Iterator[tuple[Path, Callable[[Path], Extraction]]]:
    for raw in paths:
        try:
            files = document_paths([raw])
        except InputError as exc:
            errors.append(str(exc))
            continue
        for path in files:
            yield path, lambda p: loaders.extract(loaders.read_document(p))
    for raw in curated:
        yield Path(raw), loaders.read_curated


def extract_all(
    paths: Sequence[str | Path], curated: Iterable[str | Path] = ()
) -> list[Extraction]:
    """Extract everything (for callers that want records, not a store); raise on a bad file."""
    errors: list[str] = []
    out = [read(path) for path, read in _sources(paths, curated, errors)]
    if errors:
        raise InputError(errors[0])
    return out


def load_into(
    store: Store,
    paths: Sequence[str | Path],
    curated: Iterable[str | Path] = (),
    progress: Callable[[int, Path], None] | None = None,
) -> LoadSummary:
    """Extract `paths` (files and folders) and curated files, writing each into `store`."""
    curated = list(curated)
    if not paths and not curated:
        raise InputError("nothing to load: give documents, folders or --curated files")
    summary = LoadSummary()
    for done, (path, read) in enumerate(_sources(paths, curated, summary.errors), start=1):
        try:
            extraction = read(path)
            WritePlan(store.model, extraction)  # checks records and endpoints before writing
        except SpacegraphError as exc:
            message = str(exc)
            summary.errors.append(message if str(path) in message else f"{path}: {message}")
            continue
        part = store.write([extraction])
        summary.documents += part.documents
        summary.nodes += part.nodes
        summary.relationships += part.relationships
        summary.evidence += part.evidence
        summary.uncatalogued.extend(n for n in part.uncatalogued if n not in summary.uncatalogued)
        for node in extraction.nodes:
            if node.label in _ENTITY_LABELS:
                summary.entities[node.label] += 1
            summary.agreements += node.label == "Agreement"
            summary.claims += node.label == "Claim"
        summary.facts += sum(
            1 for r in extraction.relationships if r.type not in ("CONCERNS", "ABOUT")
        )
        if progress:
            progress(done, path)
    return summary
