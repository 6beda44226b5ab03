"""Charts for reports, drawn with matplotlib's Agg canvas and returned as PNG bytes.

No pyplot: figures are built on their own canvas, so nothing global (backend, open
figures) changes in the calling process.
"""

from __future__ import annotations

import base64
import io

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

_COLOR = "#1f77b4"
_OTHER = "#aaaaaa"


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return buffer.getvalue()


def data_uri(png: bytes) -> str:
    """A PNG as a data: URI for an <img> that needs no file and no network.

    >>> data_uri(b"\\x89PNG")[:26]
    'data:image/png;base64,iVBO'
    """
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def share_chart(partners: pd.DataFrame, title: str, top: int = 12) -> bytes:
    """Horizontal bars of partner shares (percent), largest on top; the rest as 'others'."""
    rows = partners[partners["share"] > 0]
    shown = rows.head(top)
    labels = list(shown["name"].astype(str))
    values = [float(v) * 100 for v in shown["share"]]
    colors = [_COLOR] * len(values)
    rest = float(rows["share"].iloc[top:].sum()) * 100 if len(rows) > top else 0.0
    if rest > 0:
        labels.append(f"{len(rows) - top} others")
        values.append(rest)
        colors.append(_OTHER)
    fig = Figure(figsize=(7, 0.45 * max(len(values), 2) + 1.2))
    ax = fig.add_subplot()
    positions = list(range(len(values)))[::-1]
    ax.barh(positions, values, color=colors)
    ax.set_yticks(positions, labels)
    for pos, value in zip(positions, values, strict=True):
        ax.text(value, pos, f" {value:.1f}%", va="center", fontsize=8)
    ax.set_xlabel("share of dependency weight (%)")
    ax.set_xlim(0, max([*values, 1.0]) * 1.15)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def trend_chart(summary: pd.DataFrame, shares: pd.DataFrame, title: str, top: int = 5) -> bytes:
    """Partner shares by year (lines, the `top` partners of the last year) over the number
    of agreements in force (bars)."""
    fig = Figure(figsize=(8, 4.2))
    ax = fig.add_subplot()
    years = [int(y) for y in summary["year"]]
    ax.bar(years, summary["agreements_in_force"], color="#dddddd", label="agreements in force")
    ax.set_ylabel("agreements in force")
    ax.set_xlabel("year (as of 31 December)")
    shares_ax = ax.twinx()
    last = shares[shares["year"] == max(years)] if years else shares
    leaders = list(last.sort_values("share", ascending=False)["partner"].head(top))
    for partner in leaders:
        series = shares[shares["partner"] == partner].set_index("year")["share"]
        values = [float(series.get(y, 0.0)) * 100 for y in years]
        name = str(shares[shares["partner"] == partner]["name"].iloc[0])
        shares_ax.plot(years, values, marker="o", markersize=3, label=name)
    shares_ax.set_ylabel("partner share (%)")
    shares_ax.set_ylim(0, 105)
    handles, labels = ax.get_legend_handles_labels()
    more_handles, more_labels = shares_ax.get_legend_handles_labels()
    shares_ax.legend(handles + more_handles, labels + more_labels, fontsize=8, loc="upper left")
    ax.set_title(title)
    return _png(fig)


def scenario_chart(shares: pd.DataFrame, title: str, top: int = 10) -> bytes:
    """Share of each partner before and after the scenario (paired bars)."""
    shown = shares.head(top)
    fig = Figure(figsize=(7, 0.5 * max(len(shown), 2) + 1.2))
    ax = fig.add_subplot()
    positions = list(range(len(shown)))[::-1]
    before = [float(v) * 100 for v in shown["share_before"]]
    after = [float(v) * 100 for v in shown["share_after"]]
    ax.barh([p + 0.2 for p in positions], before, height=0.4, color=_OTHER, label="before")
    ax.barh([p - 0.2 for p in positions], after, height=0.4, color=_COLOR, label="after")
    ax.set_yticks(positions, list(shown["name"].astype(str)))
    ax.set_xlabel("share of dependency weight (%)")
    ax.legend(fontsize=8)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)
