"""The scorer (a pure function) and the `extract`/`eval` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli.extract import COMMANDS, eval_command, extract_command
from loaders.evaluate import Counts, align_entities, norm, score, score_document

GOLD = {
    "doc": "d.txt",
    "entities": [
        {"name": "Kazakhstan", "type": "Country", "aliases": ["Kazakh"]},
        {"name": "Russia", "type": "Country", "aliases": []},
        {"name": "Baikonur Cosmodrome", "type": "Facility", "aliases": ["Baikonur"]},
        {"name": "Baiterek project", "type": "Program", "aliases": []},
        {"name": "Baikonur Cosmodrome lease", "type": "Agreement", "aliases": []},
    ],
    "relations": [
        {"subject": "Russia", "predicate": "LEASES", "object": "Baikonur Cosmodrome"},
        {"subject": "Russia", "predicate": "COOPERATES_WITH", "object": "Kazakhstan"},
        {"subject": "Russia", "predicate": "PARTY_TO", "object": "Baikonur Cosmodrome lease"},
        {"subject": "Kazakhstan", "predicate": "PARTY_TO", "object": "Baikonur Cosmodrome lease"},
    ],
    "agreements": [
        {
            "title": "Baikonur Cosmodrome lease",
            "kind": "lease",
            "status": "in force",
            "date": None,
            "parties": ["Kazakhstan", "Russia"],
        },
    ],
}
PRED = {
    "doc": "d.txt",
    "entities": [
        {"name": "Kazakhstan", "type": "Country", "aliases": []},
        {"name": "Russian Federation", "type": "Country", "aliases": ["Russia"]},
        {"name": "baikonur", "type": "Facility", "aliases": []},
        {"name": "Baiterek project", "type": "Facility", "aliases": []},
        {"name": "Vostochny", "type": "Facility", "aliases": []},
    ],
    "relations": [
        {"subject": "Russian Federation", "predicate": "LEASES", "object": "baikonur"},
        {"subject": "Kazakhstan", "predicate": "COOPERATES_WITH", "object": "Russian Federation"},
        {"subject": "Russian Federation", "predicate": "PARTY_TO", "object": "Lease of Baikonur"},
        {"subject": "Kazakhstan", "predicate": "PARTY_TO", "object": "Lease of Baikonur"},
        {"subject": "Vostochny", "predicate": "LOCATED_IN", "object": "Russian Federation"},
    ],
    "agreements": [
        {
            "title": "Lease of Baikonur",
            "kind": "lease",
            "status": "signed",
            "date": None,
            "parties": ["Russian Federation", "Kazakhstan"],
        },
    ],
}


def test_norm() -> None:
    assert norm("The Astana Times") == "astana times"
    assert norm("Kazakhstan’s") == norm("Kazakhstan's")


def test_entities_match_by_name_or_alias_and_type() -> None:
    result = score_document(GOLD, PRED)
    # Russia by alias, Baikonur by folded case; Baiterek has the wrong type; Vostochny is extra.
    assert (result.entities.tp, result.entities.fp, result.entities.fn) == (3, 2, 1)
    assert result.missed["entities"] == ["Program:Baiterek project"]


def test_agreements_match_by_parties_and_kind() -> None:
    result = score_document(GOLD, PRED)
    assert (result.agreements.tp, result.agreements.fp, result.agreements.fn) == (1, 0, 0)
    assert result.status_correct == 0 and result.date_correct == 1


def test_relations_map_through_entities_and_agreements() -> None:
    result = score_document(GOLD, PRED)
    # LEASES, symmetric COOPERATES_WITH and both PARTY_TO match; LOCATED_IN is extra.
    assert (result.relations.tp, result.relations.fp, result.relations.fn) == (4, 1, 0)


def test_alignment_is_one_to_one() -> None:
    gold = [{"name": "ISS", "type": "Program", "aliases": []}]
    pred = [{"name": "ISS", "type": "Program", "aliases": []}] * 2
    assert align_entities(gold, pred) == {0: 0}


def test_missing_prediction_counts_everything_missed() -> None:
    report = score([GOLD], [])
    assert report.total("entities").fn == 4 and report.total("entities").tp == 0


def test_counts_f1() -> None:
    c = Counts(tp=8, fp=2, fn=2)
    assert (round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)) == (0.8, 0.8, 0.8)
    assert Counts().f1 == 1.0


def test_commands_are_registered_with_help() -> None:
    assert [c.name for c in COMMANDS] == ["extract", "eval"]
    for command in COMMANDS:
        assert command.help


def test_extract_command_json(fixtures: Path) -> None:
    result = CliRunner().invoke(
        extract_command, [str(fixtures / "heldout" / "brazil_korea_wire.txt"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    docs = json.loads(result.output)
    assert docs[0]["doc"] == "brazil_korea_wire.txt"
    relation = docs[0]["relations"][0]
    assert set(relation["evidence"]) == {"sentence", "start", "end"}


def test_extract_command_table_and_bad_path(fixtures: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(extract_command, [str(fixtures / "article_page.html")])
    assert result.exit_code == 0
    assert "-- agreements (1)" in result.output
    bad = CliRunner().invoke(extract_command, [str(tmp_path / "nope.txt")])
    assert bad.exit_code != 0
    assert "no such file" in bad.output
    assert "Traceback" not in bad.output


def test_eval_command(fixtures: Path, tmp_path: Path) -> None:
    heldout = str(fixtures / "heldout")
    result = CliRunner().invoke(eval_command, ["--gold", heldout, "--docs", heldout, "--details"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("document")
    assert "TOTAL" in result.output
    as_json = CliRunner().invoke(
        eval_command, ["--gold", heldout, "--docs", heldout, "--format", "json"]
    )
    assert json.loads(as_json.output)["total"]["entities"]["f1"] > 0.8
    strict = CliRunner().invoke(
        eval_command, ["--gold", heldout, "--docs", heldout, "--fail-under", "1.0"]
    )
    assert strict.exit_code == 2


@pytest.mark.parametrize("which", ["gold", "docs"])
def test_eval_command_bad_paths(fixtures: Path, tmp_path: Path, which: str) -> None:
    args = {"gold": str(fixtures / "heldout"), "docs": str(fixtures / "heldout")}
    args[which] = str(tmp_path / "absent")
    result = CliRunner().invoke(eval_command, ["--gold", args["gold"], "--docs", args["docs"]])
    assert result.exit_code == 1
    assert "absent" in result.output and "Traceback" not in result.output


def test_eval_command_missing_document(fixtures: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        eval_command, ["--gold", str(fixtures / "heldout"), "--docs", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "document named by the gold file is missing" in result.output
