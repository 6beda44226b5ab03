"""Furniture removal and sentence segmentation."""

from __future__ import annotations

from loaders.furniture import date_bar_value, remove_furniture
from loaders.segment import sentences

PAGE = """Orbit Weekly - Banner
Tuesday, March 5, 2024
HomeNewsAsiaJapan picks launch site
By Mia Tanaka

Japan picks launch site

TOKYO — The government chose a site in Hokkaido. / REUTERS PHOTO / Kim Lee
The decision follows two years of study.
Officials said the pad will open in 2027.
Construction starts next spring.
The budget is 10 billion yen.

Check Also
Korea readies second launch
A teaser paragraph about another story that is not part of this article.
"""


def test_furniture_lines_and_tail_block_are_dropped() -> None:
    cleaned = remove_furniture(PAGE)
    assert cleaned.published == "2024-03-05"
    assert cleaned.title == "Japan picks launch site"
    assert cleaned.text.startswith("Japan picks launch site")
    for gone in (
        "Banner",
        "Tuesday, March 5",
        "HomeNews",
        "By Mia Tanaka",
        "Check Also",
        "Korea readies",
        "teaser paragraph",
        "REUTERS PHOTO",
        "Kim Lee",
    ):
        assert gone not in cleaned.text, gone
    assert "The government chose a site in Hokkaido." in cleaned.text
    assert "By Mia Tanaka" in cleaned.removed


def test_a_related_heading_in_the_middle_is_not_a_tail() -> None:
    text = "Title line\nRelated\nFirst paragraph.\nSecond paragraph.\nThird.\nFourth.\nFifth."
    assert "Fifth." in remove_furniture(text).text


def test_byline_with_date_gives_published() -> None:
    cleaned = remove_furniture("Author: Ana Ruiz – 23/05/2025\nSpain joins\nSpain joined ESA.")
    assert cleaned.published == "2025-05-23"
    assert "Ana Ruiz" not in cleaned.text


def test_dateline_gives_published_and_stays() -> None:
    cleaned = remove_furniture("Deal\nMADRID, 4 June 2024 - Spain signed a deal.\nMore text.")
    assert cleaned.published == "2024-06-04"
    assert "MADRID, 4 June 2024 - Spain signed a deal." in cleaned.text


def test_date_bar_only_when_the_line_is_a_date() -> None:
    assert date_bar_value("Monday, August 18, 2025") == "2025-08-18"
    assert date_bar_value("WSBW 2023 - Banner") is None
    assert date_bar_value("Kazakhstan signed in August 2025") is None


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = (
        "Forum in Almaty on Sept. 8-9, 2025. The U.S. and Japan met.\n"
        "Site No. 45 is old. Dr. J. Smith said so! “It works,” he said.\n- List item: one. Two."
    )
    found = sentences(text)
    assert [s.text for s in found] == [
        "Forum in Almaty on Sept. 8-9, 2025.",
        "The U.S. and Japan met.",
        "Site No. 45 is old.",
        "Dr. J. Smith said so!",
        "“It works,” he said.",
        "- List item: one.",
        "Two.",
    ]
    for s in found:
        assert text[s.start : s.end] == s.text


def test_a_place_and_date_line_gives_published() -> None:
    cleaned = remove_furniture("India and France sign\nNew Delhi, 14 June 2023\nISRO signed it.")
    assert cleaned.published == "2023-06-14"
    assert date_bar_value("Canberra, 27 October 2023") == "2023-10-27"


def test_datelines_with_accented_capitals_date_the_page(tmp_path) -> None:
    from loaders import read_document

    path = tmp_path / "wire.txt"
    path.write_text(
        "Headline\n\nASUNCIÓN, 4 May 2025 - Paraguay signed a memorandum on Friday.\n",
        encoding="utf-8",
    )
    assert read_document(path).published == "2025-05-04"
