"""Read stage: HTML article extraction and Markdown stripping."""

from __future__ import annotations

from pathlib import Path

from loaders import read_document
from loaders.html import keep_standfirst
from loaders.markdown import markdown_to_text


def test_html_keeps_article_and_drops_furniture(fixtures: Path) -> None:
    doc = read_document(fixtures / "article_page.html")
    assert doc.title == "Kenya and Italy extend Malindi launch base deal"
    assert doc.published == "2024-05-15"
    assert "Kenya and Italy signed an intergovernmental agreement" in doc.text
    assert "Hillary Barchok" in doc.text
    for furniture in (
        "Newsletter",
        "Related stories",
        "Rwanda joins",
        "Most popular",
        "Ten launch sites",
        "Share this article",
        "All rights reserved",
    ):
        assert furniture not in doc.text, furniture


def test_html_entities_are_decoded(fixtures: Path) -> None:
    doc = read_document(fixtures / "article_page.html")
    assert "15 May 2024 — Kenya" in doc.text
    assert "“This is a partnership between equals,”" in doc.text


def test_markdown_is_stripped_with_offsets_in_cleaned_text(tmp_path: Path) -> None:
    source = (
        "---\ntitle: Deal signed\ndate: 2024-02-01\n---\n"
        "# Deal signed\n\n**ISRO** and [CNES](https://example.org) agreed.\n\n"
        "* first point\n+ second point\n\n```\ncode block\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    stripped = markdown_to_text(source)
    assert stripped.title == "Deal signed"
    assert stripped.published == "2024-02-01"
    assert "ISRO and CNES agreed." in stripped.text
    assert "- first point\n- second point" in stripped.text
    assert "code block" not in stripped.text and "https://" not in stripped.text
    assert "| 1 | 2 |" in stripped.text and "---" not in stripped.text
    path = tmp_path / "deal.md"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path)
    start = doc.text.index("ISRO and CNES")
    assert doc.text[start : start + 13] == "ISRO and CNES"


def test_the_standfirst_under_the_headline_is_kept_once() -> None:
    # The extractor often drops a standfirst (blind24's Morocco page); it is put back first.
    markup = (
        '<article><h1>Probe reaches orbit</h1><p class="standfirst">A quiet deal between '
        "Lisbon and Rabat\n comes to light &amp; at last</p><p>Body.</p></article>"
    )
    standfirst = "A quiet deal between Lisbon and Rabat comes to light & at last"
    assert keep_standfirst(markup, "Body.") == f"{standfirst}\n\nBody."
    assert keep_standfirst(markup, f"{standfirst}\nBody.") == f"{standfirst}\nBody."
    assert keep_standfirst("<p>No standfirst here.</p>", "Body.") == "Body."
