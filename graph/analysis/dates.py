"""Partial ISO dates ("2025", "2025-12", "2025-12-05") and the "in force at" rule.

Sources often give only a year or a month, so a date is a period. The analyses read a
period conservatively: a fact *started* by the end of the period it names, an as-of date is
the last day of its period, and an end date holds through the last day of its period.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date

from graph.model import InputError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@functools.lru_cache(maxsize=65536)
def period(text: str | int | None) -> tuple[date, date] | None:
    """First and last day of the period a partial ISO date names, or None if unreadable.

    Parameters
    ----------
    text : str, int or None
        ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` (a time part after ``T`` is ignored),
        or a year as an integer.

    Returns
    -------
    (date, date) or None

    Examples
    --------
    >>> period("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> period(2011)
    (datetime.date(2011, 1, 1), datetime.date(2011, 12, 31))
    >>> period("soon") is None
    True
    """
    if text is None or text == "":
        return None
    match = _PARTIAL.match(str(text).strip().split("T", 1)[0])
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        last = calendar.monthrange(year, month)[1]
        if day is None:
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError:
        return None
    return exact, exact


@functools.lru_cache(maxsize=1024)
def as_of_point(text: str | int) -> date:
    """The day an as-of date stands for: the last day of the period it names.

    Raises InputError (a user mistake) when the text is not a partial ISO date.

    Examples
    --------
    >>> as_of_point("2020")
    datetime.date(2020, 12, 31)
    >>> as_of_point("31/12/2020")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.model.errors.InputError: --as-of '31/12/2020' is not a date: use YYYY, ...
    """
    found = period(text)
    if found is None:
        raise InputError(f"--as-of {text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return found[1]


def started_by(start: str | int | None, when: date) -> bool | None:
    """Whether a fact dated `start` had certainly started by `when` (None: undated).

    >>> started_by("2011", date(2011, 12, 31)), started_by("2011", date(2011, 6, 30))
    (True, False)
    """
    found = period(start)
    if found is None:
        return None
    return found[1] <= when


def ended_before(end: str | int | None, when: date) -> bool:
    """Whether a fact ending at `end` had ended before `when` (an unknown end never ends).

    >>> ended_before("2050", date(2030, 1, 1)), ended_before("2019-06", date(2019, 12, 31))
    (False, True)
    """
    found = period(end)
    return found is not None and found[1] < when


def earliest(dates: list[str | None]) -> str | None:
    """The earliest of some partial dates (by the start of their periods), or None.

    >>> earliest(["2025-08-18", None, "2024", "bad"])
    '2024'
    """
    best: tuple[date, str] | None = None
    for text in dates:
        found = period(text)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], str(text))
    return best[1] if best else None


def year_of(text: str | int | None) -> int | None:
    """The year of a partial date.

    >>> year_of("2018-11"), year_of(None)
    (2018, None)
    """
    found = period(text)
    return found[0].year if found else None
