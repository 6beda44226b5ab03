"""The learned relation reader: features, the model file, training and reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli.main import cli
from graph.model import InputError, load_model
from loaders.catalogue import load_catalogue
from loaders.context import build_context
from loaders.linear_model import Example, LinearModel
from loaders.pair_features import Slot, pair_features, render
from loaders.recognise import recognise
from loaders.relation_model import (
    NONE,
    RULE,
    load_relation_model,
    use_relation_model,
)
from loaders.relation_training import document_examples, train
from loaders.segment import sentences
from tests.loaders.helpers import doc, gold

SENTENCE = "Orbital Works Ltd, a firm from Peru, tends the Condor-1 satellite daily."


def _slots() -> list[Slot]:
    first = SENTENCE.index("Orbital")
    peru = SENTENCE.index("Peru")
    condor = SENTENCE.index("Condor-1")
    return [
        Slot(first, first + len("Orbital Works Ltd"), "Organization", "company", "shape"),
        Slot(peru, peru + 4, "Country", None, "name"),
        Slot(condor, condor + len("Condor-1"), "Program", "satellite", "name"),
    ]


def test_render_folds_each_mention_into_one_type_token() -> None:
    rendered = render(SENTENCE, 0, _slots())
    assert rendered.tokens[:3] == ["<Organization/company>", ",", "a"]
    assert rendered.tokens[rendered.positions[1]] == "<Country>"
    assert rendered.tokens[rendered.positions[2]] == "<Program/satellite>"
    # Words are folded, digits collapsed and a plural or verb "s" dropped.
    assert "tend" in rendered.tokens and "daily" in rendered.tokens


def test_render_reads_sentence_offsets_against_document_offsets() -> None:
    shifted = [Slot(s.start + 100, s.end + 100, s.label, s.subtype, s.form) for s in _slots()]
    assert render(SENTENCE, 100, shifted).tokens == render(SENTENCE, 0, _slots()).tokens


def test_pair_features_describe_types_gap_and_surroundings() -> None:
    rendered = render(SENTENCE, 0, _slots())
    feats = pair_features(rendered, _slots(), 0, 2, list_item=False)
    assert "T:Organization/company|Program/satellite" in feats
    assert "B:tend" in feats and "B:firm" in feats
    assert "M:1" in feats  # Peru lies between the two
    assert "B+:daily" in feats
    assert "ITEM" not in feats
    assert "ITEM" in pair_features(rendered, _slots(), 0, 2, list_item=True)


def test_pair_features_of_far_mentions_keep_only_the_edges_of_the_gap() -> None:
    words = " ".join(f"word{i}" for i in range(30))
    text = f"Alpha Space said {words} about Beta Aerospace."
    a = text.index("Alpha Space")
    b = text.index("Beta Aerospace")
    slots = [
        Slot(a, a + 11, "Organization", "company", "shape"),
        Slot(b, b + 14, "Organization", "company", "shape"),
    ]
    feats = pair_features(render(text, 0, slots), slots, 0, 1, list_item=False)
    assert "B:far" in feats
    assert not any(f.startswith("B:word") for f in feats)
    assert any(f.startswith("BF:") for f in feats) and any(f.startswith("BL:") for f in feats)


def _toy_examples() -> list[Example]:
    """An invented world: "tends" states an operator, "beside" states nothing."""
    out = []
    for i in range(12):
        out.append(Example(["bias", "T:Org|Sat", "B:tend", f"noise{i}a"], "OPERATES>"))
        out.append(Example(["bias", "T:Org|Sat", "B:beside", f"noise{i}b"], NONE))
        out.append(Example(["bias", "T:Sat|Org", "B:tended", "B:by", f"noise{i}c"], "OPERATES<"))
    return out


def test_training_learns_the_invented_cue_and_is_deterministic() -> None:
    model = train(_toy_examples(), steps=150)
    probs = model.probabilities(["bias", "T:Org|Sat", "B:tend"])
    assert model.labels[probs.index(max(probs))] == "OPERATES>"
    probs = model.probabilities(["bias", "T:Sat|Org", "B:tended", "B:by"])
    assert model.labels[probs.index(max(probs))] == "OPERATES<"
    probs = model.probabilities(["bias", "T:Org|Sat", "B:beside"])
    assert model.labels[probs.index(max(probs))] == NONE
    assert abs(sum(probs) - 1.0) < 1e-9
    # Features seen once ("noise3a") are dropped; the same examples give the same weights.
    assert "noise3a" not in model.weights
    assert train(_toy_examples(), steps=150).to_json() == model.to_json()


def test_model_round_trips_through_json_and_rejects_a_malformed_file() -> None:
    model = train(_toy_examples(), steps=50)
    again = LinearModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    with pytest.raises(InputError, match="malformed"):
        LinearModel.from_json({"labels": ["NONE"], "weights": {"x": "oops"}})


def test_the_shipped_model_speaks_the_gold_vocabulary() -> None:
    model = load_relation_model()
    assert model is not None
    predicates = set(load_model().relationships)
    assert NONE in model.labels
    for label in model.labels:
        if label != NONE:
            assert label[-1] in "<>" and label[:-1] in predicates, label
    assert "PARTY_TO>" not in model.labels and 0.0 < model.threshold < 1.0


# A cue no pattern rule knows ("shepherds") between two catalogued names.
TEXT = "Notes\n\nRoscosmos shepherds the Baikonur Cosmodrome year after year."


def _shepherd_model() -> LinearModel:
    return LinearModel(
        ("NONE", "OPERATES>"),
        {"bias": {0: 1.0}, "B:shepherd": {1: 3.0}},
        0.5,
    )


def test_a_learned_relation_carries_its_rule_and_confidence() -> None:
    with use_relation_model(_shepherd_model()):
        found = gold(TEXT)
    rel = [r for r in found["relations"] if r["predicate"] == "OPERATES"]
    assert [(r["subject"], r["object"]) for r in rel] == [("Roscosmos", "Baikonur Cosmodrome")]
    assert rel[0]["evidence"]["sentence"].startswith("Roscosmos shepherds")

    from tests.loaders.helpers import run

    with use_relation_model(_shepherd_model()):
        extraction = run(TEXT)
    learned = [r for r in extraction.relationships if r.type == "OPERATES"]
    assert learned[0].evidence[0].rule == RULE
    assert learned[0].properties["confidence"] == pytest.approx(0.88, abs=0.01)


def test_reading_without_a_model_leaves_the_rules_alone() -> None:
    with use_relation_model(None):
        found = gold(TEXT)
    assert not [r for r in found["relations"] if r["predicate"] == "OPERATES"]


def test_below_the_threshold_nothing_is_added() -> None:
    timid = LinearModel(("NONE", "OPERATES>"), {"bias": {0: 1.0}, "B:shepherd": {1: 1.0}}, 0.5)
    with use_relation_model(timid):
        found = gold(TEXT)
    assert not [r for r in found["relations"] if r["predicate"] == "OPERATES"]


def _context(text: str):  # type: ignore[no-untyped-def]
    catalogue = load_catalogue()
    document = doc(text)
    return build_context(document, sentences(text), recognise(text, catalogue), catalogue)


def test_examples_are_labelled_by_the_sentence_holding_the_gold_evidence() -> None:
    text = (
        "Notes\n\nRoscosmos shepherds the Baikonur Cosmodrome.\n\n"
        "Roscosmos and the Baikonur Cosmodrome were both mentioned again.\n\n"
        "Roscosmos praised the Plesetsk Cosmodrome."
    )
    labelled = {
        "entities": [
            {"name": "Roscosmos", "type": "Organization"},
            {"name": "Baikonur Cosmodrome", "type": "Facility"},
            {"name": "Plesetsk Cosmodrome", "type": "Facility"},
        ],
        "relations": [
            {
                "subject": "Roscosmos",
                "predicate": "OPERATES",
                "object": "Baikonur Cosmodrome",
                "evidence": "Roscosmos shepherds the Baikonur Cosmodrome.",
            }
        ],
    }
    examples = document_examples(_context(text), labelled)
    labels = sorted(e.label for e in examples)
    # The evidence sentence is a positive, the pair gold relates elsewhere is left out,
    # the pair gold never relates is a negative.
    assert labels == [NONE, "OPERATES>"]
    positive = next(e for e in examples if e.label == "OPERATES>")
    assert "B:shepherd" in positive.features


def _labelled_set(root: Path, name: str) -> tuple[Path, Path]:
    docs, gold_dir = root / name / "docs", root / name / "gold"
    docs.mkdir(parents=True)
    gold_dir.mkdir()
    (docs / "a.txt").write_text(
        "Roscosmos shepherds the Baikonur Cosmodrome.\n\nNASA shepherds the Wallops Flight "
        "Facility.\n\nNASA praised the Baikonur Cosmodrome.\n",
        encoding="utf-8",
    )
    (gold_dir / "a.yaml").write_text(
        "doc: a.txt\nentities:\n"
        "  - {name: Roscosmos, type: Organization}\n"
        "  - {name: NASA, type: Organization}\n"
        "  - {name: Baikonur Cosmodrome, type: Facility}\n"
        "  - {name: Wallops Flight Facility, type: Facility}\n"
        "relations:\n"
        "  - {subject: Roscosmos, predicate: OPERATES, object: Baikonur Cosmodrome,"
        " evidence: Roscosmos shepherds the Baikonur Cosmodrome.}\n"
        "  - {subject: NASA, predicate: OPERATES, object: Wallops Flight Facility,"
        " evidence: NASA shepherds the Wallops Flight Facility.}\n"
        "agreements: []\n",
        encoding="utf-8",
    )
    return gold_dir, docs


def test_train_relations_writes_a_model_and_cross_validates(tmp_path: Path) -> None:
    g1, d1 = _labelled_set(tmp_path, "one")
    g2, d2 = _labelled_set(tmp_path, "two")
    out = tmp_path / "model.json"
    result = CliRunner().invoke(
        cli,
        [
            "train-relations",
            *("--gold", str(g1), "--docs", str(d1), "--gold", str(g2), "--docs", str(d2)),
            *("--out", str(out), "--cross-validate"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "one" in result.output and "two" in result.output and "TOTAL" in result.output
    model = LinearModel.from_json(json.loads(out.read_text()))
    assert "OPERATES>" in model.labels


def test_train_relations_names_a_user_mistake(tmp_path: Path) -> None:
    g1, d1 = _labelled_set(tmp_path, "one")
    runner = CliRunner()
    result = runner.invoke(cli, ["train-relations", "--gold", str(g1), "--docs", str(d1)])
    assert result.exit_code != 0 and "nothing to do" in result.output
    result = runner.invoke(
        cli,
        ["train-relations", "--gold", str(g1), "--gold", str(g1), "--docs", str(d1), "--out", "x"],
    )
    assert result.exit_code != 0 and "one --docs folder for each --gold" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(
        cli,
        [
            "train-relations",
            *("--gold", str(tmp_path / "none"), "--docs", str(d1)),
            *("--out", str(tmp_path / "m.json")),
        ],
    )
    assert result.exit_code != 0 and "no such gold folder" in result.output
    assert not (tmp_path / "m.json").exists()


def test_eval_rules_only_reads_without_the_model(tmp_path: Path) -> None:
    g1, d1 = _labelled_set(tmp_path, "one")
    runner = CliRunner()
    with_model = runner.invoke(
        cli, ["eval", "--gold", str(g1), "--docs", str(d1), "--format", "json"]
    )
    rules = runner.invoke(
        cli, ["eval", "--gold", str(g1), "--docs", str(d1), "--rules-only", "--format", "json"]
    )
    assert with_model.exit_code == 0 and rules.exit_code == 0
    assert json.loads(rules.output)["total"]["relations"]["tp"] == 0


def _always(predicate: str) -> LinearModel:
    """A model that relates every pair it is shown, earlier mention as subject."""
    return LinearModel(("NONE", f"{predicate}>"), {"bias": {1: 5.0}}, 0.5)


@pytest.mark.parametrize(
    "sentence",
    [
        "Roscosmos may one day shepherd the Baikonur Cosmodrome.",
        "Roscosmos did not operate the Baikonur Cosmodrome last year.",
    ],
)
def test_a_hedged_or_denied_sentence_gives_no_learned_relation(sentence: str) -> None:
    with use_relation_model(_always("OPERATES")):
        found = gold("Notes\n\n" + sentence)
    assert not [r for r in found["relations"] if r["predicate"] == "OPERATES"]


def test_a_deputy_heads_nothing_for_the_model_either() -> None:
    text = "Notes\n\nIvan Petrov, deputy chief, spoke for Roscosmos on Monday."
    with use_relation_model(_always("HEADS")):
        found = gold(text)
    assert not [r for r in found["relations"] if r["predicate"] == "HEADS"]


def test_the_model_places_nothing_where_the_catalogue_says_otherwise() -> None:
    text = "Notes\n\nRoscosmos staff met in Brazil and in Russia this week."
    with use_relation_model(_always("LOCATED_IN")):
        found = gold(text)
    located = {(r["subject"], r["object"]) for r in found["relations"]}
    assert ("Roscosmos", "Brazil") not in located


def test_table_rows_are_left_to_the_table_reader() -> None:
    text = "| Year | Owner | Site |\n| 2014 | Roscosmos | Baikonur Cosmodrome |"
    with use_relation_model(_always("OPERATES")):
        found = gold(text)
    assert not [r for r in found["relations"] if r["predicate"] == "OPERATES"]
