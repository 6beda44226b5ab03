"""Floor targets on a blind set: eight articles the extraction rules were never tuned on.

`fixtures/blind/` holds the articles (wire items, a reference page in Markdown, a ministry
press release, trade press with page furniture, an HTML page with navigation and footer, a
Windows-1251 file and a mojibake file) and their hand-labelled gold, written to the shared
gold conventions. The targets are floors for unseen text, lower than the bars of the sets the
rules were developed on. A target the loader does not meet yet is an expected failure that
records the measured figure, so the report shows it without failing the suite. (The first
run measured agreements 0.53 and relations 0.60; the set then guided a round of general
rules, so it is no longer blind: docs/loaders.md gives the figures.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from loaders.evaluate import Report, evaluate_dirs, read_gold_dir
from loaders.read import read_document

BLIND = Path(__file__).parent / "fixtures" / "blind"
DOCS = BLIND / "docs"
GOLD = BLIND / "gold"

ENTITY_FLOOR = 0.85
AGREEMENT_FLOOR = 0.70
RELATION_FLOOR = 0.60


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate_dirs(GOLD, DOCS)


def _f1(report: Report, part: str) -> float:
    return report.total(part).f1


def test_every_blind_document_is_scored(report: Report) -> None:
    scored = {d.doc for d in report.docs}
    on_disk = {p.name for p in DOCS.iterdir() if p.suffix in {".txt", ".md", ".html"}}
    assert scored == on_disk
    assert {Path(name).suffix for name in scored} == {".txt", ".md", ".html"}


@pytest.mark.parametrize("gold_file", sorted(GOLD.glob("*.yaml")), ids=lambda p: p.stem)
def test_gold_evidence_survives_reading(gold_file: Path) -> None:
    """Every gold evidence quote is in the cleaned text: encodings are repaired, HTML is reduced
    to its article and no article sentence is dropped as furniture."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    text = read_document(DOCS / gold["doc"]).text
    quotes = [
        fact["evidence"]
        for part in ("relations", "agreements", "claims")
        for fact in gold[part] or []
    ]
    missing = [q for q in quotes if q not in text]
    assert quotes and not missing, f"{gold['doc']}: evidence not in cleaned text: {missing}"


def test_gold_names_only_blind_documents() -> None:
    assert {g["doc"] for g in read_gold_dir(GOLD)} <= {p.name for p in DOCS.iterdir()}


def test_entity_f1_floor(report: Report) -> None:
    f1 = _f1(report, "entities")
    assert f1 >= ENTITY_FLOOR, f"entity F1 {f1:.3f} < {ENTITY_FLOOR}\n{report.table()}"


def test_relation_f1_floor(report: Report) -> None:
    f1 = _f1(report, "relations")
    assert f1 >= RELATION_FLOOR, f"relation F1 {f1:.3f} < {RELATION_FLOOR}\n{report.table()}"


def test_agreement_f1_floor(report: Report) -> None:
    f1 = _f1(report, "agreements")
    assert f1 >= AGREEMENT_FLOOR, f"agreement F1 {f1:.3f} < {AGREEMENT_FLOOR}\n{report.table()}"
