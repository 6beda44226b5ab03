"""Pack folders from the configuration file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.model import ConfigError, QueryError
from graph.packs import load_registry

NOTEBOOK_PACKS = Path(__file__).resolve().parents[2] / "notebooks" / "my_packs"


def test_packs_listed_in_spacegraph_toml_are_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(NOTEBOOK_PACKS, tmp_path / "team-packs")
    (tmp_path / "spacegraph.toml").write_text('[packs]\ndirs = ["team-packs"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SPACEGRAPH_CONFIG", raising=False)
    monkeypatch.delenv("SPACEGRAPH_PACK_DIRS", raising=False)
    names = {q.name for q in load_registry()}
    assert "satellite_suppliers" in names and "country_partners" in names


def test_bad_configuration_files_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "team.toml"
    monkeypatch.setenv("SPACEGRAPH_CONFIG", str(config))
    config.write_text("[packs\n")
    with pytest.raises(ConfigError, match=r"team\.toml: not a valid configuration file"):
        load_registry()
    config.write_text('[packs]\ndirs = "one"\n')
    with pytest.raises(ConfigError, match="must be a list"):
        load_registry()
    config.write_text('[packs]\ndirs = ["absent"]\n')
    with pytest.raises(QueryError, match="absent does not exist"):
        load_registry()
    monkeypatch.setenv("SPACEGRAPH_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(ConfigError, match="not a file"):
        load_registry()
