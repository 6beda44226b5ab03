"""The synthetic benchmark corpus: deterministic, varied, and real work for the loaders."""

from __future__ import annotations

from pathlib import Path

import loaders
from benchmarks.corpus import CorpusGenerator, write_corpus

SEED = 11


def test_same_seed_same_articles_and_smaller_corpora_are_prefixes(tmp_path: Path) -> None:
    assert CorpusGenerator(SEED).article(4) == CorpusGenerator(SEED).article(4)
    assert CorpusGenerator(SEED).article(4) != CorpusGenerator(SEED + 1).article(4)
    small, large = tmp_path / "small", tmp_path / "large"
    write_corpus(small, 5, SEED)
    write_corpus(large, 9, SEED)
    small_files = sorted(small.iterdir())
    assert [p.name for p in small_files] == sorted(p.name for p in large.iterdir())[:5]
    assert all(p.read_bytes() == (large / p.name).read_bytes() for p in small_files)


def test_articles_vary_in_format_and_length_and_load_nothing_remote() -> None:
    articles = list(CorpusGenerator(SEED).articles(60))
    assert {Path(a.file_name).suffix for a in articles} == {".txt", ".md", ".html"}
    sizes = [len(a.content.encode("utf-8")) for a in articles]
    assert min(sizes) >= 900 and max(sizes) <= 10_000 and max(sizes) > 3 * min(sizes)
    assert len({a.file_name.split("_", 1)[1] for a in articles}) > 50  # different headlines
    assert not any("http:" in a.content or "https:" in a.content for a in articles)


def test_loaders_extract_catalogued_entities_and_agreements_from_each_format(
    tmp_path: Path,
) -> None:
    generator = CorpusGenerator(SEED)
    first_of_each: dict[str, Path] = {}
    for article in generator.articles(40):
        suffix = Path(article.file_name).suffix
        if suffix not in first_of_each:
            first_of_each[suffix] = tmp_path / article.file_name
            first_of_each[suffix].write_text(article.content, encoding="utf-8")
    assert set(first_of_each) == {".txt", ".md", ".html"}
    for suffix, path in first_of_each.items():
        document = loaders.read_document(path)
        assert document.published, f"{suffix}: no publication date read"
        assert "Share:" not in document.text and "cookies" not in document.text  # furniture gone
        extraction = loaders.extract(document)
        catalogued = [
            n
            for n in extraction.nodes
            if n.properties.get("catalogued") and n.label in ("Organization", "Program", "Facility")
        ]
        assert len(catalogued) >= 5, f"{suffix}: {[n.key for n in extraction.nodes]}"
        assert any(n.label == "Agreement" for n in extraction.nodes), suffix
        assert any(r.type == "PARTY_TO" for r in extraction.relationships), suffix
