"""Render a dependency report (graph.analysis.report) as Markdown or one self-contained HTML.

Both formats carry the same sections, tables and charts (PNG as data: URIs, so the file
needs nothing else and loads nothing from the network). Every piece of document text is
escaped: HTML by the template engine's autoescape, Markdown by :func:`md_escape`.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd
import yaml

from graph.analysis.citations import citations
from graph.analysis.report import DependencyReport
from graph.analysis.ties import ties_frame
from graph.model import InputError
from graph.reports.charts import data_uri, scenario_chart, share_chart, trend_chart

TEMPLATES = Path(__file__).with_name("templates")
METHOD_PATH = Path(__file__).with_name("method.yaml")
FORMATS = ("md", "html")

Formatter = Callable[[Any], str]


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    return str(value)


def _pct(value: Any) -> str:
    return "" if _text(value) == "" else f"{float(value) * 100:.1f}%"


def _num(value: Any) -> str:
    if _text(value) == "":
        return ""
    return f"{float(value):,.4g}" if abs(float(value)) < 1000 else f"{float(value):,.0f}"


def _flag(value: Any) -> str:
    return "yes" if value is True or value == "yes" else ""


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    fmt: Formatter = _text


@dataclass
class Table:
    """A table ready to print: headers and formatted cells."""

    name: str
    title: str
    headers: list[str]
    rows: list[list[str]]
    note: str = ""


DEFAULT_MAX_ROWS = 500


def make_table(name: str, title: str, frame: pd.DataFrame, columns: Sequence[Column],
               note: str = "", max_rows: int | None = None) -> Table:  # fmt: skip
    """Format a DataFrame's columns; beyond `max_rows` rows, keep the first and say so."""
    note = " ".join(n for n in (note, frame.attrs.get("note", "")) if n)
    if max_rows and len(frame) > max_rows:
        cut = f"Showing the first {max_rows:,} of {len(frame):,} rows; the CSV export has all."
        note = f"{note} {cut}".strip()
        frame = frame.head(max_rows)
    rows = [
        [col.fmt(record.get(col.field)) for col in columns] for record in frame.to_dict("records")
    ]
    return Table(name, title, [c.header for c in columns], rows, note)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md_escape(value: str) -> str:
    """Escape text for a Markdown table cell: HTML characters, Markdown markup, line breaks.

    >>> md_escape("a|b <script>*x*")
    'a\\\\|b &lt;script&gt;\\\\*x\\\\*'
    """
    text = html.escape(str(value), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\r", " ").replace("\n", " ")


def md_table(table: Table) -> str:
    """A pipe table (a placeholder line when there are no rows), then its note."""
    note = f"\n\n{md_escape(table.note)}" if table.note else ""
    if not table.rows:
        return "_None._" + note
    lines = [
        "| " + " | ".join(md_escape(h) for h in table.headers) + " |",
        "|" + "|".join("---" for _ in table.headers) + "|",
    ]
    lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines) + note


@functools.cache
def _method() -> dict[str, Any]:
    return dict(yaml.safe_load(METHOD_PATH.read_text(encoding="utf-8")))


