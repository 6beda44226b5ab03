"""The analyst notebooks run top to bottom, are stored without outputs, and stay offline.

Each notebook runs in a fresh kernel of this interpreter (a kernel spec written to a temporary
folder, so no user-level Jupyter setup is involved), in a copy of notebooks/ so that saved
files land in a temporary folder, with its own empty embedded database.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from graph.model import Document, Extraction, Node
from graph.stores.base import Store

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = (
    "01_explore.ipynb",
    "02_partner_dependency.ipynb",
    "03_own_knowledge.ipynb",
)
KERNEL = "spacegraph-tests"
CELL_TIMEOUT_S = 120
# A tag that would fetch something from the web (http:, https: or protocol-relative //).
REMOTE_ASSET = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//",
    re.IGNORECASE,
)
STRIP_HINT = (
    "clear the outputs before committing: in Jupyter, Edit > Clear Outputs of All Cells, "
    "then save (see docs/notebooks.md)"
)


def read(name: str) -> Any:
    return nbformat.read(NOTEBOOK_DIR / name, as_version=4)


def test_every_notebook_is_listed() -> None:
    assert sorted(p.name for p in NOTEBOOK_DIR.glob("*.ipynb")) == sorted(NOTEBOOKS)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_stored_without_outputs(name: str) -> None:
    notebook = read(name)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code, f"{name} has no code cells"
    for number, cell in enumerate(code, start=1):
        assert cell.outputs == [], f"{name}: code cell {number} has outputs; {STRIP_HINT}"
        assert cell.execution_count is None, (
            f"{name}: code cell {number} has an execution count; {STRIP_HINT}"
        )


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_never_clears_by_default(name: str) -> None:
    """A user's Neo4j database is only added to unless they ask for it to be emptied."""
    tagged = [c for c in read(name).cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{name}: expected one cell tagged 'parameters'"
    assert "CLEAR_DATABASE_FIRST = False" in tagged[0].source
    clears = [c.source for c in read(name).cells if "store.clear()" in c.source]
    assert clears and all("if CLEAR_DATABASE_FIRST:" in s for s in clears)


# -- running them ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kernel_spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uniquely named kernel spec running ipykernel on the interpreter running the tests.

    It lives in a temporary Jupyter data folder put first on JUPYTER_PATH, so whatever
    kernels the user has registered play no part.
    """
    data = tmp_path_factory.mktemp("jupyter")
    folder = data / "kernels" / KERNEL
    folder.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "spacegraph tests",
        "language": "python",
    }
    (folder / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(
            "JUPYTER_PATH", os.pathsep.join([str(data), os.environ.get("JUPYTER_PATH", "")])
        )
        yield KERNEL


def copy_notebooks(target: Path) -> Path:
    """notebooks/ without anything a previous interactive run left behind."""
    ignore = shutil.ignore_patterns(".spacegraph", "out", ".ipynb_checkpoints", "__pycache__")
    shutil.copytree(NOTEBOOK_DIR, target, ignore=ignore)
    return target


def execute(name: str, workdir: Path, env: dict[str, str], kernel: str) -> Any:
    """Run the notebook in `workdir`; nbclient raises CellExecutionError on any error."""
    notebook = nbformat.read(workdir / name, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=CELL_TIMEOUT_S,
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute(env=env)
    return notebook


def kernel_env(**settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SPACEGRAPH_", "NEO4J_"))}
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    env.update(settings)
    return env


def outputs(notebook: Any, mime: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream" and mime == "text/plain":
                found.append(out.text)
            elif mime in out.get("data", {}):
                found.append(out.data[mime])
    return found


def cell_text(cell: Any) -> str:
    parts = []
    for out in cell.get("outputs", []):
        parts.append(out.get("text", "") or out.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def all_text(notebook: Any) -> str:
    return "\n".join(outputs(notebook, "text/plain") + outputs(notebook, "text/html"))


@pytest.fixture(scope="module")
def executed(
    tmp_path_factory: pytest.TempPathFactory, kernel_spec: str
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every notebook run on the embedded backend, each with its own empty database."""
    workdir = copy_notebooks(tmp_path_factory.mktemp("run") / "notebooks")
    databases = tmp_path_factory.mktemp("databases")
    results = {}
    for name in NOTEBOOKS:
        env = kernel_env(
            SPACEGRAPH_BACKEND="embedded", SPACEGRAPH_DATA_DIR=str(databases / Path(name).stem)
        )
        results[name] = execute(name, workdir, env, kernel_spec)
    yield workdir, results


def test_explore_shows_summary_queries_and_an_offline_view(
    executed: tuple[Path, dict[str, Any]],
) -> None:
    workdir, results = executed
    notebook = results["01_explore.ipynb"]
    text = all_text(notebook)
    assert "embedded (Ladybug) database" in text
    for name in ("Kazakhstan", "Russia", "Baikonur Cosmodrome", "country_partners"):
        assert name in text
    frames = [h for h in outputs(notebook, "text/html") if "<table" in h]
    assert len(frames) >= 5, "summary and query results should show as tables"

    views = [h for h in outputs(notebook, "text/html") if "<iframe" in h and "srcdoc=" in h]
    assert len(views) == 1, "the focused view should be shown inline once"
    page = html.unescape(re.search(r'srcdoc="([^"]*)"', views[0]).group(1))  # type: ignore[union-attr]
    assert "vis-network" in page and "<script" in page
    assert "Baikonur Cosmodrome" in page
    assert not REMOTE_ASSET.search(views[0]) and not REMOTE_ASSET.search(page)

    saved = workdir / "out" / "view_focus.html"
    assert saved.is_file()
    assert "Baikonur Cosmodrome" in saved.read_text(encoding="utf-8")
    assert not REMOTE_ASSET.search(saved.read_text(encoding="utf-8"))


def test_partner_dependency_shows_figures_scenario_and_plots(
    executed: tuple[Path, dict[str, Any]],
) -> None:
    _, results = executed
    notebook = results["02_partner_dependency.ipynb"]
    text = all_text(notebook)
    for needle in ("Kazakhstan", "Russia", "hhi", "effective_partners", "share_after"):
        assert needle in text
    assert "Removed: Russia" in text
    assert len(outputs(notebook, "image/png")) >= 2, "share and trend plots expected"


def test_own_knowledge_shows_curated_facts_in_queries_and_report(
    executed: tuple[Path, dict[str, Any]],
) -> None:
    workdir, results = executed
    notebook = results["03_own_knowledge.ipynb"]
    # The own query runs before and after the facts are loaded: only the second sees them.
    runs = [
        cell_text(cell)
        for cell in notebook.cells
        if cell.cell_type == "code" and '"satellite_suppliers"' in cell.source
    ]
    assert len(runs) == 2
    assert "KazEOSat-1" not in runs[0]
    assert "KazEOSat-1" in runs[1] and "Airbus Defence and Space" in runs[1]
    assert "Guiana Space Centre" in runs[1]
    text = all_text(notebook)
    assert "curated_corroboration" in text and "my_facts.yaml" in text

    report = (workdir / "out" / "dependency_Kazakhstan.html").read_text(encoding="utf-8")
    assert "my_facts.yaml" in report and "KazEOSat satellite supply contract" in report
    assert not REMOTE_ASSET.search(report)


@pytest.mark.neo4j
def test_on_neo4j_notebooks_add_to_the_database_and_keep_what_is_there(
    neo4j_store: Store, kernel_spec: str, tmp_path: Path
) -> None:
    """With NEO4J_URI set the notebooks use Neo4j, and never empty it unless asked."""
    kept = Node("Country", "country:notebook-sentinel", {"name": "Notebook Sentinel"})
    neo4j_store.write([Extraction(Document("notebook-sentinel.txt"), nodes=[kept])])
    workdir = copy_notebooks(tmp_path / "notebooks")
    env = kernel_env(
        **{
            k: v
            for k, v in os.environ.items()
            if k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")
        }
    )
    for name in NOTEBOOKS:
        notebook = execute(name, workdir, env, kernel_spec)
        assert f"Neo4j at {os.environ['NEO4J_URI']}" in all_text(notebook), name
    found = neo4j_store.run(
        "MATCH (c:Country {key: $key}) RETURN c.name AS name", {"key": kept.key}
    ).rows
    assert found == [("Notebook Sentinel",)]
    assert neo4j_store.counts().get("Document", 0) > 1
