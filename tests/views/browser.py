"""Driving a generated page in headless Chromium: open it, wait for the layout, read logs."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Generous: a liveness bound for the layout to settle, not a speed check.
READY_TIMEOUT_S = 90.0
LOCAL_SCHEMES = ("file://", "data:", "about:")


@dataclass
class Request:
    url: str
    document_url: str


@dataclass
class PageRun:
    """One page load: the requests it made and what it wrote to the console."""

    driver: Any
    url: str
    requests: list[Request] = field(default_factory=list)
    console: list[dict[str, Any]] = field(default_factory=list)

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def collect_logs(self) -> None:
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                params = message["params"]
                self.requests.append(
                    Request(params["request"]["url"], params.get("documentURL", ""))
                )
        self.console.extend(self.driver.get_log("browser"))

    def problems(self) -> list[dict[str, Any]]:
        """Console errors and warnings (CSP violations, exceptions, failed loads included)."""
        self.collect_logs()
        return [e for e in self.console if e["level"] in ("SEVERE", "WARNING")]

    def foreign_requests(self) -> list[str]:
        """Requests the page made to anything but the file itself, data: or about: URLs."""
        self.collect_logs()
        return [r.url for r in self.requests if not r.url.startswith(LOCAL_SCHEMES)]


def _drain(driver: Any) -> None:
    driver.get_log("performance")
    driver.get_log("browser")


def open_page(driver: Any, path: Path, wait_ready: bool = True) -> PageRun:
    """Load `path` in a clean tab state and wait until the view reports its layout done."""
    driver.get("about:blank")
    _drain(driver)
    url = path.resolve().as_uri()
    driver.get(url)
    run = PageRun(driver, url)
    if wait_ready:
        wait_for(
            driver, "return document.body && document.body.getAttribute('data-ready') === 'true'"
        )
    return run


def wait_for(driver: Any, script: str, timeout: float = READY_TIMEOUT_S) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = driver.execute_script(script)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"page never satisfied: {script}")
        time.sleep(0.05)
