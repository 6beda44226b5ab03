"""Claims: quantitative or dated statements about an entity, kept per source so that
documents can be compared ("four launches per year" here, "six to eight" there)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.context import Context, SentenceView
from loaders.facts import ClaimFact
from loaders.mentions import Entity
from loaders.money import find_amounts
from loaders.resources import lexicon

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_UNIT = re.compile(r"\d+(?:[.,]\d+)?\s*(?P<unit>[A-Za-z]+)")


@dataclass(frozen=True)
class _Rule:
    id: str
    attribute: str
    subjects: tuple[str, ...]
    pattern: re.Pattern[str]


@functools.cache
def _rules() -> tuple[tuple[_Rule, ...], tuple[tuple[re.Pattern[str], str], ...]]:
    data = lexicon("claims")
    rules = tuple(
        _Rule(r["id"], r["attribute"], tuple(r["subjects"]), re.compile(r["pattern"]))
        for r in data["patterns"]
    )
    money = tuple((re.compile(m["words"], re.I), m["attribute"]) for m in data["money_attributes"])
    return rules, money


def _subject(
    ctx: Context,
    view: SentenceView,
    pos: int,
    labels: tuple[str, ...],
    look_back: bool = True,
) -> Entity | None:
    """The nearest fitting mention to `pos` in the sentence, else the latest one in the two
    sentences before."""
    best: tuple[int, Entity] | None = None
    for m in view.mentions:
        ent = ctx.entity(m)
        if ent is None or m.label not in labels or m.form == "demonym":
            continue
        offset = m.start - view.sentence.start
        distance = abs(offset - pos)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best:
        return best[1]
    if not look_back:
        return None
    idx = view.sentence.index
    for prev in reversed(ctx.views[max(0, idx - 2) : idx]):
        for m in reversed(prev.mentions):
            ent = ctx.entity(m)
            if ent is not None and m.label in labels and m.form != "demonym":
                return ent
    return None


def _number(value: str) -> tuple[float | None, str | None]:
    m = _NUMBER.search(value)
    if not m:
        return None, None
    unit = _UNIT.search(value)
    return float(m.group().replace(",", ".")), unit.group("unit") if unit else None


def extract_claims(ctx: Context) -> list[ClaimFact]:
    rules, money = _rules()
    out: list[ClaimFact] = []
    for view in ctx.views:
        text = view.sentence.text
        for rule in rules:
            for m in rule.pattern.finditer(text):
                subject = _subject(ctx, view, m.start("value"), rule.subjects)
                if subject is None:
                    continue
                value = m.group("value")
                if "skip" in rule.pattern.groupindex and m.group("skip"):
                    cut = slice(
                        m.start("skip") - m.start("value"), m.end("skip") - m.start("value")
                    )
                    value = value[: cut.start] + value[cut.stop :]
                value = value.strip()
                number, unit = _number(value)
                out.append(
                    ClaimFact(
                        subject, rule.attribute, value, view, f"claim:{rule.id}", number, unit
                    )
                )
        for amount in find_amounts(text):
            # A sentence that names no asset or party ("officials put the price of rebuilding
            # the pad at ...") speaks of the asset of the sentences before.
            subject = (
                _subject(ctx, view, amount.start, ("Program", "Facility"), look_back=False)
                or _subject(ctx, view, amount.start, ("Country", "Organization"), look_back=False)
                or _subject(ctx, view, amount.start, ("Program", "Facility"))
            )
            if subject is None:
                continue
            attribute = next(a for words, a in money if words.search(text))
            out.append(
                ClaimFact(
                    subject,
                    attribute,
                    amount.text,
                    view,
                    "claim:money",
                    amount.value,
                    amount.currency,
                )
            )
    return _dedupe(out)


def _dedupe(claims: list[ClaimFact]) -> list[ClaimFact]:
    seen: set[tuple[str, str, int]] = set()
    out = []
    for c in claims:
        key = (c.subject.key, c.attribute, c.view.sentence.index)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
