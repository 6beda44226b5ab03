"""Small text helpers shared by the stages: surface normalisation and tokens with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Word characters, or any single other non-space character (punctuation is its own token).
_TOKEN = re.compile(r"\w+|[^\w\s]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})


@dataclass(frozen=True)
class Token:
    """A token and its character span in the text it came from."""

    text: str
    start: int
    end: int
    norm: str


def fold(text: str) -> str:
    """Case-, accent-, quote- and dash-insensitive form of a string.

    >>> fold("Türkiye’s  Space–Agency")
    "turkiye's space-agency"
    """
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_DASHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text.casefold()).strip()


def tokens(text: str) -> list[Token]:
    """Tokens of `text` with offsets; punctuation marks are tokens of their own.

    >>> [t.norm for t in tokens("ISS-Reshetnev’s KazSat-3")]
    ['iss', '-', 'reshetnev', "'", 's', 'kazsat', '-', '3']
    """
    return [Token(m.group(), m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]


def surface_key(text: str) -> tuple[str, ...]:
    """The token sequence a catalogue surface is indexed by.

    >>> surface_key("Baikonur  Cosmodrome")
    ('baikonur', 'cosmodrome')
    """
    return tuple(t.norm for t in tokens(text))


def is_acronym(text: str) -> bool:
    """Short all-capital names ("ISS", "UN", "U.S.") must match with their case.

    >>> is_acronym("NASA"), is_acronym("Nasa"), is_acronym("U.S.")
    (True, False, True)
    """
    letters = [c for c in text if c.isalpha()]
    return 1 < len(letters) <= 6 and all(c.isupper() for c in letters)


def normalise_punctuation(text: str) -> str:
    """Straight quotes and hyphens, for pattern matching (never for stored text)."""
    return text.translate(_QUOTES).translate(_DASHES)
