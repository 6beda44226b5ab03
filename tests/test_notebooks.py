"""The analyst notebooks run top to bottom, are stored without outputs, and stay offline.

Each notebook runs in a fresh kernel of this interpreter (a kernel spec written to a temporary
folder, so no user-level Jupyter setup is involved), in a copy of notebooks/ so that saved
files land in a temporary folder, with its own empty embedded database.
"""

from __future__ import annotations

import ast
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
# What notebooks may import of spacegraph: the facade and the packages' front modules.
PUBLIC_MODULES = ("graph", "graph.api", "graph.analysis", "graph.packs", "graph.views")
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


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_uses_only_the_public_api(name: str) -> None:
    for cell in read(name).cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            modules = []
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            for module in modules:
                if module.split(".")[0] in ("graph", "loaders"):
                    assert module in PUBLIC_MODULES, (
                        f"{name} imports {module}; use one of {', '.join(PUBLIC_MODULES)}"
                    )


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


def check_explore(workdir: Path, notebook: Any) -> None:
    """Summary and query tables, and the focused view inline and saved, both offline."""
    text = all_text(notebook)
    for name in ("Kazakhstan", "Russia", "Baikonur Cosmodrome", "country_partners"):
        assert name in text
    tables = [h for h in outputs(notebook, "text/html") if "<table" in h]
    assert len(tables) >= 5, "summary and query results should show as tables"

    views = [h for h in outputs(notebook, "text/html") if "<iframe" in h and "srcdoc=" in h]
    assert len(views) == 1, "the focused view should be shown inline once"
    srcdoc = re.search(r'srcdoc="([^"]*)"', views[0])
    assert srcdoc is not None
    page = html.unescape(srcdoc.group(1))
    assert "vis-network" in page and "<script" in page and "Baikonur Cosmodrome" in page
    assert not REMOTE_ASSET.search(views[0]) and not REMOTE_ASSET.search(page)

    saved = (workdir / "out" / "view_focus.html").read_text(encoding="utf-8")
    assert "Baikonur Cosmodrome" in saved and "<script" in saved
    assert not REMOTE_ASSET.search(saved)


def check_dependency(workdir: Path, notebook: Any) -> None:
    """Shares, concentration, sole providers, the Russia scenario, and two plots."""
    text = all_text(notebook)
    for needle in ("hhi", "effective_partners", "sole provider", "share_after"):
        assert needle in text
    assert "Kazakhstan: " in text and "Removed: Russia" in text
    assert len(outputs(notebook, "image/png")) >= 2, "share and trend plots expected"


def check_own_knowledge(workdir: Path, notebook: Any) -> None:
    """The own query sees the curated facts once loaded; the report cites the file."""
    runs = [
        cell_text(cell)
        for cell in notebook.cells
        if cell.cell_type == "code" and '"satellite_suppliers"' in cell.source
    ]
    assert len(runs) == 2, "the own query should run before and after loading the facts"
    assert runs[0] != runs[1], "loading my_facts.yaml should change the own query's rows"
    for name in ("KazEOSat-1", "KazEOSat-2", "Airbus Defence and Space", "Guiana Space Centre"):
        assert name in runs[1]
    corroboration = [
        cell_text(cell)
        for cell in notebook.cells
        if cell.cell_type == "code" and '"curated_corroboration"' in cell.source
    ]
    assert len(corroboration) == 1 and "my_facts.yaml" in corroboration[0]
    assert "OPERATES|organization:kazakhstan-garysh-sapary|program:kazeosat-2|" in (
        "".join(outputs(notebook, "text/html"))
    )

    report = (workdir / "out" / "dependency_Kazakhstan.html").read_text(encoding="utf-8")
    assert "my_facts.yaml" in report and "KazEOSat satellite supply contract" in report
    assert not REMOTE_ASSET.search(report)


CHECKS = {
    "01_explore.ipynb": check_explore,
    "02_partner_dependency.ipynb": check_dependency,
    "03_own_knowledge.ipynb": check_own_knowledge,
}


@pytest.fixture(scope="module")
def embedded_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_notebooks(tmp_path_factory.mktemp("embedded") / "notebooks")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_runs_on_the_embedded_database(
    name: str, embedded_workdir: Path, kernel_spec: str, tmp_path: Path
) -> None:
    env = kernel_env(SPACEGRAPH_BACKEND="embedded", SPACEGRAPH_DATA_DIR=str(tmp_path / "db"))
    notebook = execute(name, embedded_workdir, env, kernel_spec)
    assert "embedded (Ladybug) database" in all_text(notebook)
    CHECKS[name](embedded_workdir, notebook)


@pytest.mark.neo4j
def test_runs_on_neo4j_adding_to_what_is_there(
    neo4j_store: Store, kernel_spec: str, tmp_path: Path
) -> None:
    """With NEO4J_URI set the notebooks use Neo4j, and never empty it unless asked."""
    kept = Node("Country", "country:notebook-sentinel", {"name": "Notebook Sentinel"})
    neo4j_store.write([Extraction(Document("notebook-sentinel.txt"), nodes=[kept])])
    workdir = copy_notebooks(tmp_path / "notebooks")
    server = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")
    env = kernel_env(**{k: v for k, v in os.environ.items() if k in server})
    env["SPACEGRAPH_DATA_DIR"] = str(tmp_path / "unused")  # no temporary folder left behind
    for name in NOTEBOOKS:
        notebook = execute(name, workdir, env, kernel_spec)
        assert f"Neo4j at {os.environ['NEO4J_URI']}" in all_text(notebook), name
        CHECKS[name](workdir, notebook)
    found = neo4j_store.run(
        "MATCH (c:Country {key: $key}) RETURN c.name AS name", {"key": kept.key}
    ).rows
    assert found == [("Notebook Sentinel",)], "a notebook emptied the user's database"