def _summary(report: DependencyReport) -> list[str]:
    dep = report.dependency
    conc = dep.concentration
    lines: list[str] = []
    if dep.partners.empty or conc["total_weight"] == 0:
        lines.append(
            f"No foreign tie of {report.country_name} with a positive weight was found "
            f"({len(dep.ties)} tie(s) with no weight)."
        )
        return lines
    top = dep.partners.iloc[0]
    lines.append(
        f"{len(dep.ties)} ties to {int(conc['partners'])} partners with a positive weight; "
        f"the largest partner is {top['name']} with {_pct(top['share'])} of the weight."
    )
    lines.append(
        f"Concentration: HHI {conc['hhi']:,.0f} on the 0–10,000 scale "
        f"({conc['hhi_unit']:.3f} on 0–1); effective number of partners "
        f"{conc['effective_partners']:.2f}."
    )
    sole = dep.sole_providers()
    if sole:
        listed = "; ".join(f"{cap}: {partner}" for cap, partner in sole.items())
        lines.append(f"Capabilities with a sole foreign provider: {listed}.")
    assets = dep.assets[(dep.assets["capability"] == "(any)") & (dep.assets["sole_provider"] != "")]
    if not assets.empty:
        listed = "; ".join(
            f"{row.asset_name} ({row.sole_provider})" for row in assets.itertuples(index=False)
        )
        lines.append(f"Programmes and facilities with a single foreign partner: {listed}.")
    if not report.articulation.empty:
        points = report.articulation.head(5)
        listed = "; ".join(
            f"{row.name} (cuts off {_text(row.cut_off)})" for row in points.itertuples(index=False)
        )
        lines.append(f"Single points of failure in the cooperation network: {listed}.")
    if report.scenario is not None:
        s = report.scenario
        removed = ", ".join(s.removed_names)
        before, after = s.before.concentration, s.after.concentration
        lost = ", ".join(s.lost_capabilities["capability"]) or "none"
        lines.append(
            f"Without {removed}: capabilities left with no provider: {lost}; "
            f"{len(s.unsupported_assets)} programme(s)/facility(ies) lose all foreign support; "
            f"HHI {before['hhi']:,.0f} → {after['hhi']:,.0f}."
        )
    if dep.untagged_weight() > 0:
        lines.append(
            f"{_num(dep.untagged_weight())} of the weight comes from ties with no capability "
            "(plain cooperation statements, untagged agreements)."
        )
    if report.excluded:
        listed = ", ".join(f"{n} {why}" for why, n in sorted(report.excluded.items()))
        lines.append(f"Left out by the as-of date: {listed}.")
    lines.extend(report.notes)
    return lines


