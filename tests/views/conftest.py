"""Fixtures for view and export tests: the sample network, a store holding it, Chromium.

Browser tests need Debian's chromium and chromedriver (`scripts/ensure-chromium` installs
them; `make test` runs it). Without them the browser tests fail with that instruction,
unless SPACEGRAPH_SKIP_BROWSER=1 asks to skip them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.stores.embedded import EmbeddedStore
from tests.views.sample_network import sample_extractions, sample_graph

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1500,950",
)


@pytest.fixture(scope="session")
def artifacts_dir(repo_root: Path) -> Path:
    """Git-ignored folder for screenshots and pages worth looking at after a run."""
    path = repo_root / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def network() -> nx.MultiDiGraph:
    """The hand-written sample network as a projection (fresh per test: tests may mutate)."""
    return sample_graph()


@pytest.fixture(scope="session")
def sample_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded database folder holding the sample network (closed: the CLI opens it)."""
    folder = tmp_path_factory.mktemp("sample-db")
    with EmbeddedStore(folder) as store:
        store.write(sample_extractions())
    return folder


@pytest.fixture(scope="session")
def chrome_driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Debian Chromium through chromedriver, with console and network logging."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        if os.environ.get("SPACEGRAPH_SKIP_BROWSER") == "1":
            pytest.skip("SPACEGRAPH_SKIP_BROWSER=1: browser tests skipped on request")
        pytest.fail(
            f"{' and '.join(missing)} not found: run scripts/ensure-chromium (installs Debian's "
            "chromium and chromium-driver), or set SPACEGRAPH_SKIP_BROWSER=1 to skip browser tests"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tmp_path_factory.mktemp("chromium-profile")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    # Record alerts instead of showing them: an injected alert() must leave a trace.
    driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {
            "source": "window.__alerts = [];"
            "window.alert = function (m) { window.__alerts.push(String(m)); };"
        },
    )
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
