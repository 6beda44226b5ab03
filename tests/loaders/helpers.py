"""Helpers for the loaders tests: run the pipeline on a string."""

from __future__ import annotations

from typing import Any

from graph.model import Document, Extraction
from loaders import extract, to_gold_format
from loaders.catalogue import load_catalogue
from loaders.context import Context, build_context
from loaders.recognise import Recognition, recognise
from loaders.segment import sentences


def doc(text: str, published: str | None = None, doc_id: str = "test.txt") -> Document:
    return Document(doc_id=doc_id, text=text, published=published)


def run(text: str, published: str | None = None) -> Extraction:
    return extract(doc(text, published))


def gold(text: str, published: str | None = None) -> dict[str, Any]:
    return to_gold_format(run(text, published))


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    """name -> (label, subtype) of the entities recognised in `text`."""
    found: Recognition = recognise(text, load_catalogue())
    return {e.name: (e.label, e.subtype) for e in found.entities.values()}


def triples(text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in gold(text, published)["relations"]}


def agreement_between(found: list[dict[str, Any]], *names: str) -> dict[str, Any]:
    """The one agreement in `found` whose parties are exactly `names`."""
    match = [a for a in found if set(a["parties"]) == set(names)]
    assert len(match) == 1, found
    return match[0]


def recognised(text: str) -> Recognition:
    """Recognition of `text` as a body paragraph (a lone line would read as a headline)."""
    return recognise("Notes\n\n" + text, load_catalogue())


def recognised_types(text: str) -> dict[str, tuple[str, str | None]]:
    """name -> (label, subtype) of the entities recognised in `text` as a body paragraph."""
    return {e.name: (e.label, e.subtype) for e in recognised(text).entities.values()}


def recognised_aliases(text: str, name: str) -> set[str]:
    return next(e.aliases for e in recognised(text).entities.values() if e.name == name)


def context_of(text: str) -> Context:
    """The reading context of `text` as a body paragraph (a lone first line would read as a
    headline)."""
    document = doc("Notes\n\n" + text)
    catalogue = load_catalogue()
    return build_context(
        document, sentences(document.text), recognise(document.text, catalogue), catalogue
    )


def resolved(text: str) -> dict[str, list[str]]:
    """Referring words -> the names they were resolved to, over the whole text."""
    out: dict[str, list[str]] = {}
    for view in context_of(text).views:
        for m in view.mentions:
            if m.form == "coref":
                out.setdefault(m.text, []).append(m.name)
    return out
