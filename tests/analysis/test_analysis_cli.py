"""The analyze and report commands, end to end on an embedded store of hand-built records."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from graph import analysis
from graph.cli import analyze as analyze_cli
from graph.cli.main import cli


@pytest.fixture(scope="module")
def data_dir(kazakhstan_data_dir: Path) -> Path:
    return kazakhstan_data_dir


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    # The embedded backend, even when the suite exports NEO4J_URI for the Neo4j tests.
    env = {"NEO4J_URI": "", "SPACEGRAPH_BACKEND": "embedded"}
    result = CliRunner(env=env).invoke(cli, [*args[:2], "--data-dir", str(data_dir), *args[2:]])
    return result.exit_code, result.stdout, result.stderr


def test_dependency_table_json_and_csv(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "analyze", "dependency", "--country", "KZ")
    assert code == 0
    assert out.splitlines()[0].startswith("Kazakhstan: HHI")
    assert out.splitlines()[2].split()[1] == "Russia"
    code, out, _ = run(data_dir, "analyze", "dependency", "--country", "Kazakhstan",
                       "--format", "json")  # fmt: skip
    data = json.loads(out)
    assert data["partners"][0]["name"] == "Russia"
    assert data["concentration"]["hhi"] == pytest.approx(
        sum((p["share"] * 100) ** 2 for p in data["partners"]), rel=1e-4
    )
    code, out, _ = run(data_dir, "analyze", "dependency", "--country", "Kazakhstan",
                       "--remove", "Russia", "--table", "scenario_lost_capabilities",
                       "--format", "csv")  # fmt: skip
    assert code == 0 and "launch_vehicles" in out


def test_dependency_with_weights_file(data_dir: Path, tmp_path: Path) -> None:
    heavier = tmp_path / "w.yaml"
    heavier.write_text("agreement_status: {proposed: 100}\n", encoding="utf-8")
    code, out, _ = run(data_dir, "analyze", "dependency", "--country", "Kazakhstan",
                       "--weights", str(heavier), "--format", "json")  # fmt: skip
    assert code == 0
    assert json.loads(out)["partners"][0]["name"] == "Turkey"  # its proposed MoU now weighs 100


def test_centrality_and_communities(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "analyze", "centrality", "--top", "3", "--type",
                       "Country,Organization", "--format", "csv")  # fmt: skip
    table = pd.read_csv(io.StringIO(out))
    assert code == 0 and len(table) == 3
    assert list(table.columns) == ["key", "name", "label", "degree", "betweenness", "pagerank"]
    assert table.iloc[0]["name"] == "Kazakhstan"
    code, out, _ = run(data_dir, "analyze", "centrality", "--measure", "betweenness", "-k", "5",
                       "--as-of", "2020", "--format", "json")  # fmt: skip
    assert code == 0 and "betweenness" in json.loads(out)[0]
    code, out, _ = run(data_dir, "analyze", "communities", "--method", "label-propagation",
                       "--format", "json")  # fmt: skip
    assert code == 0 and json.loads(out)[0]["community"] == 1


def test_report_files(data_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "out" / "kz.html"
    code, _, err = run(data_dir, "report", "dependency", "--country", "Kazakhstan", "--remove",
                       "Russia", "--format", "html", "-o", str(page), "--csv-dir",
                       str(tmp_path / "csv"))  # fmt: skip
    assert code == 0, err
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "csv" / "scenario_unsupported_assets.csv").exists()
    code, out, _ = run(data_dir, "report", "dependency", "--country", "Kazakhstan",
                       "--as-of", "2015")  # fmt: skip
    assert code == 0 and out.startswith("# Partner dependency of Kazakhstan")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "dependency", "--country", "Kazakstan"], "did you mean Kazakhstan"),
        (["analyze", "dependency", "--country", "KZ", "--as-of", "12/2012"], "is not a date"),
        (["analyze", "dependency", "--country", "KZ", "--remove", "Narnia"], "no partner named"),
        (["analyze", "dependency", "--country", "KZ", "--weights", "/no/such.yaml"], "not found"),
        (["analyze", "dependency", "--country", "KZ", "--table", "scenario_shares"],
         "needs a scenario"),
        (["analyze", "centrality", "--measure", "fame"], "not one of"),
        (["report", "dependency", "--country", "KZ", "--format", "pdf"], "pdf"),
    ],
)  # fmt: skip
def test_user_mistakes_are_one_line_errors(data_dir: Path, args: list[str], message: str) -> None:
    code, out, err = run(data_dir, *args)
    assert code != 0
    assert message in err
    assert "Traceback" not in err + out


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "none", "analyze", "dependency", "--country", "KZ")
    assert code == 1 and "no embedded database" in err


def test_cli_choices_match_the_library() -> None:
    assert analyze_cli.MEASURES == analysis.MEASURES
    assert analyze_cli.METHODS == analysis.METHODS
    from graph.analysis.projection import ENTITY_LABELS

    assert analyze_cli.NODE_TYPES == ENTITY_LABELS


def test_every_command_has_help() -> None:
    for group in analyze_cli.COMMANDS:
        result = CliRunner().invoke(cli, [group.name or "", "--help"])
        assert result.exit_code == 0 and group.help
        for name, command in group.commands.items():  # type: ignore[attr-defined]
            assert command.help, name
            assert CliRunner().invoke(cli, [group.name or "", name, "--help"]).exit_code == 0
