"""The learned agreement reader: features, the model file, training and reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli.main import cli
from graph.model import InputError
from loaders.agreement_features import party_features, salience, sentence_cases
from loaders.agreement_model import (
    RULE,
    AgreementModel,
    deal_kind,
    load_agreement_model,
    use_agreement_model,
)
from loaders.agreement_training import AgreementExamples, document_examples, train
from loaders.catalogue import load_catalogue
from loaders.context import Context, build_context
from loaders.linear_model import LinearModel
from loaders.recognise import recognise
from loaders.segment import sentences
from tests.loaders.helpers import doc, gold, run

# A deal word no pattern rule knows ("shepherded") between two catalogued names.
TEXT = "Notes\n\nRoscosmos shepherded a satellite for NASA last year."


def _context(text: str) -> Context:
    catalogue = load_catalogue()
    document = doc(text, published="2025-06-01")
    return build_context(document, sentences(text), recognise(text, catalogue), catalogue)


def _shepherd_model(kind_weight: float = 3.0) -> AgreementModel:
    """Sentences with "shepherded" state a contract; every organisation in them is a party."""
    sentence = LinearModel(
        ("NONE", "contract"), {"bias": {0: 1.0}, "W:shepherded": {1: kind_weight}}, 0.6
    )
    party = LinearModel(("N", "Y"), {"bias": {0: 0.5}, "L:Organization": {1: 2.0}}, 0.5)
    return AgreementModel(sentence, party)


def test_a_sentence_is_described_by_its_deal_words_and_candidates() -> None:
    ctx = _context("The Kenya Space Agency hired OHB, and OHB will build KenyaSat for the agency.")
    (case,) = sentence_cases(ctx)
    assert "TR:hired" in case.features
    assert "TR:none" not in case.features
    names = [c.entity.name for c in case.candidates]
    assert names[:2] == ["Kenya Space Agency", "OHB"]
    assert len(names) == len(set(names))  # one candidate per entity, at its first mention
    named = salience(ctx)
    subject = party_features(case, case.candidates[0], "contract", named)
    assert "TS:before" in subject and "KIND:contract" in subject
    hired = party_features(case, case.candidates[1], "contract", named)
    assert "TS:after" in hired and "P-1:hired" in hired


def test_a_learned_agreement_carries_its_rule_confidence_status_and_date() -> None:
    with use_agreement_model(_shepherd_model()):
        found = gold(TEXT, published="2025-06-01")
        extraction = run(TEXT, published="2025-06-01")
    (agreement,) = found["agreements"]
    assert agreement["kind"] == "contract"
    assert set(agreement["parties"]) == {"Roscosmos", "NASA"}
    assert agreement["date"] == "2024"
    assert agreement["evidence"]["sentence"].startswith("Roscosmos shepherded")
    node = next(n for n in extraction.nodes if n.label == "Agreement")
    assert node.evidence[0].rule == RULE
    assert node.properties["confidence"] == pytest.approx(0.88, abs=0.005)  # 1 / (1 + e^-2)
    parties = [r for r in extraction.relationships if r.type == "PARTY_TO"]
    assert len(parties) == 2 and all("confidence" in r.properties for r in parties)


def test_a_hedged_learned_agreement_takes_the_rules_status() -> None:
    text = "Notes\n\nRoscosmos plans to sign a deal with NASA; it shepherded talks."
    with use_agreement_model(_shepherd_model()):
        (agreement,) = gold(text)["agreements"]
    assert agreement["status"] in ("planned", "proposed")


def test_without_a_model_or_below_the_threshold_nothing_is_added() -> None:
    with use_agreement_model(None):
        assert gold(TEXT)["agreements"] == []
    with use_agreement_model(_shepherd_model(kind_weight=1.0)):
        assert gold(TEXT)["agreements"] == []


def test_a_sentence_a_rule_read_is_not_read_again() -> None:
    text = "Notes\n\nRoscosmos shepherded and signed a contract with NASA for a satellite."
    with use_agreement_model(None):
        ruled = gold(text)["agreements"]
    with use_agreement_model(_shepherd_model()):
        both = gold(text)["agreements"]
    assert len(ruled) == 1
    assert both == ruled


def test_the_same_parties_are_not_bound_twice() -> None:
    text = (
        "Notes\n\nRoscosmos shepherded a satellite for NASA. Later NASA shepherded "
        "a second one with Roscosmos."
    )
    with use_agreement_model(_shepherd_model()):
        found = gold(text)["agreements"]
    assert len(found) == 1


def test_one_party_is_no_agreement() -> None:
    with use_agreement_model(_shepherd_model()):
        assert gold("Notes\n\nRoscosmos shepherded a satellite last year.")["agreements"] == []


def test_the_model_file_round_trips_and_a_malformed_one_is_named() -> None:
    model = _shepherd_model()
    again = AgreementModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    with pytest.raises(InputError, match="agreement model"):
        AgreementModel.from_json({"sentence": model.sentence.to_json()})
    with pytest.raises(InputError, match="agreement model"):
        AgreementModel.from_json({"sentence": {"labels": []}, "party": {}})


def test_the_shipped_model_reads_a_memorandum_no_rule_ties_to_its_parties() -> None:
    model = load_agreement_model()
    assert model is not None
    assert {"MoU", "contract", "NONE"} <= set(model.sentence.labels)
    text = (
        "Notes\n\nThe Kenya Space Agency and OHB discussed a memorandum on satellite data "
        "exchange during the visit."
    )
    with use_agreement_model(None):
        assert gold(text)["agreements"] == []
    (agreement,) = gold(text)["agreements"]
    assert agreement["kind"] == "MoU"
    assert set(agreement["parties"]) == {"Kenya Space Agency", "OHB"}


def test_a_hire_is_one_contract_with_or_without_the_model() -> None:
    text = (
        "The Kenya Space Agency has hired OHB to build two observation satellites. Delivery "
        "is due in 2027."
    )
    for model in (None, load_agreement_model()):
        with use_agreement_model(model):
            (agreement,) = gold(text)["agreements"]
        assert agreement["kind"] == "contract"
        assert set(agreement["parties"]) == {"Kenya Space Agency", "OHB"}


GOLD = """doc: a.txt
entities:
  - {name: Roscosmos, type: Organization}
  - {name: NASA, type: Organization}
  - {name: European Space Agency, type: Organization, aliases: [ESA]}
