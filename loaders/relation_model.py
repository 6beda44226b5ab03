"""The learned relation reader: a linear model over pairs of mentions in one sentence.

Pattern rules read the phrasings they were written from; on articles nobody has seen they miss
more than half the relations a reader would note. This reader adds what a classifier trained on
the hand-labelled sets (loaders/relation_training.py) finds between two mentions of a sentence
that no rule related, with its probability as ``confidence`` and the rule name
``model:relations`` in the evidence, so an analyst can tell a learned fact from a ruled one.

The weights are a data file (loaders/data/relation_model.json); reading is plain arithmetic,
offline and deterministic.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Iterator
from contextvars import ContextVar
from importlib import resources

from loaders.context import Context, SentenceView
from loaders.facts import RelationFact
from loaders.linear_model import LinearModel
from loaders.mentions import Entity, Mention
from loaders.pair_features import RenderedSentence, Slot, pair_features, render
from loaders.patterns import cues_in
from loaders.text import fold

RULE = "model:relations"
# A sentence that hedges, proposes or denies states no relation, for the model as for the
# pattern rules; nor does a deputy head what the sentence names.
BLOCKING_CUES = ("hedge", "proposal", "negation")
_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant)\b", re.I)
# An observer of a body is not one of its members.
_OBSERVER = re.compile(r"\bobservers?\b", re.I)
NONE = "NONE"
# Mentions further apart than this many tokens are not paired (nor were they in training).
MAX_GAP = 40


@functools.cache
def load_relation_model() -> LinearModel | None:
    """The shipped model, or None when the package carries none (the rules still read)."""
    path = resources.files("loaders") / "data" / "relation_model.json"
    if not path.is_file():
        return None
    return LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")), "relation model")


# Set by `use_relation_model` to read with another model (or none) than the shipped one.
_IN_USE: ContextVar[tuple[LinearModel | None] | None] = ContextVar("relation_model", default=None)


@contextlib.contextmanager
def use_relation_model(model: LinearModel | None) -> Iterator[None]:
    """Read with `model` (None: rules alone) inside the block; cross-validation and the
    rules-only comparison use it."""
    token = _IN_USE.set((model,))
    try:
        yield
    finally:
        _IN_USE.reset(token)


def active_relation_model() -> LinearModel | None:
    chosen = _IN_USE.get()
    return load_relation_model() if chosen is None else chosen[0]


def _home(entity: Entity) -> str | None:
    if entity.label == "Country":
        return fold(entity.name)
    if entity.entry is not None and entity.entry.country:
        return fold(entity.entry.country)
    return None


def _elsewhere(subject: Entity, obj: Entity, predicate: str) -> bool:
    """A location the catalogue contradicts: the subject's catalogued home is another country."""
    if predicate != "LOCATED_IN" or obj.label != "Country" or subject.label == "Country":
        return False
    home = _home(subject)
    return home is not None and home != fold(obj.name)


def slots_of(ctx: Context, view: SentenceView) -> list[tuple[Slot, Mention, Entity]]:
    """The mentions of a sentence that name an entity, in text order, as feature slots."""
    out = []
    for m in sorted(view.mentions, key=lambda m: (m.start, -m.end)):
        entity = ctx.entity(m)
        if entity is not None:
            slot = Slot(m.start, m.end, entity.label, entity.subtype, m.form, _home(entity))
            out.append((slot, m, entity))
    return out


def candidate_pairs(ctx: Context, view: SentenceView) -> Iterator[tuple[list[str], Entity, Entity]]:
    """(features, earlier entity, later entity) of every pair of different entities that a
    sentence names within MAX_GAP tokens of each other."""
    found = slots_of(ctx, view)
    if len(found) < 2:
        return
    slots = [s for s, _, _ in found]
    rendered: RenderedSentence = render(view.sentence.text, view.sentence.start, slots)
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            a, b = found[i][2], found[j][2]
            if a.key == b.key or rendered.positions[j] - rendered.positions[i] > MAX_GAP:
                continue
            # One plural phrase ("both", "the two agencies") stands for both: it says nothing
            # of how they relate to each other.
            if (found[i][0].start, found[i][0].end) == (found[j][0].start, found[j][0].end):
                continue
            yield pair_features(rendered, slots, i, j, view.is_list_item), a, b


def learned_relations(ctx: Context, ruled: list[RelationFact]) -> list[RelationFact]:
    """Relations the model reads between mentioned entities no rule has related."""
    model = active_relation_model()
    if model is None:
        return []
    related = {frozenset((f.subject.key, f.object.key)) for f in ruled}
    out: list[RelationFact] = []
    for view in ctx.views:
        # Table rows are read by their header (loaders/tables.py), not word by word.
        if view.sentence.text.lstrip().startswith("|") or cues_in(view, BLOCKING_CUES):
            continue
        deputy = bool(_DEPUTY.search(view.sentence.text))
        observer = bool(_OBSERVER.search(view.sentence.text))
        for features, a, b in candidate_pairs(ctx, view):
            if frozenset((a.key, b.key)) in related:
                continue
            label, probability = model.best(features)
            if label == NONE or probability < model.threshold:
                continue
            subject, obj = (a, b) if label.endswith(">") else (b, a)
            if (deputy and label[:-1] == "HEADS") or (observer and label[:-1] == "MEMBER_OF"):
                continue
            if _elsewhere(subject, obj, label[:-1]):
                continue
            out.append(
                RelationFact(
                    subject, label[:-1], obj, view, RULE, {"confidence": round(probability, 2)}
                )
            )
    return out
