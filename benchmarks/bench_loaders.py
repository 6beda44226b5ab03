"""Loader speed: documents per second for reading alone (the baseline, measured in the same
run) and for reading plus extraction, over the bundled sample corpus and, when present, the
shared seed documents.

    .venv/bin/python benchmarks/bench_loaders.py [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import loaders
from loaders.catalogue import load_catalogue
from loaders.pipeline import document_paths

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO / "loaders" / "data" / "sample", REPO.parent / "shared" / "seeds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = document_paths([p for p in CORPORA if p.is_dir()])
    start = time.perf_counter()
    load_catalogue()
    loaders.extract(loaders.read_document(paths[0]))  # compiles the lexicons once
    warmup = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(args.rounds):
        documents = [loaders.read_document(p) for p in paths]
    reading = (time.perf_counter() - start) / args.rounds

    start = time.perf_counter()
    for _ in range(args.rounds):
        for document in documents:
            loaders.extract(document)
    extracting = (time.perf_counter() - start) / args.rounds

    n = len(paths)
    print(f"documents: {n}, rounds: {args.rounds}")
    print(f"catalogue load and first extraction: {warmup:.2f} s")
    print(f"read only (baseline): {reading:.3f} s  ({n / reading:.0f} docs/s)")
    print(f"extract after reading: {extracting:.3f} s  ({n / extracting:.0f} docs/s)")
    print(f"ratio extract / read: {extracting / reading:.1f}x")


if __name__ == "__main__":
    main()
