"""What recognition produces: mentions in the text, grouped into the document's entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model.records import node_key
from loaders.catalogue import Entry
from loaders.text import fold

# Higher wins when two candidate mentions cover the same span.
PRIORITY = {
    "catalogue": 6,
    "derived": 6,
    "person": 5,
    "fuzzy": 4,
    "capital": 4,
    "shape": 3,
    "propagated": 2,
}


@dataclass
class Mention:
    """A span of the cleaned text that names (or, for demonyms, points at) an entity."""

    start: int
    end: int
    text: str
    label: str
    name: str
    subtype: str | None
    form: str  # name, alias, demonym, capital, fuzzy, shape, person, derived, coref
    rule: str
    source: str = "catalogue"  # a PRIORITY key
    entry: Entry | None = field(default=None, repr=False)
    role: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def identity(self) -> tuple[str, str]:
        return (self.label, fold(self.name))

    @property
    def priority(self) -> int:
        return PRIORITY.get(self.source, 0)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(eq=False)
class Entity:
    """One entity of a document with every mention of it (compared by identity)."""

    label: str
    name: str
    subtype: str | None
    catalogued: bool
    entry: Entry | None = field(default=None, repr=False)
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list, repr=False)
    aliases: set[str] = field(default_factory=set, repr=False)

    @property
    def key(self) -> str:
        return node_key(self.label, self.name)

    @property
    def identity(self) -> tuple[str, str]:
        return (self.label, fold(self.name))


def resolve_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest candidate where spans overlap; on equal spans, the higher priority."""
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    kept: list[Mention] = []
    for cand in ordered:
        if not any(cand.overlaps(k) for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda m: m.start)


def is_media(mention: Mention) -> bool:
    """A news outlet cited as a source: never a party, nor what "it" points back at."""
    if mention.entry is not None and mention.entry.source == "media.yaml":
        return True
    return mention.rule.startswith("shape:news") or mention.rule == "shape:dateline-source"
