"""`spacegraph train-relations`: fit the learned relation reader on hand-labelled sets."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from graph.model import InputError, SpacegraphError

if TYPE_CHECKING:
    from loaders.evaluate import Counts
    from loaders.relation_training import FoldScore


def _pairs(gold: tuple[str, ...], docs: tuple[str, ...]) -> list[tuple[Path, Path]]:
    if len(gold) != len(docs):
        raise InputError("give one --docs folder for each --gold folder, in the same order")
    return [(Path(g), Path(d)) for g, d in zip(gold, docs, strict=True)]


@click.command("train-relations")
@click.option(
    "--gold",
    "gold_dirs",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Folder of gold YAML files (repeat, one per labelled set).",
)
@click.option(
    "--docs",
    "docs_dirs",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Folder of the documents of the --gold folder in the same position.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write the model here (JSON).")
@click.option(
    "--cross-validate",
    is_flag=True,
    help="Hold out each set in turn and print relation scores of rules alone and with a "
    "model trained on the other sets.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Probability a learned relation needs to be kept.",
)
def train_command(
    gold_dirs: tuple[str, ...],
    docs_dirs: tuple[str, ...],
    out: str | None,
    cross_validate: bool,
    threshold: float,
) -> None:
    """Train the relation model on labelled sets (gold files in the ../shared/gold schema)."""
    from loaders.relation_training import LabelledSet, set_examples, train
    from loaders.relation_training import cross_validate as folds

    if not out and not cross_validate:
        raise click.UsageError("nothing to do: give --out, --cross-validate or both")
    try:
        sets = [
            # A set is named by its folder: "blind3/gold" -> "blind3", "heldout" -> "heldout".
            LabelledSet(g.name if g == d else g.parent.name, g, d)
            for g, d in _pairs(gold_dirs, docs_dirs)
        ]
        names = [s.name for s in sets]
        if len(set(names)) != len(names):
            sets = [LabelledSet(str(s.gold), s.gold, s.docs) for s in sets]
        examples = {}
        for s in sets:
            examples[s.name] = set_examples(s)
            click.echo(f"{s.name}: {len(examples[s.name])} mention pairs", err=True)
        if cross_validate:
            _print_folds(folds(sets, examples, threshold=threshold))
        if out:
            model = train([e for s in sets for e in examples[s.name]], threshold=threshold)
            Path(out).write_text(json.dumps(model.to_json(), sort_keys=True) + "\n")
            click.echo(f"wrote {out}: {len(model.weights)} features, {len(model.labels)} labels")
    except SpacegraphError as exc:
        raise click.ClickException(str(exc)) from None


def _print_folds(scores: Iterable[FoldScore]) -> None:
    from loaders.evaluate import Counts

    rules_total, model_total = Counts(), Counts()
    click.echo(f"{'held-out set':24}{'rules P/R/F1':>20}{'rules+model P/R/F1':>24}")
    for fold in scores:
        rules_total += fold.rules
        model_total += fold.with_model
        click.echo(f"{fold.name[:24]:24}{_prf(fold.rules):>20}{_prf(fold.with_model):>24}")
    click.echo(f"{'TOTAL':24}{_prf(rules_total):>20}{_prf(model_total):>24}")


def _prf(c: Counts) -> str:
    return f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}"


COMMANDS: list[click.Command] = [train_command]
