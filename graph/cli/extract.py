"""`spacegraph extract` and `spacegraph eval`: run the loaders on documents, score them."""

from __future__ import annotations

import json
from typing import Any

import click

from graph.cli.options import format_option
from graph.model import SpacegraphError


def _table(doc: dict[str, Any]) -> str:
    lines = [f"== {doc['doc']}  (published: {doc['published'] or 'not stated'})"]
    lines.append(f"-- entities ({len(doc['entities'])})")
    for e in doc["entities"]:
        kind = e["type"] + (f"/{e['subtype']}" if e.get("subtype") else "")
        extra = f"  role: {e['role']}" if e.get("role") else ""
        aliases = f"  aka {', '.join(e['aliases'])}" if e.get("aliases") else ""
        lines.append(f"   {kind:32} {e['name']}{extra}{aliases}")
    lines.append(f"-- relations ({len(doc['relations'])})")
    for r in doc["relations"]:
        lines.append(f"   {r['subject']} -[{r['predicate']}]-> {r['object']}")
    lines.append(f"-- agreements ({len(doc['agreements'])})")
    for a in doc["agreements"]:
        lines.append(
            f"   {a['title']}  [{a['kind']}, {a['status']}, {a['date'] or 'no date'}]  "
            f"parties: {'; '.join(a['parties'])}"
            + (f"  about: {'; '.join(a['about'])}" if a["about"] else "")
        )
    lines.append(f"-- claims ({len(doc['claims'])})")
    for c in doc["claims"]:
        lines.append(f"   {c['subject']}: {c['attribute']} = {c['value']}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@format_option("table", "json")
def extract_command(files: tuple[str, ...], fmt: str) -> None:
    """Extract entities, relations, agreements and claims from documents.

    FILES are .txt, .md or .html documents, or folders of them. Every fact comes with its
    evidence (sentence and character span in the cleaned text).
    """
    import loaders

    try:
        docs = [loaders.to_gold_format(x) for x in loaders.load_paths(list(files))]
    except SpacegraphError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(docs, ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join(_table(d) for d in docs))


@click.command("eval")
@click.option(
    "--gold", "gold_dir", required=True, type=click.Path(), help="Folder of gold YAML files."
)
@click.option(
    "--docs", "docs_dir", required=True, type=click.Path(), help="Folder of the documents."
)
@click.option("--details", is_flag=True, help="List missed and extra facts per document.")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit with status 2 when the total entity, relation or agreement F1 is below this.",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Read without the learned relation and agreement models, to see what they add.",
)
@format_option("table", "json")
def eval_command(
    gold_dir: str,
    docs_dir: str,
    details: bool,
    fail_under: float | None,
    rules_only: bool,
    fmt: str,
) -> None:
    """Score the loaders against gold facts: precision, recall and F1 of entities, relations
    and agreements (matched by canonical name or alias, type-aware)."""
    from loaders.agreement_model import active_agreement_model, use_agreement_model
    from loaders.evaluate import evaluate_dirs
    from loaders.relation_model import active_relation_model, use_relation_model

    try:
        with (
            use_relation_model(None if rules_only else active_relation_model()),
            use_agreement_model(None if rules_only else active_agreement_model()),
        ):
            report = evaluate_dirs(gold_dir, docs_dir)
    except SpacegraphError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.table())
        if details:
            for d in report.docs:
                for part in ("entities", "relations", "agreements"):
                    for item in d.missed.get(part, []):
                        click.echo(f"{d.doc}  missed {part[:-1]}: {item}")
                    for item in d.extra.get(part, []):
                        click.echo(f"{d.doc}  extra {part[:-1]}: {item}")
    if fail_under is not None:
        worst = min(report.total(p).f1 for p in ("entities", "relations", "agreements"))
        if worst < fail_under:
            raise click.exceptions.Exit(2)


COMMANDS: list[click.Command] = [extract_command, eval_command]
