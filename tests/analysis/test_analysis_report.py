"""Dependency reports: sections, self-contained HTML, escaping, charts and CSV tables."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from graph.analysis import dependency_report
from graph.analysis.report import DependencyReport
from graph.reports.dependency import md_escape, render_html, render_markdown, write_csv_tables


@pytest.fixture(scope="module")
def report(kazakhstan_graph: nx.MultiDiGraph) -> DependencyReport:
    return dependency_report(kazakhstan_graph, "Kazakhstan", remove=["Russia"])


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value is not None:
                self.urls.append((tag, name, value))


def test_html_is_self_contained(report: DependencyReport) -> None:
    page = render_html(report)
    parser = _Links()
    parser.feed(page)
    assert not [u for u in parser.urls if re.match(r"https?:", u[2], re.I)]
    images = [u for u in parser.urls if u[0] == "img"]
    assert len(images) == 3  # partner shares, scenario, trend
    for _, _, url in images:
        assert url.startswith("data:image/png;base64,")
        assert base64.b64decode(url.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "script" not in parser.tags and "link" not in parser.tags
    assert not re.search(r"https?://", page)


def test_document_text_is_escaped(report: DependencyReport) -> None:
    page = render_html(report)
    assert "six to eight per year &lt;b&gt;" in page
    assert "six to &lt;eight&gt; a year" in page
    assert "<b>" not in page and "<eight>" not in page
    text = render_markdown(report)
    assert "six to eight per year &lt;b&gt;" in text
    assert "<eight>" not in text
    assert md_escape("a|b\nc") == "a\\|b c"


def test_report_sections_and_numbers(report: DependencyReport) -> None:
    text = render_markdown(report)
    for heading in ("## Summary", "## Partner shares", "## Dependency by capability",
                    "## Programmes and facilities", "## Single points of failure",
                    "## Scenario: without Russia", "## Trend", "## Contradictions",
                    "## How dependency is counted", "## Ties counted", "## Citations"):  # fmt: skip
        assert heading in text, heading
    top = report.dependency.partners.iloc[0]
    assert f"| Russia | Country | {top['ties']} |" in text
    assert "launch\\_vehicles: Russia" in text  # the sole provider, in the summary
    assert "| lease | 3 |" in text  # the weights in force are printed
    # Every counted tie has a citation with its facts and their sentences.
    for tie in report.dependency.ties:
        assert f"### {tie.tie_id}: " in text
    assert "Test sentence stating that Country:Russia LEASES Facility:Baikonur Cosmodrome" in text


def test_citations_reach_every_fact(report: DependencyReport) -> None:
    cited = {f["fact"] for tie in report.citations for f in tie["facts"]}
    counted = {fact for tie in report.dependency.ties for fact in tie.facts}
    assert cited == counted
    without = [f["fact"] for t in report.citations for f in t["facts"] if not f["evidence"]]
    assert without == []  # the hand-built records give every fact a sentence


def test_csv_tables_match_the_report(report: DependencyReport, tmp_path: Path) -> None:
    written = write_csv_tables(report, tmp_path / "csv")
    names = {p.stem for p in written}
    assert {"partners", "capabilities", "assets", "ties", "citations", "trend",
            "scenario_lost_capabilities", "contradictions", "weights"} <= names  # fmt: skip
    partners = pd.read_csv(tmp_path / "csv" / "partners.csv")
    assert partners["share"].sum() == pytest.approx(1.0, abs=1e-5)
    assert partners.iloc[0]["name"] == "Russia"
    lost = pd.read_csv(tmp_path / "csv" / "scenario_lost_capabilities.csv")
    assert "launch_vehicles" in set(lost["capability"])


def test_a_country_without_weighted_ties_still_gets_a_report(
    kazakhstan_graph: nx.MultiDiGraph,
) -> None:
    report = dependency_report(kazakhstan_graph, "Belarus")  # one expired agreement
    assert report.dependency.concentration["total_weight"] == 0
    assert "No foreign tie of Belarus with a positive weight" in render_markdown(report)
    assert 'alt="Partner shares"' not in render_html(report)


def test_long_tables_are_cut_with_a_note(report: DependencyReport) -> None:
    ties = len(report.dependency.ties)
    text = render_markdown(report, max_rows=3)
    assert f"Showing the 3 heaviest of {ties} ties; the CSV export has all." in text
    partners = len(report.dependency.partners)
    assert f"Showing the first 3 of {partners} rows; the CSV export has all." in text
    assert f"Citations of the 3 ties shown; the CSV export has all {ties}." in text
    assert text.count("\n### T") == 3
    heaviest = sorted(report.dependency.ties, key=lambda t: -t.weight)[0]
    assert f"### {heaviest.tie_id}: " in text
    assert render_markdown(report, max_rows=None).count("\n### T") == ties
