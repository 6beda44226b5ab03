"""Inline display in Jupyter: the page travels whole inside an iframe's srcdoc."""

from __future__ import annotations

import html
import re

import networkx as nx

from graph.views import render_html, show_inline


def test_show_inline_embeds_the_whole_page(network: nx.MultiDiGraph) -> None:
    page = render_html(network)
    cell = show_inline(page, height=500)
    frame = cell.data
    match = re.search(r'srcdoc="([^"]*)"', frame)
    assert match, frame[:200]
    assert html.unescape(match.group(1)) == page
    assert 'sandbox="allow-scripts"' in frame and "height:500px" in frame
    assert not re.search(r"(src|href)=[\"']?https?:", frame)


def test_show_inline_renders_a_graph(network: nx.MultiDiGraph) -> None:
    frame = show_inline(network, size_by="pagerank", title="Inline").data
    assert "&lt;title&gt;Inline&lt;/title&gt;" in frame
    assert "Baikonur Cosmodrome" in html.unescape(frame)
