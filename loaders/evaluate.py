"""Scoring extractions against gold facts (the schema of the hand-labelled gold files).

- Entities (all types but Agreement, which is scored as agreements): a predicted entity
  matches a gold entity of the same type when one of its names (canonical or alias) equals one
  of the gold entity's names, after folding case, accents, punctuation and a leading "the".
  Matching is one-to-one; canonical-to-canonical pairs are made first.
- Agreements: same (folded) title, or the same set of parties (via the entity matching) and
  the same kind. Status and date are reported for matched agreements.
- Relations: (subject, predicate, object) with both ends mapped through the entity matching;
  PARTY_TO objects through the agreement matching; COOPERATES_WITH is symmetric.

`score` is a pure function of gold and predicted dictionaries; `evaluate_dirs` reads the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.model import InputError
from loaders.text import fold

_NON_WORD = re.compile(r"[\W_]+")


def norm(name: str) -> str:
    """Folded form of a name for matching.

    >>> norm("The Astana Times"), norm("Baikonur  cosmodrome"), norm("Soyuz-5")
    ('astana times', 'baikonur cosmodrome', 'soyuz 5')
    """
    text = _NON_WORD.sub(" ", fold(name).replace("'s ", " ")).strip()
    return text[4:] if text.startswith("the ") else text


@dataclass
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self


@dataclass
class DocScore:
    """The scores of one document, with what was missed and what was extra."""

    doc: str
    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    agreements: Counts = field(default_factory=Counts)
    status_correct: int = 0
    date_correct: int = 0
    published_correct: bool = False
    missed: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Report:
    docs: list[DocScore]

    def total(self, part: str) -> Counts:
        out = Counts()
        for d in self.docs:
            out += getattr(d, part)
        return out

    def table(self) -> str:
        """Per-document and total precision/recall/F1 as aligned text."""
        head = f"{'document':34}" + "".join(
            f"{p:>24}" for p in ("entities P/R/F1", "relations P/R/F1", "agreements P/R/F1")
        )
        lines = [head]
        rows: list[tuple[str, DocScore | None]] = [(d.doc, d) for d in self.docs]
        rows.append(("TOTAL", None))
        for label, d in rows:
            cells = []
            for part in ("entities", "relations", "agreements"):
                c = getattr(d, part) if d else self.total(part)
                cells.append(f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}".rjust(24))
            lines.append(f"{label[:34]:34}" + "".join(cells))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        def counts(c: Counts) -> dict[str, float]:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }

        return {
            "documents": [
                {
                    "doc": d.doc,
                    "entities": counts(d.entities),
                    "relations": counts(d.relations),
                    "agreements": counts(d.agreements),
                    "agreement_status_correct": d.status_correct,
                    "agreement_date_correct": d.date_correct,
                    "published_correct": d.published_correct,
                    "missed": d.missed,
                    "extra": d.extra,
                }
                for d in self.docs
            ],
            "total": {p: counts(self.total(p)) for p in ("entities", "relations", "agreements")},
        }


def _names(entity: dict[str, Any]) -> set[str]:
    names = {norm(str(entity.get("name", "")))}
    names |= {norm(str(a)) for a in entity.get("aliases") or []}
    return {n for n in names if n}


def align_entities(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """One-to-one pairs pred index -> gold index, same type, a shared name."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for tier in range(3):
        for i, p in enumerate(pred):
            if i in pairs:
                continue
            for j, g in enumerate(gold):
                if j in used or p.get("type") != g.get("type"):
                    continue
                pn, gn = norm(str(p["name"])), norm(str(g["name"]))
                if tier == 0:
                    hit = pn == gn
                elif tier == 1:
                    hit = pn in _names(g) or gn in _names(p)
                else:
                    hit = bool(_names(p) & _names(g))
                if hit:
                    pairs[i] = j
                    used.add(j)
                    break
    return pairs


def _entities(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in doc.get("entities") or [] if e.get("type") != "Agreement"]


