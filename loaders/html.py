"""HTML pages to article text: trafilatura keeps the article and drops navigation, related
links, most-popular boxes and share bars; justext is the fallback; plain tag stripping the
last resort. Nothing is fetched: pages are read from disk only."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import justext
import trafilatura

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
}
_SKIP_TAGS = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "svg"}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|"
    r"pubdate|publishdate|date|DC\.date\.issued)[\"'][^>]+content=[\"']([^\"']+)[\"']",
    re.I,
)


# The article's headline: the first <h1> inside <article>, else the page's first <h1>.
_ARTICLE_HEADLINE = re.compile(r"<article\b.*?<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
_HEADLINE = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
# The standfirst under a headline is article text, though trafilatura often drops it.
_STANDFIRST = re.compile(
    # a block-style class counts too ("article__standfirst")
    r"<p[^>]+class=[\"'][^\"']*?(?<![a-z])(?:standfirst|dek|deck|strapline|lede|subtitle|subhead)"
    r"(?![a-z])[^\"']*[\"'][^>]*>(.*?)</p>",
    re.I | re.S,
)


@dataclass
class Page:
    text: str
    title: str
    published: str | None


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _strip_tags(markup: str) -> str:
    parser = _Stripper()
    parser.feed(markup)
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _justext(markup: str) -> str:
    paragraphs = justext.justext(markup, justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return "-".join(part for part in m.groups() if part)


# The caption of the article's lead image ("The rocket carrying X lifts off from Y. Photo: Z").
_LEAD_CAPTION = re.compile(
    r"<article\b.*?<figure\b[^>]*>.*?<figcaption[^>]*>(.*?)</figcaption>", re.S | re.I
)
_PHOTO_CREDIT = re.compile(
    r"\s*(?:\(\s*)?(?:Photo|Image|Picture|Credit)s?(?:\s+courtesy\s+of|\s+by|\s*:|\s+credit:?)"
    r"[^.()]*[.)]?\s*$",
    re.I,
)


def keep_headline_and_standfirst(markup: str, text: str) -> str:
    """`text` with the page's headline, standfirst and lead-image caption put first, unless the
    extraction kept them (trafilatura keeps the headline as the title only and drops captions).
    A caption's photo credit is no article text."""
    standfirst = _STANDFIRST.search(markup)
    headline = _ARTICLE_HEADLINE.search(markup) or _HEADLINE.search(markup)
    caption = _LEAD_CAPTION.search(markup)
    lead: list[str] = []
    for m in (standfirst, headline):
        if not m:
            continue
        words = re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", m.group(1))))
        words = words.strip()
        if words:
            lead.append(words)
        if words and words not in re.sub(r"\s+", " ", text):
            text = f"{words}\n\n{text}"
    if caption is not None:
        words = re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", caption.group(1))))
        words = _PHOTO_CREDIT.sub("", words).strip()
        if len(words.split()) >= 6 and words not in re.sub(r"\s+", " ", text):
            # after the headline and standfirst, before the body
            lines = text.split("\n")
            k = 0
            while k < len(lines) and (not lines[k].strip() or lines[k].strip() in lead):
                k += 1
            text = "\n".join([*lines[:k], words, "", *lines[k:]])
    return text


def html_to_text(markup: str) -> Page:
    """Article text, title and publication date of an HTML page."""
    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,  # rendered as "| a | b |" rows, read by loaders/tables.py
        include_images=False,
        include_links=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    title = (getattr(doc, "title", None) or "") if doc is not None else ""
    published = _iso_date(getattr(doc, "date", None)) if doc is not None else None
    if len(text) < 200:
        fallback = _justext(markup).strip()
        if len(fallback) > len(text):
            text = fallback
    if len(text) < 50:
        text = _strip_tags(markup)
    text = keep_headline_and_standfirst(markup, text)
    if not title:
        m = _TITLE.search(markup)
        title = html_lib.unescape(re.sub(r"\s+", " ", m.group(1))).strip() if m else ""
    if not published:
        m = _META_DATE.search(markup)
        published = _iso_date(m.group(1)) if m else None
    return Page(text, title, published)
