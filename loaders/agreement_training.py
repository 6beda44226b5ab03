"""Training the learned agreement reader on hand-labelled sets (a development tool).

Sentence examples: every sentence of a labelled document, labelled with the kind of the gold
agreement whose evidence quote lies in it, NONE otherwise; a sentence that names two parties of
a gold agreement told elsewhere, with a deal word, is left out (it may restate that agreement).
Party examples: for each sentence holding gold agreement evidence, every entity it names, Y
when gold lists it among the parties.

`cross_validate` holds out one set at a time and scores agreements and relations with the
rules alone and with rules and a model trained on the other sets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from loaders.agreement_features import party_features, salience, sentence_cases
from loaders.agreement_model import NONE, PARTY, AgreementModel, use_agreement_model
from loaders.agreements import learned_triggers
from loaders.context import Context
from loaders.evaluate import Report, evaluate_dirs, norm
from loaders.linear_model import Example, fit
from loaders.relation_training import LabelledSet, gold_names, read_labelled

# Sentences like this are neither examples of an agreement nor of its absence.
_AMBIGUOUS = "IGNORE"
NOT_PARTY = "N"


@dataclass
class AgreementExamples:
    sentences: list[Example] = field(default_factory=list)
    parties: list[Example] = field(default_factory=list)

    def __iadd__(self, other: AgreementExamples) -> AgreementExamples:
        self.sentences += other.sentences
        self.parties += other.parties
        return self


def document_examples(ctx: Context, gold: dict[str, Any]) -> AgreementExamples:
    """The labelled sentences and candidate parties of one read document."""
    agreements = []
    for a in gold.get("agreements") or []:
        quote = str(a.get("evidence") or "")
        at = ctx.text.find(quote) if quote else -1
        parties = {norm(str(p)) for p in a.get("parties") or []}
        agreements.append((at, at + len(quote), str(a.get("kind") or "other"), parties))
    to_gold = gold_names(ctx, gold)
    named = salience(ctx)
    out = AgreementExamples()
    for case in sentence_cases(ctx):
        start, end = case.view.sentence.start, case.view.sentence.end
        told = [a for a in agreements if a[0] >= 0 and a[0] < end and start < a[1]]
        names = {to_gold.get(norm(c.entity.name)) for c in case.candidates}
        label = told[0][2] if told else NONE
        restated = any(len(parties & names) >= 2 for *_, parties in agreements)
        if not told and restated and learned_triggers().search(case.view.sentence.text):
            label = _AMBIGUOUS
        if label != _AMBIGUOUS:
            out.sentences.append(Example(case.features, label))
        if not told:
            continue
        parties = told[0][3]
        for candidate in case.candidates:
            gold_name = to_gold.get(norm(candidate.entity.name))
            answer = PARTY if gold_name in parties else NOT_PARTY
            out.parties.append(Example(party_features(case, candidate, label, named), answer))
    return out


def set_examples(labelled: LabelledSet) -> AgreementExamples:
    out = AgreementExamples()
    for ctx, gold in read_labelled(labelled):
        out += document_examples(ctx, gold)
    return out


def train(
    examples: AgreementExamples, *, threshold: float = 0.5, party_threshold: float = 0.5
) -> AgreementModel:
    """Fit the sentence model and the party model."""
    sentence = fit(examples.sentences, always=(NONE,), threshold=threshold)
    party = fit(examples.parties, always=(PARTY, NOT_PARTY), threshold=party_threshold)
    return AgreementModel(sentence, party)


@dataclass
class FoldScore:
    name: str
    rules: Report
    with_model: Report


def cross_validate(
    sets: list[LabelledSet], examples: dict[str, AgreementExamples], **options: Any
) -> Iterator[FoldScore]:
    """Hold out each set in turn: scores of rules alone and of rules with a model trained on
    the other sets."""
    for held in sets:
        rest = AgreementExamples()
        for s in sets:
            if s.name != held.name:
                rest += examples[s.name]
        model = train(rest, **options)
        with use_agreement_model(None):
            rules = evaluate_dirs(held.gold, held.docs)
        with use_agreement_model(model):
            learned = evaluate_dirs(held.gold, held.docs)
        yield FoldScore(held.name, rules, learned)
