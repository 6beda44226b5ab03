"""`spacegraph train-relations` / `train-agreements`: fit the learned readers on labelled sets."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from graph.model import InputError, SpacegraphError

if TYPE_CHECKING:
    from loaders.evaluate import Counts
    from loaders.relation_training import LabelledSet


def _pairs(gold: tuple[str, ...], docs: tuple[str, ...]) -> list[tuple[Path, Path]]:
    if len(gold) != len(docs):
        raise InputError("give one --docs folder for each --gold folder, in the same order")
    return [(Path(g), Path(d)) for g, d in zip(gold, docs, strict=True)]


def _labelled_sets(gold_dirs: tuple[str, ...], docs_dirs: tuple[str, ...]) -> list[LabelledSet]:
    from loaders.relation_training import LabelledSet

    sets = [
        # A set is named by its folder: "blind3/gold" -> "blind3", "heldout" -> "heldout".
        LabelledSet(g.name if g == d else g.parent.name, g, d)
        for g, d in _pairs(gold_dirs, docs_dirs)
    ]
    names = [s.name for s in sets]
    if len(set(names)) != len(names):
        sets = [LabelledSet(str(s.gold), s.gold, s.docs) for s in sets]
    return sets


def _training_options(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        options = [
            click.option(
                "--gold",
                "gold_dirs",
                multiple=True,
                required=True,
                type=click.Path(),
                help="Folder of gold YAML files (repeat, one per labelled set).",
            ),
            click.option(
                "--docs",
                "docs_dirs",
                multiple=True,
                required=True,
                type=click.Path(),
                help="Folder of the documents of the --gold folder in the same position.",
            ),
            click.option("--out", type=click.Path(dir_okay=False), help="Write the model (JSON)."),
            click.option(
                "--cross-validate",
                is_flag=True,
                help=f"Hold out each set in turn and print {what} scores of rules alone and "
                "with a model trained on the other sets.",
            ),
        ]
        for option in reversed(options):
            f = option(f)
        return f

    return decorate


def _write(out: str, model: Any) -> None:
    # No spaces after separators: the shipped weights stay small enough to keep in the tree.
    text = json.dumps(model.to_json(), sort_keys=True, separators=(",", ":"))
    Path(out).write_text(text + "\n")


@click.command("train-relations")
@_training_options("relation")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Probability a learned relation needs to be kept.",
)
def train_relations_command(
    gold_dirs: tuple[str, ...],
    docs_dirs: tuple[str, ...],
    out: str | None,
    cross_validate: bool,
    threshold: float,
) -> None:
    """Train the relation model on labelled sets (gold files in the ../shared/gold schema)."""
    from loaders.relation_training import cross_validate as folds
    from loaders.relation_training import set_examples, train

    if not out and not cross_validate:
        raise click.UsageError("nothing to do: give --out, --cross-validate or both")
    try:
        sets = _labelled_sets(gold_dirs, docs_dirs)
        examples = {}
        for s in sets:
            examples[s.name] = set_examples(s)
            click.echo(f"{s.name}: {len(examples[s.name])} mention pairs", err=True)
        if cross_validate:
            scores = [
                (f.name, f.rules, f.with_model) for f in folds(sets, examples, threshold=threshold)
            ]
            _print_folds("relations", scores)
        if out:
            model = train([e for s in sets for e in examples[s.name]], threshold=threshold)
            _write(out, model)
            click.echo(f"wrote {out}: {len(model.weights)} features, {len(model.labels)} labels")
    except SpacegraphError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("train-agreements")
@_training_options("agreement and relation")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.6,
    show_default=True,
    help="Probability a sentence's agreement kind needs to be kept.",
)
@click.option(
    "--party-threshold",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Probability an entity needs to be kept as a party.",
)
def train_agreements_command(
    gold_dirs: tuple[str, ...],
    docs_dirs: tuple[str, ...],
    out: str | None,
    cross_validate: bool,
    threshold: float,
    party_threshold: float,
) -> None:
    """Train the agreement model on labelled sets (gold files in the ../shared/gold schema)."""
    from loaders.agreement_training import AgreementExamples, set_examples, train
    from loaders.agreement_training import cross_validate as folds

    if not out and not cross_validate:
        raise click.UsageError("nothing to do: give --out, --cross-validate or both")
    options = {"threshold": threshold, "party_threshold": party_threshold}
    try:
        sets = _labelled_sets(gold_dirs, docs_dirs)
        examples = {}
        for s in sets:
            examples[s.name] = set_examples(s)
            found = examples[s.name]
            click.echo(
                f"{s.name}: {len(found.sentences)} sentences, "
                f"{len(found.parties)} candidate parties",
                err=True,
            )
        if cross_validate:
            scores = list(folds(sets, examples, **options))
            for part in ("agreements", "relations"):
                _print_folds(
                    part, [(f.name, f.rules.total(part), f.with_model.total(part)) for f in scores]
                )
        if out:
            everything = AgreementExamples()
            for s in sets:
                everything += examples[s.name]
            model = train(everything, **options)
            _write(out, model)
            click.echo(
                f"wrote {out}: {len(model.sentence.weights)} sentence features, "
                f"{len(model.party.weights)} party features"
            )
    except SpacegraphError as exc:
        raise click.ClickException(str(exc)) from None


def _print_folds(part: str, scores: Iterable[tuple[str, Counts, Counts]]) -> None:
    from loaders.evaluate import Counts

    rules_total, model_total = Counts(), Counts()
    click.echo(f"{part}:")
    click.echo(f"{'held-out set':24}{'rules P/R/F1':>20}{'rules+model P/R/F1':>24}")
    for name, rules, learned in scores:
        rules_total += rules
        model_total += learned
        click.echo(f"{name[:24]:24}{_prf(rules):>20}{_prf(learned):>24}")
    click.echo(f"{'TOTAL':24}{_prf(rules_total):>20}{_prf(model_total):>24}")


def _prf(c: Counts) -> str:
    return f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}"


COMMANDS: list[click.Command] = [train_relations_command, train_agreements_command]
