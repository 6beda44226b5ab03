"""The learned agreement reader: which sentences state a deal, and who its parties are.

The pattern rules of loaders/agreements.py read the phrasings they were written from; on new
articles they find under half the agreements a reader would note ("X booked the launch with Y",
"Y bought two satellites from Z, a deal valued at ..."). This reader takes each sentence that
no rule drew an agreement from, asks a sentence model which kind of agreement it states (or
none), and a party model which of the entities named in it are its parties. An agreement is
kept when the kind is likely enough, at least two parties are, and no agreement of the
document already binds the same parties. Status, date and what it concerns are
read as for ruled agreements. Learned agreements carry the rule ``model:agreements`` and the
sentence model's probability as ``confidence``.

The weights are a data file (loaders/data/agreement_model.json), trained by
loaders/agreement_training.py; reading is plain arithmetic, offline and deterministic.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources
from typing import Any

from graph.model import InputError
from loaders.agreement_features import SentenceCase, party_features, salience, sentence_cases
from loaders.agreements import (
    agreement_details,
    describes_a_venture,
    is_media_entity,
    named_ventures,
    own_country,
    restates,
)
from loaders.context import Context
from loaders.deal_clauses import deal_clause
from loaders.facts import AgreementFact, Party
from loaders.linear_model import LinearModel

RULE = "model:agreements"
NONE = "NONE"
PARTY = "Y"
# Entities that can sign: a programme or a person is what a deal is about or who signs for a party.
_PARTY_LABELS = ("Country", "Organization")


@dataclass(frozen=True)
class AgreementModel:
    """The sentence model (labels: agreement kinds and NONE) and the party model (Y/N)."""

    sentence: LinearModel
    party: LinearModel

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence.to_json(), "party": self.party.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgreementModel:
        what = "agreement model"
        if not isinstance(data, dict) or not {"sentence", "party"} <= data.keys():
            raise InputError(f"{what}: malformed weights file (needs 'sentence' and 'party')")
        return cls(
            LinearModel.from_json(data["sentence"], what),
            LinearModel.from_json(data["party"], what),
        )


@functools.cache
def load_agreement_model() -> AgreementModel | None:
    """The shipped model, or None when the package carries none (the rules still read)."""
    path = resources.files("loaders") / "data" / "agreement_model.json"
    if not path.is_file():
        return None
    return AgreementModel.from_json(json.loads(path.read_text(encoding="utf-8")))


_IN_USE: ContextVar[tuple[AgreementModel | None] | None] = ContextVar(
    "agreement_model", default=None
)


@contextlib.contextmanager
def use_agreement_model(model: AgreementModel | None) -> Iterator[None]:
    """Read with `model` (None: rules alone) inside the block."""
    token = _IN_USE.set((model,))
    try:
        yield
    finally:
        _IN_USE.reset(token)


def active_agreement_model() -> AgreementModel | None:
    chosen = _IN_USE.get()
    return load_agreement_model() if chosen is None else chosen[0]


def _parties(
    model: AgreementModel, case: SentenceCase, kind: str, named: dict[str, str]
) -> list[Party]:
    out: list[Party] = []
    for candidate in case.candidates:
        entity = candidate.entity
        if entity.label not in _PARTY_LABELS or is_media_entity(entity):
            continue
        p = model.party.probability(party_features(case, candidate, kind, named), PARTY)
        if p >= model.party.threshold:
            out.append(Party(entity, ""))  # roles are read with the details
    return out


def without_own_countries(parties: list[Party]) -> list[Party]:
    """A state body acts for its own country: the country is no second party beside it."""
    return [
        p
        for p in parties
        if p.entity.label != "Country" or not any(own_country(p.entity, q.entity) for q in parties)
    ]


def deal_kind(model: AgreementModel, features: list[str]) -> tuple[str, float]:
    """The likeliest kind of agreement a sentence states, and how likely it states one at all.

    The kinds share the probability that is not NONE: a sentence the model finds 55% likely to
    state a deal, split 35/20 between a contract and an export contract, states one.
    """
    probabilities = dict(
        zip(model.sentence.labels, model.sentence.probabilities(features), strict=True)
    )
    kinds = [label for label in probabilities if label != NONE]
    kind = max(kinds, key=probabilities.__getitem__)
    return kind, 1.0 - probabilities.get(NONE, 0.0)


def learned_agreements(ctx: Context, ruled: list[AgreementFact]) -> list[AgreementFact]:
    """Agreements the model reads in sentences no rule drew an agreement from."""
    model = active_agreement_model()
    if model is None:
        return []
    used = {v.sentence.index for a in ruled for v in a.views}
    bound = {a.party_keys for a in ruled}
    named = salience(ctx)
    out: list[AgreementFact] = []
    for case in sentence_cases(ctx):
        view = case.view
        # Table rows are read by their header (loaders/tables.py), not word by word.
        if view.sentence.index in used or view.sentence.text.lstrip().startswith("|"):
            continue
        kind, probability = deal_kind(model, case.features)
        if probability < model.sentence.threshold:
            continue
        if kind == "joint venture" and describes_a_venture(view.masked):
            continue
        parties = without_own_countries(_parties(model, case, kind, named))
        if kind == "joint venture":
            ventures = {
                e.key
                for i in named_ventures(view.masked)
                if (e := ctx.entity(view.mention(i))) is not None
            }
            founders = [p for p in parties if p.entity.key not in ventures]
            parties = founders if len(founders) >= 2 else parties
        keys = frozenset(p.entity.key for p in parties)
        if len(keys) < 2 or keys in bound:
            continue
        fact = agreement_details(ctx, view, kind, parties, RULE)
        deal = deal_clause(ctx, view, purchase_only=True) if kind == "other" else None
        if deal is not None and {deal.customer.key, deal.contractor.key} == keys:
            # "the Government of Armenia contracted Spain's Satlantis to build ...": a hire told
            # by its verb is a contract, whatever other deal the sentence reads like
            fact = agreement_details(ctx, view, "contract", parties, RULE)
            fact.parties = [Party(deal.customer, "customer"), Party(deal.contractor, "contractor")]
        index = view.sentence.index
        if any(
            restates(fact, other, strict=True)
            and other.kind == fact.kind
            and bool(keys & other.party_keys)
            and any(abs(v.sentence.index - index) <= 1 for v in other.views)
            for other in ruled
        ):
            continue  # "Kazakhstan has hired X" right before "KGS signed the contract with X"
        bound.add(keys)
        fact.confidence = round(probability, 2)
        out.append(fact)
    return out
