"""Synthetic news articles about space cooperation, for loader benchmarks.

Names come from the entity catalogue (loaders/catalogue/*.yaml, read here as plain YAML so the
generator does not depend on the code it measures); sentences, titles and page furniture come
from benchmarks/corpus_templates.yaml. Each article is a function of (seed, index) alone, so a
corpus of N articles is the first N articles of any larger one with the same seed. Articles
weigh roughly 1-8 KB and come as plain text with a dateline, Markdown with front matter, or
HTML pages with navigation, share bars, related links and a footer.

    >>> CorpusGenerator(seed=7).article(3) == CorpusGenerator(seed=7).article(3)
    True
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
CATALOGUE_DIR = REPO / "loaders" / "catalogue"
TEMPLATES = Path(__file__).with_name("corpus_templates.yaml")

# Pools filled from the catalogue: (file stem or None for any file, type, subtypes).
CATALOGUE_POOLS: dict[str, tuple[str | None, str, frozenset[str]]] = {
    "agency": (None, "Organization", frozenset({"agency"})),
    "ministry": (None, "Organization", frozenset({"ministry"})),
    "company": (None, "Organization", frozenset({"company"})),
    "venture": (None, "Organization", frozenset({"joint venture"})),
    "university": (None, "Organization", frozenset({"university"})),
    "intergov": (None, "Organization", frozenset({"intergovernmental"})),
    "media": ("media", "Organization", frozenset({"other"})),
    "facility": (None, "Facility", frozenset({"cosmodrome", "launch complex"})),
    "ground_station": (None, "Facility", frozenset({"ground station"})),
    "vehicle": (None, "Program", frozenset({"launch vehicle"})),
    "satellite": (None, "Program", frozenset({"satellite"})),
    "station": (None, "Program", frozenset({"space station"})),
    "project": (None, "Program", frozenset({"project", "mission"})),
}
# Pools whose members have a home country: an article's agency is usually one of its country's.
HOMED_POOLS = frozenset(
    {"agency", "ministry", "company", "venture", "university", "facility", "ground_station"}
)
SAME_COUNTRY_SHARE = 0.6
ALIAS_SHARE = 0.15
FACT_SHARE = 0.7
FORMAT_SHARES = ((".txt", 0.6), (".md", 0.25), (".html", 0.15))
# Body length in characters: log-uniform between these, so short pieces outnumber long ones.
BODY_CHARS = (900, 6800)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FRESH_EACH_USE = frozenset({"date", "year", "future_year", "count", "duration", "value"})
# libyaml's safe loader when present: the catalogue is large.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Name:
    """A catalogue entity as an article may write it."""

    name: str
    country: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One generated document: its file name and full file content."""

    file_name: str
    content: str


@dataclass(frozen=True)
class Page:
    """What an article says, before it is laid out as a file."""

    title: str
    published: str
    dateline: str
    paragraphs: list[str]


@dataclass
class Pools:
    """Names by pool, plus the capital of each country."""

    names: dict[str, list[Name]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)


def _read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


def _usable_aliases(entry: dict[str, Any]) -> tuple[str, ...]:
    """Latin-script aliases that need no context to be recognised."""
    ambiguous = set(entry.get("ambiguous_aliases") or ())
    return tuple(
        a
        for a in entry.get("aliases") or ()
        if isinstance(a, str) and a.isascii() and len(a) > 3 and a not in ambiguous
    )


def _pool_of(stem: str, entry: dict[str, Any]) -> str | None:
    for pool, (file_stem, label, subtypes) in CATALOGUE_POOLS.items():
        if file_stem not in (None, stem):
            continue
        if entry.get("type") == label and entry.get("subtype") in subtypes:
            return pool
    return None


def load_pools(catalogue_dir: Path = CATALOGUE_DIR) -> Pools:
    """Names of the catalogue by pool; ambiguous entries (they need context) are left out."""
    pools = Pools(names={pool: [] for pool in [*CATALOGUE_POOLS, "country"]})
    countries: dict[str, dict[str, Any]] = {}
    home_countries: set[str] = set()
    for path in sorted(catalogue_dir.glob("*.yaml")):
        for entry in _read_yaml(path) or ():
            if path.stem == "countries":
                countries[entry["name"]] = entry
                continue
            if entry.get("country"):
                home_countries.add(entry["country"])
            pool = _pool_of(path.stem, entry)
            if pool and not entry.get("ambiguous"):
                entity = Name(entry["name"], entry.get("country"), _usable_aliases(entry))
                pools.names[pool].append(entity)
    # Countries that are home to something in the catalogue: the ones space news is about.
    for name in sorted(home_countries & countries.keys()):
        entry = countries[name]
        if entry.get("historical") or entry.get("ambiguous"):
            continue
        pools.names["country"].append(Name(name, name, _usable_aliases(entry)))
        if entry.get("capital"):
            pools.capitals[name] = entry["capital"]
    return pools


