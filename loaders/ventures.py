"""Joint ventures told by describing the venture company: "SES remains a partner in LuxGovSat,
its 50:50 joint venture with the Luxembourg government", "the company works through Hispamar,
a joint venture with Brazilian telecom operator Oi".

The venture is the company named; the agreement binds the partner the sentence is about (its
subject, or the sentence before's) and the one named after "with". A venture described as
"between" or "of" its owners tells no agreement (`describes_a_venture`).
"""

from __future__ import annotations

import re

from loaders.agreements import agreement_details
from loaders.context import Context, SentenceView
from loaders.facts import AgreementFact, Party
from loaders.mentions import Entity

RULE = "venture:described-with"

_VENTURE_WITH = re.compile(
    r"⟦(?P<v>\d+):Organization:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?,\s+(?:its|their|a|an|the)\s+"
    r"(?:[\w:%-]+\s+){0,3}?joint[- ]venture\s+with\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*|⟦\d+:Country:[^⟧]*:demonym⟧)\s+){0,4}?"
    r"⟦(?P<y>\d+):(?:Country|Organization):[^⟧]*:noun⟧"
)
_ACTOR = re.compile(r"⟦(\d+):(?:Country|Organization):[^⟧]*⟧")
# "In Brazil, the company works through ...": a place that opens the sentence is not its subject.
_PLACE_OPENING = re.compile(r"\s*(?:In|At|Across|From)\s+⟦\d+:Country:[^⟧]*⟧,")


def _partner(ctx: Context, view: SentenceView, before: int, skip: set[str]) -> Entity | None:
    """The first country or organisation the sentence names before `before`, else the first
    of the sentence before: whose venture it is."""
    views = [view]
    if view.sentence.index > 0:
        views.append(ctx.views[view.sentence.index - 1])
    for i, v in enumerate(views):
        end = before if i == 0 else len(v.masked)
        opening = _PLACE_OPENING.match(v.masked)
        for m in _ACTOR.finditer(v.masked, opening.end() if opening else 0, end):
            entity = ctx.entity(v.mention(int(m.group(1))))
            if entity is not None and entity.key not in skip:
                return entity
    return None


def ventures_with(ctx: Context, found: list[AgreementFact]) -> list[AgreementFact]:
    """Joint-venture agreements of a venture company described "with" a partner; none where
    `found` already binds the two."""
    out: list[AgreementFact] = []
    for view in ctx.views:
        for m in _VENTURE_WITH.finditer(view.masked):
            venture = ctx.entity(view.mention(int(m.group("v"))))
            other = ctx.entity(view.mention(int(m.group("y"))))
            if venture is None or other is None or venture.key == other.key:
                continue
            owner = _partner(ctx, view, m.start(), {venture.key, other.key})
            if owner is None:
                continue
            keys = frozenset((owner.key, other.key))
            if any(f.party_keys == keys for f in found + out):
                continue
            fact = agreement_details(
                ctx, view, "joint venture", [Party(owner, ""), Party(other, "")], RULE
            )
            fact.status = "in force"
            fact.title = f"{venture.name} joint venture"
            if venture not in fact.about:
                fact.about = [venture, *fact.about]
            out.append(fact)
    return out
