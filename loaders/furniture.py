"""Page furniture removal for plain-text captures: banners, date bars, bylines, breadcrumbs,
share bars, photo credits, and teaser blocks ("Check Also", "RELATED ARTICLES") at the end.

Rules are generic and live in lexicon/furniture.yaml. Date bars and bylines are read for the
publication date before they are dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from loaders.dates import find_dates, parse_date_string
from loaders.resources import lexicon

_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?)?(?!\w)"
)
# A place after the date of a release line: "November 19, 2024 – Longueuil, Quebec".
_TRAILING_PLACE = re.compile(r"\s+[-–—|]\s+(?:[A-Z][\w.'’-]*,?\s*){1,4}$")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|and|&|van|von|de|da|del|der|bin|al|el)$")
_SENTENCE_END = re.compile(r"[.!?]['\"”’]?$")


@dataclass
class Cleaned:
    """Text without furniture, with what the furniture told about the page."""

    text: str
    title: str = ""
    published: str | None = None
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    tail_markers: frozenset[str]
    tail_patterns: tuple[re.Pattern[str], ...]
    line_patterns: tuple[re.Pattern[str], ...]
    inline_patterns: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]
    published_lines: tuple[re.Pattern[str], ...]
    contact_markers: tuple[re.Pattern[str], ...]
    date_bar_max_words: int
    dateline: re.Pattern[str]
    header_lines: int
    tail_after_share: float


@functools.cache
def _rules() -> _Rules:
    data = lexicon("furniture")
    return _Rules(
        tail_markers=frozenset(m.casefold() for m in data["tail_markers"]),
        tail_patterns=tuple(re.compile(p) for p in data.get("tail_patterns", ())),
        line_patterns=tuple(re.compile(p) for p in data["line_patterns"]),
        inline_patterns=tuple(re.compile(p) for p in data["inline_patterns"]),
        bylines=tuple(re.compile(p) for p in data["bylines"]),
        published_lines=tuple(re.compile(p) for p in data["published_lines"]),
        contact_markers=tuple(re.compile(p) for p in data["contact_markers"]),
        date_bar_max_words=int(data["date_bar_max_words"]),
        dateline=re.compile(data["dateline"]),
        header_lines=int(data["header_lines"]),
        tail_after_share=float(data["tail_after_share"]),
    )


def date_bar_value(line: str, max_words: int = 8) -> str | None:
    """The date of a line that is nothing but a date (and weekday/time), else None.

    >>> date_bar_value("Monday, August 18, 2025")
    '2025-08-18'
    >>> date_bar_value("Kazakhstan signed in August 2025") is None
    True
    """
    if len(line.split()) > max_words:
        return None
    # A place may come first: "New Delhi, 14 June 2023".
    line = re.sub(
        r"^(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*,\s+(?=\S*\d|[A-Z][a-z]+\.?\s+\d)", "", line
    )
    if re.search(r"\d{4}", line):
        line = _TRAILING_PLACE.sub("", line)
    dates = [d for d in find_dates(line) if d.value]
    if not dates:
        return None
    rest = line
    for d in dates:
        rest = rest.replace(d.text, " ")
    rest = _WEEKDAY.sub(" ", _TIME.sub(" ", rest))
    if re.sub(r"[\W_]+", "", rest):
        return None
    return parse_date_string(line)


def _byline(line: str, rules: _Rules) -> tuple[bool, str | None]:
    for pattern in rules.bylines:
        m = pattern.match(line)
        if not m:
            continue
        who = m.group("who").strip(" ,;:-–—|")
        words = who.split()
        if not 1 <= len(words) <= 7 or not all(_NAME_WORD.match(w) for w in words):
            continue
        date = m.groupdict().get("date")
        return True, parse_date_string(date) if date else None
    return False, None


def _is_tail_marker(line: str, rules: _Rules) -> bool:
    line = line.strip()
    if line.rstrip(":").strip().casefold() in rules.tail_markers:
        return True
    return any(p.match(line) for p in rules.tail_patterns)


def remove_furniture(text: str, title: str = "", published: str | None = None) -> Cleaned:
    """Drop furniture lines; `title`/`published` are hints from HTML metadata, if any.

    >>> c = remove_furniture("Site Banner\\nBy Jo Bloggs\\nMoon deal signed\\nNASA signed it.")
    >>> c.text, c.title, c.removed
    ('Moon deal signed\\nNASA signed it.', 'Moon deal signed', ['Site Banner', 'By Jo Bloggs'])
    """
    rules = _rules()
    lines = text.split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    header = set(nonempty[: rules.header_lines])
    removed: list[str] = []
    keep: list[str] = []
    cut = len(lines)
    for rank, i in enumerate(nonempty):
        if rank >= rules.tail_after_share * len(nonempty) and _is_tail_marker(lines[i], rules):
            cut = i
            break
    in_contacts = False
    for i, raw in enumerate(lines[:cut]):
        line = raw.strip()
        if not line:
            in_contacts = False
            keep.append("")
            continue
        # A press contact block runs from its marker line to the next empty line.
        in_contacts = in_contacts or any(p.match(line) for p in rules.contact_markers)
        if in_contacts:
            removed.append(line)
            continue
        if i in header:
            bar = date_bar_value(line, rules.date_bar_max_words)
            if bar:
                published = published or bar
                removed.append(line)
                continue
            is_byline, date = _byline(line, rules)
            if is_byline:
                published = published or date
                removed.append(line)
                continue
            dateline = rules.dateline.match(line)
            if dateline and not published:
                published = parse_date_string(dateline.group("date"))
            announced = next((p.match(line) for p in rules.published_lines if p.match(line)), None)
            if announced:
                published = published or parse_date_string(announced.group("date"))
                removed.append(line)
                continue
        if any(p.search(line) for p in rules.line_patterns):
            removed.append(line)
            continue
        for pattern in rules.inline_patterns:
            line = pattern.sub("", line)
        keep.append(line.rstrip())
    removed.extend(line.strip() for line in lines[cut:] if line.strip())
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")
    if not title:
        title = _title(cleaned)
    return Cleaned(cleaned, title, published, removed)


def _title(text: str) -> str:
    """The first line, when it reads as a headline rather than a sentence."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return ""
    first = lines[0]
    if len(first.split()) > 25 or _SENTENCE_END.search(first) or first.startswith(("-", "*")):
        return ""
    return first