def load_templates(path: Path = TEMPLATES) -> dict[str, Any]:
    templates: dict[str, Any] = _read_yaml(path)
    return templates


def pool_of_placeholder(key: str) -> str:
    """ "agency2" -> "agency": the number only tells two members of a pool apart."""
    return key.rstrip("0123456789")


class _Cast(dict[str, str]):
    """The values of an article's placeholders: names are drawn on first use and then kept (an
    article follows its cast); dates, years and amounts are drawn afresh at each use."""

    def __init__(self, generator: CorpusGenerator, rng: random.Random) -> None:
        super().__init__()
        self.generator = generator
        self.rng = rng
        # placeholder -> catalogue name (the article may write an alias)
        self.canonical: dict[str, str] = {}

    def __missing__(self, key: str) -> str:
        value = self.generator.draw(key, self)
        if pool_of_placeholder(key) not in FRESH_EACH_USE:
            self[key] = value
        return value

    def canonical_name(self, key: str) -> str:
        """The catalogue name behind placeholder `key`, drawing it on first use."""
        written = self[key]
        return self.canonical.get(key, written)

    def refresh(self) -> None:
        """A new cast for the next stretch of a long article, keeping its countries."""
        kept = ("country", "city")
        self.canonical = {k: v for k, v in self.canonical.items() if pool_of_placeholder(k) in kept}
        keep = {k: v for k, v in self.items() if pool_of_placeholder(k) in kept}
        self.clear()
        self.update(keep)


