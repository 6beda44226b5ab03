"""Features of a sentence and of the entities it may bind, for the learned agreement reader.

A sentence is described by its words (each mention folded into a type token, as for the
relation reader), the deal words it holds (`learned_triggers` of lexicon/agreements.yaml) and the
kinds of entity it names; a candidate party (an entity the sentence names, or refers to as "the
agency", "the two sides": loaders/context.py resolves those) by its type, the words around its
mention, where it stands against the nearest deal word and how often the document names it. The
same functions serve training (loaders/agreement_training.py) and reading
(loaders/agreement_model.py).
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from loaders.agreements import learned_triggers
from loaders.context import Context, SentenceView
from loaders.mentions import Entity
from loaders.pair_features import RenderedSentence, Slot, render, token_form
from loaders.patterns import cues_in
from loaders.relation_model import slots_of

# Cue lists of the pattern rules whose presence the sentence features record.
STATUS_CUES = ("hedge", "proposal", "negation")


@dataclass
class Candidate:
    """An entity that may be a party to the agreement a sentence states."""

    entity: Entity
    index: int  # its first slot in the sentence


@dataclass
class SentenceCase:
    """A sentence rendered for the reader, with its candidate parties."""

    view: SentenceView
    features: list[str]
    slots: list[Slot]
    rendered: RenderedSentence
    trigger_positions: list[int]
    candidates: list[Candidate]


def salience(ctx: Context) -> dict[str, str]:
    """How often the document names each entity, bucketed; "top" for the most named."""
    counts: Counter[str] = Counter()
    for view in ctx.views:
        for m in view.mentions:
            entity = ctx.entity(m)
            if entity is not None:
                counts[entity.key] += 1
    top = counts.most_common(1)[0][0] if counts else None
    return {k: "top" if k == top else ("3+" if c >= 3 else str(c)) for k, c in counts.items()}


def _sentence_features(
    view: SentenceView, slots: list[Slot], rendered: RenderedSentence
) -> list[str]:
    toks = rendered.tokens
    feats = ["bias"] + [f"W:{t}" for t in set(toks)]
    feats += [f"WB:{x}_{y}" for x, y in itertools.pairwise(toks)]
    labels = Counter(s.label for s in slots)
    feats += [f"N:{label}:{min(n, 3)}" for label, n in labels.items()]
    found = [token_form(m.group()) for m in learned_triggers().finditer(view.sentence.text)]
    feats += [f"TR:{t}" for t in found] or ["TR:none"]
    feats += [f"CUE:{c}" for c in sorted(cues_in(view, STATUS_CUES))]
    if view.is_list_item:
        feats.append("ITEM")
    return feats


def sentence_cases(ctx: Context) -> list[SentenceCase]:
    """Every sentence of the document with its features and candidate parties."""
    out: list[SentenceCase] = []
    for view in ctx.views:
        found = slots_of(ctx, view)
        slots = [s for s, _, _ in found]
        rendered = render(view.sentence.text, view.sentence.start, slots)
        positions = [k for k, t in enumerate(rendered.tokens) if learned_triggers().fullmatch(t)]
        candidates: list[Candidate] = []
        seen: set[str] = set()
        for i, (_, _, entity) in enumerate(found):
            if entity.key not in seen:
                seen.add(entity.key)
                candidates.append(Candidate(entity, i))
        features = _sentence_features(view, slots, rendered)
        out.append(SentenceCase(view, features, slots, rendered, positions, candidates))
    return out


def party_features(
    case: SentenceCase, candidate: Candidate, kind: str, salience_of: dict[str, str]
) -> list[str]:
    """Features of one candidate party of the agreement of kind `kind` the sentence states."""
    named = salience_of.get(candidate.entity.key, "1")
    feats = ["bias", f"KIND:{kind}"]
    slot = case.slots[candidate.index]
    p = case.rendered.positions[candidate.index]
    toks = case.rendered.tokens
    feats += [f"T:{slot.type_name}", f"L:{slot.label}", f"F:{slot.form}"]
    feats += [f"TK:{slot.label}|{kind}", f"SAL:{named}"]
    feats += [f"P-:{w}" for w in toks[max(0, p - 4) : p]] + [f"P+:{w}" for w in toks[p + 1 : p + 5]]
    if p > 0:
        feats += [f"P-1:{toks[p - 1]}", f"P-1L:{toks[p - 1]}|{slot.label}"]
    if p > 1:
        feats.append(f"P-2:{toks[p - 2]}_{toks[p - 1]}")
    if p + 1 < len(toks):
        feats.append(f"P+1:{toks[p + 1]}")
    feats += [f"POS:{min(candidate.index, 3)}", f"LAST:{candidate.index == len(case.slots) - 1}"]
    if case.trigger_positions:
        near = min(case.trigger_positions, key=lambda t: abs(t - p))
        side = "before" if p < near else "after"
        feats += [
            f"TS:{side}",
            f"TD:{side}:{min(abs(near - p) // 3, 4)}",
            f"TSL:{side}|{slot.label}",
        ]
    feats.append(f"NS:{min(len(case.slots), 5)}")
    return feats
