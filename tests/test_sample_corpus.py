"""The bundled sample corpus (loaders/data/sample/): documented, messy on purpose, original.

The corpus feeds the loader's end-to-end tests and the quick-start, so its documents must keep
the properties its README promises: their encodings, their page furniture, their dates, the
two deliberate contradictions, and wording of their own (no run of words taken from the seed
articles the facts were first read in).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import trafilatura

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "loaders" / "data" / "sample"
DOC_SUFFIXES = {".txt", ".md", ".html"}
# Longest run of words a sample document may share with a seed article.
MAX_SHARED_WORDS = 7


def _documents() -> list[Path]:
    return sorted(p for p in SAMPLE.iterdir() if p.suffix in DOC_SUFFIXES and p.name != "README.md")


def _text(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1251")
    if path.suffix == ".html":
        return trafilatura.extract(text) or ""
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def test_corpus_has_the_promised_mix() -> None:
    docs = _documents()
    assert 6 <= len(docs) <= 8
    suffixes = [p.suffix for p in docs]
    assert suffixes.count(".html") == 1
    assert ".txt" in suffixes and ".md" in suffixes


def test_readme_lists_every_document_with_its_date() -> None:
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for path in _documents():
        row = next((line for line in readme.splitlines() if f"`{path.name}`" in line), None)
        assert row is not None, f"README does not list {path.name}"
        assert path.name[:10] in row, f"README row for {path.name} lacks its date"


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_document_is_short_and_dated(path: Path) -> None:
    text = _text(path)
    count = len(text.split())
    assert 150 <= count <= 500, f"{path.name}: {count} words"
    year, month, day = path.name[:10].split("-")
    raw = path.read_bytes().decode("utf-8", errors="replace")
    dated = {f"{year}-{month}-{day}", f"{day}.{month}.{year}"}
    spelled = re.compile(rf"\b0?{int(day)} \w+ {year}\b")
    assert any(d in raw for d in dated) or spelled.search(_text(path)), path.name


def test_encodings_are_as_documented() -> None:
    with_bom = (SAMPLE / "2025-03-28_baikonur-lease.txt").read_bytes()
    assert with_bom.startswith(b"\xef\xbb\xbf")
    assert "Байконур" in with_bom[3:].decode("utf-8")
    legacy = (SAMPLE / "2019-03-04_turkey-baikonur-mou.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        legacy.decode("utf-8")
    assert "Байконур" in legacy.decode("cp1251")


def test_furniture_is_present_for_the_cleaner_to_drop() -> None:
    html = (SAMPLE / "2025-08-20_baikonur-revival.html").read_text(encoding="utf-8")
    for furniture in ("<nav", "Related articles", "Share:", "Most popular", "All rights reserved"):
        assert furniture in html
    article = _text(SAMPLE / "2025-08-20_baikonur-revival.html")
    assert "Related articles" not in article and "Soyuz-5" in article
    capture = (SAMPLE / "2025-09-10_space-days-agreements.txt").read_text(encoding="utf-8")
    assert "Share: Facebook" in capture and "Subscribe to our newsletter" in capture


def test_deliberate_contradictions_are_there() -> None:
    four = _text(SAMPLE / "2025-06-10_baiterek-soyuz5.md")
    six = _text(SAMPLE / "2025-08-20_baikonur-revival.html")
    assert "four launches a year" in four and "$1.3 billion" in four
    assert "six to eight" in six and "€1.3 billion" in six


def test_documents_do_not_copy_the_seed_articles(seeds_dir: Path) -> None:
    n = MAX_SHARED_WORDS + 1
    seed_runs: set[tuple[str, ...]] = set()
    for seed in seeds_dir.glob("*.txt"):
        words = _words(seed.read_text(encoding="utf-8", errors="replace"))
        seed_runs.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    for path in _documents():
        words = _words(_text(path))
        shared = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        copied = [run for run in shared if tuple(run.split()) in seed_runs]
        assert not copied, f"{path.name} repeats seed wording: {copied[:3]}"
