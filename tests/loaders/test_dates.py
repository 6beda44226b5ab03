"""Dates: absolute forms and relative ones resolved against the publication date."""

from __future__ import annotations

import pytest

from loaders.dates import find_dates, parse_date_string


def values(text: str, published: str | None = None) -> list[str | None]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signed on November 14, 2016", ["2016-11-14"]),
        ("signed on 14 November 2016", ["2016-11-14"]),
        ("In November 2018 it signed", ["2018-11"]),
        ("dated 2024-03-08", ["2024-03-08"]),
        ("Author: X – 23/05/2025", ["2025-05-23"]),
        ("in 2011, it signed", ["2011"]),
        ("built in the 1950s", [None]),
    ],
)
def test_absolute_dates(text: str, expected: list[str | None]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Beijing pledged the money last year.", "2025-08-18", ["2024"]),
        ("The deal was signed in December.", "2025-08-18", ["2024-12"]),
        ("The first flight is scheduled for December.", "2025-08-18", ["2025-12"]),
        ("The launch is planned for March.", "2025-08-18", ["2026-03"]),
        ("It was signed on Friday.", "2024-03-12", ["2024-03-08"]),
        ("They will sign on Friday.", "2024-03-12", ["2024-03-15"]),
        ("The centre said on Tuesday.", "2024-03-12", ["2024-03-12"]),
        ("In November of last year the contract came.", "2019-03-04", ["2018-11"]),
        ("It opened two years ago.", "2020-05-01", ["2018"]),
        ("It was signed last month.", "2024-01-20", ["2023-12"]),
    ],
)
def test_relative_dates(text: str, published: str, expected: list[str]) -> None:
    assert values(text, published) == expected


def test_relative_dates_without_anchor_stay_unresolved() -> None:
    assert values("It was signed on Friday, in December.") == [None, None]


def test_numbers_that_are_not_years() -> None:
    assert values("weighing 1200 kg and a $2025 fee, 2030 satellites") == []


def test_parse_date_string_needs_month_and_year() -> None:
    assert parse_date_string("Published 21 June 2023") == "2023-06-21"
    assert parse_date_string("WSBW 2023") is None


def test_the_verb_before_a_weekday_sets_its_tense() -> None:
    # The sentence speaks of the future ("will market"), the announcement is past.
    text = "They agreed on a venture that will market slots, the firms announced on Wednesday."
    assert values(text, "2024-10-04") == ["2024-10-02"]
    assert values("The deal will be signed on Wednesday.", "2024-10-04") == ["2024-10-09"]
