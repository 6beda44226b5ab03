"""The core commands end to end on the embedded backend: load, summary, demo, and mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli.main import cli

# The embedded backend, even when the suite exports NEO4J_URI for the Neo4j tests.
ENV = {"NEO4J_URI": "", "SPACEGRAPH_BACKEND": "embedded"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner(env=ENV).invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def counts(data_dir: Path) -> dict[str, int]:
    code, out, err = run("summary", "--format", "json", "--data-dir", str(data_dir))
    assert code == 0, err
    data = json.loads(out)
    return {**data["nodes"], **data["relationships"]}


def test_loading_the_same_documents_twice_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    code, out, err = run("load", "--sample", "--data-dir", db)
    assert code == 0, err
    assert "Loaded 7 document(s)" in out
    first = counts(tmp_path / "db")
    assert first["Country"] > 5 and first["PARTY_TO"] > 5 and first["Evidence"] > 50
    assert run("load", "--sample", "--data-dir", db)[0] == 0
    assert counts(tmp_path / "db") == first


def test_load_counts_the_contradictions_it_stores(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "db")
    code, out, err = run("load", str(seeds_dir), "--data-dir", db)
    assert code == 0, err
    stated = int(out.split("contradicting claims in the graph: ")[1].split()[0])
    assert stated == counts(tmp_path / "db")["CONTRADICTS"] > 0  # the seeds disagree


def test_bad_input_is_named_and_loses_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    assert run("load", "--sample", "--data-dir", db)[0] == 0
    before = counts(tmp_path / "db")
    binary = tmp_path / "notes.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    for bad in (tmp_path / "missing.txt", binary, empty, pdf):
        code, out, err = run("load", str(bad), "--data-dir", db)
        assert code == 1, (bad, out, err)
        assert "Traceback" not in out + err
        assert bad.name in err
    assert counts(tmp_path / "db") == before
    code, _, err = run("load", "--data-dir", db)
    assert code == 1 and "nothing to load" in err


def test_a_broken_file_in_a_folder_does_not_stop_the_good_ones(
    tmp_path: Path, sample_dir: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    good = sorted(p for p in sample_dir.iterdir() if p.suffix == ".md")[0]
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)
    code, out, err = run("load", str(folder), "--data-dir", str(tmp_path / "db"))
    assert code == 1
    assert "Loaded 1 document(s)" in out
    assert "broken.txt" in err
    assert counts(tmp_path / "db")["Document"] == 1


def test_stats_counts_labels_and_types(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    assert run("load", "--sample", "--data-dir", db)[0] == 0
    code, out, _ = run("stats", "--data-dir", db)
    assert code == 0
    table = dict(line.split() for line in out.splitlines())
    assert int(table["Document"]) == 7 and int(table["LEASES"]) >= 1


def test_unreachable_neo4j_shows_the_uri_and_hides_the_password(tmp_path: Path) -> None:
    env = {"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "s3cret-pass"}
    result = CliRunner(env=env).invoke(cli, ["stats", "--backend", "neo4j"])
    assert result.exit_code == 1
    assert "bolt://127.0.0.1:9" in result.stderr
    assert "s3cret-pass" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_commands_on_a_missing_database_explain_themselves(tmp_path: Path) -> None:
    code, _, err = run("summary", "--data-dir", str(tmp_path / "nowhere"))
    assert code == 1
    assert "no embedded database" in err and "spacegraph load" in err


def test_unknown_backend_is_refused(tmp_path: Path) -> None:
    code, _, err = run("summary", "--backend", "oracle", "--data-dir", str(tmp_path))
    assert code == 2 and "oracle" in err


@pytest.mark.slow
def test_demo_writes_every_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, err = run("demo", "--out", str(out), "--data-dir", str(tmp_path / "db"))
    assert code == 0, err
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "Kazakhstan" in summary and "## Nodes by label" in summary
    partners = (out / "queries" / "country_partners.csv").read_text(encoding="utf-8")
    assert partners.splitlines()[0].startswith("partner")
    assert "Russia" in partners
    report = (out / "dependency_kazakhstan.md").read_text(encoding="utf-8")
    assert "# Partner dependency of Kazakhstan" in report and "Russia" in report
    page = (out / "network.html").read_text(encoding="utf-8")
    assert "Baikonur Cosmodrome" in page
    assert "https://" not in page.split("<body", 1)[0]  # nothing fetched from the network
    assert str(out.resolve()) in stdout