agreements:
  - title: Roscosmos-NASA contract
    kind: contract
    status: signed
    parties: [Roscosmos, NASA]
    evidence: Roscosmos shepherded a satellite for NASA.
relations: []
"""
DOC = (
    "Roscosmos shepherded a satellite for NASA. ESA praised NASA. "
    "The Roscosmos and NASA contract was praised by ESA.\n"
)


def test_training_labels_sentences_by_evidence_and_parties_by_gold() -> None:
    import yaml

    ctx = _context(DOC)
    examples = document_examples(ctx, yaml.safe_load(GOLD))
    labels = [e.label for e in examples.sentences]
    # the deal sentence, a sentence with no deal; the restatement is left out
    assert labels == ["contract", "NONE"]
    answers = sorted(e.label for e in examples.parties)
    assert answers == ["Y", "Y"]


def _labelled_set(root: Path, name: str) -> tuple[Path, Path]:
    docs, gold_dir = root / name / "docs", root / name / "gold"
    docs.mkdir(parents=True)
    gold_dir.mkdir()
    (docs / "a.txt").write_text(DOC, encoding="utf-8")
    (gold_dir / "a.yaml").write_text(GOLD, encoding="utf-8")
    return gold_dir, docs


def test_training_learns_an_invented_deal_word_and_is_deterministic(tmp_path: Path) -> None:
    import yaml

    ctx = _context(DOC)
    examples = AgreementExamples()
    for _ in range(5):
        examples += document_examples(ctx, yaml.safe_load(GOLD))
    first, second = train(examples), train(examples)
    assert first == second
    with use_agreement_model(first):
        found = gold("Notes\n\nNASA shepherded a probe for Roscosmos in May.")["agreements"]
    assert [set(a["parties"]) for a in found] == [{"NASA", "Roscosmos"}]


def test_train_agreements_writes_a_model_and_cross_validates(tmp_path: Path) -> None:
    g1, d1 = _labelled_set(tmp_path, "one")
    g2, d2 = _labelled_set(tmp_path, "two")
    out = tmp_path / "model.json"
    result = CliRunner().invoke(
        cli,
        [
            "train-agreements",
            *("--gold", str(g1), "--docs", str(d1), "--gold", str(g2), "--docs", str(d2)),
            *("--out", str(out), "--cross-validate"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "agreements:" in result.output and "relations:" in result.output
    assert "one" in result.output and "TOTAL" in result.output
    model = AgreementModel.from_json(json.loads(out.read_text()))
    assert "contract" in model.sentence.labels


def test_train_agreements_names_a_user_mistake(tmp_path: Path) -> None:
    g1, d1 = _labelled_set(tmp_path, "one")
    runner = CliRunner()
    result = runner.invoke(cli, ["train-agreements", "--gold", str(g1), "--docs", str(d1)])
    assert result.exit_code != 0 and "nothing to do" in result.output
    out = tmp_path / "never.json"
    result = runner.invoke(
        cli,
        [
            "train-agreements",
            *("--gold", str(g1), "--gold", str(g1), "--docs", str(d1)),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code != 0 and "one --docs folder for each --gold" in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_eval_rules_only_reads_without_the_agreement_model(tmp_path: Path) -> None:
    g1, d1 = _labelled_set(tmp_path, "one")
    (d1 / "a.txt").write_text(
        "Notes\n\nThe Kenya Space Agency and OHB discussed a memorandum on satellite data "
        "exchange during the visit.\n",
        encoding="utf-8",
    )
    (g1 / "a.yaml").write_text(
        "doc: a.txt\nentities:\n"
        "  - {name: Kenya Space Agency, type: Organization}\n"
        "  - {name: OHB, type: Organization}\n"
        "agreements:\n"
        "  - {title: KSA-OHB memorandum, kind: MoU, status: proposed,"
        " parties: [Kenya Space Agency, OHB], evidence: discussed a memorandum}\n"
        "relations: []\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    args = ["eval", "--gold", str(g1), "--docs", str(d1), "--format", "json"]
    learned = json.loads(runner.invoke(cli, args).output)
    rules = json.loads(runner.invoke(cli, [*args, "--rules-only"]).output)
    assert learned["total"]["agreements"]["recall"] == 1.0
    assert rules["total"]["agreements"]["recall"] == 0.0


def test_a_sentence_states_a_deal_when_its_kinds_together_outweigh_none() -> None:
    """NONE is the single likeliest label, yet the deal kinds share more probability."""
    sentence = LinearModel(
        ("NONE", "contract", "export contract"),
        {"bias": {0: 0.9, 1: 0.7, 2: 0.2}},
        0.5,
    )
    model = AgreementModel(sentence, _shepherd_model().party)
    assert model.sentence.best(["bias"])[0] == "NONE"
    kind, probability = deal_kind(model, ["bias"])
    assert kind == "contract"
    assert probability == pytest.approx(1 - model.sentence.probability(["bias"], "NONE"))
    assert probability > 0.5
