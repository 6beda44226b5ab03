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

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.catalogue import load_catalogue
from loaders.context import Context, build_context
from loaders.evaluate import Counts, align_entities, evaluate_dirs, norm, read_gold_dir
from loaders.linear_model import Example, LinearModel, fit
from loaders.read import read_document
from loaders.recognise import recognise
from loaders.relation_model import NONE, candidate_pairs, use_relation_model
from loaders.segment import sentences

# Predicates the agreement reader owns (PARTY_TO) are not learned pair by pair.
_NOT_LEARNED = {"PARTY_TO"}


@dataclass(frozen=True)
class LabelledSet:
    name: str
    gold: Path
    docs: Path


def gold_names(ctx: Context, gold: dict[str, Any]) -> dict[str, str]:
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
    to_gold = gold_names(ctx, gold)
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


def read_labelled(labelled: LabelledSet) -> Iterator[tuple[Context, dict[str, Any]]]:
    """Each gold file of a set with the read document it labels."""
    catalogue = load_catalogue()
    for gold in read_gold_dir(labelled.gold):
        document = read_document(labelled.docs / str(gold["doc"]))
        recognition = recognise(document.text, catalogue)
        yield build_context(document, sentences(document.text), recognition, catalogue), gold


def set_examples(labelled: LabelledSet) -> list[Example]:
    return [e for ctx, gold in read_labelled(labelled) for e in document_examples(ctx, gold)]


def train(examples: list[Example], **options: Any) -> LinearModel:
    """Fit the relation model (options: those of `loaders.linear_model.fit`)."""
    return fit(examples, always=(NONE,), **options)


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
