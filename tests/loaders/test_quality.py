"""Quality bars: the seed documents against the shared gold, and articles written for this
project (other countries, other formats) against gold of our own.

`heldout/` was used while developing the rules; `fresh/` and then `final/` were each scored
once before any change made for them (their first-run figures are in docs/loaders.md). All
guard against rules that only fit the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import Report, evaluate_dirs

FIXTURES = Path(__file__).parent / "fixtures"


def _assert_bar(report: Report, entities: float, relations: float, agreements: float) -> None:
    figures = {p: round(report.total(p).f1, 3) for p in ("entities", "relations", "agreements")}
    wanted = {"entities": entities, "relations": relations, "agreements": agreements}
    below = {p: (figures[p], wanted[p]) for p in wanted if figures[p] < wanted[p]}
    assert not below, f"F1 below the bar (got, wanted): {below}\n{report.table()}"


def test_seeds_against_gold(shared: Path) -> None:
    report = evaluate_dirs(shared / "gold", shared / "seeds")
    assert len(report.docs) == 5
    _assert_bar(report, entities=0.95, relations=0.85, agreements=0.85)


@pytest.mark.parametrize("folder", ["heldout", "fresh", "final"])
def test_project_articles_against_own_gold(folder: str) -> None:
    report = evaluate_dirs(FIXTURES / folder, FIXTURES / folder)
    assert len(report.docs) >= 3
    _assert_bar(report, entities=0.85, relations=0.7, agreements=0.7)
