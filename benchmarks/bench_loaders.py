"""Loader speed and memory on a generated corpus of a few thousand articles.

For each corpus size, each way of running the loaders is measured in a fresh child process, so
its peak resident memory (ru_maxrss) belongs to that run alone (two children run at a time on
two CPUs or more; --jobs 1 for one at a time):

  read         read and decode every document, nothing more: the baseline of the same run
  stream       the product path (graph/pipeline.py): read, extract, keep counts, next document
  all-at-once  the naive contrast: read every document into a list, then extract them all
  load         graph.pipeline.load_into an embedded database: the end-to-end figure, at one
               smaller size (--load-size) as it runs at a few documents per second

Throughput is in documents and in MB (10^6 bytes of files on disk) per second, after a warm-up
(imports, catalogue, one extraction) that is not timed; CPU time is shown next to wall time, as
it holds steady when other work shares the machine. Streaming keeps memory flat: its peak
should not grow with the corpus, while all-at-once grows with it.

    .venv/bin/python benchmarks/bench_loaders.py                  # 500, 1000, 2000, 4000 (~7 min)
    .venv/bin/python benchmarks/bench_loaders.py --quick          # 100, 200, 400 (~40 s)
    .venv/bin/python benchmarks/bench_loaders.py --sizes 300,3000 --load-size 0 --seed 3
    .venv/bin/python benchmarks/bench_loaders.py --corpus ../shared/seeds   # given folders
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import write_corpus

MODES = ("read", "stream", "stream-rules", "all-at-once", "load")
CHILD_FLAG = "--measure-in-child"
DEFAULT_SIZES = (500, 1000, 2000, 4000)
QUICK_SIZES = (100, 200, 400)
# Loading into the database runs at a few documents per second: measured at one small size.
DEFAULT_LOAD_SIZE = 200
QUICK_LOAD_SIZE = 50
# Peak memory of stream mode may grow this much from the smallest to the largest corpus and
# still count as flat (allocator noise, interned strings, the odd larger document).
FLAT_GROWTH = 0.10
WARM_UP_TEXT = "Roscosmos and NASA signed an agreement on the International Space Station in 2020."


@dataclass(frozen=True)
class Run:
    """What one child process measured."""

    mode: str
    documents: int
    bytes: int
    seconds: float
    cpu_seconds: float
    warm_up_seconds: float
    start_rss_kb: int
    peak_rss_kb: int
    nodes: int
    relationships: int

    @property
    def megabytes(self) -> float:
        return self.bytes / 1e6

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds

    @property
    def docs_per_cpu_second(self) -> float:
        return self.documents / self.cpu_seconds

    @property
    def peak_mb(self) -> float:
        return self.peak_rss_kb * 1024 / 1e6  # ru_maxrss is in KiB on Linux

    @property
    def start_mb(self) -> float:
        return self.start_rss_kb * 1024 / 1e6


# -- child process: one mode over one corpus ---------------------------------------------------


def _peak_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _warm_up() -> None:
    """Imports, the catalogue and the compiled lexicons: paid once per process, timed apart."""
    import loaders
    from graph.model import Document

    loaders.extract(Document(doc_id="warm-up.txt", text=WARM_UP_TEXT))


def _read_only(paths: list[Path], folders: list[str]) -> tuple[int, int]:
    import loaders

    for path in paths:
        loaders.read_document(path)
    return 0, 0


def _stream(paths: list[Path], folders: list[str]) -> tuple[int, int]:
    """As graph/pipeline.py load_into does: one document at a time, only counts kept."""
    import loaders

    nodes = relationships = 0
    for path in paths:
        extraction = loaders.extract(loaders.read_document(path))
        nodes += len(extraction.nodes)
        relationships += len(extraction.relationships)
    return nodes, relationships


def _stream_rules_only(paths: list[Path], folders: list[str]) -> tuple[int, int]:
    """`stream` without the learned relation and agreement readers: what the models cost."""
    from loaders.agreement_model import use_agreement_model
    from loaders.relation_model import use_relation_model

    with use_relation_model(None), use_agreement_model(None):
        return _stream(paths, folders)


def _all_at_once(paths: list[Path], folders: list[str]) -> tuple[int, int]:
    import loaders

    documents = [loaders.read_document(path) for path in paths]
    extractions = [loaders.extract(document) for document in documents]
    return sum(len(e.nodes) for e in extractions), sum(len(e.relationships) for e in extractions)


def _load(paths: list[Path], folders: list[str]) -> tuple[int, int]:
    from graph.pipeline import load_into
    from graph.stores.embedded import EmbeddedStore

    with (
        tempfile.TemporaryDirectory(prefix="bench-loaders-db-") as data_dir,
        EmbeddedStore(data_dir) as store,
    ):
        summary = load_into(store, folders)
    if summary.errors:
        raise RuntimeError(f"load skipped {len(summary.errors)} file(s): {summary.errors[0]}")
    return summary.nodes, summary.relationships


WORK: dict[str, Callable[[list[Path], list[str]], tuple[int, int]]] = {
    "read": _read_only,
    "stream": _stream,
    "stream-rules": _stream_rules_only,
    "all-at-once": _all_at_once,
    "load": _load,
}


def measure_here(mode: str, folders: list[str]) -> Run:
    """Run `mode` over `folders` in this process (a fresh child) and measure it."""
    # Every mode imports the database engine up front, so start-up memory compares across modes.
    from graph.stores import embedded  # noqa: F401
    from loaders.pipeline import document_paths

    start = time.perf_counter()
    _warm_up()
    warm_up_seconds = time.perf_counter() - start
    paths = document_paths(list(folders))
    start_rss_kb = _peak_rss_kb()
    start, start_cpu = time.perf_counter(), time.process_time()
    nodes, relationships = WORK[mode](paths, folders)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    return Run(
        mode=mode,
        documents=len(paths),
        bytes=sum(p.stat().st_size for p in paths),
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        warm_up_seconds=warm_up_seconds,
        start_rss_kb=start_rss_kb,
        peak_rss_kb=_peak_rss_kb(),
        nodes=nodes,
        relationships=relationships,
    )


# -- parent process: corpora, children, report -------------------------------------------------


class ChildFailed(Exception):
    """A measuring child process exited with an error (its last stderr line is the message)."""


def measure_in_child(mode: str, folders: Sequence[Path]) -> Run:
    where = ", ".join(p.name for p in folders)
    print(f"measuring {mode} on {where} ...", file=sys.stderr, flush=True)
    command = [sys.executable, __file__, CHILD_FLAG, mode, *map(str, folders)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise ChildFailed(f"{mode} run on {where} failed: {last}")
    return Run(**json.loads(done.stdout))


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected sizes like 500,1000,2000; got {text!r}"
        ) from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive document counts; got {text!r}")
    return sizes


def generate_corpora(root: Path, sizes: list[int], seed: int) -> dict[int, Path]:
    """One folder per size; each corpus is the first N articles of the same seed."""
    folders = {}
    for size in sizes:
        folders[size] = root / f"{size:05d}-documents"
        written = write_corpus(folders[size], size, seed)
        print(
            f"corpus: {size} documents, {written.bytes / 1e6:.1f} MB in {folders[size]}",
            file=sys.stderr,
        )
    return folders


def plan(sizes: list[int], load_size: int) -> dict[int, list[str]]:
    """Modes to run per corpus size; the load size gets its own read baseline if need be."""
    modes = {size: ["read", "stream", "stream-rules", "all-at-once"] for size in sizes}
    if load_size > 0:
        modes.setdefault(load_size, ["read"]).append("load")
    return dict(sorted(modes.items()))


def print_tables(runs: list[Run]) -> None:
    header = (
        f"{'documents':>9} {'MB':>6} {'seconds':>8} {'docs/s':>7} {'MB/s':>6} {'CPU s':>7} "
        f"{'docs/CPU-s':>10} "
        f"{'start RSS MB':>12} {'peak RSS MB':>11} {'nodes':>8} {'relationships':>13}"
    )
    for mode in MODES:
        rows = [r for r in runs if r.mode == mode]
        if not rows:
            continue
        print(f"\n{mode}")
        print(header)
        for r in rows:
            print(
                f"{r.documents:>9} {r.megabytes:>6.2f} {r.seconds:>8.2f} "
                f"{r.docs_per_second:>7.1f} {r.mb_per_second:>6.3f} {r.cpu_seconds:>7.2f} "
                f"{r.docs_per_cpu_second:>10.1f} {r.start_mb:>12.0f} "
                f"{r.peak_mb:>11.0f} {r.nodes:>8} {r.relationships:>13}"
            )
    print(
        "\nseconds: wall time; CPU s: CPU time of the measuring process (all its threads), the"
        "\n  steadier figure when other work shares the machine."
        "\nnodes, relationships: records extracted; for load, those written to the database"
        "\n  (Document and Evidence included)."
        "\nRSS: resident memory of the child process; load's is mostly the database engine's"
        "\n  buffer pool."
    )


def _by_size(runs: list[Run], mode: str) -> list[Run]:
    return sorted((r for r in runs if r.mode == mode), key=lambda r: r.documents)


def growth(runs: list[Run], mode: str) -> tuple[Run, Run] | None:
    """(smallest, largest) runs of a mode, when it ran at two sizes or more."""
    rows = _by_size(runs, mode)
    return (rows[0], rows[-1]) if len(rows) > 1 else None


def print_ratios(runs: list[Run]) -> None:
    print("\nthroughput against the read-only baseline (same corpus, same run; CPU time)")
    baseline = {r.documents: r for r in runs if r.mode == "read"}
    for mode in ("stream", "stream-rules", "all-at-once", "load"):
        for r in _by_size(runs, mode):
            base = baseline[r.documents]
            print(
                f"  {mode:<11} {r.documents:>5} documents: {r.docs_per_cpu_second:6.1f} docs/CPU-s"
                f" = read {base.docs_per_cpu_second:6.1f} / {r.cpu_seconds / base.cpu_seconds:5.1f}"
            )
    rules_only = {r.documents: r for r in runs if r.mode == "stream-rules"}
    for r in _by_size(runs, "stream"):
        if r.documents in rules_only:
            base = rules_only[r.documents]
            print(
                f"  learned readers, {r.documents:>5} documents: stream CPU / "
                f"stream-rules CPU = {r.cpu_seconds / base.cpu_seconds:5.2f}"
            )
    pairs = [(mode, growth(runs, mode)) for mode in MODES]
    if any(pair for _, pair in pairs):
        print("\npeak RSS, largest corpus / smallest (memory above start-up in brackets)")
    for mode, pair in pairs:
        if pair:
            small, large = pair
            above_small, above_large = (
                small.peak_mb - small.start_mb,
                large.peak_mb - large.start_mb,
            )
            print(
                f"  {mode:<11} {large.peak_mb / small.peak_mb:5.2f}x  "
                f"({small.peak_mb:.0f} -> {large.peak_mb:.0f} MB; "
                f"above start-up {above_small:.0f} -> {above_large:.0f} MB) "
                f"for {small.documents} -> {large.documents} documents"
            )


def verdict(runs: list[Run]) -> str | None:
    pair = growth(runs, "stream")
    if not pair:
        return None
    small, large = pair
    grew = large.peak_mb / small.peak_mb - 1
    state = "flat" if grew <= FLAT_GROWTH else "NOT flat"
    line = (
        f"memory {state}: stream peak grew {grew:.0%} from {small.documents} to "
        f"{large.documents} documents ({large.documents / small.documents:.0f}x the documents)"
    )
    contrast = growth(runs, "all-at-once")
    if contrast:
        line += f"; all-at-once grew {contrast[1].peak_mb / contrast[0].peak_mb - 1:.0%}"
    return line


def run_benchmark(
    corpora: dict[int, list[Path]], modes: dict[int, list[str]], runs: list[Run], jobs: int
) -> None:
    """Measure every planned (size, mode), `jobs` children at a time, appending to `runs` in
    plan order as results come in."""
    tasks = [(mode, folders) for size, folders in corpora.items() for mode in modes[size]]
    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        runs.extend(pool.map(lambda task: measure_in_child(*task), tasks))
    finally:
        pool.shutdown(cancel_futures=True)


def report(runs: list[Run]) -> None:
    warm_up = max(r.warm_up_seconds for r in runs)
    print(f"\nper-process warm-up (imports, catalogue, lexicons): up to {warm_up:.1f} s, not timed")
    print_tables(runs)
    print_ratios(runs)
    line = verdict(runs)
    if line:
        print(f"\n{line}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="Comma-separated corpus sizes in documents (default 500,1000,2000,4000).",
    )
    parser.add_argument("--seed", type=int, default=0, help="Seed of the generated corpus.")
    parser.add_argument(
        "--load-size",
        type=int,
        default=None,
        help=f"Documents loaded into the embedded database (default {DEFAULT_LOAD_SIZE}, "
        f"--quick {QUICK_LOAD_SIZE}; 0: skip).",
    )
    parser.add_argument("--quick", action="store_true", help="Sizes 100,200,400 (about a minute).")
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="Children measuring at once (default: 2 on two or more CPUs). CPU time and memory"
        " are per child either way; --jobs 1 keeps wall times free of the benchmark's own load.",
    )
    parser.add_argument("--out", type=Path, help="Write the generated corpora here and keep them.")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="Measure these folders (repeatable) as one corpus instead of generated ones.",
    )
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    sizes = list(QUICK_SIZES) if args.quick else args.sizes
    load_size = args.load_size
    if load_size is None:
        load_size = QUICK_LOAD_SIZE if args.quick else DEFAULT_LOAD_SIZE

    if args.out and args.out.is_dir() and any(args.out.iterdir()):
        parser.error(f"--out {args.out} is not empty; give a new or empty folder")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    missing = [str(p) for p in args.corpus or () if not p.is_dir()]
    if missing:
        parser.error(f"no such folder: {', '.join(missing)}")

    started, load_at_start = time.perf_counter(), os.getloadavg()[0]
    runs: list[Run] = []
    failure = None
    with tempfile.TemporaryDirectory(prefix="bench-loaders-") as scratch:
        try:
            if args.corpus:
                modes = {0: [m for m in MODES if load_size > 0 or m != "load"]}
                run_benchmark({0: args.corpus}, modes, runs, args.jobs)
            else:
                modes = plan(sizes, load_size)
                folders = generate_corpora(args.out or Path(scratch), list(modes), args.seed)
                run_benchmark({s: [f] for s, f in folders.items()}, modes, runs, args.jobs)
        except ChildFailed as exc:
            failure = str(exc)  # report what was measured before the failure, then fail
    if runs:
        report(runs)
    print(
        f"\ntotal wall time {time.perf_counter() - started:.0f} s; load average "
        f"{load_at_start:.1f} at start, {os.getloadavg()[0]:.1f} at end, {os.cpu_count()} CPUs"
    )
    if failure:
        raise SystemExit(f"bench_loaders: {failure}")


if __name__ == "__main__":
    if sys.argv[1:2] == [CHILD_FLAG]:
        mode, *folders = sys.argv[2:]
        print(json.dumps(asdict(measure_here(mode, folders))))
    else:
        main()
