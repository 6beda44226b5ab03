"""Trade across borders: the country an organisation belongs to, and when a contract is an
export (a supplier of one country selling hardware to a buyer of another).

A contract is an export contract when its parties belong to different countries and the text
says so: it calls the sale an export in the agreement's sentence or the one before ("the
biggest export was the first stage ... the supply contract between A and B"), refers back to
it as one ("The order is the largest export deal"), or has the supplier sell or supply goods
("signed a contract with B to supply ten satellites"). Cue words live in
lexicon/agreements.yaml (`export_cues`).
"""

from __future__ import annotations

import functools
import re

from loaders.context import Context, SentenceView
from loaders.mentions import Entity
from loaders.resources import lexicon
from loaders.text import fold

_ORG = r"⟦(?P<o>\d+):Organization:[^⟧]*:noun⟧"
_DEMONYM = r"⟦(?P<c>\d+):Country:[^⟧]*:demonym⟧"
# Where the text places an organisation: "Finnish radar satellite maker ICEYE", "Japan's
# Sumitomo", "ICEYE, the Finnish operator of ...", "Sumitomo is a Japanese trading company".
_HOME_PATTERNS = (
    re.compile(rf"{_DEMONYM}\s+(?:[a-z][\w-]*\s+){{0,3}}{_ORG}"),
    re.compile(rf"⟦(?P<c>\d+):Country:[^⟧]*:noun⟧'s\s+(?:[a-z][\w-]*\s+){{0,2}}{_ORG}"),
    re.compile(rf"{_ORG}(?:\s*\([^)]*\))?,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}{_DEMONYM}"),
    re.compile(rf"{_ORG}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}{_DEMONYM}"),
    # the buyer's agent: "will supply eight satellites to Japan through trading house X"
    re.compile(
        rf"\bto\s+⟦(?P<c>\d+):Country:[^⟧]*:noun⟧\s+(?:through|via)\s+(?:[a-z][\w-]*\s+){{0,3}}{_ORG}"
    ),
)


@functools.cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon("agreements")["export_cues"]
    return (
        re.compile(data["export_word"]),
        re.compile(data["sale_verb"]),
        re.compile(data["back_reference"]),
    )


def home_country(ctx: Context, ent: Entity) -> str | None:
    """The folded name of the country an organisation belongs to (a country's is its own):
    the catalogue's, else the first place the text gives it."""
    if ent.label == "Country":
        return fold(ent.name)
    if ent.entry is not None and ent.entry.country:
        return fold(ent.entry.country)
    for view in ctx.views:
        for pattern in _HOME_PATTERNS:
            for m in pattern.finditer(view.masked):
                if ctx.entity(view.mention(int(m.group("o")))) is not ent:
                    continue
                country = ctx.entity(view.mention(int(m.group("c"))))
                if country is not None:
                    return fold(country.name)
    return None


def across_borders(ctx: Context, parties: list[Entity]) -> bool:
    """Two parties, each placed in a country, and not the same one."""
    if len(parties) != 2:
        return False
    homes = [home_country(ctx, p) for p in parties]
    return None not in homes and homes[0] != homes[1]


def _previous(ctx: Context, view: SentenceView) -> SentenceView | None:
    index = view.sentence.index
    return next((v for v in ctx.views if v.sentence.index == index - 1), None)


def is_export(ctx: Context, view: SentenceView, parties: list[Entity]) -> bool:
    """The contract of this sentence is an export: see the module docstring."""
    if not across_borders(ctx, parties):
        return False
    word, sale, _ = _cues()
    before = _previous(ctx, view)
    texts = [view.sentence.text, before.sentence.text if before is not None else ""]
    # "The contract was signed on Monday. It is X's first order to supply satellites ...": the
    # sentence right after may say what is sold
    after = _next(ctx, view)
    sales = [view.sentence.text, after.sentence.text if after is not None else ""]
    return any(word.search(t) for t in texts) or any(sale.search(t) for t in sales)


def _next(ctx: Context, view: SentenceView) -> SentenceView | None:
    index = view.sentence.index
    return next((v for v in ctx.views if v.sentence.index == index + 1), None)


def names_export(view: SentenceView) -> bool:
    """ "The order is the largest export deal for a Finnish company": the sentence calls the
    agreement just reported an export."""
    return bool(_cues()[2].search(view.sentence.text))
