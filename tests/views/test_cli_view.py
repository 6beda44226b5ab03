"""`spacegraph view` and `spacegraph export` against an embedded database."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import view as view_cli
from graph.cli.main import cli
from graph.export import FORMATS, read_export
from graph.views.centrality import SIZE_METRICS
from graph.views.style import load_style

_DATA = re.compile(r'<script type="application/json" id="sg-data">(.*?)</script>', re.S)


def _run(command: str, *args: str) -> tuple[int, str]:
    """Run a command on the embedded backend (even when NEO4J_URI is set for other tests)."""
    result = CliRunner().invoke(cli, [command, "--backend", "embedded", *args])
    return result.exit_code, result.output


def _node_names(page: Path) -> set[str]:
    match = _DATA.search(page.read_text(encoding="utf-8"))
    assert match
    return {n["name"] for n in json.loads(match.group(1))["nodes"]}


def test_view_writes_one_offline_page(sample_data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "pages" / "net.html"
    code, output = _run("view", "--data-dir", str(sample_data_dir), "-o", str(out))
    assert code == 0, output
    assert "Wrote" in output and "50 nodes, 72 relationships" in output
    assert list(out.parent.iterdir()) == [out]  # no lib/ folder beside it, unlike pyvis
    names = _node_names(out)
    assert {"Baikonur Cosmodrome", "Kazakhstan", "Baikonur lease"} <= names
    page = out.read_text(encoding="utf-8")
    assert "Kazakhstan leases the Baikonur Cosmodrome to Russia until 2050." in page


def test_view_filters_and_sizes(sample_data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "focus.html"
    code, output = _run(
        "view",
        "--data-dir",
        str(sample_data_dir),
        "-o",
        str(out),
        "--focus",
        "Baikonur",
        "--depth",
        "1",
        "--size-by",
        "pagerank",
        "--type",
        "facility",
        "--type",
        "Country",
        "--type",
        "Agreement",
    )
    assert code == 0, output
    assert _node_names(out) == {"Baikonur Cosmodrome", "Kazakhstan", "Russia", "Baikonur lease"}
    assert "around Baikonur (depth 1)" in out.read_text(encoding="utf-8")


def test_view_status_and_as_of(sample_data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.html"
    code, output = _run(
        "view",
        "--data-dir",
        str(sample_data_dir),
        "-o",
        str(out),
        "--status",
        "In Force",
        "--as-of",
        "2010",
        "--type",
        "Agreement",
    )
    assert code == 0, output
    assert _node_names(out) == {"Baikonur lease", "Baiterek joint venture agreement"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Atlantis"], "Error: no node named 'Atlantis' in the graph"),
        (["--country", "Atlantis"], "Error: no country named 'Atlantis' in the graph"),
        (["--as-of", "next year"], "Error: --as-of 'next year' is not a date"),
        (["--size-by", "fame"], "Invalid value for '--size-by'"),
        (["--status", "rumoured"], "Invalid value for '--status'"),
    ],
)
def test_view_mistakes_are_one_line_errors(
    sample_data_dir: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    code, output = _run(
        "view",
        "--backend",
        "embedded",
        "--data-dir",
        str(sample_data_dir),
        "-o",
        str(tmp_path / "x.html"),
        *args,
    )
    assert code != 0
    assert message in output
    assert "Traceback" not in output


def test_view_without_a_database_is_a_clear_error(tmp_path: Path) -> None:
    code, output = _run(
        "view",
        "--backend",
        "embedded",
        "--data-dir",
        str(tmp_path / "none"),
        "-o",
        str(tmp_path / "x.html"),
    )
    assert code != 0
    assert output.strip().splitlines()[-1].startswith("Error: ")
    assert "Traceback" not in output


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trips(sample_data_dir: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / ("csv" if fmt == "csv" else f"net.{fmt}")
    code, output = _run(
        "export",
        "--backend",
        "embedded",
        "--data-dir",
        str(sample_data_dir),
        "--format",
        fmt,
        "-o",
        str(target),
    )
    assert code == 0, output
    back = read_export(fmt, target)
    assert (back.number_of_nodes(), back.number_of_edges()) == (50, 72)


def test_export_honours_filters(sample_data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "kz.graphml"
    code, output = _run(
        "export",
        "--data-dir",
        str(sample_data_dir),
        "--format",
        "graphml",
        "-o",
        str(target),
        "--country",
        "Kazakhstan",
    )
    assert code == 0, output
    back = read_export("graphml", target)
    assert "country:kazakhstan" in back and "country:japan" not in back


def test_cli_choices_match_the_data() -> None:
    """The CLI lists choices itself (so --help stays fast); they must match the data files."""
    style = load_style()
    assert view_cli.NODE_TYPES == style.labels
    assert view_cli.STATUSES == tuple(style.statuses)
    assert view_cli.SIZE_METRICS == SIZE_METRICS
    assert view_cli.EXPORT_FORMATS == FORMATS
    assert [c.name for c in view_cli.COMMANDS] == ["view", "export"]
