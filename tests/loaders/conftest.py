"""Shared fixtures for the loaders tests: paths to the fixtures and to the shared seeds/gold."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return HERE / "fixtures"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared seed documents and gold facts (outside the repository)."""
    if not (SHARED / "seeds").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip(f"the shared seeds and gold are not present at {SHARED}")
    return SHARED
