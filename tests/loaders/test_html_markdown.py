"""Read stage: HTML article extraction and Markdown stripping."""

from __future__ import annotations

from pathlib import Path

from loaders import read_document
from loaders.html import keep_headline_and_standfirst
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
    lead = f"Probe reaches orbit\n\n{standfirst}"
    assert keep_headline_and_standfirst(markup, "Body.") == f"{lead}\n\nBody."
    assert keep_headline_and_standfirst(markup, f"{lead}\nBody.") == f"{lead}\nBody."
    assert keep_headline_and_standfirst("<p>No standfirst here.</p>", "Body.") == "Body."


def test_the_article_headline_and_a_block_style_standfirst_are_kept() -> None:
    """The article's own <h1>, not the site's; a standfirst class such as
    "article__standfirst" (blind40's Senegal page)."""
    markup = (
        "<header><h1>The Sahel Observer</h1></header><article>"
        '<h1 class="article__headline">Senegal joins the Moon base</h1>'
        '<p class="article__standfirst">A project Beijing and Moscow launched in 2021</p>'
        "<p>Body.</p></article>"
    )
    assert keep_headline_and_standfirst(markup, "Body.") == (
        "Senegal joins the Moon base\n\nA project Beijing and Moscow launched in 2021\n\nBody."
    )


def test_the_lead_image_caption_is_kept_after_the_headline_without_its_credit() -> None:
    """Extraction drops captions; a lead image's caption often tells the launch (blind46)."""
    markup = (
        "<article><h1>Rocket lofts three satellites</h1><figure><img src='a.jpg'>"
        "<figcaption>The H-IIA rocket carrying GOSAT-2 and Diwata-2 lifts off from Tanegashima. "
        "Photo courtesy of JAXA</figcaption></figure><p>Body.</p></article>"
    )
    caption = "The H-IIA rocket carrying GOSAT-2 and Diwata-2 lifts off from Tanegashima."
    text = keep_headline_and_standfirst(markup, "Rocket lofts three satellites\nBody.")
    assert text == f"Rocket lofts three satellites\n{caption}\n\nBody."
    short = markup.replace(caption, "Launch day.")
    assert "Launch day" not in keep_headline_and_standfirst(short, "Body.")
