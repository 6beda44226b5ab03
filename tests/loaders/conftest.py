"""Shared fixtures for the loaders tests: paths to the fixtures and to the shared seeds/gold."""

from __future__ import annotations

from collections.abc import Iterator
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


@pytest.fixture
def rules_only() -> Iterator[None]:
    """Read with the pattern rules alone: for tests of what a rule does or must not do."""
    from loaders.agreement_model import use_agreement_model
    from loaders.relation_model import use_relation_model

    with use_relation_model(None), use_agreement_model(None):
        yield
