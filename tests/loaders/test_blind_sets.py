"""Floors on the blind evaluation sets (see blind_sets.yaml for what each set is).

Each set's folder holds `docs/` (wire items, reference pages, press releases, trade press with
page furniture, HTML pages with navigation, Markdown briefings, odd encodings) and `gold/`.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from loaders.evaluate import Report, evaluate_dirs, read_gold_dir
from loaders.read import read_document

HERE = Path(__file__).parent
CONFIG: dict[str, Any] = yaml.safe_load((HERE / "blind_sets.yaml").read_text(encoding="utf-8"))
SETS: dict[str, dict[str, Any]] = CONFIG["sets"]
FLOORS: dict[str, float] = CONFIG["floors"]
DOC_SUFFIXES = {".txt", ".md", ".html"}
FACT_PARTS = ("relations", "agreements", "claims")


def folder(name: str) -> Path:
    return HERE / "fixtures" / name


def documents_on_disk(name: str) -> set[str]:
    return {p.name for p in (folder(name) / "docs").iterdir() if p.suffix in DOC_SUFFIXES}


@cache
def report(name: str) -> Report:
    return evaluate_dirs(folder(name) / "gold", folder(name) / "docs")


@pytest.mark.parametrize("name", SETS)
def test_every_document_is_scored_and_has_gold(name: str) -> None:
    on_disk = documents_on_disk(name)
    assert len(on_disk) == SETS[name]["documents"]
    assert {d.doc for d in report(name).docs} == on_disk
    assert {g["doc"] for g in read_gold_dir(folder(name) / "gold")} == on_disk


def as_cleaned(quote: str) -> str:
    """A gold quote in the form the reader gives its source: some writers quote the markup
    (`**bold**`, `*italics*`, `<td>cell</td><td>cell</td>`), which the cleaned text no longer
    holds."""
    quote = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", quote)
    quote = html.unescape(re.sub(r"<[^>]+>", "", quote))
    quote = quote.replace("**", "").replace("__", "")
    return re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", quote)  # "*emphasis*"


GOLD_FILES = [(n, p) for n in SETS for p in sorted((folder(n) / "gold").glob("*.yaml"))]


@pytest.mark.parametrize(("name", "gold_file"), GOLD_FILES, ids=lambda v: getattr(v, "stem", v))
def test_gold_evidence_survives_reading(name: str, gold_file: Path) -> None:
    """Every gold quote is in the cleaned text: HTML reduced to its article, Markdown to its
    text, odd encodings repaired, and no article sentence dropped as page furniture."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    text = read_document(folder(name) / "docs" / gold["doc"]).text
    quotes = [fact["evidence"] for part in FACT_PARTS for fact in gold[part] or []]
    missing = [q for q in quotes if as_cleaned(q) not in text]
    assert quotes and not missing, f"{gold['doc']}: evidence not in cleaned text: {missing}"


def _floor_cases() -> list[Any]:
    cases = []
    for name, spec in SETS.items():
        for measure, floor in FLOORS.items():
            marks = []
            if measure in spec["below_floor"]:
                first = spec["first_run"][measure]
                marks.append(
                    pytest.mark.xfail(
                        strict=False,
                        reason=f"{measure} F1 below the {floor} floor on {name} "
                        f"(first run {first}); see docs/loaders.md",
                    )
                )
            cases.append(pytest.param(name, measure, floor, marks=marks, id=f"{name}-{measure}"))
    return cases


@pytest.mark.parametrize(("name", "measure", "floor"), _floor_cases())
def test_f1_floor(name: str, measure: str, floor: float) -> None:
    f1 = report(name).total(measure).f1
    assert f1 >= floor, f"{name}: {measure} F1 {f1:.3f} < {floor}\n{report(name).table()}"


def test_every_blind_folder_is_listed() -> None:
    folders = {p.name for p in (HERE / "fixtures").iterdir() if p.name.startswith("blind")}
    assert folders == set(SETS)
