"""Show a view inline in Jupyter, offline: the page travels inside an iframe's srcdoc."""

from __future__ import annotations

import html
from typing import Any

import networkx as nx

from graph.model import ConfigError


def iframe_html(page: str, height: int = 680) -> str:
    """An <iframe> holding `page` in `srcdoc` (escaped), sandboxed to scripts only.

    >>> frame = iframe_html("<p class='x'>a & b</p>", height=300)
    >>> 'srcdoc="&lt;p class=&#x27;x&#x27;&gt;a &amp; b&lt;/p&gt;"' in frame
    True
    """
    return (
        '<div class="spacegraph-view">'
        f'<iframe srcdoc="{html.escape(page, quote=True)}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #e1e5ea;border-radius:6px" '
        'sandbox="allow-scripts" loading="eager" title="spacegraph network view"></iframe></div>'
    )


def show_inline(
    graph_or_page: nx.MultiDiGraph | str, height: int = 680, **render_options: Any
) -> Any:
    """An `IPython.display.HTML` object showing the view in a notebook cell.

    Pass a graph (rendered with `render_options`, as for `graph.views.render_html`) or a page
    already rendered. The iframe's own scripts run in a sandbox with no access to the
    notebook, and, like the file, the page loads nothing from the network.
    """
    try:
        from IPython.display import HTML
    except ImportError:
        raise ConfigError("show_inline needs IPython: run it inside Jupyter") from None

    if isinstance(graph_or_page, str):
        page = graph_or_page
    else:
        from graph.views.render import render_html

        page = render_html(graph_or_page, **render_options)
    return HTML(iframe_html(page, height))