def score_document(gold: dict[str, Any], pred: dict[str, Any]) -> DocScore:
    """Entity, relation and agreement counts of one predicted document against its gold."""
    result = DocScore(str(gold.get("doc", pred.get("doc", "?"))))
    result.published_correct = (gold.get("published") or None) == (pred.get("published") or None)
    g_ents, p_ents = _entities(gold), _entities(pred)
    pairs = align_entities(g_ents, p_ents)
    result.entities = Counts(len(pairs), len(p_ents) - len(pairs), len(g_ents) - len(pairs))
    result.missed["entities"] = [
        f"{g['type']}:{g['name']}" for j, g in enumerate(g_ents) if j not in pairs.values()
    ]
    result.extra["entities"] = [
        f"{p['type']}:{p['name']}" for i, p in enumerate(p_ents) if i not in pairs
    ]
    to_gold = {norm(str(p_ents[i]["name"])): norm(str(g_ents[j]["name"])) for i, j in pairs.items()}

    def ent(name: str) -> str:
        n = norm(name)
        return to_gold.get(n, "?" + n)

    g_agr = gold.get("agreements") or []
    p_agr = pred.get("agreements") or []
    agr_pairs = _align_agreements(g_agr, p_agr, ent)
    result.agreements = Counts(
        len(agr_pairs), len(p_agr) - len(agr_pairs), len(g_agr) - len(agr_pairs)
    )
    for i, j in agr_pairs.items():
        result.status_correct += p_agr[i].get("status") == g_agr[j].get("status")
        result.date_correct += (p_agr[i].get("date") or None) == (g_agr[j].get("date") or None)
    result.missed["agreements"] = [
        str(g["title"]) for j, g in enumerate(g_agr) if j not in agr_pairs.values()
    ]
    result.extra["agreements"] = [
        str(p["title"]) for i, p in enumerate(p_agr) if i not in agr_pairs
    ]
    agr_to_gold = {
        norm(str(p_agr[i]["title"])): norm(str(g_agr[j]["title"])) for i, j in agr_pairs.items()
    }
    gold_titles = {norm(str(a["title"])) for a in g_agr}

    def obj(predicate: str, name: str, mapped: bool) -> str:
        if predicate == "PARTY_TO":
            n = norm(name)
            return "agreement:" + (agr_to_gold.get(n, "?" + n) if mapped else n)
        return ent(name) if mapped else norm(name)

    def triples(rels: Iterable[dict[str, Any]], mapped: bool) -> set[tuple[str, str, str]]:
        out = set()
        for r in rels:
            p = str(r["predicate"])
            s = ent(str(r["subject"])) if mapped else norm(str(r["subject"]))
            o = obj(p, str(r["object"]), mapped)
            if p == "COOPERATES_WITH":
                s, o = sorted((s, o))
            out.add((s, p, o))
        return out

    g_rel = triples(gold.get("relations") or [], False)
    p_rel = triples(pred.get("relations") or [], True)
    del gold_titles
    result.relations = Counts(len(g_rel & p_rel), len(p_rel - g_rel), len(g_rel - p_rel))
    result.missed["relations"] = sorted(" ".join(t) for t in g_rel - p_rel)
    result.extra["relations"] = sorted(" ".join(t) for t in p_rel - g_rel)
    return result


def _align_agreements(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], ent: Any
) -> dict[int, int]:
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for tier in range(2):
        for i, p in enumerate(pred):
            if i in pairs:
                continue
            parties = {ent(str(x)) for x in p.get("parties") or []}
            for j, g in enumerate(gold):
                if j in used:
                    continue
                if tier == 0:
                    hit = norm(str(p["title"])) == norm(str(g["title"]))
                else:
                    g_parties = {norm(str(x)) for x in g.get("parties") or []}
                    hit = parties == g_parties and p.get("kind") == g.get("kind")
                if hit:
                    pairs[i] = j
                    used.add(j)
                    break
    return pairs


def score(gold_docs: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Report:
    """Score predicted documents against gold documents, paired by their `doc` field; a
    gold document without a prediction counts every gold fact as missed."""
    by_doc = {str(p.get("doc")): p for p in predicted}
    empty: dict[str, Any] = {"entities": [], "relations": [], "agreements": []}
    return Report([score_document(g, by_doc.get(str(g.get("doc")), empty)) for g in gold_docs])


def read_gold_dir(gold_dir: str | Path) -> list[dict[str, Any]]:
    """The gold YAML files of a folder, in name order."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such gold folder")
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        raise InputError(f"{folder}: no gold .yaml files")
    out = []
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InputError(f"{path}: cannot read gold file: {exc}") from None
        if not isinstance(data, dict) or "doc" not in data:
            raise InputError(f"{path}: a gold file is a mapping with a 'doc' field")
        out.append(data)
    return out


def evaluate_dirs(gold_dir: str | Path, docs_dir: str | Path) -> Report:
    """Extract every document a gold file names from `docs_dir` and score it."""
    from loaders.gold import to_gold_format
    from loaders.pipeline import extract
    from loaders.read import read_document

    gold = read_gold_dir(gold_dir)
    folder = Path(docs_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such documents folder")
    predicted = []
    for g in gold:
        path = folder / str(g["doc"])
        if not path.is_file():
            raise InputError(f"{path}: document named by the gold file is missing")
        predicted.append(to_gold_format(extract(read_document(path))))
    return score(gold, predicted)
