"""Floor targets on a fourth blind set: six articles written without reading the extraction
rules and labelled before the loader was first run on them.

`fixtures/blind4/` holds the articles and their hand-labelled gold (shared gold conventions).
Topics: South Korea and Poland (a KASA-POLSA memorandum and a Satrec-Creotech contract),
Kazakhstan and the United Arab Emirates (a renewed space memorandum, the Baikonur lease),
Portugal's tender for a launch base on Santa Maria in the Azores, Greece's national small-
satellite programme run by ESA, Rwanda, OneWeb and Japan (RwaSat-1, a draft RSA-JAXA
memorandum), and Mexico's space partnerships with the United States and Japan. The news events
are illustrative and some of the people, companies and agreements in them are invented.

Formats: two wire items with datelines, a press release with an "About" paragraph and media
contact, a trade-press article with masthead, share button, "Related" and "Most read" lists,
tags and copyright line, an HTML page with nav, aside and footer, and a Markdown briefing with a
table and a bulleted agreement list. The set exercises relative dates resolved from a dateline
("on Wednesday", "yesterday", "last Thursday", "in November last year"), amounts in PLN, USD,
AED, EUR and MXN, acronyms introduced in brackets, misspelt known names ("Arianspace",
"Kazakstan"), a three-party protocol and a four-party contract, leased facilities (Baikonur, the
Santa Maria tracking station), and agreements that are signed, in force, proposed, under review,
planned and expired.

The targets are floors for unseen text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from loaders.evaluate import Report, evaluate_dirs, read_gold_dir
from loaders.read import read_document

BLIND4 = Path(__file__).parent / "fixtures" / "blind4"
DOCS = BLIND4 / "docs"
GOLD = BLIND4 / "gold"
DOC_SUFFIXES = {".txt", ".md", ".html"}
FACT_PARTS = ("relations", "agreements", "claims")

ENTITY_FLOOR = 0.85
AGREEMENT_FLOOR = 0.70
RELATION_FLOOR = 0.60


def _documents_on_disk() -> set[str]:
    return {p.name for p in DOCS.iterdir() if p.suffix in DOC_SUFFIXES}


def _load_gold(path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate_dirs(GOLD, DOCS)


def _f1(report: Report, part: str) -> float:
    return report.total(part).f1


def test_gold_names_only_blind4_documents() -> None:
    on_disk = _documents_on_disk()
    assert len(on_disk) == 6
    assert {Path(name).suffix for name in on_disk} == DOC_SUFFIXES
    assert {g["doc"] for g in read_gold_dir(GOLD)} == on_disk


@pytest.mark.parametrize("gold_file", sorted(GOLD.glob("*.yaml")), ids=lambda p: p.stem)
def test_blind4_gold_evidence_survives_reading(gold_file: Path) -> None:
    """Every gold evidence quote is in the cleaned text: HTML is reduced to its article,
    Markdown to its text, and no article sentence is dropped as page furniture."""
    gold = _load_gold(gold_file)
    text = read_document(DOCS / gold["doc"]).text
    quotes = [fact["evidence"] for part in FACT_PARTS for fact in gold[part] or []]
    missing = [q for q in quotes if q not in text]
    assert quotes, f"{gold['doc']}: gold has no evidence quotes"
    assert not missing, f"{gold['doc']}: evidence not in cleaned text: {missing}"


def test_every_blind4_document_is_scored(report: Report) -> None:
    assert {d.doc for d in report.docs} == _documents_on_disk()


def test_entity_f1_floor(report: Report) -> None:
    f1 = _f1(report, "entities")
    assert f1 >= ENTITY_FLOOR, f"entity F1 {f1:.3f} < {ENTITY_FLOOR}\n{report.table()}"


def test_agreement_f1_floor(report: Report) -> None:
    f1 = _f1(report, "agreements")
    assert f1 >= AGREEMENT_FLOOR, f"agreement F1 {f1:.3f} < {AGREEMENT_FLOOR}\n{report.table()}"


def test_relation_f1_floor(report: Report) -> None:
    f1 = _f1(report, "relations")
    assert f1 >= RELATION_FLOOR, f"relation F1 {f1:.3f} < {RELATION_FLOOR}\n{report.table()}"