def _tables(report: DependencyReport, max_rows: int | None) -> dict[str, Table]:
    dep = report.dependency
    shown = report.shown_ties(max_rows)
    shown_ties = ties_frame(report.graph, shown)
    if len(shown) < len(dep.ties):
        shown_ties.attrs["note"] = (
            f"Showing the {len(shown):,} heaviest of {len(dep.ties):,} ties; "
            "the CSV export has all."
        )

    def _table(
        name: str, title: str, frame: pd.DataFrame, columns: Sequence[Column], note: str = ""
    ) -> Table:
        return make_table(name, title, frame, columns, note, max_rows)

    tables = {
        "partners": _table("partners", "Partner shares", dep.partners, [
            Column("name", "Partner"), Column("kind", "Kind"), Column("ties", "Ties"),
            Column("weight", "Weight", _num), Column("share", "Share", _pct),
            Column("tie_ids", "Ties counted (see Citations)"),
        ]),
        "concentration": _table("concentration", "Concentration", pd.DataFrame([
            {"measure": "Herfindahl–Hirschman index (0–10,000)", "value": dep.concentration["hhi"]},
            {"measure": "Herfindahl–Hirschman index (0–1)", "value": dep.concentration["hhi_unit"]},
            {"measure": "Effective number of partners (1/HHI)",
             "value": dep.concentration["effective_partners"]},
            {"measure": "Partners with a positive weight", "value": dep.concentration["partners"]},
            {"measure": "Total weight", "value": dep.concentration["total_weight"]},
        ]), [Column("measure", "Measure"), Column("value", "Value", _num)]),
        "capabilities": _table("capabilities", "Dependency by capability", dep.capabilities, [
            Column("capability", "Capability"), Column("providers", "Providers"),
            Column("weight", "Weight", _num), Column("top_partner", "Largest provider"),
            Column("top_share", "Its share", _pct), Column("hhi", "HHI", _num),
            Column("sole_provider", "Sole provider"),
        ]),
        "capability_providers": _table(
            "capability_providers", "Providers of each capability", dep.providers, [
                Column("capability", "Capability"), Column("name", "Partner"),
                Column("weight", "Weight", _num), Column("share", "Share", _pct),
                Column("sole_provider", "Sole", _flag), Column("tie_ids", "Ties"),
            ]),
        "assets": _table("assets", "Foreign support of programmes and facilities",
                             dep.assets, [
            Column("asset_name", "Programme / facility"), Column("label", "Label"),
            Column("capability", "Capability"), Column("providers", "Partners"),
            Column("provider_names", "Who"), Column("weight", "Weight", _num),
            Column("sole_provider", "Sole provider"),
        ]),
        "articulation_points": _table(
            "articulation_points", "Articulation points of the cooperation network",
            report.articulation, [
                Column("name", "Node"), Column("label", "Label"),
                Column("cut_off", "Nodes cut off"), Column("partners_cut_off", "Partners cut off"),
            ],
            note=f"Cooperation subgraph: {report.subgraph_size[0]} nodes, "
            f"{report.subgraph_size[1]} edges; the focal country itself is left out."),
        "bridges": _table("bridges", "Bridges (facts whose loss splits the network)",
                              report.bridges, [
            Column("source_name", "From"), Column("target_name", "To"),
            Column("cut_off", "Nodes cut off"), Column("partners_cut_off", "Partners cut off"),
        ]),
        "trend": _table("trend", "Trend by year (as of 31 December)", report.trend.summary, [
            Column("year", "Year"), Column("agreements_new", "New agreements"),
            Column("agreements_in_force", "Agreements in force"), Column("ties", "Ties"),
            Column("partners", "Partners"), Column("total_weight", "Weight", _num),
            Column("hhi", "HHI", _num), Column("top_partner", "Largest partner"),
            Column("top_share", "Its share", _pct),
        ], note=f"{report.trend.undated_ties} tie(s) have no date and are "
           f"{'counted in every year' if report.undated == 'include' else 'left out'}."),
        "contradictions": _table("contradictions", "Contradicting claims",
                                     report.contradictions, [
            Column("group", "Group"), Column("subject_name", "About"),
            Column("attribute", "Attribute"), Column("value", "Value"),
            Column("doc_id", "Document"), Column("published", "Published"),
            Column("evidence", "Evidence"),
        ]),
        "weights": _table("weights", "Weights in force", pd.DataFrame(report.weights.table()),
                              [Column("section", "Section"), Column("name", "Name"),
                               Column("weight", "Weight", _num)],
                              note=f"From {' + '.join(report.weights.sources)}; multilateral "
                              f"agreements: {report.weights.multilateral}."),
        "ties": make_table("ties", "Ties counted", shown_ties, [
            Column("tie", "Tie"), Column("partner_name", "Partner"), Column("rule", "Rule"),
            Column("relation", "Relation"), Column("via", "Via"), Column("asset", "Concerns"),
            Column("component", "Component"), Column("agreement", "Agreement"),
            Column("capabilities", "Capabilities"), Column("weight", "Weight", _num),
            Column("basis", "Weight basis"), Column("start", "From"), Column("end", "Until"),
        ]),
    }  # fmt: skip
    if report.scenario is not None:
        s = report.scenario
        tables.update({
            "scenario_shares": _table("scenario_shares", "Shares before and after", s.shares, [
                Column("name", "Partner"), Column("weight_before", "Weight before", _num),
                Column("weight_after", "Weight after", _num),
                Column("share_before", "Share before", _pct),
                Column("share_after", "Share after", _pct),
                Column("change_points", "Change (points)", _num),
            ]),
            "scenario_concentration": _table("scenario_concentration",
                                                 "Concentration before and after",
                                                 s.concentration, [
                Column("measure", "Measure"), Column("before", "Before", _num),
                Column("after", "After", _num), Column("change", "Change", _num),
            ]),
            "scenario_lost_capabilities": _table(
                "scenario_lost_capabilities", "Capabilities left with no provider",
                s.lost_capabilities, [
                    Column("capability", "Capability"),
                    Column("providers_before_names", "Provided before by"),
                ]),
            "scenario_lost_asset_capabilities": _table(
                "scenario_lost_asset_capabilities",
                "Programmes and facilities left without a capability",
                s.lost_asset_capabilities, [
                    Column("asset_name", "Programme / facility"),
                    Column("capability", "Capability"),
                    Column("providers_before", "Provided before by"),
                ]),
            "scenario_unsupported_assets": _table(
                "scenario_unsupported_assets",
                "Programmes and facilities that lose all foreign support",
                s.unsupported_assets, [
                    Column("asset_name", "Programme / facility"), Column("label", "Label"),
                    Column("providers_before", "Supported before by"),
                ]),
            "scenario_new_sole_providers": _table(
                "scenario_new_sole_providers", "Capabilities that now have a sole provider",
                s.new_sole_providers, [
                    Column("capability", "Capability"), Column("sole_provider", "Sole provider"),
                    Column("providers_before", "Providers before"),
                ]),
            "scenario_new_articulation_points": _table(
                "scenario_new_articulation_points", "Articulation points that appear",
                s.new_articulation_points, [
                    Column("name", "Node"), Column("label", "Label"),
                    Column("cut_off", "Nodes cut off"),
                    Column("partners_cut_off", "Partners cut off"),
                ]),
        })  # fmt: skip
    return tables


