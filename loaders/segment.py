"""Sentence segmentation with character offsets into the cleaned text.

Every line is a block (titles, list items and headings end where the line ends); inside a
line a sentence ends at . ! ? (with closing quotes) before a capital, digit, quote or dash,
unless the period belongs to an abbreviation ("Sept.", "U.S.", "No. 45") or an initial.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.resources import lexicon

_BOUNDARY = re.compile(r"[.!?]+['\"”’)\]]*(?=\s+['\"“‘(\[]?[A-Z0-9\-–—•])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"\s+['\"“‘(\[]?(\w+)")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and its [start, end) span in the cleaned text."""

    index: int
    start: int
    end: int
    text: str
    line_start: int


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon("segment")
    return (
        frozenset(a.lower() for a in data["abbreviations"]),
        frozenset(a.lower() for a in data["can_end"]),
        frozenset(data["sentence_openers"]),
    )


def _is_abbreviation(line: str, dot: int) -> bool:
    abbreviations, can_end, openers = _lexicon()
    m = _WORD_BEFORE.search(line[:dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if len(word) == 1 and word.isalpha() and line[dot - 1].isupper():
        return True  # an initial: "J. Smith", "U. S."
    if word not in abbreviations:
        return False
    if word in can_end:
        nxt = _NEXT_WORD.match(line, dot + 1)
        return not (nxt and nxt.group(1) in openers)
    return True


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        single_period = m.group(0).startswith(".") and len(m.group(0).rstrip("'\"”’)]")) == 1
        if single_period and _is_abbreviation(line, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; text[s.start:s.end] == s.text for each.

    >>> [s.text for s in sentences("Forum on Sept. 8. The U.S. joined site No. 45 in 2025.")]
    ['Forum on Sept. 8.', 'The U.S. joined site No. 45 in 2025.']
    """
    found: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        for a, b in _split_line(line):
            chunk = line[a:b]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                start = offset + a + lead
                found.append(Sentence(len(found), start, start + len(chunk), chunk, offset))
        offset += len(line) + 1
    return found
