"""Dependency over time: agreements and partner shares by year.

Each year is read at its last day with the same rule as an as-of view: a tie counts from
its start (the agreement's date, else the first publication reporting the fact) until its
end (the agreement's end date or the lease's end). Undated ties are left out of every year
unless `undated="include"`, in which case they count in every year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import networkx as nx
import pandas as pd

from graph.analysis.dates import period, year_of
from graph.analysis.dependency import herfindahl
from graph.analysis.ties import Tie, node_name

SUMMARY_COLUMNS = [
    "year", "agreements_new", "agreements_in_force", "ties", "partners", "total_weight",
    "hhi", "effective_partners", "top_partner", "top_share",
]  # fmt: skip
SHARE_COLUMNS = ["year", "partner", "name", "weight", "share"]


@dataclass
class Trend:
    """Yearly summary, long table of partner shares per year, and ties with no date."""

    summary: pd.DataFrame
    shares: pd.DataFrame
    undated_ties: int


def dependency_trend(
    G: nx.MultiDiGraph,
    ties: Sequence[Tie],
    *,
    until: int | None = None,
    undated: str = "exclude",
) -> Trend:
    """Agreements and partner shares for every year from the first dated tie.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection the ties come from (for names).
    ties : sequence of Tie
        Ties from :func:`graph.analysis.ties.find_ties` on an undated (full) projection.
    until : int, optional
        Last year (default: the latest year any tie starts).
    undated : {"exclude", "include"}

    Examples
    --------
    >>> from graph.analysis.ties import Tie
    >>> ties = [Tie("ru", "agreement", "lease", 3.0, "", ("a1",), agreement="a1", start="2004"),
    ...         Tie("us", "agreement", "MoU", 1.0, "", ("a2",), agreement="a2", start="2006",
    ...             end="2006-06"),
    ...         Tie("cn", "cooperation", "COOPERATES_WITH", 0.5, "", ("f",))]
    >>> t = dependency_trend(nx.MultiDiGraph(), ties)
    >>> t.summary["year"].tolist(), t.summary["agreements_new"].tolist()
    ([2004, 2005, 2006], [1, 0, 1])
    >>> t.summary["agreements_in_force"].tolist(), t.summary["hhi"].tolist()
    ([1, 1, 1], [10000.0, 10000.0, 10000.0])
    >>> t.undated_ties
    1
    """
    starts = [year_of(t.start) for t in ties]
    dated = [y for y in starts if y is not None]
    undated_count = len(starts) - len(dated)
    if not dated:
        return Trend(
            pd.DataFrame(columns=SUMMARY_COLUMNS), pd.DataFrame(columns=SHARE_COLUMNS),
            undated_count,
        )  # fmt: skip
    first, last = min(dated), until if until is not None else max(dated)
    # One row per tie; each year is then a vectorised filter (ties can number 100,000s).
    frame = pd.DataFrame(
        {
            "partner": [t.partner for t in ties],
            "weight": [t.weight for t in ties],
            "weight_in_force": [
                t.weight if t.weight_in_force is None else t.weight_in_force for t in ties
            ],
            "agreement": [t.agreement for t in ties],
            "start": [_last_day(t.start) for t in ties],
            "end": [_last_day(t.end) for t in ties],
            "start_year": [y if y is not None else -1 for y in starts],
        }
    )
    names = {p: node_name(G, p) for p in frame["partner"].unique()}
    agreement_years = frame.dropna(subset=["agreement"]).drop_duplicates("agreement")
    new_per_year = agreement_years["start_year"].value_counts().to_dict()
    summary_rows, share_rows = [], []
    for year in range(first, last + 1):
        when = date(year, 12, 31).toordinal()
        started = frame["start"] <= when
        if undated == "include":
            started |= frame["start"].isna()
        live = frame[started & ~(frame["end"] < when)]
        # An expired agreement weighs as in force while it was (before its end date).
        weight_by_partner = live.groupby("partner")["weight_in_force"].sum()
        weight = {str(p): float(w) for p, w in weight_by_partner.items()}
        conc = herfindahl(weight)
        total = conc["total_weight"]
        ranked = sorted(weight, key=lambda p: (-weight[p], names[p]))
        top = ranked[0] if ranked and total > 0 else None
        summary_rows.append(
            {
                "year": year,
                "agreements_new": int(new_per_year.get(year, 0)),
                "agreements_in_force": int(live["agreement"].dropna().nunique()),
                "ties": len(live),
                "partners": conc["partners"],
                "total_weight": total,
                "hhi": conc["hhi"],
                "effective_partners": conc["effective_partners"],
                "top_partner": names[top] if top else "",
                "top_share": round(weight[top] / total, 6) if top else 0.0,
            }
        )
        for partner in ranked:
            share_rows.append(
                {
                    "year": year,
                    "partner": partner,
                    "name": names[partner],
                    "weight": round(weight[partner], 6),
                    "share": round(weight[partner] / total, 6) if total > 0 else 0.0,
                }
            )
    return Trend(
        pd.DataFrame(summary_rows, columns=SUMMARY_COLUMNS),
        pd.DataFrame(share_rows, columns=SHARE_COLUMNS),
        undated_count,
    )


def _last_day(text: str | None) -> float:
    """Day number of the last day of a partial date's period; NaN when there is no date."""
    found = period(text)
    return float("nan") if found is None else float(found[1].toordinal())
