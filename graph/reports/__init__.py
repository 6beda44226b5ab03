"""Reports rendered from analysis results: Markdown and self-contained HTML, CSV tables."""

from graph.reports.dependency import (
    FORMATS,
    render,
    render_html,
    render_markdown,
    write_csv_tables,
)

__all__ = ["FORMATS", "render", "render_html", "render_markdown", "write_csv_tables"]
