"""Dates in text: absolute ("In November 2018", "23/05/2025") and relative ("last year",
"in December", "on Friday") resolved against the document's publication date.

Values are partial ISO strings: "2018", "2018-11", "2018-11-14". A relative date stays
unresolved (value None) when the document has no publication date to anchor it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY_RANGE = r"(?:\s*[-–]\s*[0-3]?\d)?"

# Most specific first; a span taken by one pattern is not read again by a later one.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b")),
    ("mdy", re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}{_DAY_RANGE},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_WEEKDAY}{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("mrel", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I)),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}{_DAY_RANGE}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("dm", re.compile(rf"\b{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)")),
    (
        "m",
        re.compile(
            rf"\b(?:in|In|since|until|by|from|for|of|on|before|after|during|through|early|late|mid-?|last|next|this)\s+{_MONTH}\b(?![-\s]*\d)"
        ),
    ),
    ("decade", re.compile(r"\b(?P<decade>(?:19|20)\d0)s\b")),
    (
        "year",
        re.compile(
            rf"(?<![\d$€£¥.,/-]){_YEAR}\b(?![-.,/]?\d)(?!\s*(?:km|kg|kilo|metre|meter|ton|tonne|satellite|launch|people|experts)s?\b)"
        ),
    ),
    ("relyear", re.compile(r"\b(?P<rel>last|this|next|past|coming)\s+year\b", re.I)),
    ("relmonth", re.compile(r"\b(?P<rel>last|this|next|past|coming)\s+month\b", re.I)),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six)\s+(?P<unit>year|month|day|week)s?\s+ago\b",
            re.I,
        ),
    ),
    ("dayword", re.compile(r"\b(?P<dayword>yesterday|today|tomorrow)\b", re.I)),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<wrel>last|next|this)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
]

# The verb right before a date tells its tense better than the sentence does.
_PAST_BEFORE = re.compile(
    r"\b(?:\w+ed|said|told|met|held|took|made|won|saw|began|sent|flew|signed|announced|was|were"
    r"|struck|reached|opened|launched)\s+(?:on\s+|in\s+|last\s+)?$",
    re.I,
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|to|shall|scheduled|planned|due|set|expected|next|for)\s+(?:\w+\s+){0,2}"
    r"(?:on\s+|in\s+)?$",
    re.I,
)
_FUTURE = re.compile(
    r"\b(will|shall|to be|is to|are to|scheduled|planned|plans?|expected|expects?|intends?|"
    r"set to|upcoming|aims? to|aiming|due to)\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text: its span, as written, and its value when known."""

    start: int
    end: int
    text: str
    value: str | None
    relative: bool


def parse_published(value: str | None) -> dt.date | None:
    """The anchor date of a document (first day of the month or year when partial)."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        return dt.date(
            parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
        )
    except (ValueError, IndexError):
        return None


def _precision(value: str | None) -> int:
    return 0 if not value else value.count("-") + 1


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


def _month_number(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def is_future(sentence: str) -> bool:
    """Does the sentence speak of what is to come (for resolving "in December", "Friday")?"""
    return bool(_FUTURE.search(sentence))


def find_dates(
    text: str, published: str | None = None, future: bool | None = None
) -> list[DateMention]:
    """Date expressions in `text`, resolved against `published` where they are relative.

    >>> found = find_dates("In November 2018 it signed; last year it grew.", "2025-08-18")
    >>> [d.value for d in found]
    ['2018-11', '2024']
    >>> [d.value for d in find_dates("The launch is planned for December.", "2025-08-18")]
    ['2025-12']
    >>> [d.value for d in find_dates("It was signed on Friday.", "2024-03-12")]
    ['2024-03-08']
    """
    anchor = parse_published(published)
    precision = _precision(published)
    sentence_future = is_future(text) if future is None else future
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            local = sentence_future
            before = text[max(0, m.start() - 30) : m.start()]
            if _FUTURE_BEFORE.search(before):
                local = True
            elif _PAST_BEFORE.search(before):
                local = False
            value, relative = _resolve(kind, m, anchor, precision, local)
            if kind in ("year", "decade") and value is None and kind != "decade":
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), value, relative))
    return sorted(found, key=lambda d: d.start)


def _resolve(
    kind: str, m: re.Match[str], anchor: dt.date | None, precision: int, future: bool
) -> tuple[str | None, bool]:
    g = m.groupdict()
    if kind == "iso":
        return _iso(int(g["year"]), int(g["mnum"]), int(g["dnum"])), False
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if a > 12 or b <= 12 else (b, a)  # day first unless impossible
        return _iso(int(g["year"]), month, day), False
    if kind in ("mdy", "dmy"):
        return _iso(int(g["year"]), _month_number(g["month"]), int(g["day"])), False
    if kind == "my":
        return _iso(int(g["year"]), _month_number(g["month"])), False
    if kind == "year":
        return g["year"], False
    if kind == "decade":
        return None, False
    if anchor is None:
        return None, True
    if kind == "mrel":
        shift = {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
        return _iso(anchor.year + shift, _month_number(g["month"])), True
    if kind in ("md", "dm", "m"):
        month = _month_number(g["month"])
        year = anchor.year
        if future and month < anchor.month:
            year += 1
        elif not future and month > anchor.month:
            year -= 1
        day_of_month = int(g["day"]) if g.get("day") and precision == 3 else None
        return _iso(year, month, day_of_month), True
    if kind == "relyear":
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(g["rel"].lower(), 0)
        return _iso(anchor.year + shift), True
    if kind == "relmonth" and precision >= 2:
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(g["rel"].lower(), 0)
        month_index = anchor.year * 12 + anchor.month - 1 + shift
        return _iso(month_index // 12, month_index % 12 + 1), True
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        unit = g["unit"].lower()
        if unit == "year":
            return _iso(anchor.year - n), True
        if unit == "month" and precision >= 2:
            month_index = anchor.year * 12 + anchor.month - 1 - n
            return _iso(month_index // 12, month_index % 12 + 1), True
        if precision == 3:
            days = n * (7 if unit == "week" else 1) if unit in ("day", "week") else 0
            return (anchor - dt.timedelta(days=days)).isoformat(), True
        return None, True
    if precision < 3:
        return None, True
    if kind == "dayword":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["dayword"].lower()]
        return (anchor + dt.timedelta(days=shift)).isoformat(), True
    if kind == "weekday":
        target = _WEEKDAYS[g["weekday"].lower()]
        rel = (g.get("wrel") or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (target - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=delta)).isoformat(), True
        delta = (anchor.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return (anchor - dt.timedelta(days=delta)).isoformat(), True
    return None, True


def parse_date_string(text: str) -> str | None:
    """The date a short string states in full (at least month and year), or None.

    >>> parse_date_string("Monday, August 18, 2025"), parse_date_string("23/05/2025")
    ('2025-08-18', '2025-05-23')
    >>> parse_date_string("WSBW 2023 - Banner") is None
    True
    """
    for mention in find_dates(text):
        if mention.value and _precision(mention.value) >= 2:
            return mention.value
    return None
