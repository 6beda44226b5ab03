"""`spacegraph query list|show|run|docs`: output, files, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from graph.cli.main import cli


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    base = {"SPACEGRAPH_PACK_DIRS": "", "NEO4J_URI": "", "SPACEGRAPH_BACKEND": ""}
    return CliRunner().invoke(cli, ["query", *args], env={**base, **(env or {})})


def run_on(data_dir: Path, *args: str) -> Result:
    return invoke("run", *args, "--backend", "embedded", "--data-dir", str(data_dir))


def test_list_shows_names_titles_and_parameters() -> None:
    result = invoke("list", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.output)}
    assert rows["agreement_details"]["parameters"] == "agreement (required)"
    assert rows["country_partners"]["title"] == "Partners of a country, by kind of tie"
    assert len(rows) >= 15


def test_show_prints_header_and_cypher() -> None:
    result = invoke("show", "cooperation_path")
    assert result.exit_code == 0, result.output
    assert 'source (string, default "Turkey")' in result.output
    assert "allShortestPaths" in result.output
    assert "cooperation_path.embedded.cypher" in result.output


def test_run_prints_a_table(handmade_data_dir: Path) -> None:
    result = run_on(handmade_data_dir, "facility_leases", "-p", "country=Kazakhstan")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["facility", "lessee", "lease_until"]
    assert "Baikonur Cosmodrome  Russia" in lines[2] and "2050" in lines[2]


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_run_writes_a_file(handmade_data_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"partners.{fmt}"
    result = run_on(handmade_data_dir, "country_partners", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote 12 rows to" in result.output
    assert "Turkish Aerospace" in out.read_text(encoding="utf-8")


def test_run_says_when_the_limit_cut_the_rows(handmade_data_dir: Path) -> None:
    result = run_on(handmade_data_dir, "country_agreements", "-p", "limit=2", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "stopped at limit=2" in result.output
    assert "stopped at limit" not in run_on(handmade_data_dir, "country_agreements").output


def test_run_with_a_user_pack(handmade_data_dir: Path, pack_dir: Path) -> None:
    (pack_dir / "lessees.cypher").write_text(
        "// name: lessees\n// title: t\n// description: d\n\n"
        "MATCH (x)-[l:LEASES]->(f:Facility) RETURN x.name AS lessee, l.until AS until\n"
    )
    result = run_on(handmade_data_dir, "lessees", "--pack-dir", str(pack_dir), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["lessee,until", "Russia,2050"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["agreement_details"], "needs parameter 'agreement'"),
        (["documents", "-p", "limt=3"], "has no parameter 'limt'; did you mean 'limit'?"),
        (["documents", "-p", "limit=many"], "parameter 'limit': 'many' is not a valid integer"),
        (["documents", "-p", "limit"], "is not key=value"),
        (["documents", "-p", "limit=1", "-p", "limit=2"], "given twice"),
        (["agreements_ending", "-p", "ending_by=2050-02-30"], "is not a valid date"),
        (["country_partner"], "no query named 'country_partner'; did you mean country_partners"),
        (["documents", "--pack-dir", "/nonexistent/packs"], "does not exist"),
    ],
)
def test_mistakes_are_one_line_errors(
    handmade_data_dir: Path, args: list[str], message: str
) -> None:
    result = run_on(handmade_data_dir, *args)
    assert result.exit_code == 1
    assert message in result.output
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert "Traceback" not in result.output


def test_parameter_errors_come_before_opening_the_database(tmp_path: Path) -> None:
    result = run_on(tmp_path / "no-db-here", "documents", "-p", "limit=x")
    assert result.exit_code == 1 and "not a valid integer" in result.output


def test_docs_check_reports_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "queries.md"
    stale.write_text("old\n")
    result = invoke("docs", "-o", str(stale), "--check")
    assert result.exit_code == 1 and "out of date" in result.output
    assert invoke("docs", "-o", str(stale)).exit_code == 0
    assert invoke("docs", "-o", str(stale), "--check").exit_code == 0