def _charts(report: DependencyReport) -> dict[str, str | None]:
    if not report.charts:
        report.charts.update(_draw_charts(report))
    return report.charts


def _draw_charts(report: DependencyReport) -> dict[str, str | None]:
    dep = report.dependency
    charts: dict[str, str | None] = {"shares": None, "trend": None, "scenario": None}
    if not dep.partners.empty and dep.concentration["total_weight"] > 0:
        charts["shares"] = data_uri(
            share_chart(dep.partners, f"Partner shares: {report.country_name}")
        )
    if not report.trend.summary.empty:
        charts["trend"] = data_uri(
            trend_chart(report.trend.summary, report.trend.shares,
                        f"Partner shares by year: {report.country_name}")
        )  # fmt: skip
    if report.scenario is not None and not report.scenario.shares.empty:
        charts["scenario"] = data_uri(
            scenario_chart(report.scenario.shares,
                           f"Without {', '.join(report.scenario.removed_names)}")
        )  # fmt: skip
    return charts


def report_context(
    report: DependencyReport, max_rows: int | None = DEFAULT_MAX_ROWS
) -> dict[str, Any]:
    """Everything the templates print, already formatted; long tables keep `max_rows` rows
    (None or 0: all) and citations follow the ties shown."""
    title = f"Partner dependency of {report.country_name}"
    if report.scenario is not None:
        title += f" without {', '.join(report.scenario.removed_names)}"
    tables = _tables(report, max_rows)
    shown = report.shown_ties(max_rows)
    total = len(report.dependency.ties)
    cited = citations(report.graph, sorted(shown, key=lambda t: int(t.tie_id[1:])))
    return {
        "title": title,
        "report": report,
        "as_of": report.as_of or "all facts (no date filter)",
        "graph_size": report.graph_size,
        "summary": _summary(report),
        "tables": tables,
        "charts": _charts(report),
        "method": _method(),
        "citations": cited,
        "citations_note": (
            f"Citations of the {len(cited):,} ties shown; the CSV export has all {total:,}."
            if len(cited) < total
            else ""
        ),
        "unattributed": report.dependency.unattributed,
    }


@functools.cache
def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["md_table"] = md_table
    return env


def render_markdown(report: DependencyReport, max_rows: int | None = DEFAULT_MAX_ROWS) -> str:
    """The report as Markdown (charts embedded as data: URIs)."""
    context = report_context(report, max_rows)
    return _environment(False).get_template("dependency.md.j2").render(**context)


def render_html(report: DependencyReport, max_rows: int | None = DEFAULT_MAX_ROWS) -> str:
    """The report as one self-contained HTML page (inline CSS, charts as data: URIs)."""
    context = report_context(report, max_rows)
    return _environment(True).get_template("dependency.html.j2").render(**context)


def render(report: DependencyReport, fmt: str, max_rows: int | None = DEFAULT_MAX_ROWS) -> str:
    """The report in `fmt` ("md" or "html")."""
    if fmt == "md":
        return render_markdown(report, max_rows)
    if fmt == "html":
        return render_html(report, max_rows)
    raise InputError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")


def write_csv_tables(report: DependencyReport, folder: str | Path) -> list[Path]:
    """Write every table of the report as <name>.csv in `folder`; return the paths."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create --csv-dir {target}: {exc.strerror or exc}") from None
    written = []
    for name, frame in report.tables().items():
        path = target / f"{name}.csv"
        frame.to_csv(path, index=False)
        written.append(path)
    return written
