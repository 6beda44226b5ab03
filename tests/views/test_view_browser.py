"""The generated page in real headless Chromium: offline, correct, searchable, and inert
to markup in the data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from benchmarks.synthetic import synthetic_graph
from graph.model.records import node_key
from graph.views import render_html, show_inline, write_view
from tests.views.browser import PageRun, open_page, wait_for
from tests.views.sample_network import HOSTILE_NAME, HOSTILE_SENTENCE, HOSTILE_TITLE

pytestmark = pytest.mark.browser

BAIKONUR = node_key("Facility", "Baikonur Cosmodrome")
HOSTILE_KEY = node_key("Organization", HOSTILE_NAME)


@pytest.fixture
def sample_page(network: nx.MultiDiGraph, tmp_path: Path) -> Path:
    return write_view(network, tmp_path / "view.html", title="Sample network")


@pytest.fixture
def page(chrome_driver: Any, sample_page: Path) -> PageRun:
    return open_page(chrome_driver, sample_page)


def _no_alert(driver: Any) -> None:
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return
    text = alert.text
    alert.dismiss()
    raise AssertionError(f"an alert fired: {text!r}")


def test_page_is_offline_and_clean(
    page: PageRun, network: nx.MultiDiGraph, artifacts_dir: Path
) -> None:
    nodes_in_page = page.js("return spacegraphView.nodes.length")
    drawn = page.js("return spacegraphView.network.body.nodeIndices.length")
    edges_in_page = page.js("return spacegraphView.edges.length")
    assert nodes_in_page == drawn == network.number_of_nodes()
    assert edges_in_page == network.number_of_edges()
    page.driver.save_screenshot(str(artifacts_dir / "view.png"))
    assert page.foreign_requests() == []
    assert [r.url for r in page.requests if r.url.startswith("file://")] == [page.url]
    assert page.problems() == []


def test_physics_stops_after_stabilising_and_can_resume(page: PageRun) -> None:
    assert page.js("return spacegraphView.network.physics.physicsEnabled") is False
    button = page.driver.find_element(By.ID, "sg-physics")
    assert button.text == "Resume layout"
    button.click()
    assert page.js("return spacegraphView.network.physics.physicsEnabled") is True
    assert button.text == "Freeze layout"
    button.click()
    assert page.js("return spacegraphView.network.physics.physicsEnabled") is False


def _search(page: PageRun, text: str) -> list[str]:
    box = page.driver.find_element(By.ID, "sg-search")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)
    return list(page.js("return spacegraphView.network.getSelectedNodes()"))


def test_search_focuses_node_by_name_and_alias(page: PageRun) -> None:
    assert _search(page, "Baikonur") == [BAIKONUR]
    details = page.driver.find_element(By.ID, "sg-details")
    assert details.is_displayed()
    assert "Baikonur Cosmodrome" in details.text
    assert "Kazakhstan leases the Baikonur Cosmodrome to Russia" in details.text
    assert "Space cooperation digest" in details.text  # the evidence's document
    # Aliases in other scripts and abbreviations find their node too.
    assert _search(page, "Байқоңыр") == [BAIKONUR]
    assert _search(page, "tua") == [node_key("Organization", "Turkish Space Agency")]
    wait_for(page.driver, "return spacegraphView.network.getScale() >= 1.09")


def test_markup_in_data_is_shown_as_text(page: PageRun) -> None:
    driver = page.driver
    assert (
        page.js("return spacegraphView.nodes.get(arguments[0]).label", HOSTILE_KEY) == HOSTILE_NAME
    )
    assert _search(page, "<img src=x") == [HOSTILE_KEY]
    details = driver.find_element(By.ID, "sg-details-body")
    text = details.get_attribute("textContent")
    assert HOSTILE_NAME in text
    assert HOSTILE_SENTENCE in text
    assert HOSTILE_TITLE in text
    # Hover the node itself: the tooltip shows the same literal text.
    driver.find_element(By.ID, "sg-details-close").click()
    x, y = page.js(
        "var v = spacegraphView.network;"
        "var p = v.canvasToDOM(v.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        HOSTILE_KEY,
    )
    canvas = driver.find_element(By.CSS_SELECTOR, "#sg-network canvas")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).perform()
    wait_for(driver, "return !document.getElementById('sg-tooltip').hidden")
    tooltip = driver.find_element(By.ID, "sg-tooltip").get_attribute("textContent")
    assert HOSTILE_NAME in tooltip
    assert HOSTILE_SENTENCE[:40] in tooltip
    # Nothing was parsed as HTML: no injected element, no extra script, no alert.
    assert page.js("return document.querySelectorAll('img, b, i').length") == 0
    assert page.js("return document.scripts.length") == 3
    assert page.js("return window.__alerts") == []
    _no_alert(driver)
    assert page.foreign_requests() == []
    assert page.problems() == []


def test_legend_filters_hide_types_and_statuses(page: PageRun, network: nx.MultiDiGraph) -> None:
    driver = page.driver
    hidden = (
        "return spacegraphView.nodes.get({filter: function (n) { return n.hidden; }})"
        ".map(function (n) { return n.id; })"
    )
    label_of = {k: a["label"] for k, a in network.nodes(data=True)}
    box = driver.find_element(
        By.XPATH, "//div[@id='sg-legend-statuses']//label[contains(., 'expired')]/input"
    )
    box.click()
    assert page.js(hidden) == [node_key("Agreement", "Soyuz at Kourou agreement")]
    box.click()
    driver.find_element(
        By.XPATH, "//div[@id='sg-legend-kinds']//label[contains(., 'Facility')]/input"
    ).click()
    assert sorted(page.js(hidden)) == sorted(
        k for k, label in label_of.items() if label == "Facility"
    )
    assert "shown" in driver.find_element(By.ID, "sg-stats").text
    # Searching for a hidden node brings its type back.
    assert _search(page, "Baikonur") == [BAIKONUR]
    assert page.js(hidden) == []
    assert page.problems() == []


def test_screenshot_with_details(page: PageRun, artifacts_dir: Path) -> None:
    _search(page, "Kazcosmos")
    wait_for(page.driver, "return spacegraphView.network.getScale() >= 1.09")
    page.driver.save_screenshot(str(artifacts_dir / "view-details.png"))
    assert page.problems() == []


def test_inline_notebook_frame_renders_offline(
    chrome_driver: Any, network: nx.MultiDiGraph, tmp_path: Path
) -> None:
    cell = show_inline(network, height=600)
    host = tmp_path / "notebook-cell.html"
    host.write_text(f"<!DOCTYPE html><html><body>{cell.data}</body></html>", encoding="utf-8")
    page = open_page(chrome_driver, host, wait_ready=False)
    chrome_driver.switch_to.frame(chrome_driver.find_element(By.TAG_NAME, "iframe"))
    try:
        wait_for(
            chrome_driver,
            "return document.body && document.body.getAttribute('data-ready') === 'true'",
        )
        assert page.js("return spacegraphView.nodes.length") == network.number_of_nodes()
    finally:
        chrome_driver.switch_to.default_content()
    assert page.foreign_requests() == []
    assert page.problems() == []


def test_unconnected_nodes_are_shelved_under_the_network(
    chrome_driver: Any, network: nx.MultiDiGraph, tmp_path: Path
) -> None:
    loose = [node_key("Person", f"Loose person {i}") for i in range(3)]
    for i, key in enumerate(loose):
        network.add_node(key, label="Person", name=f"Loose person {i}")
    page = open_page(chrome_driver, write_view(network, tmp_path / "loose.html"))
    positions = page.js("return spacegraphView.network.getPositions()")
    lowest_connected = max(p["y"] for k, p in positions.items() if k not in loose)
    assert all(positions[k]["y"] > lowest_connected for k in loose)
    assert len({positions[k]["y"] for k in loose}) == 1  # one tidy row
    assert page.problems() == []


@pytest.mark.slow
def test_two_thousand_nodes_settle_and_stop(
    chrome_driver: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    graph = synthetic_graph(2000)
    path = tmp_path / "big.html"
    path.write_text(render_html(graph, title="2,000 synthetic nodes"), encoding="utf-8")
    page = open_page(chrome_driver, path)
    assert page.js("return spacegraphView.network.body.nodeIndices.length") == 2000
    assert page.js("return spacegraphView.network.physics.physicsEnabled") is False
    options = page.js("return spacegraphView.network.physics.options.stabilization.iterations")
    assert options <= 1000
    chrome_driver.save_screenshot(str(artifacts_dir / "view-2000.png"))
    assert page.foreign_requests() == []
    assert page.problems() == []
