"""People who sign for the body they head: "Mr Orinboyev and JAXA President Hiroshi Yamakawa
signed a memorandum" is a memorandum of the two bodies the two people head.

The agreement rules read parties as country and organisation placeholders. In a sentence that
tells a signing, each person the document shows heading a body (a HEADS fact) is read as that
body, and a title naming the same body just before the person ("JAXA President ...") folds into
it, so the rules see "⟦Uzbekcosmos⟧ and ⟦JAXA⟧ signed".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.context import Context, SentenceView, mask
from loaders.facts import RelationFact
from loaders.mentions import Entity, Mention

_SIGNING = re.compile(r"\b(?:signed|signs|sign|signing|inked|initialled|initialed)\b")
# What may stand between a body and the person heading it: a title of a few words.
_TITLE_BETWEEN = re.compile(r"^[ \t]+(?:[A-Za-z][\w-]*[ \t]+){1,4}$")

SIGNER_RULE = "signer-head"


def heads_of(facts: Sequence[RelationFact]) -> dict[tuple[str, str], Entity]:
    """Person identity -> the one body the document shows the person heading."""
    found: dict[tuple[str, str], list[Entity]] = {}
    for f in facts:
        if f.predicate == "HEADS" and f.subject.label == "Person":
            bodies = found.setdefault(f.subject.identity, [])
            if f.object not in bodies:
                bodies.append(f.object)
    return {person: bodies[0] for person, bodies in found.items() if len(bodies) == 1}


def with_signing_bodies(ctx: Context, facts: Sequence[RelationFact]) -> Context:
    """The context with each signing sentence's heads read as the bodies they head."""
    heads = heads_of(facts)
    if not heads:
        return ctx
    views = [_signing_view(ctx, view, heads) for view in ctx.views]
    return replace(ctx, views=views)


def _signing_view(
    ctx: Context, view: SentenceView, heads: dict[tuple[str, str], Entity]
) -> SentenceView:
    if not _SIGNING.search(view.sentence.text):
        return view
    mentions: list[Mention] = []
    changed = False
    for m in view.mentions:
        body = heads.get(m.identity) if m.label == "Person" else None
        if body is None:
            mentions.append(m)
            continue
        start = m.start
        before = mentions[-1] if mentions else None
        if (
            before is not None
            and (named := ctx.entity(before)) is not None
            and named.key == body.key
            and _TITLE_BETWEEN.match(ctx.text[before.end : m.start])
        ):
            start = mentions.pop().start  # "JAXA President Hiroshi Yamakawa": one signer
        mentions.append(
            Mention(
                start,
                m.end,
                ctx.text[start : m.end],
                body.label,
                body.name,
                body.subtype,
                "coref",
                SIGNER_RULE,
                "derived",
                body.entry,
            )
        )
        changed = True
    if not changed:
        return view
    sentence = view.sentence
    return replace(view, mentions=mentions, masked=mask(sentence.text, sentence.start, mentions))
