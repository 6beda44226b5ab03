"""Training the learned relation reader on hand-labelled sets (a development tool).

Each labelled set is a folder of gold YAML files (../shared/gold schema) and the documents they
label. Every pair of entity mentions in a sentence becomes one example: its label is the gold
relation between the two entities when the gold evidence lies in that sentence, NONE when gold
relates them nowhere; a pair gold relates elsewhere in the document is left out (the sentence
may or may not say it). A multinomial logistic regression is fitted by full-batch Adam with a
fixed number of steps, so the same sets give the same weights.

`cross_validate` holds out one set at a time, trains on the rest and scores the held-out set
with the rules alone and with rules and model: the figure that says what the model adds on text
it has not seen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.catalogue import load_catalogue
from loaders.context import Context, build_context
from loaders.evaluate import Counts, align_entities, evaluate_dirs, norm, read_gold_dir
from loaders.read import read_document
from loaders.recognise import recognise
from loaders.relation_model import NONE, RelationModel, candidate_pairs, use_relation_model
from loaders.segment import sentences

# Predicates the agreement reader owns (PARTY_TO) are not learned pair by pair.
_NOT_LEARNED = {"PARTY_TO"}


@dataclass(frozen=True)
class LabelledSet:
    name: str
    gold: Path
    docs: Path


@dataclass
class Example:
    features: list[str]
    label: str


def _gold_names(ctx: Context, gold: dict[str, Any]) -> dict[str, str]:
    """Folded name of each recognised entity -> folded canonical name of its gold entity."""
    gold_ents = [e for e in gold.get("entities") or [] if e.get("type") != "Agreement"]
    ours: list[dict[str, Any]] = [
        {"name": e.name, "type": e.label, "aliases": sorted(e.aliases)}
        for e in ctx.recognition.entities.values()
    ]
    pairs = align_entities(gold_ents, ours)
    return {norm(str(ours[i]["name"])): norm(str(gold_ents[j]["name"])) for i, j in pairs.items()}


def document_examples(ctx: Context, gold: dict[str, Any]) -> list[Example]:
    """The labelled mention pairs of one read document."""
    by_pair: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for r in gold.get("relations") or []:
        if r["predicate"] in _NOT_LEARNED:
            continue
        quote = str(r.get("evidence") or "")
        at = ctx.text.find(quote) if quote else -1
        span = (at, at + len(quote)) if at >= 0 else (-1, -1)
        s, o = norm(str(r["subject"])), norm(str(r["object"]))
        by_pair.setdefault((s, o), []).append((r["predicate"], *span))
        if r["predicate"] == "COOPERATES_WITH":
            by_pair.setdefault((o, s), []).append((r["predicate"], *span))
    to_gold = _gold_names(ctx, gold)
    out: list[Example] = []
    for view in ctx.views:
        start, end = view.sentence.start, view.sentence.end
        for features, a, b in candidate_pairs(ctx, view):
            ga, gb = to_gold.get(norm(a.name)), to_gold.get(norm(b.name))
            label, elsewhere = NONE, False
            if ga is not None and gb is not None:
                for x, y, direction in ((ga, gb, ">"), (gb, ga, "<")):
                    for predicate, ev_start, ev_end in by_pair.get((x, y), []):
                        if ev_start < 0 or (ev_start < end and start < ev_end):
                            symmetric = predicate == "COOPERATES_WITH"
                            label = predicate + (">" if symmetric else direction)
                        else:
                            elsewhere = True
            if label == NONE and elsewhere:
                continue
            out.append(Example(features, label))
    return out


def set_examples(labelled: LabelledSet) -> list[Example]:
    catalogue = load_catalogue()
    out: list[Example] = []
    for gold in read_gold_dir(labelled.gold):
        document = read_document(labelled.docs / str(gold["doc"]))
        recognition = recognise(document.text, catalogue)
        ctx = build_context(document, sentences(document.text), recognition, catalogue)
        out += document_examples(ctx, gold)
    return out


def train(
    examples: list[Example],
    *,
    steps: int = 300,
    rate: float = 0.1,
    l2: float = 1e-4,
    min_count: int = 2,
    threshold: float = 0.5,
    prune: float = 0.01,
) -> RelationModel:
    """Fit the model; features seen in fewer than `min_count` examples are dropped and weights
    smaller than `prune` are left out of the model (they barely move a probability)."""
    import numpy as np  # a development dependency of training only; reading needs none

    labels = sorted({e.label for e in examples} | {NONE})
    label_index = {label: k for k, label in enumerate(labels)}
    counts = Counter(f for e in examples for f in set(e.features))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(names)}
    cols: list[int] = []
    rows: list[int] = []
    for r, e in enumerate(examples):
        found = sorted({index[f] for f in e.features if f in index})
        cols += found
        rows += [r] * len(found)
    n, c, f = len(examples), len(labels), len(names)
    col = np.array(cols, dtype=np.int64)
    row = np.array(rows, dtype=np.int64)
    starts = np.searchsorted(row, np.arange(n))
    by_feature = np.argsort(col, kind="stable")
    feature_starts = np.searchsorted(col[by_feature], np.arange(f))
    truth = np.zeros((n, c))
    truth[np.arange(n), [label_index[e.label] for e in examples]] = 1.0
    weights = np.zeros((f, c))
    m1 = np.zeros_like(weights)
    m2 = np.zeros_like(weights)
    for step in range(1, steps + 1):
        scores = np.add.reduceat(weights[col], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        residual = (probs - truth) / n
        grad = np.add.reduceat(residual[row[by_feature]], feature_starts, axis=0) + l2 * weights
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        weights -= rate * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    sparse: dict[str, dict[int, float]] = {}
    for k, name in enumerate(names):
        kept = {j: round(float(w), 3) for j, w in enumerate(weights[k]) if abs(w) >= prune}
        if kept:
            sparse[name] = kept
    return RelationModel(tuple(labels), sparse, threshold)


@dataclass
class FoldScore:
    name: str
    rules: Counts
    with_model: Counts


def cross_validate(
    sets: list[LabelledSet], examples: dict[str, list[Example]], **options: Any
) -> Iterator[FoldScore]:
    """Hold out each set in turn: relation counts of rules alone and of rules with a model
    trained on the other sets."""
    for held in sets:
        rest = [e for s in sets if s.name != held.name for e in examples[s.name]]
        model = train(rest, **options)
        with use_relation_model(None):
            rules = evaluate_dirs(held.gold, held.docs).total("relations")
        with use_relation_model(model):
            learned = evaluate_dirs(held.gold, held.docs).total("relations")
        yield FoldScore(held.name, rules, learned)
