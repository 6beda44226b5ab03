"""Facts the relate stage finds, before they become records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from loaders.context import SentenceView
from loaders.mentions import Entity


@dataclass
class RelationFact:
    """subject -[predicate]-> object, read in one sentence by one rule."""

    subject: Entity
    predicate: str
    object: Entity
    view: SentenceView
    rule: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Party:
    entity: Entity
    role: str


@dataclass
class AgreementFact:
    """An agreement with its parties and roles, what it concerns, and its evidence."""

    kind: str
    status: str
    parties: list[Party]
    about: list[Entity]
    views: list[SentenceView]
    rule: str
    title: str = ""
    aliases: list[str] = field(default_factory=list)
    date: str | None = None
    end_date: str | None = None
    value: float | None = None
    currency: str | None = None
    capabilities: list[str] = field(default_factory=list)
    # The learned reader's probability (rule model:agreements); None for ruled agreements.
    confidence: float | None = None

    @property
    def party_keys(self) -> frozenset[str]:
        return frozenset(p.entity.key for p in self.parties)


@dataclass
class ClaimFact:
    """A quantitative or dated statement about an entity."""

    subject: Entity
    attribute: str
    value: str
    view: SentenceView
    rule: str
    value_number: float | None = None
    unit: str | None = None
