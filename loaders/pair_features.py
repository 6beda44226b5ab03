"""Features of two entity mentions in one sentence, for the learned relation reader.

A sentence is rendered as folded word tokens in which each mention is one token naming its
type (``<Organization/agency>``); a pair of mentions is then described by its types, the words
between and around it, its distance and the forms of its names. The same function serves
training (loaders/relation_training.py) and reading (loaders/relation_model.py), so the two
cannot drift apart.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from loaders.text import fold

_WORD = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d")
# Beyond this many tokens apart, only the edges of the gap are described.
_NEAR = 12


@dataclass(frozen=True)
class Slot:
    """One mention as the features see it: its span in the document and its entity's type."""

    start: int
    end: int
    label: str
    subtype: str | None
    form: str
    # Folded name of the country the entity belongs to, when known: a country's own name, or
    # an organisation's or facility's catalogued home.
    home: str | None = None

    @property
    def type_name(self) -> str:
        return f"{self.label}/{self.subtype}" if self.subtype else self.label


def token_form(word: str) -> str:
    """Folded word with digits collapsed and a plural or third-person "s" dropped."""
    w = _DIGITS.sub("0", fold(word))
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


@dataclass
class RenderedSentence:
    """Tokens of a sentence with each mention folded into one type token."""

    tokens: list[str]
    positions: list[int]  # token index of each slot, in slot order


def render(text: str, offset: int, slots: list[Slot]) -> RenderedSentence:
    """`text` starts at document offset `offset`; `slots` are in start order, not overlapping."""
    out: list[str] = []
    positions: list[int] = []
    cursor = 0
    for slot in slots:
        start, end = slot.start - offset, slot.end - offset
        if start < cursor:  # overlapping mention: read it where the previous one stands
            positions.append(len(out) - 1)
            continue
        out.extend(token_form(w) for w in _WORD.findall(text[cursor:start]))
        positions.append(len(out))
        out.append(f"<{slot.type_name}>")
        cursor = max(cursor, end)
    out.extend(token_form(w) for w in _WORD.findall(text[cursor:]))
    return RenderedSentence(out, positions)


def _distance(n: int) -> str:
    for bound, name in ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10")):
        if n <= bound:
            return name
    return "11+"


def pair_features(
    sentence: RenderedSentence, slots: list[Slot], first: int, second: int, list_item: bool
) -> list[str]:
    """Features of slots[first] (earlier) and slots[second] (later) in one rendered sentence."""
    a, b = slots[first], slots[second]
    pa, pb = sentence.positions[first], sentence.positions[second]
    toks = sentence.tokens
    between = toks[pa + 1 : pb]
    coarse = f"{a.label}|{b.label}"
    types = f"{a.type_name}|{b.type_name}"
    feats = [
        "bias",
        f"T:{types}",
        f"C:{coarse}",
        f"T1:{a.type_name}",
        f"T2:{b.type_name}",
        f"D:{_distance(len(between))}|{coarse}",
        f"M:{min(sum(t.startswith('<') for t in between), 3)}",
        f"FA:{a.form}",
        f"FB:{b.form}",
    ]
    if list_item:
        feats.append("ITEM")
    if (a.label == "Country") != (b.label == "Country"):
        # "X LOCATED_IN Y" is far likelier when the catalogue already puts X in Y.
        country, other = (a, b) if a.label == "Country" else (b, a)
        if other.home is None:
            feats.append(f"HOME:unknown|{coarse}")
        else:
            feats.append(f"HOME:{'same' if other.home == country.home else 'other'}|{coarse}")
    if len(between) <= _NEAR:
        feats += [f"B:{w}" for w in between]
        feats += [f"BB:{x}_{y}" for x, y in itertools.pairwise(between)]
        if len(between) <= 5:
            feats.append(f"BX:{' '.join(between)}|{coarse}")
    else:
        feats.append("B:far")
        feats += [f"BF:{w}" for w in between[:4]] + [f"BL:{w}" for w in between[-4:]]
    if between:
        feats.append(f"BW1:{between[0]}|{coarse}")
        feats.append(f"BWL:{between[-1]}|{coarse}")
    before = toks[max(0, pa - 3) : pa]
    after = toks[pb + 1 : pb + 4]
    feats += [f"A-:{w}" for w in before] + [f"B+:{w}" for w in after]
    if before:
        feats.append(f"A-1:{before[-1]}|{a.label}")
    if after:
        feats.append(f"B+1:{after[0]}|{b.label}")
    return feats
