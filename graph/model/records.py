"""Records: what loaders produce and stores write. Plain data, no database in sight.

Node identity is a stable key (`label:slug-of-canonical-name`, or the document id), so
writing the same records twice changes nothing. Every record carries its evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from graph.model.errors import RecordError
from graph.model.schema import Model

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name, stable across spellings of case and accents.

    >>> slug("Türkiye's  Space Agency")
    'turkiye-s-space-agency'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return (
        _NON_WORD.sub("-", ascii_text.lower()).strip("-")
        or hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    )


def node_key(label: str, name: str) -> str:
    """The key of an entity node.

    >>> node_key("Facility", "Baikonur Cosmodrome")
    'facility:baikonur-cosmodrome'
    """
    return f"{label.lower()}:{slug(name)}"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document, sentence, character span, and the rule that read it.

    `start`/`end` are offsets of the supporting text in the document's cleaned text.
    For curated facts `rule` is ``"curated"`` and `source` names the facts file.
    """

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    source: str = ""

    def key(self, fact_key: str) -> str:
        raw = f"{fact_key}|{self.doc_id}|{self.start}|{self.end}|{self.rule}|{self.source}"
        return "evidence:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NodeRef:
    """A reference to a node by label and key."""

    label: str
    key: str


@dataclass
class Node:
    """An entity, agreement, claim or document to upsert."""

    label: str
    key: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def ref(self) -> NodeRef:
        return NodeRef(self.label, self.key)


@dataclass
class Relationship:
    """A typed, directed relationship between two nodes; `role` is part of its identity."""

    type: str
    source: NodeRef
    target: NodeRef
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str:
        role = self.properties.get("role") or ""
        return f"{self.type}|{self.source.key}|{self.target.key}|{role}"


@dataclass
class Document:
    """A loaded document: its id is its key."""

    doc_id: str
    path: str = ""
    title: str = ""
    published: str | None = None
    sha256: str = ""
    text: str = ""

    def to_node(self) -> Node:
        props: dict[str, Any] = {
            "name": self.title or self.doc_id,
            "path": self.path,
            "title": self.title,
            "sha256": self.sha256,
            "chars": len(self.text),
        }
        if self.published:
            props["published"] = self.published
        return Node("Document", self.doc_id, props)


@dataclass
class Extraction:
    """Everything one document (or one curated-facts file) yields."""

    document: Document
    nodes: list[Node] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    # Names found by shape but not in the catalogue, for analysts to review.
    uncatalogued: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def validate(self, model: Model) -> None:
        """Raise RecordError if any record does not fit the model."""
        labels = {n.key: n.label for n in self.nodes}
        for node in self.nodes:
            validate_node(model, node)
        for rel in self.relationships:
            validate_relationship(model, rel)
            for end in (rel.source, rel.target):
                if end.key in labels and labels[end.key] != end.label:
                    raise RecordError(
                        f"{self.document.doc_id}: relationship {rel.key} refers to {end.key} "
                        f"as {end.label}, but it is a {labels[end.key]}"
                    )


def validate_node(model: Model, node: Node) -> None:
    if node.label not in model.nodes:
        raise RecordError(f"node {node.key!r}: unknown label {node.label!r}")
    spec = model.nodes[node.label]
    unknown = set(node.properties) - set(spec.properties)
    if unknown:
        raise RecordError(
            f"node {node.key!r} ({node.label}): properties not in the model: "
            f"{', '.join(sorted(unknown))}"
        )
    if not node.key:
        raise RecordError(f"a {node.label} node has an empty key")


def validate_relationship(model: Model, rel: Relationship) -> None:
    if rel.type not in model.relationships:
        raise RecordError(f"relationship {rel.key!r}: unknown type {rel.type!r}")
    spec = model.relationships[rel.type]
    if not spec.allows(rel.source.label, rel.target.label):
        raise RecordError(
            f"relationship {rel.type} may not join {rel.source.label} to {rel.target.label} "
            f"({rel.source.key} -> {rel.target.key})"
        )
    unknown = set(rel.properties) - set(spec.properties)
    if unknown:
        raise RecordError(
            f"relationship {rel.key!r}: properties not in the model: {', '.join(sorted(unknown))}"
        )
