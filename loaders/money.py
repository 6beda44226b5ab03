"""Amounts of money in text ("$1.3 billion", "€13 million", "50 million euros")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.resources import lexicon


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: float
    currency: str


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, float]]:
    data = lexicon("agreements")
    currencies = {str(k): str(v) for k, v in data["currencies"].items()}
    scales = {str(k): float(v) for k, v in data["scales"].items()}
    symbols = [c for c in currencies if not c.isalpha() or c.isupper()]
    words = [c for c in currencies if c.isalpha() and c.islower()]
    sym = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    scale = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    number = r"\d+(?:[.,]\d+)*"
    before = re.compile(rf"(?P<cur>{sym})\s?(?P<num>{number})(?:\s?(?P<scale>{scale})\b)?")
    after = re.compile(rf"(?P<num>{number})\s?(?P<scale>{scale})?\s+(?P<cur>{'|'.join(words)})\b")
    return before, after, currencies, scales


def _number(text: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def find_amounts(text: str) -> list[Amount]:
    """Money amounts with ISO currency codes.

    >>> [(a.value, a.currency) for a in find_amounts("a $1.3B plan and €13 million")]
    [(1300000000.0, 'USD'), (13000000.0, 'EUR')]
    """
    before, after, currencies, scales = _patterns()
    found: list[Amount] = []
    for pattern in (before, after):
        for m in pattern.finditer(text):
            if any(a.start < m.end() and m.start() < a.end for a in found):
                continue
            number = _number(m.group("num"))
            if number is None:
                continue
            scale = scales.get(m.group("scale") or "", 1.0)
            found.append(
                Amount(m.start(), m.end(), m.group(0), number * scale, currencies[m.group("cur")])
            )
    return sorted(found, key=lambda a: a.start)