class CorpusGenerator:
    """Articles as a function of (seed, index)."""

    def __init__(
        self, seed: int = 0, catalogue_dir: Path = CATALOGUE_DIR, templates: Path = TEMPLATES
    ) -> None:
        self.seed = seed
        self.pools = load_pools(catalogue_dir)
        self.templates = load_templates(templates)
        self._listed: dict[str, list[str]] = {
            "role": self.templates["roles"],
            "role_title": self.templates["role_titles"],
            "topic": self.templates["topics"],
            "kind": self.templates["kinds"],
        }

    # -- placeholder values ------------------------------------------------------------------
    def draw(self, key: str, cast: _Cast) -> str:
        """A value for placeholder `key` ("agency2": an agency other than the cast's others)."""
        rng = cast.rng
        pool = pool_of_placeholder(key)
        suffix = key[len(pool) :]
        if pool in self.pools.names:
            return self._draw_name(pool, suffix, cast)
        if pool == "person":
            given = rng.choice(self.templates["given_names"])
            return f"{given} {rng.choice(self.templates['family_names'])}"
        if pool in self._listed:
            return str(rng.choice(self._listed[pool]))
        return self._draw_generated(pool, cast)

    def _draw_name(self, pool: str, suffix: str, cast: _Cast) -> str:
        rng = cast.rng
        candidates = self.pools.names[pool]
        if pool in HOMED_POOLS and rng.random() < SAME_COUNTRY_SHARE:
            home = cast.canonical_name(f"country{suffix}")
            candidates = [n for n in candidates if n.country == home] or candidates
        taken = set(cast.canonical.values())
        chosen = rng.choice([n for n in candidates if n.name not in taken] or candidates)
        cast.canonical[f"{pool}{suffix}"] = chosen.name
        if chosen.aliases and rng.random() < ALIAS_SHARE:
            return rng.choice(chosen.aliases)
        return chosen.name

    def _draw_generated(self, pool: str, cast: _Cast) -> str:
        rng = cast.rng
        if pool == "date":
            return self.format_date(rng, rng.randrange(1998, 2026))
        if pool == "year":
            return str(rng.randrange(1995, 2026))
        if pool == "future_year":
            return str(rng.randrange(2026, 2051))
        if pool == "count":
            return str(rng.randrange(2, 12))
        if pool == "duration":
            return str(rng.randrange(3, 16))
        if pool == "city":
            # Vienna (seat of the UN space office) when the country's capital is not known.
            return self.pools.capitals.get(cast.canonical_name("country"), "Vienna")
        if pool == "value":
            return self._money(rng)
        raise KeyError(f"corpus template placeholder {{{pool}}} has no pool")

    def _money(self, rng: random.Random) -> str:
        pattern: str = rng.choice(self.templates["currencies"])
        if "billion" in pattern:
            amount = f"{rng.uniform(1, 9.9):.1f}"
        else:
            amount = str(rng.randrange(5, 950))
        return pattern.replace("{amount}", amount)

    @staticmethod
    def format_date(rng: random.Random, year: int) -> str:
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        style = rng.randrange(3)
        if style == 0:
            return f"{day} {MONTHS[month - 1]} {year}"
        if style == 1:
            return f"{MONTHS[month - 1]} {day}, {year}"
        return f"{year}-{month:02d}-{day:02d}"

    # -- article text ------------------------------------------------------------------------
    @staticmethod
    def fill(template: str, cast: _Cast) -> str:
        return _PLACEHOLDER.sub(lambda m: cast[m.group(1)], template)

    def _sentences(self, cast: _Cast) -> Iterator[str]:
        """Endless sentences: facts from a shuffled deck (a new cast per pass), and fillers."""
        rng = cast.rng
        while True:
            deck = list(self.templates["facts"])
            rng.shuffle(deck)
            for fact in deck:
                if rng.random() > FACT_SHARE:
                    yield self.fill(rng.choice(self.templates["fillers"]), cast)
                yield self.fill(fact, cast)
            cast.refresh()

    def _paragraphs(self, cast: _Cast, body_chars: int) -> list[str]:
        sentences = self._sentences(cast)
        paragraphs: list[str] = []
        size = 0
        while size < body_chars:
            paragraph = " ".join(next(sentences) for _ in range(cast.rng.randrange(2, 5)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        return paragraphs

    def article(self, index: int) -> Article:
        rng = random.Random(f"{self.seed}:{index}")
        cast = _Cast(self, rng)
        suffix = rng.choices([s for s, _ in FORMAT_SHARES], [w for _, w in FORMAT_SHARES])[0]
        low, high = BODY_CHARS
        body_chars = int(low * (high / low) ** rng.random())
        title = self.fill(rng.choice(self.templates["titles"]), cast)
        year, month, day = rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
        page = Page(
            title=title,
            published=f"{year}-{month:02d}-{day:02d}",
            dateline=f"{cast['city']}, {day} {MONTHS[month - 1]} {year}",  # "Astana, 4 March 2019"
            paragraphs=self._paragraphs(cast, body_chars),
        )
        render = RENDERERS[suffix]
        return Article(
            f"{index:05d}_{_slug(title)[:48]}{suffix}", render(page, self.templates, rng)
        )

    def articles(self, count: int) -> Iterator[Article]:
        return (self.article(i) for i in range(count))


def render_text(page: Page, templates: dict[str, Any], rng: random.Random) -> str:
    """A plain-text capture: headline, then a dateline opening the first paragraph."""
    first, *rest = page.paragraphs
    city, date = page.dateline.split(", ", 1)
    return "\n\n".join([page.title, f"{city.upper()}, {date} — {first}", *rest]) + "\n"


def render_markdown(page: Page, templates: dict[str, Any], rng: random.Random) -> str:
    """Markdown with front matter (title, date), a heading and a few subheadings."""
    lines = [f'---\ntitle: "{page.title}"\ndate: {page.published}\n---', "", f"# {page.title}", ""]
    subheadings = rng.sample(templates["subheadings"], 2)
    for number, paragraph in enumerate(page.paragraphs):
        if number == 0:
            paragraph = f"*{page.dateline}* — {paragraph}"
        elif number % 3 == 0 and subheadings:
            lines += [f"## {subheadings.pop()}", ""]
        lines += [paragraph, ""]
    return "\n".join(lines)


def render_html(page: Page, templates: dict[str, Any], rng: random.Random) -> str:
    """A news page around the article: cookie notice, navigation, share bar, related links,
    footer. Every link is relative: the page loads nothing from the network."""
    furniture = templates["html"]
    esc = html.escape
    site = esc(rng.choice(furniture["site_names"]))
    nav = "".join(f'<li><a href="/{n.lower()}">{esc(n)}</a></li>' for n in furniture["nav"])
    share = " ".join(f'<a href="/share/{s.lower()}">{esc(s)}</a>' for s in furniture["share"])
    footer = " | ".join(f'<a href="/{_slug(f)}">{esc(f)}</a>' for f in furniture["footer"])
    teasers = rng.sample(page.paragraphs, min(3, len(page.paragraphs)))
    related = "".join(
        f'<li><a href="/news/{n}">{esc(text[:70])}</a></li>' for n, text in enumerate(teasers)
    )
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in page.paragraphs)
    title, published, dateline = esc(page.title), page.published, esc(page.dateline)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta property="article:published_time" content="{published}T08:00:00+00:00">
</head>
<body>
  <div class="cookie-banner">{esc(furniture["cookie"])} <button>Accept</button></div>
  <header><a class="logo" href="/">{site}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">{dateline} · <time datetime="{published}">{published}</time></p>
      <div class="share-bar">Share: {share}</div>
{body}
    </article>
    <aside class="related"><h2>Related articles</h2><ul>{related}</ul></aside>
  </main>
  <footer><p>{footer}</p><p>© {site}</p></footer>
</body>
</html>
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


RENDERERS = {".txt": render_text, ".md": render_markdown, ".html": render_html}


@dataclass(frozen=True)
class CorpusSize:
    documents: int
    bytes: int


def write_corpus(folder: Path, count: int, seed: int = 0) -> CorpusSize:
    """Write the first `count` articles of `seed` into `folder` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for article in CorpusGenerator(seed).articles(count):
        data = article.content.encode("utf-8")
        (folder / article.file_name).write_bytes(data)
        total += len(data)
    return CorpusSize(count, total)
