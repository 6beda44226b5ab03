"""Time to build the network view and its size, on synthetic graphs of 500 to 10,000 nodes.

Baseline, measured in the same run on the same graphs: pyvis as it comes
(`Network(cdn_resources="in_line").from_nx(graph)` then `generate_html()`), which still
links Bootstrap from a CDN and has no search, legend or escaping of its own.

    .venv/bin/python benchmarks/bench_view.py                 # 500, 2000, 10000 nodes
    .venv/bin/python benchmarks/bench_view.py --sizes 500 2000 --browser

`--browser` also opens each page in headless Chromium and reports how long the layout takes
to settle (physics then switches off), the figure that decides whether a size is usable.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_graph
from graph.views import render_html


def best_of(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """Median wall time of `repeat` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pyvis_default(graph: nx.MultiDiGraph) -> str:
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.from_nx(graph)
    return str(net.generate_html())


def browser_settle_seconds(page: str) -> float:
    """Seconds from navigation until the page reports its layout done (physics off)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1500,950",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as handle:
            handle.write(page)
        start = time.perf_counter()
        driver.get(Path(handle.name).as_uri())
        while driver.execute_script("return document.body.getAttribute('data-ready')") != "true":
            if time.perf_counter() - start > 300:
                return float("inf")
            time.sleep(0.05)
        return time.perf_counter() - start
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="Runs per size (median).")
    parser.add_argument(
        "--baseline-max",
        type=int,
        default=10000,
        help="Skip the pyvis baseline above this many nodes (its edge insert is quadratic).",
    )
    parser.add_argument("--browser", action="store_true", help="Also time the layout in Chromium.")
    args = parser.parse_args(argv)

    header = (
        f"{'nodes':>6} {'edges':>6} | {'spacegraph s':>12} {'MB':>5} | "
        f"{'pyvis s':>8} {'MB':>5} | {'ratio':>6}"
    )
    if args.browser:
        header += f" | {'settle s':>8}"
    print(header)
    print("-" * len(header))
    for size in args.sizes:
        graph = synthetic_graph(size)
        ours_s, page = best_of(args.repeat, functools.partial(render_html, graph))
        row = (
            f"{graph.number_of_nodes():>6} {graph.number_of_edges():>6} | "
            f"{ours_s:>12.3f} {len(page) / 1e6:>5.2f} |"
        )
        if size <= args.baseline_max:
            base_s, base_page = best_of(
                1 if size > 2000 else args.repeat, functools.partial(pyvis_default, graph)
            )
            row += f" {base_s:>8.3f} {len(base_page) / 1e6:>5.2f} | {base_s / ours_s:>5.1f}x"
        else:
            row += f" {'skipped':>8} {'':>5} | {'':>6}"
        if args.browser:
            row += f" | {browser_settle_seconds(page):>8.1f}"
        print(row, flush=True)
    print(
        "\nspacegraph s: graph -> self-contained page (centrality, styling, pyvis, template);"
        "\npyvis s: pyvis from_nx + generate_html (in_line), as it comes;"
        " ratio = pyvis / spacegraph."
    )


if __name__ == "__main__":
    main()
