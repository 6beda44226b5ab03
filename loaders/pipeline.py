"""extract(document) -> Extraction: segment, recognise, relate, build records."""

from __future__ import annotations

from pathlib import Path

from graph.model import Document, Extraction, InputError
from loaders.build import build_extraction
from loaders.catalogue import load_catalogue
from loaders.context import build_context
from loaders.read import SUPPORTED, read_document
from loaders.recognise import recognise
from loaders.relate import relate
from loaders.segment import sentences


def extract(document: Document) -> Extraction:
    """Records (nodes and relationships with evidence) of one read document."""
    catalogue = load_catalogue()
    recognition = recognise(document.text, catalogue)
    ctx = build_context(document, sentences(document.text), recognition, catalogue)
    return build_extraction(ctx, relate(ctx))


def document_paths(paths: list[str | Path]) -> list[Path]:
    """Files to load from a mix of files and folders (folders: supported files, recursively,
    in name order, README files left out)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            # A folder's README describes the corpus; it is not an article.
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED
                and not p.name.lower().startswith("readme")
            )
            if not found:
                raise InputError(f"{path}: no documents ({', '.join(SUPPORTED)}) in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out


def load_paths(paths: list[str | Path]) -> list[Extraction]:
    """Read and extract every document in `paths` (files and folders)."""
    return [extract(read_document(p)) for p in document_paths(paths)]
